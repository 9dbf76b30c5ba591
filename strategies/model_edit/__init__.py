"""Edit a planning model: pure functions from a model to a new model, each checked by exactly
load_model's checks (an impossible edit raises ModelEditError); write a model as a folder; fit a
session to an edited model and say what it dropped (``reconcile``)."""

from strategies.model_edit.catalogue_edits import (
    add_district,
    add_strategy,
    edit_strategy,
    move_district,
    move_strategy,
    remove_district,
    remove_strategy,
    rename_district,
    rename_strategy,
)
from strategies.model_edit.criteria_edits import (
    add_node,
    describe_node,
    move_node,
    remove_node,
    rename_node,
)
from strategies.model_edit.dropped import DropKind, Dropped
from strategies.model_edit.errors import ModelEditError
from strategies.model_edit.folder import model_file_bytes, write_model_folder
from strategies.model_edit.reconcile import Reconciled, reconcile, what_removal_drops
from strategies.model_edit.tables import build_model, model_tables
from strategies.model_edit.templates import copy_model, edit_model_info, empty_model

__all__ = [
    "DropKind",
    "Dropped",
    "ModelEditError",
    "Reconciled",
    "add_district",
    "add_node",
    "add_strategy",
    "build_model",
    "copy_model",
    "describe_node",
    "edit_model_info",
    "edit_strategy",
    "empty_model",
    "model_file_bytes",
    "model_tables",
    "move_district",
    "move_node",
    "move_strategy",
    "reconcile",
    "remove_district",
    "remove_node",
    "remove_strategy",
    "rename_district",
    "rename_node",
    "rename_strategy",
    "what_removal_drops",
    "write_model_folder",
]
