"""Refused input: every problem found, each with its place; the CLI exits with status 1."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: the field path, the line when known, and what is wrong."""

    where: str
    line: int | None
    message: str


#: Lines a refusal prints; the rest are counted in one more line.
MAX_PRINTED = 50


class RefusedInput(Exception):
    """Input that was refused as a whole; nothing was changed."""

    def __init__(self, source: str, problems: Sequence[Problem]):
        self.source = source
        self.problems = list(problems)
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line per problem: ``<source>:<line>: <where>: <message>``, unknown parts left out.

        At most ``MAX_PRINTED`` lines, then one that counts the rest.
        """
        lines = [_describe(self.source, problem) for problem in self.problems[:MAX_PRINTED]]
        rest = len(self.problems) - MAX_PRINTED
        if rest > 0:
            lines.append(f"{self.source}: and {rest} more problems")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.describe()


def _describe(source: str, problem: Problem) -> str:
    place = source if problem.line is None else f"{source}:{problem.line}"
    return ": ".join(part for part in (place, problem.where, problem.message) if part)
