"""The wave PDF: title page, one-page summary, then reachability, scores, groups and trend."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mysterycaller.domain.call import CallStatus
from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.wave import TrendPoint, WaveAggregator, WaveFigures, trend_point
from mysterycaller.persistence.calls import CallStore
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_batches import Progress, campaign_calls
from mysterycaller.services.campaigns import resolve_campaign
from mysterycaller.services.files import write_atomically
from mysterycaller.services.reports import wave_sections
from mysterycaller.services.reports.branding import ReportBranding
from mysterycaller.services.reports.call_report import report_language
from mysterycaller.services.reports.layout import (
    CONTENT_WIDTH,
    ReportDocument,
    Styles,
    escape,
    tint,
)
from mysterycaller.services.reports.texts import Texts


@dataclass(frozen=True)
class Wave:
    """What the wave report shows: the campaign, its figures, its period and the client trend."""

    campaign: Campaign
    figures: WaveFigures
    first_call: date | None
    last_call: date | None
    trend: tuple[TrendPoint, ...]


def load_wave(database: Database, campaign_id: str, progress: Progress | None = None) -> Wave:
    """Aggregate every call of the campaign (read in chunks) and the client's other waves."""
    campaign_id = resolve_campaign(database, campaign_id)
    with database.reading() as session:
        campaign = CampaignStore(session).latest(campaign_id)
    aggregator = WaveAggregator()
    first: date | None = None
    last: date | None = None
    for item in campaign_calls(database, campaign_id, progress=progress):
        aggregator.add(item.call, item.score, item.campaign)
        day = item.call.started_at.date()
        first = day if first is None else min(first, day)
        last = day if last is None else max(last, day)
    return Wave(campaign, aggregator.figures(), first, last, _trend(database, campaign))


def _trend(database: Database, campaign: Campaign) -> tuple[TrendPoint, ...]:
    points = []
    with database.reading() as session:
        campaigns = CampaignStore(session)
        calls = CallStore(session)
        for summary in campaigns.list():
            if summary.client != campaign.client or summary.calls == 0:
                continue
            listed = calls.list(summary.id, status=CallStatus.COMPLETED)
            if not listed:
                continue
            start = campaigns.latest(summary.id).period_start
            start = start or min(c.started_at for c in listed).date()
            pairs = ((c.reached, c.score) for c in listed)
            points.append(trend_point(summary.id, summary.name, start, pairs))
    points.sort(key=lambda p: (p.start or date.min, p.name))
    return tuple(points) if len(points) > 1 else ()


def write_wave_report(
    database: Database,
    campaign_id: str,
    output: Path,
    *,
    language: str | None = None,
    branding: ReportBranding | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the wave report of a campaign (id or prefix); ``progress(done, total)`` calls."""
    wave = load_wave(database, campaign_id, progress)
    write_atomically(Path(output), render_wave_report(wave, language=language, branding=branding))
    if progress is not None:
        progress(wave.figures.overall.calls, wave.figures.overall.calls)
    return Path(output)


def render_wave_report(
    wave: Wave, *, language: str | None = None, branding: ReportBranding | None = None
) -> bytes:
    """The PDF bytes of the wave report."""
    texts = Texts(report_language(language, wave.campaign))
    branding = branding or ReportBranding()
    buffer = io.BytesIO()
    title = f"{texts['wave_report']} · {wave.campaign.client} · {wave.campaign.name}"
    document = ReportDocument(buffer, texts, branding, title)
    styles = document.styles
    story = _title_page(wave, texts, styles, branding)
    story += [NextPageTemplate("body"), PageBreak()]
    if wave.figures.overall.calls == 0:
        story.append(Paragraph(escape(texts["no_calls"]), styles.body))
    else:
        story += _summary(wave, texts, styles)
        story.append(PageBreak())
        story += wave_sections.detail_sections(wave.campaign, wave.figures, texts, styles)
        story += wave_sections.trend_section(wave.campaign, wave.trend, texts, styles)
        story += wave_sections.method_section(texts, styles)
    document.build(story, title_page=True)
    return buffer.getvalue()


def _period(wave: Wave, texts: Texts) -> str:
    start = wave.campaign.period_start or wave.first_call
    end = wave.campaign.period_end or wave.last_call
    if start is None or end is None:
        return "–"
    return f"{texts.date(start)} – {texts.date(end)}"


def _title_page(
    wave: Wave, texts: Texts, styles: Styles, branding: ReportBranding
) -> list[Flowable]:
    campaign = wave.campaign
    facts = [
        (texts["client"], campaign.client),
        (texts["period"], _period(wave, texts)),
        (texts["calls"], str(wave.figures.overall.calls)),
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


def _summary(wave: Wave, texts: Texts, styles: Styles) -> list[Flowable]:
    figures = wave.figures
    overall = figures.overall
    threshold = texts.limit(figures.service_level_seconds)
    tiles = [
        (texts["reachability"], texts.percent(overall.reachability.value),
         f"n = {overall.reachability.n} · {texts.interval(overall.reachability)}"),
        (f"{texts['service_level']} (≤ {threshold})", texts.percent(overall.service_level.value),
         f"n = {overall.service_level.n} · {texts.interval(overall.service_level)}"),
        (texts["mean_score"], texts.number(overall.score.mean), f"n = {overall.score.n}"),
        (texts["median_wait"], texts.seconds(overall.time_to_answer.median),
         f"n = {overall.time_to_answer.n}"),
    ]  # fmt: skip
    cells = [
        [
            Paragraph(escape(label), styles.small),
            Paragraph(f"<font size='18'><b>{escape(value)}</b></font>", styles.body),
            Spacer(1, 3 * mm),
            Paragraph(escape(sub), styles.small),
        ]
        for label, value, sub in tiles
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
    story: list[Flowable] = [Paragraph(escape(texts["summary"]), styles.h1), grid]
    story.append(Paragraph(escape(texts["key_findings"]), styles.h2))
    for finding in wave_sections.findings(wave.campaign, figures, wave.trend, texts):
        story.append(Paragraph(escape(finding), styles.body, bulletText="•"))
        story.append(Spacer(1, 2 * mm))
    story += wave_sections.summary_sections(wave.campaign, figures, texts, styles)
    story += [Spacer(1, 4 * mm), Paragraph(escape(texts["contents_note"]), styles.small)]
    story.append(Paragraph(escape(texts["too_small_note"]), styles.small))
    return story
