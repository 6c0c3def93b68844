"""Offline sync from the File menu: export results or a campaign package, import a bundle.

Each asks for the file and, where it applies, a password (never stored), runs the service in a
worker behind a progress dialog, and reports the outcome; an import ends with its report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal

from mysterycaller.gui import prompts
from mysterycaller.gui.import_report_dialog import ImportReportDialog
from mysterycaller.gui.password_dialog import PasswordDialog
from mysterycaller.gui.progress_task import error_text, run_with_progress
from mysterycaller.gui.report_actions import file_name
from mysterycaller.gui.window_actions import WindowActions
from mysterycaller.gui.workers import Progress
from mysterycaller.services.errors import RefusedInput

# services.sync loads cryptography and jsonschema: imported when a sync command is used, so the
# window opens without paying for them.
if TYPE_CHECKING:
    from mysterycaller.services.sync import ExportReport, ImportReport

SUFFIX = ".mcb"


def bundle_is_encrypted(path: Path) -> bool:
    """Whether the file starts like an encrypted bundle (unreadable files: the import says so)."""
    from mysterycaller.services.sync.crypto import MAGIC, is_encrypted

    try:
        with open(path, "rb") as stream:
            return is_encrypted(stream.read(len(MAGIC)))
    except OSError:
        return False


def is_wrong_password(error: BaseException) -> bool:
    """Whether an import failed because the password did not open the file."""
    return isinstance(error, RefusedInput) and any(
        "wrong password" in problem.message for problem in error.problems
    )


class SyncActions(WindowActions):
    """The sync commands of a window; ``data_changed`` after calls or campaigns came in."""

    data_changed = Signal()

    # ---- export -------------------------------------------------------------------------------

    def export_results(self) -> None:
        """The current campaign's completed calls not exported yet, for the coordinator."""
        campaign = self.campaign()
        if campaign is None:
            return
        who = self.settings.tester or self.tr("tester")
        stem = self.tr("Results %1 %2").replace("%1", who).replace("%2", date.today().isoformat())
        path = self._ask_save(self.tr("Export results for the coordinator"), stem)
        if path is None:
            return
        text = self.tr(
            "The bundle holds the completed calls of %1 that were not exported before. Protect "
            "it with a password when it travels by e-mail or on a USB stick."
        )
        choice = PasswordDialog.ask(self.window, new=True, text=text.replace("%1", campaign.name))
        if choice is None:
            return
        from mysterycaller.services.sync import export_results

        database, password, tester = self.database, choice.password, self.settings.tester or None
        # One campaign, the one on screen: the tester sees what goes out (and the demo
        # campaign's calls, which the service leaves out of an export of everything, can go too).
        campaign_id = campaign.id

        def work(progress: Progress) -> ExportReport:
            return export_results(
                database,
                path,
                campaign_id=campaign_id,
                password=password,
                tester=tester,
                progress=progress,
            )

        def finished(report: ExportReport) -> None:
            if report.calls:
                text = self.tr("%n call(s) written to %1.", "", report.calls)
            else:
                text = self.tr("No call was new since the last export; %1 was not written.")
            text = text.replace("%1", str(report.path))
            self.message.emit(text)
            prompts.show_info(self.window, self.tr("Results exported"), text)

        self.task = run_with_progress(
            self.window,
            self.tr("Exporting the results…"),
            work,
            finished,
            self.tr("The results could not be exported."),
        )

    def export_package(self) -> None:
        """Every version of the current campaign as a package for the testers."""
        campaign = self.campaign()
        if campaign is None:
            return
        stem = self.tr("Campaign %1").replace("%1", campaign.name)
        path = self._ask_save(self.tr("Export campaign package"), stem)
        if path is None:
            return
        text = self.tr("The package holds the campaign %1 for the testers.")
        choice = PasswordDialog.ask(self.window, new=True, text=text.replace("%1", campaign.name))
        if choice is None:
            return
        from mysterycaller.services.sync import export_campaign_package

        database, password, campaign_id = self.database, choice.password, campaign.id

        def work(progress: Progress) -> ExportReport:
            return export_campaign_package(
                database, campaign_id, path, password=password, progress=progress
            )

        def finished(report: ExportReport) -> None:
            done = self.tr("Campaign package written to %1.").replace("%1", str(report.path))
            self.message.emit(done)
            prompts.show_info(self.window, self.tr("Campaign package exported"), done)

        self.task = run_with_progress(
            self.window,
            self.tr("Exporting the campaign package…"),
            work,
            finished,
            self.tr("The campaign package could not be exported."),
        )

    # ---- import -------------------------------------------------------------------------------

    def import_bundle(self) -> None:
        """Ask for a bundle or package file, then import it."""
        path = prompts.choose_open_path(
            self.window,
            self.tr("Import bundle"),
            self.tr("Mystery Caller bundles (*.mcb);;All files (*)"),
        )
        if path is not None:
            self.folder = path.parent
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import ``path``, asking for its password first if it is encrypted."""
        password = None
        if bundle_is_encrypted(path):
            text = self.tr("%1 is protected by a password. Enter it to import the file.")
            choice = PasswordDialog.ask(self.window, new=False, text=text.replace("%1", path.name))
            if choice is None:
                return
            password = choice.password
        from mysterycaller.services.sync import import_bundle

        database = self.database

        def work(progress: Progress) -> ImportReport:
            return import_bundle(database, path, password=password, progress=progress)

        def finished(report: ImportReport) -> None:
            self.data_changed.emit()
            added = self.tr("Imported %1: %2 calls added.").replace("%1", path.name)
            self.message.emit(added.replace("%2", str(report.total("added"))))
            if ImportReportDialog.ask(self.window, report):
                self.show_conflicts()

        def failed(error: BaseException) -> bool:
            if not is_wrong_password(error):
                return False
            text = self.tr(
                "The password is wrong, or the file %1 was damaged or altered. Nothing was "
                "imported."
            )
            title = self.tr("Import failed")
            prompts.show_error(self.window, title, text.replace("%1", path.name), error_text(error))
            return True

        self.task = run_with_progress(
            self.window,
            self.tr("Importing %1…").replace("%1", path.name),
            work,
            finished,
            self.tr("The file %1 could not be imported. Nothing was changed.").replace(
                "%1", path.name
            ),
            failed,
        )

    def show_conflicts(self) -> None:
        """The conflicts dialog; the list is refreshed when a conflict was resolved."""
        from mysterycaller.gui.conflicts_dialog import ConflictsDialog

        if ConflictsDialog.ask(self.window, self.database):
            self.data_changed.emit()

    # ---- shared -------------------------------------------------------------------------------

    def _ask_save(self, title: str, stem: str) -> Path | None:
        suggested = str(self.folder / file_name(stem, SUFFIX))
        path = prompts.choose_save_path(
            self.window, title, suggested, self.tr("Mystery Caller bundles (*.mcb)")
        )
        if path is None:
            return None
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.folder = path.parent
        return path
