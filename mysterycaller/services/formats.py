"""The one place numbers, percentages, durations and dates become text, for every surface.

Babel knows each language's separators (``100.000,5`` / ``100,000.5``) and percent signs.
Values are first rounded half away from zero (``domain.scoring.round_display``, as
spec/scoring.md says) and only then handed to Babel, so Babel never rounds again.
Durations up to a minute read ``42,0 s``; longer ones ``m:ss min`` (``1:05 min``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal

from mysterycaller.domain.scoring import round_display

LANGUAGES = ("de", "en")
NBSP = "\u00a0"
DASH = "–"
_LOCALES = {"de": "de_DE", "en": "en_GB"}


@lru_cache(maxsize=4)
def _locale(language: str) -> Locale:
    return Locale.parse(_LOCALES.get(language, "en_GB"))


def _pattern(places: int) -> str:
    return "#,##0" + ("." + "0" * places if places > 0 else "")


class Formats:
    """Number, percent, duration and date formats of one language (``de`` or ``en``)."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language
        self._locale = _locale(language)

    def number(self, value: float | Decimal | None, places: int = 1) -> str:
        """A number rounded half away from zero, with the language's separators."""
        if value is None:
            return DASH
        rounded = round_display(float(value), places)
        if rounded == 0:
            rounded = abs(rounded)  # no "-0,0"
        return format_decimal(rounded, _pattern(places), locale=self._locale)

    def integer(self, value: int | None) -> str:
        """A count with thousands separators: ``100.000`` / ``100,000``."""
        return DASH if value is None else format_decimal(value, "#,##0", locale=self._locale)

    def percent(self, fraction: float | None, places: int = 1) -> str:
        """A fraction 0..1 as a percentage: ``80,0 %`` / ``80.0%``."""
        if fraction is None:
            return DASH
        shown = self.number(100 * fraction, places)
        return f"{shown}{NBSP}%" if self.language == "de" else f"{shown}%"

    def points(self, value: float | None) -> str:
        """Percentage points of a difference, signed: ``+3,2 Pp.`` / ``+3.2 pp``."""
        if value is None:
            return DASH
        sign = "+" if round_display(value, 1) > 0 else ""
        unit = "Pp." if self.language == "de" else "pp"
        return f"{sign}{self.number(value)}{NBSP}{unit}"

    def signed(self, value: float | None, places: int = 1) -> str:
        """A difference with its sign: ``+3,2`` / ``−1,0``."""
        if value is None:
            return DASH
        rounded = round_display(value, places)
        text = self.number(abs(value), places)
        return f"+{text}" if rounded > 0 else f"−{text}" if rounded < 0 else text

    def seconds(self, value: float | None) -> str:
        """A duration: ``42,0 s`` up to a minute, ``1:05 min`` beyond."""
        if value is None:
            return DASH
        if round_display(value, 1) < 60:
            return f"{self.number(value)}{NBSP}s"
        whole = int(round_display(value, 0))  # to the nearest second, as 59.96 s shows 1:00
        return f"{whole // 60}:{whole % 60:02d}{NBSP}min"

    def limit(self, value: float) -> str:
        """A threshold in seconds, without decimals when whole: ``30 s``; ``2:00 min`` beyond."""
        if value >= 60:
            return self.seconds(value)
        places = 0 if float(value).is_integer() else 1
        return f"{self.number(value, places)}{NBSP}s"

    def date(self, day: date) -> str:
        """A date: ``02.12.2026`` / ``2 Dec 2026``."""
        pattern = "dd.MM.yyyy" if self.language == "de" else "d MMM y"
        return str(format_date(day, pattern, locale=self._locale))

    def short_moment(self, when: datetime) -> str:
        """Date and time for lists, at the wall-clock time ``when`` carries (its own offset)."""
        pattern = "dd.MM.yy HH:mm" if self.language == "de" else "d MMM yyyy, HH:mm"
        return str(format_datetime(when, pattern, tzinfo=when.tzinfo, locale=self._locale))

    def moment(self, when: datetime) -> str:
        """Date, time and UTC offset as the tester saw them."""
        offset = when.strftime("%z")
        zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
        time = f"{when.hour:02d}:{when.minute:02d}"
        if self.language == "de":
            return f"{self.date(when.date())}, {time} Uhr ({zone})"
        return f"{self.date(when.date())}, {time} ({zone})"


def clock(seconds: float | None) -> str:
    """Seconds as m:ss (minutes run past 59); an en dash when the time is not known."""
    if seconds is None:
        return DASH
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
