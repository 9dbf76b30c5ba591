"""A Foshan model with a district the outlines do not know (a sixth, e.g. a new town): the map
draws the five it has and says who is not on it, in the window and in the report."""

from __future__ import annotations

import pytest

from desktop.export.content import build_report
from desktop.export.labels import labels
from desktop.export.report_html import report_html
from desktop.export.service import export_report
from strategies.model import load_model
from strategies.sensitivity.bundle import sensitivity_bundle
from strategies.session import MonteCarloSettings
from tests.desktop.model_folders import copied_model

NEW = ("xinqiao", "新桥镇", "Xinqiao Town")


@pytest.fixture
def model(tmp_path):
    folder = copied_model(
        tmp_path / "foshan-6", ident="foshan", version="1.2.0", name_en="Six", name_zh="六区"
    )
    districts = folder / "districts.toml"
    ident, zh, en = NEW
    record = f'\n[[districts]]\nid = "{ident}"\nname_zh = "{zh}"\nname_en = "{en}"\n'
    districts.write_text(districts.read_text(encoding="utf-8") + record, encoding="utf-8")
    return load_model(folder)


def test_the_window_draws_the_five_and_names_the_sixth(window, model, language):
    window.tabs.setCurrentWidget(window.ranking)
    box = window.ranking.map_box
    assert box.has_map()
    assert len(box.map._shapes.paths) == len(model.district_ids) - 1
    for lang, name in (("en", NEW[2]), ("zh", NEW[1])):
        language.set(lang)
        assert box.problem.isVisible() and name in box.problem.text()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_report_says_who_is_not_on_the_map(model, document, tmp_path, lang):
    export_report(document.evaluation, tmp_path / "report.pdf", lang)
    bundle = sensitivity_bundle(document.evaluation, MonteCarloSettings(samples=100))
    report = build_report(document.evaluation, bundle, lang)
    name = NEW[1] if lang == "zh" else NEW[2]
    assert report.outlines.missing == (name,)
    said = labels(lang)["map_missing"].format(districts=name)
    assert said in report_html(report, map_height=300)
    assert said not in report_html(report)  # said under the map, where the map is drawn
