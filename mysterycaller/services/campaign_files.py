"""Campaign files (``mysterycaller-campaign/1``): read and check them, write them, ship templates.

A file is refused with every problem found at once, each with its field path and line, so a
coordinator can fix a file in one go. Reading happens in three steps: strict YAML
(``yaml_source``), the published JSON Schema (``campaign_schema``), then the checks of meaning a
schema cannot express (``campaign_checks``).
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from mysterycaller.domain.campaign import Campaign
from mysterycaller.domain.campaign_document import campaign_from_document, normalise_document
from mysterycaller.resources import resource_path
from mysterycaller.services.campaign_checks import semantic_issues
from mysterycaller.services.campaign_problems import (
    CampaignFileError,
    FieldPath,
    LineMap,
    Problem,
    line_of,
    problem_at,
)
from mysterycaller.services.campaign_schema import schema_issues
from mysterycaller.services.campaign_yaml import dump_campaign_yaml
from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.files import read_capped
from mysterycaller.services.yaml_source import MAX_BYTES, YamlSourceError, read_yaml

__all__ = [
    "DEMO_CAMPAIGN_ID",
    "CampaignFileError",
    "LoadedCampaign",
    "Problem",
    "demo_document",
    "dump_campaign_yaml",
    "load_campaign_file",
    "parse_campaign_text",
    "template_document",
    "template_text",
    "validate_document",
]

DEMO_CAMPAIGN_ID = "5e0c9b7a-1d2f-4c3b-9a8e-7f6d5c4b3a21"
TEMPLATE_LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class LoadedCampaign:
    """A campaign read from a file: the domain object and its normalised document."""

    campaign: Campaign
    #: Plain JSON (dates as ISO strings), with ``id`` filled in.
    document: dict[str, Any]
    #: True when the file had no id and a fresh uuid4 was assigned.
    id_generated: bool
    #: Line of each field in the file it came from, by field path (empty when not from a file).
    lines: LineMap = field(default_factory=dict, compare=False, repr=False)


#: Problems listed for one file; the rest are summed up in one more line.
MAX_PROBLEMS = 20


def load_campaign_file(path: Path) -> LoadedCampaign:
    """Read and check a campaign file; raises CampaignFileError naming every problem."""
    try:
        raw = read_capped(Path(path), MAX_BYTES)
    except RefusedInput as error:
        raise CampaignFileError(error.source, error.problems) from None
    return parse_campaign_text(raw, str(path))


def parse_campaign_text(text: str | bytes, source: str) -> LoadedCampaign:
    """Check campaign text as ``load_campaign_file`` does; ``source`` names it in messages."""
    try:
        parsed = read_yaml(text)
    except YamlSourceError as error:
        raise CampaignFileError(source, [error.problem]) from error
    if not isinstance(parsed.data, dict):
        found = "a list" if isinstance(parsed.data, list) else "a single value"
        message = (
            f"a campaign file is a mapping of fields (format: ..., name: ..., ...), "
            f"but this file holds {found}"
        )
        raise CampaignFileError(source, [Problem("", parsed.lines.get(()), message)])
    problems = _checked(parsed.data, parsed.lines, parsed.refused, parsed.problems)
    if problems:
        raise CampaignFileError(source, problems)
    return _loaded(parsed.data, parsed.lines)


def validate_document(
    document: dict[str, Any], source: str = "<document>", lines: LineMap | None = None
) -> list[Problem]:
    """Every problem of a campaign document (from a bundle, say); empty when it is valid."""
    if not isinstance(document, dict):
        return [Problem("", None, f"{source} is not a campaign document (a mapping of fields)")]
    return _checked(document, lines or {}, set(), [])


def _checked(
    document: dict[str, Any],
    lines: LineMap,
    refused: set[FieldPath],
    earlier: list[Problem],
) -> list[Problem]:
    plain = normalise_document(document)
    issues = schema_issues(plain) + semantic_issues(plain)
    # A value the YAML reader already refused is None here; saying so again would only confuse.
    issues = [(p, m) for p, m in issues if not any(p[: len(r)] == r for r in refused)]
    order = _document_order(plain)
    ranked = [
        (line_of(path, lines) or 0, _position(path, order), problem_at(path, message, lines))
        for path, message in issues
    ]
    ranked += [(p.line or 0, -1, p) for p in earlier]
    ranked.sort(key=lambda item: item[:2])
    unique = list(dict.fromkeys(problem for *_, problem in ranked))
    if len(unique) > MAX_PROBLEMS:
        rest = Problem("", None, f"and more problems (the check stopped after {MAX_PROBLEMS})")
        unique = [*unique[:MAX_PROBLEMS], rest]
    return unique


def _document_order(value: Any, path: FieldPath = ()) -> dict[FieldPath, int]:
    """Each path's position in reading order: the sort key of problems without lines."""
    order: dict[FieldPath, int] = {}

    def visit(item: Any, at: FieldPath) -> None:
        order[at] = len(order)
        children = (
            item.items()
            if isinstance(item, dict)
            else enumerate(item)
            if isinstance(item, list)
            else ()
        )
        for key, child in children:
            visit(child, (*at, key))

    visit(value, path)
    return order


def _position(path: FieldPath, order: dict[FieldPath, int]) -> int:
    """Where ``path`` comes in reading order; a missing field comes right after its parent."""
    for end in range(len(path), -1, -1):
        if path[:end] in order:
            return order[path[:end]]
    return len(order)


def _loaded(data: dict[str, Any], lines: LineMap) -> LoadedCampaign:
    document = normalise_document(data)
    generated = "id" not in document
    campaign_id = str(uuid.uuid4()) if generated else str(document["id"]).lower()
    # The id goes right after the format line, where the examples have it.
    ordered = {"format": document.pop("format"), "id": campaign_id}
    document.pop("id", None)
    ordered.update(document)
    return LoadedCampaign(campaign_from_document(ordered), ordered, generated, lines)


def template_document(language: str) -> dict[str, Any]:
    """A starter campaign in ``language`` ("de" or "en") with the built-in catalogue, no id."""
    if language not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no template in language {language!r} (known: de, en)")
    document = copy.deepcopy(_shipped(f"catalogue-{language}.yaml").document)
    del document["id"]
    return document


def template_text(language: str) -> str:
    """The starter campaign file as shipped, with its explanatory comments."""
    if language not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no template in language {language!r} (known: de, en)")
    return resource_path("templates", f"catalogue-{language}.yaml").read_text(encoding="utf-8")


def demo_document() -> dict[str, Any]:
    """The German demo campaign, with its fixed id ``DEMO_CAMPAIGN_ID``."""
    loaded = _shipped("demo-campaign-de.yaml")
    if loaded.id_generated or loaded.document["id"] != DEMO_CAMPAIGN_ID:
        raise RuntimeError("the shipped demo campaign lost its fixed id")
    return copy.deepcopy(loaded.document)


@cache
def _shipped(name: str) -> LoadedCampaign:
    # A broken shipped file is a bug; CampaignFileError says exactly where.
    return load_campaign_file(resource_path("templates", name))
