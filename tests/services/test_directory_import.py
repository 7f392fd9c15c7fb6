"""HSDS 3.0 import and export on both engines, with the package in tests/fixtures/hsds/."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from counselor_app.app import AppContext
from counselor_app.db.models import Location, Organization, Phone, Service, TaxonomyTerm
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.directory import DirectoryQuery, IssueSeverity
from counselor_app.domain.errors import PermissionDeniedError
from counselor_app.services import hsds_import
from counselor_app.services.hsds_import import ImportCancelledError

PACKAGE = Path(__file__).resolve().parent.parent / "fixtures" / "hsds" / "package"
S1 = "b0000000-0000-4000-8000-000000000001"
S2 = "b0000000-0000-4000-8000-000000000002"
O1 = "a0000000-0000-4000-8000-000000000001"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(PACKAGE, target)
    return target


def _rewrite(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def _read(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def _snapshot(ctx: AppContext) -> dict[str, list[tuple[object, ...]]]:
    with UnitOfWork(ctx.database, write=False) as uow:
        out = {}
        for model in (Organization, Service, Location, Phone, TaxonomyTerm):
            table = model.__table__
            cols = [c for c in table.c if c.name not in ("created_at", "updated_at")]
            out[table.name] = [
                tuple(r) for r in uow.session.execute(select(*cols).order_by(table.c.id))
            ]
        return out


def test_import_fixture_package_with_warnings(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    changes: list[str] = []
    ctx.events.subscribe(lambda c: changes.append(c.topic))
    steps: list[tuple[int, int, str]] = []
    report = ctx.directory.import_hsds(
        staff[Role.ADMINISTRATOR], PACKAGE, progress=lambda d, t, s: steps.append((d, t, s))
    )
    assert report.rejected == 0
    assert report.total("created") == 32
    reasons = {(i.file, i.line): i.reason for i in report.issues}
    assert all(i.severity is IssueSeverity.WARNING for i in report.issues)
    assert "parent_organization_id" in reasons[("organizations.csv", 3)]
    assert "organization_id" in reasons[("locations.csv", 3)]
    assert "out of range" in reasons[("locations.csv", 4)]
    assert report.ignored_files == ("contacts.csv",)
    assert changes == ["directory"]
    assert steps and steps[-1][0] == steps[-1][1]
    with UnitOfWork(ctx.database, write=False) as uow:
        org = uow.session.get(Organization, "a0000000-0000-4000-8000-000000000002")
        assert org is not None and org.name == "Zoë's Place Peer Support"
        assert org.parent_organization_id is None
        phone = uow.session.get(Phone, "e0000000-0000-4000-8000-000000000001")
        assert phone is not None and phone.number == '"+1 314 555 0100"'
    entries = ctx.audit.recent(ctx.database, staff[Role.ADMINISTRATOR])
    assert entries[0].record_type == "directory_import"
    assert "Zo" not in entries[0].detail  # counts, never content


def test_import_from_zip_in_subfolder(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for f in PACKAGE.iterdir():
            zf.write(f, f"export-2024/{f.name}")
    report = ctx.directory.import_hsds(staff[Role.ADMINISTRATOR], archive)
    assert report.rejected == 0 and report.total("created") == 32


def test_rejects_with_file_line_and_reason(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    pkg = _copy(tmp_path)
    services = _read(pkg / "services.csv")
    header = services[0]
    blank = dict.fromkeys(header, "")

    def row(**values: str) -> list[str]:
        return [{**blank, **values}[h] for h in header]

    services += [
        row(id="", organization_id=O1, name="No id", status="active"),
        row(
            id="b0000000-0000-4000-8000-000000000010",
            organization_id="a0000000-0000-4000-8000-00000000dead",
            name="Orphan",
            status="active",
        ),
        row(
            id="b0000000-0000-4000-8000-000000000011",
            organization_id=O1,
            name="Bad status",
            status="open",
        ),
        row(
            id="b0000000-0000-4000-8000-000000000012",
            organization_id=O1,
            name="Bad age",
            status="active",
            minimum_age="twelve",
        ),
        row(id="not-a-uuid", organization_id=O1, name="Legacy id", status="active"),
    ]
    _rewrite(pkg / "services.csv", services)
    sal = _read(pkg / "service_at_location.csv")
    sal.append(
        [
            "d0000000-0000-4000-8000-000000000009",
            "b0000000-0000-4000-8000-000000000011",
            "c0000000-0000-4000-8000-000000000001",
            "",
        ]
    )
    _rewrite(pkg / "service_at_location.csv", sal)

    report = ctx.directory.import_hsds(staff[Role.ADMINISTRATOR], pkg)
    rejected = {
        (i.file, i.line): i.reason for i in report.issues if i.severity is IssueSeverity.REJECTED
    }
    assert rejected[("services.csv", 7)] == "the id is missing"
    assert (
        "organization_id" in rejected[("services.csv", 8)]
        and "must exist" in rejected[("services.csv", 8)]
    )
    assert "status 'open' is not one of" in rejected[("services.csv", 9)]
    assert "minimum_age 'twelve' is not a number" in rejected[("services.csv", 10)]
    assert "not a UUID" in rejected[("services.csv", 11)]
    assert "was rejected" in rejected[("service_at_location.csv", 6)]
    assert report.rejected == 6
    # The accepted rows were applied.
    names = {h.name for h in ctx.directory.search(staff[Role.COUNSELOR], DirectoryQuery())}
    assert "Mobile Crisis Team" in names and "Bad status" not in names


def test_failure_mid_apply_leaves_nothing(
    ctx: AppContext, staff: dict[Role, SignedInUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = hsds_import._apply_table
    calls = 0

    def failing(session, table):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("disk on fire")
        return real(session, table)

    monkeypatch.setattr(hsds_import, "_apply_table", failing)
    with pytest.raises(RuntimeError):
        ctx.directory.import_hsds(staff[Role.ADMINISTRATOR], PACKAGE)
    monkeypatch.undo()
    assert all(not rows for rows in _snapshot(ctx).values())


def test_cancel_changes_nothing(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    seen: list[str] = []
    with pytest.raises(ImportCancelledError):
        ctx.directory.import_hsds(
            staff[Role.ADMINISTRATOR],
            PACKAGE,
            progress=lambda _d, _t, s: seen.append(s),
            cancelled=lambda: any(s.startswith("saving service") for s in seen),
        )
    assert all(not rows for rows in _snapshot(ctx).values())


def test_reimport_is_idempotent_and_deactivates(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    ctx.directory.import_hsds(admin, PACKAGE)
    first = _snapshot(ctx)
    again = ctx.directory.import_hsds(admin, PACKAGE)
    assert again.total("created") == again.total("updated") == again.total("deactivated") == 0
    assert _snapshot(ctx) == first  # not even a version counter moved

    pkg = _copy(tmp_path)
    services = _read(pkg / "services.csv")
    services = [r for r in services if r[0] != S2]
    services[1][2] = "Mobile Crisis Team (24/7)"
    _rewrite(pkg / "services.csv", services)
    report = ctx.directory.import_hsds(admin, pkg)
    counts = {t.table: t for t in report.tables}
    assert counts["service"].updated == 1 and counts["service"].deactivated == 1
    with UnitOfWork(ctx.database, write=False) as uow:
        gone = uow.session.get(Service, S2)
        assert gone is not None and gone.active is False
    counselor = staff[Role.COUNSELOR]
    assert not ctx.directory.search(counselor, DirectoryQuery(text="zoe warmline"))
    assert [h.name for h in ctx.directory.search(counselor, DirectoryQuery(text="24 7"))] == [
        "Mobile Crisis Team (24/7)"
    ]
    inactive = ctx.directory.search(counselor, DirectoryQuery(text="warmline", active_only=False))
    assert [h.active for h in inactive] == [False]


def test_import_needs_directory_manage(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    with pytest.raises(PermissionDeniedError):
        ctx.directory.import_hsds(staff[Role.SUPERVISOR], PACKAGE)


def test_tolerates_missing_optional_files(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    ctx.directory.import_hsds(admin, PACKAGE)
    pkg = tmp_path / "only"
    pkg.mkdir()
    for name in ("organizations.csv", "services.csv"):
        shutil.copy(PACKAGE / name, pkg / name)
    report = ctx.directory.import_hsds(admin, pkg)
    assert report.rejected == 0 and report.total("deactivated") == 0
    assert "phones.csv" in report.missing_files
    hits = ctx.directory.search(staff[Role.COUNSELOR], DirectoryQuery(text="mobile crisis"))
    assert hits[0].phone == '"+1 314 555 0100"'  # phones were left as they were


def test_export_validates_and_round_trips(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    frictionless = pytest.importorskip("frictionless", reason="the test extra installs it")
    admin = staff[Role.ADMINISTRATOR]
    ctx.directory.import_hsds(admin, PACKAGE)
    before = _snapshot(ctx)
    out = tmp_path / "export"
    report = ctx.directory.export_hsds(admin, out)
    assert report.rows["service"] == 4
    result = frictionless.validate(str(out / "datapackage.json"))
    assert result.valid, result.flatten(["rowNumber", "fieldName", "message"])
    assert _read(out / "services.csv")[0][:4] == ["id", "organization_id", "program_id", "name"]
    again = ctx.directory.import_hsds(admin, out)
    assert again.rejected == 0
    assert again.total("updated") == again.total("created") == again.total("deactivated") == 0
    assert _snapshot(ctx) == before
