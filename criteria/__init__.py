"""The criteria side of the planner: hierarchy, pairwise judgments, AHP weights, district need.

Pure Python and numpy; nothing here imports Qt.
"""
