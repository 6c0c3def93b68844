"""What testers wrote, sampled for the wave report: observations, remarks and notes.

A wave may hold 100,000 calls; the report shows a few recent verbatims per criterion and says
how many there were. Kept per criterion (newest last, calls arrive oldest first):

- ``observation``: the text of a ``text`` criterion;
- ``note``: a note on the call (not tied to a criterion);
- ``evidence``: a note of a call that failed a scored criterion, for the recommendation
  built on that criterion.

Agents' names never appear: a recorded agent name is blanked out of every text of its call.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from mysterycaller.domain.call import TestCall
from mysterycaller.domain.campaign import Campaign, CriterionKind
from mysterycaller.domain.scoring import CallScore

#: Verbatims kept per criterion (observations) and for the call notes.
PER_CRITERION = 6
NOTES = 12
#: Notes kept per failed criterion as evidence for a recommendation.
EVIDENCE = 3
#: What stands in for an agent's name.
REDACTED = "[…]"


@dataclass(frozen=True)
class Verbatim:
    """One text a tester wrote, with where it belongs and when and where it was heard."""

    kind: str
    criterion_id: str
    section_id: str
    day: date
    target_id: str
    text: str


class VerbatimCollector:
    """Keeps the newest verbatims per criterion and counts them all."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], deque[Verbatim]] = {}
        self._counts: dict[str, int] = {}
        # Per campaign version: criterion id -> (section id, is a text criterion).
        self._catalogues: dict[int, dict[str, tuple[str, bool]]] = {}

    def add(self, call: TestCall, score: CallScore, campaign: Campaign) -> None:
        """Take the verbatims of one call of the client's own lines."""
        catalogue = self._catalogue(campaign)
        day = call.started_at.date()
        clean = _redactor(call.agent)
        for criterion_id, result in call.results.items():
            section_id, is_text = catalogue.get(criterion_id, ("", False))
            if not is_text or result.na or not isinstance(result.value, str):
                continue
            if result.value.strip():
                text = clean(result.value.strip())
                self._keep("observation", criterion_id, section_id, day, call, text)
        notes = [clean(n.text.strip()) for n in call.notes if n.text.strip()]
        for text in notes:
            self._keep("note", "", "", day, call, text)
        if notes:
            for criterion_id, credit in score.credits.items():
                if credit < 1:
                    section_id = catalogue.get(criterion_id, ("", False))[0]
                    self._keep("evidence", criterion_id, section_id, day, call, notes[0])

    def _catalogue(self, campaign: Campaign) -> dict[str, tuple[str, bool]]:
        key = id(campaign.catalogue)
        if key not in self._catalogues:
            self._catalogues[key] = {
                c.id: (s.id, c.kind is CriterionKind.TEXT) for s, c in campaign.catalogue.criteria()
            }
        return self._catalogues[key]

    def _keep(
        self, kind: str, criterion_id: str, section_id: str, day: date, call: TestCall, text: str
    ) -> None:
        limit = EVIDENCE if kind == "evidence" else NOTES if kind == "note" else PER_CRITERION
        kept = self._kept.setdefault((kind, criterion_id), deque(maxlen=limit))
        if kind == "evidence" and any(v.text == text for v in kept):
            return  # evidence says something new or nothing
        kept.append(Verbatim(kind, criterion_id, section_id, day, call.target_id, text))
        if kind != "evidence":
            self._counts[criterion_id] = self._counts.get(criterion_id, 0) + 1

    def verbatims(self) -> tuple[Verbatim, ...]:
        """Every kept verbatim, grouped by kind and criterion, oldest first in each group."""
        return tuple(v for kept in self._kept.values() for v in kept)

    def counts(self) -> dict[str, int]:
        """Observations and remarks per criterion id, notes under "", before sampling."""
        return dict(self._counts)


def _redactor(agent: str | None) -> Callable[[str], str]:
    name = (agent or "").strip()
    if len(name) < 2:
        return lambda text: text
    pattern = re.compile(re.escape(name), re.IGNORECASE)
    return lambda text: pattern.sub(REDACTED, text)
