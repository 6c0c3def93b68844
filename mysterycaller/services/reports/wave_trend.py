"""The trend of the client's own lines over its waves, per section, with a plain verdict."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.statistics import (
    Difference,
    Distribution,
    mean_difference,
    rate_difference,
)
from mysterycaller.domain.wave import TrendPoint
from mysterycaller.services.reports import charts
from mysterycaller.services.reports.layout import CONTENT_WIDTH, Styles, data_table, escape
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_cells import mean_cell, rate_cell, small
from mysterycaller.services.reports.wave_names import WaveNames
from mysterycaller.services.reports.wave_summary import verdict


def _change(difference: Difference | None, texts: Texts, rate: bool) -> str:
    if difference is None:
        return "–"
    if rate:
        return (
            f"{texts.points(100 * difference.value)} "
            f"({texts.signed(100 * difference.low)} … {texts.signed(100 * difference.high)})"
        )
    return (
        f"{texts.signed(difference.value)} "
        f"({texts.signed(difference.low)} … {texts.signed(difference.high)})"
    )


def trend_section(
    campaign: Campaign,
    trend: Sequence[TrendPoint],
    names: WaveNames,
    texts: Texts,
    styles: Styles,
) -> list[Flowable]:
    """The waves side by side, then this wave against the previous one, section by section."""
    if len(trend) < 2:
        return []
    minimum = campaign.rules.min_calls
    story: list[Flowable] = [CondPageBreak(110 * mm), Paragraph(escape(texts["trend"]), styles.h1)]
    rows = [
        [
            p.name + (" ◂" if p.campaign_id == campaign.id else ""),
            texts.date(p.start) if p.start else "–",
            texts.integer(p.calls),
            rate_cell(p.reachability, texts, styles, minimum),
            rate_cell(p.service_level, texts, styles, minimum),
            mean_cell(p.score, texts, styles, minimum),
        ]
        for p in trend
    ]
    header = [
        texts["wave"],
        texts["period"],
        texts["calls_short"],
        texts["reachability"],
        texts["service_level"],
        texts["mean_score"],
    ]
    widths = [CONTENT_WIDTH - 122 * mm, 24 * mm, 18 * mm, 26 * mm, 26 * mm, 28 * mm]
    story += data_table(styles, header, rows, widths, right=(2, 3, 4, 5))
    labels = [texts.date(p.start) if p.start else p.name for p in trend]
    series = [
        (texts["mean_score"], [p.score.mean for p in trend], styles.accent),
        (
            texts["reachability"],
            [None if p.reachability.value is None else 100 * p.reachability.value for p in trend],
            charts.PHASE_COLORS["queue"],
        ),
    ]
    story += [Spacer(1, 4 * mm), charts.trend(labels, series, width=CONTENT_WIDTH)]
    current = [i for i, p in enumerate(trend) if p.campaign_id == campaign.id]
    if current and current[0] > 0:
        story += _comparison(trend[current[0] - 1], trend[current[0]], names, texts, styles)
    return story


def _comparison(
    before: TrendPoint, now: TrendPoint, names: WaveNames, texts: Texts, styles: Styles
) -> list[Flowable]:
    rows: list[list[object]] = []

    def mean_row(label: str, old: Distribution | None, new: Distribution | None) -> None:
        change = mean_difference(old, new) if old is not None and new is not None else None
        rows.append(
            [
                label,
                mean_cell(old, texts, styles),
                mean_cell(new, texts, styles),
                _change(change, texts, rate=False),
                verdict(change, texts),
            ]
        )

    for label, old_rate, new_rate in (
        (texts["reachability"], before.reachability, now.reachability),
        (texts["service_level"], before.service_level, now.service_level),
    ):
        change = rate_difference(old_rate, new_rate)
        rows.append(
            [
                label,
                rate_cell(old_rate, texts, styles),
                rate_cell(new_rate, texts, styles),
                _change(change, texts, rate=True),
                verdict(change, texts),
            ]
        )
    mean_row(texts["overall_row"], before.score, now.score)
    for section_id in now.sections:
        mean_row(
            names.section(section_id), before.sections.get(section_id), now.sections.get(section_id)
        )
    header = [
        texts["section"],
        f"{texts['previous']}: {before.name}",
        texts["this_wave"],
        texts["change"],
        texts["verdict"],
    ]
    widths = [CONTENT_WIDTH - 134 * mm, 26 * mm, 26 * mm, 44 * mm, 38 * mm]
    return [
        Paragraph(escape(texts["trend_sections"]), styles.h2),
        *data_table(styles, header, rows, widths, right=(1, 2, 3)),
        small(texts["too_small_note"], styles),
    ]
