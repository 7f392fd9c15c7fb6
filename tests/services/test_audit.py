from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.db.models import AuditEvent, Disclosure
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction, TamperKind
from counselor_app.domain.errors import KnownError, PermissionDeniedError
from tests.conftest import ADMIN_PASSWORD
from tests.support.keyrings import MemoryKeyring


def _fill(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    for _ in range(3):
        user = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
        ctx.auth.sign_out(user)
    assert ctx.audit.count(ctx.database) == 7


def _sql(ctx: AppContext, *statements: str) -> None:
    with ctx.database.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def _get_past_the_triggers(ctx: AppContext) -> None:
    """What an attacker holding the owner's credentials does first: remove the guard triggers."""
    if ctx.database.is_sqlite:
        _sql(
            ctx,
            "DROP TRIGGER audit_events_no_update",
            "DROP TRIGGER audit_events_no_delete",
        )
    else:
        _sql(ctx, "ALTER TABLE audit_events DISABLE TRIGGER USER")


def _tamper(ctx: AppContext, *statements: str) -> None:
    """Edit the trail in SQL the way an attacker would: triggers out of the way first."""
    with pytest.raises(DBAPIError, match="append-only"):
        _sql(ctx, *statements)
    _get_past_the_triggers(ctx)
    _sql(ctx, *statements)


def test_intact_chain(ctx: AppContext) -> None:
    _fill(ctx)
    result = ctx.audit.verify(ctx.database)
    assert result.intact
    assert result.entries_checked == 7
    assert result.describe().startswith("intact")


def test_edited_entry_is_named(ctx: AppContext) -> None:
    _fill(ctx)
    _tamper(ctx, "UPDATE audit_events SET actor_name = 'someone else' WHERE seq = 4")
    result = ctx.audit.verify(ctx.database)
    assert (result.tampered_seq, result.kind) == (4, TamperKind.EDITED)
    assert "entry #4 was edited" in result.describe()


def test_edited_time_is_caught(ctx: AppContext) -> None:
    _fill(ctx)
    _get_past_the_triggers(ctx)
    with UnitOfWork(ctx.database) as uow:
        event = uow.session.get(AuditEvent, 2)
        assert event is not None
        event.occurred_at = event.occurred_at.replace(year=2020)
        uow.commit()
    assert ctx.audit.verify(ctx.database).tampered_seq == 2


def test_deleted_entry_is_caught(ctx: AppContext) -> None:
    _fill(ctx)
    _tamper(ctx, "DELETE FROM audit_events WHERE seq = 3")
    result = ctx.audit.verify(ctx.database)
    assert (result.tampered_seq, result.kind) == (4, TamperKind.DELETED)
    assert "before entry #4 were deleted" in result.describe()


def test_deleted_first_entry_is_caught(ctx: AppContext) -> None:
    _fill(ctx)
    _tamper(ctx, "DELETE FROM audit_events WHERE seq = 1")
    result = ctx.audit.verify(ctx.database)
    assert (result.tampered_seq, result.kind) == (2, TamperKind.DELETED)


def test_inserted_entry_is_caught(ctx: AppContext) -> None:
    _fill(ctx)
    # Make room after entry 3 and forge an entry there, copying a real entry's chain fields.
    _tamper(
        ctx,
        "UPDATE audit_events SET seq = seq + 100 WHERE seq > 3",
        "INSERT INTO audit_events (seq, event_id, occurred_at, actor_id, actor_name, action, "
        "record_type, record_id, workstation, detail, prev_mac, mac) "
        "SELECT 4, '00000000000000000000000000000abc', occurred_at, actor_id, 'intruder', "
        "'sign_in', record_type, record_id, workstation, detail, mac, mac "
        "FROM audit_events WHERE seq = 3",
    )
    result = ctx.audit.verify(ctx.database)
    assert (result.tampered_seq, result.kind) == (4, TamperKind.INSERTED)
    assert "inserted" in result.describe()


def test_reordered_entries_are_caught(ctx: AppContext) -> None:
    _fill(ctx)
    _tamper(
        ctx,
        "UPDATE audit_events SET seq = 1000 WHERE seq = 5",
        "UPDATE audit_events SET seq = 5 WHERE seq = 6",
        "UPDATE audit_events SET seq = 6 WHERE seq = 1000",
    )
    result = ctx.audit.verify(ctx.database)
    assert (result.tampered_seq, result.kind) == (5, TamperKind.REORDERED)
    assert "reordered" in result.describe()


def test_wrong_key_fails_verification(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    _fill(ctx)
    for key in list(memory_keyring.secrets):
        if key[1].startswith("audit-hmac/"):
            memory_keyring.secrets[key] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="
    other = build_context(
        ctx.database.url.render_as_string(hide_password=False),
        settings=Settings(),
        keyring_backend=memory_keyring,
    )
    try:
        assert other.audit.verify(other.database).tampered_seq == 1
    finally:
        other.close()


def test_workstation_without_the_key_changes_nothing(ctx: AppContext) -> None:
    _fill(ctx)
    stranger = build_context(
        ctx.database.url.render_as_string(hide_password=False),
        settings=Settings(),
        keyring_backend=MemoryKeyring(),
    )
    try:
        with pytest.raises(KnownError, match="does not hold the keys"):
            stranger.auth.sign_in("admin", ADMIN_PASSWORD)
    finally:
        stranger.close()
    assert ctx.audit.count(ctx.database) == 7


def test_entries_record_who_what_which_when(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    entries = ctx.audit.recent(ctx.database, admin)
    newest = entries[0]
    assert newest.action is AuditAction.SIGN_IN
    assert newest.actor_name == "sam"
    assert newest.record_type == "staff_account"
    assert newest.occurred_at.tzinfo is not None
    with pytest.raises(PermissionDeniedError):
        ctx.audit.recent(ctx.database, staff[Role.COUNSELOR])
    with UnitOfWork(ctx.database, write=False) as uow:
        details = " ".join(e.detail for e in uow.session.scalars(select(AuditEvent)))
    for password in ("maple sparrow", "orange canoe", "granite meadow", "quiet harbor"):
        assert password not in details


def _refused(ctx: AppContext, change: Callable[[Session], object]) -> None:
    """``change`` done in a unit of work, as the application would, is refused and undone."""
    with (
        pytest.raises(PermissionDeniedError, match="refused this change"),
        UnitOfWork(ctx.database) as uow,
    ):
        change(uow.session)
        uow.commit()


def _edit_detail(session: Session) -> None:
    event = session.get(AuditEvent, 4)
    assert event is not None
    event.detail = "rewritten"
    session.flush()


def _delete_one(session: Session) -> None:
    event = session.get(AuditEvent, 4)
    assert event is not None
    session.delete(event)
    session.flush()


def _empty_the_table(table: str) -> Callable[[Session], object]:
    def run(session: Session) -> object:
        # SQLite has no TRUNCATE; a DELETE without WHERE is its equivalent.
        verb = "DELETE FROM" if session.get_bind().dialect.name == "sqlite" else "TRUNCATE"
        return session.execute(text(f"{verb} {table}"))

    return run


def test_the_application_cannot_update_or_delete_audit_entries(ctx: AppContext) -> None:
    _fill(ctx)
    _refused(ctx, _edit_detail)
    _refused(ctx, _delete_one)
    _refused(ctx, lambda s: s.execute(update(AuditEvent).values(actor_name="someone")))
    _refused(ctx, lambda s: s.execute(delete(AuditEvent).where(AuditEvent.seq > 5)))
    _refused(ctx, _empty_the_table("audit_events"))
    assert ctx.audit.count(ctx.database) == 7
    assert ctx.audit.verify(ctx.database).intact
    # Appending still works.
    user = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
    ctx.auth.sign_out(user)
    assert ctx.audit.count(ctx.database) == 9


def test_the_application_cannot_update_or_delete_disclosures(ctx: AppContext) -> None:
    _fill(ctx)
    with UnitOfWork(ctx.database) as uow:
        admin_id = uow.session.scalars(select(AuditEvent.actor_id).where(AuditEvent.seq == 1))
        disclosure = Disclosure(
            id=uuid.uuid4(),
            record_type="call",
            record_id="c-1",
            document_kind="handoff_pdf",
            recipient_kind="psap",
            recipient_name="Metro City 911",
            purpose="continuity of care",
            consent="given",
            disclosed_by=admin_id.one(),
        )
        uow.session.add(disclosure)
        uow.commit()

    def edit(session: Session) -> None:
        row = session.get(Disclosure, disclosure.id)
        assert row is not None
        row.recipient_name = "someone else"
        session.flush()

    def remove(session: Session) -> None:
        row = session.get(Disclosure, disclosure.id)
        assert row is not None
        session.delete(row)
        session.flush()

    _refused(ctx, edit)
    _refused(ctx, remove)
    _refused(ctx, _empty_the_table("disclosures"))
    with UnitOfWork(ctx.database, write=False) as uow:
        [kept] = uow.session.scalars(select(Disclosure)).all()
        assert kept.recipient_name == "Metro City 911"
