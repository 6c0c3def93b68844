"""The settings dialog: tester, language, privacy default, report branding, where data lives."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from mysterycaller.gui import prompts
from mysterycaller.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from mysterycaller.gui.modal import answer_of
from mysterycaller.gui.progress_task import error_text
from mysterycaller.gui.settings import Settings
from mysterycaller.services.errors import RefusedInput

# Importing services.reports loads reportlab (100 ms): the branding helpers are imported when used.


@dataclass(frozen=True)
class SettingsChoice:
    tester: str
    language: str  # "de", "en", or "" for the system's
    hide_agent_names: bool
    agency: str = ""  # empty: the default agency name
    logo: Path | None = None
    accent_color: str = ""  # "#RRGGBB", or empty for the default


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
        self.ui.agency_edit.setText(settings.agency)
        self.logo: Path | None = None
        self.accent_color = ""
        self.set_logo(settings.logo)
        self.set_accent_color(settings.accent_color)
        self.ui.logo_button.clicked.connect(self.choose_logo)
        self.ui.logo_clear_button.clicked.connect(lambda: self.set_logo(None))
        self.ui.color_button.clicked.connect(self.choose_color)
        self.ui.color_reset_button.clicked.connect(lambda: self.set_accent_color(""))
        # The layout sets the minimum (long German labels); start a little wider than that.
        width = max(640, self.sizeHint().width())
        self.resize(width, self.heightForWidth(width) + 24)

    @classmethod
    def ask(
        cls, parent: QWidget | None, settings: Settings, data_folder: Path
    ) -> SettingsChoice | None:
        """What the user chose, or None when cancelled."""
        return answer_of(cls(settings, data_folder, parent), lambda dialog: dialog.choice())

    def choice(self) -> SettingsChoice:
        return SettingsChoice(
            tester=self.ui.tester_edit.text().strip(),
            language=str(self.ui.language_combo.currentData() or ""),
            hide_agent_names=self.ui.hide_agent_names_check.isChecked(),
            agency=self.ui.agency_edit.text().strip(),
            logo=self.logo,
            accent_color=self.accent_color,
        )

    # ---- branding -----------------------------------------------------------------------------

    def choose_logo(self) -> None:
        path = prompts.choose_open_path(
            self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.set_logo(path)

    def set_logo(self, path: Path | None) -> None:
        """Show the logo file, and at once why it cannot be used if it cannot."""
        self.logo = path
        self.ui.logo_edit.setText(str(path) if path else "")
        self.ui.logo_edit.setCursorPosition(0)
        self.ui.logo_edit.setToolTip(str(path) if path else "")
        self.ui.logo_clear_button.setEnabled(path is not None)
        problem = ""
        if path is not None:
            from mysterycaller.services.reports.branding import check_logo

            try:
                check_logo(path)
            except RefusedInput as error:
                problem = self.tr("This logo cannot be used: %1").replace(
                    "%1", "; ".join(p.message for p in error.problems) or error_text(error)
                )
        self.ui.logo_problem_label.setText(problem)
        self.ui.logo_problem_label.setVisible(bool(problem))

    def choose_color(self) -> None:
        from mysterycaller.services.reports.branding import DEFAULT_COLOR

        color = prompts.choose_color(
            self, self.tr("Accent colour of the reports"), self.accent_color or DEFAULT_COLOR
        )
        if color is not None:
            self.set_accent_color(color)

    def set_accent_color(self, color: str) -> None:
        from mysterycaller.services.reports.branding import DEFAULT_COLOR

        self.accent_color = color
        shown = color or DEFAULT_COLOR
        self.ui.color_swatch_label.setStyleSheet(
            f"background: {shown}; border: 1px solid palette(mid);"
        )
        default = self.tr("%1 (default)").replace("%1", shown)
        self.ui.color_name_label.setText(shown if color else default)
        self.ui.color_reset_button.setEnabled(bool(color))


def apply_choice(settings: Settings, choice: SettingsChoice) -> None:
    """Store the dialog's result."""
    settings.tester = choice.tester
    settings.language = choice.language
    settings.hide_agent_names = choice.hide_agent_names
    settings.agency = choice.agency
    settings.logo = choice.logo
    settings.accent_color = choice.accent_color
    settings.sync()
