"""Conversion between a campaign and its document form (the parsed `mysterycaller-campaign/1`).

The document is what campaign files hold and what the database stores per catalogue version.
``campaign_from_document`` expects a document that passed validation
(``services.campaign_files``); it does not check again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from mysterycaller.domain.campaign import (
    Campaign,
    CampaignRules,
    Catalogue,
    ChoiceOption,
    Criterion,
    CriterionKind,
    GradeBand,
    Persona,
    Scale,
    Scenario,
    ScriptStep,
    Section,
    Target,
)
from mysterycaller.domain.timing import MEASURES
from mysterycaller.domain.timing_rules import parse_rule

FORMAT = "mysterycaller-campaign/1"

Document = dict[str, Any]


def campaign_from_document(document: Document) -> Campaign:
    """Build the campaign a validated document describes (its ``id`` must be set)."""
    rules = document.get("rules") or {}
    period = document.get("period") or {}
    return Campaign(
        id=str(document["id"]),
        name=document["name"],
        client=document["client"],
        language=document["language"],
        catalogue=Catalogue(tuple(_section(s) for s in document["catalogue"]["sections"])),
        targets=tuple(_target(t) for t in document["targets"]),
        scenarios=tuple(_scenario(s) for s in document["scenarios"]),
        rules=_rules(rules),
        period_start=_date(period.get("start")),
        period_end=_date(period.get("end")),
    )


def _rules(data: Document) -> CampaignRules:
    values = {k: v for k, v in data.items() if k != "grades"}
    if data.get("grades"):
        values["grades"] = tuple(
            GradeBand(str(g["grade"]), float(g["min_score"]), g.get("label"))
            for g in data["grades"]
        )
    return CampaignRules(**values)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _target(data: Document) -> Target:
    return Target(
        id=data["id"],
        name=data["name"],
        phone=data["phone"],
        hours=data.get("hours"),
        competitor=bool(data.get("competitor", False)),
    )


def _section(data: Document) -> Section:
    return Section(
        id=data["id"],
        title=data["title"],
        weight=float(data.get("weight", 1)),
        criteria=tuple(_criterion(c) for c in data["criteria"]),
    )


def _criterion(data: Document) -> Criterion:
    kind = CriterionKind(data["kind"])
    scale = data.get("scale")
    return Criterion(
        id=data["id"],
        text=data["text"],
        kind=kind,
        weight=float(data.get("weight", 1)),
        knockout=bool(data.get("knockout", False)),
        na_allowed=bool(data.get("na_allowed", False)),
        help=data.get("help"),
        rule=parse_rule(data["rule"], MEASURES) if kind is CriterionKind.TIMING else None,
        scale=(
            Scale(low=scale["low"], high=scale["high"], labels=tuple(scale.get("labels", ())))
            if scale
            else None
        ),
        options=tuple(
            ChoiceOption(id=o["id"], label=o["label"], credit=float(o["credit"]))
            for o in data.get("options", ())
        ),
    )


def _scenario(data: Document) -> Scenario:
    persona = data.get("persona") or {}
    return Scenario(
        id=data["id"],
        title=data["title"],
        persona=Persona(name=persona.get("name", ""), details=persona.get("details")),
        goal=data.get("goal", ""),
        script=tuple(
            ScriptStep(
                say=step["say"],
                expect=step.get("expect"),
                note=step.get("note"),
                criteria=tuple(step.get("criteria", ())),
            )
            for step in data.get("script", ())
        ),
        targets=tuple(data.get("targets", ())),
        criteria_na=frozenset(data.get("criteria_na", ())),
    )


def normalise_document(document: Document) -> Document:
    """A copy with dates as ISO strings, so the document is plain JSON (for storage and hashing)."""

    def plain(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    result: Document = plain(document)
    return result
