"""The list of keys, shown over the call screen on F1 or ?."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def key_text(key: str) -> str:
    """A key as the user's keyboard names it (Strg, Bild abwärts in German, from Qt's own
    translations; the app loads qtbase_<lang>.qm)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key


class ShortcutsOverlay(QFrame):
    """A panel laid over its parent; any key or click closes it.

    Two columns of (key, action); an action wraps instead of being cut, and should the list
    still not fit, it scrolls.
    """

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#shortcuts_overlay { background: rgba(20, 24, 32, 235); border-radius: 10px; }"
            "#shortcuts_overlay QLabel { color: white; font-size: 10pt; }"
            "#shortcuts_overlay QLabel#key_label { font-weight: bold; color: #ffd866; }"
            "#shortcuts_overlay QScrollArea, #shortcuts_body { background: transparent; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        title = QLabel(self.tr("Keyboard shortcuts – any key closes"), self)
        title.setObjectName("title_label")
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        outer.addWidget(title)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("shortcuts_scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.viewport().setAutoFillBackground(False)
        body = QWidget(self.scroll_area)
        body.setObjectName("shortcuts_body")
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(28)
        self.key_labels: list[QLabel] = []
        self.action_labels: list[QLabel] = []
        # Two columns packed on their own (a long action wraps to a second line without
        # spreading the other column), split where the estimated lines are balanced.
        lines = [1 + len(action) // 60 for _, action in rows]
        half, running = len(rows), 0
        for index, count in enumerate(lines):
            running += count
            if running * 2 >= sum(lines):
                half = index + 1
                break
        for part in (rows[:half], rows[half:]):
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(3)
            for index, (key, action) in enumerate(part):
                key_label = QLabel(key_text(key), body)
                key_label.setObjectName("key_label")
                action_label = QLabel(action, body)
                action_label.setObjectName("action_label")
                action_label.setWordWrap(True)
                # Wraps inside its column instead of widening the overlay past the screen.
                action_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                action_label.setMinimumWidth(120)
                top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
                grid.addWidget(key_label, index, 0, top_right)
                grid.addWidget(action_label, index, 1, Qt.AlignmentFlag.AlignTop)
                self.key_labels.append(key_label)
                self.action_labels.append(action_label)
            grid.setColumnStretch(1, 1)
            grid.setRowStretch(len(part), 1)
            columns.addLayout(grid, 1)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        self.hide()

    def popup(self) -> None:
        """Cover the parent and take the keys until closed."""
        parent = self.parentWidget()
        self.setGeometry(parent.rect().adjusted(40, 30, -40, -30))
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def event(self, event: QEvent) -> bool:
        # Every key closes the overlay, none reaches the screen's shortcuts meanwhile.
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.close_overlay()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()

    def close_overlay(self) -> None:
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.setFocus(Qt.FocusReason.OtherFocusReason)
