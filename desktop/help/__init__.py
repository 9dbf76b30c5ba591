"""The planner's guide inside the app: topics, the guide window, "?" buttons and tooltips."""
