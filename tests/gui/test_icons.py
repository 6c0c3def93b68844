"""One SVG icon set: every icon renders, the GUI uses them, and they follow a dark palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from mysterycaller.domain.timing import Phase
from mysterycaller.gui import icons
from mysterycaller.gui.main_window import MainWindow
from mysterycaller.gui.settings import Settings

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
NAMES = sorted(str(p.relative_to(ICONS).with_suffix("")) for p in ICONS.rglob("*.svg"))


def test_the_set_covers_phases_criterion_states_and_actions():
    assert {name.split("/")[0] for name in NAMES} == {"app", "actions", "phases", "states"}
    assert {f"states/{s}" for s in ("met", "not-met", "open", "not-applicable")} <= set(NAMES)
    assert set(icons.PHASE_ICONS) == set(Phase)
    referenced = set(icons.PHASE_ICONS.values()) | set(icons.ACTION_ICONS.values())
    assert referenced <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_icon_renders(qapp, name):
    image = icons.icon(name).pixmap(24, 24).toImage()
    assert not image.isNull()
    painted = [image.pixelColor(x, y).alpha() for x in range(24) for y in range(24)]
    assert sum(1 for alpha in painted if alpha > 128) > 20


def ink_lightness(name: str) -> float:
    """The mean lightness of the painted pixels of an icon, 0 (black) to 255 (white)."""
    image = icons.icon(name).pixmap(48, 48).toImage()
    colours = [image.pixelColor(x, y) for x in range(48) for y in range(48)]
    painted = [c.lightness() for c in colours if c.alpha() > 200]
    return sum(painted) / len(painted)


@pytest.fixture
def dark_palette(qapp):
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(light)


def test_line_icons_are_dark_on_a_light_palette(qapp):
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    assert ink_lightness("actions/new-call") < 80


def test_line_icons_turn_light_on_a_dark_palette(dark_palette):
    assert ink_lightness("actions/new-call") > 180
    assert ink_lightness("phases/talk") > 180


def test_state_icons_keep_their_colours_on_a_dark_palette(dark_palette):
    image = icons.icon("states/met").pixmap(48, 48).toImage()
    centre_left = image.pixelColor(8, 24)
    assert centre_left.green() > centre_left.red() + 40


def test_the_main_window_actions_have_icons(qtbot, db):
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    for name in icons.ACTION_ICONS:
        assert not getattr(window.ui, name).icon().isNull(), name
    assert not window.ui.new_call_button.icon().isNull()


def test_the_stopwatch_buttons_have_phase_icons(qtbot, db):
    window = MainWindow(db, Settings(), "en")
    qtbot.addWidget(window)
    window.load_campaigns()
    from mysterycaller.services.call_session import CallSession

    from .conftest import DEMO_CAMPAIGN, SCENARIO, TARGET

    window.show_call(CallSession.start(db, DEMO_CAMPAIGN, SCENARIO, TARGET, "T-01"))
    buttons = window.call_screen.stopwatch_panel.phase_buttons
    assert buttons and all(not button.icon().isNull() for button in buttons.values())


def test_the_app_has_its_icon(qapp):
    assert not icons.app_icon().isNull()
    assert icons.app_icon().pixmap(256, 256).toImage().pixelColor(128, 200).alpha() == 255


def test_the_call_screen_text_reads_on_a_dark_palette(qtbot, db, dark_palette):
    from PySide6.QtWidgets import QLabel

    from mysterycaller.services.call_session import CallSession

    from .conftest import DEMO_CAMPAIGN, SCENARIO, TARGET

    window = MainWindow(db, Settings(), "en")
    qtbot.addWidget(window)
    window.show_call(CallSession.start(db, DEMO_CAMPAIGN, SCENARIO, TARGET, "T-01"))
    section = window.call_screen.criteria_panel.findChild(QLabel, "section_label")
    section.ensurePolished()
    assert section.palette().color(QPalette.ColorRole.WindowText).lightness() > 180


def test_the_call_list_marks_knocked_out_calls(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from mysterycaller.gui.call_list_model import SCORE_COLUMN, CallListModel
    from mysterycaller.persistence.database import Database
    from mysterycaller.services.demo import add_demo

    with Database.open(tmp_path / "demo.sqlite3") as database:
        campaign_id = add_demo(database, calls=30).campaign_id
        model = CallListModel(database, "en")
        with qtbot.waitSignal(model.loaded, timeout=10000):
            model.set_campaign(campaign_id)
        marks = {}
        for row in range(model.rowCount()):
            index = model.index(row, SCORE_COLUMN)
            marks[model.data(index)] = model.data(index, Qt.ItemDataRole.DecorationRole)
        model.wait()
    assert "KO" in marks and not marks["KO"].isNull()
    assert [text for text, mark in marks.items() if mark is not None] == ["KO"]


def test_the_completion_review_marks_open_and_unticked_criteria(qtbot, session):
    from mysterycaller.domain.timing import Outcome
    from mysterycaller.gui.completion_dialog import CompletionDialog

    session.dial()
    session.enter_phase(Phase.TALK)
    session.hang_up()
    session.set_outcome(Outcome.ANSWERED)
    review = session.review()
    assert review.missing_answers and review.unticked_checks
    dialog = CompletionDialog(review)
    qtbot.addWidget(dialog)
    lists = (dialog.ui.missing_list, dialog.ui.unticked_list)
    items = [widget.item(row) for widget in lists for row in range(widget.count())]
    assert items and all(not item.icon().isNull() for item in items)


def test_the_main_window_redraws_its_icons_when_the_palette_turns_dark(qtbot, db, qapp):
    window = MainWindow(db, Settings(), "en")
    qtbot.addWidget(window)
    window.show()

    def lightness() -> float:
        image = window.ui.new_call_action.icon().pixmap(48, 48).toImage()
        colours = [image.pixelColor(x, y) for x in range(48) for y in range(48)]
        painted = [c.lightness() for c in colours if c.alpha() > 200]
        return sum(painted) / len(painted)

    assert lightness() < 80
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    try:
        qapp.setPalette(dark)  # Qt tells the widgets through the event loop
        qtbot.waitUntil(lambda: lightness() > 180, timeout=2000)
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: lightness() < 80, timeout=2000)
