"""Referrals given during a call: saved and loaded with the call, on both engines."""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from counselor_app.app import AppContext
from counselor_app.db import migrate
from counselor_app.db.models import Call, Referral
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallRecord, CallReferral
from counselor_app.domain.errors import ConflictError, ValidationError
from counselor_app.domain.serialize import from_jsonable, to_jsonable
from counselor_app.services.credentials import CredentialStore
from counselor_app.services.drafts import DraftStore
from counselor_app.services.intake import REFERRAL_NOTE_LIMIT
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record

PACKAGE = Path(__file__).resolve().parent.parent / "fixtures" / "hsds" / "package"
MOBILE_CRISIS = "b0000000-0000-4000-8000-000000000001"
WARMLINE = "b0000000-0000-4000-8000-000000000002"
GIVEN_AT = datetime(2026, 11, 28, 15, 10, tzinfo=UTC)


@pytest.fixture
def casey(ctx: AppContext, staff: dict[Role, SignedInUser]) -> SignedInUser:
    """A counselor, with the test directory imported."""
    report = ctx.directory.import_hsds(staff[Role.ADMINISTRATOR], PACKAGE)
    assert report.rejected == 0
    return staff[Role.COUNSELOR]


def referral(service_id: str = MOBILE_CRISIS, **changes: object) -> CallReferral:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "service_id": service_id,
        "service_name": "Mobile Crisis Team" if service_id == MOBILE_CRISIS else "Zoë Warmline",
        "organization_name": "Riverbend Crisis Center",
        "phone": "+1 314 555 0100",
        "note": "Ask for the intake nurse.",
        "warm_handoff": False,
        "given_at": GIVEN_AT,
        "given_by": "Casey Counselor",
    }
    values.update(changes)
    return CallReferral(**values)  # type: ignore[arg-type]


def stored_referrals(ctx: AppContext, call_id: uuid.UUID) -> list[Referral]:
    with UnitOfWork(ctx.database, write=False) as uow:
        rows = uow.session.scalars(
            select(Referral).where(Referral.call_id == call_id).order_by(Referral.given_at)
        ).all()
        uow.session.expunge_all()
        return list(rows)


def test_referrals_round_trip_with_the_call(ctx: AppContext, casey: SignedInUser) -> None:
    warm = referral(
        WARMLINE,
        organization_name="Zoë's Place Peer Support",
        phone="+1 314 555 0142 ext. 12",
        note="Connected her to the warmline.\nShe will call back tonight.\tThanks.",
        warm_handoff=True,
        given_at=GIVEN_AT + timedelta(minutes=3),
    )
    first = referral()
    record = complete_record(ctx, casey, referrals=(first, warm))
    saved = ctx.intake.save(casey, record)
    loaded = ctx.intake.load(casey, saved.id)
    assert loaded == saved
    assert loaded.referrals == (first, warm)
    assert loaded.referrals[1].warm_handoff is True
    assert loaded.referrals[1].note.splitlines() == [
        "Connected her to the warmline.",
        "She will call back tonight.\tThanks.",
    ]
    rows = stored_referrals(ctx, saved.id)
    assert [(r.service_id, r.organization_name, r.phone, r.warm_handoff) for r in rows] == [
        (MOBILE_CRISIS, "Riverbend Crisis Center", "+1 314 555 0100", False),
        (WARMLINE, "Zoë's Place Peer Support", "+1 314 555 0142 ext. 12", True),
    ]


def test_new_referrals_are_stamped_with_who_gave_them_and_when(
    ctx: AppContext, casey: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    before = datetime.now(UTC)
    record = complete_record(ctx, casey, referrals=(referral(given_at=None, given_by=""),))
    saved = ctx.intake.save(casey, record)
    (given,) = saved.referrals
    assert given.given_by == "Casey Counselor"
    assert given.given_at is not None and given.given_at >= before
    assert ctx.intake.load(casey, saved.id).referrals == saved.referrals
    # A supervisor's later edit keeps who gave the first referral; theirs is their own.
    sam = staff[Role.SUPERVISOR]
    current = ctx.intake.load(sam, saved.id)
    theirs = referral(WARMLINE, given_at=None, given_by="Casey")
    again = ctx.intake.save(sam, replace(current, referrals=(*current.referrals, theirs)))
    assert [r.given_by for r in again.referrals] == ["Casey Counselor", "Sam Supervisor"]
    assert ctx.intake.load(sam, saved.id).referrals == again.referrals


def test_removed_referrals_are_deleted_and_kept_ones_keep_their_row(
    ctx: AppContext, casey: SignedInUser
) -> None:
    keep, drop = referral(), referral(WARMLINE, given_at=GIVEN_AT + timedelta(minutes=1))
    saved = ctx.intake.save(casey, complete_record(ctx, casey, referrals=(keep, drop)))
    assert len(stored_referrals(ctx, saved.id)) == 2
    changed_keep = replace(keep, note="Changed my mind: call them tomorrow.", warm_handoff=True)
    again = ctx.intake.save(casey, replace(saved, referrals=(changed_keep,)))
    rows = stored_referrals(ctx, saved.id)
    assert [r.id for r in rows] == [keep.id]  # updated in place, not replaced
    assert rows[0].version == 2
    assert rows[0].note == "Changed my mind: call them tomorrow." and rows[0].warm_handoff
    assert ctx.intake.load(casey, saved.id).referrals == (changed_keep,)
    ctx.intake.save(casey, replace(again, referrals=()))
    assert stored_referrals(ctx, saved.id) == []
    assert ctx.intake.load(casey, saved.id).referrals == ()


def test_a_referral_means_referral_given(ctx: AppContext, casey: SignedInUser) -> None:
    base = complete_record(ctx, casey)
    unticked = replace(base.disposition, referral_given=False)
    saved = ctx.intake.save(casey, replace(base, disposition=unticked, referrals=(referral(),)))
    assert saved.disposition.referral_given is True
    assert ctx.intake.load(casey, saved.id).disposition.referral_given is True
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(Call, saved.id)
        assert row is not None and row.referral_given is True
    # Without a directory referral the counselor's own answer stands, either way.
    plain = ctx.intake.save(casey, replace(saved, referrals=(), disposition=unticked))
    assert plain.disposition.referral_given is False
    assert ctx.intake.load(casey, saved.id).disposition.referral_given is False
    ticked = replace(unticked, referral_given=True)
    other = ctx.intake.save(casey, complete_record(ctx, casey, disposition=ticked))
    assert ctx.intake.load(casey, other.id).disposition.referral_given is True


def test_referral_to_an_unknown_service_is_refused_with_a_reason(
    ctx: AppContext, casey: SignedInUser
) -> None:
    gone = referral("no-such-service", service_name="Closed Clinic")
    with pytest.raises(ValidationError) as info:
        ctx.intake.save(casey, complete_record(ctx, casey, referrals=(referral(), gone)))
    assert "no longer in the directory" in info.value.message
    assert info.value.reasons == (
        "Referral to Closed Clinic: the service was removed from the directory.",
    )
    assert "Remove that referral" in info.value.hint
    with UnitOfWork(ctx.database, write=False) as uow:
        assert uow.session.scalars(select(Call)).all() == []
        assert uow.session.scalar(select(func.count()).select_from(Referral)) == 0
    # On an existing call too: nothing of the refused save is kept.
    saved = ctx.intake.save(casey, complete_record(ctx, casey, referrals=(referral(),)))
    with pytest.raises(ValidationError, match="no longer in the directory"):
        ctx.intake.save(casey, replace(saved, narrative="new", referrals=(*saved.referrals, gone)))
    assert ctx.intake.load(casey, saved.id) == saved


def test_notes_are_cleaned_and_limited(ctx: AppContext, casey: SignedInUser) -> None:
    messy = referral(
        note="\x00Call\x1b[31m them\r\ntomorrow\rmorning,\tearly.\x7f \x85",
        service_name="Mobile\x00 Crisis Team\n",
        phone="+1 314\x07 555 0100",
    )
    saved = ctx.intake.save(casey, complete_record(ctx, casey, referrals=(messy,)))
    (clean,) = saved.referrals
    assert clean.note == "Call[31m them\ntomorrow\nmorning,\tearly."
    assert clean.service_name == "Mobile Crisis Team"
    assert clean.phone == "+1 314 555 0100"
    assert ctx.intake.load(casey, saved.id).referrals == (clean,)
    just_fits = referral(note="é" * REFERRAL_NOTE_LIMIT)
    ctx.intake.save(casey, replace(saved, referrals=(just_fits,)))
    too_long = referral(note="x" * (REFERRAL_NOTE_LIMIT + 1), service_name="Warm place")
    with pytest.raises(ValidationError) as info:
        ctx.intake.save(casey, complete_record(ctx, casey, referrals=(too_long,)))
    assert any(
        "Referral note for Warm place" in r and str(REFERRAL_NOTE_LIMIT) in r
        for r in info.value.reasons
    )


def test_concurrent_edits_are_still_a_conflict(
    ctx: AppContext, casey: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    sam = staff[Role.SUPERVISOR]
    base = ctx.intake.save(casey, complete_record(ctx, casey))
    theirs = ctx.intake.save(
        sam, replace(base, referrals=(referral(WARMLINE, given_by="Sam Supervisor"),))
    )
    mine = referral(note="Mine")
    with pytest.raises(ConflictError) as info:
        ctx.intake.save(casey, replace(base, referrals=(mine,)))
    current = info.value.current
    assert isinstance(current, CallRecord)
    assert current.referrals == theirs.referrals
    assert [r.service_id for r in stored_referrals(ctx, base.id)] == [WARMLINE]
    # A referral-only change by someone else is a conflict too.
    with pytest.raises(ConflictError):
        ctx.intake.save(sam, replace(base, narrative="Sam's stale edit"))
    # Keeping both is an explicit decision on top of their version.
    both = ctx.intake.save(casey, replace(current, referrals=(*current.referrals, mine)))
    assert both.version == theirs.version + 1
    assert {r.service_id for r in stored_referrals(ctx, base.id)} == {MOBILE_CRISIS, WARMLINE}


def test_drafts_keep_referrals(
    sqlite_ctx: AppContext, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from tests.conftest import make_staff

    casey = make_staff(sqlite_ctx)[Role.COUNSELOR]
    record = complete_record(
        sqlite_ctx,
        casey,
        referrals=(referral(), referral(WARMLINE, warm_handoff=True, given_at=None)),
    )
    assert from_jsonable(CallRecord, to_jsonable(record)) == record
    store = DraftStore(tmp_path / "drafts", CredentialStore(memory_keyring), "db")
    store.save(record)
    (draft,) = store.recover(casey.id)
    assert draft.record == record
    assert draft.record.referrals[1].warm_handoff is True
    # A draft written before calls had referrals still opens, with none.
    data = to_jsonable(record)
    del data["referrals"]
    old = from_jsonable(CallRecord, json.loads(json.dumps(data)))
    assert old.referrals == ()


def test_migration_0003_keeps_existing_referrals(ctx: AppContext, casey: SignedInUser) -> None:
    record = complete_record(ctx, casey, referrals=(referral(),))
    # Encrypted coordinates cannot go back to numbers before 0006: this call has none.
    record = replace(record, caller=replace(record.caller, latitude=None, longitude=None))
    saved = ctx.intake.save(casey, record)
    migrate.downgrade(ctx.database, "0002")
    with ctx.database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM referrals")).scalar() == 1
    migrate.upgrade(ctx.database)
    assert migrate.schema_differences(ctx.database) == []
    (loaded,) = ctx.intake.load(casey, saved.id).referrals
    assert loaded.warm_handoff is False  # what the record knew before the flag existed
    assert (loaded.organization_name, loaded.phone) == ("", "")
    assert (loaded.service_name, loaded.note) == ("Mobile Crisis Team", "Ask for the intake nurse.")
