"""After a crash: offer to resume a call that was in progress."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ResumeDialog(QDialog):
    """A list of interrupted calls; the chosen one is resumed with everything recorded."""

    def __init__(self, calls: list[tuple[str, str]], parent: QWidget | None = None) -> None:
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
        for call_id, label in calls:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, call_id)
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
    def ask(cls, parent: QWidget | None, calls: list[tuple[str, str]]) -> str | None:
        """The id of the call to resume (from ``(call_id, label)`` pairs), or None."""
        if not calls:
            return None
        dialog = cls(calls, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            item = dialog.call_list.currentItem()
            return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))
        finally:
            dialog.deleteLater()
