"""Write a model as a folder of TOML files, the layout ``--model DIR`` and load_model read.

Every file is made (tomli-w) and the whole folder read back from those bytes with the loader's
checks, to the same content hash, before any file is touched; then each file replaces its old
version atomically. A folder that holds anything but a model's files is refused, so that saving
a model never mixes it into, or overwrites, other files.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import tomli_w

from strategies.file_write import FileWriteError
from strategies.model import FILES, SUPPLEMENT, PlanningModel, build_model
from strategies.model_edit.errors import ModelEditError
from strategies.model_edit.tables import model_tables
from strategies.session_io.atomic import write_atomically
from strategies.session_io.temporary_files import is_temporary_name

MODEL_FILES = frozenset(f"{name}.toml" for name in (*FILES, SUPPLEMENT))
_HEADER = (
    "# Written by Cluster Strategy Planner (File → Save model as…): the model {id} {version}.\n"
)


def model_file_bytes(model: PlanningModel) -> dict[str, bytes]:
    """Each file's bytes by file name (the supplement only when the model has one)."""
    tables = model_tables(model)
    files = {}
    for name, table in tables.items():
        if name == SUPPLEMENT and not table:
            continue
        header = _HEADER.format(id=model.id, version=model.version) if name == "model" else ""
        files[f"{name}.toml"] = (header + tomli_w.dumps(table)).encode("utf-8")
    _check_reads_back(files, model)
    return files


def write_model_folder(model: PlanningModel, folder: Path) -> None:
    """Write model into folder (created if missing). Raises ModelEditError for a folder that
    holds other files, FileWriteError when the system refuses a write."""
    folder = Path(folder)
    files = model_file_bytes(model)
    _check_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FileWriteError.from_os_error(folder, error) from error
    for name, data in files.items():
        write_atomically(folder / name, data)
    stale = folder / f"{SUPPLEMENT}.toml"
    if f"{SUPPLEMENT}.toml" not in files and stale.exists():
        try:
            stale.unlink()  # else load_model would read a supplement this model has not
        except OSError as error:
            raise FileWriteError.from_os_error(stale, error) from error


def _check_reads_back(files: dict[str, bytes], model: PlanningModel) -> None:
    tables = {
        name.removesuffix(".toml"): tomllib.loads(data.decode()) for name, data in files.items()
    }
    if build_model(tables).content_hash != model.content_hash:
        raise ModelEditError("the model's files would not read back the same; nothing written")


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ModelEditError(f"{folder} exists and is not a folder")
    if not folder.is_dir():
        return
    try:
        names = set(os.listdir(folder))
    except OSError as error:
        raise FileWriteError.from_os_error(folder, error) from error
    others = sorted(n for n in names - MODEL_FILES if not _our_temporary(n))
    if names and (others or "model.toml" not in names):
        shown = ", ".join(others[:3]) or "no model.toml"
        raise ModelEditError(
            f"{folder} is not empty and is not a model folder ({shown}): choose an empty folder"
        )


def _our_temporary(name: str) -> bool:
    return is_temporary_name(name, "model.toml")  # a killed save's leftover (removed on save)
