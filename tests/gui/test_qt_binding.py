"""The installed Qt binding must not lose references to None (PySide6 6.12.0 did, and the app
aborted with 'none_dealloc' after a few thousand repaints)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_none_keep_the_reference_count_of_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setVisible(False)
    # A few references may come and go elsewhere; a binding that leaks loses 4,000 here.
    assert before - sys.getrefcount(None) < 100
