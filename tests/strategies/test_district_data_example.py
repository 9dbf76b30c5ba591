"""The shipped example data file: read through the same path as any file, it restates the
supplement's figures unchanged and adds one new indicator that informs C1 everywhere."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from criteria.indicators import NeedSource, district_need
from strategies.district_data import plan_file
from strategies.district_data.latest import with_latest_values
from tests.strategies.district_data_files import MODEL

EXAMPLE = Path(str(resources.files("resources") / "examples" / "district-data-example.csv"))


def test_the_example_restates_the_supplement_and_adds_one_indicator():
    plan = plan_file(EXAMPLE, MODEL)
    assert not plan.blocked, [str(r) for r in plan.refused]
    supplement = {i.id: i for i in MODEL.supplement}
    assert {(r.indicator, r.place): r.value for r in plan.unchanged} == {
        (ident, place): value
        for ident in ("district_gdp_2016", "district_resident_population_2020")
        for place, value in supplement[ident].values.items()
    }
    (new,) = plan.new_indicators
    assert (new.id, new.criterion, new.direction, new.kind) == (
        "gdp_2016_as_market_scale",
        "C1",
        "higher_is_better",
        "number",
    )
    assert {r.place: r.value for r in plan.adds} == dict(supplement["district_gdp_2016"].values)
    assert not plan.changes


def test_the_example_informs_c1_in_every_district():
    plan = plan_file(EXAMPLE, MODEL)
    before = district_need(MODEL.indicators, MODEL.criteria, MODEL.district_ids)
    after = district_need(
        with_latest_values(MODEL.indicators, plan), MODEL.criteria, MODEL.district_ids
    )
    c1 = MODEL.criteria.index("C1")
    gaoming = MODEL.district_ids.index("gaoming")
    assert before.source[gaoming, c1] == NeedSource.DISTRICTS_MEAN
    assert (after.source[:, c1] == NeedSource.MEASURED).all()
    assert after.used[("gaoming", "C1")] == ("gdp_2016_as_market_scale",)
