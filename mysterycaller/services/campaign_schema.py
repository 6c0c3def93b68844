"""Structural checks of a campaign document against the published JSON Schema, in plain words."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from mysterycaller.resources import resource_path
from mysterycaller.services.campaign_problems import FieldPath

SCHEMA_FILE = ("schemas", "campaign.schema.json")

#: What to say when a value does not match the pattern of one of the schema's $defs.
_PATTERN_MESSAGES = {
    "uuid": "is not a UUID (like 7c1e2a94-3b5d-4f0e-9a61-2d8f6c4b0e11); "
    "leave 'id' out to have one generated",
    "identifier": "is not a valid id: use letters, digits, '-', '_' and '.', "
    "starting with a letter or digit (no spaces), e.g. 'service-hotline'",
    "text": "must not be empty",
    "date": "is not a date: write it as YYYY-MM-DD",
}
_PHONE_MESSAGE = "is not a phone number: use digits, spaces, '+', '/', '-', '(' and ')'"

_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "nothing",
}

_EMPTY_LISTS = {
    "sections": "the catalogue needs at least one section",
    "criteria": "a section needs at least one criterion",
    "targets": "at least one target is needed",
    "scenarios": "at least one scenario is needed",
    "script": "a scenario needs at least one script step",
    "options": "a choice criterion needs at least two options",
}

#: The field a criterion of one kind needs, and how to say so.
_KIND_FIELDS = {
    "rule": ("timing", 'a timing criterion needs a rule, e.g. rule: "time_to_answer <= 20"'),
    "scale": ("scale", "a scale criterion needs a scale, e.g. scale: {low: 1, high: 5}"),
    "options": ("choice", "a choice criterion needs options, each with id, label and credit"),
}

#: Keyword order when several errors fall on one field: the first one explains it best.
_PRIORITY = ("type", "required", "additionalProperties", "const", "enum")


@lru_cache(maxsize=1)
def campaign_schema() -> dict[str, Any]:
    """The published campaign schema (Draft 2020-12), read from the resources."""
    schema: dict[str, Any] = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return schema


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(campaign_schema())


#: Fields with problems after which the check stops: collecting every problem of a hostile
#: document first and keeping 20 afterwards cost minutes.
MAX_ISSUES = 20


def schema_issues(document: Any) -> list[tuple[FieldPath, str]]:
    """The structural problems as (field path, message), at most one per field.

    Stops once ``MAX_ISSUES`` fields have problems (the errors of the field at hand still
    count, so its best message is kept).
    """
    found: dict[FieldPath, tuple[int, str]] = {}
    for error in _validator().iter_errors(document):
        if len(found) >= MAX_ISSUES:
            break
        for path, message in _explain(error):
            rank = _rank(error)
            if path not in found or rank < found[path][0]:
                found[path] = (rank, message)
    return [(path, message) for path, (_, message) in found.items()]


def _rank(error: ValidationError) -> int:
    keyword = str(error.validator)
    return _PRIORITY.index(keyword) if keyword in _PRIORITY else len(_PRIORITY)


def _explain(error: ValidationError) -> Iterator[tuple[FieldPath, str]]:
    path: FieldPath = tuple(error.absolute_path)
    keyword, expected, value = error.validator, error.validator_value, error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "required":
        for name in expected:
            if isinstance(value, dict) and name not in value:
                yield (*path, name), _missing(error, name)
    elif keyword == "additionalProperties":
        known = list(schema.get("properties", {}))
        for name in value:
            if name not in known:
                yield (*path, name), _unknown_field(name, known)
    elif keyword == "not" and isinstance(expected, dict):
        for name in expected.get("required", ()):
            kind, _ = _KIND_FIELDS.get(name, ("?", ""))
            message = f"'{name}' belongs only to {kind} criteria; this one is '{value.get('kind')}'"
            yield (*path, name), message
    elif keyword == "type":
        yield path, _wrong_type(expected, value)
    elif keyword == "const":
        yield path, _wrong_const(path, expected, value)
    elif keyword == "enum":
        yield path, _wrong_enum(path, expected, value)
    elif keyword == "pattern":
        yield path, f"{_quote(value)} {_pattern_message(expected)}"
    elif keyword == "minItems":
        yield path, _empty_list(path)
    elif keyword in ("minimum", "exclusiveMinimum", "maximum"):
        yield path, _out_of_range(path, value)
    else:
        yield path, error.message


def _missing(error: ValidationError, name: str) -> str:
    if "then" in error.relative_schema_path and name in _KIND_FIELDS:
        return _KIND_FIELDS[name][1]
    return "required field is missing"


def _unknown_field(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    hint = f"; did you mean '{close[0]}'?" if close else f" (known here: {', '.join(known)})"
    return f"unknown field '{name}'{hint}"


def _wrong_type(expected: Any, value: Any) -> str:
    wanted = " or ".join(_TYPE_WORDS.get(t, t) for t in _as_list(expected))
    found = _describe_value(value)
    hint = ""
    if "string" in _as_list(expected) and isinstance(value, int | float | bool):
        # YAML reads 0301234567, yes or 12:30 as numbers or booleans, not as the text written.
        hint = "; put the value in quotes"
    return f"expected {wanted}, found {found}{hint}"


def _describe_value(value: Any) -> str:
    if value is None:
        return "no value"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return f"the text {_quote(value)}"
    if isinstance(value, list):
        return "a list"
    return "a mapping of fields"


def _wrong_const(path: FieldPath, expected: Any, value: Any) -> str:
    if path == ("format",):
        return f"must be exactly '{expected}', found {_quote(value)}"
    if path and path[-1] == "knockout":
        return "a text criterion is not scored, so it cannot be a knockout"
    if path and path[-1] == "na_allowed":
        return "a text criterion is not scored, so it has no n/a"
    return f"must be {json.dumps(expected)}, found {_quote(value)}"


def _wrong_enum(path: FieldPath, expected: Any, value: Any) -> str:
    choices = ", ".join(str(v) for v in expected)
    if path and path[-1] == "kind":
        return f"unknown criterion kind {_quote(value)} (known: {choices})"
    if path == ("language",):
        return f"unknown language {_quote(value)} (known: {choices})"
    return f"{_quote(value)} is not one of {choices}"


def _pattern_message(pattern: str) -> str:
    for name, definition in campaign_schema()["$defs"].items():
        if definition.get("pattern") == pattern and name in _PATTERN_MESSAGES:
            return _PATTERN_MESSAGES[name]
    return _PHONE_MESSAGE


def _empty_list(path: FieldPath) -> str:
    if len(path) >= 2 and path[-1] == "targets" and path[0] == "scenarios":
        return (
            "the list of targets is empty; leave 'targets' out to play the scenario on every target"
        )
    name = path[-1] if path else ""
    return _EMPTY_LISTS.get(str(name), "the list must not be empty")


def _out_of_range(path: FieldPath, value: Any) -> str:
    name = path[-1] if path else ""
    if name == "credit":
        return f"credit must be between 0 and 1, found {value}"
    if name == "max_attempts":
        return f"must be at least 1, found {value}"
    return f"must be greater than 0, found {value}"


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def _quote(value: Any) -> str:
    return f"'{value}'" if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
