"""Data only: the shipped models, translations and icons. See README.md in this folder."""
