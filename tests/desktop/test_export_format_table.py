"""One table of export formats: a row added there is offered by the window, accepted and
rendered by the export service and named by the command line's help, with nothing else to edit."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.cli_language import say
from desktop.export import formats, service
from desktop.export.output_path import checked_output_path


def _extra_row() -> formats.ExportFormat:
    # A renderer any module could provide: the JSON one under a new extension.
    return formats.ExportFormat(
        ".jsn", "desktop.export.json_export:json_bytes", "JSON again", "JSON data"
    )


@pytest.fixture
def one_more_format(monkeypatch):
    row = _extra_row()
    monkeypatch.setattr(formats, "FORMATS", (*formats.FORMATS, row))
    return row


def test_every_row_names_a_renderer_and_a_unique_lower_case_suffix():
    suffixes = formats.suffixes()
    assert len(set(suffixes)) == len(suffixes) == len(formats.FORMATS)
    for entry in formats.FORMATS:
        assert entry.suffix.startswith(".") and entry.suffix == entry.suffix.lower()
        assert callable(entry.renderer_function()), entry.renderer


def test_every_rows_help_has_its_chinese():
    for entry in formats.FORMATS:
        assert say(entry.help, "zh") != entry.help, entry.help


def test_a_new_row_is_accepted_by_the_service_and_the_path_check(one_more_format, tmp_path):
    assert service.export_format(tmp_path / "r.JSN") is one_more_format
    assert checked_output_path(tmp_path / "r.jsn").name == "r.jsn"
    with pytest.raises(service.UnknownFormat) as refused:
        service.export_format("r.txt")
    assert ".jsn" in str(refused.value)


def test_a_new_row_is_named_in_the_command_line_help(one_more_format, capsys):
    with pytest.raises(SystemExit):
        main(["export", "--lang", "en", "--help"])
    assert ".jsn" in " ".join(capsys.readouterr().out.split())


def test_a_new_row_is_exported_by_the_command_line(one_more_format, tmp_path):
    out = tmp_path / "report.jsn"
    assert main(["export", "--lang", "en", "-o", str(out), "--samples", "50"]) == 0
    assert out.read_bytes().lstrip().startswith(b"{")


def test_a_new_row_is_a_filter_of_the_window_dialog(one_more_format, window):
    filters = window.export_action.filters()
    assert list(filters) == list(formats.suffixes())
    assert filters[".jsn"] == "JSON again (*.jsn)"


def test_the_tooltip_names_every_format_in_the_language_shown(window):
    window.language.set("zh")
    tip = window.named_actions["export"].toolTip()
    assert (
        tip
        == "导出策略排序建议（"
        + "、".join(suffix.lstrip(".").upper() for suffix in formats.suffixes())
        + "）"
    )
