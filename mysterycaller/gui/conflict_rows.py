"""Two versions of a call as aligned rows of words: what the conflicts dialog shows side by side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from mysterycaller.domain.campaign import Campaign, Criterion, CriterionKind
from mysterycaller.domain.timing import MEASURES, Outcome
from mysterycaller.gui import formatting

Record = dict[str, Any]


@dataclass(frozen=True)
class Row:
    label: str
    existing: str
    incoming: str

    @property
    def differs(self) -> bool:
        return self.existing != self.incoming


def comparison(existing: Record | None, incoming: Record, campaign: Campaign | None) -> list[Row]:
    """The key fields of both versions, one row each; a deleted call shows dashes."""
    left = fields(existing, campaign) if existing is not None else {}
    right = fields(incoming, campaign)
    labels = list(right) + [label for label in left if label not in right]
    gone = QCoreApplication.translate("ConflictRows", "(deleted here)")
    return [
        Row(label, left.get(label, gone if existing is None else "–"), right.get(label, "–"))
        for label in labels
    ]


def fields(record: Record, campaign: Campaign | None) -> dict[str, str]:
    """Label → value in words, in the order the dialog lists them."""
    attempts = record.get("attempts") or []
    last = attempts[-1] if attempts else {}
    answered = next((a for a in attempts if a.get("outcome") == Outcome.ANSWERED), last)
    shown: dict[str, str] = {
        QCoreApplication.translate("ConflictRows", "Tester"): record.get("tester") or "–",
        QCoreApplication.translate("ConflictRows", "Started"): moment(record.get("started_at")),
        QCoreApplication.translate("ConflictRows", "Completed"): moment(record.get("completed_at")),
        QCoreApplication.translate("ConflictRows", "Attempts"): str(len(attempts)),
        QCoreApplication.translate("ConflictRows", "Outcome"): outcome(last.get("outcome")),
    }
    timings = answered.get("timings") or {}
    for name in MEASURES:
        if timings.get(name) is not None:
            shown[formatting.measure_name(name)] = formatting.measure(name, timings[name])
    score = formatting.score(record.get("score"))
    if record.get("knocked_out"):
        score += " " + QCoreApplication.translate("ConflictRows", "(knockout)")
    shown[QCoreApplication.translate("ConflictRows", "Score")] = score
    results = record.get("results") or {}
    for criterion_id in _criterion_order(results, campaign):
        criterion = campaign.catalogue.criterion(criterion_id) if campaign else None
        label = criterion.text if criterion else criterion_id
        label = label if len(label) <= 60 else label[:58].rstrip() + "…"
        shown[label] = result_text(results.get(criterion_id), criterion)
    notes = record.get("notes") or []
    shown[QCoreApplication.translate("ConflictRows", "Notes")] = (
        "\n".join(f"{formatting.clock(n.get('at'))} {n.get('text', '')}" for n in notes) or "–"
    )
    shown[QCoreApplication.translate("ConflictRows", "Agent")] = record.get("agent") or "–"
    impression = record.get("impression") or "–"
    shown[QCoreApplication.translate("ConflictRows", "Impression")] = impression
    return shown


def _criterion_order(results: dict[str, Any], campaign: Campaign | None) -> list[str]:
    known = campaign.catalogue.criterion_ids() if campaign else []
    return [c for c in known if c in results] + sorted(c for c in results if c not in known)


def result_text(result: dict[str, Any] | None, criterion: Criterion | None) -> str:
    """A criterion's recorded value in words."""
    if result is None:
        return "–"
    if result.get("na"):
        return QCoreApplication.translate("ConflictRows", "not applicable")
    value = result.get("value")
    if isinstance(value, bool):
        yes = QCoreApplication.translate("ConflictRows", "yes")
        return yes if value else QCoreApplication.translate("ConflictRows", "no")
    if criterion is not None and criterion.kind is CriterionKind.CHOICE:
        option = criterion.option(str(value))
        return option.label if option else str(value)
    if isinstance(value, int | float):
        return formatting.score(value)
    return "–" if value is None else str(value)


def outcome(code: str | None) -> str:
    try:
        return formatting.outcome_name(Outcome(code) if code else None)
    except ValueError:
        return str(code)


def moment(text: str | None) -> str:
    """An ISO timestamp as local date and time, in the style of the interface language."""
    if not text:
        return "–"
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return text
    pattern = "%d.%m.%Y %H:%M:%S" if formatting.ui_language() == "de" else "%Y-%m-%d %H:%M:%S"
    return when.strftime(pattern)
