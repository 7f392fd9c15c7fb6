"""The recent-calls list."""

from __future__ import annotations

from counselor_app.domain.calls import CallStatus, CallSummary
from counselor_app.ui.formatting import local_time_text, timestamp
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, risk_level_text, translate
from counselor_app.ui.table import Column, RecordTableModel

NOT_DECIDED = QT_TRANSLATE_NOOP("Intake", "Not decided yet")

_STATUS_LABELS = {
    CallStatus.OPEN: QT_TRANSLATE_NOOP("CallStatus", "Open"),
    CallStatus.COMPLETED: QT_TRANSLATE_NOOP("CallStatus", "Completed"),
    CallStatus.SIGNED: QT_TRANSLATE_NOOP("CallStatus", "Signed"),
}


def status_label(status: CallStatus) -> str:
    """Human-readable call status."""
    source = _STATUS_LABELS.get(status)
    return (
        translate("CallStatus", source) if source else status.value.replace("_", " ").capitalize()
    )


def _disposition(call: CallSummary) -> str:
    return (
        data_text(call.disposition.label)
        if call.disposition is not None
        else translate("Intake", NOT_DECIDED)
    )


class RecentCallsTableModel(RecordTableModel):
    """One row per ``CallSummary``: no narrative and no caller identifiers."""

    translation_context = "Intake"

    columns = (
        Column(QT_TRANSLATE_NOOP("Intake", "Reference"), lambda c: c.reference),
        Column(
            QT_TRANSLATE_NOOP("Intake", "Started"),
            lambda c: local_time_text(c.started_at),
            lambda c: timestamp(c.started_at),
            tooltip=QT_TRANSLATE_NOOP("Intake", "Local time"),
        ),
        Column(QT_TRANSLATE_NOOP("Intake", "Source"), lambda c: data_text(c.source.label)),
        Column(
            QT_TRANSLATE_NOOP("Intake", "Risk"),
            lambda c: risk_level_text(c.risk_level.value, c.risk_level.label),
            lambda c: c.risk_level.rank,
        ),
        Column(QT_TRANSLATE_NOOP("Intake", "Disposition"), _disposition),
        Column(QT_TRANSLATE_NOOP("Intake", "Counselor"), lambda c: c.counselor_name),
        Column(
            QT_TRANSLATE_NOOP("Intake", "CAD #"),
            lambda c: c.cad_incident_number or "",
            tooltip=QT_TRANSLATE_NOOP("Intake", "911 CAD incident number"),
        ),
        Column(QT_TRANSLATE_NOOP("Intake", "Status"), lambda c: status_label(c.status)),
    )
