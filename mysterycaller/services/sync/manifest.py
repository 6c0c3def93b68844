"""The manifest of a bundle and the published JSON Schemas its parts are checked against."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from mysterycaller import __version__
from mysterycaller.resources import resource_path
from mysterycaller.services.call_records import parse_json_document
from mysterycaller.services.errors import Problem, RefusedInput

FORMAT = "mysterycaller-sync/1"
MANIFEST = "manifest.json"
CALLS = "calls.json"
ASSIGNMENTS = "assignments.json"
RESULTS, PACKAGE = "results", "campaign-package"
CAMPAIGN_PART = re.compile(r"campaigns/([0-9a-f-]{36})/v([1-9][0-9]*)\.json")
#: How many schema problems one refusal lists; the rest are counted.
MAX_LISTED = 20


def campaign_part(campaign_id: str, number: int) -> str:
    """The member name of a campaign version."""
    return f"campaigns/{campaign_id}/v{number}.json"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def _schema(name: str) -> dict[str, Any]:
    path = resource_path("schemas", f"{name}.schema.json")
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


@cache
def validator(name: str) -> Draft202012Validator:
    """The validator of a published schema in resources/schemas (``sync-manifest``, ...)."""
    return Draft202012Validator(_schema(name))


@cache
def _fast_check(name: str) -> Callable[[Any], Any]:
    # jsonschema walks a 10,000-call bundle in about 8 s; the compiled check takes a fraction of
    # that. Our schemas use only keywords both agree on; jsonschema still has the last word and
    # describes every problem whenever the compiled check finds one.
    import fastjsonschema

    check: Callable[[Any], Any] = fastjsonschema.compile(_schema(name))
    return check


def schema_problems(name: str, document: Any, part: str) -> list[Problem]:
    """Every place where ``document`` breaks the schema, as problems naming the part."""
    import fastjsonschema

    try:
        _fast_check(name)(document)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    # Stop after the first MAX_LISTED + 1: a hostile part can hold a million problems, and
    # collecting them all costs minutes and gigabytes before the first one is shown.
    first = list(itertools.islice(validator(name).iter_errors(document), MAX_LISTED + 1))
    errors = sorted(first[:MAX_LISTED], key=lambda e: [str(p) for p in e.absolute_path])
    problems = [
        Problem(
            f"{part}: {_shorten(error.json_path.removeprefix('$').lstrip('.')) or '(top)'}",
            None,
            _message(error.validator, error.message),
        )
        for error in errors
    ]
    if len(first) > MAX_LISTED:
        problems.append(
            Problem(part, None, f"and more problems (the check stopped after {MAX_LISTED})")
        )
    return problems


def _shorten(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _message(keyword: Any, message: str) -> str:
    if keyword == "additionalProperties":
        return f"unknown field ({message})"
    return _shorten(message, 300)


def build_manifest(
    kind: str, parts: Mapping[str, bytes], *, tester: str | None, calls: int
) -> dict[str, Any]:
    """The manifest of a bundle holding ``parts`` (member name to bytes)."""
    return {
        "format": FORMAT,
        "kind": kind,
        "app_version": __version__,
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "tester": tester,
        "calls": calls,
        "parts": [
            {"path": path, "sha256": sha256_hex(data), "size": len(data)}
            for path, data in parts.items()
        ],
    }


def dump_json(value: Any) -> bytes:
    """A part's bytes: UTF-8 JSON, keys in the order given, one line per record for diffs."""
    if isinstance(value, list) and value:
        lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in value)
        return f"[\n{lines}\n]\n".encode()
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()


def check_manifest(members: Mapping[str, bytes], source: str) -> dict[str, Any]:
    """The manifest, after checking it and that members match its list, sizes and SHA-256."""

    def refuse(where: str, message: str) -> RefusedInput:
        return RefusedInput(source, [Problem(where, None, message)])

    if MANIFEST not in members:
        raise refuse("", "not a Mystery Caller bundle (it has no manifest.json)")
    manifest = parse_json_document(members[MANIFEST], f"{source}: {MANIFEST}")
    if not isinstance(manifest, dict):
        raise refuse(MANIFEST, "must be a JSON object")
    found = manifest.get("format")
    if found != FORMAT:
        raise refuse(
            f"{MANIFEST}: format", f"unknown bundle format {found!r} (this app reads {FORMAT})"
        )
    problems = schema_problems("sync-manifest", manifest, MANIFEST)
    if problems:
        raise RefusedInput(source, problems)
    listed = [part["path"] for part in manifest["parts"]]
    if len(set(listed)) != len(listed):
        raise refuse(f"{MANIFEST}: parts", "a part is listed more than once")
    for name in sorted(set(members) - set(listed) - {MANIFEST}):
        raise refuse(name, "member not listed in the manifest")
    for part in manifest["parts"]:
        path = part["path"]
        if path not in members:
            raise refuse(path, "listed in the manifest but missing from the bundle")
        data = members[path]
        if len(data) != part["size"] or sha256_hex(data) != part["sha256"]:
            raise refuse(path, "checksum mismatch: the part was damaged or altered")
    return manifest
