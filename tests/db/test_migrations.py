from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from counselor_app.db import migrate
from counselor_app.db.base import Base
from counselor_app.db.engine import Database
from counselor_app.db.models import CenterSetting, StaffAccount
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role
from counselor_app.domain.errors import ConfigurationError, ConflictError, DatabaseUnavailableError


def test_upgrade_empty_database_to_head_and_models_match(db_url: str) -> None:
    database = Database(db_url)
    assert migrate.current_revision(database) is None
    migrate.upgrade(database)
    assert migrate.current_revision(database) == migrate.head_revision()
    assert not migrate.needs_upgrade(database)
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    # Autogenerate finds nothing to change: the migrations create exactly the models.
    assert migrate.schema_differences(database) == []
    # Upgrading again is a no-op.
    migrate.upgrade(database)
    with UnitOfWork(database, write=False) as uow:
        db_id = uow.session.get(CenterSetting, "database_id")
        assert db_id is not None
        uuid.UUID(db_id.value)
    database.dispose()


def test_schema_difference_is_detected(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    migrate.upgrade(database)
    with database.engine.begin() as conn:
        conn.execute(text("ALTER TABLE calls ADD COLUMN stray TEXT"))
    assert migrate.schema_differences(database) != []


def test_sqlite_pragmas(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_sqlite_write_transactions_begin_immediate(tmp_path: Path) -> None:
    path = tmp_path / "lock.db"
    database = Database(f"sqlite:///{path}")
    migrate.upgrade(database)
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with UnitOfWork(database) as uow:
        uow.session.execute(text("SELECT 1"))  # the transaction has begun, nothing written yet
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the unit of work ended
    other.execute("ROLLBACK")
    with UnitOfWork(database, write=False) as uow:
        uow.session.execute(text("SELECT 1"))
        other.execute("BEGIN IMMEDIATE")  # readers do not take the write lock
        other.execute("ROLLBACK")
    other.close()


def _account(name: str = "riley") -> StaffAccount:
    return StaffAccount(
        id=uuid.uuid4(),
        username=name,
        display_name=name.title(),
        role=Role.COUNSELOR,
        password_hash="x",
    )


def test_uow_rolls_back_unless_committed(db_url: str) -> None:
    database = Database(db_url)
    migrate.upgrade(database)
    with UnitOfWork(database) as uow:
        uow.session.add(_account())
        uow.flush()
    with UnitOfWork(database, write=False) as uow:
        assert uow.session.scalars(select(StaffAccount)).all() == []
    with pytest.raises(RuntimeError), UnitOfWork(database) as uow:
        uow.session.add(_account())
        uow.commit()
        uow.session.add(_account("second"))
        raise RuntimeError("boom")
    with UnitOfWork(database, write=False) as uow:
        assert [a.username for a in uow.session.scalars(select(StaffAccount))] == ["riley"]
    database.dispose()


def test_version_column_detects_stale_writes(db_url: str) -> None:
    database = Database(db_url)
    migrate.upgrade(database)
    row = _account()
    with UnitOfWork(database) as uow:
        uow.session.add(row)
        uow.commit()
    with UnitOfWork(database) as first, UnitOfWork(database, write=False) as reader:
        mine = reader.session.get(StaffAccount, row.id)
        assert mine is not None and mine.version == 1
        theirs = first.session.get(StaffAccount, row.id)
        assert theirs is not None
        theirs.display_name = "Changed by someone else"
        first.commit()
    with pytest.raises(ConflictError, match="Nothing was overwritten"), UnitOfWork(database) as uow:
        stale = uow.session.merge(mine, load=False)
        stale.display_name = "My change"
        uow.commit()
    with UnitOfWork(database, write=False) as uow:
        current = uow.session.get(StaffAccount, row.id)
        assert current is not None
        assert current.display_name == "Changed by someone else"
        assert current.version == 2
    database.dispose()


def test_timestamps_are_aware_utc(db_url: str) -> None:
    database = Database(db_url)
    migrate.upgrade(database)
    row = _account()
    local = datetime(2026, 3, 8, 1, 30, tzinfo=UTC).astimezone(
        __import__("zoneinfo").ZoneInfo("America/Chicago")
    )
    row.last_sign_in_at = local
    with UnitOfWork(database) as uow:
        uow.session.add(row)
        uow.commit()
    with UnitOfWork(database, write=False) as uow:
        loaded = uow.session.get(StaffAccount, row.id)
        assert loaded is not None and loaded.last_sign_in_at is not None
        assert loaded.last_sign_in_at.utcoffset() == timedelta(0)
        assert loaded.last_sign_in_at == local
        assert loaded.created_at.tzinfo is not None
    database.dispose()


def test_naive_datetimes_are_refused(sqlite_url: str) -> None:
    database = Database(sqlite_url)
    migrate.upgrade(database)
    row = _account()
    row.last_sign_in_at = datetime(2026, 1, 1, 12, 0)  # noqa: DTZ001 - the point of the test
    with pytest.raises(Exception, match="naive datetime"), UnitOfWork(database) as uow:
        uow.session.add(row)
        uow.commit()


def test_unsupported_and_malformed_urls_are_explained() -> None:
    with pytest.raises(ConfigurationError, match="not supported"):
        Database("mysql://root@localhost/test")
    with pytest.raises(ConfigurationError, match="not a valid URL"):
        Database("definitely not a url")


def test_unreachable_postgresql_is_a_calm_error() -> None:
    database = Database("postgresql://nobody@127.0.0.1:1/nothing")
    with pytest.raises(DatabaseUnavailableError, match="cannot be reached") as info:
        database.ping()
    assert "nobody" not in str(info.value)


def test_database_location_never_shows_password() -> None:
    database = Database("postgresql://app:s3cret-pass@db.example.org:5433/crisis")
    assert database.location == "db.example.org:5433/crisis"
    assert "s3cret" not in database.location


def test_revision_list_matches_the_scripts() -> None:
    # The start-up check reads REVISIONS instead of importing alembic; it must not drift.
    assert migrate.script_revisions() == list(migrate.REVISIONS)


@pytest.mark.postgres
def test_unknown_database_is_explained() -> None:
    from tests.conftest import PG_URL, require_postgres

    require_postgres()
    database = Database(PG_URL.rsplit("/", 1)[0] + "/no_such_database_here")
    with pytest.raises(DatabaseUnavailableError, match="does not exist"):
        database.ping()
