"""Setters that touch a widget only when the value changes.

The screens repaint from the session several times a second. With PySide6 6.12.0 on Python
3.11 every Qt call that returns None (``setText``, ``setEnabled``, ``property()`` of an unset
name, ...) drops a reference to None that it never took, and the app dies with
``none_dealloc`` once the count reaches zero. Writing only what changed keeps a repaint free
of such calls; the getters used here return values, never None.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def set_text(widget: QLabel | QAbstractButton, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_tooltip(widget: QWidget, text: str) -> None:
    if widget.toolTip() != text:
        widget.setToolTip(text)


def set_enabled(widget: QWidget, enabled: bool) -> None:
    # The widget's own switch, not isEnabled(), which also follows a disabled parent.
    if widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled) == enabled:
        widget.setEnabled(enabled)


def set_visible(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:
        widget.setVisible(visible)


def set_checked(button: QAbstractButton, checked: bool) -> None:
    if button.isChecked() != checked:
        button.setChecked(checked)


def set_property(widget: QWidget, name: str, value: bool | str) -> None:
    """Set a style-sheet property (never None) and re-polish, when it changes."""
    known = name.encode() in [bytes(n.data()) for n in widget.dynamicPropertyNames()]
    if known and widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
