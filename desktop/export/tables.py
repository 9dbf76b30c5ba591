"""The report as tables with headers in its language: the sheets of the XLSX, the CSV's rows.

Cells hold numbers as numbers, None for empty, and text as given (made inert by the writer).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.export.alpha_text import change_points_text
from desktop.export.caveat_text import evidence_line, evidence_lines, judgment_lines
from desktop.export.content import DRIVERS_SHOWN, DistrictReport, IndicatorRow, Report
from desktop.export.labels import labels
from desktop.export.rule_text import NODE_RULES, SCORING, UNSERVED, notes_for


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class Sheet:
    title: str
    tables: tuple[Table, ...]  # written one below the other; the first header row is frozen


def sheets(report: Report) -> tuple[Sheet, ...]:
    """Summary, ranking, weights and consistency, thresholds, indicators, method."""
    text = labels(report.language)
    return (
        Sheet(text["sheet_summary"], (summary_table(report), caveats_table(report))),
        Sheet(text["sheet_ranking"], (ranking_table(report),)),
        Sheet(text["sheet_weights"], (weights_table(report), consistency_table(report))),
        Sheet(text["sheet_thresholds"], (thresholds_table(report),)),
        Sheet(text["sheet_alpha"], (alpha_points_table(report),)),
        Sheet(text["sheet_indicators"], (indicators_table(report), edits_table(report))),
        Sheet(text["sheet_coverage"], (coverage_table(report), imported_table(report))),
        Sheet(text["sheet_method"], (method_table(report),)),
    )


def summary_table(report: Report) -> Table:
    text = labels(report.language)
    headers = (
        text["district_id"],
        text["district"],
        text["strategy_id"],
        text["top_strategy"],
        text["priority"],
        text["gap_to_next"],
        text["top_stays_top"],
        text["critical_criterion"],
        text["critical_change"],
        text["critical_percent"],
        text["challenger"],
        text["drivers"],
        text["neutral_cells"],
        text["district_data"],
        text["critical_ts_delta"],
        text["critical_ts_percent"],
        text["alpha_low"],
        text["alpha_high"],
        text["alpha_points"],
        text["alpha_dropped"],
    )
    return Table(headers, tuple(_summary_row(report, d) for d in report.districts))


def caveat_lines(report: Report) -> tuple[str, ...]:
    """Judgments that fail the consistency check, analyses left out, what the need rests on."""
    lang = report.language
    return (
        *judgment_lines(report.judgment_warnings, lang),
        *(entry.text for entry in report.unavailable),
        *evidence_lines(report.evidence, lang),
    )


def caveats_table(report: Report) -> Table:
    """The caveats, a line per row, under the summary."""
    return Table(
        (labels(report.language)["caveats"],), tuple((line,) for line in caveat_lines(report))
    )


def _evidence_text(report: Report, district: str) -> str:
    entry = next(e for e in report.evidence if e.district == district)
    return evidence_line(entry, report.language)


def _summary_row(report: Report, district: DistrictReport) -> tuple[object, ...]:
    top, firmness = district.ranking[0], district.firmness
    critical = firmness.critical_criterion
    return (
        district.id,
        district.name,
        top.strategy,
        top.name,
        top.priority,
        top.gap_to_next,
        firmness.top_stays_top,
        critical and report.criterion_name(critical),
        firmness.critical_change,
        firmness.critical_percent,
        firmness.challenger and report.strategy_name(firmness.challenger),
        "; ".join(driver.name for driver in district.drivers[:DRIVERS_SHOWN]),
        ", ".join(district.neutral_criteria),
        _evidence_text(report, district.id),
        firmness.critical_ts_delta,
        firmness.critical_ts_percent,
        *_alpha_cells(district),
    )


def _alpha_cells(district: DistrictReport) -> tuple[object, ...]:
    found = district.alpha_range
    return (found.low, found.high, change_points_text(district), ", ".join(found.dropped_at_one))


def ranking_table(report: Report) -> Table:
    """One row per district and strategy: the tidy table of the CSV."""
    text = labels(report.language)
    ranks = len(report.strategies)
    headers = (
        text["district_id"],
        text["district"],
        text["rank"],
        text["strategy_id"],
        text["strategy"],
        text["priority"],
        text["gap_to_next"],
        text["tied"],
        *(f"P({text['rank_n'].format(n=n)})" for n in range(1, ranks + 1)),
        text["district_data"],
        text["judgment_warning"],
        text["mc_note"],
        text["critical_change"],
        text["critical_ts_delta"],
        text["critical_ts_percent"],
        text["alpha_change_points"],
        text["consistency_all"],
        text["method_notes"],
        text["synthesis"],
    )
    warning = " ".join(judgment_lines(report.judgment_warnings, report.language))
    note = " ".join(entry.text for entry in report.unavailable)
    consistency = consistency_summary(report)
    rules = " ".join(n.text for n in report.method_notes)
    return Table(
        headers,
        tuple(
            (
                district.id,
                district.name,
                row.rank,
                row.strategy,
                row.name,
                row.priority,
                row.gap_to_next,
                text["yes"] if row.tied else text["no"],
                *row.rank_probabilities,
                _evidence_text(report, district.id),
                warning,
                note,
                district.firmness.critical_change,
                district.firmness.critical_ts_delta,
                district.firmness.critical_ts_percent,
                alpha_points_text(report, district.id),
                consistency,
                rules,
                text[f"synthesis_{report.settings.synthesis}"],
            )
            for district in report.districts
            for row in district.ranking
        ),
    )


def alpha_points_text(report: Report, district: str) -> str:
    """'α = 0.5372: S2 passes S3 (rank 2); …' for one district; empty when none."""
    text = labels(report.language)
    return "; ".join(
        text["alpha_point"].format(
            alpha=p.alpha, above=p.ahead_above, below=p.ahead_below, rank=p.rank
        )
        for p in report.alpha_change_points
        if p.district == district
    )


def consistency_summary(report: Report) -> str:
    """Every judged node's CR (completed matrix where pairs are missing) in one line."""
    text = labels(report.language)
    return "; ".join(
        f"{_node_label(report, node)}: CR "
        + ("—" if node.consistency_ratio is None else f"{node.consistency_ratio:.4f}")
        + f" ({text[f'status_{node.cr_status}']}"
        + ("" if node.complete else f", {text['status_incomplete']}")
        + ")"
        for node in (*report.nodes, *report.strategy_nodes)
    )


def _node_label(report: Report, node) -> str:
    if node.kind == "strategies":
        return labels(report.language)["strategies_under"].format(criterion=node.code)
    return node.code


def weights_table(report: Report) -> Table:
    text = labels(report.language)
    headers = (
        text["criterion_id"],
        text["criterion"],
        text["layer"],
        text["local_weight"],
        text["global_weight"],
        text["note"],
    )
    return Table(
        headers,
        tuple(
            (
                c.id,
                c.name,
                c.layer_name,
                c.local_weight,
                c.global_weight,
                notes_for(report.method_notes, UNSERVED, c.id),
            )
            for c in report.criteria
        ),
    )


def consistency_table(report: Report) -> Table:
    text = labels(report.language)
    headers = (
        text["node"],
        text["criterion"],
        text["cr"],
        text["threshold"],
        text["complete"],
        text["status"],
        text["random_index"],
        text["judged"],
        text["cr_check"],
        text["note"],
    )
    return Table(
        headers,
        tuple(
            (
                node.code,
                node.name,
                node.consistency_ratio,
                node.threshold,
                text["yes"] if node.complete else text["no"],
                text[f"status_{node.status}"],
                report.settings.random_index_table,
                text[f"judged_{node.kind}"],
                text[f"status_{node.cr_status}"],
                notes_for(report.method_notes, NODE_RULES, node.id, node.kind),
            )
            for node in (*report.nodes, *report.strategy_nodes)
        ),
    )


def thresholds_table(report: Report) -> Table:
    text = labels(report.language)
    headers = (
        text["district_id"],
        text["district"],
        text["criterion_id"],
        text["criterion"],
        text["current_weight"],
        text["top_increase"],
        text["top_decrease"],
        text["any_increase"],
        text["any_decrease"],
        text["increase_challenger"],
        text["decrease_challenger"],
        *(
            text[f"{which}_{measure}"]
            for which in _THRESHOLDS
            for measure in ("ts_delta", "ts_percent")
        ),
    )
    return Table(
        headers,
        tuple(
            (
                row.district,
                report.district_name(row.district),
                row.criterion,
                report.criterion_name(row.criterion),
                row.current_weight,
                row.top_increase,
                row.top_decrease,
                row.any_increase,
                row.any_decrease,
                row.increase_challenger,
                row.decrease_challenger,
                *(
                    getattr(row, f"{which}_{measure}")
                    for which in _THRESHOLDS
                    for measure in ("ts_delta", "ts_percent")
                ),
            )
            for row in report.thresholds
        ),
    )


_THRESHOLDS = ("top_increase", "top_decrease", "any_increase", "any_decrease")


def alpha_points_table(report: Report) -> Table:
    """The exact α of every swap, a row each (``alpha_change_points`` of the JSON)."""
    text = labels(report.language)
    headers = (
        text["district_id"],
        text["district"],
        text["alpha_exact"],
        text["rank"],
        text["ahead_below"],
        text["ahead_above"],
    )
    return Table(
        headers,
        tuple(
            (
                p.district,
                report.district_name(p.district),
                p.alpha,
                p.rank,
                f"{p.ahead_below} {report.strategy_name(p.ahead_below)}",
                f"{p.ahead_above} {report.strategy_name(p.ahead_above)}",
            )
            for p in report.alpha_change_points
        ),
    )


def indicators_table(report: Report) -> Table:
    text = labels(report.language)
    headers = (
        text["indicator_id"],
        text["indicator"],
        text["unit"],
        text["year"],
        text["scope"],
        text["criterion_id"],
        text["enters_need"],
        text["value"],
        text["missing_districts"],
        text["origin"],
        text["source"],
        text["section"],
        text["note"],
        text["scoring"],
    )
    return Table(headers, tuple(_indicator_row(report, row) for row in report.indicators))


def _indicator_row(report: Report, row: IndicatorRow) -> tuple[object, ...]:
    text = labels(report.language)
    places = {d.id: d.name for d in report.districts}
    value = (
        row.value
        if row.scope == "city"
        else text["list_separator"].join(
            f"{place}{text['value_separator']}{shown}" for place, shown in row.shown_values
        )
    )
    return (
        row.id,
        row.name,
        row.unit,
        row.year,
        text[f"scope_{row.scope}"],
        row.criterion,
        text["yes"] if row.enters_need else text["no"],
        value,
        text["name_separator"].join(places[d] for d in row.missing_districts),
        text[f"origin_{row.origin}"],
        row.source,
        row.section,
        row.note,
        notes_for(report.method_notes, SCORING, row.id),
    )


def edits_table(report: Report) -> Table:
    text = labels(report.language)
    headers = (text["planner_edits"], text["place"], text["value"], text["source"])
    names, places = edit_names(report)
    return Table(
        headers,
        tuple(
            (names.get(e.indicator, e.indicator), places.get(e.place, e.place), e.value, e.source)
            for e in report.planner_edits
        ),
    )


def coverage_cell_text(report: Report, entry) -> str:
    """One coverage cell in words: "2 · 2016–2019", or neutral."""
    text = labels(report.language)
    if entry.neutral:
        return text["coverage_neutral"]
    named = [y for y in entry.years if y]
    years = named[0] if len(named) == 1 else (f"{named[0]}–{named[-1]}" if named else "—")
    return f"{entry.count} · {years}"


def coverage_table(report: Report) -> Table:
    """Criteria (rows) × districts: usable values and their years, neutral cells named."""
    text = labels(report.language)
    headers = (text["criterion"], *(d.name for d in report.districts))
    return Table(
        headers,
        tuple(
            (f"{row.criterion} {row.name}", *(coverage_cell_text(report, e) for e in row.cells))
            for row in report.coverage
        ),
    )


def imported_table(report: Report) -> Table:
    text = labels(report.language)
    headers = tuple(
        text[k]
        for k in (
            "imported_values",
            "place",
            "year",
            "value",
            "unit",
            "source",
            "data_file",
            "data_sheet",
            "data_row",
            "data_used",
        )
    )
    names, places = edit_names(report)
    return Table(
        headers,
        tuple(
            (
                names.get(v.indicator, v.indicator),
                places.get(v.place, v.place),
                v.year,
                v.value,
                v.unit,
                v.source,
                v.file,
                v.sheet,
                v.row,
                text["yes"] if v.used else text["no"],
            )
            for v in report.imported_values
        ),
    )


def edit_names(report: Report) -> tuple[dict[str, str], dict[str, str]]:
    """Indicator and district names by id, in the report's language, for the planner's edits."""
    return (
        {row.id: row.name for row in report.indicators},
        {d.id: d.name for d in report.districts},
    )


def settings_rows(report: Report) -> tuple[tuple[str, object], ...]:
    """(label, value) of the model, the date, the version and every setting."""
    text, settings = labels(report.language), report.settings
    monte_carlo = settings.monte_carlo
    return (
        (
            text["model"],
            text["model_version"].format(name=report.model.name, version=report.model.version),
        ),
        (text["model_source"], report.model.source),
        (text["created"], report.created),
        (text["app_version"], report.app_version),
        (text["alpha"], settings.alpha),
        (text["normalisation"], text[settings.normalisation]),
        (text["synthesis"], text[f"synthesis_{settings.synthesis}"]),
        (text["random_index"], settings.random_index_table),
        (text["public_supplement"], text["yes"] if settings.use_public_supplement else text["no"]),
        (text["mc_spread"], monte_carlo.spread),
        (text["mc_samples"], monte_carlo.samples),
        (text["mc_kept"], monte_carlo.kept),
        (text["mc_seed"], monte_carlo.seed),
        (text["mc_discard"], text["yes"] if monte_carlo.discard_inconsistent else text["no"]),
        (text["mc_status"], text["mc_available" if monte_carlo.available else "mc_unavailable"]),
        *replaced_rows(report),
    )


def replaced_rows(report: Report) -> tuple[tuple[str, object], ...]:
    """The line that says how many characters were replaced, when any were."""
    if not report.replaced_characters:
        return ()
    return ((labels(report.language)["replaced_characters"], report.replaced_characters),)


def method_table(report: Report) -> Table:
    text = labels(report.language)
    notes = ((text["notes"], report.notes or text["no_notes"]),)
    method = tuple(
        (text["method"] if i == 0 else "", paragraph) for i, paragraph in enumerate(report.method)
    )
    return Table((text["settings"], text["value"]), settings_rows(report) + notes + method)
