"""The criteria panel on a real call session: every kind, n/a, clearing, stamps, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mysterycaller.domain.timing import Outcome, Phase
from mysterycaller.gui.criteria_panel import CRITERION_KEYS, CriteriaPanel


@pytest.fixture
def talking(session, fake_clock):
    """A call that was answered after 30 s and has been talking for 12 s."""
    session.dial()
    fake_clock.advance(30)
    session.enter_phase(Phase.TALK)
    fake_clock.advance(12)
    return session


@pytest.fixture
def panel(qtbot, talking):
    widget = CriteriaPanel(talking)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    return widget


def test_sections_keys_and_scenario_exclusions(panel, session):
    assert "sicherheitshinweis" not in panel.rows  # not applicable in this scenario
    hand_set = [cid for cid, row in panel.rows.items() if row.criterion.kind.value in
                ("check", "scale", "choice")]  # fmt: skip
    assert list(panel.keys.values()) == hand_set[: len(CRITERION_KEYS)]
    assert list(panel.keys)[:3] == ["1", "2", "3"]
    assert panel.rows["richtige-stelle"].key_label.text() == "[1]"
    assert panel.rows["annahme-20s"].key_label.text() == ""
    titles = [label.text() for label, _ in panel.section_labels.values()]
    assert titles[1] == "Begrüßung"


def test_check_click_is_saved_with_the_call_time(qtbot, panel, session, stored):
    box = panel.rows["firmenname"].check_box
    box.click()
    result = stored(session.call_id).results["firmenname"]
    assert result.value is True and result.at == 42.0
    assert box.isChecked()
    assert panel.rows["firmenname"].stamp_label.text() == "at 0:42"
    box.click()
    assert stored(session.call_id).results["firmenname"].value is False
    assert not box.isChecked()
    # The text beside the box is part of the target.
    qtbot.mouseClick(panel.rows["firmenname"].text_label, Qt.MouseButton.LeftButton)
    assert stored(session.call_id).results["firmenname"].value is True
    assert box.isChecked()


def test_scale_and_choice_are_one_click_on_a_segment(panel, session, stored):
    scale = panel.rows["freundlichkeit"].segments
    assert [b.text() for b in scale.buttons] == ["1", "2", "3", "4", "5"]
    assert scale.buttons[4].toolTip() == "sehr freundlich"
    scale.buttons[3].click()
    assert stored(session.call_id).results["freundlichkeit"].value == 4
    assert scale.buttons[3].isChecked() and scale.value() == 4
    choice = panel.rows["einwandbehandlung"].segments
    choice.buttons[1].click()
    assert stored(session.call_id).results["einwandbehandlung"].value == "verstaendnis"
    assert [b.isChecked() for b in choice.buttons] == [False, True, False]


def test_segments_by_keyboard(qtbot, panel, session, stored):
    panel.activate("freundlichkeit")  # the criterion's key focuses its control
    scale = panel.rows["freundlichkeit"].segments
    qtbot.waitUntil(scale.hasFocus)
    qtbot.keyClick(scale, Qt.Key.Key_2)
    assert stored(session.call_id).results["freundlichkeit"].value == 2
    qtbot.keyClick(scale, Qt.Key.Key_Right)
    assert stored(session.call_id).results["freundlichkeit"].value == 3


def test_not_applicable_and_clearing(panel, session, stored):
    row = panel.rows["warteschleife-info"]
    assert not row.na_button.isHidden()
    assert panel.rows["firmenname"].na_button.isHidden()  # n/a not allowed there
    row.na_button.click()
    assert stored(session.call_id).results["warteschleife-info"].na
    assert row.na_button.isChecked() and not row.clear_button.isHidden()
    row.na_button.click()  # n/a again: taken back
    assert "warteschleife-info" not in stored(session.call_id).results
    assert not row.na_button.isChecked()
    panel.rows["freundlichkeit"].segments.buttons[0].click()
    panel.rows["freundlichkeit"].clear_button.click()
    assert "freundlichkeit" not in stored(session.call_id).results
    assert panel.rows["freundlichkeit"].segments.value() is None


def test_text_criterion_saves_when_the_field_is_left(panel, session, stored):
    edit = panel.rows["beobachtungen"].text_edit
    edit.setText("Wartemusik sehr laut")
    edit.editingFinished.emit()
    assert stored(session.call_id).results["beobachtungen"].value == "Wartemusik sehr laut"


def test_timing_criteria_show_the_measured_value(panel, session, fake_clock):
    panel.show_live(session.current_timings(), session.live_score())
    fast = panel.rows["annahme-20s"].measured_label.text()
    assert "Time to answer 0:30" in fast and "not met" in fast
    assert "✓ met" in panel.rows["annahme-60s"].measured_label.text()
    assert panel.rows["annahme-20s"].na_button.isHidden()


def test_help_text_on_hover(panel):
    row = panel.rows["warteschleife-info"]
    assert row.text_label.toolTip() == "Nicht zutreffend, wenn es keine Warteschleife gab."


def test_a_refused_change_is_not_shown(qtbot, panel, session):
    session.set_result("freundlichkeit", 5)
    session.set_result("einwandbehandlung", "loesung")
    session.set_outcome(Outcome.ANSWERED)
    session.complete()  # locked: every change is refused
    panel.show_results(session.results)
    scale = panel.rows["freundlichkeit"].segments
    with qtbot.waitSignal(panel.failed):
        scale.buttons[1].click()
    assert scale.value() == 5 and not scale.buttons[1].isChecked()
