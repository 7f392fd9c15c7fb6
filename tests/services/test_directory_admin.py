"""Directory administration on both engines: versions, validation, audit, search, cascades."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from counselor_app.app import AppContext
from counselor_app.db.models import Language, Phone
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction, AuditEntry
from counselor_app.domain.directory import (
    DirectoryQuery,
    OrganizationEdit,
    OrganizationSummary,
    ServiceDetail,
    ServiceEdit,
)
from counselor_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from counselor_app.services.events import Change
from tests.services.test_directory_search import PACKAGE

S1 = "b0000000-0000-4000-8000-000000000001"  # Mobile Crisis Team (Riverbend)
S2 = "b0000000-0000-4000-8000-000000000002"  # Zoë Warmline (Zoë's Place)
S4 = "b0000000-0000-4000-8000-000000000004"  # Detox Referral Line (Riverbend)
O1 = "a0000000-0000-4000-8000-000000000001"  # Riverbend Crisis Center
O3 = "a0000000-0000-4000-8000-000000000003"  # Gateway Housing Alliance


@pytest.fixture
def admin(ctx: AppContext, staff: dict[Role, SignedInUser]) -> SignedInUser:
    administrator = staff[Role.ADMINISTRATOR]
    report = ctx.directory.import_hsds(administrator, PACKAGE)
    assert report.rejected == 0
    return administrator


@pytest.fixture
def changes(ctx: AppContext) -> list[Change]:
    seen: list[Change] = []
    ctx.events.subscribe(seen.append)
    return seen


def names(ctx: AppContext, user: SignedInUser, text: str, *, active_only: bool = True) -> list[str]:
    query = DirectoryQuery(text=text, active_only=active_only)
    return [h.name for h in ctx.directory.search(user, query)]


def directory_entries(ctx: AppContext, admin: SignedInUser) -> list[AuditEntry]:
    """Entries about directory records, oldest first."""
    entries = ctx.audit.recent(ctx.database, admin, limit=500)
    return [e for e in reversed(entries) if e.record_type.startswith("directory_")]


def edit_from(detail: ServiceDetail, **changes: object) -> ServiceEdit:
    """The edit a form filled from ``detail`` would send."""
    assert detail.organization_id is not None
    edit = ServiceEdit(
        organization_id=detail.organization_id,
        name=detail.name,
        description=detail.description,
        eligibility=detail.eligibility,
        fees=detail.fees,
        application_process=detail.application_process,
        url=detail.url,
        email=detail.email,
        status=detail.status,
        phone=detail.phones[0].number if detail.phones else "",
        languages=detail.languages,
        last_verified=detail.last_verified,
        id=detail.id,
        version=detail.version,
    )
    return replace(edit, **changes)  # type: ignore[arg-type]


def organization(ctx: AppContext, admin: SignedInUser, org_id: str) -> OrganizationSummary:
    return next(o for o in ctx.directory.list_organizations(admin) if o.id == org_id)


def own_phones(ctx: AppContext, service_id: str) -> list[tuple[str, bool]]:
    with UnitOfWork(ctx.database, write=False) as uow:
        rows = uow.session.execute(
            select(Phone.number, Phone.active)
            .where(Phone.service_id == service_id)
            .order_by(Phone.created_at, Phone.id)
        )
        return [(n, a) for n, a in rows]


# --- organizations --------------------------------------------------------------------------


def test_list_organizations_by_name_with_active_service_counts(
    ctx: AppContext, admin: SignedInUser
) -> None:
    listed = ctx.directory.list_organizations(admin)
    assert [(o.name, o.service_count, o.active) for o in listed] == [
        ("Gateway Housing Alliance", 1, True),
        ("Riverbend Crisis Center", 2, True),
        ("Zoë's Place Peer Support", 1, True),
    ]
    assert listed[1].email == "intake@riverbend.example"
    assert listed[1].website == "https://riverbend.example"
    assert listed[1].version == 1


def test_create_organization(ctx: AppContext, admin: SignedInUser, changes: list[Change]) -> None:
    created = ctx.directory.save_organization(
        admin,
        OrganizationEdit(
            name="  North\x00 County\x1b Crisis  ",
            description="Walk-in center.\r\nOpen weekdays.\x07",
            email="help@north.example",
            website="https://north.example",
        ),
    )
    assert created.name == "North County Crisis"  # control characters stripped
    assert created.description == "Walk-in center.\nOpen weekdays."
    assert (created.active, created.version, created.service_count) == (True, 1, 0)
    assert str(uuid.UUID(created.id)) == created.id
    assert organization(ctx, admin, created.id) == created
    assert changes == [Change("directory", created.id)]
    entry = directory_entries(ctx, admin)[-1]
    assert (entry.action, entry.record_type, entry.record_id) == (
        AuditAction.CREATE,
        "directory_organization",
        created.id,
    )
    assert entry.detail == "directory.organization.create fields=name,description,email,website"
    assert "North" not in entry.detail  # names of fields, never their content


def test_organization_validation_names_each_field_and_writes_nothing(
    ctx: AppContext, admin: SignedInUser
) -> None:
    before = ctx.directory.list_organizations(admin)
    audited = ctx.audit.count(ctx.database)
    with pytest.raises(ValidationError) as caught:
        ctx.directory.save_organization(
            admin,
            OrganizationEdit(name=" \x00 ", email="intake(at)example.org", website="ftp://x.org"),
        )
    assert [r.split(":")[0] for r in caught.value.reasons] == ["Name", "E-mail", "Website"]
    with pytest.raises(ValidationError) as caught:
        ctx.directory.save_organization(admin, OrganizationEdit(name="x" * 301))
    assert caught.value.reasons == ("Name: keep it under 300 characters.",)
    with pytest.raises(ValidationError) as caught:
        ctx.directory.save_organization(admin, OrganizationEdit(name="Named", id="not-a-uuid"))
    assert caught.value.reasons == ("Id: a new organization's id must be a UUID.",)
    assert ctx.directory.list_organizations(admin) == before
    assert ctx.audit.count(ctx.database) == audited


def test_update_organization_then_stale_edit_is_a_conflict(
    ctx: AppContext, admin: SignedInUser
) -> None:
    current = organization(ctx, admin, O3)
    start = OrganizationEdit(
        name=current.name,
        description=current.description,
        email=current.email,
        website=current.website,
        id=current.id,
        version=current.version,
    )
    first = ctx.directory.save_organization(admin, replace(start, name="Gateway Housing"))
    assert (first.name, first.version) == ("Gateway Housing", current.version + 1)
    with pytest.raises(ConflictError) as caught:
        ctx.directory.save_organization(admin, replace(start, email="other@gateway.example"))
    assert isinstance(caught.value.current, OrganizationSummary)
    assert caught.value.current.name == "Gateway Housing"
    kept = organization(ctx, admin, O3)
    assert (kept.name, kept.email, kept.version) == (
        "Gateway Housing",
        "hello@gateway.example",
        first.version,
    )
    assert directory_entries(ctx, admin)[-1].detail == "directory.organization.update fields=name"


def test_unchanged_organization_writes_nothing(ctx: AppContext, admin: SignedInUser) -> None:
    current = organization(ctx, admin, O3)
    audited = ctx.audit.count(ctx.database)
    same = ctx.directory.save_organization(
        admin,
        OrganizationEdit(
            name=current.name + " ",
            description=current.description,
            email=current.email,
            website=current.website,
            id=current.id,
            version=current.version,
        ),
    )
    assert same == current
    assert ctx.audit.count(ctx.database) == audited


def test_unknown_organization(ctx: AppContext, admin: SignedInUser) -> None:
    missing = str(uuid.uuid4())
    with pytest.raises(NotFoundError):
        ctx.directory.save_organization(admin, OrganizationEdit(name="Gone", id=missing, version=3))
    with pytest.raises(NotFoundError):
        ctx.directory.set_organization_active(admin, missing, False, 1)


# PostgreSQL only: SQLite serialises write transactions from their start, so no other commit
# can land between the check and the write there.
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_concurrent_commit_between_check_and_write_is_a_conflict(
    ctx: AppContext, admin: SignedInUser
) -> None:
    """The version counter catches a change committed after the version check."""
    current = organization(ctx, admin, O3)
    raced: list[bool] = []

    def race(_session: Session, *_args: object) -> None:
        if raced:
            return
        raced.append(True)
        with ctx.database.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE organizations SET name = 'Elsewhere', version = version + 1 "
                    "WHERE id = :id"
                ),
                {"id": O3},
            )

    event.listen(Session, "before_flush", race)
    try:
        with pytest.raises(ConflictError):
            ctx.directory.save_organization(
                admin, OrganizationEdit(name="Mine", id=O3, version=current.version)
            )
    finally:
        event.remove(Session, "before_flush", race)
    assert raced
    assert organization(ctx, admin, O3).name == "Elsewhere"


def test_deactivating_an_organization_deactivates_its_services(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser], changes: list[Change]
) -> None:
    counselor = staff[Role.COUNSELOR]
    assert names(ctx, counselor, "riverbend") == ["Detox Referral Line", "Mobile Crisis Team"]
    current = organization(ctx, admin, O1)
    closed = ctx.directory.set_organization_active(admin, O1, False, current.version)
    assert (closed.active, closed.service_count, closed.version) == (False, 0, current.version + 1)
    assert not ctx.directory.service_detail(counselor, S1).active
    assert not ctx.directory.service_detail(counselor, S4).active
    assert ctx.directory.service_detail(counselor, S2).active  # another organization's
    assert names(ctx, counselor, "riverbend") == []
    assert names(ctx, counselor, "riverbend", active_only=False) == [
        "Detox Referral Line",
        "Mobile Crisis Team",
    ]
    assert [o.name for o in ctx.directory.list_organizations(admin, include_inactive=False)] == [
        "Gateway Housing Alliance",
        "Zoë's Place Peer Support",
    ]
    entries = directory_entries(ctx, admin)[-3:]
    assert [(e.record_type, e.record_id, e.detail) for e in entries] == [
        ("directory_organization", O1, "directory.organization.deactivate services=2"),
        ("directory_service", S1, "directory.service.deactivate fields=active by=organization"),
        ("directory_service", S4, "directory.service.deactivate fields=active by=organization"),
    ]
    assert changes[-1] == Change("directory", O1)

    # A stale version is refused; reactivating leaves the services as they are.
    with pytest.raises(ConflictError):
        ctx.directory.set_organization_active(admin, O1, True, current.version)
    reopened = ctx.directory.set_organization_active(admin, O1, True, closed.version)
    assert (reopened.active, reopened.service_count) == (True, 0)
    assert names(ctx, counselor, "riverbend") == []


# --- services -------------------------------------------------------------------------------


def test_create_service(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser], changes: list[Change]
) -> None:
    created = ctx.directory.save_service(
        admin,
        ServiceEdit(
            organization_id=O3,
            name="Rapid Rehousing Desk",
            description="Help finding housing\x00 fast.",
            eligibility="Families",
            fees="Free",
            application_process="Call first",
            url="https://gateway.example/rehousing",
            email="rehousing@gateway.example",
            status="Active",
            phone="(314) 555-0177",
            languages=("es", "Vietnamese", "Spanish"),
            last_verified=date(2024, 2, 1),
        ),
    )
    assert (created.name, created.organization_name) == (
        "Rapid Rehousing Desk",
        "Gateway Housing Alliance",
    )
    assert created.description == "Help finding housing fast."
    assert (created.status, created.active, created.version) == ("active", True, 1)
    assert [p.number for p in created.phones] == ["+13145550177"]
    assert created.languages == ("Spanish", "Vietnamese")
    assert created.last_verified == date(2024, 2, 1)
    assert created.fees == "Free" and created.application_process == "Call first"
    assert ctx.directory.service_detail(staff[Role.COUNSELOR], created.id) == created
    assert changes == [Change("directory", created.id)]
    assert organization(ctx, admin, O3).service_count == 2
    counselor = staff[Role.COUNSELOR]
    assert names(ctx, counselor, "rehousing desk") == ["Rapid Rehousing Desk"]
    found = ctx.directory.search(counselor, DirectoryQuery(language="es", text="rapid"))
    assert [h.id for h in found] == [created.id]
    entry = directory_entries(ctx, admin)[-1]
    assert (entry.action, entry.record_type, entry.record_id) == (
        AuditAction.CREATE,
        "directory_service",
        created.id,
    )
    assert entry.detail.startswith("directory.service.create fields=organization_id,name,")
    assert entry.detail.endswith(",phone,languages")


def test_service_validation_names_each_field(ctx: AppContext, admin: SignedInUser) -> None:
    audited = ctx.audit.count(ctx.database)
    with pytest.raises(ValidationError) as caught:
        ctx.directory.save_service(
            admin,
            ServiceEdit(
                organization_id=str(uuid.uuid4()),
                name="",
                status="open",
                url="javascript:alert(1)",
                email="a@b",
                phone="12",
            ),
        )
    assert [r.split(":")[0] for r in caught.value.reasons] == [
        "Name",
        "Status",
        "E-mail",
        "Website",
        "Organization",
        "Phone",
    ]
    current = organization(ctx, admin, O3)
    ctx.directory.set_organization_active(admin, O3, False, current.version)
    with pytest.raises(ValidationError) as caught:
        ctx.directory.save_service(admin, ServiceEdit(organization_id=O3, name="Beds"))
    assert caught.value.reasons == (
        "Organization: it is deactivated; reactivate it first or choose another.",
    )
    assert ctx.audit.count(ctx.database) == audited + 2  # the organization and its service


def test_short_codes_are_accepted_as_dialled(ctx: AppContext, admin: SignedInUser) -> None:
    created = ctx.directory.save_service(
        admin, ServiceEdit(organization_id=O1, name="988 Lifeline", phone="988")
    )
    assert [p.number for p in created.phones] == ["988"]


def test_update_service_phone_and_languages(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    counselor = staff[Role.COUNSELOR]
    before = ctx.directory.service_detail(counselor, S1)
    # A second phone of the service's own, which an edit of the main phone keeps.
    with UnitOfWork(ctx.database) as uow:
        uow.session.add(Phone(id=str(uuid.uuid4()), service_id=S1, number="+13145550155"))
        uow.commit()
    updated = ctx.directory.save_service(
        admin, edit_from(before, phone="314 555 0160", languages=("English", "Somali"))
    )
    assert [p.number for p in updated.phones] == ["+13145550160", "+13145550155"]
    assert updated.languages == ("English", "Somali")
    assert updated.version == before.version + 1
    assert own_phones(ctx, S1) == [("+13145550160", True), ("+13145550155", True)]
    # Spanish is no longer offered: its row is deactivated, not deleted.
    with UnitOfWork(ctx.database, write=False) as uow:
        spanish = uow.session.execute(
            select(Language.active).where(Language.service_id == S1, Language.code == "es")
        ).all()
    assert spanish == [(False,)]
    assert names(ctx, counselor, "mobile") == ["Mobile Crisis Team"]
    assert ctx.directory.search(counselor, DirectoryQuery(language="es", text="mobile")) == []
    assert directory_entries(ctx, admin)[-1].detail == (
        "directory.service.update fields=phone,languages"
    )

    # Clearing the main phone deactivates it; the other one stays.
    cleared = ctx.directory.save_service(admin, edit_from(updated, phone=""))
    assert [p.number for p in cleared.phones] == ["+13145550155"]


def test_saving_an_unchanged_service_writes_nothing(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    counselor = staff[Role.COUNSELOR]
    audited = ctx.audit.count(ctx.database)
    for sid in (S1, S2):
        detail = ctx.directory.service_detail(counselor, sid)
        # The stored numbers ('"+1 314 555 0100"', '+1 314 555 0142') read as E.164 in the form.
        again = ctx.directory.save_service(admin, edit_from(detail))
        assert again.version == detail.version
    assert own_phones(ctx, S1) == [('"+1 314 555 0100"', True)]
    assert ctx.audit.count(ctx.database) == audited


def test_a_shared_phone_is_not_copied_to_the_service(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    with UnitOfWork(ctx.database) as uow:
        uow.session.add(Phone(id=str(uuid.uuid4()), organization_id=O1, number="314-555-0111"))
        uow.commit()
    detox = ctx.directory.service_detail(staff[Role.COUNSELOR], S4)
    assert [p.number for p in detox.phones] == ["+13145550111"]
    ctx.directory.save_service(admin, edit_from(detox, name="Detox Line"))
    assert own_phones(ctx, S4) == []
    changed = ctx.directory.save_service(
        admin, edit_from(ctx.directory.service_detail(admin, S4), phone="314-555-0122")
    )
    assert own_phones(ctx, S4) == [("+13145550122", True)]
    assert [p.number for p in changed.phones] == ["+13145550122"]


def test_two_service_edits_from_one_version(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    start = ctx.directory.service_detail(staff[Role.COUNSELOR], S2)
    first = ctx.directory.save_service(admin, edit_from(start, fees="Sliding scale"))
    audited = ctx.audit.count(ctx.database)
    with pytest.raises(ConflictError) as caught:
        ctx.directory.save_service(admin, edit_from(start, fees="Donation"))
    assert isinstance(caught.value.current, ServiceDetail)
    assert caught.value.current.fees == "Sliding scale"
    now = ctx.directory.service_detail(staff[Role.COUNSELOR], S2)
    assert (now.fees, now.version) == ("Sliding scale", first.version)
    assert ctx.audit.count(ctx.database) == audited
    # A phone-only change is a new version too, so it cannot slip past a stale edit.
    second = ctx.directory.save_service(admin, edit_from(first, phone="314-555-0143"))
    assert second.version == first.version + 1
    with pytest.raises(ConflictError):
        ctx.directory.save_service(admin, edit_from(first, phone="314-555-0144"))
    with pytest.raises(ConflictError):
        ctx.directory.set_service_active(admin, S2, False, first.version)


def test_search_index_follows_edits(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    counselor = staff[Role.COUNSELOR]
    assert names(ctx, counselor, "mobile") == ["Mobile Crisis Team"]
    detail = ctx.directory.service_detail(counselor, S1)
    renamed = ctx.directory.save_service(admin, edit_from(detail, name="Rapid Response Unit"))
    assert names(ctx, counselor, "rapid resp") == ["Rapid Response Unit"]
    assert names(ctx, counselor, "mobile") == []

    # An organization's new name reaches its services' documents.
    current = organization(ctx, admin, O1)
    ctx.directory.save_organization(
        admin,
        OrganizationEdit(
            name="Confluence Behavioral Health",
            description=current.description,
            email=current.email,
            website=current.website,
            id=O1,
            version=current.version,
        ),
    )
    assert names(ctx, counselor, "confluence") == ["Detox Referral Line", "Rapid Response Unit"]
    assert names(ctx, counselor, "riverbend") == []

    # A deactivated service leaves active-only searches and comes back when reactivated.
    off = ctx.directory.set_service_active(admin, S1, False, renamed.version)
    assert not off.active
    assert names(ctx, counselor, "rapid") == []
    assert names(ctx, counselor, "rapid", active_only=False) == ["Rapid Response Unit"]
    on = ctx.directory.set_service_active(admin, S1, True, off.version)
    assert on.active and on.version == off.version + 1
    assert names(ctx, counselor, "rapid") == ["Rapid Response Unit"]


def test_reactivating_a_service_needs_its_organization_active(
    ctx: AppContext, admin: SignedInUser
) -> None:
    current = organization(ctx, admin, O1)
    ctx.directory.set_organization_active(admin, O1, False, current.version)
    detox = ctx.directory.service_detail(admin, S4)
    with pytest.raises(ValidationError) as caught:
        ctx.directory.set_service_active(admin, S4, True, detox.version)
    assert caught.value.reasons == (
        "Organization: it is deactivated; reactivate the organization first.",
    )
    with pytest.raises(NotFoundError):
        ctx.directory.set_service_active(admin, str(uuid.uuid4()), True, 1)


def test_roles_without_directory_manage_are_refused(
    ctx: AppContext, admin: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    detail = ctx.directory.service_detail(admin, S2)
    organizations = ctx.directory.list_organizations(admin)
    audited = ctx.audit.count(ctx.database)
    for role in (Role.SUPERVISOR, Role.COUNSELOR, Role.PEER_SPECIALIST):
        user = staff[role]
        with pytest.raises(PermissionDeniedError):
            ctx.directory.list_organizations(user)
        with pytest.raises(PermissionDeniedError):
            ctx.directory.save_organization(user, OrganizationEdit(name="Sneaky"))
        with pytest.raises(PermissionDeniedError):
            ctx.directory.set_organization_active(user, O1, False, 1)
        with pytest.raises(PermissionDeniedError):
            ctx.directory.save_service(user, edit_from(detail, name="Sneaky"))
        with pytest.raises(PermissionDeniedError):
            ctx.directory.set_service_active(user, S2, False, detail.version)
    assert ctx.directory.service_detail(admin, S2) == detail
    assert ctx.directory.list_organizations(admin) == organizations
    assert ctx.audit.count(ctx.database) == audited


def test_every_change_is_audited_and_the_chain_stays_intact(
    ctx: AppContext, admin: SignedInUser
) -> None:
    start = ctx.audit.count(ctx.database)
    org = ctx.directory.save_organization(admin, OrganizationEdit(name="Harbor House"))
    service = ctx.directory.save_service(admin, ServiceEdit(organization_id=org.id, name="Beds"))
    service = ctx.directory.save_service(admin, edit_from(service, status="temporarily closed"))
    service = ctx.directory.set_service_active(admin, service.id, False, service.version)
    ctx.directory.set_service_active(admin, service.id, False, service.version)  # no change
    entries = directory_entries(ctx, admin)[-4:]
    assert [e.detail for e in entries] == [
        "directory.organization.create fields=name",
        "directory.service.create fields=organization_id,name,status",
        "directory.service.update fields=status",
        "directory.service.deactivate fields=active",
    ]
    assert all(e.actor_name == "admin" for e in entries)
    assert ctx.audit.count(ctx.database) == start + 4
    verification = ctx.audit.verify(ctx.database)
    assert verification.intact
    assert verification.entries_checked == start + 4
