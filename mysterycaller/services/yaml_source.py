"""YAML text to plain JSON-like data, with the line of every field and what the parser let slip.

PyYAML's safe loader is too lenient for files people edit by hand: it keeps the last of two
equal keys, expands anchors and aliases, and builds sets, binary strings and timestamps from
tags. Here the composed node tree is walked by hand instead, so each of these becomes a problem
with its line, and every field's line is remembered for later messages.
"""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Any

import yaml

from mysterycaller.services.campaign_problems import FieldPath, Problem, format_path

#: A campaign file is a few dozen kilobytes; anything this large is not one.
MAX_BYTES = 5 * 1024 * 1024
#: A campaign nests about eight levels deep; far deeper data is no campaign and strains recursion.
MAX_DEPTH = 40
_TOO_DEEP = "the data is nested too deeply to be a campaign file"
#: YAML events (values, starts and ends of lists and mappings) in one file: the example
#: campaigns have about 600; reading far more with the strict reader would take seconds.
MAX_EVENTS = 20_000

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_YAML + t for t in ("str", "int", "float", "bool", "null", "timestamp"))
_ALIAS_TAG = "mysterycaller:alias"
_NOT_PLAIN = "a campaign file holds only text, numbers, true/false, dates, lists and mappings"


class YamlSourceError(Exception):
    """The text cannot be read as YAML at all (binary, empty, syntax error)."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.message)


@dataclass
class YamlSource:
    """The data of a YAML document, its field lines, and problems that leave the data usable."""

    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    #: Paths whose value was dropped (replaced by None) because of a problem already reported.
    refused: set[FieldPath] = field(default_factory=set)


def read_yaml(raw: str | bytes) -> YamlSource:
    """Parse one YAML document strictly; raises YamlSourceError when there is nothing to check."""
    text = decode_text(raw)
    if not text.strip():
        raise YamlSourceError(Problem("", None, "the file is empty"))
    _check_size_and_depth(text)
    loader = None
    try:
        loader = _Loader(text)  # the reader rejects control characters right here
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        raise YamlSourceError(_syntax_problem(error)) from error
    except yaml.reader.ReaderError as error:
        line = text.count("\n", 0, error.position) + 1
        message = (
            f"the character U+{error.character:04X} is not allowed in a YAML file "
            f"(character offset {error.position})"
        )
        raise YamlSourceError(Problem("", line, message)) from error
    except yaml.YAMLError as error:
        raise YamlSourceError(Problem("", None, f"YAML error: {error}")) from error
    except RecursionError as error:
        raise YamlSourceError(Problem("", None, _TOO_DEEP)) from error
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        raise YamlSourceError(Problem("", None, "the file is empty (it holds only comments)"))
    assert loader is not None
    builder = _Builder(loader)
    data = builder.build(node, ())
    return YamlSource(data, builder.lines, builder.problems, builder.refused)


def _check_size_and_depth(text: str) -> None:
    """Refuse, before building anything, text with too many values or nested too deeply.

    libyaml's event parser (when installed) reads a few hundred thousand events a second and
    stops at the limit, so a hostile file costs little; syntax errors are left to the strict
    reader, which words them better.
    """
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    try:
        for count, event in enumerate(yaml.parse(text, Loader=loader_class), start=1):
            if count > MAX_EVENTS:
                message = (
                    f"the file holds more than {MAX_EVENTS:,} values; "
                    "a campaign file is far smaller"
                )
                raise YamlSourceError(Problem("", None, message))
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlSourceError(Problem("", event.start_mark.line + 1, _TOO_DEEP))
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.MarkedYAMLError as error:
        # libyaml stops at 1,000 levels itself; the pure-Python reader would recurse instead.
        if "nesting depth" in str(error.problem):
            line = error.problem_mark.line + 1 if error.problem_mark is not None else None
            raise YamlSourceError(Problem("", line, _TOO_DEEP)) from None
    except yaml.YAMLError:
        return


def decode_text(raw: str | bytes) -> str:
    """The text of a file that must be UTF-8; binary and other encodings are refused."""
    if len(raw) > MAX_BYTES:
        raise YamlSourceError(
            Problem("", None, f"the file is too large for a campaign file ({len(raw)} bytes)")
        )
    if isinstance(raw, str):
        offset = raw.find("\x00")
        if offset >= 0:
            raise YamlSourceError(
                Problem("", None, f"this is not a text file: NUL character at offset {offset}")
            )
        return raw.removeprefix("\ufeff")
    offset = raw.find(b"\x00")
    if offset >= 0:
        # UTF-16 is the usual culprit: Windows editors offer it as "Unicode".
        message = (
            f"this is a binary file, not YAML text: NUL byte at offset {offset} "
            "(if it is text, save it as UTF-8)"
        )
        raise YamlSourceError(Problem("", None, message))
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        message = (
            f"the file is not UTF-8 text: byte 0x{raw[error.start]:02X} at offset {error.start} "
            "cannot be decoded (save the file as UTF-8)"
        )
        raise YamlSourceError(Problem("", line, message)) from error


def _syntax_problem(error: yaml.MarkedYAMLError) -> Problem:
    mark = error.problem_mark or error.context_mark
    what = error.problem or error.context or "invalid YAML"
    if error.context and error.problem:
        what = f"{error.problem} ({error.context}"
        if error.context_mark is not None and error.context_mark is not mark:
            what += f" at line {error.context_mark.line + 1}"
        what += ")"
    if mark is None:
        return Problem("", None, f"YAML syntax error: {what}")
    return Problem("", mark.line + 1, f"YAML syntax error at column {mark.column + 1}: {what}")


class _Loader(yaml.SafeLoader):
    """A safe loader whose composer records anchors and leaves aliases unexpanded."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.anchored: dict[int, str] = {}

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            # Expanding would let a few lines grow into gigabytes and share mutable values.
            event = self.get_event()  # type: ignore[no-untyped-call]
            return yaml.ScalarNode(_ALIAS_TAG, event.anchor, event.start_mark, event.end_mark)
        anchor = self.peek_event().anchor  # type: ignore[no-untyped-call]
        node = super().compose_node(parent, index)
        if anchor is not None:
            self.anchored[id(node)] = anchor
        return node


class _Builder:
    """Walks a node tree into plain data, noting lines and problems on the way."""

    def __init__(self, loader: _Loader):
        self.loader = loader
        self.lines: dict[FieldPath, int] = {}
        self.problems: list[Problem] = []
        self.refused: set[FieldPath] = set()

    def refuse(self, path: FieldPath, line: int, message: str) -> None:
        self.problems.append(Problem(format_path(path), line, message))
        self.refused.add(path)

    def build(self, node: yaml.Node, path: FieldPath) -> Any:
        line = node.start_mark.line + 1
        self.lines.setdefault(path, line)
        if len(path) > MAX_DEPTH:
            self.refuse(path, line, _TOO_DEEP)
            return None
        if node.tag == _ALIAS_TAG:
            self.refuse(path, line, f"aliases (*{node.value}) are not supported: {_WRITE_OUT}")
            return None
        anchor = self.loader.anchored.get(id(node))
        if anchor is not None:
            self.problems.append(
                Problem(
                    format_path(path), line, f"anchors (&{anchor}) are not supported: {_WRITE_OUT}"
                )
            )
        if isinstance(node, yaml.MappingNode) and node.tag == _YAML + "map":
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode) and node.tag == _YAML + "seq":
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
            return self.scalar(node, path)
        self.refuse(path, line, f"the YAML tag {_short_tag(node.tag)} is not allowed: {_NOT_PLAIN}")
        return None

    def mapping(self, node: yaml.MappingNode, path: FieldPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == _YAML + "merge":
                self.refuse(path, line, f"merge keys (<<) are not supported: {_WRITE_OUT}")
                continue
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _ALIAS_TAG:
                self.refuse(path, line, "a field name must be a plain word, not a list or mapping")
                continue
            # The name as written: "yes:" or "1:" are field names, not a boolean or a number.
            key = str(key_node.value)
            if key in first_line:
                self.problems.append(
                    Problem(
                        format_path((*path, key)),
                        line,
                        f"duplicate field '{key}' (first given at line {first_line[key]}); "
                        "YAML would silently keep only one of them",
                    )
                )
                continue
            first_line[key] = line
            self.lines[(*path, key)] = line
            result[key] = self.build(value_node, (*path, key))
        return result

    def scalar(self, node: yaml.ScalarNode, path: FieldPath) -> Any:
        line = node.start_mark.line + 1
        try:
            value = self.loader.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError):
            # The resolver matched a date pattern that is no real date, e.g. 2027-02-30.
            self.refuse(path, line, f"'{node.value}' is not a valid date")
            return None
        if isinstance(value, datetime.datetime):
            return str(node.value)  # date and time: kept as written, checked where it matters
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, float) and not math.isfinite(value):
            self.refuse(path, line, f"'{node.value}' is not a finite number")
            return None
        return value


_WRITE_OUT = "write each value out in full"


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_YAML) if tag.startswith(_YAML) else tag
