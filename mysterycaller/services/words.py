"""The one catalogue of domain words: phases, outcomes, call states, impressions, measures.

The domain speaks in codes (``Outcome.ABANDONED``, ``"queue_seconds"``); every surface that
shows them to people (the call screen, the reports, the exports) takes its words from here, in
German or English, so a client reads the same word for the same thing everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping

_Words = Mapping[str, tuple[str, str]]  # code -> (German, English)

PHASES: _Words = {
    "not_dialled": ("Nicht gewählt", "Not dialled"),
    "ringing": ("Klingelt", "Ringing"),
    "ivr": ("Sprachmenü", "Voice menu"),
    "queue": ("Warteschleife", "Queue"),
    "talk": ("Gespräch", "Talk"),
    "hold": ("Gehalten", "On hold"),
    "transfer": ("Weiterleitung", "Transfer"),
    "ended": ("Aufgelegt", "Hung up"),
}

OUTCOMES: _Words = {
    "none": ("Noch kein Ergebnis", "No outcome yet"),
    "answered": ("Angenommen", "Answered"),
    "busy": ("Besetzt", "Busy"),
    "no_answer": ("Keine Annahme", "No answer"),
    "dropped": ("Abgebrochen", "Dropped"),
    "abandoned": ("Aufgegeben (max. Wartezeit)", "Gave up (max. wait)"),
    "closed": ("Geschlossen", "Closed"),
    "wrong_number": ("Falsche Nummer", "Wrong number"),
    "voicemail": ("Anrufbeantworter", "Voicemail"),
}

STATES: _Words = {
    "in_progress": ("Läuft", "In progress"),
    "completed": ("Abgeschlossen", "Completed"),
}

#: The impressions the completion dialog offers (testers may also type their own).
IMPRESSIONS: _Words = {
    "positive": ("positiv", "positive"),
    "neutral": ("neutral", "neutral"),
    "needs_improvement": ("verbesserungswürdig", "needs improvement"),
}

#: Codes describing an agent without a name (domain ``AgentTrait``).
AGENT_TRAITS: _Words = {
    "female": ("weiblich", "female"),
    "male": ("männlich", "male"),
    "young": ("jung", "young"),
    "middle_aged": ("mittleren Alters", "middle-aged"),
    "older": ("älter", "older"),
    "calm": ("ruhig", "calm"),
    "hurried": ("gehetzt", "hurried"),
    "dialect": ("mit Dialekt", "with a dialect"),
}

MEASURES: _Words = {
    "ring_seconds": ("Klingeln", "Ringing"),
    "ivr_seconds": ("Sprachmenü", "Voice menu"),
    "queue_seconds": ("Warteschleife", "Queue"),
    "time_to_answer": ("Wartezeit bis Annahme", "Time to answer"),
    "hold_seconds": ("Haltezeit", "Hold time"),
    "hold_count": ("Haltephasen", "Holds"),
    "longest_hold_seconds": ("Längste Haltephase", "Longest hold"),
    "transfer_seconds": ("Weiterleitungszeit", "Transfer time"),
    "transfers": ("Weiterleitungen", "Transfers"),
    "talk_seconds": ("Gesprächszeit", "Talk time"),
    "total_seconds": ("Gesamtdauer", "Total duration"),
}

KINDS: _Words = {
    "check": ("Ja/Nein", "Yes/no"),
    "scale": ("Skala", "Scale"),
    "choice": ("Auswahl", "Choice"),
    "timing": ("Zeitregel", "Timing rule"),
    "text": ("Beobachtung", "Observation"),
}

WEEKDAYS: tuple[tuple[str, str], ...] = (
    ("Montag", "Monday"),
    ("Dienstag", "Tuesday"),
    ("Mittwoch", "Wednesday"),
    ("Donnerstag", "Thursday"),
    ("Freitag", "Friday"),
    ("Samstag", "Saturday"),
    ("Sonntag", "Sunday"),
)


def _pick(words: _Words, code: object, language: str) -> str:
    pair = words.get(str(code))
    if pair is None:
        return str(code)
    return pair[0] if language == "de" else pair[1]


def phase(code: object, language: str) -> str:
    """The word for a stopwatch phase (None: not dialled yet)."""
    return _pick(PHASES, "not_dialled" if code is None else code, language)


def outcome(code: object, language: str) -> str:
    """The word for how an attempt ended (None: no outcome yet)."""
    return _pick(OUTCOMES, "none" if code is None else code, language)


def state(code: object, language: str) -> str:
    """The word for a call's status."""
    return _pick(STATES, code, language)


def impression(code: str, language: str) -> str:
    """The word for an impression code; text stored before codes existed is shown as it is."""
    return _pick(IMPRESSIONS, code, language)


def agent_trait(code: str, language: str) -> str:
    """The words for a code describing an agent; other words are shown as written."""
    return _pick(AGENT_TRAITS, code, language)


def impressions(language: str) -> list[str]:
    """The offered impressions in the order the completion dialog lists them."""
    return [impression(code, language) for code in IMPRESSIONS]


def measure(code: str, language: str) -> str:
    """The words for a timing measure."""
    return _pick(MEASURES, code, language)


def kind(code: object, language: str) -> str:
    """The words for a criterion kind."""
    return _pick(KINDS, code, language)


def weekday(number: int, language: str) -> str:
    """The name of a weekday, 0 = Monday."""
    pair = WEEKDAYS[number]
    return pair[0] if language == "de" else pair[1]
