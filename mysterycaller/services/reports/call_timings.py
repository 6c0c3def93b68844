"""The timings part of the per-call PDF: every measure in words, unknown ones said plainly."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from mysterycaller.domain.call import Attempt
from mysterycaller.domain.timing import Timings
from mysterycaller.services.reports.layout import CONTENT_WIDTH, Styles, escape, tint
from mysterycaller.services.reports.texts import Texts, clock


def measure_text(value: float | None, texts: Texts, interrupted: bool) -> str:
    """Seconds; in an interrupted attempt a missing measure is unknown, never 0 or a dash."""
    if value is None and interrupted:
        return texts["unknown_interrupted"]
    return texts.seconds(value)


def holds_text(timings: Timings, texts: Texts, interrupted: bool) -> str:
    """``2 Haltephasen, gesamt 42,6 s, längste 30,6 s``; ``keine`` when there was none."""
    count = timings.hold_count
    if count is None:
        text = texts["unknown_interrupted"] if interrupted else texts["nothing"]
        return text
    if count == 0:
        text = texts["none"]
    else:
        text = texts.format(
            "holds_one" if count == 1 else "holds_many",
            n=count,
            total=measure_text(timings.hold_seconds, texts, interrupted),
            longest=measure_text(timings.longest_hold_seconds, texts, interrupted),
        )
    # A count stops at the crash: more holds may have followed.
    return texts.format("until_interruption", text=text) if interrupted else text


def transfers_text(timings: Timings, texts: Texts, interrupted: bool) -> str:
    """``2 Weiterleitungen, 41,2 s``; ``keine`` when there was none."""
    count = timings.transfers
    if count == 0:
        text = texts["none"]
    else:
        text = texts.format(
            "transfers_one" if count == 1 else "transfers_many",
            n=count,
            total=measure_text(timings.transfer_seconds, texts, interrupted),
        )
    return texts.format("until_interruption", text=text) if interrupted else text


def interrupted_statement(attempt: Attempt, texts: Texts) -> str:
    """Why some times are unknown: where the recording of the attempt stopped."""
    last = attempt.phases[-1] if attempt.phases else None
    phase = texts.phase(last.phase.value) if last is not None else texts["nothing"]
    return texts.format("interrupted_statement", phase=phase, at=clock(last.start if last else 0))


def timings_table(timings: Timings, texts: Texts, styles: Styles, interrupted: bool) -> Table:
    """Two columns of label and value: waiting times on the left, the conversation right."""
    left = [
        ("time_to_answer", measure_text(timings.time_to_answer, texts, interrupted)),
        ("ring_seconds", measure_text(timings.ring_seconds, texts, interrupted)),
        ("ivr_seconds", measure_text(timings.ivr_seconds, texts, interrupted)),
        ("queue_seconds", measure_text(timings.queue_seconds, texts, interrupted)),
    ]
    right = [
        ("holds", holds_text(timings, texts, interrupted)),
        ("transfers", transfers_text(timings, texts, interrupted)),
        ("talk_seconds", measure_text(timings.talk_seconds, texts, interrupted)),
        ("total_seconds", measure_text(timings.total_seconds, texts, interrupted)),
    ]

    def value(text: str) -> Paragraph:
        # An unknown measure is a remark, not a figure: it is not set in bold.
        unknown = text == texts["unknown_interrupted"]
        markup = (
            f"<font color='#5A6270'>{escape(text)}</font>" if unknown else f"<b>{escape(text)}</b>"
        )
        return Paragraph(markup, styles.cell_right)

    rows = [
        [
            Paragraph(escape(texts[a]), styles.cell),
            value(av),
            Paragraph(escape(texts[b]), styles.cell),
            value(bv),
        ]
        for (a, av), (b, bv) in zip(left, right, strict=True)
    ]
    widths = [40 * mm, 31 * mm, 32 * mm, CONTENT_WIDTH - 103 * mm]
    table = Table(rows, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, tint(styles.accent, 0.7)),
                ("LEFTPADDING", (2, 0), (2, -1), 14),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table
