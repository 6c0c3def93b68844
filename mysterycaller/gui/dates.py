"""Dates and times as the user reads them: the locale's short format, in the call's own offset."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def short_date_time(when: datetime, locale: QLocale | None = None) -> str:
    """``when`` in the locale's short date and time format, at the wall-clock time it carries.

    A call shows the time the tester dialled, in the offset it was recorded with (as reports
    show it), not converted to this machine's time zone.
    """
    offset = when.utcoffset()
    zone = (
        QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds())) if offset else QTimeZone.utc()
    )
    moment = QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second), zone
    )
    return (locale or QLocale()).toString(moment, QLocale.FormatType.ShortFormat)
