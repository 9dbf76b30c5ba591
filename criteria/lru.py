"""A small least-recently-used mapping: a cache that forgets its oldest entries."""

from __future__ import annotations

from collections import OrderedDict
from typing import TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


class LruCache(OrderedDict[Key, Value]):
    """A dict that keeps at most ``size`` entries, dropping the least recently used first.
    Reading an entry (``cache[key]``) counts as a use; ``key in cache`` does not."""

    def __init__(self, size: int):
        if size < 1:
            raise ValueError(f"an LRU cache needs room for at least one entry, not {size}")
        super().__init__()
        self.size = size

    def __getitem__(self, key: Key) -> Value:
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key: Key, value: Value) -> None:
        super().__setitem__(key, value)
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)
