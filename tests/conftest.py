"""Test isolation and shared fixtures.

* Every test runs with its own XDG folders and an in-memory keyring: no test touches the real
  user folders or the real keyring.
* ``db_url`` runs a test on SQLite and on PostgreSQL. PostgreSQL tests use a fresh schema on the
  server at 127.0.0.1:5432 (override with COUNSELOR_TEST_PG_URL). When CI=true the server is
  required: an unreachable server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

# Isolate before anything imports platformdirs, Qt or keyring.
_ISOLATED = Path(tempfile.mkdtemp(prefix="counselor-tests-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_ISOLATED / _var.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("LANG", "en_US.UTF-8")

import keyring  # noqa: E402
import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from counselor_app.app import AppContext, build_context, prepare_schema  # noqa: E402
from counselor_app.config import Settings  # noqa: E402
from counselor_app.domain.accounts import Role, SignedInUser  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

PG_URL = os.environ.get(
    "COUNSELOR_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
PG_REQUIRED = os.environ.get("CI", "").lower() == "true"

ADMIN_PASSWORD = "quiet harbor lantern seventeen"
COUNSELOR_PASSWORD = "maple sparrow under blue sky"
PEER_PASSWORD = "orange canoe drifting slowly"
SUPERVISOR_PASSWORD = "granite meadow whistle tonight"

FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
"""Argon2id with small parameters: the same code path, a fraction of the time per test."""


def _pg_available() -> str | None:
    try:
        engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return f"{type(exc).__name__}: {exc}".splitlines()[0]
    return None


_PG_PROBLEM: str | None = None
_PG_CHECKED = False


def require_postgres() -> None:
    """Skip (on a laptop) or fail (in CI) when PostgreSQL is not reachable."""
    global _PG_PROBLEM, _PG_CHECKED
    if not _PG_CHECKED:
        _PG_PROBLEM = _pg_available()
        _PG_CHECKED = True
    if _PG_PROBLEM is None:
        return
    message = f"PostgreSQL at {PG_URL} is not reachable ({_PG_PROBLEM})"
    if PG_REQUIRED:
        pytest.fail(f"{message}; CI=true requires it.", pytrace=False)
    pytest.skip(f"{message}; PostgreSQL tests skipped on this machine.")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring for every test, installed as keyring's default."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _pg_schema_url(schema: str) -> str:
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """URL of an empty PostgreSQL schema of its own, dropped afterwards."""
    require_postgres()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """URL of a new SQLite file."""
    return f"sqlite:///{tmp_path / 'counselor.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on both engines."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'counselor.db'}"
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def ctx(db_url: str, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """Services on an upgraded, empty database (both engines)."""
    context = build_context(
        db_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    prepare_schema(context)
    yield context
    context.close()


@pytest.fixture
def sqlite_ctx(sqlite_url: str, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """Services on an upgraded, empty SQLite database (for tests that need only one engine)."""
    context = build_context(
        sqlite_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    prepare_schema(context)
    yield context
    context.close()


def make_staff(context: AppContext) -> dict[Role, SignedInUser]:
    """An administrator plus one account of every other role, each signed in."""
    context.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    admin = context.auth.sign_in("admin", ADMIN_PASSWORD)
    users = {Role.ADMINISTRATOR: admin}
    for role, name, display, password in (
        (Role.COUNSELOR, "casey", "Casey Counselor", COUNSELOR_PASSWORD),
        (Role.PEER_SPECIALIST, "pat", "Pat Peer", PEER_PASSWORD),
        (Role.SUPERVISOR, "sam", "Sam Supervisor", SUPERVISOR_PASSWORD),
    ):
        context.accounts.add_account(admin, name, display, role, password)
        users[role] = context.auth.sign_in(name, password)
    return users


@pytest.fixture
def staff(ctx: AppContext) -> dict[Role, SignedInUser]:
    """Signed-in users of every role on ``ctx``."""
    return make_staff(ctx)
