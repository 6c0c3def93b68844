"""The one source of formats (Babel) and of domain words, as every surface shows them."""

from __future__ import annotations

from datetime import date

import pytest

from mysterycaller.domain.call import CallStatus
from mysterycaller.domain.timing import MEASURES, Outcome, Phase
from mysterycaller.services import words
from mysterycaller.services.formats import Formats


def format_number(value, language="en", places=1):
    return Formats(language).number(value, places)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (12.25, "12.3"),
        (12.35, "12.4"),
        (-12.25, "-12.3"),
        (-12.35, "-12.4"),
        (55.2083, "55.2"),
        (55.20833333333333, "55.2"),
        (36.458333333333336, "36.5"),
        (0.05, "0.1"),
        (2.675, "2.7"),
        (100.0, "100.0"),
        (0, "0.0"),
        (99.95, "100.0"),
        (-0.04, "0.0"),
    ],
)
def test_display_rounds_half_away_from_zero(value, shown):
    assert format_number(value) == shown


def test_german_display_uses_a_decimal_comma():
    assert format_number(12.25, "de") == "12,3"
    assert format_number(55.2083, "de") == "55,2"
    assert format_number(-12.25, "de") == "-12,3"
    assert format_number(12.25, "en") == "12.3"


def test_missing_number_shows_a_dash():
    assert format_number(None) == "–"
    assert format_number(None, "de") == "–"


def test_display_places():
    assert format_number(66.66666, places=0) == "67"
    assert format_number(66.66666, places=2) == "66.67"
    assert format_number(0.125, places=2) == "0.13"


def test_thousands_separators_percent_and_counts():
    de, en = Formats("de"), Formats("en")
    assert de.integer(100000) == "100.000" and en.integer(100000) == "100,000"
    assert de.number(100000.25) == "100.000,3" and en.number(1234.5) == "1,234.5"
    assert de.percent(0.405) == "40,5\u00a0%" and en.percent(0.405) == "40.5%"
    assert de.percent(None) == "–"


def test_durations_over_a_minute_read_m_ss():
    de, en = Formats("de"), Formats("en")
    assert de.seconds(42.04) == "42,0\u00a0s" and en.seconds(59.94) == "59.9\u00a0s"
    assert de.seconds(59.96) == "1:00\u00a0min"  # 59.96 shows as 60.0: a minute
    assert en.seconds(125.0) == "2:05\u00a0min"
    assert de.limit(20) == "20\u00a0s" and de.limit(300) == "5:00\u00a0min"


def test_dates_and_signed_changes():
    assert Formats("de").date(date(2026, 3, 5)) == "05.03.2026"
    assert Formats("en").date(date(2026, 3, 5)) == "5 Mar 2026"
    assert Formats("de").signed(-1.04) == "−1,0" and Formats("en").signed(2.0) == "+2.0"
    assert Formats("de").points(3.21) == "+3,2\u00a0Pp."


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_domain_code_has_a_word_in_each_language(language):
    for outcome in (None, *Outcome):
        assert words.outcome(outcome, language) != str(outcome)
    for phase in (None, *Phase):
        assert words.phase(phase, language) != str(phase)
    for status in CallStatus:
        assert words.state(status, language) != str(status)
    for name in MEASURES:
        assert words.measure(name, language) != name
    assert len(words.impressions(language)) == 3
    assert words.outcome(Outcome.ABANDONED, "de") == "Aufgegeben (max. Wartezeit)"
    assert words.phase(Phase.QUEUE, "en") == "Queue"


def test_impressions_and_agent_traits_are_worded_and_free_text_kept():
    assert words.impression("needs_improvement", "de") == "verbesserungswürdig"
    assert words.impression("ganz okay", "en") == "ganz okay"  # typed before codes existed
    assert words.agent_trait("middle_aged", "en") == "middle-aged"
    assert words.agent_trait("Brille", "de") == "Brille"
