"""Shared typing for thin Qt table models."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: "no parent" for flat tables
