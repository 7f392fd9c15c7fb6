"""Audit trail vocabulary and the result of verifying the chain."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from counselor_app.domain.errors import msg


class AuditAction(enum.StrEnum):
    """What was done. Never carries the content itself."""

    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    SIGN_IN_FAILED = "sign_in_failed"
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    EXPORT = "export"
    BREAK_GLASS = "break_glass"


class TamperKind(enum.StrEnum):
    """How the chain was found broken."""

    EDITED = "edited"
    DELETED = "deleted"
    INSERTED = "inserted"
    REORDERED = "reordered"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """An audit event as shown to an administrator."""

    seq: int
    occurred_at: datetime
    actor_name: str
    action: AuditAction
    record_type: str
    record_id: str
    detail: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    """Outcome of ``audit verify``: intact, or the first entry found tampered with."""

    entries_checked: int
    tampered_seq: int | None = None
    kind: TamperKind | None = None

    @property
    def intact(self) -> bool:
        """True when every entry checked out."""
        return self.tampered_seq is None

    def describe(self) -> str:
        """One line for a person."""
        if self.intact:
            return msg("intact ({count} entries checked)", count=self.entries_checked)
        seq = self.tampered_seq
        match self.kind:
            case TamperKind.DELETED:
                return msg(
                    "TAMPERED: one or more entries before entry #{seq} were deleted", seq=seq
                )
            case TamperKind.REORDERED:
                return msg("TAMPERED: entry #{seq} was moved out of its place (reordered)", seq=seq)
            case TamperKind.INSERTED:
                return msg(
                    "TAMPERED: entry #{seq} was inserted; it is not part of the chain", seq=seq
                )
            case _:
                return msg("TAMPERED: entry #{seq} was edited after it was written", seq=seq)
