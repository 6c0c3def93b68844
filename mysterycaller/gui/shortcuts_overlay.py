"""The list of keys, shown over the call screen on F1 or ?."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget


class ShortcutsOverlay(QFrame):
    """A panel laid over its parent; any key or click closes it."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#shortcuts_overlay { background: rgba(20, 24, 32, 235); border-radius: 10px; }"
            "#shortcuts_overlay QLabel { color: white; font-size: 11pt; }"
            "#shortcuts_overlay QLabel#key_label { font-weight: bold; color: #ffd866; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        title = QLabel(self.tr("Keyboard shortcuts – any key closes"), self)
        title.setObjectName("title_label")
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        outer.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        half = (len(rows) + 1) // 2
        for index, (key, action) in enumerate(rows):
            column = 0 if index < half else 2
            key_label = QLabel(key, self)
            key_label.setObjectName("key_label")
            grid.addWidget(key_label, index % half, column, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(QLabel(action, self), index % half, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)
        outer.addStretch()
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
