"""The per-call PDF: who and when, the score, attempts, timings, timeline, sections, criteria."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from mysterycaller.domain.call import Attempt, TestCall
from mysterycaller.domain.campaign import Campaign, CriterionKind
from mysterycaller.domain.scoring import CallScore
from mysterycaller.domain.timing import Outcome, Phase
from mysterycaller.persistence.database import Database
from mysterycaller.services.calls import load_call, resolve_call
from mysterycaller.services.files import write_atomically
from mysterycaller.services.reports import charts
from mysterycaller.services.reports.branding import ReportBranding
from mysterycaller.services.reports.call_details import (
    applies,
    criteria_flowables,
    notes_flowables,
    result_text,
)
from mysterycaller.services.reports.call_timings import (
    interrupted_statement,
    measure_text,
    timings_table,
)
from mysterycaller.services.reports.layout import (
    CONTENT_WIDTH,
    ReportDocument,
    Styles,
    data_table,
    escape,
    facts_table,
    tint,
)
from mysterycaller.services.reports.texts import LANGUAGES, Texts, clock


def report_language(requested: str | None, campaign: Campaign) -> str:
    """The requested language, else the campaign's, else English."""
    if requested in LANGUAGES:
        return requested
    return campaign.language if campaign.language in LANGUAGES else "en"


def write_call_report(
    database: Database,
    call_id: str,
    output: Path,
    *,
    language: str | None = None,
    branding: ReportBranding | None = None,
) -> Path:
    """Write the PDF report of one call (id or unambiguous prefix) to ``output``."""
    call, campaign = load_call(database, resolve_call(database, call_id))
    pdf = render_call_report(call, campaign, language=language, branding=branding)
    write_atomically(Path(output), pdf)
    return Path(output)


def render_call_report(
    call: TestCall,
    campaign: Campaign,
    *,
    language: str | None = None,
    branding: ReportBranding | None = None,
) -> bytes:
    """The PDF bytes of the report of ``call`` made with ``campaign`` (its version)."""
    texts = Texts(report_language(language, campaign))
    branding = branding or ReportBranding()
    buffer = io.BytesIO()
    title = f"{texts['call_report']} · {campaign.client} · {campaign.name}"
    document = ReportDocument(buffer, texts, branding, title)
    story = _story(call, campaign, call.score(campaign), texts, document.styles)
    document.build(story)
    return buffer.getvalue()


def _story(
    call: TestCall, campaign: Campaign, score: CallScore, texts: Texts, styles: Styles
) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(escape(texts["call_report"]), styles.h1)]
    story.append(facts_table(styles, _facts(call, campaign, texts), 38 * mm))
    story += [Spacer(1, 4 * mm), _score_box(call, campaign, score, texts, styles)]
    if len(call.attempts) > 1 or not call.reached:
        story.append(Paragraph(escape(texts["attempts"]), styles.h2))
        story += _attempts(call, texts, styles)
    shown = call.answered_attempt
    if shown is not None:
        story.append(Paragraph(escape(texts["timings"]), styles.h2))
        story.append(timings_table(shown.timings(), texts, styles, shown.interrupted))
        if shown.interrupted:
            story.append(Spacer(1, 2 * mm))
            story.append(Paragraph(escape(interrupted_statement(shown, texts)), styles.small))
    if shown is not None and len(shown.phases) > 1:
        story += _timeline(call, shown, campaign, score, texts, styles)
    if score.sections:
        story.append(Paragraph(escape(texts["sections"]), styles.h2))
        story += _sections(campaign, score, texts, styles)
    if call.reached:
        story += criteria_flowables(call, campaign, score, texts, styles)
    story += notes_flowables(call, campaign, texts, styles)
    return story


def _facts(call: TestCall, campaign: Campaign, texts: Texts) -> list[tuple[str, str]]:
    target = campaign.target(call.target_id)
    scenario = campaign.scenario(call.scenario_id)
    target_text = call.target_id
    if target is not None:
        target_text = f"{target.name} ({target.phone})"
    return [
        (texts["client"], campaign.client),
        (texts["campaign"], campaign.name),
        (texts["target"], target_text),
        (texts["scenario"], scenario.title if scenario else call.scenario_id),
        (texts["tester"], call.tester or "–"),
        (texts["date_time"], texts.moment(call.started_at)),
        (texts["call_id"], call.id),
    ]


def _score_box(
    call: TestCall, campaign: Campaign, score: CallScore, texts: Texts, styles: Styles
) -> Table:
    big = Paragraph(escape(texts.number(score.score)), styles.big)
    unit = Paragraph(escape(texts["points"]), styles.small)
    lines: list[Flowable] = []
    if not call.reached:
        lines.append(Paragraph(f"<b>{escape(texts['not_reached'])}</b>", styles.body))
        lines.append(
            Paragraph(
                escape(texts.format("not_reached_statement", n=len(call.attempts))), styles.body
            )
        )
        if score.score is None:
            lines.append(Paragraph(escape(texts["unreached_no_score"]), styles.body))
    elif score.knocked_out:
        found = [(c, campaign.catalogue.criterion(c)) for c in score.knockouts]
        names = [criterion.text if criterion else c for c, criterion in found]
        lines.append(Paragraph(f"<b>{escape(texts['knocked_out'])}</b>", styles.body))
        statement = texts.format(
            "knockout_statement",
            items="; ".join(f"„{n}“" if texts.language == "de" else f"“{n}”" for n in names),
            raw=texts.number(score.raw_score),
        )
        lines.append(Paragraph(escape(statement), styles.body))
    else:
        lines.append(Paragraph(escape(texts["no_knockout"]), styles.body))
    if call.reached:
        raw = f"{texts['raw_score']}: {texts.number(score.raw_score)}"
        lines.append(Paragraph(escape(raw), styles.small))
    box = Table(
        [[[Paragraph(escape(texts["score"]), styles.small), big, unit], lines]],
        colWidths=[48 * mm, CONTENT_WIDTH - 48 * mm],
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), tint(styles.accent, 0.9)),
                ("LINEBEFORE", (0, 0), (0, -1), 4, styles.accent),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _attempts(call: TestCall, texts: Texts, styles: Styles) -> list[Flowable]:
    rows = []
    for number, attempt in enumerate(call.attempts, start=1):
        timings = attempt.timings()
        outcome = attempt.outcome.value if attempt.outcome else None
        rows.append(
            [
                str(number),
                texts.outcome(outcome),
                measure_text(timings.time_to_answer, texts, attempt.interrupted),
                measure_text(timings.total_seconds, texts, attempt.interrupted),
            ]
        )
    header = [texts["attempt"], texts["outcome"], texts["time_to_answer"], texts["duration"]]
    widths = [20 * mm, 74 * mm, 45 * mm, CONTENT_WIDTH - 139 * mm]
    return data_table(styles, header, rows, widths, right=(2, 3))


def _timeline(
    call: TestCall,
    attempt: Attempt,
    campaign: Campaign,
    score: CallScore,
    texts: Texts,
    styles: Styles,
) -> list[Flowable]:
    marks = attempt.phases
    scenario = campaign.scenario(call.scenario_id)
    events: list[tuple[float, str, str]] = []
    if attempt.outcome is Outcome.ANSWERED:
        for criterion_id, result in call.results.items():
            criterion = campaign.catalogue.criterion(criterion_id)
            if result.at is None or criterion is None or result.na:
                continue
            if not applies(criterion, scenario):
                continue
            shown = result_text(criterion, result, score.credits.get(criterion_id), texts)
            if criterion.kind is CriterionKind.TEXT:
                shown = ""
            events.append((result.at, criterion.text, shown))
        events += [(n.at, f"{texts['note']}: {n.text}", "") for n in call.notes if n.at is not None]
    events.sort(key=lambda e: e[0])
    end = marks[-1].start
    if attempt.interrupted and marks[-1].phase is not Phase.ENDED:
        # The open phase lasted at least until the last stamp taken in it; drawn that far.
        end = max([end, *(at for at, _, _ in events)])
    bounds = [m.start for m in marks[1:]] + [end]
    spans = [
        (m.phase.value, m.start, stop)
        for m, stop in zip(marks, bounds, strict=True)
        if m.phase is not Phase.ENDED
    ]
    numbered = [(min(at, end), str(i)) for i, (at, _, _) in enumerate(events, start=1)]
    drawing = charts.timeline(
        spans, numbered, width=CONTENT_WIDTH, phase_name=texts.phase, clock=clock
    )
    flowables: list[Flowable] = [
        KeepTogether([Paragraph(escape(texts["timeline"]), styles.h2), drawing])
    ]
    if events:
        rows = [[str(i), clock(at), text, shown] for i, (at, text, shown) in enumerate(events, 1)]
        widths = [10 * mm, 16 * mm, CONTENT_WIDTH - 76 * mm, 50 * mm]
        header = ["#", texts["time"], texts["event"], texts["result"]]
        flowables.append(Spacer(1, 2 * mm))
        flowables += data_table(styles, header, rows, widths)
    return flowables


def _sections(campaign: Campaign, score: CallScore, texts: Texts, styles: Styles) -> list[Flowable]:
    rows = []
    for section in campaign.catalogue.sections:
        value = score.sections.get(section.id)
        bar = charts.rate_bar(None if value is None else value / 100, styles.accent, width=150)
        rows.append([section.title, texts.number(section.weight), texts.number(value), bar])
    header = [texts["section"], texts["weight"], texts["section_score"], ""]
    widths = [CONTENT_WIDTH - 105 * mm, 20 * mm, 30 * mm, 55 * mm]
    return data_table(styles, header, rows, widths, right=(1, 2))
