"""Running a dialog modally for its ``ask()`` seam: the answer if accepted, and no leaked window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)
R = TypeVar("R")


def answer_of(dialog: D, answer: Callable[[D], R | None]) -> R | None:
    """Show ``dialog``; ``answer(dialog)`` when it was accepted, else None. Deletes it after."""
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return answer(dialog)
    finally:
        dialog.deleteLater()
