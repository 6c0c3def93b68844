"""Small modal questions behind module-level seams: file choosers, errors, "open the file?".

Callers use them through the module (``prompts.choose_save_path(...)``) so that a test can
replace one function with monkeypatch and never meet a blocking dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QWidget


def choose_save_path(
    parent: QWidget | None, title: str, suggested_name: str, file_filter: str
) -> Path | None:
    """Ask where to write a file; None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, file_filter)
    return Path(name) if name else None


def choose_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    """Ask for an existing file to read; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


def choose_color(parent: QWidget | None, title: str, initial: str) -> str | None:
    """Ask for a colour; ``#RRGGBB`` (upper case), or None when cancelled."""
    color = QColorDialog.getColor(QColor(initial), parent, title)
    return color.name().upper() if color.isValid() else None


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A warning with what went wrong in words, and the technical details below."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()
    box.deleteLater()


def ask_to_open(parent: QWidget | None, path: Path) -> bool:
    """Whether the user wants to open the file just written."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Prompts", "File written"),
        QCoreApplication.translate("Prompts", "%1 has been written.\n\nOpen the file?").replace(
            "%1", path.name
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def open_file(path: Path) -> bool:
    """Open a file with the system's program for its type."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A short message that something is done."""
    QMessageBox.information(parent, title, text)
