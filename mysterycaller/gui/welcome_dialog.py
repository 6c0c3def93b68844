"""The first start: tester code and language, the demo campaign, where real campaigns come from.

Shown once, before the main window, so that the chosen language is the one the window opens in.
Nothing else is needed before the first call: the demo campaign is there, and the tester's code
fills the New call dialog.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mysterycaller.gui import icons
from mysterycaller.gui.modal import answer_of
from mysterycaller.gui.settings import Settings


@dataclass(frozen=True)
class WelcomeChoice:
    tester: str
    language: str  # "de" or "en"
    import_package: bool  # the user wants to import a campaign package right away


class WelcomeDialog(QDialog):
    """Asks for the tester code and the language; explains the demo and the campaign packages."""

    def __init__(self, tester: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Mystery Caller"))
        self.setWindowIcon(icons.app_icon())
        self._import = False
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(self.tr("<h2>Welcome to Mystery Caller</h2>"), self)
        layout.addWidget(heading)
        layout.addWidget(
            self._paragraph(
                self.tr(
                    "Mystery Caller records your test calls: the stopwatch, the criteria you "
                    "tick and your notes. Everything is saved the moment you enter it. No audio "
                    "is ever recorded."
                )
            )
        )
        form = QFormLayout()
        self.tester_edit = QLineEdit(tester, self)
        self.tester_edit.setObjectName("tester_edit")
        self.tester_edit.setPlaceholderText(self.tr("for example T-07"))
        form.addRow(self.tr("Your &tester code:"), self.tester_edit)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        self.language_combo.addItem("Deutsch", "de")  # names in their own language
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        form.addRow(self.tr("&Language:"), self.language_combo)
        layout.addLayout(form)
        self.demo_label = self._paragraph(
            self.tr(
                "<b>Try it out first.</b> The app opens on a demo campaign with example calls. "
                "Start a practice call with <i>New call</i> (Ctrl+N): every key you need is "
                "shown on the call screen, and F1 lists them all. The demo's calls are examples, "
                "not a client's data."
            )
        )
        layout.addWidget(self.demo_label)
        self.package_label = self._paragraph(
            self.tr(
                "<b>Real campaigns</b> come from your coordinator as a campaign package "
                "(a .mcb file). Import it with the button below, or later with the menu "
                "<i>File → Import bundle…</i>"
            )
        )
        layout.addWidget(self.package_label)
        buttons = QDialogButtonBox(self)
        buttons.setObjectName("button_box")
        self.import_button = QPushButton(self.tr("&Import a campaign package…"), self)
        self.import_button.setObjectName("import_button")
        self.import_button.setIcon(icons.icon("actions/import-bundle"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button = buttons.addButton(
            self.tr("&Start with the demo"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setObjectName("start_button")
        self.start_button.setDefault(True)
        self.import_button.clicked.connect(self._accept_with_import)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _paragraph(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _accept_with_import(self) -> None:
        self._import = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, tester: str, language: str) -> WelcomeChoice | None:
        """What the user chose, or None when the dialog was closed without choosing."""
        return answer_of(cls(tester, language, parent), lambda dialog: dialog.choice())

    def choice(self) -> WelcomeChoice:
        return WelcomeChoice(
            tester=self.tester_edit.text().strip(),
            language=str(self.language_combo.currentData()),
            import_package=self._import,
        )


def first_start(settings: Settings, language: str) -> WelcomeChoice | None:
    """On the first start, welcome the user and store the choice; None on later starts.

    Someone who has a tester code stored already used an earlier version: not a first start.
    Closing the welcome without choosing keeps the defaults and does not ask again.
    """
    if settings.welcomed or settings.tester:
        return None
    choice = WelcomeDialog.ask(None, settings.tester, language)
    settings.welcomed = True
    if choice is not None:
        settings.tester = choice.tester or settings.tester
        settings.language = choice.language
    settings.sync()
    return choice
