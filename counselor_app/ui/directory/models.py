"""The directory service list."""

from __future__ import annotations

from counselor_app.ui.table import Column, RecordTableModel


class DirectoryServicesTableModel(RecordTableModel):
    """One row per ``ServiceSummary``."""

    columns = (
        Column("Service", lambda s: s.name),
        Column("Organization", lambda s: s.organization_name),
        Column("Phone", lambda s: s.phone or ""),
        Column("City", lambda s: s.city or ""),
        Column("Status", lambda s: s.status.replace("_", " ").capitalize()),
    )

    def tooltip(self, record: object, column: int) -> str | None:
        """The service description, for a quick look without opening it."""
        description = getattr(record, "description", "")
        return description or None
