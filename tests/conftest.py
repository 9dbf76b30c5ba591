"""Test set-up shared by every package: offscreen Qt, settings in a temporary folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
