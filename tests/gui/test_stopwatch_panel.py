"""The stopwatch panel on a real call session, driven by a fake clock."""

from __future__ import annotations

import pytest

from mysterycaller.domain.timing import Outcome, Phase, PhaseMark
from mysterycaller.gui.stopwatch_panel import PHASE_KEYS, StopwatchPanel


@pytest.fixture
def panel(qtbot, session):
    widget = StopwatchPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def test_every_phase_button_shows_its_key_and_is_saved_at_once(panel, session, fake_clock, stored):
    for phase, key in PHASE_KEYS:
        assert f"[{key}]" in panel.phase_buttons[phase].text()
    expected = []
    for offset, phase in enumerate(
        (Phase.RINGING, Phase.IVR, Phase.QUEUE, Phase.TALK, Phase.HOLD, Phase.TRANSFER, Phase.ENDED)
    ):
        panel.phase_buttons[phase].click()
        expected.append(PhaseMark(phase, 2.0 * offset))
        assert stored(session.call_id).attempts[0].phases == tuple(expected)
        assert panel.phase_label.property("phase") == phase.value
        fake_clock.advance(2)
    assert not any(button.isEnabled() for button in panel.phase_buttons.values())


def test_before_dialling_only_phases_are_offered_and_the_current_one_is_marked(panel):
    assert panel.phase_buttons[Phase.RINGING].isEnabled()
    assert not panel.phase_buttons[Phase.ENDED].isEnabled()
    assert panel.outcome_frame.isHidden()
    panel.phase_buttons[Phase.RINGING].click()
    assert not panel.phase_buttons[Phase.RINGING].isEnabled()
    panel.phase_buttons[Phase.TALK].click()
    assert panel.phase_buttons[Phase.TALK].property("current") is True
    assert not panel.phase_buttons[Phase.TALK].isEnabled()
    assert panel.phase_label.property("phase") == "talk"


def test_live_figures_come_from_the_clock_and_never_drift(panel, session, fake_clock):
    session.dial()
    fake_clock.advance(4)
    session.enter_phase(Phase.QUEUE)
    fake_clock.advance(21)
    session.enter_phase(Phase.TALK)
    fake_clock.advance(30)
    session.enter_phase(Phase.HOLD)
    fake_clock.advance(15)
    session.enter_phase(Phase.TALK)
    fake_clock.advance(9.9)
    panel.refresh()
    figures = panel.figure_labels
    assert panel.total_label.text() == "1:19"
    assert figures["time_to_answer"].text() == "0:25"
    assert figures["queue_seconds"].text() == "0:21"
    assert figures["hold"].text() == "0:15 · 1"
    assert figures["talk_seconds"].text() == "0:39"
    # The event loop was blocked for ten seconds: one refresh shows the right time at once.
    fake_clock.advance(10)
    panel.refresh()
    assert panel.total_label.text() == "1:29"
    assert figures["talk_seconds"].text() == "0:49"


def test_max_wait_warning_appears_when_the_wait_reaches_the_limit(panel, session, fake_clock):
    limit = session.campaign.rules.max_wait_seconds
    panel.phase_buttons[Phase.RINGING].click()
    panel.phase_buttons[Phase.QUEUE].click()
    fake_clock.advance(limit - 0.5)
    panel.refresh()
    assert panel.warning_label.isHidden()
    fake_clock.advance(0.5)
    panel.refresh()
    assert not panel.warning_label.isHidden()
    assert "4:00" in panel.warning_label.text()
    assert panel.figure_labels["waiting"].property("alarm") is True
    panel.phase_buttons[Phase.TALK].click()
    assert panel.warning_label.isHidden()


def test_outcomes_after_hang_up_answered_only_with_talk(panel, session, fake_clock, stored):
    panel.phase_buttons[Phase.RINGING].click()
    fake_clock.advance(20)
    panel.phase_buttons[Phase.ENDED].click()
    assert not panel.outcome_frame.isHidden()
    assert not panel.outcome_buttons[Outcome.ANSWERED].isEnabled()
    assert panel.outcome_buttons[Outcome.NO_ANSWER].isEnabled()
    panel.outcome_buttons[Outcome.NO_ANSWER].click()
    assert stored(session.call_id).attempts[0].outcome is Outcome.NO_ANSWER
    assert panel.new_attempt_button.isEnabled()
    panel.new_attempt_button.click()
    assert len(stored(session.call_id).attempts) == 2
    assert panel.attempt_label.text() == "Attempt 2 of 3"
    assert panel.outcome_frame.isHidden()


def test_a_refused_action_is_reported_not_raised(qtbot, panel):
    with qtbot.waitSignal(panel.failed) as failed:
        panel.choose_outcome(Outcome.ANSWERED)
    assert failed.args[0].code == "not_dialled" and "dial" in str(failed.args[0])


def test_the_phase_label_shows_the_chosen_outcome_not_the_last_phase(panel, session, fake_clock):
    session.dial()
    fake_clock.advance(3)
    session.enter_phase(Phase.TALK)
    session.enter_phase(Phase.HOLD)
    panel.refresh()
    assert panel.phase_label.text() == "On hold"
    session.set_outcome(Outcome.DROPPED)
    panel.refresh()
    assert panel.phase_label.text() == "Dropped"


def test_the_new_attempt_button_keeps_its_place_while_hidden(panel, session):
    """The bar is as wide before F9 appears as after: the window does not grow."""
    assert panel.new_attempt_button.isHidden()
    assert panel.new_attempt_button.sizePolicy().retainSizeWhenHidden()
