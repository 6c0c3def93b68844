"""Cells of the wave report's tables: rates with intervals, small-n marks, quotes."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from mysterycaller.domain.statistics import Distribution, Rate
from mysterycaller.domain.verbatims import Verbatim
from mysterycaller.services.reports.layout import Styles, escape
from mysterycaller.services.reports.texts import Texts
from mysterycaller.services.reports.wave_names import WaveNames

MUTED = "#8A919C"
SUBTLE = "#5A6270"
#: Width of a column holding a count up to "100.000" (never wraps).
N_WIDTH = 17 * mm


def marked(text: str, mark: bool) -> str:
    """Markup of a figure, grey with a dagger when it rests on too few calls."""
    shown = escape(text)
    return f"<font color='{MUTED}'>{shown}</font>†" if mark else shown


def rate_cell(rate: Rate, texts: Texts, styles: Styles, minimum: int = 0) -> Paragraph:
    """A rate with its interval below it; a dagger and grey when n is too small."""
    small = bool(rate.n) and (rate.too_small or rate.n < minimum)
    return Paragraph(
        f"{marked(texts.percent(rate.value), small)}<br/>"
        f"<font size='7' color='{SUBTLE}'>{escape(texts.interval(rate))}</font>",
        styles.cell_right,
    )


def mean_cell(
    summary: Distribution | None, texts: Texts, styles: Styles, minimum: int = 0
) -> Paragraph:
    """A mean score with its n below it; a dagger and grey under the minimum of calls."""
    if summary is None or summary.n == 0:
        return Paragraph("–", styles.cell_right)
    return Paragraph(
        f"{marked(texts.number(summary.mean), summary.n < minimum)}<br/>"
        f"<font size='7' color='{SUBTLE}'>{escape(texts.n(summary.n))}</font>",
        styles.cell_right,
    )


def small(text: str, styles: Styles) -> Paragraph:
    return Paragraph(escape(text), styles.small)


def quote(item: Verbatim, names: WaveNames, texts: Texts, styles: Styles) -> Paragraph:
    """A verbatim in quotes, with its date and target."""
    target = names.target(item.target_id)
    opening, closing = ("„", "“") if texts.language == "de" else ("“", "”")
    return Paragraph(
        f"<i>{opening}{escape(item.text)}{closing}</i> "
        f"<font size='7' color='{SUBTLE}'>{escape(texts.date(item.day))} · {escape(target)}</font>",
        _indented(styles),
    )


def _indented(styles: Styles) -> ParagraphStyle:
    return ParagraphStyle("quote", parent=styles.small, leftIndent=6 * mm, textColor="#2B2F36")


def any_small(rates: Sequence[Rate], minimum: int = 0) -> bool:
    return any(r.n and (r.too_small or r.n < minimum) for r in rates)
