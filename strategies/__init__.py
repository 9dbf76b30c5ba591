"""The strategy side of the planner: catalogue, effectiveness, district ranking, sensitivity
and the session. Pure Python and numpy; nothing here imports Qt."""
