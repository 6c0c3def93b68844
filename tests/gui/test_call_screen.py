"""The call screen driven like a tester does: keys on the real widgets, a fake clock, and the
database read back after each action to prove it was committed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mysterycaller.domain.call import CallStatus
from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.gui.call_screen import CallScreen
from mysterycaller.gui.completion_dialog import CompletionAnswer, CompletionDialog
from mysterycaller.gui.reopen_dialog import ReopenDialog

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(qtbot, session):
    widget = CallScreen(session, refresh_interval_ms=50)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def press(qtbot, screen, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the tester presses it: to whatever has the focus."""
    qtbot.keyClick(QApplication.focusWidget() or screen, key, modifier)


@pytest.fixture
def review_answer(monkeypatch):
    """Replace the review dialog; records the review it was shown."""
    shown = []

    def ask(parent, review):
        shown.append(review)
        return CompletionAnswer("weiblich, ruhige Stimme", "positive")

    monkeypatch.setattr(CompletionDialog, "ask", ask)
    return shown


def test_a_whole_call_from_the_keyboard(
    qtbot, screen, session, fake_clock, stored, stored_summary, review_answer
):
    call_id = session.call_id
    press(qtbot, screen, K.Key_F2)
    assert stored(call_id).attempts[0].phases == (PhaseMark(Phase.RINGING, 0.0),)
    fake_clock.advance(5)
    press(qtbot, screen, K.Key_F4)
    fake_clock.advance(30)
    press(qtbot, screen, K.Key_F5)
    assert stored(call_id).attempts[0].phases[-1] == PhaseMark(Phase.TALK, 35.0)
    fake_clock.advance(10)
    # Checks by their keys: 1 right person, 3 4 5 greeting, 8 needs, 0 hold announced,
    # Q correct answer (knockout), E understandable, R T Y closing.
    for key in (K.Key_1, K.Key_3, K.Key_4, K.Key_5, K.Key_8, K.Key_0,
                K.Key_Q, K.Key_E, K.Key_R, K.Key_T, K.Key_Y):  # fmt: skip
        press(qtbot, screen, key)
    results = stored(call_id).results
    assert results["firmenname"].value is True and results["firmenname"].at == 45.0
    assert results["auskunft-korrekt"].value is True
    assert screen.criteria_panel.rows["verabschiedung"].check_box.isChecked()
    # 7 focuses the friendliness scale, 4 picks the value; 9 the objection choice, 2 its option.
    press(qtbot, screen, K.Key_7)
    press(qtbot, screen, K.Key_4)
    assert stored(call_id).results["freundlichkeit"].value == 4
    press(qtbot, screen, K.Key_9)
    press(qtbot, screen, K.Key_2)
    assert stored(call_id).results["einwandbehandlung"].value == "verstaendnis"
    assert "eigener-name" in stored(call_id).results  # keys went to the screen again
    # Hold and back to talk.
    fake_clock.advance(5)
    press(qtbot, screen, K.Key_F6)
    fake_clock.advance(12)
    press(qtbot, screen, K.Key_F5)
    timings = stored(call_id).attempts[0].timings()
    assert (timings.hold_count, timings.hold_seconds) == (1, 12.0)
    # A note: N, typing, Enter; digits typed into the note tick nothing.
    press(qtbot, screen, K.Key_N)
    qtbot.keyClicks(QApplication.focusWidget(), "Preis 26,9 ct genannt")
    press(qtbot, screen, K.Key_Return)
    note = stored(call_id).notes[-1]
    assert (note.text, note.at) == ("Preis 26,9 ct genannt", 62.0)
    assert "grussformel" in stored(call_id).results and stored(call_id).results["grussformel"].value
    assert screen.notes_panel.note_edit.text() == ""
    assert QApplication.focusWidget() is screen
    # The queue announcement did not happen: n/a by its button.
    screen.criteria_panel.rows["warteschleife-info"].na_button.click()
    fake_clock.advance(20)
    press(qtbot, screen, K.Key_F8)
    press(qtbot, screen, K.Key_A)
    assert stored(call_id).attempts[0].outcome is Outcome.ANSWERED
    press(qtbot, screen, K.Key_Return, CTRL)
    call = stored(call_id)
    assert call.status is CallStatus.COMPLETED
    assert (call.agent, call.impression) == ("weiblich, ruhige Stimme", "positive")
    # Erreichbarkeit 5/6, Begrüßung 3/5, Gesprächsführung 4/5, Kompetenz 2/3, Abschluss 1,
    # weighted 2:1:2:3:1 -> 76.30 (see spec/scoring.md).
    review = review_answer[0]
    assert review.reached and not review.missing_answers
    assert [c.id for c in review.unticked_checks] == ["anrede-mit-namen", "leitfaden"]
    expected = 100 * (2 * 5 / 6 + 0.6 + 1.6 + 2 + 1) / 9
    assert review.score.score == pytest.approx(expected)
    summary = stored_summary(call_id)
    assert summary.reached and summary.score == pytest.approx(expected)
    assert screen.score_label.text().startswith("Score 76.3")
    assert not screen.locked_label.isHidden()
    # Locked: a key changes nothing any more.
    press(qtbot, screen, K.Key_2)
    assert "warteschleife-info" in stored(call_id).results
    assert stored(call_id).results["warteschleife-info"].na


def test_each_phase_key(qtbot, screen, session, fake_clock, stored):
    keys = (K.Key_F2, K.Key_F3, K.Key_F4, K.Key_F5, K.Key_F6, K.Key_F7, K.Key_F5, K.Key_F8)
    phases = (Phase.RINGING, Phase.IVR, Phase.QUEUE, Phase.TALK, Phase.HOLD, Phase.TRANSFER,
              Phase.TALK, Phase.ENDED)  # fmt: skip
    for step, (key, phase) in enumerate(zip(keys, phases, strict=True)):
        press(qtbot, screen, key)
        assert stored(session.call_id).attempts[0].phases[-1] == PhaseMark(phase, 3.0 * step)
        fake_clock.advance(3)
    assert screen.stopwatch_panel.phase_label.text() == "Hung up"
    assert not screen.stopwatch_panel.outcome_frame.isHidden()


def test_live_figures_repaint_from_the_clock_even_after_a_long_block(screen, session, fake_clock):
    assert screen.timer.isActive() and screen.timer.interval() == 50
    session.dial()
    fake_clock.advance(12)
    session.enter_phase(Phase.TALK)
    fake_clock.advance(47.6)
    screen.refresh()
    figures = screen.stopwatch_panel.figure_labels
    assert screen.stopwatch_panel.total_label.text() == "0:59"
    assert figures["time_to_answer"].text() == "0:12"
    assert figures["talk_seconds"].text() == "0:47"
    fake_clock.advance(10)  # the event loop was blocked: no ticks, one refresh
    screen.refresh()
    assert screen.stopwatch_panel.total_label.text() == "1:09"
    assert figures["talk_seconds"].text() == "0:57"
    assert "0:12" in screen.criteria_panel.rows["annahme-20s"].measured_label.text()


def test_the_timer_stops_when_the_screen_closes(screen):
    assert screen.timer.isActive()
    screen.close()
    assert not screen.timer.isActive()


def test_max_wait_warning(qtbot, screen, session, fake_clock):
    press(qtbot, screen, K.Key_F2)
    press(qtbot, screen, K.Key_F4)
    fake_clock.advance(session.campaign.rules.max_wait_seconds - 1)
    screen.refresh()
    assert screen.stopwatch_panel.warning_label.isHidden()
    fake_clock.advance(1)
    screen.refresh()
    assert screen.stopwatch_panel.warning_label.isVisible()
    assert "MAXIMUM WAIT" in screen.stopwatch_panel.warning_label.text()


def test_unanswered_attempts_end_as_not_reached(
    qtbot, screen, session, fake_clock, stored, stored_summary, review_answer
):
    for number, outcome_key in enumerate((K.Key_B, K.Key_M, K.Key_G), start=1):
        assert screen.stopwatch_panel.attempt_label.text() == f"Attempt {number} of 3"
        press(qtbot, screen, K.Key_F2)
        fake_clock.advance(15)
        press(qtbot, screen, K.Key_F8)
        assert not screen.stopwatch_panel.outcome_buttons[Outcome.ANSWERED].isEnabled()
        press(qtbot, screen, K.Key_A)  # disabled without a talk phase: nothing happens
        assert stored(session.call_id).attempts[-1].outcome is None
        press(qtbot, screen, outcome_key)
        if number < 3:
            assert not screen.complete_button.isEnabled()
            press(qtbot, screen, K.Key_F9)
            assert len(stored(session.call_id).attempts) == number + 1
    outcomes = [a.outcome for a in stored(session.call_id).attempts]
    assert outcomes == [Outcome.BUSY, Outcome.NO_ANSWER, Outcome.ABANDONED]
    assert screen.stopwatch_panel.new_attempt_button.isHidden()
    assert "not reached" in screen.stopwatch_panel.outcome_label.text()
    assert screen.complete_button.isEnabled()
    press(qtbot, screen, K.Key_Return, CTRL)
    assert not review_answer[0].reached
    dialog = CompletionDialog(review_answer[0], screen)
    qtbot.addWidget(dialog)
    assert dialog.ui.agent_edit.isHidden() and dialog.ui.missing_list.isHidden()
    assert dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    summary = stored_summary(session.call_id)
    assert summary.status == "completed" and not summary.reached and summary.score == 0


def test_completion_waits_for_missing_answers(qtbot, screen, session, monkeypatch, stored):
    monkeypatch.setattr(CompletionDialog, "ask", lambda parent, review: None)
    press(qtbot, screen, K.Key_Return, CTRL)  # before hang-up: only a message
    assert "outcome" in screen.status_label.text()
    press(qtbot, screen, K.Key_F5)
    press(qtbot, screen, K.Key_F8)
    press(qtbot, screen, K.Key_A)
    press(qtbot, screen, K.Key_Return, CTRL)  # the tester goes back from the review
    assert stored(session.call_id).status is CallStatus.IN_PROGRESS
    # The review lists the missing scale and choice; the dialog refuses OK while they are.
    dialog = CompletionDialog(session.review(), screen)
    qtbot.addWidget(dialog)
    assert dialog.ui.missing_list.count() == 2
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Complete and lock" and not ok.isEnabled()


def test_reopen_is_an_explicit_logged_action(
    qtbot, screen, session, monkeypatch, stored, review_answer
):
    press(qtbot, screen, K.Key_F5)
    press(qtbot, screen, K.Key_F8)
    press(qtbot, screen, K.Key_A)
    session.set_result("freundlichkeit", 3)
    session.set_result("einwandbehandlung", "loesung")
    press(qtbot, screen, K.Key_Return, CTRL)
    assert session.completed and screen.reopen_button.isVisible()
    monkeypatch.setattr(ReopenDialog, "ask", lambda parent: "Begrüßung falsch erfasst")
    press(qtbot, screen, K.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(session.call_id).status is CallStatus.IN_PROGRESS
    assert ("reopened", "Begrüßung falsch erfasst") in [(a, d) for _, a, d in session.history()]
    assert screen.locked_label.isHidden()
    press(qtbot, screen, K.Key_3)  # open again for corrections
    assert stored(session.call_id).results["firmenname"].value is True


def test_note_field_keys(qtbot, screen, session, stored):
    press(qtbot, screen, K.Key_F2)
    press(qtbot, screen, K.Key_N)
    assert QApplication.focusWidget() is screen.notes_panel.note_edit
    qtbot.keyClicks(screen.notes_panel.note_edit, "3 Minuten Musik")
    assert "firmenname" not in stored(session.call_id).results  # typing ticks nothing
    press(qtbot, screen, K.Key_Escape)
    assert QApplication.focusWidget() is screen
    assert stored(session.call_id).notes == ()
    screen.notes_panel.save_button.click()
    assert stored(session.call_id).notes[0].text == "3 Minuten Musik"
    assert screen.notes_panel.notes_list.item(0).text() == "0:00  3 Minuten Musik"


def test_script_steps_move_with_page_keys_and_highlight_their_criteria(qtbot, screen):
    script = screen.script_panel
    assert script.steps[0].property("current") is True
    assert screen.criteria_panel.rows["firmenname"].property("current") is True
    press(qtbot, screen, K.Key_PageDown)
    assert script.current == 1 and script.steps[1].property("current") is True
    assert screen.criteria_panel.rows["auskunft-korrekt"].property("current") is True
    assert screen.criteria_panel.rows["firmenname"].property("current") is False
    press(qtbot, screen, K.Key_PageUp)
    assert script.current == 0
    assert "[3]" in script.steps[0].label.text()  # the criterion's key shown with its step


def test_every_action_has_a_key_shown_on_its_control(qtbot, screen):
    table = dict(screen.shortcut_table())
    for key in ("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "N", "Ctrl+Return", "A"):
        assert key in table
    buttons = (*screen.stopwatch_panel.phase_buttons.values(),
               *screen.stopwatch_panel.outcome_buttons.values(), screen.complete_button,
               screen.back_button, screen.help_button, screen.reopen_button)  # fmt: skip
    for button in buttons:
        key = button.text().rsplit("[", 1)[1].rstrip("]")
        assert key in table, button.text()
    press(qtbot, screen, K.Key_F1)
    assert screen.overlay.isVisible()
    press(qtbot, screen, K.Key_F5)  # any key closes the overlay and does nothing else
    assert screen.overlay.isHidden()
    assert not screen.session.stopwatch.started
    press(qtbot, screen, K.Key_Question)
    assert screen.overlay.isVisible()
    screen.overlay.close_overlay()


def test_session_errors_show_in_the_status_line(screen):
    screen.stopwatch_panel.choose_outcome(Outcome.BUSY)
    assert screen.status_label.property("error") is True
    assert "dial" in screen.status_label.text()


def test_back_to_list_emits_the_call_id(qtbot, screen, session):
    with qtbot.waitSignal(screen.closed) as closed:
        press(qtbot, screen, K.Key_W, CTRL)
    assert closed.args == [session.call_id]
    assert not screen.timer.isActive()


def test_an_unanswered_knockout_is_shown_as_open_not_as_failed(screen, session, fake_clock):
    session.dial()
    fake_clock.advance(5)
    session.enter_phase(Phase.TALK)
    session.toggle_check("firmenname")
    screen.refresh()
    header = screen.score_label.text()
    assert "still open" in header and "not met" not in header
    assert not header.startswith("Score 0.0")  # the score the call is heading for

    session.toggle_check("auskunft-korrekt")
    session.toggle_check("auskunft-korrekt")  # ticked, then taken back: answered "no"
    screen.refresh()
    header = screen.score_label.text()
    assert header.startswith("Score 0.0") and "knockout criterion not met" in header
