"""A model written as a folder reads back the same (same content hash), for the shipped model,
the small test model, new and edited models; a folder of other files is never written into."""

import pytest

from criteria.text import LocalText
from strategies.evaluation import default_session, evaluate
from strategies.model import load_model
from strategies.model_edit import (
    ModelEditError,
    add_node,
    add_strategy,
    build_model,
    copy_model,
    empty_model,
    model_tables,
    move_node,
    remove_district,
    write_model_folder,
)

NAME = LocalText("莲花集群", "Lotus cluster")


def test_any_model_round_trips_through_a_folder(any_model, tmp_path):
    write_model_folder(any_model, tmp_path / "copy")
    again = load_model(tmp_path / "copy")
    assert again.content_hash == any_model.content_hash
    assert build_model(model_tables(any_model)).content_hash == any_model.content_hash


def test_edited_models_round_trip(tmp_path):
    model, node = add_node(load_model(), "goal", NAME, position=0)
    model = move_node(model, "C1", node)
    model, _ = add_strategy(model, NAME)
    model = remove_district(model, "nanhai")
    write_model_folder(model, tmp_path / "edited")
    again = load_model(tmp_path / "edited")
    assert again.content_hash == model.content_hash
    assert again.hierarchy.children("goal") == (node, "L1", "L2", "L3")


def test_the_empty_template_is_a_small_valid_model(tmp_path):
    model = empty_model(NAME)
    assert (len(model.criteria), len(model.strategies), len(model.districts)) == (1, 2, 1)
    assert model.indicators == () and model.hierarchy.name("goal", "zh") == "莲花集群"
    assert evaluate(model, default_session(model)).priorities.shape == (1, 2)
    write_model_folder(model, tmp_path / "new")
    assert load_model(tmp_path / "new").content_hash == model.content_hash


def test_a_copy_has_its_own_id_and_name():
    copy = copy_model(load_model(), "lotus", NAME)
    assert (copy.id, copy.name) == ("lotus", NAME)
    assert copy.hierarchy.walk() == load_model().hierarchy.walk()


def test_rewriting_a_model_folder_replaces_it_and_drops_a_stale_supplement(tmp_path):
    folder = tmp_path / "m"
    write_model_folder(load_model(), folder)
    assert (folder / "supplement_public.toml").exists()
    small = empty_model(NAME)
    write_model_folder(small, folder)
    assert not (folder / "supplement_public.toml").exists()
    assert load_model(folder).content_hash == small.content_hash


def test_a_folder_of_other_files_is_refused_untouched(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ModelEditError, match="not a model folder"):
        write_model_folder(empty_model(NAME), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    file = tmp_path / "notes.txt"
    with pytest.raises(ModelEditError, match="not a folder"):
        write_model_folder(empty_model(NAME), file)


def test_a_model_folder_with_a_foreign_file_is_refused(tmp_path):
    write_model_folder(empty_model(NAME), tmp_path)
    (tmp_path / "extra.csv").write_text("x", encoding="utf-8")
    with pytest.raises(ModelEditError, match="extra.csv"):
        write_model_folder(empty_model(NAME), tmp_path)
