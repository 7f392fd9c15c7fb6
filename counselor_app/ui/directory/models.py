"""The directory's result list."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from counselor_app.domain.directory import OpenState, ServiceHit, describe_opening
from counselor_app.phones import display
from counselor_app.ui.table import Column, RecordTableModel

KM_PER_MILE = 1.609344


def miles(km: float) -> float:
    """Kilometres to statute miles."""
    return km / KM_PER_MILE


class DirectoryHitsTableModel(RecordTableModel):
    """One row per ``ServiceHit``, in the order the search ranked them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo("UTC")
        self.now = datetime.now(UTC)
        self.columns = (
            Column("Service", lambda h: h.name),
            Column("Organization", lambda h: h.organization_name),
            Column("Hours now", self._opening_text, self._opening_rank),
            Column("Phone", self._phone_text),
            Column("City", lambda h: h.city or ""),
            Column(
                "Distance",
                lambda h: "" if h.distance_km is None else f"{miles(h.distance_km):.1f} mi",
                lambda h: h.distance_km if h.distance_km is not None else float("inf"),
                numeric=True,
            ),
        )

    def _opening_text(self, hit: ServiceHit) -> str:
        return describe_opening(hit.opening, self.zone, self.now)

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
