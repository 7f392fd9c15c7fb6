"""Reading a 911 incident handed over as JSON in the NENA/APCO EIDO style.

CAD systems and the EIDO standard name things differently, so fields are found by a list of
known key names anywhere in the document (case and ``_``/``-`` ignored). Unknown keys are ignored;
text that is not JSON is explained with its line and column.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from counselor_app.domain.calls import Transfer911
from counselor_app.domain.errors import Message, ValidationError, msg

MAX_DOCUMENT_CHARS = 1_000_000

_FIELDS: dict[str, tuple[str, ...]] = {
    "cad_incident_number": (
        "cadincidentnumber",
        "incidenttrackingidentifier",
        "incidentnumber",
        "cadincidentid",
        "incidentid",
    ),
    "psap_name": ("psapname", "psap", "agencyname", "answeringpoint"),
    "transferred_at": (
        "transfertime",
        "calltransfertime",
        "transferredat",
        "transfertimestamp",
        "incidentcreationtimestamp",
        "callstarttime",
    ),
    "telecommunicator": (
        "telecommunicator",
        "telecommunicatorid",
        "telecommunicatorname",
        "agentname",
        "agentpersonidentifier",
        "calltaker",
    ),
    "nature_of_call": (
        "natureofcall",
        "nature",
        "incidenttypecommonregistrytext",
        "incidenttype",
        "calltypedescription",
        "calltypedescriptionregistrytext",
        "reason",
    ),
    "officer_on_standby": ("officeronstandby", "lawenforcementstandby", "officerstandby"),
    "callback_number": ("callbacknumber", "callerphonenumber", "callbackphone", "ani"),
    "address": ("civicaddresstext", "fulladdress", "address", "locationaddress"),
    "cross_streets": ("crossstreets", "crossstreet", "nearestcrossstreets"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng", "long"),
}


@dataclass(frozen=True, slots=True)
class ImportedIncident:
    """What a pasted or dropped incident provides for the intake form."""

    transfer: Transfer911
    callback_number: str = ""
    address: str = ""
    cross_streets: str = ""
    latitude: float | None = None
    longitude: float | None = None
    filled: tuple[str, ...] = ()
    """Names of the fields the document provided."""
    warnings: tuple[str, ...] = field(default_factory=tuple)


def _norm(key: str) -> str:
    return key.lower().replace("_", "").replace("-", "").replace(" ", "")


def _walk(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str):
                yield _norm(key), value
            yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _first(found: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if name in found:
            return found[name]
    return None


def _text(value: Any, limit: int = 200) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return ""
    return "".join(ch for ch in str(value) if ch.isprintable()).strip()[:limit]


def _bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"yes", "true", "y", "1"}:
        return True
    if isinstance(value, str) and value.strip().lower() in {"no", "false", "n", "0"}:
        return False
    return None


def _time(value: Any, warnings: list[str]) -> datetime | None:
    text = _text(value, 64)
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        warnings.append(
            msg("The transfer time '{text}' is not an ISO 8601 time; it was left empty.", text=text)
        )
        return None
    if parsed.tzinfo is None:
        warnings.append(msg("The transfer time has no time zone; it was read as UTC."))
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _coordinate(
    value: Any, low: float, high: float, what: Message, warnings: list[str]
) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        warnings.append(
            msg(
                "The {what} '{value}' is not a number; it was left empty.",
                what=what,
                value=_text(value, 30),
            )
        )
        return None
    if not low <= number <= high:
        warnings.append(
            msg("The {what} {number} is out of range; it was left empty.", what=what, number=number)
        )
        return None
    return number


def parse_incident(text: str) -> ImportedIncident:
    """Read an incident document; raise ``ValidationError`` when it is not usable JSON."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise ValidationError("The incident is too large to be a single 911 incident.")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "The pasted incident is not valid JSON.",
            (
                msg(
                    "Line {line}, column {column}: {error}.",
                    line=exc.lineno,
                    column=exc.colno,
                    error=exc.msg,
                ),
            ),
            "Copy the whole incident from the CAD system and try again; nothing was changed.",
        ) from None
    if not isinstance(document, (dict, list)):
        raise ValidationError("The pasted incident must be a JSON object.")
    found: dict[str, Any] = {}
    for key, value in _walk(document):
        found.setdefault(key, value)
    warnings: list[str] = []
    values: dict[str, Any] = {name: _first(found, keys) for name, keys in _FIELDS.items()}
    transfer = Transfer911(
        cad_incident_number=_text(values["cad_incident_number"], 64),
        psap_name=_text(values["psap_name"], 120),
        transferred_at=_time(values["transferred_at"], warnings),
        telecommunicator=_text(values["telecommunicator"], 120),
        nature_of_call=_text(values["nature_of_call"]),
        officer_on_standby=_bool(values["officer_on_standby"]),
    )
    incident = ImportedIncident(
        transfer=transfer,
        callback_number=_text(values["callback_number"], 40),
        address=_text(values["address"], 300),
        cross_streets=_text(values["cross_streets"], 200),
        latitude=_coordinate(values["latitude"], -90, 90, msg("latitude"), warnings),
        longitude=_coordinate(values["longitude"], -180, 180, msg("longitude"), warnings),
        warnings=tuple(warnings),
    )
    filled = tuple(
        name
        for name, value in (
            ("CAD incident number", transfer.cad_incident_number),
            ("PSAP", transfer.psap_name),
            ("transfer time", transfer.transferred_at),
            ("telecommunicator", transfer.telecommunicator),
            ("911 nature", transfer.nature_of_call),
            ("officer on standby", transfer.officer_on_standby),
            ("call-back number", incident.callback_number),
            ("address", incident.address),
            ("cross streets", incident.cross_streets),
            ("latitude", incident.latitude),
            ("longitude", incident.longitude),
        )
        if value not in (None, "")
    )
    if not filled:
        raise ValidationError(
            "The pasted JSON has no 911 incident fields this form knows.",
            hint="Expected keys such as incidentTrackingIdentifier, agencyName or "
            "civicAddressText. Nothing was changed.",
        )
    return ImportedIncident(
        transfer=incident.transfer,
        callback_number=incident.callback_number,
        address=incident.address,
        cross_streets=incident.cross_streets,
        latitude=incident.latitude,
        longitude=incident.longitude,
        filled=filled,
        warnings=incident.warnings,
    )
