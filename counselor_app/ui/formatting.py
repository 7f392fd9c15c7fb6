"""Display formats: times are stored in UTC and shown in the workstation's local time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time_text(moment: datetime | None) -> str:
    """``moment`` (aware, UTC) in local time, in the locale's short date and time format."""
    if moment is None:
        return ""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def clock_text(moment: datetime) -> str:
    """Just the local time of day, e.g. for "updated 3:04 PM"."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)


def timestamp(moment: datetime | None) -> float:
    """A sort key for a time; missing times sort first."""
    return moment.timestamp() if moment is not None else 0.0


def count_text(count: int, singular: str, plural: str | None = None) -> str:
    """``1 call``, ``3 calls``."""
    word = singular if count == 1 else (plural or f"{singular}s")
    return f"{QLocale().toString(count)} {word}"
