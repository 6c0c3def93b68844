"""Open sync conflicts: pick one, see both versions side by side, keep one of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mysterycaller.gui import prompts
from mysterycaller.gui.conflict_rows import Row, comparison, moment
from mysterycaller.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from mysterycaller.gui.progress_task import error_text
from mysterycaller.services.campaigns import latest_campaign
from mysterycaller.services.errors import RefusedInput
from mysterycaller.services.sync import Conflict, list_conflicts, resolve_conflict

if TYPE_CHECKING:
    from mysterycaller.domain.campaign import Campaign
    from mysterycaller.persistence.database import Database

#: Background of a row whose value differs between the two versions.
DIFFERS = QColor("#fff3c4")


class ConflictsDialog(QDialog):
    """Lists the open conflicts; ``resolved`` is emitted after each one is settled."""

    resolved = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.conflicts: list[Conflict] = []
        self.changed = False
        self._campaigns: dict[str, Campaign | None] = {}
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.conflict_list.currentRowChanged.connect(self._show)
        self.ui.keep_existing_button.clicked.connect(lambda: self.keep("existing"))
        self.ui.keep_incoming_button.clicked.connect(lambda: self.keep("incoming"))
        self._rematch = QTimer(self, singleShot=True, interval=0)
        self._rematch.timeout.connect(self._match_heights)
        for table in (self.ui.existing_table, self.ui.incoming_table):
            table.setColumnCount(2)
            table.setWordWrap(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(0, 190)
            header.setStretchLastSection(True)
            # Rows wrap to the width of the panes: measure them again once a new width is
            # in place (the header reports the change before it applies it).
            header.sectionResized.connect(self._rematch.start)
        # One scroll position for both panes: the rows stay side by side.
        left, right = self.ui.existing_table, self.ui.incoming_table
        left.verticalScrollBar().valueChanged.connect(right.verticalScrollBar().setValue)
        right.verticalScrollBar().valueChanged.connect(left.verticalScrollBar().setValue)
        self.ui.splitter.setSizes([110, 490])
        self.resize(1000, 680)
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, database: Database) -> bool:
        """Show the conflicts until the user closes the dialog; True if any was resolved."""
        dialog = cls(database, parent)
        try:
            dialog.exec()
            return dialog.changed
        finally:
            dialog.deleteLater()

    def reload(self, row: int = 0) -> None:
        """Read the open conflicts again and select the one at ``row`` (or the last)."""
        self.conflicts = list_conflicts(self.database)
        listing = self.ui.conflict_list
        listing.blockSignals(True)
        listing.clear()
        for conflict in self.conflicts:
            listing.addItem(QListWidgetItem(self._title(conflict)))
        listing.blockSignals(False)
        if self.conflicts:
            listing.setCurrentRow(min(row, len(self.conflicts) - 1))
            self._show(listing.currentRow())
        else:
            self._show(-1)
        self.setWindowTitle(self.tr("Conflicts (%n open)", "", len(self.conflicts)))

    def current(self) -> Conflict | None:
        row = self.ui.conflict_list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def keep(self, which: str) -> None:
        """Resolve the selected conflict by keeping ``existing`` or ``incoming``."""
        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(self.database, conflict.id, which)  # type: ignore[arg-type]
        except (LookupError, RefusedInput) as error:
            failure = self.tr("The conflict could not be resolved.")
            prompts.show_error(self, self.tr("Conflict"), failure, error_text(error))
            self.reload(self.ui.conflict_list.currentRow())
            return
        self.changed = True
        done = (
            self.tr("Kept the existing version.")
            if which == "existing"
            else self.tr("Took over the incoming version.")
        )
        self.reload(self.ui.conflict_list.currentRow())
        self.ui.status_label.setText(done)
        self.resolved.emit(conflict.id)

    # ---- display ------------------------------------------------------------------------------

    def _title(self, conflict: Conflict) -> str:
        record = conflict.existing or conflict.incoming
        return " · ".join(
            (
                moment(record.get("started_at")),
                conflict.tester or "–",
                conflict.campaign_name,
                self.tr("from %1").replace("%1", conflict.source),
            )
        )

    def _campaign(self, campaign_id: str) -> Campaign | None:
        if campaign_id not in self._campaigns:
            try:
                self._campaigns[campaign_id] = latest_campaign(self.database, campaign_id)
            except LookupError:
                self._campaigns[campaign_id] = None
        return self._campaigns[campaign_id]

    def _show(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for button in (self.ui.keep_existing_button, self.ui.keep_incoming_button):
            button.setEnabled(conflict is not None)
        self.ui.status_label.clear()
        if conflict is None:
            self.ui.incoming_label.setText(self.tr("Incoming"))
            self.ui.explain_label.setText(self.tr("There are no open conflicts."))
            self.ui.differences_label.hide()
            self._fill([])
            return
        self.ui.incoming_label.setText(self.tr("Incoming (from %1)").replace("%1", conflict.source))
        campaign = self._campaign(conflict.campaign_id)
        rows = comparison(conflict.existing, conflict.incoming, campaign)
        self._fill(rows)
        differing = [row.label for row in rows if row.differs]
        self.ui.differences_label.setVisible(bool(differing))
        self.ui.differences_label.setText(
            self.tr("Differs in: %1").replace("%1", ", ".join(differing))
        )
        first = next((i for i, row in enumerate(rows) if row.differs), None)
        if first is not None:
            table = self.ui.incoming_table
            table.scrollToItem(table.item(first, 0), QTableWidget.ScrollHint.PositionAtCenter)

    def _fill(self, rows: list[Row]) -> None:
        left, right = self.ui.existing_table, self.ui.incoming_table
        for table, values in (
            (left, [r.existing for r in rows]),
            (right, [r.incoming for r in rows]),
        ):
            table.setRowCount(len(rows))
            for index, (row, value) in enumerate(zip(rows, values, strict=True)):
                _set_row(table, index, row.label, value, row.differs)
        self._match_heights()

    def _match_heights(self) -> None:
        """Rows as high as their text, and as high on both sides: each row faces its twin."""
        left, right = self.ui.existing_table, self.ui.incoming_table
        left.resizeRowsToContents()
        right.resizeRowsToContents()
        for index in range(min(left.rowCount(), right.rowCount())):
            height = max(left.rowHeight(index), right.rowHeight(index))
            left.setRowHeight(index, height)
            right.setRowHeight(index, height)

    def differing_labels(self) -> list[str]:
        """The labels of the rows shown as different (for tests and screen readers alike)."""
        table = self.ui.incoming_table
        return [
            table.item(r, 0).text()
            for r in range(table.rowCount())
            if table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        ]


def _set_row(table: QTableWidget, index: int, label: str, value: str, differs: bool) -> None:
    items = (QTableWidgetItem(label), QTableWidgetItem(value))
    items[0].setData(Qt.ItemDataRole.UserRole, differs)
    items[1].setToolTip(value)
    for item in items:
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if differs:
            item.setBackground(QBrush(DIFFERS))
            item.setForeground(QBrush(QColor("#000000")))  # readable on the light background
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        table.setItem(index, 0 if item is items[0] else 1, item)
