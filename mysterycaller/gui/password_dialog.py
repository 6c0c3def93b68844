"""Asks for the password of a bundle: a new one (optional, entered twice) or an existing one.

The password lives only in the returned value for the one export or import; it is never stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from mysterycaller.gui.forms.ui_password_dialog import Ui_PasswordDialog
from mysterycaller.gui.modal import answer_of


@dataclass(frozen=True)
class PasswordChoice:
    #: None: the file is written without encryption.
    password: bytes | None


class PasswordDialog(QDialog):
    """With ``new``: an optional password typed twice; else the password of an existing file."""

    def __init__(self, new: bool, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Password for the file") if new else self.tr("Password"))
        self.ui.explain_label.setText(text)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        for widget in (self.ui.encrypt_check, self.ui.repeat_label, self.ui.repeat_edit):
            widget.setVisible(new)
        self.ui.hint_label.setVisible(new)
        self.ui.encrypt_check.toggled.connect(self._check)
        self.ui.password_edit.textChanged.connect(self._check)
        self.ui.repeat_edit.textChanged.connect(self._check)
        self.setMinimumWidth(480)
        self._check()
        (self.ui.encrypt_check if new else self.ui.password_edit).setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, *, new: bool, text: str) -> PasswordChoice | None:
        """The chosen password (None inside: no encryption), or None when cancelled."""
        return answer_of(cls(new, text, parent), lambda dialog: dialog.choice())

    def encrypting(self) -> bool:
        return self.ui.encrypt_check.isChecked() or not self.new

    def choice(self) -> PasswordChoice:
        if not self.encrypting():
            return PasswordChoice(None)
        return PasswordChoice(self.ui.password_edit.text().encode("utf-8"))

    def _check(self) -> None:
        encrypting = self.encrypting()
        for widget in (self.ui.password_edit, self.ui.repeat_edit):
            widget.setEnabled(encrypting)
        password, repeat = self.ui.password_edit.text(), self.ui.repeat_edit.text()
        problem = ""
        if encrypting and self.new and repeat and password != repeat:
            problem = self.tr("The two passwords differ.")
        self.ui.problem_label.setText(problem)
        complete = bool(password) and (not self.new or password == repeat)
        self._ok.setEnabled(not encrypting or complete)
