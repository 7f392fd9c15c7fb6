"""One service in full, and the filter lists, on both engines (the fixture HSDS package)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event

from counselor_app.app import AppContext
from counselor_app.db.models import Language, Phone, Service
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.directory import (
    AddressEntry,
    DirectoryQuery,
    OpenState,
    PhoneEntry,
    describe_opening,
    verification_warning,
)
from counselor_app.domain.errors import NotFoundError, PermissionDeniedError
from tests.services.test_directory_search import PACKAGE

S1 = "b0000000-0000-4000-8000-000000000001"  # Mobile Crisis Team (24/7)
S2 = "b0000000-0000-4000-8000-000000000002"  # Zoë Warmline (Mon-Fri 9-5)
S3 = "b0000000-0000-4000-8000-000000000003"  # Overnight Shelter (22-06)
S4 = "b0000000-0000-4000-8000-000000000004"  # Detox Referral Line (no phone, no schedule)
O1 = "a0000000-0000-4000-8000-000000000001"
L2 = "c0000000-0000-4000-8000-000000000002"
L3 = "c0000000-0000-4000-8000-000000000003"
WEDNESDAY_10_CDT = datetime(2024, 3, 13, 15, 0, tzinfo=UTC)


@pytest.fixture
def counselor(ctx: AppContext, staff: dict[Role, SignedInUser]) -> SignedInUser:
    report = ctx.directory.import_hsds(staff[Role.ADMINISTRATOR], PACKAGE)
    assert report.rejected == 0
    return staff[Role.COUNSELOR]


def _add(ctx: AppContext, *rows: object) -> None:
    with UnitOfWork(ctx.database) as uow:
        uow.session.add_all(rows)
        uow.commit()


def test_detail_of_a_service_open_around_the_clock(
    ctx: AppContext, counselor: SignedInUser
) -> None:
    detail = ctx.directory.service_detail(counselor, S1, now=WEDNESDAY_10_CDT)
    assert detail.name == "Mobile Crisis Team"
    assert (detail.organization_id, detail.organization_name) == (O1, "Riverbend Crisis Center")
    assert detail.eligibility.startswith("Anyone in Saint Louis County")
    assert detail.fees == "Free"
    assert detail.url == "https://riverbend.example/mct"
    assert (detail.status, detail.active) == ("active", True)
    # The stored number is quoted; it is shown as E.164.
    assert detail.phones == (PhoneEntry("+13145550100", "", "voice", "Main line"),)
    assert detail.addresses == (
        AddressEntry(
            location_name="Riverbend Downtown",
            address_1="100 Market St",
            address_2="",
            city="St. Louis",
            region="MO",
            postal_code="63101",
            country="US",
            latitude=38.627,
            longitude=-90.1994,
        ),
    )
    assert detail.addresses[0].one_line() == "100 Market St, St. Louis, MO 63101"
    # English, and Spanish (through an interpreter on the main line): names, not codes.
    assert detail.languages == ("English", "Spanish")
    assert detail.categories == ("Crisis Intervention",)
    assert detail.hours == ("Every day, open 24 hours",)
    assert detail.opening.state is OpenState.OPEN
    assert describe_opening(detail.opening, ctx.directory.zone, WEDNESDAY_10_CDT) == "Open 24 hours"
    assert detail.last_verified == date(2024, 5, 1)  # assured_date
    assert detail.version == 1


def test_detail_hours_and_opening_follow_the_schedules(
    ctx: AppContext, counselor: SignedInUser
) -> None:
    zone = ctx.directory.zone
    warmline = ctx.directory.service_detail(counselor, S2, now=WEDNESDAY_10_CDT)
    assert warmline.hours == ("Mon–Fri 9:00 AM – 5:00 PM",)
    assert warmline.opening.closes_at == datetime(2024, 3, 13, 22, 0, tzinfo=UTC)
    assert describe_opening(warmline.opening, zone, WEDNESDAY_10_CDT) == (
        "Open now · closes 5:00 PM"
    )
    assert warmline.phones == (PhoneEntry("+13145550142", "12", "voice", ""),)
    assert warmline.addresses[0].one_line() == "7 Forsyth Blvd, Suite 2, Clayton, MO 63105"
    assert warmline.languages == ("Spanish",)
    assert warmline.categories == ("Peer Support Warmlines",)
    assert warmline.last_verified is None
    assert verification_warning(warmline.last_verified, date(2024, 3, 13), 365) == (
        "Never verified — confirm details with the service before referring."
    )

    shelter = ctx.directory.service_detail(counselor, S3, now=WEDNESDAY_10_CDT)
    assert shelter.hours == ("Every day 10:00 PM – 6:00 AM (from Jan 1, 2024)",)
    assert describe_opening(shelter.opening, zone, WEDNESDAY_10_CDT) == "Closed · opens 10:00 PM"
    assert shelter.status == "temporarily closed"
    assert shelter.wait_time == "Call before 9 PM"
    assert shelter.phones == (PhoneEntry("+13145550199", "", "text", ""),)
    # Saturday 11 PM: open, closing the next morning.
    saturday_night = datetime(2024, 3, 17, 4, 0, tzinfo=UTC)
    shelter = ctx.directory.service_detail(counselor, S3, now=saturday_night)
    assert describe_opening(shelter.opening, zone, saturday_night) == (
        "Open now · closes tomorrow 6:00 AM"
    )


def test_detail_without_schedules_phones_or_address(
    ctx: AppContext, counselor: SignedInUser
) -> None:
    detox = ctx.directory.service_detail(counselor, S4, now=WEDNESDAY_10_CDT)
    assert detox.fees == "Sliding scale"
    assert detox.hours == ()
    assert detox.opening.state is OpenState.UNKNOWN
    assert describe_opening(detox.opening, ctx.directory.zone, WEDNESDAY_10_CDT) == (
        "Hours not listed"
    )
    assert detox.addresses == ()  # its only location is virtual, without an address
    assert detox.phones == ()
    assert detox.languages == ()


def test_detail_falls_back_to_location_then_organization_phones(
    ctx: AppContext, counselor: SignedInUser
) -> None:
    _add(ctx, Phone(id=str(uuid.uuid4()), organization_id=O1, number="314-555-0111", type="voice"))
    detox = ctx.directory.service_detail(counselor, S4)
    assert [p.number for p in detox.phones] == ["+13145550111"]  # the organization's
    _add(ctx, Phone(id=str(uuid.uuid4()), location_id=L3, number="988", type="voice"))
    detox = ctx.directory.service_detail(counselor, S4)
    assert [p.number for p in detox.phones] == ["988"]  # the location's, as given
    # A service with phones of its own shows only those.
    mobile = ctx.directory.service_detail(counselor, S1)
    assert [p.number for p in mobile.phones] == ["+13145550100"]


def test_last_verified_falls_back_to_last_modified(
    ctx: AppContext, counselor: SignedInUser
) -> None:
    with UnitOfWork(ctx.database) as uow:
        row = uow.session.get(Service, S4)
        assert row is not None
        row.last_modified = "2023-01-10T08:30:00Z"
        uow.commit()
    detox = ctx.directory.service_detail(counselor, S4)
    assert detox.last_verified == date(2023, 1, 10)
    assert detox.version == 2
    assert verification_warning(detox.last_verified, date(2024, 3, 15), 365) == (
        "Last verified 14 months ago — confirm details with the service before referring."
    )


def test_unknown_service_is_not_found(ctx: AppContext, counselor: SignedInUser) -> None:
    with pytest.raises(NotFoundError):
        ctx.directory.service_detail(counselor, str(uuid.uuid4()))


def test_detail_needs_an_active_account(
    ctx: AppContext, counselor: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    ctx.accounts.set_active(staff[Role.ADMINISTRATOR], counselor.id, False)
    with pytest.raises(PermissionDeniedError):
        ctx.directory.service_detail(counselor, S1)
    with pytest.raises(PermissionDeniedError):
        ctx.directory.filter_choices(counselor)


@pytest.fixture
def statements(ctx: AppContext) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(ctx.database.engine, "before_cursor_execute", count)
    yield seen
    event.remove(ctx.database.engine, "before_cursor_execute", count)


def test_filter_choices_offer_what_active_services_carry(
    ctx: AppContext, counselor: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    choices = ctx.directory.filter_choices(counselor)
    assert choices.categories == (
        ("40000000-0000-4000-8000-000000000001", "Crisis Intervention (RP-1500.1400-500)"),
        ("40000000-0000-4000-8000-000000000003", "Emergency Shelter (BH-1800.8500)"),
        ("40000000-0000-4000-8000-000000000002", "Peer Support Warmlines (RX-8450.8000)"),
    )
    assert choices.languages == (("en", "English"), ("es", "Spanish"))
    # Every value offered finds something through the search filters.
    for value, _label in choices.categories:
        assert ctx.directory.search(counselor, DirectoryQuery(taxonomy_term=value)), value
    for value, _label in choices.languages:
        assert ctx.directory.search(counselor, DirectoryQuery(language=value)), value

    # A deactivated service's category and languages are no longer offered.
    admin = staff[Role.ADMINISTRATOR]
    shelter = ctx.directory.service_detail(counselor, S3)
    ctx.directory.set_service_active(admin, S3, False, shelter.version)
    warmline = ctx.directory.service_detail(counselor, S2)
    ctx.directory.set_service_active(admin, S2, False, warmline.version)
    choices = ctx.directory.filter_choices(counselor)
    assert [label for _, label in choices.categories] == ["Crisis Intervention (RP-1500.1400-500)"]
    assert choices.languages == (("en", "English"), ("es", "Spanish"))  # the crisis team's


def test_filter_choices_include_location_languages_and_name_only_languages(
    ctx: AppContext, counselor: SignedInUser
) -> None:
    _add(
        ctx,
        Language(id=str(uuid.uuid4()), location_id=L2, name="Vietnamese"),
        Language(id=str(uuid.uuid4()), service_id=S4, name="Spanish"),
        Language(id=str(uuid.uuid4()), service_id=S4, code="so"),
    )
    choices = ctx.directory.filter_choices(counselor)
    assert choices.languages == (
        ("en", "English"),
        ("so", "Somali"),  # a code without a name reads as the language's name
        ("Spanish", "Spanish"),
        ("es", "Spanish (es)"),
        ("Vietnamese", "Vietnamese"),
    )
    for value, _label in choices.languages:
        assert ctx.directory.search(counselor, DirectoryQuery(language=value)), value
    found = ctx.directory.search(counselor, DirectoryQuery(language="Vietnamese"))
    assert [h.name for h in found] == ["Zoë Warmline"]


def test_filter_choices_are_aggregate_queries(
    ctx: AppContext, counselor: SignedInUser, statements: list[str]
) -> None:
    ctx.directory.filter_choices(counselor)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    # The account, the categories, the languages: never one query per row.
    assert len(reads) <= 3, reads
