"""``cluster-planner data template|check``: the template written, a data file's plan printed
one line each, in either language; every reason the core gives has its Chinese text."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from desktop import cli, cli_language
from strategies.district_data import plan_file
from strategies.evaluation import default_session
from strategies.model import load_model
from strategies.session_file import SessionFileInfo, write_session

CORE = Path(__file__).resolve().parents[2] / "strategies" / "district_data"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_template_writes_a_file_that_checks_clean(tmp_path, capsys, suffix):
    path = tmp_path / f"template{suffix}"
    code, out, err = _run(capsys, "data", "template", "-o", str(path), "--lang", "en")
    assert (code, out, err) == (0, "", "")
    plan = plan_file(path, load_model())
    assert plan.unchanged and not plan.adds and not plan.refused


def test_template_refuses_another_format_in_one_line(tmp_path, capsys):
    code, out, err = _run(capsys, "data", "template", "-o", str(tmp_path / "t.txt"), "--lang", "en")
    assert code == 2
    assert err == "cluster-planner data template: the output must end in .xlsx or .csv\n"


def test_check_prints_the_plan_one_line_each(tmp_path, capsys):
    path = tmp_path / "data.csv"
    path.write_text(
        "indicator,place,year,value,source\n"
        "ecommerce_market_share,Gaoming,2019,12.5%,yearbook\n"
        "ecommerce_market_share,Shunde,2017,22,bureau\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, "data", "check", str(path), "--lang", "en")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "data.csv: adds 1, changes 1, unchanged 0, refused 0; can be imported"
    assert lines[1] == "+ ecommerce_market_share @ gaoming 2019: 12.5 % (yearbook) [row 2]"
    assert lines[2].startswith(
        "~ ecommerce_market_share @ shunde 2017: 21.12 → 22 %; Paper, section"
    )
    assert lines[2].endswith("→ bureau [row 3]")
    assert len(lines) == 3


def test_check_of_a_refused_file_speaks_chinese_and_fails(tmp_path, capsys):
    path = tmp_path / "data.csv"
    path.write_bytes(
        "指标代码,地区,年份,数值,来源\r\necommerce_market_share,高明,2019,abc,年鉴\r\n".encode(
            "gbk"
        )
    )
    code, out, err = _run(capsys, "data", "check", str(path), "--lang", "zh")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "data.csv：新增 0，修改 0，未变 0，拒绝 1；改正被拒绝的行之前不会导入任何内容",
        "! data.csv、第 2 行、D (数值) 列：'abc' 不是数字",
    ]


def test_check_of_a_missing_file_is_one_refusal(tmp_path, capsys):
    code, out, _ = _run(capsys, "data", "check", str(tmp_path / "none.csv"), "--lang", "en")
    assert code == 1
    assert out.splitlines()[1] == "! none.csv: cannot be read (No such file or directory)"


def test_an_unknown_data_action_is_one_line(capsys):
    code, out, err = _run(capsys, "data", "merge", "--lang", "en")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(
        "cluster-planner data: argument template|check|import: invalid choice: 'merge'"
    )


def _core_templates() -> set[str]:
    """Every reason template the core can give (arguments of problem() and _strict(), and the
    module constants they name)."""
    found = set()
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
                "problem",
                "_strict",
            ):
                found |= {
                    a.value
                    for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str) and " " in a.value
                }
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                names = [getattr(t, "id", "") for t in node.targets]
                if any(re.fullmatch(r"_(NAMED|DECLARED)", n) for n in names):
                    found.add(node.value.value)
    return found


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_reason_has_a_chinese_text_with_the_same_placeholders():
    templates = _core_templates()
    assert len(templates) > 40
    for template in templates:
        assert template in cli_language._ZH, template
        assert _placeholders(cli_language._ZH[template]) == _placeholders(template), template


EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "district-data-example.csv"
)


def _session_file(tmp_path) -> Path:
    from strategies.evaluation import default_session
    from strategies.session_file import SessionFileInfo, write_session

    path = tmp_path / "s.cspsession"
    write_session(path, default_session(load_model()), load_model(), SessionFileInfo.new())
    return path


def test_import_writes_the_data_into_the_output_session(tmp_path, capsys):
    from strategies.session_file import read_session

    session, out = _session_file(tmp_path), tmp_path / "out.cspsession"
    before = session.read_bytes()
    code, printed, err = _run(
        capsys,
        "data",
        "import",
        "--session",
        str(session),
        str(EXAMPLE),
        "-o",
        str(out),
        "--lang",
        "en",
    )
    assert (code, err) == (0, "")
    assert printed.splitlines()[0].startswith("district-data-example.csv: adds 5")
    assert printed.splitlines()[-1] == f"saved {out}"
    assert session.read_bytes() == before  # -o given: the session itself is left alone
    data = read_session(out, load_model()).session.district_data
    assert len(data.values) == 15 and data.indicators[0].id == "gdp_2016_as_market_scale"


def test_import_without_output_saves_the_session_itself(tmp_path, capsys):
    from strategies.session_file import read_session

    session = _session_file(tmp_path)
    code, _, _ = _run(capsys, "data", "import", "--session", str(session), str(EXAMPLE))
    assert code == 0
    assert len(read_session(session, load_model()).session.district_data.values) == 15


def test_import_of_a_blocked_file_changes_nothing_and_lists_each_refusal(tmp_path, capsys):
    session = _session_file(tmp_path)
    before = session.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "indicator,place,year,value,source\n"
        "ecommerce_market_share,gaoming,2019,9,ok\n"
        "ecommerce_market_share,nowhere,2019,9,x\n"
        "ecommerce_market_share,nanhai,2019,abc,x\n",
        encoding="utf-8",
    )
    code, printed, _ = _run(
        capsys, "data", "import", "--session", str(session), str(bad), "--lang", "zh"
    )
    refusals = [line for line in printed.splitlines() if line.startswith("! ")]
    assert code == 1 and len(refusals) == 2
    assert "第 3 行" in refusals[0] and "第 4 行" in refusals[1]
    assert session.read_bytes() == before


def test_import_into_an_unreadable_session_is_one_line(tmp_path, capsys):
    broken = tmp_path / "broken.cspsession"
    broken.write_text("{", encoding="utf-8")
    code, out, err = _run(capsys, "data", "import", "--session", str(broken), str(EXAMPLE))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1


def test_the_window_translates_every_reason_the_core_gives():
    from desktop.data_problem_text import TEMPLATES

    assert _core_templates() <= set(TEMPLATES)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_session_template_imported_back_changes_nothing(tmp_path, capsys, suffix):
    data, session = tmp_path / "data.csv", tmp_path / "s.cspsession"
    data.write_text(
        "indicator,place,year,value,source\n"
        "ecommerce_market_share,Gaoming,2019,12.5%,yearbook\n"
        "ecommerce_market_share,Shunde,2019,22,bureau\n",
        encoding="utf-8",
    )
    model = load_model()
    write_session(session, default_session(model), model, SessionFileInfo.new())
    assert (
        _run(capsys, "data", "import", "--session", str(session), str(data), "--lang", "en")[0] == 0
    )
    template = tmp_path / f"t{suffix}"
    code, out, err = _run(
        capsys, "data", "template", "-o", str(template), "--session", str(session), "--lang", "en"
    )
    assert (code, out, err) == (0, "", "")
    code, out, err = _run(
        capsys, "data", "check", str(template), "--session", str(session), "--lang", "en"
    )
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith(f"t{suffix}: adds 0, changes 0, unchanged ")
    records = plan_file(template, model).records
    values = {
        (r.place, r.year): r.value for r in records if r.indicator == "ecommerce_market_share"
    }
    assert values[("gaoming", "2019")] == 12.5  # imported, in use
    assert values[("shunde", "2019")] == 22.0  # imported, in use
    assert values[("shunde", "2017")] == 21.12  # the paper's, kept
