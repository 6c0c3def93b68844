"""The checks of a campaign document that a schema cannot express: ids, references, rules.

Each check reads the document defensively: parts with the wrong shape were already reported by
the schema, so they are skipped here rather than reported twice.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from datetime import date
from typing import Any, TypeGuard

from mysterycaller.domain.timing import MEASURES
from mysterycaller.domain.timing_rules import RuleError, parse_rule
from mysterycaller.services.campaign_problems import FieldPath, format_path

Issue = tuple[FieldPath, str]


def semantic_issues(document: dict[str, Any]) -> list[Issue]:
    """Every problem of meaning in a document that has the shape of a campaign."""
    issues: list[Issue] = []
    issues += _period(document.get("period"))
    issues += _rules(document.get("rules"))
    targets = list(_items(document, "targets"))
    issues += _unique("target", targets)
    sections = list(_items(document.get("catalogue"), "sections", ("catalogue",)))
    issues += _unique("section", sections)
    criteria = [
        (path, criterion)
        for section_path, section in sections
        for path, criterion in _items(section, "criteria", section_path)
    ]
    issues += _unique("criterion", criteria)
    for path, criterion in criteria:
        issues += _criterion(path, criterion)
    if criteria and not any(c.get("kind") not in ("text", None) for _, c in criteria):
        issues.append((("catalogue",), "the catalogue has no scored criterion (all are text)"))
    scenarios = list(_items(document, "scenarios"))
    issues += _unique("scenario", scenarios)
    known_targets = [t["id"] for _, t in targets if isinstance(t.get("id"), str)]
    known_criteria = [c["id"] for _, c in criteria if isinstance(c.get("id"), str)]
    for path, scenario in scenarios:
        issues += _scenario(path, scenario, known_targets, known_criteria)
    return issues


def _items(parent: Any, key: str, at: FieldPath = ()) -> Iterator[tuple[FieldPath, dict[str, Any]]]:
    """The mapping entries of the list ``parent[key]``, with their paths."""
    values = parent.get(key) if isinstance(parent, dict) else None
    if isinstance(values, list):
        for index, value in enumerate(values):
            if isinstance(value, dict):
                yield (*at, key, index), value


def _unique(what: str, entries: list[tuple[FieldPath, dict[str, Any]]]) -> Iterator[Issue]:
    first: dict[str, FieldPath] = {}
    for path, entry in entries:
        entry_id = entry.get("id")
        if not isinstance(entry_id, str):
            continue
        if entry_id in first:
            yield (
                (*path, "id"),
                f"duplicate {what} id '{entry_id}' (also used by {format_path(first[entry_id])})",
            )
        else:
            first[entry_id] = path


def _period(period: Any) -> Iterator[Issue]:
    if not isinstance(period, dict):
        return
    days: dict[str, date] = {}
    for key in ("start", "end"):
        value = period.get(key)
        if isinstance(value, str) and len(value) == 10:
            try:
                days[key] = date.fromisoformat(value)
            except ValueError:
                yield ("period", key), f"'{value}' is not a valid date"
    if len(days) == 2 and days["end"] < days["start"]:
        yield (
            ("period", "end"),
            f"the period ends ({days['end']}) before it starts ({days['start']})",
        )


def _rules(rules: Any) -> Iterator[Issue]:
    if not isinstance(rules, dict):
        return
    attempts = rules.get("max_attempts")
    # JSON Schema counts 2.0 as an integer; the app counts attempts with range().
    if isinstance(attempts, float):
        yield ("rules", "max_attempts"), f"must be a whole number like 3, found {attempts}"


def _criterion(path: FieldPath, criterion: dict[str, Any]) -> Iterator[Issue]:
    kind = criterion.get("kind")
    rule = criterion.get("rule")
    if kind == "timing" and isinstance(rule, str):
        try:
            parse_rule(rule, MEASURES)
        except RuleError as error:
            yield (*path, "rule"), str(error)
    scale = criterion.get("scale")
    if kind == "scale" and isinstance(scale, dict):
        yield from _scale((*path, "scale"), scale)
    options = list(_items(criterion, "options", path))
    if kind == "choice" and options:
        if len(options) < 2:
            yield (*path, "options"), "a choice criterion needs at least two options"
        yield from _unique("option", options)


def _scale(path: FieldPath, scale: dict[str, Any]) -> Iterator[Issue]:
    low, high, labels = scale.get("low"), scale.get("high"), scale.get("labels")
    if not _is_number(low) or not _is_number(high):
        return
    if low >= high:
        yield (*path, "high"), f"the scale must rise: high ({high}) is not above low ({low})"
        return
    if not isinstance(labels, list) or not labels:
        return
    if not (float(low).is_integer() and float(high).is_integer()):
        yield (*path, "labels"), "labels need a scale from a whole number to a whole number"
        return
    points = int(high) - int(low) + 1
    if len(labels) != points:
        yield (
            (*path, "labels"),
            f"{len(labels)} labels for a scale {low}..{high}, which has {points} points; "
            'give one label per point (an empty "" leaves a point unnamed) or none',
        )


def _scenario(
    path: FieldPath, scenario: dict[str, Any], targets: list[str], criteria: list[str]
) -> Iterator[Issue]:
    yield from _references(path, scenario.get("targets"), "targets", "target", targets)
    asked: dict[str, FieldPath] = {}
    for step_path, step in _items(scenario, "script", path):
        step_criteria = step.get("criteria")
        yield from _references(step_path, step_criteria, "criteria", "criterion", criteria)
        for index, criterion_id in enumerate(step_criteria or ()):
            if isinstance(criterion_id, str):
                asked.setdefault(criterion_id, (*step_path, "criteria", index))
    not_applicable = scenario.get("criteria_na")
    yield from _references(path, not_applicable, "criteria_na", "criterion", criteria)
    for index, criterion_id in enumerate(
        not_applicable if isinstance(not_applicable, list) else ()
    ):
        if isinstance(criterion_id, str) and criterion_id in asked:
            yield (
                (*path, "criteria_na", index),
                f"criterion '{criterion_id}' is marked not applicable, "
                f"but {format_path(asked[criterion_id])} asks for it",
            )


def _references(
    path: FieldPath, values: Any, key: str, what: str, known: list[str]
) -> Iterator[Issue]:
    if not isinstance(values, list):
        return
    seen: set[str] = set()
    for index, value in enumerate(values):
        if not isinstance(value, str):
            continue
        if value in seen:
            yield (*path, key, index), f"{what} '{value}' is listed twice"
        seen.add(value)
        if value not in known:
            close = difflib.get_close_matches(value, known, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            yield (*path, key, index), f"unknown {what} '{value}'{hint}"


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)
