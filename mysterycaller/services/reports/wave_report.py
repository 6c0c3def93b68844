"""The wave PDF: title, executive summary, figures, ranking, trend, verbatims and method.

Every headline figure is the client's own lines; competitors stand beside them. With
``anonymise_competitors`` the competitors' names become "Wettbewerber A, B …".
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.wave import TrendPoint, WaveAggregator, WaveFigures, side_trend_point
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_batches import Progress, campaign_calls
from mysterycaller.services.campaigns import resolve_campaign
from mysterycaller.services.files import write_atomically
from mysterycaller.services.reports import wave_details, wave_summary, wave_trend, wave_verbatims
from mysterycaller.services.reports.branding import ReportBranding
from mysterycaller.services.reports.call_report import report_language
from mysterycaller.services.reports.layout import ReportDocument, escape
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_names import WaveNames


@dataclass(frozen=True)
class Wave:
    """What the wave report shows: the campaign, its figures, its period and the client trend."""

    campaign: Campaign
    figures: WaveFigures
    first_call: date | None
    last_call: date | None
    trend: tuple[TrendPoint, ...]


def _aggregate(
    database: Database, campaign_id: str, progress: Progress | None = None
) -> tuple[WaveFigures, date | None, date | None]:
    aggregator = WaveAggregator()
    first: date | None = None
    last: date | None = None
    for item in campaign_calls(database, campaign_id, progress=progress):
        aggregator.add(item.call, item.score, item.campaign)
        day = item.call.started_at.date()
        first = day if first is None else min(first, day)
        last = day if last is None else max(last, day)
    return aggregator.figures(), first, last


def load_wave(database: Database, campaign_id: str, progress: Progress | None = None) -> Wave:
    """Aggregate every call of the campaign (read in chunks) and the client's other waves."""
    campaign_id = resolve_campaign(database, campaign_id)
    with database.reading() as session:
        campaign = CampaignStore(session).latest(campaign_id)
    figures, first, last = _aggregate(database, campaign_id, progress)
    start = campaign.period_start or first
    current = side_trend_point(campaign.id, campaign.name, start, figures.own)
    return Wave(campaign, figures, first, last, _trend(database, campaign, current))


def _trend(database: Database, campaign: Campaign, current: TrendPoint) -> tuple[TrendPoint, ...]:
    """The own lines of every wave of the client with calls, oldest first."""
    with database.reading() as session:
        campaigns = CampaignStore(session)
        others = [
            (summary, campaigns.latest(summary.id))
            for summary in campaigns.list()
            if summary.client == campaign.client and summary.calls and summary.id != campaign.id
        ]
    points = [current] if current.calls else []
    for summary, other in others:
        figures, first, _ = _aggregate(database, summary.id)
        if figures.own.overall.calls:
            start = other.period_start or first
            points.append(side_trend_point(summary.id, summary.name, start, figures.own))
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
    anonymise_competitors: bool = False,
) -> Path:
    """Write the wave report of a campaign (id or prefix); ``progress(done, total)`` calls."""
    wave = load_wave(database, campaign_id, progress)
    pdf = render_wave_report(
        wave, language=language, branding=branding, anonymise_competitors=anonymise_competitors
    )
    write_atomically(Path(output), pdf)
    if progress is not None:
        progress(wave.figures.calls, wave.figures.calls)
    return Path(output)


def render_wave_report(
    wave: Wave,
    *,
    language: str | None = None,
    branding: ReportBranding | None = None,
    anonymise_competitors: bool = False,
) -> bytes:
    """The PDF bytes of the wave report."""
    texts = Texts(report_language(language, wave.campaign))
    branding = branding or ReportBranding()
    names = WaveNames(wave.campaign, texts, anonymise_competitors)
    buffer = io.BytesIO()
    title = f"{texts['wave_report']} · {wave.campaign.client} · {wave.campaign.name}"
    document = ReportDocument(buffer, texts, branding, title)
    styles = document.styles
    story = wave_summary.title_page(wave, texts, styles, branding)
    story += [NextPageTemplate("body"), PageBreak()]
    if wave.figures.calls == 0:
        story.append(Paragraph(escape(texts["no_calls"]), styles.body))
    else:
        story += wave_summary.executive_summary(wave, names, texts, styles)
        story.append(PageBreak())
        story += wave_details.waiting_section(wave.figures, texts, styles)
        story += wave_details.scores_section(wave.campaign, wave.figures, names, texts, styles)
        story += wave_details.ranking_section(wave.campaign, wave.figures, names, texts, styles)
        story += wave_details.time_section(wave.campaign, wave.figures, texts, styles)
        story += wave_trend.trend_section(wave.campaign, wave.trend, names, texts, styles)
        story += wave_verbatims.verbatims_section(wave.figures, names, texts, styles)
        story += wave_summary.method_section(wave.campaign, wave.figures, texts, styles)
    document.build(story, title_page=True)
    return buffer.getvalue()
