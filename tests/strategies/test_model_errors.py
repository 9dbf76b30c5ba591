"""Hostile model folders: each a copy of the Foshan model with one thing broken. load_model
refuses every one with a ModelError that names the file, the table and the id, and nothing
else (no KeyError, no TypeError) ever comes out of it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from strategies.evaluation import default_session, evaluate
from strategies.model import ModelError, default_model_dir, load_model
from tests.strategies.session_file_cases import drop_record

RATING_S3_C4 = re.compile(r'(?ms)^\[\[ratings\]\]\nstrategy = "S3"\ncriterion = "C4"\n.*?(?=^\[\[)')


def replace_once(old: str, new: str):
    """An edit that replaces the first occurrence of old (which must be there)."""

    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def regex_once(pattern: re.Pattern, new: str):
    def edit(text: str) -> str:
        changed, count = pattern.subn(new, text, count=1)
        assert count == 1, pattern.pattern
        return changed

    return edit


# (case, file edited, edit, file named, table named, id named)
CASES = [
    # ratings.toml
    ("rating deleted", "ratings.toml", regex_once(RATING_S3_C4, ""), "ratings.toml", "ratings", "S3 × C4"),
    ("rating of an unknown strategy", "ratings.toml", replace_once('strategy = "S2"', 'strategy = "S9"'), "ratings.toml", "ratings", "S9 × C1"),
    ("rating of an unknown criterion", "ratings.toml", replace_once('criterion = "C3"', 'criterion = "C33"'), "ratings.toml", "ratings", "S1 × C33"),
    ("rating of a layer", "ratings.toml", replace_once('criterion = "C3"', 'criterion = "L1"'), "ratings.toml", "ratings", "S1 × L1"),
    ("rating level unknown", "ratings.toml", replace_once('level = "moderate"', 'level = "medium"'), "ratings.toml", "ratings", "S1 × C1"),
    ("rating level not a string", "ratings.toml", replace_once('level = "moderate"', "level = 3"), "ratings.toml", "ratings", "S1 × C1"),
    ("rating given twice", "ratings.toml", replace_once('criterion = "C2"', 'criterion = "C1"'), "ratings.toml", "ratings", "S1 × C1"),
    ("rating strategy missing", "ratings.toml", replace_once('strategy = "S1"\n', ""), "ratings.toml", "ratings", "#1"),
    ("scale values too short", "ratings.toml", replace_once("values = [0.0, 1.0, 3.0, 5.0, 7.0]", "values = [0.0, 1.0, 3.0, 5.0]"), "ratings.toml", "scale", ""),
    ("scale values falling", "ratings.toml", replace_once("values = [0.0, 1.0, 3.0, 5.0, 7.0]", "values = [0.0, 1.0, 5.0, 3.0, 7.0]"), "ratings.toml", "scale", ""),
    ("scale value not a number", "ratings.toml", replace_once("values = [0.0, 1.0,", 'values = [0.0, "one",'), "ratings.toml", "scale", ""),
    ("scale level twice", "ratings.toml", replace_once('"none", "weak", "moderate"', '"none", "none", "moderate"'), "ratings.toml", "scale", ""),
    ("scale label empty", "ratings.toml", replace_once('"无", "弱"', '"无", ""'), "ratings.toml", "scale", ""),
    ("scale table missing", "ratings.toml", regex_once(re.compile(r"(?s)\[scale\].*?(?=\[origin\])"), ""), "ratings.toml", "scale", ""),
    # indicators.toml
    ("indicator criterion mistyped", "indicators.toml", replace_once('criterion = "C1"\ndirection = "higher_is_better"\nkind = "number"\nsection = "三(一)"\nsource_zh = "论文 三(一)；该段开头引中国电子商务研究中心、佛山电子商务协会监测数据"\nsource_en = "Paper, section 三(一); the paragraph opens by citing monitoring data of the China E-commerce Research Centre and the Foshan E-commerce Association"\nnote_zh = "高明', 'criterion = "C01"\ndirection = "higher_is_better"\nkind = "number"\nsection = "三(一)"\nsource_zh = "论文 三(一)；该段开头引中国电子商务研究中心、佛山电子商务协会监测数据"\nsource_en = "Paper, section 三(一); the paragraph opens by citing monitoring data of the China E-commerce Research Centre and the Foshan E-commerce Association"\nnote_zh = "高明'), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("indicator criterion is a layer", "indicators.toml", replace_once('criterion = "C4"', 'criterion = "L2"'), "indicators.toml", "indicators", "ecommerce_firms_and_express_services"),
    ("indicator district mistyped", "indicators.toml", replace_once("shunde = 21.12", "shunder = 21.12"), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("indicator ordinal level unknown", "indicators.toml", replace_once('gaoming = "low"', 'gaoming = "lowest"'), "indicators.toml", "indicators", "ecommerce_firms_and_express_services"),
    ("indicator district value not a number", "indicators.toml", replace_once("shunde = 21.12", 'shunde = "21.12"'), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("indicator printed for an unknown place", "indicators.toml", replace_once('printed = { wuxi = "1亿" }', 'printed = { wuxii = "1亿" }'), "indicators.toml", "indicators", "peer_city_planned_transaction_scale"),
    ("indicator place name of an unknown place", "indicators.toml", replace_once('place_names_en = { shenzhen =', 'place_names_en = { shenzen ='), "indicators.toml", "indicators", "peer_city_planned_transaction_scale"),
    ("indicator printed as a number", "indicators.toml", replace_once('printed = { wuxi = "1亿" }', "printed = { wuxi = 1 }"), "indicators.toml", "indicators", "peer_city_planned_transaction_scale"),
    ("indicator scope unknown", "indicators.toml", replace_once('scope = "city"', 'scope = "county"'), "indicators.toml", "indicators", "gdp"),
    ("indicator kind unknown", "indicators.toml", replace_once('kind = "number"', 'kind = "count"'), "indicators.toml", "indicators", "gdp"),
    ("indicator direction unknown", "indicators.toml", replace_once('direction = "higher_is_better"', 'direction = "up"'), "indicators.toml", "indicators", "gdp"),
    ("indicator value a string", "indicators.toml", replace_once("value = 290.0", 'value = "290"'), "indicators.toml", "indicators", "other_models_transaction_volume"),
    ("indicator id used twice", "indicators.toml", replace_once('id = "ecommerce_transaction_growth"', 'id = "ecommerce_transaction_volume"'), "indicators.toml", "indicators", "ecommerce_transaction_volume"),
    ("indicator English name missing", "indicators.toml", replace_once('name_en = "Share of the e-commerce market"\n', ""), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("indicator values not a table", "indicators.toml", replace_once("values = { shunde = 21.12, nanhai = 19.80, chancheng = 18.33 }", "values = [21.12]"), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("indicator levels and names differ", "indicators.toml", replace_once('levels_en = ["fewer", "several times more"]', 'levels_en = ["fewer"]'), "indicators.toml", "indicators", "ecommerce_firms_and_express_services"),
    ("note id used twice", "indicators.toml", replace_once('id = "parks_30_vs_more_than_30"', 'id = "sum_6181_vs_6330"'), "indicators.toml", "notes", "sum_6181_vs_6330"),
    # criteria.toml
    ("criterion under an unknown layer", "criteria.toml", replace_once('layer = "L1"', 'layer = "L9"'), "criteria.toml", "criteria", "C1"),
    ("criterion under a criterion", "criteria.toml", replace_once('id = "C2"\nlayer = "L1"', 'id = "C2"\nlayer = "C1"'), "criteria.toml", "criteria", "C2"),
    ("criterion id used twice", "criteria.toml", replace_once('id = "C2"', 'id = "C1"'), "criteria.toml", "criteria", "C1"),
    ("criterion id the goal's", "criteria.toml", replace_once('id = "C2"', 'id = "goal"'), "criteria.toml", "criteria", "goal"),
    ("layer id used twice", "criteria.toml", replace_once('id = "L2"', 'id = "L1"'), "criteria.toml", "layers", "L1"),
    ("layer under an unknown parent", "criteria.toml", replace_once('id = "L2"\n', 'id = "L2"\nparent = "L0"\n'), "criteria.toml", "layers", "L2"),
    ("layers in a cycle", "criteria.toml", lambda t: replace_once('id = "L2"\n', 'id = "L2"\nparent = "L1"\n')(replace_once('id = "L1"\n', 'id = "L1"\nparent = "L2"\n')(t)), "criteria.toml", "layers", "L1"),
    ("layer without children", "criteria.toml", lambda t: t.replace('layer = "L2"', 'layer = "L1"'), "criteria.toml", "layers", "L2"),
    ("criterion Chinese name missing", "criteria.toml", replace_once('name_zh = "电商规模"\n', ""), "criteria.toml", "criteria", "C1"),
    ("criterion layer missing", "criteria.toml", replace_once('id = "C3"\nlayer = "L1"\n', 'id = "C3"\n'), "criteria.toml", "criteria", "C3"),
    ("criterion id not a string", "criteria.toml", replace_once('id = "C3"', "id = 3"), "criteria.toml", "criteria", "#3"),
    ("goal missing", "criteria.toml", regex_once(re.compile(r"(?s)\[goal\].*?(?=\[\[layers\]\])"), ""), "criteria.toml", "goal", ""),
    ("criteria not tables", "criteria.toml", lambda t: 'criteria = ["C1"]\n' + t.split("[[criteria]]")[0], "criteria.toml", "criteria", ""),
    # strategies.toml and districts.toml
    ("strategy id used twice", "strategies.toml", replace_once('id = "S2"', 'id = "S1"'), "strategies.toml", "strategies", "S1"),
    ("strategy English name missing", "strategies.toml", replace_once('name_en = "Build a multi-level cluster organisation system"\n', ""), "strategies.toml", "strategies", "S1"),
    ("strategy measures unequal", "strategies.toml", replace_once('    "Brand operation",\n', ""), "strategies.toml", "strategies", "S1"),
    ("no strategies", "strategies.toml", lambda t: "# none\n", "strategies.toml", "strategies", ""),
    ("district id used twice", "districts.toml", replace_once('id = "nanhai"', 'id = "chancheng"'), "districts.toml", "districts", "chancheng"),
    ("district Chinese name empty", "districts.toml", replace_once('name_zh = "顺德"', 'name_zh = " "'), "districts.toml", "districts", "shunde"),
    ("no districts", "districts.toml", lambda t: "districts = []\n", "districts.toml", "districts", ""),
    ("districts a string", "districts.toml", lambda t: 'districts = "chancheng"\n', "districts.toml", "districts", ""),
    # judgments.toml
    ("judgments of an unknown node", "judgments.toml", replace_once('node = "L2"', 'node = "L7"'), "judgments.toml", "nodes", "L7"),
    ("judgments of a leaf", "judgments.toml", replace_once('node = "L2"', 'node = "C4"'), "judgments.toml", "nodes", "C4"),
    ("judgment of an unknown item", "judgments.toml", replace_once('["C4", "C5", 1.0]', '["C4", "C9", 1.0]'), "judgments.toml", "nodes", "L2"),
    ("judgment off the scale", "judgments.toml", replace_once('["L1", "L2", 1.0]', '["L1", "L2", 12.0]'), "judgments.toml", "nodes", "goal"),
    ("judgment of zero", "judgments.toml", replace_once('["L1", "L2", 1.0]', '["L1", "L2", 0]'), "judgments.toml", "nodes", "goal"),
    ("judgment not a number", "judgments.toml", replace_once('["L1", "L2", 1.0]', '["L1", "L2", "much"]'), "judgments.toml", "nodes", "goal"),
    ("judgments conflicting", "judgments.toml", replace_once('["L2", "L3", 1.0]]', '["L2", "L3", 1.0], ["L3", "L2", 3.0]]'), "judgments.toml", "nodes", "goal"),
    ("judgment not a triple", "judgments.toml", replace_once('["C4", "C5", 1.0]', '["C4", 1.0]'), "judgments.toml", "nodes", "L2"),
    ("judgments of a node twice", "judgments.toml", replace_once('node = "L2"', 'node = "L1"'), "judgments.toml", "nodes", "L1"),
    # keys and tables outside the format, values outside their range
    ("indicator key mistyped", "indicators.toml", replace_once('criterion = "C1"', 'critrion = "C1"'), "indicators.toml", "indicators", "ecommerce_transaction_volume"),
    ("layer key mistyped", "criteria.toml", replace_once('id = "L2"\n', 'id = "L2"\nparnet = "L1"\n'), "criteria.toml", "layers", "L2"),
    ("goal with a parent", "criteria.toml", replace_once('id = "goal"\n', 'id = "goal"\nparent = "L1"\n'), "criteria.toml", "goal", ""),
    ("rating key mistyped", "ratings.toml", replace_once('level = "moderate"', 'levle = "moderate"'), "ratings.toml", "ratings", "S1 × C1"),
    ("table name mistyped", "ratings.toml", lambda t: t.replace("[[ratings]]", "[[rating]]"), "ratings.toml", "rating", ""),
    ("district named like the city", "districts.toml", replace_once('id = "nanhai"', 'id = "city"'), "districts.toml", "districts", "city"),
    ("city value infinite", "indicators.toml", replace_once("value = 290.0", "value = inf"), "indicators.toml", "indicators", "other_models_transaction_volume"),
    ("district value beyond the bound", "indicators.toml", replace_once("shunde = 21.12", "shunde = 1e16"), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("city figure with district values", "indicators.toml", replace_once('id = "gdp"\n', 'id = "gdp"\nvalues = { shunde = 1.0 }\n'), "indicators.toml", "indicators", "gdp"),
    ("district figure with one value", "indicators.toml", replace_once('id = "ecommerce_market_share"\n', 'id = "ecommerce_market_share"\nvalue = 1.0\n'), "indicators.toml", "indicators", "ecommerce_market_share"),
    ("ordinal level twice", "indicators.toml", replace_once('levels = ["low", "high"]', 'levels = ["low", "low"]'), "indicators.toml", "indicators", "ecommerce_firms_and_express_services"),
    ("a layer with too many children", "criteria.toml", lambda t: t + "".join(f'[[criteria]]\nid = "X{i}"\nlayer = "L3"\nname_zh = "新"\nname_en = "New"\n' for i in range(13)), "criteria.toml", "layers", "L3"),
    ("too many strategies", "strategies.toml", lambda t: t + "".join(f'[[strategies]]\nid = "X{i}"\nname_zh = "新"\nname_en = "New"\n' for i in range(10)), "strategies.toml", "strategies", ""),
    # model.toml and the supplement
    ("model version empty", "model.toml", replace_once('version = "1.0.0"', 'version = " "'), "model.toml", "model", ""),
    ("model English name missing", "model.toml", replace_once('name_en = "Foshan e-commerce cluster strategy model"\n', ""), "model.toml", "model", ""),
    ("model id not a string", "model.toml", replace_once('id = "foshan"', "id = 3"), "model.toml", "model", ""),
    ("supplement reuses an indicator id", "supplement_public.toml", replace_once('id = "district_gdp_2016"', 'id = "gdp"'), "supplement_public.toml", "indicators", "gdp"),
    ("supplement value for an unknown district", "supplement_public.toml", replace_once("shunde =", "shunde_district ="), "supplement_public.toml", "indicators", "district_gdp_2016"),
]  # fmt: skip


@pytest.fixture
def model_copy(tmp_path) -> Path:
    return Path(shutil.copytree(default_model_dir(), tmp_path / "model"))


def edit_file(folder: Path, file: str, edit) -> None:
    path = folder / file
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.mark.parametrize(
    ("edited", "edit", "file", "table", "ident"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_broken_model_is_refused_naming_file_table_and_id(
    model_copy, edited, edit, file, table, ident
):
    edit_file(model_copy, edited, edit)
    with pytest.raises(ModelError) as raised:
        load_model(model_copy)
    error = raised.value
    assert (error.file, error.table, error.id) == (file, table, ident), str(error)
    message = str(error)
    assert file in message and (not table or f"[{table}]" in message), message
    assert not ident or repr(ident) in message, message


def test_the_unbroken_copy_loads(model_copy):
    assert load_model(model_copy).strategy_ids == load_model().strategy_ids


def test_a_dropped_strategy_leaves_ratings_that_name_it(model_copy):
    drop_record(model_copy, "strategies.toml", "strategies", "S6")
    with pytest.raises(ModelError, match="S6") as raised:
        load_model(model_copy)
    assert (raised.value.file, raised.value.table) == ("ratings.toml", "ratings")


@pytest.mark.parametrize("name", ["model", "criteria", "ratings", "judgments", "districts"])
def test_a_missing_file_is_named(model_copy, name):
    (model_copy / f"{name}.toml").unlink()
    with pytest.raises(ModelError, match=f"{name}.toml") as raised:
        load_model(model_copy)
    assert raised.value.file == f"{name}.toml"


def test_a_file_that_is_not_toml_is_named(model_copy):
    (model_copy / "districts.toml").write_bytes(b"[[districts]]\nid = \xff\xfe\n")
    with pytest.raises(ModelError, match="districts.toml"):
        load_model(model_copy)


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ModelError, match="no_such_model"):
        load_model(tmp_path / "no_such_model")


KEY_LINE = re.compile(r"(?m)^([a-z_]+) = .*$")
REPLACEMENTS = ("", "{key} = {{}}", '{key} = "x"', "{key} = 7", "{key} = []", "{key} = [{{}}]")


def _first_key_lines(text: str) -> list[re.Match]:
    """The first single-line `key = value` of each key name in a file."""
    seen, found = set(), []
    for match in KEY_LINE.finditer(text):
        if match.group(1) not in seen and not match.group(0).endswith(("[", "{")):
            seen.add(match.group(1))
            found.append(match)
    return found


def test_any_key_deleted_or_of_another_type_loads_or_is_a_model_error(model_copy):
    """A sweep over every key of every file: the first occurrence deleted or given another
    type either still makes a valid model or a ModelError naming a model file."""
    refused = 0
    for path in sorted(model_copy.glob("*.toml")):
        original = path.read_text(encoding="utf-8")
        for match in _first_key_lines(original):
            for replacement in REPLACEMENTS:
                line = replacement.format(key=match.group(1))
                path.write_text(original[: match.start()] + line + original[match.end() :])
                try:
                    load_model(model_copy)
                except ModelError as error:
                    assert error.file.endswith(".toml"), (path.name, line, str(error))
                    refused += 1
        path.write_text(original, encoding="utf-8")
    assert refused > 200  # most such edits break the model; each was refused cleanly


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 50_000 + "]" * 50_000,
        "a = " + "{ b = " * 50_000 + "1" + " }" * 50_000,
        "# " + "x" * (8 * 2**20),
    ],
    ids=["deep arrays", "deep tables", "too large"],
)
def test_a_hostile_file_is_a_model_error(model_copy, text):
    (model_copy / "judgments.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ModelError) as raised:
        load_model(model_copy)
    assert raised.value.file == "judgments.toml"


def test_default_judgments_that_leave_an_item_unlinked_load_provisionally(model_copy):
    """An edited model's new pairs start missing, so a model folder may leave an item of a
    node unlinked: it loads, and the node is weighed provisionally (missing pairs as 1)."""
    edit_file(
        model_copy,
        "judgments.toml",
        replace_once(
            'pairs = [["C1", "C2", 1.0], ["C1", "C3", 1.0], ["C2", "C3", 1.0]]',
            'pairs = [["C1", "C2", 3.0]]',
        ),
    )
    model = load_model(model_copy)
    assert model.default_judgments["L1"].missing_pairs() == (("C1", "C3"), ("C2", "C3"))
    weights = evaluate(model, default_session(model)).weights.nodes["L1"]
    assert weights.provisional and weights.missing_pairs == 2
    assert weights.weights == pytest.approx(node_weights_of_equal_fill())


def node_weights_of_equal_fill():
    from criteria.ahp import node_weights
    from criteria.judgments import PairwiseJudgments

    filled = [("C1", "C2", 3.0), ("C1", "C3", 1.0), ("C2", "C3", 1.0)]
    return node_weights(PairwiseJudgments.from_pairs("L1", ("C1", "C2", "C3"), filled)).weights
