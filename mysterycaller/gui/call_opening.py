"""The main window's reads and calls, each with a readable message on failure.

The services' error texts are English and technical: the user reads a translated sentence, and
the service's words only as the details below it. Nothing raises out of a slot.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from mysterycaller.domain.campaign import Campaign
from mysterycaller.gui import prompts
from mysterycaller.gui.new_call_dialog import NewCall
from mysterycaller.gui.progress_task import error_text
from mysterycaller.persistence.database import Database, DatabaseError, StoreError
from mysterycaller.services.call_list import CallListEntry, interrupted_calls
from mysterycaller.services.call_session import CallSession
from mysterycaller.services.call_session_types import CallSessionError
from mysterycaller.services.campaigns import latest_campaign, list_campaigns

if TYPE_CHECKING:
    from mysterycaller.persistence.campaigns import CampaignSummary

#: What opening a call may meet: a damaged or locked database, a call or campaign that is gone,
#: a call the session refuses, a file the system refuses.
CALL_ERRORS = (DatabaseError, StoreError, LookupError, CallSessionError, OSError)

T = TypeVar("T")


class CallOpener(QObject):
    """Campaigns and calls of one database for a window; failures are shown over ``parent``."""

    def __init__(self, database: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.database = database
        self._parent = parent

    def campaigns(self) -> list[CampaignSummary]:
        """Every campaign for the chooser (one grouped query); none if they cannot be read."""
        found = self._attempt(
            lambda: list_campaigns(self.database),
            self.tr("Campaigns"),
            self.tr("The campaigns could not be read."),
        )
        return found or []

    def campaign(self, campaign_id: str) -> Campaign | None:
        """The latest version of a campaign, or None after telling the user why not."""
        return self._attempt(
            lambda: latest_campaign(self.database, campaign_id),
            self.tr("Campaigns"),
            self.tr("The campaign could not be read."),
        )

    def start(self, campaign_id: str, choice: NewCall) -> CallSession | None:
        """A new call in progress, or None after telling the user why not."""
        return self._attempt(
            lambda: CallSession.start(
                self.database, campaign_id, choice.scenario_id, choice.target_id, choice.tester
            ),
            self.tr("New call"),
            self.tr("The call could not be started."),
        )

    def resume(self, call_id: str) -> CallSession | None:
        """A call in progress (resumed) or completed (read-only), or None after telling why not."""
        return self._attempt(
            lambda: CallSession.resume(self.database, call_id),
            self.tr("Open call"),
            self.tr("The call could not be opened."),
        )

    def interrupted(self) -> list[CallListEntry]:
        """The calls left in progress; none after telling the user they could not be read."""
        calls = self._attempt(
            lambda: interrupted_calls(self.database),
            self.tr("Resume interrupted call"),
            self.tr("The interrupted calls could not be read."),
        )
        return calls or []

    def _attempt(self, action: Callable[[], T], title: str, headline: str) -> T | None:
        try:
            return action()
        except CALL_ERRORS as error:
            prompts.show_error(self._parent, title, headline, error_text(error))
            return None
