"""What is wrong with a campaign file: problems with their field path and line, and the error."""

from __future__ import annotations

from collections.abc import Mapping

from mysterycaller.services.errors import Problem, RefusedInput

__all__ = ["CampaignFileError", "FieldPath", "LineMap", "Problem", "format_path", "line_of"]

#: A place in a document: mapping keys and list indices from the top, e.g. ("targets", 0, "id").
FieldPath = tuple[str | int, ...]

#: Where each field starts in its file (1-based line), by field path.
LineMap = Mapping[FieldPath, int]


class CampaignFileError(RefusedInput):
    """A campaign file (or document) that was refused, with every problem found in it."""

    @property
    def path(self) -> str:
        return self.source


def format_path(path: FieldPath) -> str:
    """``("catalogue", "sections", 1, "id")`` as ``catalogue.sections[1].id``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def line_of(path: FieldPath, lines: LineMap | None) -> int | None:
    """The line of ``path``, or of its nearest ancestor the map knows (a missing field, say)."""
    if not lines:
        return None
    if not path:
        return lines.get(path)
    # The whole document starts at its first key: no help in finding a missing top-level field.
    for end in range(len(path), 0, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return None


def problem_at(path: FieldPath, message: str, lines: LineMap | None) -> Problem:
    """A problem placed at ``path`` with the line the map gives for it."""
    return Problem(format_path(path), line_of(path, lines), message)
