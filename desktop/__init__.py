"""The application: command line, window (PySide6 + pyqtgraph), document with undo, exports."""
