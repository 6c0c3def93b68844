"""Asks why a completed call is reopened; the reason goes into the call's history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mysterycaller.gui.forms.ui_reopen_dialog import Ui_ReopenDialog
from mysterycaller.gui.modal import answer_of


class ReopenDialog(QDialog):
    """OK only with a reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReopenDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Reopen"))
        self._ok.setEnabled(False)
        self.ui.reason_edit.textChanged.connect(
            lambda text: self._ok.setEnabled(bool(text.strip()))
        )

    def reason(self) -> str:
        return self.ui.reason_edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The reason to reopen, or None when the tester cancels."""
        # An empty reason is no reason: reopening is refused then.
        return answer_of(cls(parent), lambda dialog: dialog.reason() or None)
