"""Least-privilege PostgreSQL roles for a shared database (``counselor-app db roles``).

Roles made here, for a prefix ``P`` (default ``counselor_desk``):

* ``P_signed_out`` — what a workstation needs before anyone signs in: read accounts, record
  sign-ins (session rows, failure counters), append to the audit trail.
* ``P_counselor``, ``P_peer_specialist``, ``P_supervisor``, ``P_administrator`` — one group per
  application role, each a member of ``P_signed_out``, each allowed only the changes that role
  makes in the application (``GRANTS``).
* a workstation login (its name chosen by the administrator): ``LOGIN NOINHERIT``, a member of
  all five groups. With NOINHERIT it holds no right of its own: the application begins every
  transaction with ``SET LOCAL ROLE`` to the group of the person signed in (``db.engine``).

No group ever gets DDL (tables belong to the schema owner), TRUNCATE, REFERENCES, TRIGGER,
UPDATE or DELETE on the audit trail and the disclosure log, or DELETE on records that are kept
for good (calls, follow-ups and their attempts, accounts, sessions, settings).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from counselor_app.db import migrate
from counselor_app.db.engine import (
    ROLE_COMMENT_PREFIX,
    SIGNED_OUT_ROLE_KEY,
    Database,
    unavailable,
)
from counselor_app.domain.accounts import Role
from counselor_app.domain.errors import ConfigurationError, msg

DEFAULT_PREFIX = "counselor_desk"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,40}$")

SEL, INS, UPD, DEL = "SELECT", "INSERT", "UPDATE", "DELETE"
LOCK_ONLY = "UPDATE (version)"
"""Row locks (``FOR UPDATE``/``FOR KEY SHARE``) need an UPDATE right on one column. The version
column is the one given where a role only locks rows: bumping it can only make the next editor
see a conflict prompt, never lose data."""

CALL_TABLES = (
    "calls",
    "call_concerns",
    "risk_assessments",
    "imminent_risk_steps",
    "checklist_templates",
    "checklist_runs",
    "checklist_items",
    "safety_plans",
    "referrals",
)
FOLLOW_UP_TABLES = ("follow_ups", "follow_up_attempts")
DIRECTORY_TABLES = (
    "organizations",
    "services",
    "locations",
    "service_at_locations",
    "addresses",
    "phones",
    "schedules",
    "languages",
    "taxonomies",
    "taxonomy_terms",
    "attributes",
    "service_search",
)
LOG_TABLES = ("audit_events", "disclosures")
ACCOUNT_TABLES = ("staff_accounts", "staff_sessions", "center_settings")

SIGN_IN_UPDATE = (
    "UPDATE (failed_sign_ins, last_failed_at, locked_until, last_sign_in_at, password_hash, "
    "password_changed_at, must_change_password, totp_secret, totp_last_step, updated_at, "
    "version)"
)
"""What signing in changes on an account (failure counters, lock-out, last sign-in, a rehash,
one's own new password, one's own second factor and its last accepted code); never its role,
name or whether it is active."""

SIGNED_OUT_GRANTS: dict[str, tuple[str, ...]] = {
    "alembic_version": (SEL,),
    "center_settings": (SEL,),
    "staff_accounts": (SEL, SIGN_IN_UPDATE),
    "staff_sessions": (SEL, INS, UPD),
    "audit_events": (SEL, INS),
    "data_keys": (SEL,),  # unlocked before sign-in; only the schema owner adds or rotates keys
}
"""Rights while nobody is signed in; every group below has them too."""

_READ_ALL = dict.fromkeys(
    (*CALL_TABLES, *FOLLOW_UP_TABLES, *DIRECTORY_TABLES, *LOG_TABLES, "break_glass_grants"), (SEL,)
)

# What one call's intake writes: the call, and the parts of it a save replaces (a screener
# cleared, a concern, checklist, safety plan or referral removed from the record).
_TAKE_CALLS: dict[str, tuple[str, ...]] = {
    "calls": (SEL, INS, UPD),
    "call_concerns": (SEL, INS, UPD, DEL),
    "risk_assessments": (SEL, INS, UPD, DEL),
    "imminent_risk_steps": (SEL, INS, UPD, DEL),
    "checklist_runs": (SEL, INS, UPD, DEL),
    "checklist_items": (SEL, INS, UPD, DEL),
    "safety_plans": (SEL, INS, UPD, DEL),
    "referrals": (SEL, INS, UPD, DEL),
    "follow_ups": (SEL, INS, UPD),  # scheduled from the call when the caller consents
    "services": (SEL, LOCK_ONLY),  # a referral locks the service it points to
    "disclosures": (SEL, INS),  # handoff PDFs
    "break_glass_grants": (SEL, INS),  # a call outside one's own, with a reason
    "applied_operations": (SEL, INS),  # idempotency keys of retried units of work
}
_WORK_FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "calls": (SEL, LOCK_ONLY),  # scheduling locks the call
    "follow_ups": (SEL, INS, UPD),
    "follow_up_attempts": (SEL, INS),
    "disclosures": (SEL, INS),
    "break_glass_grants": (SEL, INS),
    "applied_operations": (SEL, INS),  # idempotency keys of retried units of work
}
_ADMINISTER: dict[str, tuple[str, ...]] = {
    "staff_accounts": (SEL, INS, UPD),
    "center_settings": (SEL, INS, UPD),
    "checklist_templates": (SEL, INS, UPD),
    **dict.fromkeys(DIRECTORY_TABLES, (SEL, INS, UPD, DEL)),
    "applied_operations": (SEL, INS),
}


def _merge(*parts: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for part in parts:
        for table, privileges in part.items():
            merged[table] = tuple(dict.fromkeys((*merged.get(table, ()), *privileges)))
    return merged


GRANTS: dict[Role, dict[str, tuple[str, ...]]] = {
    Role.COUNSELOR: _merge(_READ_ALL, _TAKE_CALLS),
    Role.PEER_SPECIALIST: _merge(_READ_ALL, _WORK_FOLLOW_UPS),
    Role.SUPERVISOR: _merge(_READ_ALL, _TAKE_CALLS, _WORK_FOLLOW_UPS),
    Role.ADMINISTRATOR: _merge(_READ_ALL, _ADMINISTER),
}
"""Rights of each application role's group, on top of ``SIGNED_OUT_GRANTS``."""

NEVER_DELETED = (
    "calls",
    "follow_ups",
    "follow_up_attempts",
    "staff_accounts",
    "staff_sessions",
    "center_settings",
    "checklist_templates",
    "break_glass_grants",
    "data_keys",
    "applied_operations",
    *LOG_TABLES,
)
"""Tables no group may DELETE from (a test checks GRANTS against it)."""


@dataclass(frozen=True)
class RoleNames:
    """The names of the roles for one prefix."""

    prefix: str

    @property
    def signed_out(self) -> str:
        """The group of a workstation where nobody is signed in."""
        return f"{self.prefix}_signed_out"

    def group(self, role: Role) -> str:
        """The group of an application role."""
        return f"{self.prefix}_{role.value}"

    def all_groups(self) -> dict[str, str]:
        """Key (as in the role comments) to group name."""
        return {SIGNED_OUT_ROLE_KEY: self.signed_out} | {r.value: self.group(r) for r in Role}


@dataclass(frozen=True)
class RolesReport:
    """What ``apply_roles`` did."""

    login: str
    login_created: bool
    password_set: bool
    groups: dict[str, str]
    schema: str


def check_role_name(name: str, what: str) -> str:
    """A lower-case SQL identifier (letters, digits, underscores), or a clear refusal."""
    if not _NAME.match(name):
        raise ConfigurationError(
            msg("'{name}' cannot be used as the {what}.", name=name, what=what),
            "Use lower-case letters, digits and underscores, starting with a letter "
            "(at most 41 characters).",
        )
    return name


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 7677).

    Sent instead of the password, so the password itself never reaches the server (nor its
    statement log). The password is NFKC-normalised, as SASLprep does for ordinary text.
    """
    salt = os.urandom(16)
    secret = unicodedata.normalize("NFKC", password).encode("utf-8")
    salted = hashlib.pbkdf2_hmac("sha256", secret, salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def apply_roles(
    database: Database,
    login: str,
    *,
    password: str | None,
    prefix: str = DEFAULT_PREFIX,
) -> RolesReport:
    """Create or update the groups and the workstation ``login``, and set every grant.

    Run as a superuser, or as the schema owner if it has CREATEROLE; the tables must belong to
    the schema owner (``db upgrade``).
    ``password`` None keeps an existing login's password. Runs in one transaction.
    """
    if database.is_sqlite:
        raise ConfigurationError(
            "Database roles exist only on PostgreSQL.",
            "An embedded (SQLite) database is protected by the file's permissions.",
        )
    check_role_name(login, msg("workstation login name"))
    check_role_name(prefix, msg("role prefix"))
    names = RoleNames(prefix)
    if login in names.all_groups().values():
        raise ConfigurationError(
            msg("'{login}' is the name of one of the group roles.", login=login)
        )
    if migrate.needs_upgrade(database):
        raise ConfigurationError(
            "The schema is not at this version's revision.",
            "Run 'counselor-app db upgrade' with the owner's credentials first.",
        )
    try:
        with database.engine.begin() as conn:
            return _apply(conn, names, login, password)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise ConfigurationError(
                "The database user of this address may not create roles or grant rights.",
                "Run 'db roles' with a superuser's address (or give the schema owner "
                "CREATEROLE); see the administrator guide.",
            ) from None
        if isinstance(exc, OperationalError) or exc.connection_invalidated:
            raise unavailable(database, exc) from None
        raise


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _owned_schema(conn: Connection, command: str) -> str:
    """The current schema, after checking that this connection owns its tables."""
    me, login, schema = conn.execute(
        text("SELECT current_user, session_user, current_schema()")
    ).one()
    owner = conn.execute(
        text("SELECT tableowner FROM pg_tables WHERE schemaname = :s AND tablename = 'calls'"),
        {"s": schema},
    ).scalar_one_or_none()
    superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
    if owner != me and not superuser.scalar_one():
        raise ConfigurationError(
            msg(
                "The tables of schema {schema} belong to '{owner}', not to '{login}'.",
                schema=schema,
                owner=owner,
                login=login,
            ),
            msg("Run '{command}' with the credentials of the schema owner.", command=command),
        )
    return str(schema)


def _apply(conn: Connection, names: RoleNames, login: str, password: str | None) -> RolesReport:
    me = conn.execute(text("SELECT current_user")).scalar_one()
    if login == me:
        raise ConfigurationError(
            "The workstation login must not be the schema owner.",
            "Choose another name for the workstation login (for example 'counselor_ws').",
        )
    schema = _owned_schema(conn, "db roles")
    exists = {
        row[0]
        for row in conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": [login, *names.all_groups().values()]},
        )
    }
    for key, group in names.all_groups().items():
        if group not in exists:
            conn.exec_driver_sql(f"CREATE ROLE {_quote(group)} NOLOGIN")
        conn.exec_driver_sql(f"ALTER ROLE {_quote(group)} NOLOGIN INHERIT")
        comment = f"{ROLE_COMMENT_PREFIX}{key}".replace("'", "''")
        conn.exec_driver_sql(f"COMMENT ON ROLE {_quote(group)} IS '{comment}'")
    login_created = login not in exists
    if login_created and password is None:
        raise ConfigurationError(
            msg(
                "The workstation login '{login}' does not exist yet; it needs a password.",
                login=login,
            )
        )
    verb = "CREATE" if login_created else "ALTER"
    secret = f" PASSWORD '{scram_verifier(password)}'" if password is not None else ""
    try:
        conn.exec_driver_sql(f"{verb} ROLE {_quote(login)} LOGIN NOINHERIT{secret}")
    except DBAPIError as exc:
        # The statement holds the password's verifier: keep it out of messages and logs.
        raise DBAPIError(f"{verb} ROLE", None, exc.orig or exc) from None
    conn.exec_driver_sql(
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {_quote(schema)} FROM {_quote(login)}"
    )
    _grant_all(conn, names, schema)
    for role in Role:
        conn.exec_driver_sql(f"GRANT {_quote(names.signed_out)} TO {_quote(names.group(role))}")
    for group in names.all_groups().values():
        conn.exec_driver_sql(f"GRANT {_quote(group)} TO {_quote(login)}")
    # Only when this user may grant it (the database's owner); otherwise PUBLIC's CONNECT holds.
    database_name = conn.execute(text("SELECT current_database()")).scalar_one()
    conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {_quote(database_name)} TO {_quote(login)}")
    return RolesReport(
        login=login,
        login_created=login_created,
        password_set=password is not None,
        groups=names.all_groups(),
        schema=schema,
    )


def _grant_all(conn: Connection, names: RoleNames, schema: str) -> None:
    """Revoke every right of the groups in ``schema``, then grant ``GRANTS`` again."""
    qschema = _quote(schema)
    everyone = [_quote(g) for g in names.all_groups().values()]
    tables = [
        row[0]
        for row in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
        )
    ]
    for grantee in everyone:
        conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA {qschema} FROM {grantee}")
        conn.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {qschema} FROM {grantee}")
        conn.exec_driver_sql(f"REVOKE CREATE ON SCHEMA {qschema} FROM {grantee}")
    signed_out = _quote(names.signed_out)
    conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {qschema} TO {signed_out}")
    conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {qschema} TO {signed_out}")
    _grant(conn, qschema, signed_out, SIGNED_OUT_GRANTS, tables)
    for role, grants in GRANTS.items():
        _grant(conn, qschema, _quote(names.group(role)), grants, tables)


_SIGNED_OUT_GROUPS_SQL = """
SELECT r.rolname FROM pg_roles r
JOIN pg_shdescription d ON d.objoid = r.oid AND d.classoid = 'pg_authid'::regclass
WHERE d.description = :comment
  AND has_table_privilege(r.oid, quote_ident(current_schema()) || '.audit_events', 'INSERT')
"""


def refresh_grants(database: Database) -> list[str]:
    """After a schema upgrade, grant the groups of this schema their rights on new tables.

    Finds the groups ``db roles`` made for this schema (their signed-out group can append to
    its audit trail) and sets their grants again; returns their prefixes (none: nothing done).
    """
    if database.is_sqlite:
        return []
    suffix = "_signed_out"
    try:
        with database.engine.begin() as conn:
            comment = f"{ROLE_COMMENT_PREFIX}{SIGNED_OUT_ROLE_KEY}"
            found = conn.execute(text(_SIGNED_OUT_GROUPS_SQL), {"comment": comment})
            prefixes = [n[: -len(suffix)] for (n,) in found if n.endswith(suffix)]
            if not prefixes:
                return []
            schema = _owned_schema(conn, "db upgrade")
            for prefix in prefixes:
                _grant_all(conn, RoleNames(prefix), schema)
            return prefixes
    except DBAPIError as exc:
        if isinstance(exc, OperationalError) or exc.connection_invalidated:
            raise unavailable(database, exc) from None
        raise


def _grant(
    conn: Connection,
    qschema: str,
    grantee: str,
    grants: Mapping[str, tuple[str, ...]],
    tables: list[str],
) -> None:
    for table, privileges in grants.items():
        if table not in tables:  # a table of a later version: granted when it exists
            continue
        what = ", ".join(privileges)
        conn.exec_driver_sql(f"GRANT {what} ON {qschema}.{_quote(table)} TO {grantee}")
