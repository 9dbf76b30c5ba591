"""A corpus of hostile session files: small crafted ones (every kind of problem), the valid
documents with every field replaced by wrong values, and generated families that grow to any
size (for the linear-time benchmark, tests/benchmarks/hostile_files.py).

Each crafted case says what must happen: the problem kind and the field path of the error, or
``None`` for a file that must open. Files are written by ``make(folder)``, which returns the
path to hand to the reader (FIFOs and sockets are made there too).
"""

from __future__ import annotations

import json
import os
import re
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from session_file_cases import FIXED_INFO, MODEL

from criteria.judgments import PairwiseJudgments
from strategies.evaluation import default_session
from strategies.session import IndicatorEdit
from strategies.session_file import MAX_DEPTH, MAX_FILE_BYTES, FileProblem, session_to_dict
from strategies.session_io.schema import SCHEMA_VERSION

FROZEN_V1 = Path(__file__).parents[1] / "data" / "session_v1.cspsession"
# Placeholders replaced in the JSON text by what json.dumps cannot write.
_RAW = {
    "@huge-int@": "9" * 400,
    "@giant-int@": "7" * 5000,
    "@huge-float@": "1e400",
    "@minus-huge-float@": "-1e400",
    "@long-float@": "1" + "0" * 5000 + ".5",
    "@long-tiny-float@": "0." + "0" * 5000 + "1",
}
WRONG_VALUES = (
    None,
    True,
    False,
    0,
    -1,
    1e16,
    "@huge-int@",
    "@giant-int@",
    "@huge-float@",
    "@minus-huge-float@",
    "x",
    "\ud800",
    "\udfff",
    [],
    {},
    [None],
    {"x": 1},
)


def rich_session():
    """A session using every part of the format: pairwise modes, missing pairs, edits."""
    session = default_session(MODEL).with_mode("C2", "pairwise").with_mode("C5", "pairwise")
    judgments = (
        PairwiseJudgments.neutral("C2", MODEL.strategy_ids)
        .with_value("S1", "S4", 5)
        .with_value("S2", "S3", None)
    )
    layer = session.criteria_judgments["L1"].with_value("C1", "C3", None)
    edit = IndicatorEdit("ecommerce_market_share", "gaoming", 2.5, "区统计局")
    return replace(
        session.with_criteria_judgments(layer),
        strategy_judgments={"C2": judgments},
        indicator_edits=(edit,),
        notes="会议记录",
        alpha=0.25,
    )


def current_document() -> dict:
    return json.loads(json.dumps(session_to_dict(rich_session(), MODEL, FIXED_INFO)))


def v1_document() -> dict:
    return json.loads(FROZEN_V1.read_text(encoding="utf-8"))


def dumps(document: object) -> bytes:
    """JSON with the placeholders of _RAW put in as raw number text; escapes kept (\\ud800)."""
    text = json.dumps(document)
    for placeholder, raw in _RAW.items():
        text = text.replace(json.dumps(placeholder), raw)
    return text.encode("ascii")


# Field paths, spelt as SessionFileError spells them.


def field_paths(value: object, path: str = "") -> Iterator[tuple[str, tuple]]:
    """(field path, key path) of every value below value, containers included."""
    children = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for step, child in children:
        child_path = (
            f"{path}[{step}]" if isinstance(step, int) else (f"{path}.{step}" if path else step)
        )
        yield from _with_children(child_path, child, (step,))


def _with_children(path: str, value: object, steps: tuple) -> Iterator[tuple[str, tuple]]:
    yield path, steps
    for child_path, child_steps in field_paths(value, path):
        yield child_path, steps + child_steps


def replaced(document: dict, steps: tuple, value: object) -> dict:
    copy = json.loads(json.dumps(document))
    target = copy
    for step in steps[:-1]:
        target = target[step]
    target[steps[-1]] = value
    return copy


def related(error_path: str, field_path: str) -> bool:
    """The error is at the field, inside it, at a container that holds it, or elsewhere in the
    record that holds it (a renamed item makes a pair of the same node name an unknown one)."""
    steps = re.findall(r"\.?[^.\[]+|\[[^\]]*\]", field_path)
    record = "".join(steps[:-2]) if len(steps) > 2 else field_path
    return (
        error_path.startswith(field_path)
        or field_path.startswith(error_path)
        or error_path.startswith(record)
    )


# Crafted cases.


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], Path]
    problem: FileProblem | None  # None: the file opens
    path: str = ""  # the field path of the error

    def __str__(self) -> str:
        return self.name


def _bytes_case(
    name: str, data: bytes | Callable[[], bytes], problem: FileProblem | None, path: str = ""
) -> Case:
    def make(folder: Path) -> Path:
        target = folder / f"{re.sub(r'[^A-Za-z0-9.@-]+', '-', ascii(name))}.cspsession"
        target.write_bytes(data() if callable(data) else data)
        return target

    return Case(name, make, problem, path)


def _changed(
    name: str,
    change: Callable[[dict], None],
    problem: FileProblem | None,
    path: str = "",
    base: Callable[[], dict] = current_document,
) -> Case:
    def data() -> bytes:
        document = base()
        change(document)
        return dumps(document)

    return _bytes_case(name, data, problem, path)


def _set(steps: tuple, value: object) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        target = document
        for step in steps[:-1]:
            target = target[step]
        target[steps[-1]] = value

    return change


def _special(name: str, make: Callable[[Path], Path]) -> Case:
    return Case(name, make, FileProblem.NOT_A_FILE)


def _fifo(folder: Path) -> Path:
    target = folder / "pipe.cspsession"
    os.mkfifo(target)
    return target


def _socket(folder: Path) -> Path:
    target = folder / "socket.cspsession"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(target))
    listener.close()  # the socket file stays
    return target


def _link_to(make_target: Callable[[Path], Path]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        link = folder / "link.cspsession"
        link.symlink_to(make_target(folder))
        return link

    return make


def _sparse(folder: Path) -> Path:
    target = folder / "sparse.cspsession"
    with target.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    return target


V = FileProblem.INVALID_VALUE
L1_VALUE = ("criteria_judgments", "L1", "pairs", 0, "value")
EDIT = ("indicator_edits", 0)
NODE = "criteria_judgments.L1.pairs[0].value"


def _edit(indicator: str, place: str, value: object) -> Callable[[dict], None]:
    return _set(
        ("indicator_edits",),
        [{"indicator": indicator, "place": place, "value": value, "source": "s"}],
    )


def _v1(
    name: str, change: Callable[[dict], None], problem: FileProblem | None, path: str = ""
) -> Case:
    return _changed(f"v1 {name}", change, problem, path, base=v1_document)


def _truncated(fraction: float) -> Callable[[], bytes]:
    return lambda: dumps(current_document())[: int(len(dumps(current_document())) * fraction)]


def _nested(depth: int) -> Callable[[dict], None]:
    return _set(("notes",), json.loads("[" * depth + "]" * depth))


CRAFTED: tuple[Case, ...] = (
    # Not regular files: refused before open() could block.
    _special("fifo", _fifo),
    _special("socket", _socket),
    _special("char device", lambda folder: Path(os.devnull)),
    _special("folder", lambda folder: folder),
    _special("link to fifo", _link_to(_fifo)),
    Case("missing", lambda folder: folder / "nothing.cspsession", FileProblem.CANNOT_READ),
    Case("dangling link", _link_to(lambda folder: folder / "gone"), FileProblem.CANNOT_READ),
    Case("too large", _sparse, FileProblem.TOO_LARGE),
    # Bytes and text.
    _bytes_case("empty", b"", FileProblem.NOT_JSON),
    _bytes_case("spaces", b" \n\t " * 1000, FileProblem.NOT_JSON),
    _bytes_case("null byte", b"\x00", FileProblem.NOT_JSON),
    _bytes_case(
        "nulls inside",
        lambda: dumps(current_document()).replace(b", ", b",\x00", 1),
        FileProblem.NOT_JSON,
    ),
    _bytes_case("utf-8 bom", lambda: b"\xef\xbb\xbf" + dumps(current_document()), None),
    _bytes_case(
        "utf-16 le", lambda: json.dumps(current_document()).encode("utf-16"), FileProblem.NOT_UTF8
    ),
    _bytes_case(
        "utf-16 be",
        lambda: b"\xfe\xff" + json.dumps(current_document()).encode("utf-16-be"),
        FileProblem.NOT_UTF8,
    ),
    _bytes_case(
        "utf-32", lambda: json.dumps(current_document()).encode("utf-32"), FileProblem.NOT_UTF8
    ),
    _bytes_case("latin-1", '{"notes": "café"}'.encode("latin-1"), FileProblem.NOT_UTF8),
    _bytes_case("encoded surrogate", b'{"notes": "\xed\xa0\x80"}', FileProblem.NOT_UTF8),
    *(
        _bytes_case(f"truncated {f}", _truncated(f), FileProblem.NOT_JSON)
        for f in (0.01, 0.3, 0.5, 0.99)
    ),
    _bytes_case(
        "unterminated escaped quotes", b'{"notes": "' + b'\\"' * 20000, FileProblem.NOT_JSON
    ),
    _bytes_case("trailing backslash", b'{"notes": "\\', FileProblem.NOT_JSON),
    _bytes_case("NaN", b'{"alpha": NaN}', FileProblem.NOT_JSON),
    _bytes_case("Infinity", b'{"alpha": -Infinity}', FileProblem.NOT_JSON),
    _bytes_case(
        "duplicate top key",
        lambda: dumps(current_document())[:-1] + b', "alpha": 0}',
        FileProblem.NOT_JSON,
    ),
    _bytes_case(
        "duplicate nested key",
        lambda: dumps(current_document()).replace(
            b'"monte_carlo": {', b'"monte_carlo": {"seed": 1, '
        ),
        FileProblem.NOT_JSON,
    ),
    _bytes_case(
        "duplicate key, other spelling",
        lambda: dumps(current_document()).replace(
            b'"monte_carlo": {', b'"monte_carlo": {"s\\u0065ed": 1, '
        ),
        FileProblem.NOT_JSON,
    ),
    _bytes_case("deep nesting", b"[" * 100_000 + b"]" * 100_000, FileProblem.TOO_DEEP),
    _changed("deep nesting in notes", _nested(MAX_DEPTH + 1), FileProblem.TOO_DEEP),
    _changed("nesting in notes", _nested(MAX_DEPTH - 2), V, "notes"),
    _bytes_case("top-level list", b"[1, 2]", FileProblem.NOT_A_SESSION),
    _bytes_case("top-level giant int", b"7" * 5000, FileProblem.NOT_A_SESSION),
    _changed("other format", _set(("format",), "other/app"), FileProblem.NOT_A_SESSION, "format"),
    _changed(
        "future version",
        _set(("schema_version",), SCHEMA_VERSION + 1),
        FileProblem.FUTURE_VERSION,
        "schema_version",
    ),
    _changed("huge version", _set(("schema_version",), "@giant-int@"), V, "schema_version"),
    _changed("float version", _set(("schema_version",), 2.0), V, "schema_version"),
    _changed(
        "other model", _set(("model", "id"), "guangzhou"), FileProblem.OTHER_MODEL, "model.id"
    ),
    # Numbers too large for Python's float or int conversion, at each numeric field.
    *(
        _changed(f"{raw} at {'.'.join(map(str, steps))}", _set(steps, raw), V, path)
        for raw in (
            "@huge-int@",
            "@giant-int@",
            "@huge-float@",
            "@minus-huge-float@",
            "@long-float@",
        )
        for steps, path in (
            (("alpha",), "alpha"),
            (L1_VALUE, NODE),
            (("monte_carlo", "spread"), "monte_carlo.spread"),
            (("monte_carlo", "samples"), "monte_carlo.samples"),
            (("monte_carlo", "seed"), "monte_carlo.seed"),
            ((*EDIT, "value"), "indicator_edits[0].value"),
            (("criteria_judgments", "L1", "items", 0), "criteria_judgments.L1.items[0]"),
            (("notes",), "notes"),
        )
    ),
    _changed("negative alpha", _set(("alpha",), -0.1), V, "alpha"),
    _changed("minus zero alpha", _set(("alpha",), -0.0), None),
    _changed("tiny alpha", _set(("alpha",), 1e-320), None),
    _changed("long tiny alpha", _set(("alpha",), "@long-tiny-float@"), None),
    _changed(
        "text edit", _edit("provincial_top100_firms", "city", 1), V, "indicator_edits[0].value"
    ),
    _changed("peer city edit", _edit("peer_city_planned_transaction_scale", "hangzhou", 9), None),
    _changed(
        "peer city edit at a district",
        _edit("peer_city_planned_transaction_scale", "shunde", 9),
        V,
        "indicator_edits[0].place",
    ),
    _changed("supplement edit", _edit("district_gdp_2016", "gaoming", 9), None),
    _changed("zero samples", _set(("monte_carlo", "samples"), 0), V, "monte_carlo.samples"),
    _changed("huge samples", _set(("monte_carlo", "samples"), 10**12), V, "monte_carlo.samples"),
    _changed("negative seed", _set(("monte_carlo", "seed"), -1), V, "monte_carlo.seed"),
    _changed("seed 2**64", _set(("monte_carlo", "seed"), 2**64), V, "monte_carlo.seed"),
    _changed("negative spread", _set(("monte_carlo", "spread"), -1), V, "monte_carlo.spread"),
    _changed("zero judgment", _set(L1_VALUE, 0), V, NODE),
    _changed("negative judgment", _set(L1_VALUE, -3), V, NODE),
    _changed("judgment 1e-300", _set(L1_VALUE, 1e-300), V, NODE),
    _changed("edit 1e16", _set((*EDIT, "value"), 1e16), V, "indicator_edits[0].value"),
    _changed("edit -1e16", _set((*EDIT, "value"), -1e16), V, "indicator_edits[0].value"),
    _changed("edit 1e15", _set((*EDIT, "value"), 1e15), None),
    # Half of a UTF-16 pair, escaped, in every kind of text.
    *(
        _changed(
            f"lone surrogate {what} at {'.'.join(map(str, steps))}", _set(steps, what), V, path
        )
        for what in ("\ud800", "a\udfffb", "\udc80" * 3)
        for steps, path in (
            (("notes",), "notes"),
            ((*EDIT, "source"), "indicator_edits[0].source"),
            ((*EDIT, "indicator"), "indicator_edits[0].indicator"),
            ((*EDIT, "place"), "indicator_edits[0].place"),
            (("app_version",), "app_version"),
            (("model", "version"), "model.version"),
            (("model", "strategies", 0), "model.strategies[0]"),
            (("criteria_judgments", "L1", "items", 0), "criteria_judgments.L1.items[0]"),
            (
                ("strategy_effectiveness", "C1", "ratings", "S1"),
                "strategy_effectiveness.C1.ratings.S1",
            ),
        )
    ),
    _changed(
        "lone surrogate as node key",
        lambda d: d["criteria_judgments"].update({"\ud800": d["criteria_judgments"]["L1"]}),
        V,
        "criteria_judgments['\\ud800']",
    ),
    _changed(
        "lone surrogate as strategy key",
        lambda d: d["strategy_effectiveness"]["C1"]["ratings"].update({"S\udbff": "none"}),
        V,
        "strategy_effectiveness.C1.ratings['S\\udbff']",
    ),
    _changed(
        "line breaks in item names",
        lambda d: d["criteria_judgments"].update(
            L1={
                "items": ["C1", "C2\n", "C3\u2028"],
                "pairs": [
                    {"a": "C1", "b": "C2\n", "value": 2},
                    {"a": "C2\n", "b": "C1", "value": 3},
                ],
            }
        ),
        V,
        "criteria_judgments.L1.pairs[1]",
    ),
    _changed("emoji (a whole pair)", _set(("notes",), "\ud83d\ude00"), None),
    _changed("escaped null in notes", _set(("notes",), "a\x00b"), None),
    # Indicator edits of the wrong kind or place.
    _changed(
        "ordinal edit",
        _edit("ecommerce_firms_and_express_services", "gaoming", 3),
        V,
        "indicator_edits[0].value",
    ),
    _changed(
        "ordinal edit removed",
        _edit("ecommerce_firms_and_express_services", "gaoming", None),
        V,
        "indicator_edits[0].value",
    ),
    _changed(
        "city edit at a district",
        _edit("ecommerce_transaction_volume", "shunde", 1),
        V,
        "indicator_edits[0].place",
    ),
    _changed(
        "district edit at city",
        _edit("ecommerce_market_share", "city", 1),
        V,
        "indicator_edits[0].place",
    ),
    _changed(
        "district edit at mars",
        _edit("ecommerce_market_share", "mars", 1),
        V,
        "indicator_edits[0].place",
    ),
    _changed("city edit at city", _edit("ecommerce_transaction_volume", "city", 1), None),
    _changed("unknown indicator edit", _edit("no_such_indicator", "mars", 1), None),
    _changed(
        "edit twice",
        lambda d: d["indicator_edits"].append(dict(d["indicator_edits"][0])),
        V,
        "indicator_edits[1]",
    ),
    _changed("edit value text", _set((*EDIT, "value"), "2.5"), V, "indicator_edits[0].value"),
    _changed("edit value bool", _set((*EDIT, "value"), True), V, "indicator_edits[0].value"),
    # Unknown keys at every level of records.
    *(
        _changed(f"unknown key in {path or 'top'}", _set((*steps, "extra"), 1), V, path)
        for steps, path in (
            ((), ""),
            (("model",), "model"),
            (("criteria_judgments", "L1"), "criteria_judgments.L1"),
            (("criteria_judgments", "L1", "pairs", 0), "criteria_judgments.L1.pairs[0]"),
            (("strategy_effectiveness", "C1"), "strategy_effectiveness.C1"),
            (EDIT, "indicator_edits[0]"),
            (("monte_carlo",), "monte_carlo"),
        )
    ),
    # Schema 1.
    _v1("unchanged", lambda d: None, None),
    _v1("huge alpha", _set(("alpha",), "@huge-int@"), V, "alpha"),
    _v1(
        "huge judgment",
        _set(("judgments", 0, "value"), "@huge-float@"),
        V,
        "criteria_judgments.goal.pairs[0].value",
    ),
    _v1("surrogate node", _set(("judgments", 0, "node"), "\ud800"), V, "judgments[0].node"),
    _v1("surrogate item", _set(("judgments", 0, "a"), "\udc00"), V, "judgments[0].a"),
    _v1("unknown key", _set(("judgments", 0, "extra"), 1), V, "judgments[0]"),
    _v1("twice rated", lambda d: d["ratings"].append(dict(d["ratings"][0])), V, "ratings[48]"),
    _v1(
        "ordinal edit",
        _edit("ecommerce_firms_and_express_services", "shunde", 1),
        V,
        "indicator_edits[0].value",
    ),
)


# Families of files that grow to any size (bytes), each decided in time linear in its size.


def _sized(build: Callable[[int], bytes], size: int) -> bytes:
    """build(count) with the count that makes it about size bytes, never more."""
    small, large = len(build(1)), len(build(101))
    count = max(1, int((size - small) * 100 / max(large - small, 1)))
    data = build(count)
    while len(data) > size and count > 1:
        count = max(1, int(count * size / len(data) * 0.999))
        data = build(count)
    return data


def _in_document(
    steps: tuple, value: Callable[[int], object], base: Callable[[], dict] = current_document
) -> Callable[[int], bytes]:
    return lambda count: dumps(replaced(base(), steps, value(count)))


def _chain(count: int) -> dict:
    items = [f"X{i}" for i in range(count + 1)]
    return {
        "items": items,
        "pairs": [{"a": items[i], "b": items[i + 1], "value": 2} for i in range(count)],
    }


def _nodes(extra: Callable[[int], dict]) -> Callable[[int], dict]:
    return lambda count: {**current_document()["criteria_judgments"], **extra(count)}


def _many_nodes(count: int) -> dict:
    return {
        f"n{i}": {"items": ["a", "b"], "pairs": [{"a": "a", "b": "b", "value": 3}]}
        for i in range(count)
    }


def _goal_with_items(count: int) -> dict:
    chain = _chain(count)
    chain["items"] = ["L1", "L2", "L3", *chain["items"]]
    chain["pairs"] += [
        {"a": "L1", "b": "L2", "value": 1},
        {"a": "L2", "b": "L3", "value": 1},
        {"a": "L3", "b": "X0", "value": 1},
    ]
    return {"goal": chain}


def _lone_items(count: int) -> dict:
    chain = _chain(1)
    chain["items"] += [f"{i}" for i in range(count)]
    return {"unknown": chain}


def _ratings(count: int) -> dict:
    effectiveness = current_document()["strategy_effectiveness"]
    effectiveness["C1"]["ratings"].update({f"T{i}": "weak" for i in range(count)})
    return effectiveness


def _edits(count: int) -> list:
    return [
        {"indicator": f"unknown_{i}", "place": "x", "value": i, "source": "s"} for i in range(count)
    ]


def _same_pair(count: int) -> dict:
    nodes = current_document()["criteria_judgments"]
    nodes["L1"]["pairs"] += [nodes["L1"]["pairs"][0]] * count  # the same, agreeing
    return nodes


def _v1_chain(count: int) -> list:
    return v1_document()["judgments"] + [
        {"node": "chain", "a": f"X{i}", "b": f"X{i + 1}", "value": 1} for i in range(count)
    ]


def _v1_ratings(count: int) -> list:
    return v1_document()["ratings"] + [
        {"strategy": f"T{i}", "criterion": "C1", "level": "weak"} for i in range(count)
    ]


def _brackets(count: int) -> bytes:
    unit = "[" * MAX_DEPTH + "]" * MAX_DEPTH + ","
    return ('{"notes": [' + unit * count + "0]}").encode()


_BUILDERS: dict[str, Callable[[int], bytes]] = {
    "escaped quotes, unterminated": lambda count: b'{"notes": "' + b'\\"' * count,
    "escaped quotes in notes": _in_document(("notes",), lambda count: '"' * count),
    "unknown node, chained items": _in_document(
        ("criteria_judgments",), _nodes(lambda count: {"unknown": _chain(count)})
    ),
    "known node, chained items": _in_document(("criteria_judgments",), _nodes(_goal_with_items)),
    "unknown node, lone items": _in_document(("criteria_judgments",), _nodes(_lone_items)),
    "many unknown nodes": _in_document(("criteria_judgments",), _nodes(_many_nodes)),
    "same pair again and again": _in_document(("criteria_judgments",), _same_pair),
    "ratings of unknown strategies": _in_document(("strategy_effectiveness",), _ratings),
    "edits of unknown indicators": _in_document(("indicator_edits",), _edits),
    "schema 1, chained items": _in_document(("judgments",), _v1_chain, v1_document),
    "schema 1, many ratings": _in_document(("ratings",), _v1_ratings, v1_document),
    "lone surrogates in notes": _in_document(("notes",), lambda count: "\ud800" * count),
    "nesting at the cap, repeated": _brackets,
    "a number of a million digits": lambda count: b'{"alpha": 0.' + b"1" * count + b"}",
    "whitespace": lambda count: dumps(current_document()) + b" " * count,
}
FAMILIES: dict[str, Callable[[int], bytes]] = {
    name: (lambda size, build=build: _sized(build, size)) for name, build in _BUILDERS.items()
}


def family_case(name: str, size: int) -> Case:
    """A generated file of about size bytes as a case (its outcome is not predicted)."""
    return _bytes_case(f"{name} ({size:,} bytes)", lambda: FAMILIES[name](size), None)
