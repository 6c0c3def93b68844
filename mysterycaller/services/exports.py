"""Spreadsheet exports of a campaign's calls, written as a stream: CSV files or one XLSX.

Calls are read in chunks and each row is written as it comes, so memory stays flat however
many calls a wave holds. The columns are in ``export_columns``; headers are readable in the
export's language, or the stable machine ids with ``ids=True``.

CSV is UTF-8 with a byte order mark and the conventions Excel expects for the language: ';'
and a decimal comma for German, ',' and a decimal point for English; numbers with up to four
decimals. Attempts go to a second file beside it (``NAME-attempts.csv``). XLSX holds the calls,
the attempts and a legend of the criterion columns, each sheet printable (landscape, fit to
width, header row repeated), with the agency as author and number formats per column.

Text typed by people is never written so that a spreadsheet runs it: in CSV a cell starting
with = + - @ tab or CR gets a leading ', in XLSX every text is stored as a plain string.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any, Literal

from mysterycaller.domain.campaign import Campaign
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_batches import Progress, ScoredCall, campaign_calls
from mysterycaller.services.campaigns import resolve_campaign
from mysterycaller.services.export_columns import (
    CREDIT,
    INTEGER,
    MOMENT,
    NUMBER,
    SECONDS,
    Cell,
    Column,
    Row,
    Text,
    attempt_columns,
    attempt_rows,
    call_columns,
    legend_rows,
)

Format = Literal["csv", "xlsx"]
#: What Excel and LibreOffice treat as the start of a formula in a CSV cell.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Characters XML 1.0 (and so XLSX) cannot hold; text from a bundle may carry them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

__all__ = ["Text", "attempts_path", "export_calls", "export_columns"]


def export_columns(campaign: Campaign, language: str | None = None) -> list[str]:
    """The machine ids of the calls table's columns, in order."""
    return [c.id for c in call_columns(campaign, language or campaign.language)]


def attempts_path(output: Path) -> Path:
    """Where a CSV export puts its attempts: ``calls.csv`` -> ``calls-attempts.csv``."""
    output = Path(output)
    return output.with_name(f"{output.stem}-attempts{output.suffix or '.csv'}")


def export_calls(
    database: Database,
    campaign_id: str,
    output: Path,
    fmt: Format,
    progress: Progress | None = None,
    *,
    language: str | None = None,
    ids: bool = False,
    agency: str | None = None,
) -> int:
    """Write every completed call of the campaign to ``output``; returns the number of calls."""
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}")
    campaign_id = resolve_campaign(database, campaign_id)
    with database.reading() as session:
        campaign = CampaignStore(session).latest(campaign_id)
    language = language or campaign.language
    calls = campaign_calls(database, campaign_id, progress=progress)
    if fmt == "csv":
        return _write_csv(Path(output), campaign, calls, language, ids)
    return _write_xlsx(Path(output), campaign, calls, language, ids, agency)


@contextmanager
def _atomic(path: Path) -> Iterator[str]:
    """A temporary path beside ``path`` that replaces it only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        yield temporary
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _headers(columns: Sequence[Column], ids: bool) -> list[str]:
    return [c.id if ids else c.header for c in columns]


def _write_csv(
    output: Path, campaign: Campaign, calls: Iterator[ScoredCall], language: str, ids: bool
) -> int:
    german = language == "de"
    columns = call_columns(campaign, language)
    attempts = attempt_columns(language)
    count = 0
    with (
        _atomic(output) as main_path,
        _atomic(attempts_path(output)) as attempts_file,
        _csv_file(main_path) as main,
        _csv_file(attempts_file) as extra,
    ):
        delimiter = ";" if german else ","
        rows = csv.writer(main, delimiter=delimiter, lineterminator="\r\n")
        tries = csv.writer(extra, delimiter=delimiter, lineterminator="\r\n")
        rows.writerow(_headers(columns, ids))
        tries.writerow([a[0] if ids else a[1] for a in attempts])
        for item in calls:
            row = Row(item)
            rows.writerow([_csv_cell(c.value(row), german) for c in columns])
            for line in attempt_rows(row, language):
                tries.writerow([_csv_cell(cell, german) for cell in line])
            count += 1
    return count


@contextmanager
def _csv_file(path: str) -> Iterator[IO[str]]:
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        yield stream


def _csv_cell(cell: Cell, german: bool) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(cell, float):
        text = f"{cell:.4f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if german else text
    if isinstance(cell, Text) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return str(cell)


_FORMATS = {
    NUMBER: "0.0",  # full precision kept, one decimal shown
    SECONDS: "0.0",
    CREDIT: "0.00",
    INTEGER: "0",
    MOMENT: "yyyy-mm-dd hh:mm:ss",
}


def _write_xlsx(
    output: Path,
    campaign: Campaign,
    calls: Iterator[ScoredCall],
    language: str,
    ids: bool,
    agency: str | None,
) -> int:
    import xlsxwriter  # imported here: only exports need it

    de = language == "de"
    columns = call_columns(campaign, language)
    attempts = attempt_columns(language)
    count = 0
    with _atomic(output) as path:
        book = xlsxwriter.Workbook(
            path,
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
             "strings_to_numbers": False, "default_date_format": _FORMATS[MOMENT]},
        )  # fmt: skip
        title = f"{'Testanrufe' if de else 'Test calls'} · {campaign.client} · {campaign.name}"
        # The agency, as the reports name it (reports.branding; not imported: it loads reportlab).
        author = _plain(agency or os.environ.get("MYSTERYCALLER_AGENCY") or "Mystery Caller")
        book.set_properties(
            {"title": _plain(title), "author": author, "company": author,
             "subject": _plain(campaign.name)}
        )  # fmt: skip
        formats = {
            kind: book.add_format({"num_format": pattern}) for kind, pattern in _FORMATS.items()
        }
        bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        main = _sheet(book, "Testanrufe" if de else "Calls", _headers(columns, ids), bold)
        _widths(main, [c.id for c in columns], ids)
        extra = _sheet(book, "Anwahlversuche" if de else "Attempts",
                       [a[0] if ids else a[1] for a in attempts], bold)  # fmt: skip
        legend = _sheet(book, "Kriterien" if de else "Criteria", None, bold)
        kinds = [c.kind for c in columns]
        attempt_kinds = [a[2] for a in attempts]
        attempt_row = 0
        for item in calls:
            count += 1
            row = Row(item)
            _write_row(main, count, [c.value(row) for c in columns], kinds, formats)
            for line in attempt_rows(row, language):
                attempt_row += 1
                _write_row(extra, attempt_row, line, attempt_kinds, formats)
        for index, line in enumerate(legend_rows(campaign, language)):
            _write_row(legend, index, line, [""] * len(line), formats, bold if index == 0 else None)
        main.autofilter(0, 0, count, len(columns) - 1)
        extra.autofilter(0, 0, attempt_row, len(attempts) - 1)
        book.close()
    return count


def _sheet(book: Any, name: str, header: list[str] | None, bold: Any) -> Any:
    sheet = book.add_worksheet(name)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)  # as wide as one page, as long as it takes
    sheet.repeat_rows(0)
    sheet.freeze_panes(1, 0)
    if header is not None:
        sheet.set_row(0, 45)
        for column, text in enumerate(header):
            sheet.write_string(0, column, _plain(text), bold)
    return sheet


def _widths(sheet: Any, ids: list[str], machine: bool) -> None:
    wide = {"call_id": 36, "campaign_id": 36, "started_at": 19, "completed_at": 19, "notes": 40}
    for index, column in enumerate(ids):
        sheet.set_column(index, index, wide.get(column, 14 if machine else 16))


def _write_row(
    sheet: Any,
    row: int,
    cells: Sequence[Cell],
    kinds: Sequence[str],
    formats: dict[str, Any],
    style: Any = None,
) -> None:
    for column, (cell, kind) in enumerate(zip(cells, kinds, strict=True)):
        if cell is None:
            continue
        if isinstance(cell, bool):
            sheet.write_number(row, column, int(cell), formats[INTEGER])
        elif isinstance(cell, int | float):
            sheet.write_number(row, column, cell, formats.get(kind, formats[NUMBER]))
        elif isinstance(cell, datetime):
            sheet.write_datetime(row, column, cell, formats[MOMENT])
        else:
            # Always a string cell: "=..." never becomes a formula, "#N/A" never an error.
            sheet.write_string(row, column, _plain(str(cell)), style)


def _plain(text: str) -> str:
    return _CONTROL.sub("", text)
