"""The offline outbox: when the shared database cannot be reached, the counselor keeps working.

A save or completion of a call and a follow-up attempt that cannot reach the database are kept
here, on this workstation, each in its own file of the data folder: encrypted with AES-GCM (a
key held in the keyring, never on disk; the file name is authenticated, so entries cannot be
swapped or reordered) and written atomically (temporary file, fsync, ``os.replace``, fsync of
the folder). Nothing is ever in clear on disk.

When the database answers again (the main window pings it), the entries are replayed in the
order they were made, each with the idempotency key it was given when the person acted: an entry
whose commit went through but whose answer was lost is recognised by the database
(``applied_operations``) and not applied twice. An entry that meets a real conflict (someone
else changed the record meanwhile) or is refused is **held**, never dropped: it stays here, the
person is told, and later entries for the same record wait behind it. For a call, the held
change is also offered back as a draft, whose save opens the side-by-side compare view.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counselor_app.atomic import atomic_write_bytes
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallRecord
from counselor_app.domain.errors import (
    DatabaseBusyError,
    DatabaseUnavailableError,
    KnownError,
    Message,
    MissingKeysError,
    ReauthenticationRequiredError,
    msg,
)
from counselor_app.domain.follow_ups import AttemptResult
from counselor_app.domain.serialize import from_jsonable, to_jsonable
from counselor_app.services.credentials import CredentialStore
from counselor_app.services.events import ChangeBus

log = logging.getLogger(__name__)

KEY_NAME = "outbox-key"
SUFFIX = ".outbox"
FORMAT = 1

CALL_SAVE = "call.save"
CALL_COMPLETE = "call.complete"
FOLLOW_UP_ATTEMPT = "follow_up.attempt"

TOPIC = "outbox"
"""Published on the change bus whenever the outbox gains or loses an entry (no record id)."""

WAITING_BEHIND = "It waits behind an earlier change to the same record that needs attention."


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One change kept on this workstation until the database takes it."""

    key: str
    """The idempotency key given when the person acted; the replay uses the same one."""
    seq: int
    kind: str
    target: str
    """The record changed, as ``<type>:<id>`` (no sensitive content)."""
    user: SignedInUser
    data: dict[str, Any]
    queued_at: datetime
    held: bool = False
    problem: str = ""
    """Why a held entry was refused (the service's message; no caller data)."""

    @property
    def file_name(self) -> str:
        """The entry's file: its order, then its key."""
        return f"{self.seq:012d}-{self.key}{SUFFIX}"


@dataclass(frozen=True, slots=True)
class OutboxStatus:
    """How many changes wait for the database, and how many need a person."""

    waiting: int = 0
    held: int = 0
    held_problems: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when nothing is kept on this workstation."""
        return self.waiting == 0 and self.held == 0


@dataclass(slots=True)
class ReplayReport:
    """What one replay did."""

    sent: int = 0
    held: list[OutboxEntry] = field(default_factory=list)
    unreachable: bool = False
    waiting: int = 0


@dataclass(frozen=True, slots=True)
class KeptChange:
    """An entry as a person sees it: what it is, whose, why it is held, and what it holds."""

    key: str
    kind: str
    subject: str
    """What it changes: a call's reference, or a follow-up attempt's result."""
    made_at: datetime
    made_by: str
    made_by_id: uuid.UUID
    held: bool
    problem: str
    details: tuple[tuple[str, str], ...]
    """What the change says (label, value), for the person who made it to copy or redo."""
    acted_at: datetime | None = None
    """When the person acted (a follow-up attempt's time), when it differs from ``made_at``."""
    result: str = ""
    """A follow-up attempt's result (an ``AttemptResult`` value)."""
    readable: bool = True
    """False when the entry's content could not be described (an older or damaged format)."""

    @property
    def waits_behind(self) -> bool:
        """Held only because an earlier change of the same record is held."""
        return self.held and self.problem == WAITING_BEHIND


def describe(entry: OutboxEntry) -> KeptChange:
    """``entry`` for the screen of kept changes (shown only to the person who made it)."""
    data = entry.data
    details: list[tuple[str, str]] = []
    acted_at: datetime | None = None
    result = ""
    if entry.kind in (CALL_SAVE, CALL_COMPLETE):
        record = from_jsonable(CallRecord, data["record"])
        subject = record.reference
        details.append(("Call", record.reference))
    elif entry.kind == FOLLOW_UP_ATTEMPT:
        result = AttemptResult(data["result"]).value  # checked: a known result
        subject = str(data.get("call_reference", ""))
        acted_at = datetime.fromisoformat(data["at"]) if data.get("at") else None
        details += [
            ("Call", subject),
            ("Notes", str(data.get("notes", ""))),
            ("Next step", str(data.get("next_step", ""))),
        ]
    else:
        subject = entry.kind
    return KeptChange(
        key=entry.key,
        kind=entry.kind,
        subject=subject,
        made_at=entry.queued_at,
        made_by=entry.user.account.display_name,
        made_by_id=entry.user.id,
        held=entry.held,
        problem=entry.problem,
        details=tuple((label, value) for label, value in details if value),
        acted_at=acted_at,
        result=result,
    )


def _undescribed(entry: OutboxEntry) -> KeptChange:
    """An entry whose content cannot be described: still listed, so it can be decided on."""
    return KeptChange(
        key=entry.key,
        kind=entry.kind,
        subject="",
        made_at=entry.queued_at,
        made_by=entry.user.account.display_name,
        made_by_id=entry.user.id,
        held=entry.held,
        problem=entry.problem,
        details=(),
        readable=False,
    )


Handler = Callable[[OutboxEntry], None]
HeldHandler = Callable[[OutboxEntry, KnownError], None]


class Outbox:
    """Encrypted, ordered, durable changes of one database, kept on this workstation.

    Thread-safe: the background runner's threads enqueue and replay; a replay holds the lock,
    so a change made meanwhile is queued behind the ones being sent.
    """

    def __init__(
        self,
        folder: Path,
        credentials: CredentialStore,
        database: str,
        events: ChangeBus | None = None,
    ) -> None:
        self.folder = folder
        self._events = events
        self._credentials = credentials
        self._database = database
        self._aead: AESGCM | None = None
        self._lock = threading.RLock()
        self._entries: list[OutboxEntry] | None = None
        self._handlers: dict[str, Handler] = {}
        self._held_handlers: dict[str, HeldHandler] = {}
        self._rebased: dict[str, tuple[int, int]] = {}

    # --- set-up ----------------------------------------------------------------------------

    def register(self, kind: str, handler: Handler, on_held: HeldHandler | None = None) -> None:
        """``handler(entry)`` applies an entry (raising as the service does) when replaying."""
        self._handlers[kind] = handler
        if on_held is not None:
            self._held_handlers[kind] = on_held

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            key = self._credentials.get_key(KEY_NAME) or self._credentials.create_key(KEY_NAME)
            self._aead = AESGCM(key)
        return self._aead

    # --- reading ---------------------------------------------------------------------------

    def entries(self) -> list[OutboxEntry]:
        """Every entry of this database, in the order the changes were made."""
        with self._lock:
            return list(self._load())

    def kept_changes(self) -> list[KeptChange]:
        """Every entry described for a person, in the order the changes were made."""
        changes = []
        for entry in self.entries():
            try:
                changes.append(describe(entry))
            except Exception:  # noqa: BLE001 - one unreadable entry must not hide the others
                log.warning("an outbox entry (%s) could not be described", entry.kind)
                changes.append(_undescribed(entry))
        return changes

    def status(self) -> OutboxStatus:
        """Counts for the status bar."""
        with self._lock:
            entries = self._load()
            held = [e for e in entries if e.held]
            return OutboxStatus(
                waiting=len(entries) - len(held),
                held=len(held),
                held_problems=tuple(dict.fromkeys(e.problem for e in held if e.problem)),
            )

    def must_queue(self, target: str) -> bool:
        """True while changes wait to be sent: a new one goes behind them, keeping the order.

        Held entries do not block other records; for their own record, a new save of the
        whole record goes to the database (and meets the conflict there, in front of the
        person) rather than queueing behind something only a person can resolve.
        """
        with self._lock:
            return any(not e.held for e in self._load())

    def waiting_for(self, target: str) -> bool:
        """True when a change of ``target`` is kept here (waiting or held)."""
        with self._lock:
            return any(e.target == target for e in self._load())

    # --- writing ---------------------------------------------------------------------------

    def enqueue(
        self, kind: str, target: str, user: SignedInUser, data: dict[str, Any], key: str
    ) -> OutboxEntry:
        """Keep one change, durably, behind every change kept before it."""
        with self._lock:
            entries = self._load()
            for existing in entries:
                if existing.key == key:
                    return existing  # the same action kept twice (a retried submit)
            seq = max((e.seq for e in entries), default=0) + 1
            entry = OutboxEntry(
                key=key,
                seq=seq,
                kind=kind,
                target=target,
                user=user,
                data=data,
                queued_at=datetime.now(UTC),
            )
            self._write(entry)
            entries.append(entry)
            log.info("change kept in the offline outbox (%s); %d waiting", kind, len(entries))
        self._announce()
        return entry

    def supersede(self, target: str) -> int:
        """Drop held entries of ``target`` after a newer save of the whole record succeeded.

        Only for records saved whole (a call): the newer save carries everything the held
        entries did, resolved by the person. Returns how many were removed.
        """
        with self._lock:
            gone = [e for e in self._load() if e.target == target and e.held]
            for entry in gone:
                self._remove(entry)
        if gone:
            self._announce()
        return len(gone)

    def release(self, key: str) -> bool:
        """A person asks to send a held entry again: it waits for the next replay.

        Entries of the same record held only because they waited behind it are released with
        it, so the record's changes still go in the order they were made.
        """
        with self._lock:
            entries = self._load()
            found = next((e for e in entries if e.key == key and e.held), None)
            if found is None:
                return False
            again = [found] + [
                e
                for e in entries
                if e.held
                and e.target == found.target
                and e.seq > found.seq
                and e.problem == WAITING_BEHIND
            ]
            for entry in again:
                released = replace(entry, held=False, problem="")
                self._write(released)
                entries[entries.index(entry)] = released
        self._announce()
        return True

    def discard(self, key: str) -> bool:
        """Remove one entry on a person's decision (never automatically)."""
        with self._lock:
            found = [e for e in self._load() if e.key == key]
            for entry in found:
                self._remove(entry)
        if found:
            self._announce()
        return bool(found)

    # --- versions of records replayed ------------------------------------------------------

    def note_applied(self, target: str, base_version: int, new_version: int) -> None:
        """A replayed change made from ``base_version`` left ``target`` at ``new_version``."""
        with self._lock:
            self._rebased[target] = (base_version, new_version)

    def rebased(self, target: str, version: int) -> int:
        """The version a change made from ``version`` goes on top of.

        Changes kept while offline were all made from the version last read; once replayed,
        the record is at the version the last of them produced, and only this workstation's
        own changes lie in between. Any other version is returned as it is (a real conflict
        is still found by the database).
        """
        with self._lock:
            known = self._rebased.get(target)
            if known is not None and known[0] == version:
                return known[1]
            return version

    # --- replay ----------------------------------------------------------------------------

    def replay(self) -> ReplayReport:
        """Send the waiting entries in order; stop at the first that cannot reach the database."""
        report = ReplayReport()
        with self._lock:
            entries = list(self._load())
            blocked = {e.target for e in entries if e.held}
            for entry in entries:
                if entry.held:
                    continue
                if entry.target in blocked:
                    report.held.append(
                        self._hold(entry, WAITING_BEHIND, KnownError(WAITING_BEHIND))
                    )
                    continue
                handler = self._handlers.get(entry.kind)
                if handler is None:
                    log.warning("outbox entry of unknown kind %s kept", entry.kind)
                    report.held.append(self._hold(entry, msg("This change cannot be sent yet.")))
                    blocked.add(entry.target)
                    continue
                try:
                    handler(entry)
                except (DatabaseUnavailableError, DatabaseBusyError):
                    report.unreachable = True
                    break
                except (ReauthenticationRequiredError, MissingKeysError) as error:
                    # Passing refusals (the daily check fell due, the keys are not unlocked
                    # yet): the change waits for the next replay instead of being held.
                    log.info("outbox replay paused: %s", type(error).__name__)
                    break
                except KnownError as error:
                    report.held.append(self._hold(entry, error.message, error))
                    blocked.add(entry.target)
                except Exception:
                    # A bug: logged, and the change is kept for a person, never dropped.
                    log.exception("replaying an outbox change failed")
                    held = self._hold(entry, msg("This change could not be sent (see the log)."))
                    report.held.append(held)
                    blocked.add(entry.target)
                else:
                    self._remove(entry)
                    report.sent += 1
            report.waiting = sum(1 for e in self._load() if not e.held)
        if report.sent or report.held:
            self._announce()
            log.info(
                "outbox replay: %d sent, %d held, %d waiting",
                report.sent,
                len(report.held),
                report.waiting,
            )
        return report

    def _announce(self) -> None:
        if self._events is not None:
            self._events.publish(TOPIC)

    # --- files -----------------------------------------------------------------------------

    def _load(self) -> list[OutboxEntry]:
        if self._entries is None:
            self._entries = self._read_all()
        return self._entries

    def _read_all(self) -> list[OutboxEntry]:
        if not self.folder.is_dir():
            return []
        found: list[OutboxEntry] = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                sealed = path.read_bytes()
                plain = self._cipher().decrypt(sealed[:12], sealed[12:], path.name.encode())
                raw = json.loads(plain)
                entry = OutboxEntry(
                    key=str(raw["key"]),
                    seq=int(raw["seq"]),
                    kind=str(raw["kind"]),
                    target=str(raw["target"]),
                    user=from_jsonable(SignedInUser, raw["user"]),
                    data=dict(raw["data"]),
                    queued_at=datetime.fromisoformat(raw["queued_at"]),
                    held=bool(raw.get("held", False)),
                    problem=_stored_problem(raw),
                )
            except (ValueError, KeyError, TypeError, OSError, InvalidTag):
                log.warning("an outbox file could not be read and was left in place")
                continue
            if raw.get("database") != self._database:
                continue
            if entry.file_name != path.name:
                log.warning("an outbox file has a name that does not match it; left in place")
                continue
            found.append(entry)
        found.sort(key=lambda e: e.seq)
        return found

    def _write(self, entry: OutboxEntry) -> None:
        payload = json.dumps(
            {
                "format": FORMAT,
                "database": self._database,
                "key": entry.key,
                "seq": entry.seq,
                "kind": entry.kind,
                "target": entry.target,
                "user": to_jsonable(entry.user),
                "data": entry.data,
                "queued_at": entry.queued_at.isoformat(),
                "held": entry.held,
                "problem": entry.problem,
                **_problem_template(entry.problem),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        nonce = os.urandom(12)
        name = entry.file_name
        sealed = nonce + self._cipher().encrypt(nonce, payload, name.encode())
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(self.folder / name, sealed)

    def _hold(
        self, entry: OutboxEntry, problem: str, error: KnownError | None = None
    ) -> OutboxEntry:
        held = replace(entry, held=True, problem=problem)
        self._write(held)
        entries = self._load()
        entries[entries.index(entry)] = held
        on_held = self._held_handlers.get(entry.kind)
        if on_held is not None and error is not None:
            try:
                on_held(held, error)
            except Exception:
                log.exception("offering a held outbox change back failed")
        return held

    def _remove(self, entry: OutboxEntry) -> None:
        (self.folder / entry.file_name).unlink(missing_ok=True)
        entries = self._load()
        entries[:] = [e for e in entries if e.key != entry.key]


def _problem_template(problem: str) -> dict[str, object]:
    """What keeps a held change's reason translatable once stored: its template and values."""
    if not isinstance(problem, Message):
        return {}
    return {"problem_message": problem.to_json()}


def _stored_problem(raw: dict[str, Any]) -> str:
    """A held change's reason as stored: a ``Message`` again when its template was kept."""
    problem = str(raw.get("problem", ""))
    if "problem_message" not in raw:
        return problem
    try:
        return Message.from_json(raw["problem_message"])
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return problem  # a template whose values no longer fit: the English as stored
