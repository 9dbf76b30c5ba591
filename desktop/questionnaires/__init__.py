"""Questionnaires in the window: File → Export questionnaire… and File → Import answers…."""
