"""The LRU cache that bounds the document's evaluation cache."""

import pytest

from criteria.lru import LruCache


def test_keeps_at_most_size_entries_dropping_the_least_recently_used():
    cache = LruCache(3)
    for key in "abcd":
        cache[key] = key.upper()
    assert list(cache) == ["b", "c", "d"]


def test_reading_an_entry_keeps_it():
    cache = LruCache(2)
    cache["a"], cache["b"] = 1, 2
    assert cache["a"] == 1
    cache["c"] = 3
    assert dict(cache) == {"a": 1, "c": 3}


def test_writing_an_entry_again_counts_as_a_use():
    cache = LruCache(2)
    cache["a"], cache["b"] = 1, 2
    cache["a"] = 10
    cache["c"] = 3
    assert dict(cache) == {"a": 10, "c": 3}


def test_membership_does_not_count_as_a_use():
    cache = LruCache(2)
    cache["a"], cache["b"] = 1, 2
    assert "a" in cache
    cache["c"] = 3
    assert "a" not in cache


@pytest.mark.parametrize("size", [0, -1])
def test_needs_room_for_one_entry(size):
    with pytest.raises(ValueError, match="at least one"):
        LruCache(size)
