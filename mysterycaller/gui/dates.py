"""Dates and times as the user reads them: short, in the call's own offset (Babel formats)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from mysterycaller.services.formats import Formats


def short_date_time(when: datetime, locale: QLocale | None = None) -> str:
    """``when`` as a short date and time, at the wall-clock time it carries.

    A call shows the time the tester dialled, in the offset it was recorded with (as reports
    show it), not converted to this machine's time zone.
    """
    german = (locale or QLocale()).language() == QLocale.Language.German
    return Formats("de" if german else "en").short_moment(when)
