"""The figures of the wave report: waiting, scores, ranking, weekday and hour.

Own lines first; competitors in columns of their own beside them, never blended in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from mysterycaller.domain.campaign import Campaign, grade_of
from mysterycaller.domain.statistics import Rate, histogram
from mysterycaller.domain.wave import WAIT_MEASURES, GroupFigures, SideFigures, WaveFigures
from mysterycaller.services.reports import charts
from mysterycaller.services.reports.layout import CONTENT_WIDTH, Styles, data_table, escape
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_cells import (
    N_WIDTH,
    any_small,
    mean_cell,
    rate_cell,
    small,
)
from mysterycaller.services.reports.wave_names import WaveNames


def waiting_section(figures: WaveFigures, texts: Texts, styles: Styles) -> list[Flowable]:
    """Reachability, service level, speed of answer and giving up; waiting-time distribution."""
    own, comp = figures.own.overall, figures.competitors.overall
    threshold = texts.limit(figures.service_level_seconds)
    story: list[Flowable] = [Paragraph(escape(texts["waiting"]), styles.h1)]
    rows: list[tuple[str, Rate, Rate]] = [
        (texts["reachability"], own.reachability, comp.reachability),
        (texts["first_attempt"], own.first_attempt, comp.first_attempt),
        (f"{texts['service_level']} (≤ {threshold})", own.service_level, comp.service_level),
        (texts["gave_up"], own.gave_up, comp.gave_up),
    ]
    with_comp = comp.calls > 0
    header = [texts["measure"], texts["own_lines"], texts["n"]]
    widths = [CONTENT_WIDTH - 60 * mm - N_WIDTH, 30 * mm, N_WIDTH, 30 * mm]
    if with_comp:
        header += [texts["competitor_short"]]
    else:
        widths = [widths[0] + widths[3], widths[1], widths[2]]
    data = []
    for label, mine, theirs in rows:
        row: list[object] = [label, rate_cell(mine, texts, styles), texts.integer(mine.n)]
        if with_comp:
            row.append(rate_cell(theirs, texts, styles))
        data.append(row)
    story += data_table(styles, header, data, widths, right=(1, 2, 3))
    story.append(Spacer(1, 1.5 * mm))
    story.append(small(texts.format("service_level_def", s=threshold), styles))
    if any_small([r for _, a, b in rows for r in (a, b)]):
        story.append(small(texts["dagger_note"], styles))
    story.append(Spacer(1, 4 * mm))
    story += _timings_table(figures, texts, styles)
    story.append(_wait_histogram(figures.own, figures.service_level_seconds, texts, styles))
    return story


def _timings_table(figures: WaveFigures, texts: Texts, styles: Styles) -> list[Flowable]:
    own, comp = figures.own, figures.competitors
    header = [texts["measure"], texts["mean"], texts["median"], texts["p90"], texts["n"]]
    widths = [CONTENT_WIDTH - 78 * mm - N_WIDTH, 26 * mm, 26 * mm, 26 * mm, N_WIDTH]
    if comp.overall.calls:
        header.append(f"{texts['competitor_short']}: {texts['median']}")
        widths = [widths[0] - 30 * mm, *widths[1:], 30 * mm]
    rows = []
    for name in WAIT_MEASURES:
        d = own.timings[name]
        row = [
            texts[name],
            texts.seconds(d.mean),
            texts.seconds(d.median),
            texts.seconds(d.p90),
            texts.integer(d.n),
        ]
        if comp.overall.calls:
            row.append(texts.seconds(comp.timings[name].median))
        rows.append(row)
    return data_table(styles, header, rows, widths, right=(1, 2, 3, 4, 5))


def _wait_histogram(side: SideFigures, threshold: float, texts: Texts, styles: Styles) -> Flowable:
    values = side.time_to_answer_values
    p90 = side.timings["time_to_answer"].p90 or 0.0
    limit = max(60.0, 2 * threshold, math.ceil(p90 * 1.3 / 10) * 10)
    width = 5.0 if limit <= 90 else 10.0 if limit <= 240 else 20.0
    counts = histogram(values, width, limit)
    drawing = charts.histogram(
        counts,
        width,
        threshold,
        styles.accent,
        width=CONTENT_WIDTH,
        axis_label=f"{texts['time_to_answer']} ({texts['seconds_axis']})",
        threshold_label=texts.format("threshold", s=texts.limit(threshold)),
        count_text=texts.integer,
    )
    title = f"{texts['distribution']} ({texts['own_lines']}, {texts.n(len(values))})"
    return KeepTogether([Paragraph(escape(title), styles.h2), drawing])


def scores_section(
    campaign: Campaign, figures: WaveFigures, names: WaveNames, texts: Texts, styles: Styles
) -> list[Flowable]:
    """Score distribution and grades, sections and criteria, own beside competitors."""
    own, comp = figures.own, figures.competitors
    minimum = campaign.rules.min_calls
    story: list[Flowable] = [CondPageBreak(90 * mm), Paragraph(escape(texts["scores"]), styles.h1)]
    lead = (
        f"{texts['mean_score']}: <b>{escape(texts.number(own.overall.score.mean))}</b> "
        f"({escape(texts.n(own.overall.score.n))}; {escape(texts['median'])} "
        f"{escape(texts.number(own.overall.score.median))}; {escape(texts['grade'])} "
        f"{escape(names.grade(own.overall.score.mean))}) · {escape(texts['knocked_out'])}: "
        f"{escape(texts.percent(own.knockouts.value))} ({escape(texts.n(own.knockouts.n))})"
    )
    story += [Paragraph(lead, styles.body), Spacer(1, 2 * mm)]
    counts = histogram(own.scores, 10.0, 100.0)
    counts[-2] += counts.pop()  # 100 points belong to the last bin, 90-100
    chart = charts.columns_counts(
        [f"{10 * i}–{10 * i + 10}" for i in range(10)],
        counts,
        styles.accent,
        width=CONTENT_WIDTH,
        height=100,
        count_text=texts.integer,
    )
    story.append(KeepTogether([Paragraph(escape(texts["scores_distribution"]), styles.h2), chart]))
    story += _grades_table(campaign, own, names, texts, styles)
    story.append(Paragraph(escape(texts["sections"]), styles.h2))
    rows = []
    for figure in own.sections:
        section = next((s for s in campaign.catalogue.sections if s.id == figure.section_id), None)
        row: list[object] = [
            names.section(figure.section_id),
            texts.number(section.weight if section else 1),
            mean_cell(figure.summary, texts, styles, minimum),
            charts.rate_bar((figure.mean or 0) / 100, styles.accent, width=30 * mm),
        ]
        if comp.overall.calls:
            row.append(
                mean_cell(comp.overall.sections[figure.section_id].summary, texts, styles, minimum)
            )
        rows.append(row)
    header = [texts["section"], texts["weight"], texts["own_lines"], ""]
    widths = [CONTENT_WIDTH - 94 * mm, 20 * mm, 30 * mm, 34 * mm]
    if comp.overall.calls:
        header.append(texts["competitor_short"])
        widths = [widths[0] - 28 * mm, *widths[1:], 28 * mm]
    story += data_table(styles, header, rows, widths, right=(1, 2, 4))
    story += _criteria_table(campaign, figures, names, texts, styles)
    return story


def _grades_table(
    campaign: Campaign, side: SideFigures, names: WaveNames, texts: Texts, styles: Styles
) -> list[Flowable]:
    bands = sorted(campaign.rules.grades, key=lambda b: -b.min_score)
    counts = {b.grade: 0 for b in bands}
    for value in side.scores:
        band = grade_of(value, campaign.rules.grades)
        if band is not None:
            counts[band.grade] += 1
    total = len(side.scores) or 1
    rows = [
        [
            names.grade(band.min_score),
            texts.format("from_points", points=texts.number(band.min_score, 0)),
            texts.integer(counts[band.grade]),
            texts.percent(counts[band.grade] / total),
            charts.rate_bar(counts[band.grade] / total, styles.accent, width=40 * mm),
        ]
        for band in bands
    ]
    header = [texts["grade"], "", texts["calls_short"], texts["share"], ""]
    widths = [CONTENT_WIDTH - 112 * mm, 22 * mm, N_WIDTH + 3 * mm, 22 * mm, 48 * mm]
    return [
        Paragraph(escape(texts["grades"]), styles.h2),
        *data_table(styles, header, rows, widths, right=(1, 2, 3)),
    ]


def _criteria_table(
    campaign: Campaign, figures: WaveFigures, names: WaveNames, texts: Texts, styles: Styles
) -> list[Flowable]:
    own, comp = figures.own, figures.competitors
    minimum = campaign.rules.min_calls
    rows = []
    for figure in own.criteria:
        row: list[object] = [
            names.criterion(figure.criterion_id),
            rate_cell(figure.fulfilment, texts, styles, minimum),
            texts.integer(figure.fulfilment.n),
            charts.rate_bar(
                figure.fulfilment.value,
                styles.accent,
                low=figure.fulfilment.low,
                high=figure.fulfilment.high,
                width=30 * mm,
                muted=figure.fulfilment.too_small,
            ),
        ]
        if comp.overall.calls:
            theirs = comp.criterion(figure.criterion_id)
            row.append(rate_cell(theirs.fulfilment, texts, styles, minimum) if theirs else "–")
        rows.append(row)
    header = [texts["criterion"], texts["own_lines"], texts["n"], ""]
    widths = [CONTENT_WIDTH - 58 * mm - N_WIDTH, 24 * mm, N_WIDTH, 34 * mm]
    if comp.overall.calls:
        header.append(texts["competitor_short"])
        widths = [widths[0] - 26 * mm, *widths[1:], 26 * mm]
    continued = texts.format("continued", title=texts["criterion"])
    story: list[Flowable] = [Paragraph(escape(texts["fulfilment"]), styles.h2)]
    story += data_table(
        styles, header, rows, widths, right=(1, 2, 4), chunk=max(len(rows), 1), continued=continued
    )
    if any_small([c.fulfilment for c in own.criteria], minimum):
        story.append(small(texts["dagger_note"], styles))
    return story


def _group_rows(
    groups: Sequence[tuple[str, GroupFigures]],
    names: WaveNames,
    texts: Texts,
    styles: Styles,
    minimum: int,
    ranked: bool = False,
) -> list[list[object]]:
    rows = []
    for index, (label, g) in enumerate(groups, start=1):
        row: list[object] = [str(index)] if ranked else []
        row += [
            label,
            texts.integer(g.calls),
            rate_cell(g.reachability, texts, styles, minimum),
            rate_cell(g.service_level, texts, styles, minimum),
            texts.seconds(g.time_to_answer.mean),
            mean_cell(g.score, texts, styles, minimum),
            names.grade_short(g.score.mean),
        ]
        rows.append(row)
    return rows


def _group_table(
    first: str,
    groups: Sequence[tuple[str, GroupFigures]],
    names: WaveNames,
    texts: Texts,
    styles: Styles,
    minimum: int,
    ranked: bool = False,
) -> list[Flowable]:
    header = [first, texts["calls_short"], texts["reachability"], texts["service_level"],
              texts["asa_short"], texts["mean_score_short"], texts["grade"]]  # fmt: skip
    widths = [CONTENT_WIDTH - 109 * mm - N_WIDTH, N_WIDTH, 28 * mm, 25 * mm, 21 * mm, 20 * mm,
              15 * mm]  # fmt: skip
    right = (1, 2, 3, 4, 5)
    if ranked:
        header = [texts["rank"], *header]
        widths = [13 * mm, widths[0] - 13 * mm, *widths[1:]]
        right = (0, 2, 3, 4, 5, 6)
    rows = _group_rows(groups, names, texts, styles, minimum, ranked)
    tables = data_table(styles, header, rows, widths, right=right, compact=True)
    if any(any_small([g.reachability, g.service_level], minimum) for _, g in groups):
        tables.append(small(texts["dagger_note"], styles))
    return tables


def _ranked(groups: Sequence[GroupFigures]) -> list[GroupFigures]:
    return sorted(
        groups, key=lambda g: (-(g.score.mean if g.score.mean is not None else -1), g.key)
    )


def ranking_section(
    campaign: Campaign, figures: WaveFigures, names: WaveNames, texts: Texts, styles: Styles
) -> list[Flowable]:
    """League table of the own lines, the competitors' own ranking, and the scenarios."""
    minimum = campaign.rules.min_calls
    story: list[Flowable] = [CondPageBreak(70 * mm), Paragraph(escape(texts["league"]), styles.h1)]

    def league(competitor: bool) -> list[Flowable]:
        ranked = _ranked([g for g in figures.targets if g.competitor == competitor])
        if not ranked:
            return []
        rows = [(names.target(g.key), g) for g in ranked]
        return _group_table(texts["target"], rows, names, texts, styles, minimum, ranked=True)

    story += league(competitor=False)
    competitors = league(competitor=True)
    if competitors:
        story.append(Paragraph(escape(texts["league_competitors"]), styles.h2))
        story += competitors
    story.append(Paragraph(escape(texts["by_scenario"]), styles.h2))
    scenarios = sorted(figures.own.scenarios, key=lambda g: names.scenario(g.key).casefold())
    story += _group_table(
        texts["scenario"],
        [(names.scenario(g.key), g) for g in scenarios],
        names,
        texts,
        styles,
        minimum,
    )
    return story


def time_section(
    campaign: Campaign, figures: WaveFigures, texts: Texts, styles: Styles
) -> list[Flowable]:
    """The own lines by weekday and by hour of the day."""
    names = WaveNames(campaign, texts, False)
    minimum = campaign.rules.min_calls
    own = figures.own
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        Paragraph(escape(texts["by_weekday"]), styles.h1),
    ]
    weekdays = [(texts.weekday(int(g.key)), g) for g in own.weekdays]
    story += _group_table(texts["weekday"], weekdays, names, texts, styles, minimum)
    story.append(CondPageBreak(80 * mm))
    story.append(Paragraph(escape(texts["by_hour"]), styles.h2))
    hours = [(f"{int(g.key):02d}–{int(g.key) + 1:02d}", g) for g in own.hours]
    chart = charts.columns(
        [(f"{int(g.key):02d}", g.service_level.value) for g in own.hours],
        styles.accent,
        width=CONTENT_WIDTH,
        height=90,
        value_text=lambda v: texts.number(100 * v, 0),
        muted=[g.calls < minimum for g in own.hours],
    )
    caption = f"{texts['service_level']} (%) · {texts['hour']} · {texts['own_lines']}"
    if any(g.calls < minimum for g in own.hours):
        caption += " · " + texts.format("small_mark_note", min=minimum)
    story += [small(caption, styles), chart, Spacer(1, 3 * mm)]
    story += _group_table(texts["hour"], hours, names, texts, styles, minimum)
    return story
