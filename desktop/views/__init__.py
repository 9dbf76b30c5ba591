"""The panels of the main window; each shows one part of the document and edits it."""
