"""The call list as a Qt table model: pages of 200 rows, fetched lazily in a worker thread.

Filtering and sorting happen in SQL (``services.call_list``). Every query runs in a private
one-thread pool, so pages arrive in order and the GUI thread never waits for the database; a
query made obsolete by a newer filter or sort is dropped when it arrives (generation counter).
The worker shares only the ``CallList`` with the GUI thread; its status words are fixed when
it is made here, so nothing the worker reads changes under it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QFont

from mysterycaller.gui import icons
from mysterycaller.gui.dates import short_date_time
from mysterycaller.gui.workers import run_in_worker
from mysterycaller.services import words
from mysterycaller.services.call_list import CallList, CallListEntry, SortColumn
from mysterycaller.services.formats import Formats

if TYPE_CHECKING:
    from mysterycaller.persistence.database import Database

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    SortColumn.STATUS,
    SortColumn.STARTED_AT,
    SortColumn.TARGET,
    SortColumn.SCENARIO,
    SortColumn.TESTER,
    SortColumn.SCORE,
)
SCORE_COLUMN = COLUMNS.index(SortColumn.SCORE)


class CallListModel(QAbstractTableModel):
    """Test calls of one campaign, filtered and sorted by the database, loaded page by page."""

    PAGE_SIZE = 200

    #: A query or a page arrived (after the model changed).
    loaded = Signal()
    #: A query failed; the message is for the user.
    failed = Signal(str)
    #: How many calls match the filter.
    total_changed = Signal(int)

    def __init__(
        self, database: Database, language: str = "en", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        labels = {code: self.status_label(code) for code in ("in_progress", "completed")}
        self.call_list = CallList(database, labels)
        self._locale = QLocale(
            QLocale.Language.German if language == "de" else QLocale.Language.English
        )
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._campaign_id: str | None = None
        self._filter = ""
        self._sort = SortColumn.STARTED_AT
        self._descending = True
        self._rows: list[CallListEntry] = []
        self._cells: list[tuple[str, ...]] = []
        self._total = 0
        self._generation = 0
        self._fetching = False

    # ---- queries ------------------------------------------------------------------------------

    def set_campaign(self, campaign_id: str | None) -> None:
        self._campaign_id = campaign_id
        self.refresh()

    def set_filter(self, text: str) -> None:
        if text.strip() != self._filter:
            self._filter = text.strip()
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt override: sorting is a new query, done by the database."""
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = COLUMNS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def refresh(self) -> None:
        """Query again from the first page (after a filter, sort, campaign or data change)."""
        self._generation += 1
        generation = self._generation
        if self._campaign_id is None:
            self._apply_reset(generation, (0, []))
            return
        campaign_id, text, sort, descending = (
            self._campaign_id,
            self._filter,
            self._sort,
            self._descending,
        )
        call_list, limit = self.call_list, self.PAGE_SIZE

        def query(_progress: Any) -> tuple[int, list[CallListEntry]]:
            total = call_list.count(campaign_id, text)
            return total, call_list.page(campaign_id, text, sort, descending, 0, limit)

        self._fetching = True
        run_in_worker(
            query,
            on_finished=lambda result: self._apply_reset(generation, result),
            on_failed=lambda error: self._fail(generation, error),
            pool=self._pool,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._campaign_id is None:
            return
        generation = self._generation
        args = (self._campaign_id, self._filter, self._sort, self._descending, len(self._rows))
        call_list, limit = self.call_list, self.PAGE_SIZE
        self._fetching = True
        run_in_worker(
            lambda _progress: call_list.page(*args, limit),
            on_finished=lambda rows: self._apply_page(generation, rows),
            on_failed=lambda error: self._fail(generation, error),
            pool=self._pool,
        )

    def is_loading(self) -> bool:
        return self._fetching

    def total(self) -> int:
        """How many calls match (more than rowCount until every page is fetched)."""
        return self._total

    def call_at(self, row: int) -> CallListEntry:
        return self._rows[row]

    def wait(self) -> None:
        """Block until queued queries ran (for shutting down; results still arrive queued)."""
        self._pool.waitForDone()

    def _apply_reset(self, generation: int, result: tuple[int, list[CallListEntry]]) -> None:
        if generation != self._generation:
            return
        total, rows = result
        self.beginResetModel()
        self._total = total
        self._rows = list(rows)
        self._cells = [self._format(entry) for entry in rows]
        self._fetching = False
        self.endResetModel()
        self.total_changed.emit(total)
        self.loaded.emit()

    def _apply_page(self, generation: int, rows: list[CallListEntry]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._cells.extend(self._format(entry) for entry in rows)
            self.endInsertRows()
        else:  # the table shrank meanwhile: stop asking
            self._total = len(self._rows)
        self.loaded.emit()

    def _fail(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self.failed.emit(self.tr("The call list could not be loaded: %1").replace("%1", str(error)))

    # ---- Qt model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SCORE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._rows[index.row()].status == "in_progress":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.DecorationRole and index.column() == SCORE_COLUMN:
            return icons.icon("states/knockout") if self._rows[index.row()].knocked_out else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == SCORE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ---- words --------------------------------------------------------------------------------

    def column_title(self, column: SortColumn) -> str:
        titles = {
            SortColumn.STATUS: self.tr("Status"),
            SortColumn.STARTED_AT: self.tr("Date"),
            SortColumn.TARGET: self.tr("Target"),
            SortColumn.SCENARIO: self.tr("Scenario"),
            SortColumn.TESTER: self.tr("Tester"),
            SortColumn.SCORE: self.tr("Score"),
        }
        return titles[column]

    def status_label(self, status: str) -> str:
        return words.state(status, self.language)

    def score_text(self, entry: CallListEntry) -> str:
        if entry.status == "in_progress":
            return ""
        if not entry.reached:
            return self.tr("not reached")
        if entry.knocked_out:
            return self.tr("KO")
        return Formats(self.language).number(entry.score)

    def _format(self, entry: CallListEntry) -> tuple[str, ...]:
        return (
            self.status_label(entry.status),
            short_date_time(entry.started_at, self._locale),
            entry.target_name,
            entry.scenario_title,
            entry.tester,
            self.score_text(entry),
        )
