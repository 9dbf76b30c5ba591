"""Atomic saves: through symbolic links, with the longest legal names, and the clean-up of the
temporary files that a killed save leaves behind."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from strategies.file_write import FileWriteError
from strategies.session_io import atomic
from strategies.session_io.atomic import MAX_LINKS, write_atomically
from strategies.session_io.temporary_files import (
    EMPTY_GRACE_SECONDS,
    new_temporary_name,
)

ROOT = Path(__file__).resolve().parents[2]
OLD, NEW = b"old content\n", b"new content\n"


def _file(path: Path, data: bytes = OLD) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _names(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# Symbolic and hard links


def test_save_through_a_link_writes_its_target_and_keeps_the_link(tmp_path):
    target = _file(tmp_path / "real.cspsession")
    link = tmp_path / "link.cspsession"
    link.symlink_to("real.cspsession")
    write_atomically(link, NEW)
    assert link.is_symlink() and os.readlink(link) == "real.cspsession"
    assert target.read_bytes() == NEW
    assert _names(tmp_path) == ["link.cspsession", "real.cspsession"]


def test_save_through_a_chain_of_links_into_other_folders(tmp_path):
    target = _file(tmp_path / "data" / "会议" / "real.cspsession")
    middle = tmp_path / "middle" / "second.cspsession"
    middle.parent.mkdir()
    middle.symlink_to(target)  # absolute
    first = tmp_path / "desk" / "first.cspsession"
    first.parent.mkdir()
    first.symlink_to(Path("..") / "middle" / "second.cspsession")  # relative
    write_atomically(first, NEW)
    assert target.read_bytes() == NEW
    assert first.is_symlink() and middle.is_symlink()
    for folder in (target.parent, middle.parent, first.parent):
        assert not [n for n in _names(folder) if n.endswith(".tmp")]


def test_the_temporary_file_sits_beside_the_target_so_the_rename_is_atomic(tmp_path, monkeypatch):
    target = _file(tmp_path / "other" / "real.cspsession")
    link = tmp_path / "here" / "link.cspsession"
    link.parent.mkdir()
    link.symlink_to(target)
    renames = []
    real_replace = os.replace
    monkeypatch.setattr(
        atomic.os,
        "replace",
        lambda source, destination: (
            renames.append((Path(source), Path(destination))) or real_replace(source, destination)
        ),
    )
    write_atomically(link, NEW)
    ((source, destination),) = renames
    assert source.parent == destination.parent == target.parent
    assert destination == target


def test_a_folder_given_through_a_link_is_followed_too(tmp_path):
    real_folder = tmp_path / "real"
    target = _file(real_folder / "s.cspsession")
    (tmp_path / "alias").symlink_to(real_folder, target_is_directory=True)
    write_atomically(tmp_path / "alias" / "s.cspsession", NEW)
    assert target.read_bytes() == NEW and not target.is_symlink()


def test_a_dangling_link_gets_its_target_created(tmp_path):
    link = tmp_path / "link.cspsession"
    link.symlink_to("not-yet.cspsession")
    write_atomically(link, NEW)
    assert link.is_symlink() and (tmp_path / "not-yet.cspsession").read_bytes() == NEW


def test_a_dangling_link_into_a_missing_folder_is_refused(tmp_path):
    link = tmp_path / "link.cspsession"
    link.symlink_to(tmp_path / "gone" / "s.cspsession")
    with pytest.raises(FileWriteError, match="cannot save link.cspsession") as raised:
        write_atomically(link, NEW)
    assert raised.value.errno == errno.ENOENT and raised.value.path == link
    assert link.is_symlink() and _names(tmp_path) == ["link.cspsession"]


@pytest.mark.parametrize("length", [1, 2, MAX_LINKS + 1])
def test_a_loop_of_links_is_refused_and_left_alone(tmp_path, length):
    links = [tmp_path / f"loop{i}.cspsession" for i in range(length)]
    for i, link in enumerate(links):
        link.symlink_to(links[(i + 1) % length].name)
    with pytest.raises(FileWriteError, match="symbolic links") as raised:
        write_atomically(links[0], NEW)
    assert raised.value.errno == errno.ELOOP
    assert all(link.is_symlink() for link in links)
    assert len(_names(tmp_path)) == length


def test_a_long_chain_within_the_limit_is_followed(tmp_path):
    target = _file(tmp_path / "real.cspsession")
    previous = target.name
    for i in range(MAX_LINKS - 1):
        link = tmp_path / f"l{i}"
        link.symlink_to(previous)
        previous = link.name
    write_atomically(tmp_path / previous, NEW)
    assert target.read_bytes() == NEW


def test_a_hard_linked_file_is_replaced_under_the_saved_name_only(tmp_path):
    saved = _file(tmp_path / "saved.cspsession")
    other = tmp_path / "other-name.cspsession"
    os.link(saved, other)
    write_atomically(saved, NEW)
    assert saved.read_bytes() == NEW
    assert other.read_bytes() == OLD  # documented: atomicity first, the other name keeps it
    assert saved.stat().st_ino != other.stat().st_ino


# Long names


def _name_of_bytes(length: int, character: str = "a", suffix: str = ".cspsession") -> str:
    width = len(character.encode())
    stem = character * ((length - len(suffix)) // width)
    stem += "b" * (length - len(suffix) - len(stem.encode()))
    name = stem + suffix
    assert len(name.encode()) == length
    return name


@pytest.mark.parametrize("length", [242, 250, 254, 255])
@pytest.mark.parametrize("character", ["a", "会"])
def test_the_longest_legal_names_save(tmp_path, length, character):
    path = tmp_path / _name_of_bytes(length, character)
    write_atomically(path, OLD)
    write_atomically(path, NEW)
    assert path.read_bytes() == NEW
    assert _names(tmp_path) == [path.name]


def test_a_name_longer_than_the_system_allows_is_a_clear_error(tmp_path):
    path = tmp_path / _name_of_bytes(256)
    with pytest.raises(FileWriteError, match="cannot save") as raised:
        write_atomically(path, NEW)
    assert raised.value.errno == errno.ENAMETOOLONG
    assert _names(tmp_path) == []


def test_temporary_names_are_short_and_of_fixed_length():
    lengths = {len(new_temporary_name().encode()) for _ in range(200)}
    assert lengths == {37}


# Leftovers of killed saves


def _ours() -> str:
    return new_temporary_name()


def _age(path: Path, seconds: float) -> Path:
    past = time.time() - seconds
    os.utime(path, (past, past), follow_symlinks=False)
    return path


def test_a_leftover_of_a_killed_save_goes_on_the_next_save_to_its_folder(tmp_path):
    target = _file(tmp_path / "s.cspsession")
    leftover = _file(tmp_path / _ours(), b'{"half": ')
    write_atomically(tmp_path / "other.json", NEW)  # any save to the folder
    assert not leftover.exists()
    assert _names(tmp_path) == ["other.json", target.name]


def test_a_leftover_of_an_earlier_version_for_the_saved_file_goes(tmp_path):
    target = _file(tmp_path / "会议.cspsession")
    earlier = _file(tmp_path / ".会议.cspsession.1a2b3c4d.tmp", b"half")
    write_atomically(target, NEW)
    assert not earlier.exists() and _names(tmp_path) == [target.name]


@pytest.mark.parametrize(
    "name",
    [
        ".other.cspsession.1a2b3c4d.tmp",
        ".s.cspsession.tmp",
        ".s.cspsession.1A2B3C4D.tmp",
        "s.cspsession.1a2b3c4d.tmp",
        ".cluster-planner-1a2b.tmp",
        ".cluster-planner-.tmp",
        ".cluster-planner-0123456789abcdef.tmp.bak",
        "notes.tmp",
        ".s.cspsession.swp",
    ],
)
def test_files_that_are_not_ours_are_left_alone(tmp_path, name):
    foreign = _age(_file(tmp_path / name, b"someone else's"), 10 * 86400)
    write_atomically(tmp_path / "s.cspsession", NEW)
    assert foreign.read_bytes() == b"someone else's"


def test_a_save_in_flight_in_another_process_keeps_its_temporary_file(tmp_path):
    target = _file(tmp_path / "s.cspsession")
    child, temporary = _start_stalled_save(tmp_path / "other.cspsession")
    try:
        _age(temporary, 7200)  # even when it looks old: its lock says it is alive
        write_atomically(target, NEW)
        assert temporary.exists()
    finally:
        _kill(child)
    write_atomically(target, NEW)  # now its owner is dead: it goes
    assert not temporary.exists()
    assert _names(tmp_path) == [target.name]


def test_a_save_killed_mid_write_leaves_nothing_after_the_next_save(tmp_path):
    target = _file(tmp_path / "s.cspsession")
    child, temporary = _start_stalled_save(target)
    _kill(child)
    assert temporary.exists() and target.read_bytes() == OLD  # the kill tore nothing
    write_atomically(target, NEW)
    assert _names(tmp_path) == [target.name] and target.read_bytes() == NEW


def test_an_empty_leftover_goes_only_after_the_grace_time(tmp_path):
    fresh = _file(tmp_path / _ours(), b"")
    old = _age(_file(tmp_path / _ours(), b""), EMPTY_GRACE_SECONDS + 5)
    write_atomically(tmp_path / "s.cspsession", NEW)
    assert fresh.exists() and not old.exists()


def test_a_fifo_or_link_named_like_a_leftover_is_not_touched(tmp_path):
    fifo = tmp_path / _ours()
    os.mkfifo(fifo)
    outside = _file(tmp_path / "outside" / "keep.txt", b"keep")
    link = tmp_path / _ours()
    link.symlink_to(outside)
    start = time.monotonic()
    write_atomically(tmp_path / "s.cspsession", NEW)
    assert time.monotonic() - start < 5
    assert fifo.exists() and link.is_symlink() and outside.read_bytes() == b"keep"


_STALLED_SAVE = """
import os, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from strategies.session_io import atomic

def stalled_fsync(descriptor):
    print("writing", flush=True)
    time.sleep(60)

atomic.os.fsync = stalled_fsync
atomic.write_atomically(Path(sys.argv[2]), b'{"half": "written"')
"""


def _start_stalled_save(target: Path) -> tuple[subprocess.Popen, Path]:
    """A save in another process that stops before its rename; returns it and its file."""
    child = subprocess.Popen(
        [sys.executable, "-c", _STALLED_SAVE, str(ROOT), str(target)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "writing"
    (temporary,) = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    return child, temporary


def _kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
