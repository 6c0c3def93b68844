"""Spreadsheet exports of a campaign's calls: one row per test call, as CSV or XLSX.

CSV is UTF-8 with a byte order mark and the conventions Excel expects for the campaign's
language: ';' and a decimal comma for German, ',' and a decimal point for English.
Criterion columns hold what was recorded: 1/0 for checks and timing rules, the value of a
scale, the option id of a choice, the text of an observation; "n/a" when marked not applicable
(by the tester or the scenario), empty when nothing was recorded. Numbers keep full precision in
XLSX (shown with one decimal) and four decimals in CSV. The XLSX has a second sheet naming every
criterion column.

Text typed by people (tester and agent names, observations, names from a campaign, all of which
may arrive in a bundle) is never written so that a spreadsheet runs it: in CSV a cell starting
with = + - @ tab or CR gets a leading ', in XLSX every text is stored as a plain string.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from mysterycaller.domain.campaign import Campaign, CriterionKind
from mysterycaller.domain.timing import MEASURES, Outcome
from mysterycaller.persistence.campaigns import CampaignStore
from mysterycaller.persistence.database import Database
from mysterycaller.services.call_batches import Progress, ScoredCall, campaign_calls
from mysterycaller.services.campaigns import resolve_campaign
from mysterycaller.services.files import write_atomically

Format = Literal["csv", "xlsx"]


class Text(str):
    """Text typed by a person (here or in a bundle): a spreadsheet must never run it."""

    __slots__ = ()


Cell = str | int | float | datetime | None
#: What Excel and LibreOffice treat as the start of a formula in a CSV cell.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

FIXED_COLUMNS = (
    "call_id", "campaign_id", "campaign_version", "scenario_id", "scenario", "target_id",
    "target", "competitor", "tester", "status", "started_at", "utc_offset", "completed_at",
    "attempts", "outcome", "reached", "reached_first_attempt", "impression", "notes",
)  # fmt: skip
SCORE_COLUMNS = ("score", "raw_score", "knocked_out", "knockouts")


def export_columns(campaign: Campaign) -> list[str]:
    """The header row: fixed columns, every timing, scores, sections, criteria (by id)."""
    columns = [*FIXED_COLUMNS]
    if campaign.rules.record_agent_names:
        columns.append("agent")
    columns += [*MEASURES, *SCORE_COLUMNS]
    columns += [f"section:{s.id}" for s in campaign.catalogue.sections]
    columns += [c.id for _, c in campaign.catalogue.criteria()]
    return columns


def call_row(item: ScoredCall, columns: Sequence[str]) -> list[Cell]:
    """The cells of one call in the order of ``columns``."""
    call, score, campaign = item.call, item.score, item.campaign
    target = campaign.target(call.target_id)
    scenario = campaign.scenario(call.scenario_id)
    last = call.attempts[-1] if call.attempts else None
    timings = call.evaluated_timings()
    offset = call.started_at.strftime("%z")
    values: dict[str, Cell] = {
        "call_id": call.id,
        "campaign_id": call.campaign_id,
        "campaign_version": call.campaign_version,
        "scenario_id": call.scenario_id,
        "scenario": _text(scenario.title if scenario else None),
        "target_id": call.target_id,
        "target": _text(target.name if target else None),
        "competitor": int(bool(target and target.competitor)),
        "tester": _text(call.tester),
        "status": str(call.status),
        "started_at": call.started_at.replace(tzinfo=None, microsecond=0),
        "utc_offset": f"{offset[:3]}:{offset[3:]}" if offset else None,
        "completed_at": call.completed_at.replace(tzinfo=None, microsecond=0)
        if call.completed_at
        else None,
        "attempts": len(call.attempts),
        "outcome": str(last.outcome) if last and last.outcome else None,
        "reached": int(call.reached),
        "reached_first_attempt": int(
            bool(call.attempts) and call.attempts[0].outcome is Outcome.ANSWERED
        ),
        "agent": _text(call.agent) if campaign.rules.record_agent_names else None,
        "impression": _text(call.impression),
        # One cell for all notes, each with its call time, as the per-call report lists them.
        "notes": _text(" | ".join(_note(n.at, n.text) for n in call.notes)) if call.notes else None,
        "score": score.score,
        "raw_score": score.raw_score,
        "knocked_out": int(score.knocked_out),
        "knockouts": " ".join(score.knockouts) or None,
    }
    if timings is not None:
        values.update(timings.as_dict())
    for section_id, value in score.sections.items():
        values[f"section:{section_id}"] = value
    for _, criterion in campaign.catalogue.criteria():
        values[criterion.id] = _criterion_cell(item, criterion.id)
    return [values.get(column) for column in columns]


NOT_APPLICABLE = "n/a"


def _criterion_cell(item: ScoredCall, criterion_id: str) -> Cell:
    criterion = item.campaign.catalogue.criterion(criterion_id)
    result = item.call.results.get(criterion_id)
    assert criterion is not None
    scenario = item.campaign.scenario(item.call.scenario_id)
    if (result is not None and result.na) or (scenario and criterion_id in scenario.criteria_na):
        return NOT_APPLICABLE
    if criterion.kind is CriterionKind.TEXT:
        return _text(result.value) if result is not None and isinstance(result.value, str) else None
    credit = item.score.credits.get(criterion_id)
    if credit is None:
        return None
    if criterion.kind in (CriterionKind.CHECK, CriterionKind.TIMING):
        return int(credit)
    value = result.value if result is not None else None
    if isinstance(value, str):
        return Text(value)
    return value if isinstance(value, int | float) else None


def _note(at: float | None, text: str) -> str:
    if at is None:
        return text
    minutes, seconds = divmod(int(at), 60)
    return f"{minutes:02d}:{seconds:02d} {text}"


def _text(value: str | None) -> Text | None:
    return None if value is None else Text(value)


def export_calls(
    database: Database,
    campaign_id: str,
    output: Path,
    fmt: Format,
    progress: Progress | None = None,
    *,
    language: str | None = None,
) -> int:
    """Write every call of the campaign to ``output``; returns the number of rows."""
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}")
    campaign_id = resolve_campaign(database, campaign_id)
    with database.reading() as session:
        campaign = CampaignStore(session).latest(campaign_id)
    columns = export_columns(campaign)
    rows = [
        call_row(item, columns) for item in campaign_calls(database, campaign_id, progress=progress)
    ]
    language = language or campaign.language
    if fmt == "csv":
        data = csv_bytes(columns, rows, language)
    else:
        data = xlsx_bytes(columns, rows, language, criterion_legend(campaign))
    write_atomically(Path(output), data)
    return len(rows)


def criterion_legend(campaign: Campaign) -> list[list[Cell]]:
    """What each criterion column means: id, section, text, kind, weight, knockout."""
    header: list[Cell] = ["column", "section", "criterion", "kind", "weight", "knockout"]
    return [header] + [
        [criterion.id, _text(section.title), _text(criterion.text), str(criterion.kind),
         criterion.weight, int(criterion.knockout)]
        for section, criterion in campaign.catalogue.criteria()
    ]  # fmt: skip


def csv_bytes(columns: Sequence[str], rows: list[list[Cell]], language: str) -> bytes:
    """UTF-8 CSV with BOM; ';' and decimal comma for German, ',' and point otherwise."""
    german = language == "de"
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if german else ",", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(cell, german) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


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


def xlsx_bytes(
    columns: Sequence[str],
    rows: list[list[Cell]],
    language: str,
    legend_rows: Sequence[Sequence[Cell]] | None = None,
) -> bytes:
    """A workbook: the calls (frozen header, autofilter) and a legend of the criterion columns."""
    from openpyxl import Workbook  # imported here: only exports need it
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet: Any = workbook.create_sheet("Calls" if language != "de" else "Testanrufe")
    sheet.freeze_panes = "A2"
    widths = {"call_id": 38, "campaign_id": 38, "started_at": 20, "completed_at": 20}
    for index, column in enumerate(columns, start=1):
        letter = _column_letter(index)
        sheet.column_dimensions[letter].width = widths.get(column, max(10, len(column) + 2))
    sheet.auto_filter.ref = f"A1:{_column_letter(len(columns))}{len(rows) + 1}"
    sheet.append(list(columns))
    for row in rows:
        sheet.append([_xlsx_cell(sheet, cell, WriteOnlyCell) for cell in row])
    legend: Any = workbook.create_sheet("Criteria" if language != "de" else "Kriterien")
    for line in legend_rows or ():
        legend.append([_xlsx_cell(legend, cell, WriteOnlyCell) for cell in line])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet: Any, cell: Cell, make_cell: Any) -> Any:
    """Text as a plain string cell: openpyxl would store "=..." as a formula, "#N/A" as an error."""
    if isinstance(cell, float):
        number = make_cell(sheet, value=cell)
        number.number_format = "0.0"  # full precision kept, one decimal shown
        return number
    if not isinstance(cell, str):
        return cell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Control characters (possible in text from a bundle) would make openpyxl refuse the file.
    plain = make_cell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", cell))
    plain.data_type = "s"
    return plain


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))
