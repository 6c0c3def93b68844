"""Writing a campaign document as a campaign file people can read and edit.

Keys come in the order of the examples (format, id, name, ...), short lists of ids and small
mappings (period, scale, options) stay on one line, text keeps its umlauts, and reading the
result back gives the same document.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

HEADER = (
    "# Mystery Caller campaign file (mysterycaller-campaign/1).\n"
    "# Check it with: mysterycaller campaign validate FILE.yaml\n"
)

_TOP = (
    "format", "id", "name", "client", "language", "period", "rules", "targets", "catalogue",
    "scenarios",
)  # fmt: skip
_RULES = (
    "max_wait_seconds", "max_attempts", "service_level_seconds", "unreached_scores_zero",
    "record_agent_names", "min_calls", "grades",
)  # fmt: skip
_TARGET = ("id", "name", "phone", "hours", "competitor")
_SECTION = ("id", "title", "weight", "criteria")
_CRITERION = (
    "id", "text", "kind", "rule", "scale", "options", "weight", "knockout", "na_allowed", "help",
)  # fmt: skip
_SCENARIO = ("id", "title", "targets", "persona", "goal", "script", "criteria_na")
_STEP = ("say", "expect", "note", "criteria")
#: Free text, written in double quotes as in the examples, so a ": " or "#" typed later is safe.
_TEXT_KEYS = frozenset(
    {"name", "client", "phone", "hours", "title", "text", "help", "rule", "label", "details",
     "goal", "say", "expect", "note"}
)  # fmt: skip
# Top-level blocks get a blank line before them, as in the examples.
_BLOCK_START = re.compile(r"^(period|rules|targets|catalogue|scenarios):", re.MULTILINE)


class _FlowList(list[Any]):
    """A list written on one line: ``[a, b]``."""


class _FlowMap(dict[str, Any]):
    """A mapping written on one line: ``{low: 1, high: 5}``."""


class _Text(str):
    """Text written in double quotes, or as a block when it spans lines."""

    __slots__ = ()


class _Dumper(yaml.SafeDumper):
    """Indents lists under their key, as people write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_text(dumper: yaml.SafeDumper, value: _Text) -> yaml.Node:
    style = "|" if "\n" in value else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=style)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Text, _represent_text)
_Dumper.add_representer(
    _FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)
_Dumper.add_representer(
    _FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True)
)


def dump_campaign_yaml(document: dict[str, Any]) -> str:
    """The document as readable campaign YAML; reading it back gives the same document."""
    text = yaml.dump(
        _arranged(document),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,  # one value per line, like the examples; long lines wrap in editors
        indent=2,
    )
    return HEADER + _BLOCK_START.sub(lambda m: "\n" + m.group(0), text)


def _arranged(document: dict[str, Any]) -> dict[str, Any]:
    result = _ordered(document, _TOP)
    if isinstance(result.get("period"), dict):
        result["period"] = _FlowMap(
            {k: _as_date(v) for k, v in _ordered(result["period"], ("start", "end")).items()}
        )
    if isinstance(result.get("rules"), dict):
        result["rules"] = _ordered(result["rules"], _RULES)
    result["targets"] = _each(result.get("targets"), lambda t: _ordered(t, _TARGET))
    catalogue = result.get("catalogue")
    if isinstance(catalogue, dict):
        result["catalogue"] = {
            **catalogue,
            "sections": _each(catalogue.get("sections"), _section),
        }
    result["scenarios"] = _each(result.get("scenarios"), _scenario)
    return {k: v for k, v in result.items() if v is not None or k in document}


def _section(section: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = _ordered(section, _SECTION)
    result["criteria"] = _each(result.get("criteria"), _criterion)
    return result


def _criterion(criterion: dict[str, Any]) -> dict[str, Any]:
    result = _ordered(criterion, _CRITERION)
    scale = result.get("scale")
    if isinstance(scale, dict):
        labels = scale.get("labels")
        ordered = _ordered(scale, ("low", "high", "labels"))
        if isinstance(labels, list):
            ordered["labels"] = _FlowList(_Text(x) if isinstance(x, str) else x for x in labels)
        result["scale"] = _FlowMap(ordered)
    result["options"] = _each(
        result.get("options"), lambda o: _FlowMap(_ordered(o, ("id", "label", "credit")))
    )
    return {k: v for k, v in result.items() if v is not None or k in criterion}


def _scenario(scenario: dict[str, Any]) -> dict[str, Any]:
    result = _ordered(scenario, _SCENARIO)
    for key in ("targets", "criteria_na"):
        if isinstance(result.get(key), list):
            result[key] = _FlowList(result[key])
    if isinstance(result.get("persona"), dict):
        result["persona"] = _ordered(result["persona"], ("name", "details"))
    result["script"] = _each(result.get("script"), _step)
    return {k: v for k, v in result.items() if v is not None or k in scenario}


def _step(step: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = _ordered(step, _STEP)
    if isinstance(result.get("criteria"), list):
        result["criteria"] = _FlowList(result["criteria"])
    return result


def _ordered(mapping: Any, order: tuple[str, ...]) -> Any:
    """The mapping with the known keys first, in ``order``; anything else after, as it came."""
    if not isinstance(mapping, dict):
        return mapping
    known = {key: mapping[key] for key in order if key in mapping}
    result = known | {key: value for key, value in mapping.items() if key not in known}
    return {
        key: _Text(value) if key in _TEXT_KEYS and isinstance(value, str) else value
        for key, value in result.items()
    }


def _each(values: Any, arrange: Any) -> Any:
    if not isinstance(values, list):
        return values
    return [arrange(v) if isinstance(v, dict) else v for v in values]


def _as_date(value: Any) -> Any:
    # Written bare (2027-01-11) as in the examples; YAML reads that back as the same date.
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    return value
