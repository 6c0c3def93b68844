"""The main window: campaign chooser, call list, and the call screen as a second page.

Layout comes from ui/main_window.ui; this module only wires it to the model and use cases.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from mysterycaller.gui import icons, prompts
from mysterycaller.gui.about_dialog import AboutDialog
from mysterycaller.gui.call_list_model import CallListModel
from mysterycaller.gui.call_opening import CallOpener
from mysterycaller.gui.call_table import set_up_call_table
from mysterycaller.gui.forms.ui_main_window import Ui_MainWindow
from mysterycaller.gui.new_call_dialog import NewCallDialog
from mysterycaller.gui.progress_task import run_with_progress
from mysterycaller.gui.report_actions import ReportActions
from mysterycaller.gui.settings import Settings
from mysterycaller.gui.settings_dialog import SettingsDialog, apply_choice
from mysterycaller.gui.sync_dialogs import SyncActions
from mysterycaller.gui.workers import Task
from mysterycaller.services.call_list import CallListEntry
from mysterycaller.services.campaigns import import_campaign_file

if TYPE_CHECKING:
    from mysterycaller.domain.campaign import Campaign
    from mysterycaller.gui.call_screen import CallScreen
    from mysterycaller.persistence.database import Database
    from mysterycaller.services.call_session import CallSession


class MainWindow(QMainWindow):
    """The list of test calls of one campaign, and the call screen while a call is open."""

    def __init__(
        self,
        database: Database,
        settings: Settings,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.language = language
        self.campaign: Campaign | None = None
        self.call_screen: CallScreen | None = None
        #: The running campaign import, if any (tests wait for it).
        self.import_task: Task | None = None
        self.calls = CallOpener(database, self)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)

        self.model = CallListModel(database, language, self)
        set_up_call_table(self.ui.call_table, self.model, self._open_index)

        self.path_label = QLabel(self.tr("Database: %1").replace("%1", str(database.path or "")))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.status_bar.addPermanentWidget(self.path_label)
        key = self.ui.new_call_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.ui.new_call_button.setText(self.tr("New call [%1]").replace("%1", key))

        self.ui.new_call_button.clicked.connect(self.new_call)
        self.ui.new_call_action.triggered.connect(self.new_call)
        self.ui.import_campaign_action.triggered.connect(lambda: self.import_campaign())
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.settings_action.triggered.connect(self.edit_settings)
        self.ui.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.ui.about_action.triggered.connect(self.show_about)
        self.ui.campaign_combo.currentIndexChanged.connect(self._campaign_chosen)
        self.ui.filter_edit.textChanged.connect(self._filter_timer_restart)
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(
            lambda: self.model.set_filter(self.ui.filter_edit.text())
        )
        self._wire_reports_and_sync()
        icons.decorate_main_window(self.ui)
        self._palette_follower = icons.PaletteFollower(self, self._redraw_icons)
        self.model.total_changed.connect(self._show_total)
        self.model.failed.connect(lambda message: self.ui.status_bar.showMessage(message, 10000))
        self.ui.count_label.setText(self.tr("Loading…"))
        self._show_campaign_name()

    def _redraw_icons(self) -> None:
        icons.decorate_main_window(self.ui)
        if self.call_screen is not None:
            icons.decorate_call_screen(self.call_screen, styles=False)

    def _wire_reports_and_sync(self) -> None:
        ui, campaign = self.ui, lambda: self.campaign
        self.reports = ReportActions(self, self.database, self.settings, campaign)
        self.sync = SyncActions(self, self.database, self.settings, campaign)
        ui.call_report_action.triggered.connect(self.report_selected_call)
        ui.wave_report_action.triggered.connect(lambda: self.reports.wave_report())
        ui.export_csv_action.triggered.connect(lambda: self.reports.export("csv"))
        ui.export_xlsx_action.triggered.connect(lambda: self.reports.export("xlsx"))
        ui.export_results_action.triggered.connect(lambda: self.sync.export_results())
        ui.export_package_action.triggered.connect(lambda: self.sync.export_package())
        ui.import_bundle_action.triggered.connect(lambda: self.sync.import_bundle())
        ui.conflicts_action.triggered.connect(lambda: self.sync.show_conflicts())
        self.sync.data_changed.connect(lambda: self.load_campaigns())
        for source in (self.reports, self.sync):
            source.message.connect(lambda text: ui.status_bar.showMessage(text, 10000))
        # The call list's context menu: the report of the call under the mouse.
        ui.call_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        ui.call_table.addAction(ui.call_report_action)
        ui.call_table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    # ---- campaigns ----------------------------------------------------------------------------

    def load_campaigns(self, select_id: str | None = None) -> None:
        """Fill the campaign chooser and show ``select_id`` (else the current, else the first)."""
        combo = self.ui.campaign_combo
        wanted = select_id or (self.campaign.id if self.campaign else None)
        combo.blockSignals(True)
        combo.clear()
        for summary in self.calls.campaigns():
            combo.addItem(f"{summary.name} ({summary.client})", summary.id)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if combo.count() else -1)
        combo.blockSignals(False)
        self._campaign_chosen()

    def _campaign_chosen(self) -> None:
        campaign_id = self.ui.campaign_combo.currentData()
        self.campaign = self.calls.campaign(campaign_id) if campaign_id else None
        if self.campaign is None:
            campaign_id = None
        self.model.call_list.forget_campaigns()
        self.model.set_campaign(campaign_id)
        if campaign_id:
            self.settings.last_campaign_id = campaign_id
        self._show_campaign_name()
        self._update_actions()

    def _show_campaign_name(self) -> None:
        # Qt adds the application's display name to the title where the platform wants it
        # ("Campaign — Mystery Caller"); a title ending in that name is left alone.
        name = self.campaign.name if self.campaign else ""
        self.setWindowTitle(name or QApplication.applicationDisplayName())

    # ---- the list -----------------------------------------------------------------------------

    def _filter_timer_restart(self) -> None:
        self._filter_timer.start()  # typing stays smooth: query once the user pauses

    def _show_total(self, total: int) -> None:
        self.ui.count_label.setText(self.tr("%Ln call(s)", "", total))

    def selected_call(self) -> CallListEntry | None:
        index = self.ui.call_table.currentIndex()
        valid = index.isValid() and index.row() < self.model.rowCount()
        return self.model.call_at(index.row()) if valid else None

    def report_selected_call(self) -> None:
        """The client PDF of the selected call, if it is completed."""
        if self.call_screen is not None:  # the call on screen, once it is completed
            session = self.call_screen.session
            if session.completed:
                self.reports.call_report(session.call_id, session.target.id)
            else:
                self.ui.status_bar.showMessage(
                    self.tr("Complete the call first: the client PDF is of completed calls."), 8000
                )
            return
        entry = self.selected_call()
        if entry is not None and entry.status == "completed":
            self.reports.call_report(entry.id, entry.target_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_call(self.model.call_at(index.row()).id)

    # ---- calls --------------------------------------------------------------------------------

    def new_call(self) -> None:
        """Ask for scenario and target, then start the call in the call screen."""
        if self.campaign is None or self.call_screen is not None:
            return
        choice = NewCallDialog.ask(self, self.campaign, self.settings.tester)
        if choice is None:
            return
        if choice.tester != self.settings.tester:
            self.settings.tester = choice.tester
        session = self.calls.start(self.campaign.id, choice)
        if session is not None:
            self.show_call(session)

    def open_call(self, call_id: str) -> None:
        """Resume a call in progress, or show a completed one (read-only) in the call screen."""
        if self.call_screen is not None:
            return
        session = self.calls.resume(call_id)
        if session is not None:
            self.show_call(session)

    def show_call(self, session: CallSession) -> None:
        from mysterycaller.gui.call_screen import CallScreen

        screen = CallScreen(session, self)
        icons.decorate_call_screen(screen)
        screen.closed.connect(self._call_closed)
        screen.report_requested.connect(
            lambda call_id: self.reports.call_report(call_id, session.target.id)
        )
        self.call_screen = screen
        self.ui.page_stack.addWidget(screen)
        self.ui.page_stack.setCurrentWidget(screen)
        self._update_actions()

    def _call_closed(self, _call_id: str = "") -> None:
        screen, self.call_screen = self.call_screen, None
        self.ui.page_stack.setCurrentWidget(self.ui.list_page)
        if screen is not None:
            self.ui.page_stack.removeWidget(screen)
            screen.deleteLater()
        self._update_actions()
        self.model.refresh()
        self.ui.call_table.setFocus()

    def _update_actions(self) -> None:
        listing, ui = self.call_screen is None, self.ui
        for widget in (self.ui.new_call_action, self.ui.new_call_button, self.ui.campaign_combo):
            widget.setEnabled(listing and self.campaign is not None)
        self.ui.import_campaign_action.setEnabled(listing)
        entry = self.selected_call() if listing else None
        completed_entry = entry is not None and entry.status == "completed"
        self.ui.call_report_action.setEnabled(not listing or completed_entry)
        reports = (ui.wave_report_action, ui.export_csv_action, ui.export_xlsx_action)
        for action in (*reports, ui.export_results_action, ui.export_package_action):
            action.setEnabled(listing and self.campaign is not None)
        ui.import_bundle_action.setEnabled(listing)
        ui.conflicts_action.setEnabled(listing)
        # The call screen has its own F1; two owners of one key would make Qt ignore both.
        self.ui.shortcuts_action.setShortcut(QKeySequence("F1") if listing else QKeySequence())

    # ---- menu ---------------------------------------------------------------------------------

    def import_campaign(self, path: Path | None = None) -> None:
        """Import a campaign file in a worker, with a progress dialog and a clear error."""
        if path is None:
            path = prompts.choose_open_path(
                self, self.tr("Import campaign"), self.tr("Campaign files (*.yaml *.yml)")
            )
            if path is None:
                return
        self.ui.import_campaign_action.setEnabled(False)
        database, chosen = self.database, path

        def finished(imported: Any) -> None:
            self._update_actions()
            self.load_campaigns(imported.campaign.id)
            self.ui.status_bar.showMessage(
                self.tr("Imported campaign %1").replace("%1", imported.campaign.name), 10000
            )

        def failed(_error: BaseException) -> bool:
            self._update_actions()
            return False  # the progress task says what went wrong

        self.import_task = run_with_progress(
            self,
            self.tr("Importing %1…").replace("%1", path.name),
            lambda _progress: import_campaign_file(database, chosen),
            finished,
            self.tr("The campaign file %1 could not be imported.").replace("%1", str(path)),
            failed,
        )

    def edit_settings(self) -> None:
        folder = self.database.path.parent if self.database.path else Path()
        choice = SettingsDialog.ask(self, self.settings, folder)
        if choice is not None:
            apply_choice(self.settings, choice)

    def show_shortcuts(self) -> None:
        """The keys of this window, and the call screen's (its own overlay while it is open)."""
        if self.call_screen is not None:
            self.call_screen.show_shortcuts()
            return
        rows = [
            (action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), action.text())
            for action in (
                self.ui.new_call_action,
                self.ui.import_campaign_action,
                self.ui.call_report_action,
                self.ui.settings_action,
                self.ui.shortcuts_action,
                self.ui.quit_action,
            )
        ]
        rows = [(key, text.replace("&", "").rstrip("…")) for key, text in rows]
        # The call screen's keys depend on its campaign's criteria: it lists them itself.
        rows += [("", ""), ("", self.tr("During a call, F1 shows the call screen's keys."))]
        body = "".join(
            f"<tr><td><b>{html.escape(str(key))}</b>&nbsp;&nbsp;</td>"
            f"<td>{html.escape(str(text))}</td></tr>"
            for key, text in rows
        )
        prompts.show_info(
            self, self.tr("Keyboard shortcuts"), f"<table cellspacing='4'>{body}</table>"
        )

    def show_about(self) -> None:
        AboutDialog.ask(self, self.database.path, self.settings.path)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Everything is saved as it happens; only the list's queries must finish first.
        self.model.wait()
        super().closeEvent(event)
