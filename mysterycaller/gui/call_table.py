"""The call list's view: column widths, newest first, and Enter opens the current call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QTableView

#: Initial column widths (status, date, target, scenario, tester, score); target and scenario
#: stretch.
COLUMN_WIDTHS = (120, 150, 0, 0, 190, 110)


def set_up_call_table(
    table: QTableView, model: QAbstractItemModel, open_index: Callable[[QModelIndex], None]
) -> None:
    """Show ``model`` in ``table``; activating a row (double click, Enter) calls ``open_index``."""
    table.setModel(model)
    header = table.horizontalHeader()
    for column, width in enumerate(COLUMN_WIDTHS):
        if width:
            header.resizeSection(column, width)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)  # newest first
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.activated.connect(open_index)
    # Enter opens the selected call; the view's own Enter handling depends on the style.
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: open_index(table.currentIndex()))
