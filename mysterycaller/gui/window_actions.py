"""What the window's command groups (reports, sync) share: the window, the data, a folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QWidget

from mysterycaller.domain.campaign import Campaign
from mysterycaller.gui.settings import Settings
from mysterycaller.gui.workers import Task
from mysterycaller.persistence.database import Database


class WindowActions(QObject):
    """A group of commands of the main window; ``message`` is for the status bar."""

    message = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        database: Database,
        settings: Settings,
        campaign: Callable[[], Campaign | None],
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.database = database
        self.settings = settings
        self.campaign = campaign
        #: The job running now (tests wait for ``task.done``).
        self.task: Task | None = None
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        #: Where file dialogs start: the user's documents.
        self.folder = Path(documents) if documents else Path.home()
