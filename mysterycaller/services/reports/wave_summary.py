"""The front of the wave report: title page, executive summary with levers, and the method."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mysterycaller.domain.campaign import Campaign, grade_of
from mysterycaller.domain.levers import levers
from mysterycaller.domain.statistics import Difference, Rate, mean_difference
from mysterycaller.domain.wave import GroupFigures, WaveFigures
from mysterycaller.services.reports.branding import ReportBranding
from mysterycaller.services.reports.layout import CONTENT_WIDTH, Styles, escape, tint
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_cells import MUTED, quote, small
from mysterycaller.services.reports.wave_names import WaveNames

if TYPE_CHECKING:  # wave_report imports this module
    from mysterycaller.services.reports.wave_report import Wave


def _period(wave: Wave, texts: Texts) -> str:
    start = wave.campaign.period_start or wave.first_call
    end = wave.campaign.period_end or wave.last_call
    if start is None or end is None:
        return "–"
    return f"{texts.date(start)} – {texts.date(end)}"


def title_page(
    wave: Wave, texts: Texts, styles: Styles, branding: ReportBranding
) -> list[Flowable]:
    """Client, wave, period and the number of calls (own and competitors)."""
    campaign = wave.campaign
    own, comp = wave.figures.own.overall, wave.figures.competitors.overall
    calls = texts.integer(wave.figures.calls)
    if comp.calls:
        calls += (
            f" ({texts['own_lines']} {texts.integer(own.calls)}, "
            f"{texts['competitor_short']} {texts.integer(comp.calls)})"
        )
    facts = [
        (texts["client"], campaign.client),
        (texts["period"], _period(wave, texts)),
        (texts["calls"], calls),
    ]
    rows = [
        [Paragraph(escape(k), styles.small), Paragraph(f"<b>{escape(v)}</b>", styles.body)]
        for k, v in facts
    ]
    table = Table(rows, colWidths=[40 * mm, CONTENT_WIDTH - 40 * mm])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        Spacer(1, 62 * mm),
        Paragraph(escape(texts["wave_report"]), styles.title),
        Spacer(1, 4 * mm),
        Paragraph(escape(campaign.name), styles.subtitle),
        Spacer(1, 12 * mm),
        table,
        Spacer(1, 50 * mm),
        Paragraph(f"<b>{escape(branding.agency)}</b>", styles.body),
    ]


def _tile_value(text: str, rate: Rate | None, minimum: int, n: int) -> str:
    shown = f"<font size='18'><b>{escape(text)}</b></font>"
    if n < minimum or (rate is not None and rate.n and rate.too_small):
        return f"<font color='{MUTED}'>{shown}</font>†"
    return shown


def _tiles(wave: Wave, texts: Texts, styles: Styles) -> Table:
    figures = wave.figures
    own, comp = figures.own.overall, figures.competitors.overall
    minimum = wave.campaign.rules.min_calls
    threshold = texts.limit(figures.service_level_seconds)

    def beside(value: str) -> str:
        return texts.format("tile_competitors", value=value) if comp.calls else ""

    def rate_tile(label: str, pick: str) -> tuple[str, str, str, str]:
        mine: Rate = getattr(own, pick)
        theirs: Rate = getattr(comp, pick)
        return (
            label,
            _tile_value(texts.percent(mine.value), mine, minimum, mine.n),
            f"{texts.n(mine.n)} · {texts.interval(mine)}",
            beside(texts.percent(theirs.value)),
        )

    tiles = [
        rate_tile(texts["reachability"], "reachability"),
        rate_tile(f"{texts['service_level']} (≤ {threshold})", "service_level"),
        (
            texts["asa"],
            _tile_value(
                texts.seconds(own.time_to_answer.mean), None, minimum, own.time_to_answer.n
            ),
            texts.n(own.time_to_answer.n),
            beside(texts.seconds(comp.time_to_answer.mean)),
        ),
        (
            texts["mean_score"],
            _tile_value(texts.number(own.score.mean), None, minimum, own.score.n),
            f"{texts.n(own.score.n)} · {texts['grade']} {wave_grade(wave, own)}",
            beside(texts.number(comp.score.mean)),
        ),
    ]
    cells = [
        [
            Paragraph(escape(label), styles.small),
            Paragraph(value, styles.body),
            Spacer(1, 3 * mm),
            Paragraph(escape(sub), styles.small),
            Paragraph(escape(other), styles.small),
        ]
        for label, value, sub, other in tiles
    ]
    width = CONTENT_WIDTH / 4
    grid = Table([cells], colWidths=[width] * 4)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint(styles.accent, 0.9)),
                ("LINEBEFORE", (1, 0), (-1, -1), 3, colors.white),
                ("LINEABOVE", (0, 0), (-1, 0), 3, styles.accent),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return grid


def wave_grade(wave: Wave, group: GroupFigures) -> str:
    """The grade of a group's mean score by the campaign's bands."""
    band = grade_of(group.score.mean, wave.campaign.rules.grades)
    return band.grade if band else "–"


def findings(wave: Wave, names: WaveNames, texts: Texts) -> list[str]:
    """The key findings about the own lines; none when they had fewer calls than the minimum."""
    figures = wave.figures
    own, comp = figures.own.overall, figures.competitors.overall
    minimum = wave.campaign.rules.min_calls
    if own.calls < minimum:
        return [texts.format("no_findings", n=texts.integer(own.calls), min=minimum)]
    items = [
        texts.format(
            "finding_reach",
            rate=texts.percent(own.reachability.value),
            n=texts.integer(own.calls),
            first=texts.percent(own.first_attempt.value),
        ),
        texts.format(
            "finding_sl",
            rate=texts.percent(own.service_level.value),
            s=texts.limit(figures.service_level_seconds),
            asa=texts.seconds(own.time_to_answer.mean),
            gave_up=texts.percent(own.gave_up.value),
        ),
        texts.format(
            "finding_score",
            mean=texts.number(own.score.mean),
            n=texts.integer(own.score.n),
            grade=names.grade(own.score.mean),
            ko=texts.percent(own.knockouts.value),
        ),
    ]
    scored = [s for s in figures.own.sections if s.mean is not None and s.n >= minimum]
    if len(scored) > 1:
        best = max(scored, key=lambda s: s.mean or 0.0)
        worst = min(scored, key=lambda s: s.mean or 0.0)
        items.append(
            texts.format(
                "finding_sections",
                best=names.section(best.section_id),
                best_value=texts.number(best.mean),
                worst=names.section(worst.section_id),
                worst_value=texts.number(worst.mean),
            )
        )
    if comp.calls:
        items.append(
            texts.format(
                "finding_competition",
                comp=texts.number(comp.score.mean),
                comp_n=texts.integer(comp.score.n),
                comp_sl=texts.percent(comp.service_level.value),
            )
        )
    trend = wave.trend
    current = [i for i, p in enumerate(trend) if p.campaign_id == wave.campaign.id]
    if current and current[0] > 0:
        before, now = trend[current[0] - 1], trend[current[0]]
        change = mean_difference(before.score, now.score)
        items.append(
            texts.format(
                "finding_trend",
                previous=before.name,
                before=texts.number(before.score.mean),
                now=texts.number(now.score.mean),
                verdict=verdict(change, texts),
            )
        )
    return items


def verdict(change: Difference | None, texts: Texts) -> str:
    """Whether a change is larger than chance, in words."""
    if change is None:
        return texts["no_comparison"]
    if not change.beyond_chance:
        return texts["within_chance"]
    return texts["beyond_chance_up" if change.value > 0 else "beyond_chance_down"]


def _levers(wave: Wave, names: WaveNames, texts: Texts, styles: Styles) -> list[Flowable]:
    found = levers(wave.campaign, wave.figures.own, wave.figures.verbatims)
    story: list[Flowable] = [Paragraph(escape(texts["levers"]), styles.h2)]
    if not found:
        story.append(
            Paragraph(
                escape(texts.format("no_levers", min=wave.campaign.rules.min_calls)), styles.body
            )
        )
        return story
    story.append(Paragraph(escape(texts["levers_intro"]), styles.small))
    story.append(Spacer(1, 2 * mm))
    for number, lever in enumerate(found, start=1):
        line = texts.format(
            "lever_line",
            criterion=names.criterion(lever.criterion_id),
            section=names.section(lever.section_id),
            rate=texts.percent(lever.fulfilment.value),
            n=texts.n(lever.fulfilment.n),
            interval=texts.interval(lever.fulfilment),
            effect=texts.number(lever.effect),
        )
        parts: list[Flowable] = [Paragraph(escape(line), styles.body, bulletText=f"{number}.")]
        for item in lever.evidence[-3:]:
            parts.append(quote(item, names, texts, styles))
        parts.append(Spacer(1, 2.5 * mm))
        story.append(KeepTogether(parts))
    return story


def executive_summary(wave: Wave, names: WaveNames, texts: Texts, styles: Styles) -> list[Flowable]:
    """Tiles of the own lines (competitors beside), key findings and the levers."""
    story: list[Flowable] = [
        Paragraph(escape(texts["summary"]), styles.h1),
        _tiles(wave, texts, styles),
    ]
    story.append(Paragraph(escape(texts["key_findings"]), styles.h2))
    for finding in findings(wave, names, texts):
        story.append(Paragraph(escape(finding), styles.body, bulletText="•"))
        story.append(Spacer(1, 1.5 * mm))
    story += _levers(wave, names, texts, styles)
    story.append(Spacer(1, 3 * mm))
    note = texts.format("small_mark_note", min=wave.campaign.rules.min_calls)
    story += [Paragraph(escape(texts["contents_note"]), styles.small), small(note, styles)]
    return story


def method_section(
    campaign: Campaign, figures: WaveFigures, texts: Texts, styles: Styles
) -> list[Flowable]:
    """How every figure was computed, in plain words, on a page of its own."""
    names = WaveNames(campaign, texts, False)
    sl_def = texts.format("service_level_def", s=texts.limit(figures.service_level_seconds))
    text = texts.format(
        "method_items", sl_def=sl_def, max_wait=texts.limit(figures.max_wait_seconds),
        min=campaign.rules.min_calls, grades=names.grades_text(),
    )  # fmt: skip
    story: list[Flowable] = [PageBreak(), Paragraph(escape(texts["method"]), styles.h1)]
    for item in text.split("|"):
        story += [Paragraph(escape(item), styles.body, bulletText="•"), Spacer(1, 2 * mm)]
    note = texts.format("small_mark_note", min=campaign.rules.min_calls)
    return [*story, Spacer(1, 2 * mm), Paragraph(escape(note), styles.small)]
