"""The directory's words in the interface language: opening status, verification, statuses.

The domain describes opening hours, the opening status, a record's age and an import's counts
as messages (``describe_rule``, ``describe_opening``, ``verification_warning``,
``ImportReport.summary``): English for the command line, shown here through ``message_text``.
Directory content (names, descriptions, categories, languages) is data and is shown as stored.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

from counselor_app.domain.directory import (
    ImportReport,
    OpeningStatus,
    describe_opening,
    verification_warning,
)
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate

STATUS_LABELS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("Directory", "Active"),
    "inactive": QT_TRANSLATE_NOOP("Directory", "Inactive"),
    "defunct": QT_TRANSLATE_NOOP("Directory", "Defunct"),
    "temporarily closed": QT_TRANSLATE_NOOP("Directory", "Temporarily closed"),
}
"""HSDS ``service.status`` values (``SERVICE_STATUSES``) as the screens name them."""

PHONE_KINDS: dict[str, str] = {
    "voice": QT_TRANSLATE_NOOP("Directory", "voice"),
    "text": QT_TRANSLATE_NOOP("Directory", "text"),
    "fax": QT_TRANSLATE_NOOP("Directory", "fax"),
    "cell": QT_TRANSLATE_NOOP("Directory", "cell"),
    "video": QT_TRANSLATE_NOOP("Directory", "video"),
    "pager": QT_TRANSLATE_NOOP("Directory", "pager"),
    "textphone": QT_TRANSLATE_NOOP("Directory", "textphone"),
}
"""HSDS ``phone.type`` values; other kinds are shown as stored."""


def status_text(status: str, *, inline: bool = False) -> str:
    """A service status by name (``Temporarily closed``; ``inline``: ``temporarily closed``).

    Values outside HSDS's list are shown as stored (underscores as spaces).
    """
    label = STATUS_LABELS.get(status)
    if not label:
        return status.replace("_", " ")
    text = translate("Directory", label)
    return text.lower() if inline else text


def phone_kind_text(kind: str) -> str:
    """An HSDS phone type in words (``voice``); unknown kinds as stored."""
    label = PHONE_KINDS.get(kind.strip().lower())
    return translate("Directory", label) if label else kind


def opening_text(status: OpeningStatus, zone: ZoneInfo, now: datetime) -> str:
    """Open or closed now and until when (the domain's ``describe_opening``, translated)."""
    return message_text(describe_opening(status, zone, now))


def verification_text(last_verified: date | None, today: date, max_age_days: int) -> str | None:
    """The warning for a record never verified or verified too long ago; else ``None``."""
    warning = verification_warning(last_verified, today, max_age_days)
    return None if warning is None else message_text(warning)


def last_verified_text(day: date) -> str:
    """``Last verified December 2, 2026.`` (the date in the interface language)."""
    when = QLocale().toString(
        QDate(day.year, day.month, day.day), translate("Directory", "MMMM d, yyyy")
    )
    return translate("Directory", "Last verified {date}.").format(date=when)


def import_summary(report: ImportReport) -> str:
    """One line of counts (the domain's ``ImportReport.summary``, translated)."""
    return message_text(report.summary())
