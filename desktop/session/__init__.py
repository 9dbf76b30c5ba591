"""Session files in the window: New, Open, Save, recent files, autosave and recovery."""
