"""Quick notes during the call: one line, Enter saves it stamped with the call time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget

from mysterycaller.domain.call import Note
from mysterycaller.gui import formatting
from mysterycaller.gui.widget_updates import set_enabled


class NotesPanel(QWidget):
    """Emits ``submitted`` with the text; the owner saves it and calls ``saved`` or keeps it."""

    submitted = Signal(str)
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note_edit")
        # Short enough to fit a narrow column; the whole hint is the tooltip.
        self.note_edit.setPlaceholderText(self.tr("Note [N]"))
        self.note_edit.setToolTip(self.tr("Quick note [N] – Enter saves, Esc leaves"))
        self.note_edit.setMinimumHeight(32)
        self.note_edit.returnPressed.connect(self._submit)
        self.note_edit.installEventFilter(self)
        self.save_button = QPushButton(self.tr("Save note [Enter]"), self)
        self.save_button.setObjectName("save_note_button")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(self._submit)
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.notes_list = QListWidget(self)
        self.notes_list.setObjectName("notes_list")
        self.notes_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_list.setMaximumHeight(78)
        layout.addWidget(self.notes_list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.left.emit()
                return True
        return super().eventFilter(watched, event)

    def start_note(self) -> None:
        self.note_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def saved(self) -> None:
        """The note was stored: empty the field and hand the keys back to the screen."""
        self.note_edit.clear()
        self.left.emit()

    def show_notes(self, notes: Sequence[Note]) -> None:
        lines = [f"{formatting.clock(note.at)}  {note.text}" for note in notes]
        shown = [self.notes_list.item(row).text() for row in range(self.notes_list.count())]
        if lines == shown:
            return  # repainted after every action: touch the list only when it changed
        self.notes_list.clear()
        self.notes_list.addItems(lines)
        self.notes_list.scrollToBottom()

    def set_locked(self, locked: bool) -> None:
        set_enabled(self.note_edit, not locked)
        set_enabled(self.save_button, not locked)

    def _submit(self) -> None:
        if self.note_edit.text().strip():
            self.submitted.emit(self.note_edit.text())
