"""The columns of the exports: a stable id, a readable header in the export's language, a kind.

Calls: one row per test call. Criterion columns hold what was recorded: 1/0 for checks and
timing rules, the value of a scale, the label of a choice with its credit in the next column,
the text of an observation. A criterion that does not apply is an empty cell, and the column
``not_applicable`` says which criteria and why (marked by the tester, or not part of the
scenario), so a numeric column never holds the text "n/a". Attempts: one row per dialling.

Text typed by people (tester and agent names, observations, notes, names from a campaign, all
of which may arrive in a bundle) is a ``Text``, which no writer lets a spreadsheet run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from mysterycaller.domain.call import Attempt
from mysterycaller.domain.campaign import Campaign, Criterion, CriterionKind
from mysterycaller.domain.timing import MEASURES, Outcome, Timings
from mysterycaller.services import words
from mysterycaller.services.call_batches import ScoredCall
from mysterycaller.services.formats import clock


class Text(str):
    """Text typed by a person (here or in a bundle): a spreadsheet must never run it."""

    __slots__ = ()


Cell = str | int | float | datetime | None

#: Kinds of columns, each with its number format in XLSX.
TEXT, INTEGER, NUMBER, SECONDS, CREDIT, MOMENT = "text", "int", "number", "s", "credit", "moment"

_HEADERS = {
    # id: (German, English)
    "call_id": ("Anruf-ID", "Call ID"),
    "campaign_id": ("Kampagnen-ID", "Campaign ID"),
    "campaign_version": ("Katalogversion", "Catalogue version"),
    "scenario_id": ("Szenario-ID", "Scenario ID"),
    "scenario": ("Testszenario", "Scenario"),
    "target_id": ("Testobjekt-ID", "Target ID"),
    "target": ("Testobjekt", "Target"),
    "competitor": ("Wettbewerber (1/0)", "Competitor (1/0)"),
    "tester": ("Testanrufer", "Tester"),
    "status": ("Status", "Status"),
    "started_at": ("Begonnen", "Started"),
    "utc_offset": ("UTC-Versatz", "UTC offset"),
    "completed_at": ("Abgeschlossen", "Completed"),
    "attempts": ("Anwahlversuche", "Attempts"),
    "outcome": ("Ergebnis des letzten Versuchs", "Outcome of the last attempt"),
    "reached": ("Erreicht (1/0)", "Reached (1/0)"),
    "reached_first_attempt": ("Beim ersten Versuch erreicht (1/0)", "Reached first try (1/0)"),
    "impression": ("Gesamteindruck", "Overall impression"),
    "notes": ("Notizen", "Notes"),
    "agent": ("Gesprächspartner", "Agent"),
    "score": ("Gesamtwertung", "Score"),
    "raw_score": ("Wertung ohne K.-o.", "Score before knockout"),
    "knocked_out": ("K.-o. (1/0)", "Knocked out (1/0)"),
    "knockouts": ("Nicht erfüllte K.-o.-Kriterien", "Failed knockout criteria"),
    "not_applicable": ("Nicht zutreffend", "Not applicable"),
    "attempt": ("Versuch", "Attempt"),
    "interrupted": ("Unterbrochen (1/0)", "Interrupted (1/0)"),
    "credit": ("Punkte", "credit"),
    "section": ("Rubrik", "section"),
}
_NA_REASONS = {
    "tester": ("vom Tester als nicht zutreffend markiert", "marked not applicable by the tester"),
    "scenario": ("im Szenario nicht vorgesehen", "not part of the scenario"),
}


def header(column_id: str, language: str) -> str:
    """The readable header of a fixed column."""
    pair = _HEADERS.get(column_id)
    if pair is None:
        return column_id
    return pair[0] if language == "de" else pair[1]


class Row:
    """One call being written: what several columns need is worked out once per row."""

    def __init__(self, item: ScoredCall) -> None:
        self.item = item
        self.call = item.call
        self.score = item.score
        self.campaign = item.campaign
        self.timings = item.call.evaluated_timings()
        self.target = item.campaign.target(item.call.target_id)
        self.scenario = item.campaign.scenario(item.call.scenario_id)
        self.na = _na_reasons(self)


@dataclass(frozen=True)
class Column:
    """One column of an export: machine id, readable header, kind, and how to get its cell."""

    id: str
    header: str
    kind: str
    value: Callable[[Row], Cell]


def _text(value: str | None) -> Text | None:
    return None if value is None else Text(value)


def _moment(value: datetime | None) -> datetime | None:
    return None if value is None else value.replace(tzinfo=None, microsecond=0)


def _offset(value: datetime) -> str | None:
    offset = value.strftime("%z")
    return f"{offset[:3]}:{offset[3:]}" if offset else None


def _note(at: float | None, text: str) -> str:
    return text if at is None else f"{clock(at)} {text}"


def call_columns(campaign: Campaign, language: str) -> list[Column]:
    """The columns of the calls table in order: call, timings, scores, sections, criteria."""
    order = {cid: i for i, cid in enumerate(campaign.catalogue.criterion_ids())}

    def fixed(column_id: str, kind: str, value: Callable[[Row], Cell]) -> Column:
        return Column(column_id, header(column_id, language), kind, value)

    def target_name(item: Row) -> Cell:
        return _text(item.target.name if item.target else None)

    def scenario_title(item: Row) -> Cell:
        return _text(item.scenario.title if item.scenario else None)

    def competitor(item: Row) -> Cell:
        return int(bool(item.target and item.target.competitor))

    def last_outcome(item: Row) -> Cell:
        last = item.call.attempts[-1] if item.call.attempts else None
        return words.outcome(last.outcome, language) if last and last.outcome else None

    def first(item: Row) -> Cell:
        attempts = item.call.attempts
        return int(bool(attempts) and attempts[0].outcome is Outcome.ANSWERED)

    def notes(item: Row) -> Cell:
        listed = item.call.notes
        return _text(" | ".join(_note(n.at, n.text) for n in listed)) if listed else None

    columns = [
        fixed("call_id", TEXT, lambda i: i.call.id),
        fixed("campaign_id", TEXT, lambda i: i.call.campaign_id),
        fixed("campaign_version", INTEGER, lambda i: i.call.campaign_version),
        fixed("scenario_id", TEXT, lambda i: i.call.scenario_id),
        fixed("scenario", TEXT, scenario_title),
        fixed("target_id", TEXT, lambda i: i.call.target_id),
        fixed("target", TEXT, target_name),
        fixed("competitor", INTEGER, competitor),
        fixed("tester", TEXT, lambda i: _text(i.call.tester)),
        fixed("status", TEXT, lambda i: words.state(i.call.status, language)),
        fixed("started_at", MOMENT, lambda i: _moment(i.call.started_at)),
        fixed("utc_offset", TEXT, lambda i: _offset(i.call.started_at)),
        fixed("completed_at", MOMENT, lambda i: _moment(i.call.completed_at)),
        fixed("attempts", INTEGER, lambda i: len(i.call.attempts)),
        fixed("outcome", TEXT, last_outcome),
        fixed("reached", INTEGER, lambda i: int(i.call.reached)),
        fixed("reached_first_attempt", INTEGER, first),
        fixed("impression", TEXT, lambda i: _text(i.call.impression)),
        fixed("notes", TEXT, notes),
    ]
    if campaign.rules.record_agent_names:
        columns.append(fixed("agent", TEXT, lambda i: _text(i.call.agent)))
    columns += [_measure_column(name, language) for name in MEASURES]
    columns += [
        fixed("score", NUMBER, lambda i: i.score.score),
        fixed("raw_score", NUMBER, lambda i: i.score.raw_score),
        fixed("knocked_out", INTEGER, lambda i: int(i.score.knocked_out)),
        fixed("knockouts", TEXT, lambda i: " ".join(i.score.knockouts) or None),
        fixed("not_applicable", TEXT, lambda i: _not_applicable(i, language, order)),
    ]
    for section in campaign.catalogue.sections:
        title = f"{section.title} ({header('section', language)})"
        columns.append(Column(f"section:{section.id}", title, NUMBER, _section(section.id)))
    for section, criterion in campaign.catalogue.criteria():
        label = f"{section.title}: {criterion.text}"
        columns.append(Column(criterion.id, label, _criterion_kind(criterion), _answer(criterion)))
        if criterion.kind is CriterionKind.CHOICE:
            credit_header = f"{label} ({header('credit', language)})"
            columns.append(
                Column(f"{criterion.id}:credit", credit_header, CREDIT, _credit(criterion.id))
            )
    return columns


def _measure_column(name: str, language: str) -> Column:
    counts = ("hold_count", "transfers")
    kind = INTEGER if name in counts else SECONDS
    title = words.measure(name, language) + ("" if name in counts else " (s)")

    def value(item: Row) -> Cell:
        return None if item.timings is None else item.timings.measure(name)

    return Column(name, title, kind, value)


def _section(section_id: str) -> Callable[[Row], Cell]:
    return lambda item: item.score.sections.get(section_id)


def _credit(criterion_id: str) -> Callable[[Row], Cell]:
    return lambda item: item.score.credits.get(criterion_id)


def _criterion_kind(criterion: Criterion) -> str:
    if criterion.kind in (CriterionKind.CHECK, CriterionKind.TIMING):
        return INTEGER
    return NUMBER if criterion.kind is CriterionKind.SCALE else TEXT


def _na_reasons(item: Row) -> dict[str, str]:
    """Why each criterion that does not apply to the call does not: tester or scenario."""
    reasons = {cid: "tester" for cid, result in item.call.results.items() if result.na}
    if item.scenario is not None:
        for criterion_id in item.scenario.criteria_na:
            reasons.setdefault(criterion_id, "scenario")
    return reasons


def _not_applicable(item: Row, language: str, order: dict[str, int]) -> Cell:
    if not item.na:
        return None
    parts = []
    for criterion_id in sorted(item.na, key=lambda c: order.get(c, len(order))):
        pair = _NA_REASONS[item.na[criterion_id]]
        parts.append(f"{criterion_id}: {pair[0] if language == 'de' else pair[1]}")
    return _text("; ".join(parts))


def _answer(criterion: Criterion) -> Callable[[Row], Cell]:
    def value(item: Row) -> Cell:
        if criterion.id in item.na:
            return None
        result = item.call.results.get(criterion.id)
        if criterion.kind is CriterionKind.TEXT:
            answer = result.value if result is not None else None
            return _text(answer) if isinstance(answer, str) else None
        credit = item.score.credits.get(criterion.id)
        if credit is None:
            return None
        if criterion.kind in (CriterionKind.CHECK, CriterionKind.TIMING):
            return int(credit)
        answer = result.value if result is not None else None
        if criterion.kind is CriterionKind.CHOICE:
            option = criterion.option(str(answer))
            return _text(option.label if option else str(answer))
        return answer if isinstance(answer, int | float) else None

    return value


def attempt_columns(language: str) -> list[tuple[str, str, str]]:
    """(id, header, kind) of the attempts table: call, number, outcome and every timing."""
    columns = [
        ("call_id", header("call_id", language), TEXT),
        ("attempt", header("attempt", language), INTEGER),
        ("outcome", header("outcome", language).split(" des ")[0].split(" of ")[0], TEXT),
        ("interrupted", header("interrupted", language), INTEGER),
    ]
    for name in MEASURES:
        column = _measure_column(name, language)
        columns.append((name, column.header, column.kind))
    return columns


def attempt_rows(item: Row, language: str) -> Iterator[list[Cell]]:
    """One row per attempt of the call, in the order of ``attempt_columns``."""
    answered = item.call.answered_attempt
    for number, attempt in enumerate(item.call.attempts, start=1):
        timings = item.timings if attempt is answered and item.timings else attempt.timings()
        yield _attempt_row(item.call.id, number, attempt, timings, language)


def _attempt_row(
    call_id: str, number: int, attempt: Attempt, timings: Timings, language: str
) -> list[Cell]:
    outcome = words.outcome(attempt.outcome, language) if attempt.outcome else None
    row: list[Cell] = [call_id, number, outcome, int(attempt.interrupted)]
    row += [timings.measure(name) for name in MEASURES]
    return row


def legend_rows(campaign: Campaign, language: str) -> list[list[Cell]]:
    """What each criterion column means: id, header, section, criterion, kind, weight, knockout."""
    de = language == "de"
    head: list[Cell] = (
        ["Spalte", "Überschrift", "Rubrik", "Kriterium", "Art", "Gewicht", "K.-o."]
        if de
        else ["column", "header", "section", "criterion", "kind", "weight", "knockout"]
    )
    rows: list[list[Cell]] = [head]
    for section, criterion in campaign.catalogue.criteria():
        rows.append([
            criterion.id, _text(f"{section.title}: {criterion.text}"), _text(section.title),
            _text(criterion.text), words.kind(criterion.kind, language), criterion.weight,
            int(criterion.knockout),
        ])  # fmt: skip
    return rows
