"""Client reports and exports: the PDF of a call, the wave report, CSV and Excel.

Each asks where to write, runs the service in a worker behind a progress dialog, says readably
what went wrong, and finally offers to open the file. The services load reportlab and openpyxl,
so they are imported only when a report is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mysterycaller.gui import prompts
from mysterycaller.gui.progress_task import run_with_progress
from mysterycaller.gui.window_actions import WindowActions
from mysterycaller.gui.workers import Progress
from mysterycaller.services.errors import RefusedInput

if TYPE_CHECKING:
    from mysterycaller.services.reports import ReportBranding

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(stem: str, suffix: str) -> str:
    """A file name from free text: characters no file system accepts become dashes."""
    return _UNSAFE.sub("-", stem).strip(" .-") + suffix


class ReportActions(WindowActions):
    """Writes the reports of the window's calls and campaign; ``message`` is for the status bar."""

    def branding(self) -> ReportBranding | None:
        """The agency's look from the settings; None (after saying why) if it cannot be used."""
        from mysterycaller.services.reports.branding import make_branding

        try:
            return make_branding(
                self.settings.agency or None,
                self.settings.logo,
                self.settings.accent_color or None,
            )
        except RefusedInput as error:
            prompts.show_error(
                self.window,
                self.tr("Report settings"),
                self.tr(
                    "The logo or the accent colour in the settings cannot be used. Choose "
                    "another one under Tools › Settings, or remove it."
                ),
                error.describe(),
            )
            return None

    # ---- the reports --------------------------------------------------------------------------

    def call_report(self, call_id: str, target_id: str = "") -> None:
        """The client PDF of one completed call."""
        branding = self.branding()
        if branding is None:
            return
        stem = self.tr("Call %1").replace("%1", f"{target_id} {call_id[:8]}".strip())
        path = self._ask_path(self.tr("PDF for the client"), stem, ".pdf")
        if path is None:
            return
        from mysterycaller.services.reports import write_call_report

        database = self.database

        def write(_progress: Progress) -> Path:
            return write_call_report(database, call_id, path, branding=branding)

        self._run(
            self.tr("Writing the PDF for the client…"),
            write,
            path,
            self.tr("The PDF for the client could not be written."),
        )

    def wave_report(self) -> None:
        """The wave report (PDF) of the current campaign."""
        campaign = self.campaign()
        branding = self.branding() if campaign is not None else None
        if campaign is None or branding is None:
            return
        stem = self.tr("Wave report %1").replace("%1", campaign.name)
        path = self._ask_path(self.tr("Wave report (PDF)"), stem, ".pdf")
        if path is None:
            return
        from mysterycaller.services.reports import write_wave_report

        database, campaign_id = self.database, campaign.id

        def write(progress: Progress) -> Path:
            return write_wave_report(
                database, campaign_id, path, branding=branding, progress=progress
            )

        self._run(
            self.tr("Writing the wave report…"),
            write,
            path,
            self.tr("The wave report could not be written."),
        )

    def export(self, fmt: str) -> None:
        """Every call of the current campaign as ``csv`` or ``xlsx``."""
        campaign = self.campaign()
        if campaign is None:
            return
        stem = self.tr("Calls %1").replace("%1", campaign.name)
        title = self.tr("Export CSV") if fmt == "csv" else self.tr("Export Excel")
        path = self._ask_path(title, stem, f".{fmt}")
        if path is None:
            return
        from mysterycaller.services.exports import export_calls

        database, campaign_id = self.database, campaign.id

        def write(progress: Progress) -> int:
            return export_calls(database, campaign_id, path, fmt, progress)  # type: ignore[arg-type]

        self._run(
            self.tr("Exporting the calls…"),
            write,
            path,
            self.tr("The calls could not be exported."),
        )

    # ---- shared -------------------------------------------------------------------------------

    def _ask_path(self, title: str, stem: str, suffix: str) -> Path | None:
        filters = {
            ".pdf": self.tr("PDF files (*.pdf)"),
            ".csv": self.tr("CSV files (*.csv)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        suggested = str(self.folder / file_name(stem, suffix))
        path = prompts.choose_save_path(self.window, title, suggested, filters[suffix])
        if path is None:
            return None
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.folder = path.parent
        return path

    def _run(
        self, label: str, function: Callable[[Progress], Any], path: Path, failure: str
    ) -> None:
        def finished(_result: Any) -> None:
            self.message.emit(self.tr("Written: %1").replace("%1", str(path)))
            if prompts.ask_to_open(self.window, path):
                prompts.open_file(path)

        self.task = run_with_progress(self.window, label, function, finished, failure)
