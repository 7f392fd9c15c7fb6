"""Directory search on both engines: full text, folding, prefixes, odd input, filters."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from counselor_app.app import AppContext
from counselor_app.db import migrate
from counselor_app.db.engine import Database
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.directory import DirectoryQuery, GeoPoint, OpenState

PACKAGE = Path(__file__).resolve().parent.parent / "fixtures" / "hsds" / "package"
ODD = [
    '"',
    "'",
    'zo"e',
    "NEAR",
    "NEAR(a b)",
    "*",
    "-",
    "--",
    "a*",
    "-crisis",
    "AND OR NOT",
    "\x00",
    "\x1b[31m",
    "(",
    ")",
    ":",
    "^",
    "{}",
    "\\",
    "%",
    "_",
    "'; DROP TABLE services; --",
    "!",
    "&",
    "|",
    "<->",
    "zoë:*",
    " ",
    "\u200b",
    "😀",
]


@pytest.fixture
def loaded(ctx: AppContext, staff: dict[Role, SignedInUser]) -> SignedInUser:
    report = ctx.directory.import_hsds(staff[Role.ADMINISTRATOR], PACKAGE)
    assert report.rejected == 0
    return staff[Role.COUNSELOR]


def names(ctx: AppContext, user: SignedInUser, **query: object) -> list[str]:
    at = query.pop("now", None)
    return [
        h.name
        for h in ctx.directory.search(user, DirectoryQuery(**query), now=at)  # type: ignore[arg-type]
    ]


def test_accent_folding_and_prefix(ctx: AppContext, loaded: SignedInUser) -> None:
    assert names(ctx, loaded, text="zoe") == ["Zoë Warmline"]
    assert names(ctx, loaded, text="ZOË") == ["Zoë Warmline"]
    assert names(ctx, loaded, text="warm") == ["Zoë Warmline"]
    assert names(ctx, loaded, text="mob cris") == ["Mobile Crisis Team"]
    assert names(ctx, loaded, text="detox") == ["Detox Referral Line"]  # "détox" in the text


def test_searches_organization_eligibility_and_taxonomy(
    ctx: AppContext, loaded: SignedInUser
) -> None:
    assert names(ctx, loaded, text="riverbend") == ["Detox Referral Line", "Mobile Crisis Team"]
    assert names(ctx, loaded, text="saint louis county") == ["Mobile Crisis Team"]
    assert names(ctx, loaded, text="intervention") == ["Mobile Crisis Team"]
    assert names(ctx, loaded, text="RP-1500.1400") == ["Mobile Crisis Team"]
    # Names rank above descriptions.
    assert names(ctx, loaded, text="crisis")[0] == "Mobile Crisis Team"


@pytest.mark.parametrize("text", ODD)
def test_odd_characters_never_raise(ctx: AppContext, loaded: SignedInUser, text: str) -> None:
    ctx.directory.search(loaded, DirectoryQuery(text=text))
    ctx.directory.search(loaded, DirectoryQuery(text=text, open_now=True, city=text))


def test_any_text_is_safe(ctx: AppContext, loaded: SignedInUser) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.text(max_size=60))
    def check(text: str) -> None:
        hits = ctx.directory.search(loaded, DirectoryQuery(text=text, limit=5))
        assert len(hits) <= 5

    check()


def test_filters(ctx: AppContext, loaded: SignedInUser) -> None:
    assert names(ctx, loaded, language="es") == ["Mobile Crisis Team", "Zoë Warmline"]
    assert names(ctx, loaded, language="Spanish", text="warm") == ["Zoë Warmline"]
    assert names(ctx, loaded, taxonomy_term="BH-1800.8500") == ["Overnight Shelter"]
    assert names(ctx, loaded, city="clayton") == ["Zoë Warmline"]
    assert names(ctx, loaded, postal_code="63101") == ["Mobile Crisis Team", "Overnight Shelter"]
    near = GeoPoint(38.6270, -90.1994)
    hits = ctx.directory.search(loaded, DirectoryQuery(near=near, within_km=5))
    assert [h.name for h in hits] == ["Mobile Crisis Team", "Overnight Shelter"]
    assert hits[0].distance_km is not None and hits[0].distance_km < 0.01
    wider = names(ctx, loaded, near=near, within_km=20)
    assert wider[-1] == "Zoë Warmline"  # about 11 km away, sorted by distance


def test_open_now(ctx: AppContext, loaded: SignedInUser) -> None:
    # Wednesday 13 March 2024, 10:00 CDT: crisis team (24/7) and warmline (9-5) are open;
    # the overnight shelter (22-06) is closed; detox has no schedule (unknown, left out).
    morning = datetime(2024, 3, 13, 15, 0, tzinfo=UTC)
    assert names(ctx, loaded, open_now=True, now=morning) == ["Mobile Crisis Team", "Zoë Warmline"]
    night = datetime(2024, 3, 14, 4, 0, tzinfo=UTC)  # 23:00 CDT
    assert names(ctx, loaded, open_now=True, now=night) == [
        "Mobile Crisis Team",
        "Overnight Shelter",
    ]
    hit = ctx.directory.search(loaded, DirectoryQuery(text="warmline"), now=morning)[0]
    assert hit.opening.state is OpenState.OPEN
    assert hit.opening.closes_at == datetime(2024, 3, 13, 22, 0, tzinfo=UTC)  # 17:00 CDT
    detox = ctx.directory.search(loaded, DirectoryQuery(text="detox"), now=morning)[0]
    assert detox.opening.state is OpenState.UNKNOWN


def test_hit_details(ctx: AppContext, loaded: SignedInUser) -> None:
    hit = ctx.directory.search(loaded, DirectoryQuery(text="mobile"))[0]
    assert hit.organization_name == "Riverbend Crisis Center"
    assert hit.city == "St. Louis" and hit.postal_code == "63101"
    assert hit.languages == ("en", "es")
    assert hit.phone == '"+1 314 555 0100"'
    assert names(ctx, loaded)[0] == "Detox Referral Line"  # no text: by name


def loaded_org(ctx: AppContext, admin: SignedInUser) -> str:
    """An organization of the fixture package whose name does not contain the test's word."""
    return next(o.id for o in ctx.directory.list_organizations(admin) if "Gateway" in o.name)


def _documents(database: Database) -> list[tuple[str, str]]:
    with database.engine.connect() as conn:
        if database.is_sqlite:
            query = "SELECT service_id, names || ' | ' || body FROM service_search"
        else:
            query = "SELECT service_id, document::text FROM service_search"
        return sorted((str(sid), str(doc)) for sid, doc in conn.execute(text(query)))


def test_migration_0002_indexes_existing_services(ctx: AppContext, loaded: SignedInUser) -> None:
    """Revision 0002 (self-contained) gives existing services the documents the runtime gives."""
    path = migrate.MIGRATIONS_DIR / "versions" / "0002_directory_search.py"
    spec = importlib.util.spec_from_file_location("revision_0002", path)
    assert spec is not None and spec.loader is not None
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    database = ctx.database
    expected = _documents(database)
    assert len(expected) == 4
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM service_search"))
        revision._index_existing_services(conn)
    assert _documents(database) == expected
    assert names(ctx, loaded, text="zoe") == ["Zoë Warmline"]


def test_name_matches_rank_first_on_every_path(
    ctx: AppContext, loaded: SignedInUser, staff: dict[Role, SignedInUser]
) -> None:
    """Enough name matches fill a page from the names alone (PostgreSQL's names index); the
    order is the same as ranking every match, and no description outranks a name."""
    from counselor_app.domain.directory import OrganizationEdit, ServiceEdit

    admin = staff[Role.ADMINISTRATOR]
    org = ctx.directory.save_organization(admin, OrganizationEdit(name="Quokka Network"))
    for n in range(130):
        ctx.directory.save_service(
            admin, ServiceEdit(organization_id=org.id, name=f"Program {n:03d}")
        )
    for n in range(20):  # the word many times, in descriptions only
        ctx.directory.save_service(
            admin,
            ServiceEdit(
                organization_id=loaded_org(ctx, admin),
                name=f"Other {n:02d}",
                description="quokka " * 30,
            ),
        )
    few = names(ctx, loaded, text="quok", limit=5)
    many = names(ctx, loaded, text="quok", limit=200)
    assert len(many) == 150
    assert many[:5] == few
    assert all(name.startswith("Program") for name in many[:130])  # names first
    assert all(name.startswith("Other") for name in many[130:])
