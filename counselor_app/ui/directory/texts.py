"""The directory's words in the interface language: opening status, verification, statuses.

The domain describes opening hours and a record's age in English (the command line prints
them); the screens build the same sentences from the same facts (``OpeningStatus``, dates)
with ``translate``, so the Spanish interface says them in Spanish. The English wording here is
the domain's, and a test keeps the two identical. The hours lines built from the HSDS schedules
are the domain's messages (``describe_rule``), shown through ``message_text``. Directory content
(names, descriptions, categories, languages) is data and is shown as stored.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from counselor_app.domain.directory import (
    ALWAYS_OPEN_AFTER,
    ImportReport,
    OpeningStatus,
    OpenState,
    verification_warning,
)
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate

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


def clock_text(value: time) -> str:
    """A wall-clock time: ``9:00 AM`` in English, ``9:00 a.m.`` in Spanish."""
    return QLocale().toString(QTime(value.hour, value.minute), translate("Directory", "h:mm AP"))


def _when(moment: datetime, zone: ZoneInfo, today: date, *, closing: bool) -> str:
    """``6:00 PM`` today, ``tomorrow 2:00 AM``, ``Mon 9:00 AM`` this week, else with a date.

    A closing at 00:00 is midnight of the day before (as the domain's ``describe_opening``).
    """
    local = moment.astimezone(zone)
    day = local.date()
    at = clock_text(local.time())
    if closing and local.time() == time(0):
        day -= timedelta(days=1)
        at = translate("Directory", "midnight")
    days = (day - today).days
    if days <= 0:
        return at
    if days == 1:
        return translate("Directory", "tomorrow {time}").format(time=at)
    locale = QLocale()
    name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    if days < 7:
        return translate("Directory", "{day} {time}").format(day=name, time=at)
    when = locale.toString(QDate(day.year, day.month, day.day), translate("Directory", "MMM d"))
    return translate("Directory", "{day} {date} {time}").format(day=name, date=when, time=at)


def opening_text(status: OpeningStatus, zone: ZoneInfo, now: datetime) -> str:
    """Open or closed now and until when (the domain's ``describe_opening``, translated)."""
    if now.tzinfo is None:
        raise ValueError("naive datetime given; 'now' must be timezone-aware")
    today = now.astimezone(zone).date()
    if status.state is OpenState.OPEN:
        if status.closes_at is None or status.closes_at - now >= ALWAYS_OPEN_AFTER:
            return translate("Directory", "Open 24 hours")
        when = _when(status.closes_at, zone, today, closing=True)
        return translate("Directory", "Open now · closes {when}").format(when=when)
    if status.state is OpenState.CLOSED:
        if status.opens_at is None:
            return translate("Directory", "Closed · no upcoming hours listed")
        when = _when(status.opens_at, zone, today, closing=False)
        return translate("Directory", "Closed · opens {when}").format(when=when)
    return translate("Directory", "Hours not listed")


def _months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def _age_text(last_verified: date, today: date) -> str:
    days = (today - last_verified).days
    months = _months_between(last_verified, today)
    if months < 1:
        return (
            translate("Directory", "1 day")
            if days == 1
            else translate("Directory", "{count} days").format(count=days)
        )
    if months < 24:
        return (
            translate("Directory", "1 month")
            if months == 1
            else translate("Directory", "{count} months").format(count=months)
        )
    years = months // 12
    return translate("Directory", "{count} years").format(count=years)


def verification_text(last_verified: date | None, today: date, max_age_days: int) -> str | None:
    """The warning for a record never verified or verified too long ago; else ``None``."""
    if verification_warning(last_verified, today, max_age_days) is None:
        return None
    if last_verified is None:
        return translate(
            "Directory", "Never verified — confirm details with the service before referring."
        )
    return translate(
        "Directory", "Last verified {age} ago — confirm details with the service before referring."
    ).format(age=_age_text(last_verified, today))


def last_verified_text(day: date) -> str:
    """``Last verified December 2, 2026.`` (the date in the interface language)."""
    when = QLocale().toString(
        QDate(day.year, day.month, day.day), translate("Directory", "MMMM d, yyyy")
    )
    return translate("Directory", "Last verified {date}.").format(date=when)


def import_summary(report: ImportReport) -> str:
    """One line of counts (the domain's ``ImportReport.summary``, translated)."""
    return translate(
        "Directory",
        "{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, "
        "{deactivated} deactivated, {rejected} rejected, {warnings} warnings",
    ).format(
        rows=report.total("rows"),
        created=report.total("created"),
        updated=report.total("updated"),
        unchanged=report.total("unchanged"),
        deactivated=report.total("deactivated"),
        rejected=report.rejected,
        warnings=report.warnings,
    )
