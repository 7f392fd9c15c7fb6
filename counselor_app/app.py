"""Composition root: builds the services for one database and hands them to the UI or the CLI."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from keyring.backend import KeyringBackend

from counselor_app.config import Settings, data_dir, load_settings, resources_dir, save_settings
from counselor_app.db import migrate
from counselor_app.db.engine import Database, parse_url
from counselor_app.db.retry import prune_applied
from counselor_app.domain.errors import DatabaseUnavailableError
from counselor_app.domain.outcomes import UnitCosts
from counselor_app.services.accounts import AccountService
from counselor_app.services.audit import AuditTrail
from counselor_app.services.auth import AuthService, PasswordPolicy, load_blocklist
from counselor_app.services.break_glass import BreakGlassService
from counselor_app.services.calls import CallService
from counselor_app.services.credentials import CredentialStore
from counselor_app.services.directory import DirectoryService
from counselor_app.services.drafts import DraftStore
from counselor_app.services.enrollment import EnrollmentService
from counselor_app.services.events import ChangeBus
from counselor_app.services.follow_ups import (
    PLANS_FILE,
    FollowUpService,
    load_follow_up_plans,
)
from counselor_app.services.handoff import HandoffService
from counselor_app.services.intake import IntakeService
from counselor_app.services.keys import CENTER_KEY, DatabaseKeys, DataKeys, no_data_keys_yet
from counselor_app.services.notify import ChangeListener
from counselor_app.services.outbox import Outbox
from counselor_app.services.outcomes import OutcomeService
from counselor_app.services.reference import ReferenceData, load_reference_data

log = logging.getLogger(__name__)

LIVE_TOPICS = ("follow_ups", "break_glass")
"""Change topics other workstations announce with NOTIFY on PostgreSQL."""


def database_password_key(url: str) -> str:
    """The keyring entry holding the password of a PostgreSQL URL (``db-password/user@host/db``)."""
    parsed = parse_url(url)
    host = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    return f"db-password/{parsed.username or ''}@{host}/{parsed.database or ''}"


@dataclass
class AppContext:
    """Everything the UI and the command line work with."""

    settings: Settings
    database: Database
    credentials: CredentialStore
    events: ChangeBus
    audit: AuditTrail
    auth: AuthService
    accounts: AccountService
    calls: CallService
    follow_ups: FollowUpService
    directory: DirectoryService
    intake: IntakeService
    handoffs: HandoffService
    outcomes: OutcomeService
    drafts: DraftStore
    reference: ReferenceData
    keys: DataKeys
    """The data keys that encrypt sensitive fields (unlocked by ``prepare_schema``)."""
    workstation: str
    break_glass: BreakGlassService
    enrollment: EnrollmentService
    outbox: Outbox | None = None
    """Changes kept on this workstation while the shared database cannot be reached."""
    listener: ChangeListener | None = None
    """On PostgreSQL: republishes other workstations' changes (LISTEN/NOTIFY) on ``events``."""

    def close(self) -> None:
        """Stop listening for other workstations' changes and release database connections."""
        if self.listener is not None:
            self.listener.stop()
        self.database.dispose()


def remember_database_url(url: str) -> None:
    """Make ``url`` (no password in it) this workstation's database (after an enrollment)."""
    settings = load_settings()
    if settings.effective_database_url() != url:
        save_settings(settings.replace(database_url=url))


def open_database(url: str, credentials: CredentialStore) -> Database:
    """A ``Database`` for ``url``; a PostgreSQL password comes from the keyring, never a file."""
    parsed = parse_url(url)
    password = None
    if parsed.get_backend_name() == "postgresql" and parsed.password is None:
        password = credentials.get(database_password_key(url))
    return Database(url, password=password)


def build_context(
    database_url: str | None = None,
    *,
    settings: Settings | None = None,
    keyring_backend: KeyringBackend | None = None,
    password_hasher: PasswordHasher | None = None,
) -> AppContext:
    """Wire the services for one database (no connection is made yet).

    ``keyring_backend`` and ``password_hasher`` exist for tests (an in-memory keyring, cheaper
    Argon2id parameters); the application uses the system keyring and argon2-cffi's defaults.
    """
    settings = settings or load_settings()
    credentials = CredentialStore(keyring_backend)
    url = database_url or settings.effective_database_url()
    database = open_database(url, credentials)
    workstation = settings.workstation_name or socket.gethostname() or "workstation"
    events = ChangeBus()
    keys = DatabaseKeys(credentials)
    keys.register(CENTER_KEY, no_data_keys_yet)  # enrollment knows when it may be made
    audit = AuditTrail(keys, workstation)
    reference = load_reference_data(resources_dir())
    drafts_folder = data_dir() / "drafts"
    policy = PasswordPolicy(
        load_blocklist(resources_dir() / "passwords" / "blocklist.txt"), password_hasher
    )
    plans_path = (
        Path(settings.follow_up_plans_file).expanduser()
        if settings.follow_up_plans_file
        else resources_dir() / PLANS_FILE
    )
    follow_ups = FollowUpService(
        database,
        audit,
        events,
        load_follow_up_plans(plans_path),
        time_zone=settings.center_time_zone,
        max_attempts=settings.follow_up_max_attempts,
        ics_include_initials=settings.ics_include_initials,
    )
    intake = IntakeService(database, audit, keys, events, reference, follow_ups=follow_ups)
    drafts = DraftStore(drafts_folder, credentials, database.location)
    outbox = Outbox(data_dir() / "outbox", credentials, database.location, events)
    intake.attach_outbox(outbox, drafts)
    follow_ups.attach_outbox(outbox)
    listener = None
    if not database.is_sqlite:
        # Connects in the background (and keeps retrying): building the context stays instant.
        listener = ChangeListener(database, events, LIVE_TOPICS)
        listener.start()
    return AppContext(
        settings=settings,
        database=database,
        credentials=credentials,
        events=events,
        audit=audit,
        auth=AuthService(
            database, audit, policy, events, workstation, reauth_hours=settings.reauth_hours
        ),
        accounts=AccountService(database, audit, policy, events),
        calls=CallService(intake),
        follow_ups=follow_ups,
        directory=DirectoryService(
            database, audit=audit, events=events, time_zone=settings.center_time_zone
        ),
        intake=intake,
        handoffs=HandoffService(
            database,
            audit,
            intake,
            follow_ups,
            center_name=settings.center_name,
            time_zone=settings.center_time_zone,
            local_numbers=settings.center_crisis_numbers,
            font_files=[p for p in settings.pdf_font_files.split(";") if p.strip()],
        ),
        outcomes=OutcomeService(
            database,
            audit,
            unit_costs(settings),
            time_zone=settings.center_time_zone,
            center_name=settings.center_name,
            font_files=[p for p in settings.pdf_font_files.split(";") if p.strip()],
        ),
        drafts=drafts,
        reference=reference,
        keys=DataKeys(database, credentials, audit),
        workstation=workstation,
        break_glass=BreakGlassService(
            database, audit, events, workstation, minutes=settings.break_glass_minutes
        ),
        outbox=outbox,
        enrollment=EnrollmentService(
            database,
            keys,
            audit,
            password_key=database_password_key,
            remember_url=remember_database_url,
        ),
        listener=listener,
    )


def unit_costs(settings: Settings) -> UnitCosts:
    """The outcome report's hours and costs per avoided dispatch, from the settings."""
    return UnitCosts(
        police_hours_per_dispatch=settings.report_police_hours_per_dispatch,
        ems_hours_per_dispatch=settings.report_ems_hours_per_dispatch,
        police_cost_per_hour=settings.report_police_cost_per_hour,
        ambulance_cost_per_dispatch=settings.report_ambulance_cost_per_dispatch,
        source=settings.report_unit_costs_source,
    )


def prepare_schema(ctx: AppContext) -> None:
    """Bring the schema to this version, then unlock the keys of the encrypted fields.

    The schema is upgraded always for SQLite, for PostgreSQL only when empty: a shared
    PostgreSQL database that is behind is upgraded by an administrator
    (``counselor-app db upgrade``), not silently by whichever workstation starts first.
    An embedded database also drops its old idempotency keys (``prune_applied``).
    The first workstation of a database creates its keys; one without them stays locked and
    says so (``MissingKeysError``) wherever a sensitive value would be shown or saved.
    """
    upgraded_from = _upgrade_schema(ctx)
    if ctx.database.is_sqlite:
        prune_applied(ctx.database)  # a shared database is pruned by `db upgrade`
    if ctx.keys.open() and upgraded_from is not None:
        ctx.keys.reencrypt()  # values written before encryption existed


def _upgrade_schema(ctx: AppContext) -> str | None:
    """Upgrade the schema if it is behind; the revision it had when it held data, else None."""
    current = migrate.current_revision(ctx.database)
    head = migrate.head_revision()
    if current == head:
        return None
    known = migrate.known_revisions()
    if current is not None and current not in known:
        raise DatabaseUnavailableError(
            "The database was created by a newer version of Counselor desk.",
            "Update this workstation to the version the center uses.",
        )
    if ctx.database.is_sqlite or current is None:
        log.info("upgrading the database schema to %s", head)
        migrate.upgrade(ctx.database)
        return current
    raise DatabaseUnavailableError(
        "The shared database needs an upgrade before this version can use it.",
        "Ask an administrator to run 'counselor-app db upgrade'.",
    )
