"""The settings dialog: tester, language, privacy default, and where the data lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from mysterycaller.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from mysterycaller.gui.settings import Settings


@dataclass(frozen=True)
class SettingsChoice:
    tester: str
    language: str  # "de", "en", or "" for the system's
    hide_agent_names: bool


class SettingsDialog(QDialog):
    """Edits a copy of the settings; the caller stores what ``ask`` returns."""

    def __init__(self, settings: Settings, data_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        combo = self.ui.language_combo
        combo.addItem(self.tr("As the system"), "")
        combo.addItem("Deutsch", "de")  # language names in their own language, untranslated
        combo.addItem("English", "en")
        combo.setCurrentIndex(max(combo.findData(settings.language), 0))
        self.ui.tester_edit.setText(settings.tester)
        self.ui.hide_agent_names_check.setChecked(settings.hide_agent_names)
        self.ui.data_folder_edit.setText(str(data_folder))
        self.ui.data_folder_edit.setCursorPosition(0)
        self.ui.data_folder_edit.setToolTip(str(data_folder))
        self.setMinimumWidth(560)

    @classmethod
    def ask(
        cls, parent: QWidget | None, settings: Settings, data_folder: Path
    ) -> SettingsChoice | None:
        """What the user chose, or None when cancelled."""
        dialog = cls(settings, data_folder, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            tester=self.ui.tester_edit.text().strip(),
            language=str(self.ui.language_combo.currentData() or ""),
            hide_agent_names=self.ui.hide_agent_names_check.isChecked(),
        )


def apply_choice(settings: Settings, choice: SettingsChoice) -> None:
    """Store the dialog's result."""
    settings.tester = choice.tester
    settings.language = choice.language
    settings.hide_agent_names = choice.hide_agent_names
    settings.sync()
