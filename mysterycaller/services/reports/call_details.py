"""The detail parts of the per-call PDF: every criterion with its result, and the notes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.campaign import Campaign, Criterion, CriterionKind, Scenario
from mysterycaller.domain.scoring import CallScore, Result
from mysterycaller.services.reports.layout import CONTENT_WIDTH, Styles, data_table, escape
from mysterycaller.services.reports.texts import Texts, clock


def expected_answers(scenario: Scenario | None, criterion_id: str) -> list[str]:
    """The ``expect`` texts of the script steps that feed the criterion."""
    if scenario is None:
        return []
    return [s.expect for s in scenario.script if s.expect and criterion_id in s.criteria]


def result_text(
    criterion: Criterion, result: Result | None, credit: float | None, texts: Texts
) -> str:
    """The result as a reader understands it: yes / no / n/a / scale value / choice label."""
    value = None if result is None else result.value
    if criterion.kind is CriterionKind.TEXT:
        return "–" if value in (None, "") else str(value)
    if credit is None:
        return texts["na"]
    if criterion.kind in (CriterionKind.CHECK, CriterionKind.TIMING):
        return texts["yes"] if credit == 1 else texts["no"]
    if criterion.kind is CriterionKind.SCALE and criterion.scale is not None:
        return _scale_text(criterion, float(value), texts)  # type: ignore[arg-type]
    if criterion.kind is CriterionKind.CHOICE:
        option = criterion.option(str(value))
        return option.label if option else str(value)
    return str(value)


def _scale_text(criterion: Criterion, value: float, texts: Texts) -> str:
    scale = criterion.scale
    assert scale is not None
    shown = texts.number(value, 0 if value.is_integer() else 1)
    text = texts.format("scale_of", value=shown, high=texts.number(float(scale.high), 0))
    index = value - scale.low
    if scale.labels and index.is_integer() and 0 <= index < len(scale.labels):
        text += f" ({scale.labels[int(index)]})"
    return text


def applies(criterion: Criterion, scenario: Scenario | None) -> bool:
    """False for the criteria the scenario rules out (``criteria_na``): they are not shown."""
    return scenario is None or criterion.id not in scenario.criteria_na


def criteria_flowables(
    call: TestCall, campaign: Campaign, score: CallScore, texts: Texts, styles: Styles
) -> list[Flowable]:
    """One table per section: criterion (with expected answers), result, time stamp."""
    scenario = campaign.scenario(call.scenario_id)
    answered = call.answered_attempt
    interrupted = answered is not None and answered.interrupted
    flowables: list[Flowable] = [Paragraph(escape(texts["criteria"]), styles.h2)]
    widths = [CONTENT_WIDTH - 72 * mm, 56 * mm, 16 * mm]
    for section in campaign.catalogue.sections:
        rows = []
        for criterion in section.criteria:
            if criterion.kind is CriterionKind.TEXT or not applies(criterion, scenario):
                continue
            result = call.results.get(criterion.id)
            credit = score.credits.get(criterion.id)
            text = escape(criterion.text)
            if criterion.knockout:
                text += f" <font color='#C0392B'><b>[{escape(texts['knockout_mark'])}]</b></font>"
            for expect in expected_answers(scenario, criterion.id):
                text += (
                    f"<br/><font size='7.5' color='#5A6270'>{escape(texts['expected'])}: "
                    f"{escape(expect)}</font>"
                )
            shown = result_text(criterion, result, credit, texts)
            if criterion.kind is CriterionKind.TIMING and credit is None and interrupted:
                shown = texts["unknown_interrupted"]  # its measure was lost, not inapplicable
            style = styles.cell_bold if credit == 0 else styles.cell
            at = clock(result.at) if result is not None and result.at is not None else ""
            rows.append([Paragraph(text, styles.cell), Paragraph(escape(shown), style), at])
        if not rows:
            continue
        value = score.sections.get(section.id)
        title = f"{section.title} · {texts.number(value)}" if value is not None else section.title
        header = [title, texts["result"], texts["time"]]
        continued = texts.format("continued", title=title)
        # One table per section, not chunks: a new chunk would repeat the header mid-page, and
        # a section's few dozen criteria split quickly (chunking is for tables of many pages).
        flowables += data_table(
            styles, header, rows, widths, right=(2,), chunk=max(len(rows), 1), continued=continued
        )
        flowables.append(Spacer(1, 3 * mm))
    return flowables


def notes_flowables(
    call: TestCall, campaign: Campaign, texts: Texts, styles: Styles
) -> list[Flowable]:
    """The overall impression and agent, then the tester's notes and written observations."""
    scenario = campaign.scenario(call.scenario_id)
    labelled: list[tuple[str, str]] = []
    if campaign.rules.record_agent_names and call.agent:
        labelled.append((texts["agent"], call.agent))
    if call.impression:
        labelled.append((texts["impression"], call.impression))
    rows: list[list[str]] = []
    for note in call.notes:
        rows.append([clock(note.at) if note.at is not None else "", texts["note"], note.text])
    for _, criterion in campaign.catalogue.criteria():
        result = call.results.get(criterion.id)
        text = result.value if result is not None else None
        if criterion.kind is not CriterionKind.TEXT or not applies(criterion, scenario):
            continue
        if isinstance(text, str) and text.strip():
            stamp = clock(result.at) if result is not None and result.at is not None else ""
            rows.append([stamp, criterion.text, text])
    if not rows and not labelled:
        return []
    flowables: list[Flowable] = [Paragraph(escape(texts["notes"]), styles.h2)]
    if labelled:
        flowables.append(_labelled_lines(labelled, styles))
    if rows:
        if labelled:
            flowables.append(Spacer(1, 3 * mm))
        widths = [16 * mm, 50 * mm, CONTENT_WIDTH - 66 * mm]
        header = [texts["time"], texts["note_topic"], texts["note_entry"]]
        flowables += data_table(styles, header, rows, widths)
    return flowables


def _labelled_lines(lines: list[tuple[str, str]], styles: Styles) -> Table:
    rows = [
        [Paragraph(f"<b>{escape(label)}</b>", styles.body), Paragraph(escape(text), styles.body)]
        for label, text in lines
    ]
    table = Table(rows, colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table
