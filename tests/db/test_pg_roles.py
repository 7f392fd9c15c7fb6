"""Least-privilege database roles (``counselor-app db roles``) on a private cluster.

Roles are cluster-wide, so these tests never run on the shared server: a throw-away cluster gets
a schema owner (``counselor_owner``, owner of database ``counselor``), the schema, the staff
accounts, and then the groups and the workstation login made by the command.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import DBAPIError

from counselor_app import cli
from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.db import roles
from counselor_app.db.base import Base
from counselor_app.db.models import StaffAccount
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role
from counselor_app.domain.directory import OrganizationEdit
from counselor_app.domain.errors import ConfigurationError, PermissionDeniedError
from counselor_app.domain.follow_ups import AttemptResult
from counselor_app.domain.handoff import Recipient
from tests.conftest import (
    ADMIN_PASSWORD,
    COUNSELOR_PASSWORD,
    FAST_HASHER,
    PEER_PASSWORD,
    SUPERVISOR_PASSWORD,
    make_staff,
)
from tests.support.follow_ups import scheduled
from tests.support.keyrings import MemoryKeyring
from tests.support.pg_cluster import ThrowawayCluster
from tests.support.pg_hardening import new_cluster

pytestmark = pytest.mark.postgres

OWNER = "counselor_owner"
LOGIN = "counselor_ws"
LOGIN_PASSWORD = "workstation login passphrase"
GROUPS = {
    "signed_out": "counselor_desk_signed_out",
    Role.COUNSELOR: "counselor_desk_counselor",
    Role.PEER_SPECIALIST: "counselor_desk_peer_specialist",
    Role.SUPERVISOR: "counselor_desk_supervisor",
    Role.ADMINISTRATOR: "counselor_desk_administrator",
}


@dataclass
class Center:
    """The private cluster, its URLs and the keyring the center's workstations share."""

    cluster: ThrowawayCluster
    keyring: MemoryKeyring
    owner_url: str
    login_url: str
    command_output: str

    def context(self, url: str) -> AppContext:
        """Services on ``url`` with the center's keys."""
        return build_context(
            url, settings=Settings(), keyring_backend=self.keyring, password_hasher=FAST_HASHER
        )


@pytest.fixture(scope="module")
def center(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Center]:
    """A schema owned by OWNER with four staff accounts, then ``db roles`` run as the owner."""
    cluster = new_cluster(tmp_path_factory.mktemp("pg-roles"))
    cluster.start()
    try:
        # As in the administrator guide: the owner owns the database and its public schema.
        cluster.psql(f"CREATE ROLE {OWNER} LOGIN")
        cluster.psql(f"CREATE DATABASE counselor OWNER {OWNER}")
        cluster.psql("REVOKE ALL ON DATABASE counselor FROM PUBLIC", database="counselor")
        cluster.psql(f"ALTER SCHEMA public OWNER TO {OWNER}", database="counselor")
        cluster.psql("REVOKE ALL ON SCHEMA public FROM PUBLIC", database="counselor")
        keyring = MemoryKeyring()
        owner_url = cluster.url("counselor", user=OWNER)
        center = Center(cluster, keyring, owner_url, cluster.url("counselor", user=LOGIN), "")
        owner = center.context(owner_url)
        try:
            prepare_schema(owner)
            for user in make_staff(owner).values():
                owner.auth.sign_out(user)
        finally:
            owner.close()
        out, err = io.StringIO(), io.StringIO()
        superuser_url = cluster.url("counselor")
        code = cli.main(
            ["--database", superuser_url, "db", "roles", LOGIN, "--password-stdin"],
            stdin=io.StringIO(LOGIN_PASSWORD + "\n"),
            stdout=out,
            stderr=err,
            context_factory=center.context,
        )
        assert code == cli.EXIT_OK, err.getvalue()
        center.command_output = out.getvalue()
        yield center
    finally:
        cluster.destroy()


def _as(center: Center, group: str | None, statement: str) -> None:
    """Run ``statement`` as the workstation login, acting as ``group`` (None: as itself)."""
    engine = create_engine(center.login_url)
    try:
        with engine.connect() as conn:  # rolled back: nothing a test tries is kept
            if group is not None:
                conn.execute(text(f'SET LOCAL ROLE "{group}"'))
            conn.execute(text(statement))
            conn.rollback()
    finally:
        engine.dispose()


def _refused(center: Center, group: str | None, statement: str) -> None:
    with pytest.raises(DBAPIError) as caught:
        _as(center, group, statement)
    message = str(caught.value.orig)
    assert "permission denied" in message or "must be owner" in message, message


def test_the_command_reports_what_it_made(center: Center) -> None:
    assert f"login '{LOGIN}' created, with a new password" in center.command_output
    assert GROUPS[Role.COUNSELOR] in center.command_output
    assert LOGIN_PASSWORD not in center.command_output
    stored = center.cluster.psql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{LOGIN}'")
    assert stored.startswith("SCRAM-SHA-256$4096:") and LOGIN_PASSWORD not in stored
    attributes = center.cluster.psql(
        f"SELECT rolcanlogin, rolinherit, rolcreaterole, rolcreatedb, rolsuper "
        f"FROM pg_roles WHERE rolname = '{LOGIN}'"
    )
    assert attributes.strip() == "t|f|f|f|f"


def test_running_it_again_updates_without_changing_the_password(center: Center) -> None:
    before = center.cluster.psql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{LOGIN}'")
    superuser = center.context(center.cluster.url("counselor"))
    try:
        report = roles.apply_roles(
            superuser.database, LOGIN, password=None, prefix="counselor_desk"
        )
    finally:
        superuser.close()
    assert not report.login_created and not report.password_set
    after = center.cluster.psql(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{LOGIN}'")
    assert after == before


def test_an_owner_without_createrole_is_told_what_to_do(center: Center) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["--database", center.owner_url, "db", "roles", "another_ws", "--password-stdin"],
        stdin=io.StringIO(LOGIN_PASSWORD + "\n"),
        stdout=out,
        stderr=err,
        context_factory=center.context,
    )
    assert code == cli.EXIT_ERROR
    assert "may not create roles" in err.getvalue() and "superuser" in err.getvalue()
    assert LOGIN_PASSWORD not in err.getvalue() and "SCRAM" not in err.getvalue()


def test_the_command_refuses_sqlite_and_bad_names(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    url = f"sqlite:///{tmp_path / 'c.db'}"
    code = cli.main(
        ["--database", url, "db", "roles", LOGIN, "--password-stdin"],
        stdin=io.StringIO(LOGIN_PASSWORD + "\n"),
        stdout=out,
        stderr=err,
    )
    assert code == cli.EXIT_ERROR and "only on PostgreSQL" in err.getvalue()
    code = cli.main(
        ["--database", url, "db", "roles", 'ws"; DROP', "--keep-password"],
        stdout=out,
        stderr=err,
    )
    assert code == cli.EXIT_ERROR and "cannot be used as the workstation login" in err.getvalue()
    with pytest.raises(ConfigurationError, match="cannot be used"):
        roles.check_role_name("Robert'); DROP TABLE calls;--", "login")


@pytest.mark.parametrize("group", [None, *GROUPS.values()])
def test_no_role_can_change_the_schema(center: Center, group: str | None) -> None:
    for statement in (
        "CREATE TABLE public.stolen (x int)",
        "DROP TABLE public.calls",
        "ALTER TABLE public.calls ADD COLUMN stray text",
        "ALTER TABLE public.audit_events DISABLE TRIGGER USER",
        "DROP TRIGGER audit_events_append_only ON public.audit_events",
        "TRUNCATE public.audit_events",
        "TRUNCATE public.calls",
        "TRUNCATE public.disclosures",
        "CREATE SCHEMA stolen",
        f"ALTER ROLE {LOGIN} CREATEROLE",
        "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    ):
        _refused(center, group, statement)


@pytest.mark.parametrize("group", GROUPS.values())
def test_no_role_can_rewrite_the_logs_or_delete_kept_records(center: Center, group: str) -> None:
    for statement in (
        "UPDATE audit_events SET detail = 'x'",
        "DELETE FROM audit_events",
        "UPDATE disclosures SET recipient_name = 'x'",
        "DELETE FROM disclosures",
        "DELETE FROM calls",
        "DELETE FROM follow_ups",
        "DELETE FROM follow_up_attempts",
        "DELETE FROM staff_accounts",
        "DELETE FROM staff_sessions",
    ):
        _refused(center, group, statement)


def test_the_login_alone_can_do_nothing(center: Center) -> None:
    for statement in (
        "SELECT count(*) FROM public.calls",
        "SELECT count(*) FROM public.staff_accounts",
        "INSERT INTO public.audit_events (event_id) VALUES (gen_random_uuid())",
    ):
        _refused(center, None, statement)


def test_each_role_is_limited_to_its_own_work(center: Center) -> None:
    signed_out = GROUPS["signed_out"]
    counselor, peer = GROUPS[Role.COUNSELOR], GROUPS[Role.PEER_SPECIALIST]
    supervisor, admin = GROUPS[Role.SUPERVISOR], GROUPS[Role.ADMINISTRATOR]
    # Before anyone signs in: accounts and the audit trail, nothing of the calls.
    _as(center, signed_out, "SELECT count(*) FROM staff_accounts")
    _refused(center, signed_out, "SELECT count(*) FROM calls")
    _refused(center, signed_out, "SELECT count(*) FROM organizations")
    _refused(center, signed_out, "INSERT INTO staff_accounts (username) VALUES ('x')")
    _refused(center, signed_out, "UPDATE staff_accounts SET role = 'administrator'")
    _refused(center, signed_out, "UPDATE staff_accounts SET active = true")
    _as(center, signed_out, "UPDATE staff_accounts SET failed_sign_ins = 0")
    # Counselors take calls: no accounts, no directory changes, no follow-up attempts.
    _refused(center, counselor, "INSERT INTO staff_accounts (username) VALUES ('x')")
    _refused(center, counselor, "UPDATE staff_accounts SET role = 'administrator'")
    _refused(center, counselor, "UPDATE organizations SET name = 'x'")
    _refused(center, counselor, "UPDATE center_settings SET value = 'x'")
    _refused(center, counselor, "INSERT INTO follow_up_attempts (id) VALUES (gen_random_uuid())")
    # Peer specialists work follow-ups: they cannot write calls (only lock them).
    _refused(center, peer, "INSERT INTO calls (id) VALUES (gen_random_uuid())")
    _refused(center, peer, "UPDATE calls SET narrative = 'x'")
    _refused(center, peer, "DELETE FROM risk_assessments")
    _refused(center, peer, "UPDATE organizations SET name = 'x'")
    # Supervisors: calls and follow-ups, not accounts or the directory.
    _refused(center, supervisor, "UPDATE staff_accounts SET role = 'administrator'")
    _refused(center, supervisor, "DELETE FROM organizations")
    # Administrators: accounts, settings and directory; never a call's content.
    _refused(center, admin, "INSERT INTO calls (id) VALUES (gen_random_uuid())")
    _refused(center, admin, "UPDATE calls SET narrative = 'x'")
    _refused(center, admin, "DELETE FROM risk_assessments")
    _refused(center, admin, "INSERT INTO disclosures (id) VALUES (gen_random_uuid())")
    _refused(center, admin, "INSERT INTO follow_up_attempts (id) VALUES (gen_random_uuid())")


def test_the_grant_table_never_deletes_kept_records() -> None:
    for role, grants in roles.GRANTS.items():
        for table in roles.NEVER_DELETED:
            assert "DELETE" not in grants.get(table, ()), (role, table)
        for table in roles.LOG_TABLES:
            assert set(grants.get(table, ())) <= {"SELECT", "INSERT"}, (role, table)
        assert not any("TRUNCATE" in p for p in grants.values() for p in p)
    assert set(roles.SIGNED_OUT_GRANTS["audit_events"]) == {"SELECT", "INSERT"}


def test_every_table_has_its_rights_decided() -> None:
    """A new table must be placed in the grant table (else workstations cannot use it)."""
    decided = set(roles.SIGNED_OUT_GRANTS).union(*(set(g) for g in roles.GRANTS.values()))
    assert {*Base.metadata.tables, "alembic_version", "service_search"} <= decided


def test_db_upgrade_sets_the_rights_again(center: Center) -> None:
    counselor = GROUPS[Role.COUNSELOR]
    check = f"SELECT has_table_privilege('{counselor}', 'calls', 'INSERT')"
    center.cluster.psql(f'REVOKE INSERT ON calls FROM "{counselor}"', database="counselor")
    assert center.cluster.psql(check, database="counselor").strip() == "f"
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(
        ["--database", center.owner_url, "db", "upgrade"],
        stdout=out,
        stderr=err,
        context_factory=center.context,
    )
    assert code == cli.EXIT_OK, err.getvalue()
    assert "counselor_desk_* database roles" in out.getvalue()
    assert center.cluster.psql(check, database="counselor").strip() == "t"
    # The workstation login cannot upgrade or regrant: it is told to use the owner's address.
    code = cli.main(
        ["--database", center.login_url, "db", "upgrade"],
        stdout=out,
        stderr=err,
        context_factory=center.context,
    )
    assert code == cli.EXIT_ERROR
    assert f"not to '{LOGIN}'" in err.getvalue() and "schema owner" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_the_application_works_through_the_workstation_login(center: Center) -> None:
    ctx = center.context(center.login_url)
    try:
        prepare_schema(ctx)  # reads the revision as the signed-out group
        audit_before = ctx.audit.count(ctx.database)
        with UnitOfWork(ctx.database, write=False) as uow:
            assert uow.session.scalar(text("SELECT current_user")) == GROUPS["signed_out"]

        casey = ctx.auth.sign_in("casey", COUNSELOR_PASSWORD)
        with UnitOfWork(ctx.database, write=False) as uow:
            assert uow.session.scalar(text("SELECT current_user")) == GROUPS[Role.COUNSELOR]
            assert uow.session.scalar(text("SELECT session_user")) == LOGIN
        call, follow_up_ids = scheduled(ctx, casey)
        assert ctx.intake.load(casey, call.id).caller.name == call.caller.name
        ctx.handoffs.build(casey, call.id, Recipient.MOBILE_TEAM, purpose="dispatch")
        # A bug that skipped the service's permission check is still stopped by the database.
        with pytest.raises(PermissionDeniedError, match="refused"), UnitOfWork(ctx.database) as uow:
            uow.session.get_one(StaffAccount, casey.id).role = Role.ADMINISTRATOR
            uow.commit()
        ctx.auth.sign_out(casey)

        pat = ctx.auth.sign_in("pat", PEER_PASSWORD)
        ctx.follow_ups.claim(pat, follow_up_ids[0])
        ctx.follow_ups.record_attempt(pat, follow_up_ids[0], AttemptResult.NO_ANSWER)
        ctx.auth.sign_out(pat)

        sam = ctx.auth.sign_in("sam", SUPERVISOR_PASSWORD)
        stored = ctx.intake.load(sam, call.id)
        ctx.intake.sign(sam, call.id, stored.version)
        ctx.auth.sign_out(sam)

        admin = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
        ctx.accounts.add_account(admin, "robin", "Robin Roe", Role.COUNSELOR, COUNSELOR_PASSWORD)
        ctx.directory.save_organization(admin, OrganizationEdit(name="North County Crisis"))
        ctx.auth.sign_out(admin)

        with UnitOfWork(ctx.database, write=False) as uow:
            assert uow.session.scalar(text("SELECT current_user")) == GROUPS["signed_out"]
            names = set(uow.session.scalars(select(StaffAccount.username)))
        assert "robin" in names
        assert ctx.audit.count(ctx.database) > audit_before + 8
        assert ctx.audit.verify(ctx.database).intact
    finally:
        ctx.close()
