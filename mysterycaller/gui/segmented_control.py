"""A row (or column) of exclusive buttons: one click picks a value of a scale or a choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QSizePolicy, QWidget

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class SegmentedControl(QWidget):
    """Shows the value it is given; a click or key only *asks* for a value via ``chosen``.

    The owner saves the value and then calls ``set_value``, so the control never shows a value
    as picked before it was stored. Keys while focused: 1..9 pick a segment, Left/Right (or
    Up/Down) move, Escape hands the focus back (``escaped``).
    """

    chosen = Signal(object)
    escaped = Signal()

    def __init__(
        self,
        options: list[tuple[Any, str, str]],
        parent: QWidget | None = None,
        *,
        vertical: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmented_control")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Lets the style sheet draw a frame round the control while it has the keys.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        direction = (
            QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        )
        layout = QBoxLayout(direction, self)
        # Room for the focus frame round the buttons: without it the buttons cover it.
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(0 if not vertical else 2)
        self._values = [value for value, _, _ in options]
        self._value: Any = None
        self.buttons: list[QPushButton] = []
        for index, (value, label, tip) in enumerate(options):
            button = QPushButton(label, self)
            button.setObjectName(f"segment_{index + 1}_button")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(tip)
            button.setMinimumHeight(34)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            if vertical:
                button.setStyleSheet("text-align: left; padding: 4px 10px;")
            button.clicked.connect(lambda _=False, v=value: self._ask(v))
            layout.addWidget(button)
            self.buttons.append(button)

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any) -> None:
        """Show ``value`` (None: nothing picked) as the stored one."""
        self._value = value
        for button, own in zip(self.buttons, self._values, strict=True):
            button.setChecked(own == value and value is not None)

    def event(self, event: QEvent) -> bool:
        # Digits and arrows belong to this control while it has the focus, not to the
        # screen-wide shortcuts that use the same keys.
        if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _DIGITS and _DIGITS[key] <= len(self._values):
            self._ask(self._values[_DIGITS[key] - 1])
            self.escaped.emit()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            step = 1 if key in (Qt.Key.Key_Right, Qt.Key.Key_Down) else -1
            index = self._values.index(self._value) if self._value in self._values else -1
            if index < 0:
                index = 0 if step > 0 else len(self._values) - 1
            else:
                index = min(max(index + step, 0), len(self._values) - 1)
            self._ask(self._values[index])
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        else:
            super().keyPressEvent(event)

    def _handles(self, event: QObject) -> bool:
        assert isinstance(event, QKeyEvent)
        if event.modifiers() not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            return False
        key = event.key()
        if key in _DIGITS:
            return _DIGITS[key] <= len(self._values)
        arrows = (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down)
        return key in (*arrows, Qt.Key.Key_Escape)

    def _ask(self, value: Any) -> None:
        # A checkable button checks itself on click; show the stored value until it is saved.
        self.set_value(self._value)
        self.chosen.emit(value)
