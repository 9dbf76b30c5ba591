"""The PDF's panel resampling section: per district, each strategy's chance of each rank
when the panel is redrawn (report.panel_resampling; nothing with fewer than two experts)."""

from __future__ import annotations

from desktop.export.content import PanelResamplingInfo, Report, ResampledDistrict
from desktop.export.labels import labels
from desktop.export.safe_text import html_text


def resampling_html(report: Report, table) -> str:
    """The section's HTML ("" without a resampling); table: report_html's table maker."""
    info = report.panel_resampling
    if info is None:
        return ""
    text = labels(report.language)
    intro = text["panel_resampling_intro"].format(
        aggregation=info.aggregation_name,
        experts=info.experts,
        draws=f"{info.draws:,}",
        seed=info.seed,
    )
    parts = [f"<h2>{html_text(text['panel_resampling'])}</h2><p>{html_text(intro)}</p>"]
    parts += [_district(report, info, district, table) for district in info.districts]
    return "".join(parts)


def _district(report: Report, info: PanelResamplingInfo, district: ResampledDistrict, table):
    text = labels(report.language)
    ranks = len(district.rank_probabilities)
    headers = [text["strategy"], *(text["rank_n"].format(n=n + 1) for n in range(ranks))]
    rows = [
        [f"{s.id} {html_text(s.name)}", *(f"{100 * p:.1f}%" for p in probabilities)]
        for s, probabilities in zip(report.strategies, district.rank_probabilities, strict=True)
    ]
    top = district.top_strategy
    line = text["resampled_top"].format(
        top=f"{top} {report.strategy_name(top)}", chance=f"{100 * district.top_stays_top:.1f}%"
    )
    return (
        f"<h3>{html_text(report.district_name(district.district))}</h3>"
        f'<p class="small">{html_text(line)}</p>'
        + table([html_text(h) for h in headers], rows, set(range(1, ranks + 1)))
    )
