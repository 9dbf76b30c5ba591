"""Imported district data in the session: applying a plan, the year chosen, the coverage grid,
the session file round trip, and hostile session files naming the path of what is wrong."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from session_file_cases import FIXED_INFO, MODEL

from strategies.caveats import district_evidence
from strategies.coverage import coverage
from strategies.district_data import plan_file
from strategies.district_data.apply import BlockedImport, applied
from strategies.evaluation import default_session, effective_indicators, evaluate
from strategies.imported_data import DataValue
from strategies.session import IndicatorEdit
from strategies.session_file import SessionFileError, session_bytes
from strategies.session_io.encode import session_to_dict
from strategies.session_io.loading import session_from_dict

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "district-data-example.csv"
SHARE = "ecommerce_market_share"  # a model indicator with district values (C1)
HEADER = "indicator,place,year,value,source\n"


def _csv(tmp_path, rows: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _share(session, district: str):
    indicator = next(i for i in effective_indicators(MODEL, session) if i.id == SHARE)
    return indicator.values.get(district)


def _imported(tmp_path, rows: str, session=None):
    session = session or default_session(MODEL)
    plan = plan_file(_csv(tmp_path, rows), MODEL, session)
    assert not plan.blocked, [str(r) for r in plan.refused]
    return applied(session, plan)


def test_the_example_file_adds_its_indicator_and_informs_c1_everywhere():
    session = default_session(MODEL)
    plan = plan_file(EXAMPLE, MODEL, session)
    after = applied(session, plan)
    assert [i.id for i in after.district_data.indicators] == ["gdp_2016_as_market_scale"]
    assert len(after.district_data.values) == len(plan.records) == 15
    before_grid, after_grid = (coverage(evaluate(MODEL, s)) for s in (session, after))
    for district in MODEL.district_ids:
        assert after_grid.cell(district, "C1").count == before_grid.cell(district, "C1").count + 1
        assert "2016" in after_grid.cell(district, "C1").years
        assert not after_grid.cell(district, "C1").neutral
    neutral = [sum(c.neutral for c in g.cells[r]) for g in (before_grid, after_grid) for r in [3]]
    assert neutral[1] < neutral[0]  # Gaoming had no C1 value of its own before
    before, after_eval = evaluate(MODEL, session), evaluate(MODEL, after)
    assert not np.allclose(before.need.need, after_eval.need.need)


def test_a_value_is_kept_per_year_and_the_chosen_year_counts(tmp_path):
    rows = f"{SHARE},gaoming,2019,9,bureau 2019\n{SHARE},gaoming,2021,11,bureau 2021\n"
    session = _imported(tmp_path, rows)
    assert _share(session, "gaoming") == 11.0  # latest
    data = session.district_data
    assert data.years_of(SHARE) == ("2019", "2021")
    in_2019 = replace(session, district_data=data.with_year("2019", SHARE))
    assert _share(in_2019, "gaoming") == 9.0
    # the paper's values are of another year: with 2019 chosen they are missing, not mixed in
    assert _share(in_2019, "chancheng") is None
    assert (
        coverage(evaluate(MODEL, in_2019)).cell("chancheng", "C1").count
        < coverage(evaluate(MODEL, session)).cell("chancheng", "C1").count
    )
    for_all = replace(session, district_data=data.with_year("2019"))
    assert for_all.district_data.year_of(SHARE) == "2019" and not for_all.district_data.years


def test_a_second_import_of_the_same_year_is_a_change_not_an_add(tmp_path):
    session = _imported(tmp_path, f"{SHARE},gaoming,2019,9,bureau\n")
    plan = plan_file(
        _csv(tmp_path, f"{SHARE},gaoming,2019,10,bureau v2\n", "b.csv"), MODEL, session
    )
    assert (len(plan.adds), len(plan.changes)) == (0, 1)
    assert (plan.changes[0].old.value, plan.changes[0].record.value) == (9.0, 10.0)
    again = applied(session, plan)
    assert [v.value for v in again.district_data.values] == [10.0]


def test_a_blocked_plan_applies_nothing(tmp_path):
    path = _csv(tmp_path, f"{SHARE},gaoming,2019,9,ok\n{SHARE},nowhere,2019,9,bad\n")
    plan = plan_file(path, MODEL, default_session(MODEL))
    assert plan.blocked
    with pytest.raises(BlockedImport):
        applied(default_session(MODEL), plan)


def test_an_import_replaces_the_planner_s_edit_of_that_place(tmp_path):
    edited = default_session(MODEL).with_indicator_edit(IndicatorEdit(SHARE, "gaoming", 3.0, "me"))
    plan = plan_file(_csv(tmp_path, f"{SHARE},gaoming,2030,7,bureau\n"), MODEL, edited)
    after = applied(edited, plan)
    assert after.indicator_edits == () and _share(after, "gaoming") == 7.0


def test_the_thin_evidence_note_reads_the_coverage_grid():
    evaluation = evaluate(MODEL, applied(default_session(MODEL), plan_file(EXAMPLE, MODEL)))
    grid = coverage(evaluation)
    for entry in district_evidence(evaluation):
        assert entry.neutral == tuple(c.criterion for c in grid.row(entry.district) if c.neutral)


def test_imported_data_round_trips_byte_identical(tmp_path):
    session = applied(default_session(MODEL), plan_file(EXAMPLE, MODEL))
    rows = f"{SHARE},gaoming,2019,9,bureau\n{SHARE},gaoming,2021,11,bureau\n"
    session = _imported(tmp_path, rows, session)
    session = replace(session, district_data=session.district_data.with_year("2019", SHARE))
    first = session_bytes(session, MODEL, FIXED_INFO)
    back = session_from_dict(json.loads(first), MODEL)
    assert back.session == session and back.warnings == ()
    assert session_bytes(back.session, MODEL, FIXED_INFO) == first


def _document(tmp_path):
    session = _imported(tmp_path, f"{SHARE},gaoming,2019,9,bureau\n")
    session = applied(session, plan_file(EXAMPLE, MODEL, session))
    return session_to_dict(session, MODEL, FIXED_INFO)


HOSTILE = [
    (("values", 0, "indicator"), "no_such", "district_data.values[0].indicator", "neither"),
    (("values", 0, "place"), "city", "district_data.values[0].place", "not a place"),
    (("values", 0, "year"), "last year", "district_data.values[0].year", "not a year"),
    (("values", 0, "value"), "9", "district_data.values[0].value", "number"),
    (("values", 0, "value"), 1e300, "district_data.values[0].value", "outside"),
    (("values", 0, "source"), " ", "district_data.values[0].source", "source"),
    (("values", 0, "row"), -1, "district_data.values[0].row", "outside"),
    (("indicators", 0, "id"), SHARE, "district_data.indicators[0].id", "model already"),
    (("indicators", 0, "criterion"), "C99", "district_data.indicators[0].criterion", "not one"),
    (("indicators", 0, "kind"), "text", "district_data.indicators[0].kind", "not one"),
    (("indicators", 0, "levels"), ["a"], "district_data.indicators[0].levels", "number"),
    (("year",), "newest", "district_data.year", "not a year"),
    (("years",), {"nope": "2019"}, "district_data.years.nope", "neither"),
    (("years",), {SHARE: 2019}, f"district_data.years.{SHARE}", "text"),
]


@pytest.mark.parametrize(("where", "bad", "path", "says"), HOSTILE)
def test_a_hostile_district_data_field_is_refused_with_its_path(tmp_path, where, bad, path, says):
    document = _document(tmp_path)
    target = document["district_data"]
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = bad
    with pytest.raises(SessionFileError) as raised:
        session_from_dict(document, MODEL)
    assert raised.value.path == path and says in raised.value.message


def test_a_value_given_twice_for_one_year_names_both_places(tmp_path):
    document = _document(tmp_path)
    values = document["district_data"]["values"]
    values.append(dict(values[0], value=99.0))
    with pytest.raises(SessionFileError) as raised:
        session_from_dict(document, MODEL)
    assert raised.value.path == f"district_data.values[{len(values) - 1}]"
    assert "district_data.values[0]" in raised.value.message


def test_an_ordinal_value_must_be_one_of_its_levels(tmp_path):
    document = _document(tmp_path)
    document["district_data"]["indicators"].append(
        {
            "id": "firm_density",
            "name": {"zh": "企业密度", "en": "Firm density"},
            "criterion": "C2",
            "direction": "higher_is_better",
            "kind": "ordinal",
            "unit": {"zh": "", "en": ""},
            "levels": ["low", "high"],
            "scope": "district",
        }
    )
    value = dict(document["district_data"]["values"][0], indicator="firm_density", value="mid")
    document["district_data"]["values"].append(value)
    with pytest.raises(SessionFileError) as raised:
        session_from_dict(document, MODEL)
    at = len(document["district_data"]["values"]) - 1
    assert raised.value.path == f"district_data.values[{at}].value"


def test_data_values_are_plain_records():
    value = DataValue(SHARE, "gaoming", "2019", 9.0, "%", "bureau", "a.csv", "", 2)
    assert value.slot == (SHARE, "gaoming", "2019")
