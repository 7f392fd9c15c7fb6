"""Bulk Core UPDATEs check the version too (SQLAlchemy's version counter does not cover them).

The HSDS import updates and deactivates directory rows in bulk. A row changed by someone else
between the import's read and its UPDATE must make the import a conflict, not be overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from counselor_app.app import AppContext
from counselor_app.db.models import Service
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.errors import ConflictError
from tests.services.test_directory_import import PACKAGE, _copy, _read, _rewrite


def _change_behind_the_import(ctx: AppContext, service_id: str, table: str) -> Any:
    """Before the import's first bulk UPDATE of ``table``, bump one row's version (a rival edit)."""
    marker = "?" if ctx.database.is_sqlite else "%s"
    done = [False]

    def before(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
        if done[0] or not statement.lstrip().upper().startswith(f"UPDATE {table.upper()}"):
            return
        done[0] = True
        cursor.execute(
            f"UPDATE {table} SET version = version + 1 WHERE id = {marker}", (service_id,)
        )

    event.listen(ctx.database.engine, "before_cursor_execute", before)
    return before


@pytest.mark.parametrize("what", ["update", "deactivate"])
def test_a_bulk_update_meeting_a_newer_version_is_a_conflict(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path, what: str
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    ctx.directory.import_hsds(admin, PACKAGE)
    pkg = _copy(tmp_path)
    services = _read(pkg / "services.csv")
    target = services[1][0]
    if what == "update":
        services[1][2] = "Renamed by the import"
    else:
        services = [r for r in services if r[0] != target]
    _rewrite(pkg / "services.csv", services)
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(Service, target)
        assert row is not None
        before_name, before_version = row.name, row.version

    hook = _change_behind_the_import(ctx, target, "services")
    try:
        with pytest.raises(ConflictError, match="changed the directory"):
            ctx.directory.import_hsds(admin, pkg)
    finally:
        event.remove(ctx.database.engine, "before_cursor_execute", hook)
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(Service, target)
        assert row is not None
        assert (row.name, row.version, row.active) == (before_name, before_version, True)

    report = ctx.directory.import_hsds(admin, pkg)  # run again: it starts from the current rows
    counts = {t.table: t for t in report.tables}
    assert (counts["service"].updated or counts["service"].deactivated) == 1
