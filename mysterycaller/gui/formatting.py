"""How the call screen writes times, scores and domain codes for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from mysterycaller.domain.scoring import CallScore
from mysterycaller.domain.timing import Outcome, Phase, Timings
from mysterycaller.domain.timing_rules import TimingRule, measures_used
from mysterycaller.services import formats, words
from mysterycaller.services.formats import Formats

if TYPE_CHECKING:
    from mysterycaller.services.call_session_types import CallSessionError

# Strings are written out as QCoreApplication.translate("Formatting", "...") at each use, so
# that pyside6-lupdate finds them (it does not follow a wrapper function).


def ui_language() -> str:
    """``de`` when the application's default locale is German, else ``en``."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def clock(seconds: float | None) -> str:
    """Seconds as m:ss (minutes run past 59); an en dash when the time is not known."""
    return formats.clock(seconds)


def score(value: float | None, language: str | None = None) -> str:
    """A score for display: one decimal, the language's separators, en dash for none."""
    return Formats(language or ui_language()).number(value)


def measure(name: str, value: float | None) -> str:
    """A timing measure: times as m:ss, counts as whole numbers."""
    if value is None:
        return "–"
    if name in ("hold_count", "transfers"):
        return str(int(value))
    return clock(value)


# Phases, outcomes and measures are named in the one catalogue of domain words
# (services/words.py) that the reports and exports use too.


def phase_name(phase: Phase | None) -> str:
    """The word for a stopwatch phase."""
    return words.phase(phase, ui_language())


def outcome_name(outcome: Outcome | None) -> str:
    """The word for how an attempt ended."""
    return words.outcome(outcome, ui_language())


def measure_name(name: str) -> str:
    """The words for a timing measure used in rules."""
    return words.measure(name, ui_language())


def stamp(at: float | None, dialled: bool = False) -> str:
    """The call-time stamp of a result or a note.

    Without a time the stamp says when it was recorded as far as known: before anything was
    dialled, or after the call (after hang-up, after reopening, after an interruption).
    """
    if at is not None:
        return QCoreApplication.translate("Formatting", "at {time}").format(time=clock(at))
    if dialled:
        return QCoreApplication.translate("Formatting", "after the call")
    return QCoreApplication.translate("Formatting", "before dialling")


def stamp_texts() -> tuple[str, ...]:
    """Every width a stamp can take, for a stamp column that never changes its width."""
    return (stamp(5999.0), stamp(None, dialled=True), stamp(None, dialled=False))


def score_html(
    value: CallScore, open_knockouts: bool = False, judged: bool = True, final: bool = False
) -> str:
    """The live score for the screen's header, with why it is 0 when it is.

    ``open_knockouts``: the call runs and every failed knockout is merely not ticked yet; the
    tester sees the score the call is heading for and that a knockout is still open, not an
    alarm. ``judged``: False while nothing was judged yet (no answer, no talk): an en dash, not
    a score of 0.
    """
    if not judged:
        return QCoreApplication.translate("Formatting", "Score {score}").format(score="–")
    if value.knocked_out and open_knockouts:
        text = QCoreApplication.translate("Formatting", "Score {score}").format(
            score=score(value.raw_score)
        )
        detail = QCoreApplication.translate(
            "Formatting", "knockout criterion still open: 0 if it stays unticked"
        )
        return f"{text}<br><span style='font-size:10pt; color:#b26a00'>{detail}</span>"
    text = QCoreApplication.translate("Formatting", "Score {score}").format(
        score=score(value.score)
    )
    if value.knocked_out:
        detail = QCoreApplication.translate(
            "Formatting", "knockout criterion not met – raw score {raw}"
        ).format(raw=score(value.raw_score))
        return f"{text}<br><span style='font-size:10pt; color:#c62828'>{detail}</span>"
    if not value.reached:
        if final:  # completed: the call was not reached, and that is the result
            detail = QCoreApplication.translate("Formatting", "not reached")
        else:
            detail = QCoreApplication.translate("Formatting", "not reached yet")
        return f"{text}<br><span style='font-size:10pt; color:#546e7a'>{detail}</span>"
    return text


def timing_summary(rule: TimingRule, timings: Timings | None, credit: float | None) -> str:
    """What a timing criterion measured, and whether its rule holds."""
    parts = [
        measure_name(n) + " " + measure(n, timings.measure(n) if timings else None)
        for n in sorted(measures_used(rule))
    ]
    if credit is None:
        verdict = QCoreApplication.translate("Formatting", "not measured yet")
    elif credit >= 1:
        verdict = QCoreApplication.translate("Formatting", "✓ met")
    else:
        verdict = QCoreApplication.translate("Formatting", "✗ not met")
    return "  ·  ".join([*parts, verdict])


def session_error_text(error: CallSessionError) -> str:
    """A refusal of the call session in the user's language (its message is English)."""
    details = error.details
    criterion = str(details.get("criterion", ""))
    texts = {
        "not_dialled": QCoreApplication.translate(
            "Formatting", "Dial first [F2]: this attempt has not started yet."
        ),
        "already_dialled": QCoreApplication.translate(
            "Formatting", "This attempt was dialled already."
        ),
        "call_ended": QCoreApplication.translate(
            "Formatting", "This attempt has ended: pick its outcome, or start a new attempt."
        ),
        "time_unknown": QCoreApplication.translate(
            "Formatting",
            "The time after the interruption is unknown: the stopwatch cannot go on. "
            "Pick how the attempt ended.",
        ),
        "answered_needs_talk": QCoreApplication.translate(
            "Formatting", "“Answered” needs a talk phase: press Talk [F5] when someone answers."
        ),
        "no_retry": QCoreApplication.translate("Formatting", "No further attempt is possible now."),
        "completed": QCoreApplication.translate(
            "Formatting", "The call is completed and locked: reopen it [Ctrl+Shift+R] to change it."
        ),
        "cannot_complete": QCoreApplication.translate(
            "Formatting", "Hang up and pick the outcome first."
        ),
        "missing_answers": QCoreApplication.translate(
            "Formatting", "Answer these first (or mark them n/a): {criteria}"
        ).format(criteria=", ".join(details.get("criteria", ()))),
        "not_completed": QCoreApplication.translate(
            "Formatting", "Only a completed call can be reopened."
        ),
        "reason_required": QCoreApplication.translate(
            "Formatting", "Say why the call is reopened."
        ),
        "unknown_criterion": QCoreApplication.translate(
            "Formatting", "Unknown criterion: {criterion}"
        ).format(criterion=criterion),
        "timing_measured": QCoreApplication.translate(
            "Formatting", "{criterion}: timing criteria are measured by the stopwatch."
        ).format(criterion=criterion),
        "na_not_allowed": QCoreApplication.translate(
            "Formatting", "{criterion}: may not be marked not applicable."
        ).format(criterion=criterion),
        "invalid_value": QCoreApplication.translate(
            "Formatting", "{criterion}: this value is not allowed."
        ).format(criterion=criterion),
        "empty_note": QCoreApplication.translate("Formatting", "The note is empty."),
        "not_reached": QCoreApplication.translate(
            "Formatting", "The call was not reached: its criteria are not judged."
        ),
        "not_in_campaign": QCoreApplication.translate(
            "Formatting", "The scenario or target is not in the campaign."
        ),
        "scenario_not_for_target": QCoreApplication.translate(
            "Formatting", "This scenario is not meant for this target."
        ),
        "not_saved": QCoreApplication.translate(
            "Formatting",
            "NOT saved: the database refused the change, so it was not made. Check that the "
            "disk is not full and the data folder is reachable, then try again.",
        ),
    }
    # A code this version does not know yet: better the English message than nothing.
    return texts.get(error.code, str(error))


def session_error_detail(error: CallSessionError) -> str:
    """The technical detail of a refusal (the driver's message), for a tooltip; may be empty."""
    return str(error.details.get("reason", ""))
