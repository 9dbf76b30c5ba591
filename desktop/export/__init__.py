"""Export ranked recommendations: one document (content.py), four formats, one CLI and one
window action that run the same code (service.py)."""
