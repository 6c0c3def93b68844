"""After a crash: offer to resume a call that was in progress."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mysterycaller.gui.dates import short_date_time
from mysterycaller.gui.modal import answer_of
from mysterycaller.services.call_list import CallListEntry


class ResumeDialog(QDialog):
    """A list of interrupted calls; the chosen one is resumed with everything recorded."""

    def __init__(
        self,
        calls: Sequence[CallListEntry],
        parent: QWidget | None = None,
        locale: QLocale | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resume interrupted call"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        message = QLabel(
            self.tr(
                "Mystery Caller was closed while a test call was in progress. Everything "
                "recorded until then is saved. Resume the call now?"
            )
        )
        message.setWordWrap(True)
        layout.addWidget(message)
        self.call_list = QListWidget()
        self.call_list.setObjectName("call_list")
        self.call_list.setWordWrap(True)  # long target and scenario names stay readable
        for call in calls:
            item = QListWidgetItem(call_label(call, locale or QLocale()))
            item.setData(Qt.ItemDataRole.UserRole, call.id)
            self.call_list.addItem(item)
        self.call_list.setCurrentRow(0)
        self.call_list.itemDoubleClicked.connect(self.accept)
        layout.addWidget(self.call_list)
        buttons = QDialogButtonBox()
        buttons.setObjectName("button_box")
        buttons.addButton(self.tr("Resume call"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

    @classmethod
    def ask(cls, parent: QWidget | None, calls: Sequence[CallListEntry]) -> str | None:
        """The id of the call to resume, or None."""
        if not calls:
            return None
        return answer_of(cls(calls, parent), lambda dialog: dialog.chosen_call_id())

    def chosen_call_id(self) -> str | None:
        item = self.call_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def call_label(call: CallListEntry, locale: QLocale) -> str:
    """When (in the call's own offset), whom, what and who: one line of the list."""
    when = short_date_time(call.started_at, locale)
    return f"{when} – {call.target_name} – {call.scenario_title} ({call.tester})"
