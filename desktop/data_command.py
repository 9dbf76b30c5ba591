"""``cluster-planner data template -o FILE.xlsx|FILE.csv [--session S] [--lang zh|en]`` writes
the district data template (with the values the session uses and keeps); ``cluster-planner data check FILE [--session S] [--encoding E] [--lang zh|en]``
prints what the file would add and change, and what it refuses, one line each.

``cluster-planner data import --session S FILE [-o OUT]`` applies the file to the session and
saves it to OUT (or S) atomically, through the session file's own save.

``check`` exits 0 when the file could be imported as it is and 1 when it has refused rows;
``import`` then imports nothing, lists the refusals one per line and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli_language import say
from desktop.command_line import EXIT_FAILURE, OneLineParser, UsageError, model_and_session
from desktop.locale import LANGUAGES, system_language
from strategies.district_data import ImportPlan, Problem, Refusal, ValueRecord

PROG = "cluster-planner data"


def _parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog=PROG, description=say("Write or check a district data file."))
    commands = parser.add_subparsers(dest="action", required=True, metavar="template|check|import")
    template = commands.add_parser(
        "template", help=say("write the data template"), prog=f"{PROG} template"
    )
    template.add_argument(
        "-o", "--output", required=True, metavar=say("OUT"), help=say("FILE.xlsx or FILE.csv")
    )
    template.add_argument(
        "--session",
        default=None,
        metavar=say("FILE"),
        help=say("write the values this session uses and keeps (default: the model's)"),
    )
    _add_lang(template, say("language of the headers and names (default: system locale)"))
    check = commands.add_parser(
        "check",
        help=say("show what a data file would add, change and refuse"),
        prog=f"{PROG} check",
    )
    check.add_argument("file", metavar=say("FILE"), help=say("the data file (.xlsx or .csv)"))
    check.add_argument(
        "--session", default=None, metavar=say("FILE"), help=say("compare with a saved session")
    )
    _add_encoding(check)
    _add_lang(check, say("language of the messages (default: system locale)"))
    imports = _import_parser(commands)
    for sub in (template, check, imports):
        sub.error = parser.error  # type: ignore[method-assign]  # one line, not the usage block
    return parser


def _import_parser(commands) -> argparse.ArgumentParser:
    imports = commands.add_parser(
        "import",
        help=say("import a data file into a session"),
        prog=f"{PROG} import",
    )
    imports.add_argument("file", metavar=say("FILE"), help=say("the data file (.xlsx or .csv)"))
    imports.add_argument(
        "--session", required=True, metavar=say("FILE"), help=say("the session to import into")
    )
    imports.add_argument(
        "-o",
        "--output",
        default=None,
        metavar=say("OUT"),
        help=say("where to save the session (default: the session itself)"),
    )
    _add_encoding(imports)
    _add_lang(imports, say("language of the messages (default: system locale)"))
    return imports


def _add_encoding(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        default=None,
        choices=("utf-8", "gbk", "gb18030"),
        help=say("the CSV file's encoding (default: UTF-8, else GBK/GB18030)"),
    )


def _add_lang(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help=help_text)


def run_data(argv: Sequence[str]) -> int:
    args = _parser().parse_args(argv)
    lang = args.lang or system_language()
    if args.action == "template":
        return _template(Path(args.output), lang, args.session)
    if args.action == "import":
        return _import(args, lang)
    return _check(args, lang)


def _template(output: Path, lang: str, session_path: str | None) -> int:
    from strategies.district_data.template import write_template
    from strategies.file_write import FileWriteError

    if output.suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError(f"{PROG} template: " + say("the output must end in .xlsx or .csv"))
    model, loaded = model_and_session(None, session_path, PROG)  # the session's own model
    session = None if loaded is None else loaded.session
    try:
        write_template(output, model, lang, session)
    except FileWriteError as error:
        print(f"{PROG} template: {error}", file=sys.stderr)
        return EXIT_FAILURE
    return 0


def _check(args: argparse.Namespace, lang: str) -> int:
    from strategies.district_data import plan_file

    model, loaded = model_and_session(None, args.session, PROG)  # the session's own model
    session = loaded.session if loaded else None
    plan = plan_file(Path(args.file), model, session, args.encoding)
    sys.stdout.write("".join(line + "\n" for line in plan_lines(plan, lang)))
    return EXIT_FAILURE if plan.blocked else 0


def _import(args: argparse.Namespace, lang: str) -> int:
    from strategies.district_data import plan_file
    from strategies.district_data.apply import applied
    from strategies.session_file import SessionFileError, write_session

    model, loaded = model_and_session(None, args.session, PROG)  # the session's own model
    plan = plan_file(Path(args.file), model, loaded.session, args.encoding)
    sys.stdout.write("".join(line + "\n" for line in plan_lines(plan, lang)))
    if plan.blocked:
        return EXIT_FAILURE
    output = args.output or args.session
    try:
        write_session(output, applied(loaded.session, plan), model, loaded.info.touched())
    except SessionFileError as error:
        print(f"{PROG} import: {error}", file=sys.stderr)
        return EXIT_FAILURE
    print(say("saved {path}", lang).format(path=output))
    return 0


def text(why: Problem, lang: str) -> str:
    """A problem in lang (its template translated, then filled in)."""
    return say(why.template, lang).format(**why.fields)


def plan_lines(plan: ImportPlan, lang: str) -> list[str]:
    """The plan as lines: a summary, then one line per new indicator, add, change, refusal."""
    summary = say(
        "{file}: adds {adds}, changes {changes}, unchanged {unchanged}, refused {refused}", lang
    ).format(
        file=plan.file,
        adds=len(plan.adds),
        changes=len(plan.changes),
        unchanged=len(plan.unchanged),
        refused=len(plan.refused),
    )
    verdict = say(
        "imports nothing until the refused rows are fixed" if plan.blocked else "can be imported",
        lang,
    )
    lines = [say("{summary}; {verdict}", lang).format(summary=summary, verdict=verdict)]
    for new in plan.new_indicators:
        lines.append(
            say(
                "new indicator {id}: {name}, criterion {criterion}, {direction}, {kind}, unit {unit}",
                lang,
            ).format(
                id=new.id,
                name=new.name.get(lang),
                criterion=new.criterion or "-",
                direction=new.direction,
                kind=new.kind,
                unit=new.unit.get(lang) or "-",
            )
        )
    lines += [f"+ {_record(record)}" for record in plan.adds]
    lines += [_change(change, lang) for change in plan.changes]
    lines += [_refusal(refusal, lang) for refusal in plan.refused]
    lines += [say("note: {text}", lang).format(text=text(note, lang)) for note in plan.notes]
    return lines


def _record(record: ValueRecord) -> str:
    return (
        f"{record.indicator} @ {record.place} {record.year}: {_value(record.value)} {record.unit}"
        f" ({record.source}) [{say('row')} {record.where.row}]"
    )


def _value(value: float | str | None) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _change(change, lang: str) -> str:
    record, old = change.record, change.old
    source = (
        ""
        if record.source in (old.source.zh, old.source.en)
        else (f"; {old.source.get(lang)} → {record.source}")
    )
    return (
        f"~ {record.indicator} @ {record.place} {record.year}: {_value(old.value)} → "
        f"{_value(record.value)} {record.unit}{source} [{say('row', lang)} {record.where.row}]"
    )


def _refusal(refusal: Refusal, lang: str) -> str:
    where = refusal.where
    parts = [where.file]
    if where.sheet:
        parts.append(say("sheet {sheet}", lang).format(sheet=where.sheet))
    if where.row:
        parts.append(say("row {row}", lang).format(row=where.row))
    if where.column:
        parts.append(say("column {column}", lang).format(column=where.column))
    return "! " + say("{where}: {why}", lang).format(
        where=say(", ", lang).join(parts), why=text(refusal.why, lang)
    )
