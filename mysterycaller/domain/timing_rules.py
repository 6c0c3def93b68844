"""Timing rules such as ``time_to_answer <= 30 and hold_count < 2``, parsed without eval.

Grammar (``and`` binds tighter than ``or``; parentheses group)::

    rule       := conjunction ("or" conjunction)*
    conjunction:= atom ("and" atom)*
    atom       := comparison | "(" rule ")"
    comparison := MEASURE OP NUMBER
    OP         := "<=" | "<" | ">=" | ">" | "==" | "!="

Hostile text costs little: the length, the nesting of parentheses and the digits of each number
are checked before any parsing, so a rule is refused with a sentence, never a RecursionError.
``parse_rule(str(rule), measures) == rule`` holds for every rule ``parse_rule`` returns.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

OPERATORS: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    "<": operator.lt,
    ">=": operator.ge,
    ">": operator.gt,
    "==": operator.eq,
    "!=": operator.ne,
}

#: A real rule is a line or two; this is far more than any campaign needs.
MAX_LENGTH = 1000
#: Parentheses nested deeper than this are no rule a person wrote.
MAX_NESTING = 20
#: Digits of a number before and after the decimal point (seconds and counts need far fewer).
MAX_INTEGER_DIGITS = 9
MAX_FRACTION_DIGITS = 6

_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<op><=|>=|==|!=|<|>)|(?P<paren>[()])"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)|(?P<bad>\S))"
)


class RuleError(ValueError):
    """A timing rule that does not follow the grammar or names an unknown measure."""


@dataclass(frozen=True)
class Comparison:
    measure: str
    op: str
    number: float

    def evaluate(self, measure: Callable[[str], float | None]) -> bool | None:
        value = measure(self.measure)
        if value is None:
            return None
        return OPERATORS[self.op](value, self.number)

    def __str__(self) -> str:
        return f"{self.measure} {self.op} {format_number(self.number)}"


@dataclass(frozen=True)
class BoolOp:
    op: str  # "and" | "or"
    operands: tuple[TimingRule, ...]

    def evaluate(self, measure: Callable[[str], float | None]) -> bool | None:
        values = [operand.evaluate(measure) for operand in self.operands]
        # A rule over a measure the call does not have cannot be judged: the criterion is n/a.
        if any(v is None for v in values):
            return None
        return all(values) if self.op == "and" else any(values)

    def __str__(self) -> str:
        return f" {self.op} ".join(
            f"({o})" if isinstance(o, BoolOp) else str(o) for o in self.operands
        )


TimingRule = Comparison | BoolOp


def format_number(number: float) -> str:
    """A number as the grammar writes it: digits and at most one point, never an exponent."""
    if number == int(number):
        return str(int(number))
    return format(Decimal(repr(number)), "f")


def parse_rule(text: str, measures: frozenset[str] | tuple[str, ...]) -> TimingRule:
    """Parse a rule, naming the offending token in the error when it is not valid."""
    if len(text) > MAX_LENGTH:
        raise RuleError(
            f"the rule is {len(text)} characters long; a rule may have at most {MAX_LENGTH}"
        )
    tokens = _tokenize(text)
    _check_nesting(tokens, text)
    parser = _Parser(tokens, frozenset(measures), text)
    rule = parser.rule()
    if parser.position < len(tokens):
        raise RuleError(f"unexpected {tokens[parser.position][1]!r} in rule {_shown(text)}")
    return rule


def measures_used(rule: TimingRule) -> set[str]:
    if isinstance(rule, Comparison):
        return {rule.measure}
    return set().union(*(measures_used(o) for o in rule.operands))


def _shown(text: str) -> str:
    """The rule for a message: quoted, and cut short if it is long."""
    return repr(text) if len(text) <= 80 else repr(text[:77] + "...")


def _check_nesting(tokens: list[tuple[str, str]], text: str) -> None:
    depth = 0
    for kind, value in tokens:
        if kind == "paren":
            depth += 1 if value == "(" else -1
            if depth > MAX_NESTING:
                raise RuleError(
                    f"parentheses are nested more than {MAX_NESTING} deep in rule {_shown(text)}"
                )


def _number(text: str, rule: str) -> float:
    whole, _, fraction = text.partition(".")
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS or len(fraction) > MAX_FRACTION_DIGITS:
        raise RuleError(
            f"the number {_shown(text)} in rule {_shown(rule)} has too many digits (at most "
            f"{MAX_INTEGER_DIGITS} before and {MAX_FRACTION_DIGITS} after the decimal point)"
        )
    value = float(text)
    if not math.isfinite(value):  # cannot happen within the digit limits; kept as a guard
        raise RuleError(f"the number {_shown(text)} in rule {_shown(rule)} is not finite")
    return value


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind is None:
            continue
        value = match.group(kind)
        if kind == "bad":
            raise RuleError(f"unexpected character {value!r} in rule {_shown(text)}")
        tokens.append((kind, value))
    if not tokens:
        raise RuleError("the rule is empty")
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], measures: frozenset[str], text: str):
        self.tokens = tokens
        self.measures = measures
        self.text = text
        self.position = 0

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self, what: str) -> tuple[str, str]:
        token = self._peek()
        if token is None:
            raise RuleError(f"rule {_shown(self.text)} ends where {what} was expected")
        self.position += 1
        return token

    def _keyword(self, word: str) -> bool:
        token = self._peek()
        if token is not None and token[0] == "word" and token[1] == word:
            self.position += 1
            return True
        return False

    def rule(self) -> TimingRule:
        operands = [self.conjunction()]
        while self._keyword("or"):
            operands.append(self.conjunction())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def conjunction(self) -> TimingRule:
        operands = [self.atom()]
        while self._keyword("and"):
            operands.append(self.atom())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def atom(self) -> TimingRule:
        kind, value = self._take("a measure")
        if kind == "paren" and value == "(":
            inner = self.rule()
            closing = self._take("')'")
            if closing != ("paren", ")"):
                raise RuleError(
                    f"expected ')' but found {closing[1]!r} in rule {_shown(self.text)}"
                )
            return inner
        if kind != "word" or value in ("and", "or"):
            raise RuleError(f"expected a measure but found {value!r} in rule {_shown(self.text)}")
        if value not in self.measures:
            known = ", ".join(sorted(self.measures))
            raise RuleError(
                f"unknown measure {value!r} in rule {_shown(self.text)} (known: {known})"
            )
        op_kind, op = self._take("an operator")
        if op_kind != "op":
            raise RuleError(
                f"expected an operator (<=, <, >=, >, ==, !=) after {value!r} "
                f"but found {op!r} in rule {_shown(self.text)}"
            )
        number_kind, number = self._take("a number")
        if number_kind != "number":
            raise RuleError(
                f"expected a number after {op!r} but found {number!r} in rule {_shown(self.text)}"
            )
        return Comparison(value, op, _number(number, self.text))
