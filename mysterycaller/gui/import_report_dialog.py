"""What an import did: campaign versions, and calls added / unchanged / in conflict per tester."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from mysterycaller.gui.forms.ui_import_report_dialog import Ui_ImportReportDialog

if TYPE_CHECKING:
    from mysterycaller.services.sync import ImportReport


class ImportReportDialog(QDialog):
    """The import's report as a table; offers to go to the conflicts when there are any."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.conflicts_button.clicked.connect(self.accept)
        self.ui.summary_label.setText(self._summary())
        self._fill()
        conflicts = report.total("conflict") + report.total("known_conflict")
        self.ui.conflicts_button.setVisible(conflicts > 0)
        self.ui.conflicts_label.setVisible(conflicts > 0)
        self.ui.conflicts_label.setText(
            self.tr(
                "%n call(s) differ from the version in this database. Nothing was overwritten: "
                "choose which version to keep under File › Conflicts.",
                "",
                conflicts,
            )
        )
        self.setMinimumWidth(720)

    @classmethod
    def ask(cls, parent: QWidget | None, report: ImportReport) -> bool:
        """Show the report; True when the user wants to see the conflicts next."""
        dialog = cls(report, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _summary(self) -> str:
        report = self.report
        name = Path(report.source).name
        if report.kind == "results":
            what = self.tr("%1: results bundle").replace("%1", name)
            if report.tester:
                what = self.tr("%1: results bundle from %2").replace("%1", name)
                what = what.replace("%2", report.tester)
        else:
            what = self.tr("%1: campaign package").replace("%1", name)
        if report.encrypted:
            what += " " + self.tr("(encrypted)")
        versions = self.tr("Campaign versions: %1 added, %2 already here.")
        versions = versions.replace("%1", str(len(report.versions_added)))
        versions = versions.replace("%2", str(len(report.versions_unchanged)))
        if report.kind == "results" and not report.counts:
            versions += "\n" + self.tr("The bundle holds no calls.")
        return f"{what}\n{versions}"

    def _fill(self) -> None:
        table = self.ui.counts_table
        headers = (
            self.tr("Tester"),
            self.tr("Campaign"),
            self.tr("Added"),
            self.tr("Unchanged"),
            self.tr("Conflicts"),
        )
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        report = self.report
        rows = [
            (
                tester or "–",
                report.campaign_names.get(campaign, campaign[:8]),
                counts["added"],
                counts["unchanged"],
                counts["conflict"] + counts["known_conflict"],
            )
            for (tester, campaign), counts in sorted(report.counts.items())
        ]
        if len(rows) > 1:
            rows.append(
                (
                    self.tr("Total"),
                    "",
                    report.total("added"),
                    report.total("unchanged"),
                    report.total("conflict") + report.total("known_conflict"),
                )
            )
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            for column, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if index == len(rows) - 1 and len(rows) > 1:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(index, column, item)
        table.setVisible(bool(rows))  # a campaign package holds no calls
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        # As high as its rows (up to a dozen), so a short report has no empty table below it.
        height = header.sizeHint().height() + table.verticalHeader().length()
        table.setMinimumHeight(min(height, 360) + 2 * table.frameWidth())

    def counts(self) -> list[tuple[str, ...]]:
        """The table as text, row by row (what the user reads)."""
        table = self.ui.counts_table
        return [
            tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())
        ]
