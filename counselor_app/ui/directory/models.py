"""The directory's result list."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from counselor_app.domain.directory import OpenState, ServiceHit
from counselor_app.phones import display
from counselor_app.ui.directory.texts import opening_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.table import Column, RecordTableModel

KM_PER_MILE = 1.609344


def miles(km: float) -> float:
    """Kilometres to statute miles."""
    return km / KM_PER_MILE


def distance_text(hit: ServiceHit) -> str:
    """``2.5 mi`` from the caller; empty when the distance is unknown."""
    if hit.distance_km is None:
        return ""
    return translate("Directory", "{miles} mi").format(miles=f"{miles(hit.distance_km):.1f}")


class DirectoryHitsTableModel(RecordTableModel):
    """One row per ``ServiceHit``, in the order the search ranked them.

    Headers are kept in English (``Column.header``) and translated when shown, so code that
    finds a column by its header works in every language.
    """

    translation_context = "Directory"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")
        self.now = datetime.now(UTC)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("Directory", "Service"), lambda h: h.name),
            Column(QT_TRANSLATE_NOOP("Directory", "Organization"), lambda h: h.organization_name),
            Column(
                QT_TRANSLATE_NOOP("Directory", "Hours now"), self._opening_text, self._opening_rank
            ),
            Column(QT_TRANSLATE_NOOP("Directory", "Phone"), self._phone_text),
            Column(QT_TRANSLATE_NOOP("Directory", "City"), lambda h: h.city or ""),
            Column(
                QT_TRANSLATE_NOOP("Directory", "Distance"),
                distance_text,
                lambda h: h.distance_km if h.distance_km is not None else float("inf"),
                numeric=True,
            ),
        )

    def _opening_text(self, hit: ServiceHit) -> str:
        return opening_text(hit.opening, self.zone, self.now)

    @staticmethod
    def _opening_rank(hit: ServiceHit) -> int:
        order = (OpenState.OPEN, OpenState.UNKNOWN, OpenState.CLOSED)
        return order.index(hit.opening.state)

    @staticmethod
    def _phone_text(hit: ServiceHit) -> str:
        return display((hit.phone or "").strip().strip('"'))

    def tooltip(self, record: object, column: int) -> str | None:
        """The service description, for a quick look."""
        description = getattr(record, "description", "")
        return description or None
