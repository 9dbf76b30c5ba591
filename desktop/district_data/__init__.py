"""District data in the window: File → Export data template… and Import district data…, and
the preview dialog that shows what an import adds, changes and refuses before anything does."""
