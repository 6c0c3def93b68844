"""Page layout of every report: A4 pages with header, footer, page X of Y, styles and tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from mysterycaller.services.reports.branding import ReportBranding
from mysterycaller.services.reports.fonts import register_fonts
from mysterycaller.services.reports.texts import Texts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GREY = colors.HexColor("#5A6270")
LIGHT = colors.HexColor("#F2F4F7")
RULE = colors.HexColor("#C9CED6")
#: Rows per table chunk: platypus splits one long table superlinearly (stack-notes.md).
TABLE_CHUNK = 40
_NO_PAD = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def tint(color: colors.Color, amount: float) -> colors.Color:
    """``color`` mixed with white; amount 0 keeps it, 1 is white."""
    return colors.Color(
        color.red + (1 - color.red) * amount,
        color.green + (1 - color.green) * amount,
        color.blue + (1 - color.blue) * amount,
    )


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report, in the embedded font and the accent colour."""

    accent: colors.Color
    body: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    big: ParagraphStyle


def make_styles(branding: ReportBranding) -> Styles:
    """Styles for one report."""
    regular, bold = register_fonts()
    accent = colors.HexColor(branding.color)
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=9.5, leading=13.5, allowWidows=0, allowOrphans=0
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    return Styles(
        accent=accent,
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=GREY),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=bold,
            fontSize=15,
            leading=19,
            textColor=accent,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=bold,
            fontSize=11,
            leading=14,
            textColor=accent,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle(
            "cell_head", parent=cell, fontName=bold, textColor=colors.white, alignment=TA_LEFT
        ),
        cell_small=ParagraphStyle(
            "cell_small", parent=cell, fontSize=7.5, leading=9.5, textColor=GREY
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=26, leading=32, textColor=accent
        ),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19),
        big=ParagraphStyle("big", parent=body, fontName=bold, fontSize=30, leading=34),
    )


def escape(text: object) -> str:
    """Text made safe for Paragraph markup."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ContinuedTable(Table):  # type: ignore[misc]
    """A table whose header row, repeated on the next page, reads ``continued_header``.

    Platypus repeats the header of a split table as it is; a section title in that header
    must say that the section goes on, so the part after a split gets the continued header.
    """

    continued_header: list[Flowable] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued_header is not None:
            rest = parts[1]
            rest._cellvalues[0] = list(self.continued_header)
            rest._argH[0] = None  # the new header may wrap differently: measure it again
            for part in parts:
                part.continued_header = self.continued_header
        return parts


def data_table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    chunk: int = TABLE_CHUNK,
    continued: str | None = None,
    compact: bool = False,
) -> list[Flowable]:
    """A striped table with a coloured header, split into chunks that repeat the header.

    With ``continued``, every repetition of the header after the first (a new chunk, or the
    rest of a table that goes on over a page) shows it in place of the first header cell.
    ``compact`` sets the header a size smaller, for tables with many narrow columns.
    """
    head = _header_cells(styles, header, right, compact)
    again = None
    if continued is not None:
        again = _header_cells(styles, [continued, *header[1:]], right, compact)
    cells = [
        [
            cell
            if isinstance(cell, Flowable)
            else Paragraph(escape(cell), styles.cell_right if index in right else styles.cell)
            for index, cell in enumerate(row)
        ]
        for row in rows
    ]
    tables: list[Flowable] = []
    for start in range(0, max(len(cells), 1), chunk):
        part = cells[start : start + chunk]
        first = head if start == 0 or again is None else again
        table = ContinuedTable([first, *part], colWidths=list(widths), repeatRows=1)
        table.continued_header = again
        commands: list[tuple[Any, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), styles.accent),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), LIGHT) for r in range(2, len(part) + 1, 2)]
        table.setStyle(TableStyle(commands))
        tables.append(table)
    return tables


def _header_cells(
    styles: Styles, header: Sequence[str], right: Sequence[int], compact: bool = False
) -> list[Flowable]:
    left_style = styles.cell_head
    if compact:
        left_style = ParagraphStyle("head_compact", parent=left_style, fontSize=7.5, leading=9.5)
    right_style = ParagraphStyle("head_right", parent=left_style, alignment=TA_RIGHT)
    return [
        Paragraph(escape(text), right_style if index in right else left_style)
        for index, text in enumerate(header)
    ]


def facts_table(styles: Styles, facts: Sequence[tuple[str, Any]], label_width: float) -> Table:
    """Label / value pairs, labels in grey, values wrapped."""
    rows = [
        [Paragraph(escape(label), styles.small), v if isinstance(v, Flowable) else
         Paragraph(escape(v), styles.body)]
        for label, v in facts
    ]  # fmt: skip
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


class ReportDocument:
    """A4 document whose pages carry the header, footer with agency, issue date, page X of Y."""

    def __init__(
        self, output: BinaryIO, texts: Texts, branding: ReportBranding, running_title: str
    ) -> None:
        self.output = output
        self.texts = texts
        self.branding = branding
        self.running_title = running_title
        self.styles = make_styles(branding)
        self.issued = date.today()
        self.logo = ImageReader(str(branding.logo)) if branding.logo else None

    def build(self, story: list[Flowable], *, title_page: bool = False) -> None:
        """Lay out the story; with ``title_page`` the first page has no running header."""
        frame = Frame(MARGIN, 20 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 46 * mm, id="body", **_NO_PAD)
        title_frame = Frame(
            MARGIN, 20 * mm, CONTENT_WIDTH, PAGE_HEIGHT - 40 * mm, id="title", **_NO_PAD
        )
        templates = [PageTemplate("body", [frame], onPage=self._decorate)]
        if title_page:
            templates.insert(0, PageTemplate("title", [title_frame], onPage=self._title_page))
        document = BaseDocTemplate(
            self.output,
            pagesize=A4,
            pageTemplates=templates,
            title=self.running_title,
            author=self.branding.agency,
            creator="Mystery Caller",
            leftMargin=MARGIN,
            rightMargin=MARGIN,
        )
        document.build(story, canvasmaker=self._canvas_class())

    def logo_size(self, max_width: float, max_height: float) -> tuple[float, float]:
        """The logo's drawn size within the given box, keeping its proportions."""
        assert self.logo is not None
        width, height = self.logo.getSize()
        scale = min(max_width / width, max_height / height)
        return width * scale, height * scale

    def _decorate(self, canvas: Canvas, _doc: object) -> None:
        regular, _ = register_fonts()
        top = PAGE_HEIGHT - 14 * mm
        canvas.saveState()
        canvas.setStrokeColor(self.styles.accent)
        canvas.setLineWidth(1.5)
        canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
        canvas.setFont(regular, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, top + 3 * mm, self.running_title[:110])
        if self.logo is not None:
            width, height = self.logo_size(40 * mm, 9 * mm)
            canvas.drawImage(
                self.logo, PAGE_WIDTH - MARGIN - width, top + 2 * mm, width, height, mask="auto"
            )
        canvas.restoreState()

    def _title_page(self, canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFillColor(self.styles.accent)
        canvas.rect(0, 0, 8 * mm, PAGE_HEIGHT, stroke=0, fill=1)
        if self.logo is not None:
            width, height = self.logo_size(60 * mm, 25 * mm)
            canvas.drawImage(
                self.logo, MARGIN, PAGE_HEIGHT - 20 * mm - height, width, height, mask="auto"
            )
        canvas.restoreState()

    def _canvas_class(self) -> Callable[..., Canvas]:
        report = self

        class FooterCanvas(Canvas):  # type: ignore[misc]
            """Keeps every page until the end, so each footer can say 'page X of Y'."""

            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    report._footer(self, number, len(self._pages))
                    super().showPage()
                super().save()

        return FooterCanvas

    def _footer(self, canvas: Canvas, page: int, pages: int) -> None:
        regular, bold = register_fonts()
        texts = self.texts
        y = 12 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 4 * mm, PAGE_WIDTH - MARGIN, y + 4 * mm)
        canvas.setFillColor(GREY)
        canvas.setFont(bold, 8)
        canvas.drawString(MARGIN, y, self.branding.agency[:60])
        canvas.setFont(regular, 8)
        canvas.drawCentredString(
            PAGE_WIDTH / 2, y, texts.format("issued", date=texts.date(self.issued))
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, texts.format("page", page=page, pages=pages))
        canvas.restoreState()
