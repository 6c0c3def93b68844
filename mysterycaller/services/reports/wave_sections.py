"""The parts of the wave report after its summary: each a list of flowables."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.statistics import Rate, histogram
from mysterycaller.domain.wave import WAIT_MEASURES, GroupFigures, TrendPoint, WaveFigures
from mysterycaller.services.reports import charts
from mysterycaller.services.reports.layout import (
    CONTENT_WIDTH,
    TABLE_CHUNK,
    Styles,
    data_table,
    escape,
)
from mysterycaller.services.reports.texts import Texts


def rate_cell(rate: Rate, texts: Texts, styles: Styles) -> Paragraph:
    """A rate with its interval below it; a dagger and grey when n is too small."""
    value = escape(texts.percent(rate.value))
    if rate.n and rate.too_small:
        value = f"<font color='#8A919C'>{value}</font>†"
    return Paragraph(
        f"{value}<br/><font size='7' color='#5A6270'>{escape(texts.interval(rate))}</font>",
        styles.cell_right,
    )


def _rate_row(label: str, rate: Rate, texts: Texts, styles: Styles) -> list[object]:
    small = bool(rate.n) and rate.too_small
    value = escape(texts.percent(rate.value))
    shown = Paragraph(f"<font color='#8A919C'>{value}</font>†" if small else value,
                      styles.cell_right)  # fmt: skip
    bar = charts.rate_bar(rate.value, styles.accent, low=rate.low, high=rate.high,
                          width=30 * mm, muted=small)  # fmt: skip
    return [label, shown, texts.interval(rate), str(rate.n), bar]


def _rates_table(
    rows: Sequence[tuple[str, Rate]],
    first_header: str,
    texts: Texts,
    styles: Styles,
    *,
    continued: str | None = None,
) -> list[Flowable]:
    header = [first_header, texts["rate"], texts["interval"], texts["n"], ""]
    # Wide enough for "100,0 %†" on one line (the dagger marks a sample too small).
    widths = [CONTENT_WIDTH - 104 * mm, 22 * mm, 36 * mm, 12 * mm, 34 * mm]
    data = [_rate_row(label, rate, texts, styles) for label, rate in rows]
    # A table with a continued header is one table (criteria: bounded), so the header is
    # repeated only where the table goes on over a page, never mid-page between chunks.
    chunk = max(len(data), 1) if continued is not None else TABLE_CHUNK
    tables = data_table(
        styles, header, data, widths, right=(1, 2, 3), chunk=chunk, continued=continued
    )
    if any(rate.n and rate.too_small for _, rate in rows):
        tables.append(Paragraph(escape(texts["dagger_note"]), styles.small))
    return tables


def findings(
    campaign: Campaign, figures: WaveFigures, trend: Sequence[TrendPoint], texts: Texts
) -> list[str]:
    """The sentences of the summary page, built from the figures."""
    overall = figures.overall
    items = [
        texts.format("finding_reach", rate=texts.percent(overall.reachability.value),
                     n=overall.calls, first=texts.percent(overall.first_attempt.value)),
        texts.format("finding_sl", rate=texts.percent(overall.service_level.value),
                     s=texts.limit(figures.service_level_seconds),
                     median=texts.seconds(overall.time_to_answer.median)),
        texts.format("finding_score", mean=texts.number(overall.score.mean), n=overall.score.n,
                     ko=texts.percent(figures.knockouts.value)),
    ]  # fmt: skip
    titles = {s.id: s.title for s in campaign.catalogue.sections}
    scored = [s for s in figures.sections if s.mean is not None]
    if len(scored) > 1:
        best = max(scored, key=lambda s: s.mean or 0.0)
        worst = min(scored, key=lambda s: s.mean or 0.0)
        items.append(texts.format("finding_sections", best=titles.get(best.section_id, ""),
                                  best_value=texts.number(best.mean),
                                  worst=titles.get(worst.section_id, ""),
                                  worst_value=texts.number(worst.mean)))  # fmt: skip
    weakest = [
        f"{_criterion_text(campaign, c.criterion_id)} ({texts.percent(c.fulfilment.value)})"
        for c in figures.criteria[:3]
    ]
    if weakest:
        items.append(texts.format("finding_criteria", items="; ".join(weakest)))
    if figures.competitors.calls and figures.own.calls:
        items.append(texts.format("finding_competition", own=texts.number(figures.own.score.mean),
                                  own_n=figures.own.score.n,
                                  comp=texts.number(figures.competitors.score.mean),
                                  comp_n=figures.competitors.score.n))  # fmt: skip
    current = [i for i, p in enumerate(trend) if p.campaign_id == campaign.id]
    if current and current[0] > 0:
        before, now = trend[current[0] - 1], trend[current[0]]
        items.append(texts.format("finding_trend", previous=before.name,
                                  before=texts.number(before.score.mean),
                                  now=texts.number(now.score.mean),
                                  reach_before=texts.percent(before.reachability.value),
                                  reach_now=texts.percent(now.reachability.value)))  # fmt: skip
    if overall.reachability.too_small:
        items.append(texts.format("finding_small", n=overall.calls))
    return items


def _criterion_text(campaign: Campaign, criterion_id: str) -> str:
    criterion = campaign.catalogue.criterion(criterion_id)
    return criterion.text if criterion else criterion_id


def detail_sections(
    campaign: Campaign, figures: WaveFigures, texts: Texts, styles: Styles
) -> list[Flowable]:
    """Reachability and waiting, scores, criteria, targets, competitors, weekday and hour."""
    story: list[Flowable] = [Paragraph(escape(texts["waiting"]), styles.h1)]
    overall = figures.overall
    threshold = texts.limit(figures.service_level_seconds)
    story += _rates_table(
        [
            (texts["reachability"], overall.reachability),
            (texts["first_attempt"], overall.first_attempt),
            (f"{texts['service_level']} (≤ {threshold})", overall.service_level),
        ],
        texts["measure"], texts, styles,
    )  # fmt: skip
    story.append(Spacer(1, 1.5 * mm))
    story.append(Paragraph(escape(texts.format("service_level_def", s=threshold)), styles.small))
    story.append(Spacer(1, 4 * mm))
    rows = [
        [texts[name], texts.seconds(d.mean), texts.seconds(d.median), texts.seconds(d.p90),
         str(d.n)]
        for name, d in ((n, figures.timings[n]) for n in WAIT_MEASURES)
    ]  # fmt: skip
    header = [texts["measure"], texts["mean"], texts["median"], texts["p90"], texts["n"]]
    widths = [CONTENT_WIDTH - 104 * mm, 28 * mm, 28 * mm, 30 * mm, 18 * mm]
    story += data_table(styles, header, rows, widths, right=(1, 2, 3, 4))
    story.append(_histogram(figures, texts, styles))
    story += _scores(campaign, figures, texts, styles)
    story += _groups(campaign, figures, texts, styles)
    return story


def _histogram(figures: WaveFigures, texts: Texts, styles: Styles) -> Flowable:
    values = figures.time_to_answer_values
    p90 = figures.timings["time_to_answer"].p90 or 0.0
    limit = max(60.0, 2 * figures.service_level_seconds, math.ceil(p90 * 1.3 / 10) * 10)
    width = 5.0 if limit <= 90 else 10.0 if limit <= 240 else 20.0
    counts = histogram(values, width, limit)
    drawing = charts.histogram(
        counts, width, figures.service_level_seconds, styles.accent, width=CONTENT_WIDTH,
        axis_label=f"{texts['time_to_answer']} ({texts['seconds_axis']})",
        threshold_label=texts.format("threshold", s=texts.limit(figures.service_level_seconds)),
    )  # fmt: skip
    heading = Paragraph(escape(texts["distribution"]), styles.h2)
    return KeepTogether([heading, drawing])


def _scores(
    campaign: Campaign, figures: WaveFigures, texts: Texts, styles: Styles
) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(90 * mm), Paragraph(escape(texts["scores"]), styles.h1)]
    overall = figures.overall
    lead = (
        f"{texts['mean_score']}: <b>{escape(texts.number(overall.score.mean))}</b> "
        f"(n = {overall.score.n}; {escape(texts['median'])} "
        f"{escape(texts.number(overall.score.median))}) · {escape(texts['knocked_out'])}: "
        f"{escape(texts.percent(figures.knockouts.value))} (n = {figures.knockouts.n})"
    )
    story += [Paragraph(lead, styles.body), Spacer(1, 3 * mm)]
    sections = {s.id: s for s in campaign.catalogue.sections}
    rows = []
    for figure in figures.sections:
        section = sections.get(figure.section_id)
        bar = charts.rate_bar((figure.mean or 0) / 100, styles.accent, width=30 * mm)
        rows.append([section.title if section else figure.section_id,
                     texts.number(section.weight if section else 1), texts.number(figure.mean),
                     str(figure.n), bar])  # fmt: skip
    header = [texts["section"], texts["weight"], texts["mean"], texts["n"], ""]
    widths = [CONTENT_WIDTH - 102 * mm, 18 * mm, 38 * mm, 12 * mm, 34 * mm]
    story += data_table(styles, header, rows, widths, right=(1, 2, 3))
    story.append(Paragraph(escape(texts["fulfilment"]), styles.h2))
    labelled = [
        (f"{_criterion_text(campaign, c.criterion_id)}", c.fulfilment) for c in figures.criteria
    ]
    continued = texts.format("continued", title=texts["criterion"])
    story += _rates_table(labelled, texts["criterion"], texts, styles, continued=continued)
    return story


def _group_rows(
    groups: Sequence[tuple[str, GroupFigures]], texts: Texts, styles: Styles
) -> list[list[object]]:
    return [
        [label, str(g.calls), rate_cell(g.reachability, texts, styles),
         rate_cell(g.service_level, texts, styles), texts.seconds(g.time_to_answer.median),
         Paragraph(f"{escape(texts.number(g.score.mean))}<br/><font size='7' color='#5A6270'>"
                   f"n = {g.score.n}</font>", styles.cell_right)]
        for label, g in groups
    ]  # fmt: skip


def _group_table(
    first: str, groups: Sequence[tuple[str, GroupFigures]], texts: Texts, styles: Styles
) -> list[Flowable]:
    header = [first, texts["calls_short"], texts["reachability"], texts["service_level"],
              texts["median_wait"], texts["mean_score_short"]]  # fmt: skip
    widths = [CONTENT_WIDTH - 126 * mm, 16 * mm, 30 * mm, 30 * mm, 24 * mm, 26 * mm]
    rows = _group_rows(groups, texts, styles)
    tables = data_table(styles, header, rows, widths, right=(1, 2, 3, 4, 5))
    if any(g.reachability.too_small or g.service_level.too_small for _, g in groups):
        tables.append(Paragraph(escape(texts["dagger_note"]), styles.small))
    return tables


def _groups(
    campaign: Campaign, figures: WaveFigures, texts: Texts, styles: Styles
) -> list[Flowable]:
    names = {t.id: t.name for t in campaign.targets}
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        Paragraph(escape(texts["by_target"]), styles.h1),
    ]
    targets = sorted(figures.targets, key=lambda g: names.get(g.key, g.key).casefold())
    story += _group_table(texts["target"], [(names.get(g.key, g.key), g) for g in targets],
                          texts, styles)  # fmt: skip
    if figures.competitors.calls and figures.own.calls:
        story.append(Paragraph(escape(texts["own_vs_competitors"]), styles.h2))
        pairs = [(texts["own"], figures.own), (texts["competitors"], figures.competitors)]
        story += _group_table("", pairs, texts, styles)
        story.append(Spacer(1, 2 * mm))
        titles = {s.id: s.title for s in campaign.catalogue.sections}
        rows = [
            [titles.get(sid, sid), f"{texts.number(own.mean)} (n = {own.n})",
             f"{texts.number(figures.competitors.sections[sid].mean)} "
             f"(n = {figures.competitors.sections[sid].n})"]
            for sid, own in figures.own.sections.items()
        ]  # fmt: skip
        header = [texts["section"], texts["own"], texts["competitors"]]
        widths = [CONTENT_WIDTH - 80 * mm, 40 * mm, 40 * mm]
        story += data_table(styles, header, rows, widths, right=(1, 2))
    story.append(Paragraph(escape(texts["by_weekday"]), styles.h2))
    weekdays = [(texts.weekday(int(g.key)), g) for g in figures.weekdays]
    story += _group_table(texts["weekday"], weekdays, texts, styles)
    story.append(CondPageBreak(80 * mm))
    story.append(Paragraph(escape(texts["by_hour"]), styles.h2))
    hours = [(f"{int(g.key):02d}–{int(g.key) + 1:02d}", g) for g in figures.hours]
    chart = charts.columns(
        [(f"{int(g.key):02d}", g.service_level.value) for g in figures.hours],
        styles.accent, width=CONTENT_WIDTH, height=90,
        value_text=lambda v: texts.number(100 * v, 0),
    )  # fmt: skip
    caption = f"{texts['service_level']} (%) · {texts['hour']}"
    story += [Paragraph(escape(caption), styles.small), chart, Spacer(1, 3 * mm)]
    story += _group_table(texts["hour"], hours, texts, styles)
    return story


def trend_section(
    campaign: Campaign, trend: Sequence[TrendPoint], texts: Texts, styles: Styles
) -> list[Flowable]:
    """The client's waves side by side, when the database holds more than one."""
    if len(trend) < 2:
        return []
    story: list[Flowable] = [CondPageBreak(110 * mm), Paragraph(escape(texts["trend"]), styles.h1)]
    rows = [
        [p.name + (" ◂" if p.campaign_id == campaign.id else ""),
         texts.date(p.start) if p.start else "–", str(p.calls),
         rate_cell(p.reachability, texts, styles),
         f"{texts.number(p.score.mean)} (n = {p.score.n})"]
        for p in trend
    ]  # fmt: skip
    header = [texts["wave"], texts["period"], texts["calls"], texts["reachability"],
              texts["mean_score"]]  # fmt: skip
    widths = [CONTENT_WIDTH - 110 * mm, 26 * mm, 20 * mm, 32 * mm, 32 * mm]
    story += data_table(styles, header, rows, widths, right=(2, 3, 4))
    labels = [texts.date(p.start) if p.start else p.name for p in trend]
    series = [
        (texts["mean_score"], [p.score.mean for p in trend], styles.accent),
        (texts["reachability"],
         [None if p.reachability.value is None else 100 * p.reachability.value for p in trend],
         charts.PHASE_COLORS["queue"]),
    ]  # fmt: skip
    story += [Spacer(1, 4 * mm), charts.trend(labels, series, width=CONTENT_WIDTH)]
    return story


def method_section(texts: Texts, styles: Styles) -> list[Flowable]:
    """How the figures were computed, and what 'n too small' means."""
    return [
        CondPageBreak(40 * mm),
        Paragraph(escape(texts["method"]), styles.h2),
        Paragraph(escape(texts["method_text"]), styles.small),
        Spacer(1, 2 * mm),
        Paragraph(escape(texts["too_small_note"]), styles.small),
    ]


def summary_sections(
    campaign: Campaign, figures: WaveFigures, texts: Texts, styles: Styles
) -> list[Flowable]:
    """The section means as bars, for the summary page."""
    titles = {s.id: s.title for s in campaign.catalogue.sections}
    rows = [
        [titles.get(f.section_id, f.section_id), texts.number(f.mean), str(f.n),
         charts.rate_bar((f.mean or 0) / 100, styles.accent, width=70 * mm)]
        for f in figures.sections
    ]  # fmt: skip
    header = [texts["section"], texts["mean"], texts["n"], ""]
    widths = [CONTENT_WIDTH - 126 * mm, 22 * mm, 14 * mm, 90 * mm]
    return [
        Paragraph(escape(texts["sections"]), styles.h2),
        *data_table(styles, header, rows, widths, right=(1, 2)),
    ]
