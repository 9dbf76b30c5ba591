"""One recovery file per window: owned under a lock, never touched by another window, and
offered after a crash (including a real killed process), newest first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from session_file_cases import FIXED_INFO, MODEL

from strategies.evaluation import default_session
from strategies.session_file import (
    RecoverySlot,
    orphaned_recoveries,
    read_recovery,
    remove_orphan,
    write_recovery,
)
from strategies.session_io import file_lock, recovery_slots
from strategies.session_io.recovery_slots import lock_path

ROOT = Path(__file__).resolve().parents[2]


def _session(notes: str):
    return replace(default_session(MODEL), notes=notes)


def _write(slot: RecoverySlot, notes: str) -> Path:
    return slot.write(_session(notes), MODEL, FIXED_INFO)


def _notes(path: Path) -> str:
    return read_recovery(path, MODEL).loaded.session.notes


def _set_age(path: Path, seconds_ago: float) -> None:
    moment = time.time() - seconds_ago
    os.utime(path, (moment, moment))


def test_each_window_writes_its_own_file(tmp_path):
    first, second = RecoverySlot(tmp_path), RecoverySlot(tmp_path)
    assert _write(first, "first") != _write(second, "second")
    assert (_notes(first.path), _notes(second.path)) == ("first", "second")


def test_one_windows_save_never_deletes_anothers_autosave(tmp_path):
    first, second = RecoverySlot(tmp_path), RecoverySlot(tmp_path)
    _write(first, "first")
    kept = _write(second, "second")
    first.discard()  # what a save or a discard in the first window does
    assert first.path is None
    assert _notes(kept) == "second"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([kept.name, lock_path(kept).name])


def test_live_windows_files_are_not_orphans(tmp_path):
    slots = [RecoverySlot(tmp_path) for _ in range(3)]
    for number, slot in enumerate(slots):
        _write(slot, str(number))
    assert orphaned_recoveries(tmp_path) == []


def test_a_discarded_slot_writes_a_fresh_file_on_the_next_edit(tmp_path):
    slot = RecoverySlot(tmp_path)
    first = _write(slot, "one")
    slot.discard()
    slot.discard()  # twice is harmless
    second = _write(slot, "two")
    assert not first.exists() and _notes(second) == "two"


def test_two_crashed_processes_leave_two_orphans_offered_newest_first(tmp_path):
    older = _crash_a_process_with(tmp_path, "older")
    newer = _crash_a_process_with(tmp_path, "newer")
    _set_age(older, 120)
    assert orphaned_recoveries(tmp_path) == [newer, older]
    assert [_notes(p) for p in orphaned_recoveries(tmp_path)] == ["newer", "older"]


def test_a_file_of_a_live_process_is_not_offered_until_it_dies(tmp_path):
    child = _start_autosaving_process(tmp_path, "alive")
    try:
        assert orphaned_recoveries(tmp_path) == []
    finally:
        _kill(child)
    (orphan,) = orphaned_recoveries(tmp_path)
    assert _notes(orphan) == "alive"


def test_adopting_an_orphan_keeps_it_until_the_window_discards(tmp_path):
    orphan = _crash_a_process_with(tmp_path, "work")
    window = RecoverySlot(tmp_path)
    assert window.adopt(orphan)
    assert orphan.exists() and orphaned_recoveries(tmp_path) == []  # owned again
    second_start = RecoverySlot(tmp_path)
    assert not second_start.adopt(orphan)  # one owner at a time
    window.write(_session("work, edited"), MODEL, FIXED_INFO)
    assert _notes(orphan) == "work, edited"
    window.discard()
    assert not orphan.exists() and not lock_path(orphan).exists()


def test_an_adopted_orphan_survives_a_second_crash(tmp_path):
    orphan = _crash_a_process_with(tmp_path, "work")
    adopter = subprocess.run(
        [sys.executable, "-c", _ADOPT_AND_DIE, str(ROOT), str(orphan)], check=False
    )
    assert adopter.returncode == -signal.SIGKILL
    assert orphaned_recoveries(tmp_path) == [orphan] and _notes(orphan) == "work"


def test_removing_an_orphan_removes_its_lock_file_too(tmp_path):
    orphan = _crash_a_process_with(tmp_path, "throw away")
    remove_orphan(orphan)
    assert list(tmp_path.iterdir()) == []


def test_a_file_of_an_earlier_version_is_an_orphan(tmp_path):
    legacy = write_recovery(tmp_path / "recovery.cspsession", _session("legacy"), MODEL, FIXED_INFO)
    assert orphaned_recoveries(tmp_path) == [legacy]
    window = RecoverySlot(tmp_path)
    assert window.adopt(legacy)
    window.discard()
    assert list(tmp_path.iterdir()) == []


def test_stale_lock_files_of_crashed_clean_windows_are_cleaned_up(tmp_path):
    live = RecoverySlot(tmp_path)
    _write(live, "live")
    live_lock = lock_path(live.path)
    stale = tmp_path / ("recovery-" + "ab" * 16 + ".lock")
    stale.write_bytes(b"")
    assert orphaned_recoveries(tmp_path) == []
    assert not stale.exists() and live_lock.exists()


def test_files_that_are_not_recovery_files_are_ignored(tmp_path):
    (tmp_path / "notes.cspsession").write_text("{}")
    (tmp_path / "recovery-1.cspsession").write_text("{}")
    os.mkfifo(tmp_path / ("recovery-" + "cd" * 16 + ".cspsession"))
    assert orphaned_recoveries(tmp_path) == []


def test_where_files_cannot_be_locked_autosave_still_writes_and_steals_nothing(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(file_lock, "try_lock", lambda descriptor: None)
    monkeypatch.setattr(recovery_slots, "try_lock", lambda descriptor: None)
    slot = RecoverySlot(tmp_path)
    assert _notes(_write(slot, "kept")) == "kept"
    assert orphaned_recoveries(tmp_path) == []  # cannot tell a live owner: never taken away
    assert not RecoverySlot(tmp_path).adopt(slot.path)


def test_a_claim_that_loses_its_lock_file_to_a_clean_up_takes_another(tmp_path, monkeypatch):
    real_same_file, calls = recovery_slots._same_file, []

    def removed_once(descriptor, path):
        calls.append(path)
        return len(calls) > 1 and real_same_file(descriptor, path)

    monkeypatch.setattr(recovery_slots, "_same_file", removed_once)
    slot = RecoverySlot(tmp_path)
    _write(slot, "second try")
    assert len(calls) == 2 and lock_path(slot.path) == calls[1]


def test_a_missing_folder_has_no_orphans(tmp_path):
    assert orphaned_recoveries(tmp_path / "never made") == []


_AUTOSAVE = """
import os, signal, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.join(sys.argv[1], "tests", "strategies"))
from dataclasses import replace
from session_file_cases import FIXED_INFO, MODEL
from strategies.evaluation import default_session
from strategies.session_file import RecoverySlot

slot = RecoverySlot(sys.argv[2])
slot.write(replace(default_session(MODEL), notes=sys.argv[3]), MODEL, FIXED_INFO)
print(slot.path, flush=True)
{then}
"""
_ADOPT_AND_DIE = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from strategies.session_file import RecoverySlot

slot = RecoverySlot(Path(sys.argv[2]).parent)
assert slot.adopt(Path(sys.argv[2]))
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_a_process_with(folder: Path, notes: str) -> Path:
    """A process autosaves notes and is killed: its recovery file is left behind."""
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _AUTOSAVE.format(then="os.kill(os.getpid(), signal.SIGKILL)"),
            str(ROOT),
            str(folder),
            notes,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    return Path(child.stdout.strip())


def _start_autosaving_process(folder: Path, notes: str) -> subprocess.Popen:
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _AUTOSAVE.format(then="sys.stdin.read()"),
            str(ROOT),
            str(folder),
            notes,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert Path(child.stdout.readline().strip()).exists()
    return child


def _kill(child: subprocess.Popen) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdin.close()
    child.stdout.close()


def test_a_document_path_that_is_no_utf8_text_is_kept_byte_for_byte(tmp_path):
    # A file name in another encoding (here Latin-1 "é") reaches Python as a surrogate escape.
    document = Path(os.fsdecode(b"/plans/caf\xe9.cspsession"))
    path = write_recovery(
        tmp_path / "recovery.cspsession", _session("x"), MODEL, FIXED_INFO, document
    )
    assert read_recovery(path, MODEL).document_path == document
    assert os.fsencode(read_recovery(path, MODEL).document_path).endswith(b"caf\xe9.cspsession")
