"""The levers of a wave: the criteria whose failures cost the client's own lines most points.

The effect of a criterion is what its failures take off the mean score, weight x failure
rate: 100 x (its section's share of the section weights) x (its share of the section's
criterion weights) x (1 - fulfilment). A failed knockout costs the whole call, so the effect
of a knockout criterion is its failure rate x the mean score. Only criteria judged in at least
the campaign's ``min_calls`` calls are levers: a handful of calls cannot rank them.
"""

from __future__ import annotations

from dataclasses import dataclass

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.statistics import Rate
from mysterycaller.domain.verbatims import Verbatim
from mysterycaller.domain.wave import SideFigures

MOST = 5


@dataclass(frozen=True)
class Lever:
    """A criterion to improve: its effect in score points, its fulfilment and the evidence."""

    criterion_id: str
    section_id: str
    effect: float
    fulfilment: Rate
    evidence: tuple[Verbatim, ...]


def criterion_shares(campaign: Campaign) -> dict[str, float]:
    """Each scored criterion's share of the total score (section share x criterion share)."""
    sections = [s for s in campaign.catalogue.sections if any(c.scored for c in s.criteria)]
    total = sum(s.weight for s in sections) or 1.0
    shares = {}
    for section in sections:
        scored = [c for c in section.criteria if c.scored]
        weights = sum(c.weight for c in scored) or 1.0
        for criterion in scored:
            shares[criterion.id] = section.weight / total * criterion.weight / weights
    return shares


def levers(
    campaign: Campaign, side: SideFigures, verbatims: tuple[Verbatim, ...] = ()
) -> list[Lever]:
    """Up to five levers of the side, biggest effect first; none on too few calls."""
    shares = criterion_shares(campaign)
    mean = side.overall.score.mean or 0.0
    found = []
    for figure in side.criteria:
        criterion = campaign.catalogue.criterion(figure.criterion_id)
        value = figure.fulfilment.value
        if criterion is None or value is None or figure.fulfilment.n < campaign.rules.min_calls:
            continue
        failure = 1 - value
        effect = 100 * shares.get(criterion.id, 0.0) * failure
        if criterion.knockout:
            effect = max(effect, failure * mean)
        if effect <= 0:
            continue
        evidence = tuple(
            v for v in verbatims if v.kind == "evidence" and v.criterion_id == criterion.id
        )
        found.append(Lever(criterion.id, figure.section_id, effect, figure.fulfilment, evidence))
    found.sort(key=lambda lever: -lever.effect)
    return found[:MOST]
