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


def clock_seconds_text(moment: datetime) -> str:
    """The local time of day with seconds, in the locale's convention ("2:02:11 PM", "14:02:11")."""
    local = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    pattern = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in pattern and "mm" in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return QLocale().toString(local.time(), pattern)


def duration_text(seconds: float) -> str:
    """A call timer: ``mm:ss``, or ``h:mm:ss`` from one hour on."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
