"""The ``counselor-app`` command line.

Without a command it starts the desktop application. Commands administer a database without the
GUI. Errors exit non-zero with one clear line on standard error and no traceback.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from counselor_app import APP_NAME, __version__
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.enrollment import NotEnrolledError
from counselor_app.domain.errors import KnownError, SecondFactorRequiredError, ValidationError

if TYPE_CHECKING:
    from counselor_app.app import AppContext

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_TAMPERED = 3
EXIT_REJECTED = 4  # directory import: accepted rows were applied, some rows were rejected
EXIT_NOT_ENROLLED = 5  # this workstation lacks keys the database depends on
EXIT_INTERNAL = 70

PROG = "counselor-app"


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} (see '{PROG} --help')\n")


def _add_actor(
    parser: argparse.ArgumentParser, dest: str, metavar: str, text: str, *, required: bool = False
) -> None:
    """``--as USER`` (who acts, stored in ``dest``) and ``--password-stdin``."""
    parser.add_argument("--as", dest=dest, required=required, metavar=metavar, help=text)
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the help text tests)."""
    parser = _Parser(
        prog=PROG,
        description=f"{APP_NAME}: the crisis-line workspace. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (sqlite:///PATH or postgresql://USER@HOST:PORT/DB); "
        "default: the embedded database in the platform data folder",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        type=Path,
        help="sign in, render the main window offscreen to a PNG file and exit",
    )
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="account for --screenshot (password read from standard input, except for the "
        "demo accounts of a demo database)",
    )
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help="create or upgrade the schema to this version")
    password = db_commands.add_parser(
        "password", help="store the PostgreSQL password of --database URL in the OS keyring"
    )
    password.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of prompting",
    )
    _add_db_roles_parser(db_commands)

    user = commands.add_parser("user", help="staff accounts")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add an account")
    add.add_argument("username", metavar="NAME", help="sign-in name")
    add.add_argument(
        "--role",
        required=True,
        help="counselor, peer-specialist, supervisor or administrator",
    )
    add.add_argument("--full-name", help="name colleagues know the person by (default: NAME)")
    add.add_argument(
        "--admin",
        metavar="ADMIN",
        help="administrator who authorises the new account (needed once the database has "
        "accounts; with --password-stdin their password is the first line)",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of prompting",
    )

    reset_two_step = user_commands.add_parser(
        "reset-2fa", help="turn off a person's two-step sign-in (they lost their phone)"
    )
    reset_two_step.add_argument("username", metavar="USER", help="whose second factor to reset")
    reset_two_step.add_argument(
        "--as",
        dest="user_as",
        required=True,
        metavar="ADMIN",
        help="administrator who resets it (password from a prompt or --password-stdin)",
    )
    reset_two_step.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the administrator's password (and code, on the next line) from standard input",
    )

    audit = commands.add_parser("audit", help="audit trail")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="check the audit chain; exit 3 when tampered with")

    commands.add_parser(
        "demo", help="fill an empty database with synthetic demo data and demo accounts"
    )

    checklist = commands.add_parser("checklist", help="de-escalation checklist templates")
    checklist_commands = checklist.add_subparsers(
        dest="checklist_command", metavar="ACTION", required=True
    )
    checklist_import = checklist_commands.add_parser(
        "import", help="validate and import a checklist template (JSON)"
    )
    checklist_import.add_argument("file", metavar="FILE", help="the template, as JSON")
    checklist_import.add_argument(
        "--admin", required=True, metavar="ADMIN", help="administrator who imports it"
    )
    checklist_import.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    _add_directory_parser(commands)
    _add_follow_ups_parser(commands)
    _add_handoff_parsers(commands)
    _add_keys_parser(commands)
    _add_report_parser(commands)
    return parser


def _add_keys_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    keys = commands.add_parser("keys", help="this database's keys on this workstation")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    for name, text in (
        ("rotate", "make a new data key current and re-encrypt every value with it"),
        ("status", "count the values sealed under each data key, and plaintext left"),
    ):
        action = actions.add_parser(name, help=text)
        _add_actor(action, "keys_as", "ADMIN", "administrator who acts", required=True)
    export = actions.add_parser(
        "enroll-export",
        help="write an enrollment file for another workstation (prints its one-time passphrase)",
    )
    export.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="file to write (0600)"
    )
    _add_actor(export, "enroll_as", "ADMIN", "administrator who exports", required=True)
    enroll = actions.add_parser("enroll", help="enroll this workstation from an enrollment file")
    enroll.add_argument("file", metavar="FILE", type=Path, help="the enrollment file")
    enroll.add_argument(
        "--passphrase-stdin", action="store_true", help="read the passphrase from standard input"
    )
    enroll.add_argument(
        "--replace", action="store_true", help="replace different keys held here for the database"
    )
    actions.add_parser(
        "check", help=f"is this workstation enrolled? (exit {EXIT_NOT_ENROLLED} if not)"
    )


def _add_db_roles_parser(db_commands: argparse._SubParsersAction[_Parser]) -> None:
    roles = db_commands.add_parser(
        "roles",
        help="PostgreSQL: create or update the least-privilege roles and a workstation login "
        "(run with the schema owner's --database URL)",
    )
    roles.add_argument(
        "login", metavar="LOGIN", help="name of the workstation login role (e.g. counselor_ws)"
    )
    roles.add_argument(
        "--prefix",
        default="counselor_desk",
        help="prefix of the group role names (default counselor_desk)",
    )
    roles.add_argument(
        "--keep-password",
        action="store_true",
        help="keep the password of an existing login (only update roles and grants)",
    )
    roles.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the login's new password from standard input instead of prompting",
    )


def _add_report_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    from counselor_app.domain.calls import CallSource

    report = commands.add_parser("report", help="program reports (supervisors, administrators)")
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    outcomes = kinds.add_parser(
        "outcomes",
        help="the program outcome report (de-identified): figures with definitions and charts",
    )
    outcomes.add_argument(
        "--from", dest="first_day", required=True, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    outcomes.add_argument(
        "--to", dest="last_day", required=True, metavar="DATE", help="last day (included)"
    )
    outcomes.add_argument(
        "--format", dest="report_format", choices=["csv", "json", "pdf"], required=True
    )
    outcomes.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="the file to write"
    )
    outcomes.add_argument(
        "--source", choices=[s.value for s in CallSource], help="only calls from this source"
    )
    outcomes.add_argument("--counselor", metavar="USER", help="only this counselor's calls")
    outcomes.add_argument("--team", metavar="UNIT", help="only this co-responder team's calls")
    _add_actor(
        outcomes,
        "report_as",
        "USER",
        "supervisor or administrator who makes the report (password from a prompt or "
        "--password-stdin; the demo accounts of a demo database need none)",
    )


def _add_handoff_parsers(commands: argparse._SubParsersAction[_Parser]) -> None:
    handoff = commands.add_parser(
        "handoff", help="write the handoff PDF of a call for one recipient (logged as a disclosure)"
    )
    handoff.add_argument("call_id", metavar="CALL_ID", help="the call's id (UUID)")
    handoff.add_argument(
        "--to",
        dest="recipient",
        required=True,
        choices=["mobile-team", "psap", "peer", "clinician"],
        help="who receives it (each gets only the sections it needs)",
    )
    handoff.add_argument("--purpose", metavar="TEXT", help="purpose of the disclosure (logged)")
    handoff.add_argument(
        "--override",
        metavar="REASON",
        help="emergency override when the caller's consent is needed and not recorded (logged)",
    )
    plan = commands.add_parser(
        "safety-plan", help="write the caller's copy of a call's safety plan as a PDF"
    )
    plan.add_argument("call_id", metavar="CALL_ID", help="the call's id (UUID)")
    plan.add_argument(
        "--language", choices=["en", "es"], default="en", help="English or Spanish (default en)"
    )
    for sub in (handoff, plan):
        sub.add_argument(
            "-o", "--output", required=True, metavar="FILE", type=Path, help="the PDF to write"
        )
        _add_actor(
            sub,
            "handoff_as",
            "USER",
            "account that exports (password from a prompt or --password-stdin; the demo "
            "accounts of a demo database need none)",
        )


def _add_follow_ups_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    follow_ups = commands.add_parser("followups", help="follow-ups after calls")
    actions = follow_ups.add_subparsers(dest="followups_command", metavar="ACTION", required=True)
    due = actions.add_parser(
        "due", help="list the follow-ups due today and the overdue ones (center time zone)"
    )
    due.add_argument("--json", action="store_true", help="print JSON lines instead of text")
    ics = actions.add_parser(
        "ics", help="write my open follow-ups as an iCalendar (.ics) file (reference, initials)"
    )
    ics.add_argument(
        "-o", "--output", required=True, metavar="FILE", type=Path, help="the .ics file to write"
    )
    for sub in (due, ics):
        _add_actor(
            sub,
            "follow_ups_as",
            "USER",
            "account that asks (password from a prompt or --password-stdin; the demo "
            "accounts of a demo database need none)",
        )


def _add_directory_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    directory = commands.add_parser("directory", help="referral directory (Open Referral HSDS 3.0)")
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    imp = actions.add_parser(
        "import",
        help="import an HSDS 3.0 CSV package (folder or .zip); exit 4 when rows were rejected",
    )
    imp.add_argument("path", metavar="PATH", type=Path, help="folder or .zip of HSDS CSV files")
    exp = actions.add_parser("export", help="write the directory as an HSDS 3.0 CSV package")
    exp.add_argument(
        "folder", metavar="DIR", type=Path, help="folder to write (created if missing)"
    )
    for sub in (imp, exp):
        sub.add_argument(
            "--admin", required=True, metavar="ADMIN", help="administrator who does it"
        )
        sub.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )
    find = actions.add_parser("search", help="search services (best matches first)")
    find.add_argument("query", metavar="QUERY", nargs="?", default="", help="words to look for")
    find.add_argument("--open-now", action="store_true", help="only services open now")
    find.add_argument("--language", metavar="CODE", help="only services in this language")
    find.add_argument("--limit", type=int, default=20, help="most results shown (default 20)")
    find.add_argument("--json", action="store_true", help="print JSON lines instead of text")
    _add_actor(
        find,
        "search_as",
        "USER",
        "account that searches (password from a prompt or --password-stdin; the demo "
        "accounts of a demo database need none)",
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    context_factory: Callable[[str | None], AppContext] | None = None,
) -> int:
    """Run the command line; return the exit code."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return int(exc.code or 0)
    from counselor_app.logs import configure_logging

    log_path = configure_logging()
    try:
        return _dispatch(args, stdin, stdout, stderr, context_factory)
    except ValidationError as exc:
        stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_ERROR
    except NotEnrolledError as exc:
        stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_NOT_ENROLLED
    except KnownError as exc:
        stderr.write(f"{PROG}: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        stderr.write(f"{PROG}: interrupted\n")
        return 130
    except Exception:
        log.exception("unexpected error in the command line")
        where = f" (details in {log_path})" if log_path else ""
        stderr.write(f"{PROG}: internal error; nothing was changed by a partial write{where}\n")
        return EXIT_INTERNAL


def _dispatch(
    args: argparse.Namespace,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    context_factory: Callable[[str | None], AppContext] | None,
) -> int:
    if args.command is None and args.screenshot is None and args.as_user is None:
        return _run_gui(args, context_factory)
    from counselor_app.app import build_context, prepare_schema

    factory = context_factory or build_context
    if args.command == "db" and args.db_command == "password":
        return _db_password(args, stdin, stdout)
    if args.command == "keys" and args.keys_command == "enroll":
        return _keys_enroll(args, stdin, stdout, factory)
    ctx = factory(args.database)
    try:
        if args.command == "db" and args.db_command == "roles":
            return _db_roles(ctx, args, stdin, stdout)
        if args.command == "db":
            return _db_upgrade(ctx, stdout)
        if args.command == "keys" and args.keys_command == "check":
            return _keys_check(ctx, stdout)
        if args.command != "demo":
            _require_enrolled(ctx)
        if args.command == "user" and args.user_command == "reset-2fa":
            return _user_reset_two_step(ctx, args, stdin, stdout)
        if args.command == "keys" and args.keys_command == "enroll-export":
            return _keys_export(ctx, args, stdin, stdout)
        if args.command == "user":
            return _user_add(ctx, args, stdin, stdout)
        if args.command == "audit":
            return _audit_verify(ctx, stdout)
        if args.command == "directory":
            return _directory(ctx, args, stdin, stdout, stderr)
        if args.command == "checklist":
            return _checklist_import(ctx, args, stdin, stdout)
        if args.command == "followups":
            return _follow_ups(ctx, args, stdin, stdout)
        if args.command in ("handoff", "safety-plan"):
            return _handoff(ctx, args, stdin, stdout, stderr)
        if args.command == "keys":
            return _keys(ctx, args, stdin, stdout)
        if args.command == "report":
            return _report_outcomes(ctx, args, stdin, stdout)
        if args.command == "demo":
            prepare_schema(ctx)
            return _demo(ctx, stdout)
        if args.screenshot is None or args.as_user is None:
            stderr.write(f"{PROG}: error: --screenshot FILE and --as USER go together\n")
            return EXIT_USAGE
        prepare_schema(ctx)
        return _screenshot(ctx, args.screenshot, args.as_user, stdin, stdout)
    finally:
        ctx.close()


def _run_gui(
    args: argparse.Namespace, context_factory: Callable[[str | None], AppContext] | None
) -> int:
    """Start the desktop application; the database opens behind the sign-in window."""
    from counselor_app.config import load_settings
    from counselor_app.ui.launch import run_gui

    settings = load_settings()
    opened: list[AppContext] = []
    setup = None
    if context_factory is None and not args.bench_startup:
        from counselor_app.first_run import FirstRunSetup, needs_first_run

        if needs_first_run(args.database):
            setup = FirstRunSetup(settings)

    def open_services() -> AppContext:
        from counselor_app.app import build_context, prepare_schema

        if context_factory is not None:
            ctx = context_factory(args.database)
        else:
            ctx = build_context(args.database, settings=settings)
        opened.append(ctx)
        prepare_schema(ctx)
        return ctx

    try:
        return int(
            run_gui(
                open_services,
                sys.argv[:1],
                settings,
                bench_startup=args.bench_startup,
                first_run=setup,
            )
        )
    finally:
        for ctx in opened:
            ctx.close()
        if setup is not None and setup.opened is not None:
            setup.opened.close()


def _require_enrolled(ctx: AppContext) -> None:
    """``NotEnrolledError`` (one line, exit 5) when this workstation lacks the database's keys."""
    from counselor_app.db import migrate

    if migrate.current_revision(ctx.database) is not None:  # an empty database needs no key
        ctx.enrollment.require_enrolled()


def _keys_check(ctx: AppContext, stdout: TextIO) -> int:
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    status = ctx.enrollment.status()
    stdout.write(status.describe() + "\n")
    return EXIT_OK if status.enrolled else EXIT_NOT_ENROLLED


def _keys_export(ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    admin = _sign_in_as(ctx, args.enroll_as, stdin, from_stdin=args.password_stdin)
    try:
        issued = ctx.enrollment.export(admin, args.output)
    finally:
        ctx.auth.sign_out(admin)
    carries = ", ".join(issued.purposes) + (
        " and the database password" if issued.database_password else ""
    )
    stdout.write(
        f"Wrote the enrollment file {issued.path} (enrollment {issued.enrollment_id}; "
        f"{carries}; expires {issued.expires_at:%Y-%m-%d %H:%M} UTC; works once).\n"
        f"One-time passphrase, shown only now; give it separately from the file:\n"
        f"    {issued.passphrase}\n"
    )
    return EXIT_OK


def _keys_enroll(
    args: argparse.Namespace,
    stdin: TextIO,
    stdout: TextIO,
    factory: Callable[[str | None], AppContext],
) -> int:
    from counselor_app.db.engine import parse_url
    from counselor_app.services.enrollment import read_enrollment_file

    if args.passphrase_stdin or not stdin.isatty():
        passphrase = stdin.readline().strip()
        if not passphrase:
            raise ValidationError("No passphrase was given on standard input.")
    else:
        passphrase = getpass.getpass("Enrollment passphrase: ")
    bundle = read_enrollment_file(args.file, passphrase)
    target = parse_url(args.database or bundle.database_url)
    if target.get_backend_name() == "sqlite" and not Path(target.database or "").exists():
        raise KnownError(
            f"The database file {target.database} does not exist on this workstation.",
            "Give its path with --database sqlite:///PATH. Nothing was stored.",
        )
    # The file's password (PostgreSQL) opens the database for this import only; once enrolled,
    # it is in the keyring like any stored database password.
    ctx = factory(bundle.connect_url(args.database))
    try:
        result = ctx.enrollment.enroll(bundle, replace=args.replace)
    finally:
        ctx.close()
    stdout.write(result.describe() + "\n")
    return EXIT_OK


def _db_upgrade(ctx: AppContext, stdout: TextIO) -> int:
    from counselor_app.db import migrate

    before = migrate.current_revision(ctx.database)
    migrate.upgrade(ctx.database)
    after = migrate.current_revision(ctx.database)
    where = ctx.database.location
    if before == after:
        stdout.write(f"The database at {where} is up to date (revision {after}).\n")
    else:
        stdout.write(f"Upgraded the database at {where} from {before or 'empty'} to {after}.\n")
    from counselor_app.db.roles import refresh_grants

    # First: it refuses a workstation login plainly (upgrades are the schema owner's work).
    for prefix in refresh_grants(ctx.database):
        stdout.write(f"Set the rights of the {prefix}_* database roles on every table again.\n")
    ctx.keys.unlock(may_create=True)
    done, _passes, left, _damaged = ctx.keys.reencrypt()
    if done or left:
        stdout.write(f"Encrypted {done} stored value(s); {left} not yet encrypted.\n")
    from counselor_app.db.retry import KEEP_APPLIED_DAYS, prune_applied

    pruned = prune_applied(ctx.database)
    if pruned:
        stdout.write(f"Removed {pruned} idempotency key(s) older than {KEEP_APPLIED_DAYS} days.\n")
    return EXIT_OK


def _keys(ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    admin = _sign_in_as(ctx, args.keys_as, stdin, from_stdin=args.password_stdin)
    try:
        if args.keys_command == "rotate":
            done = ctx.keys.rotate(admin)
            stdout.write(
                f"Data key {done.key_id} (generation {done.generation}) is now current; "
                f"re-encrypted {done.reencrypted} value(s) in {done.passes} pass(es), "
                f"{done.remaining} left. Older keys are kept, so every value stays readable.\n"
            )
            if done.damaged:
                stdout.write(f"{done.damaged} value(s) failed their integrity check.\n")
            return EXIT_OK if done.remaining == 0 else EXIT_ERROR
        status = ctx.keys.status(admin)
    finally:
        ctx.auth.sign_out(admin)
    for key in status.keys:
        mark = " (current)" if key.current else ""
        stdout.write(
            f"data key {key.key_id} generation {key.generation}, created "
            f"{key.created_at:%Y-%m-%d %H:%M} UTC: {key.values} value(s){mark}\n"
        )
    stdout.write(f"plaintext: {status.plaintext} value(s)\n")
    if status.unknown:
        stdout.write(f"under an unknown key: {status.unknown} value(s)\n")
    return EXIT_OK


def _db_roles(ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from counselor_app.db.roles import apply_roles, check_role_name

    check_role_name(args.login, "workstation login name")
    password = None
    if not args.keep_password:
        password = _read_secret(
            stdin, f"New password of {args.login}: ", from_stdin=args.password_stdin
        )
        again_asked = not args.password_stdin and stdin.isatty()
        if again_asked and getpass.getpass("Password again: ") != password:
            raise ValidationError("The two passwords differ; nothing was changed.")
        if len(password) < 12:
            raise ValidationError(
                "The workstation login's password must have at least 12 characters."
            )
    report = apply_roles(ctx.database, args.login, password=password, prefix=args.prefix)
    url = ctx.database.url.set(username=args.login, password=None)
    state = "created" if report.login_created else "updated"
    secret = "with a new password" if report.password_set else "password unchanged"
    stdout.write(
        f"Roles on {ctx.database.location} (schema {report.schema}) are set: login "
        f"'{report.login}' {state}, {secret}; it acts as "
        f"{', '.join(report.groups.values())}.\n"
        "On each workstation, use the address "
        f"{url.render_as_string(hide_password=True)} and store the password with "
        "'counselor-app --database URL db password'.\n"
    )
    return EXIT_OK


def _db_password(args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from counselor_app.app import database_password_key
    from counselor_app.db.engine import Database, parse_url
    from counselor_app.services.credentials import CredentialStore

    if not args.database or parse_url(args.database).get_backend_name() != "postgresql":
        raise ValidationError("Give the PostgreSQL URL with --database postgresql://USER@HOST/DB.")
    if parse_url(args.database).password is not None:
        raise ValidationError(
            "Leave the password out of the URL; it is read here and kept in the keyring only."
        )
    secret = _read_secret(stdin, "Database password: ", from_stdin=args.password_stdin)
    store = CredentialStore()
    database = Database(args.database, password=secret)
    try:
        database.ping()
    finally:
        database.dispose()
    store.set(database_password_key(args.database), secret)
    stdout.write(
        f"Connected to {database.location}; the password is stored in the {store.backend_name} "
        "keyring of this workstation.\n"
    )
    return EXIT_OK


def _read_secret(stdin: TextIO, prompt: str, *, from_stdin: bool, what: str = "password") -> str:
    if from_stdin or not stdin.isatty():
        line = stdin.readline()
        if not line:
            raise ValidationError(f"No {what} was given on standard input.")
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def _user_add(ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    from counselor_app.app import prepare_schema

    try:
        role = Role.parse(args.role)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    prepare_schema(ctx)
    first = ctx.auth.needs_first_administrator()
    admin = None
    if first and role is not Role.ADMINISTRATOR:
        raise ValidationError(
            "The first account of a database must be an administrator.",
            hint="Use --role administrator.",
        )
    if not first:
        if not args.admin:
            raise ValidationError(
                "This database already has accounts; an administrator must authorise new ones.",
                hint="Add --admin NAME (with --password-stdin, give that administrator's "
                "password on the first line and the new password on the second).",
            )
        admin = _sign_in_as(ctx, args.admin, stdin, from_stdin=args.password_stdin)
    try:
        password = _read_secret(stdin, "New account's password: ", from_stdin=args.password_stdin)
        if not args.password_stdin and stdin.isatty():
            again = getpass.getpass("Password again: ")
            if again != password:
                raise ValidationError("The two passwords differ; nothing was created.")
        full_name = args.full_name or args.username
        if admin is None:
            account = ctx.auth.create_first_administrator(args.username, full_name, password)
        else:
            account = ctx.accounts.add_account(admin, args.username, full_name, role, password)
    finally:
        if admin is not None:
            ctx.auth.sign_out(admin)
    stdout.write(f"Created {account.role.label.lower()} account '{account.username}'.\n")
    return EXIT_OK


def _sign_in_as(ctx: AppContext, username: str, stdin: TextIO, *, from_stdin: bool) -> SignedInUser:
    """Sign in the person a command acts for (their password from a prompt or stdin).

    The caller signs them out again; every permission is then checked by the services, as in
    the application.
    """
    password = _read_secret(stdin, f"Password of {username}: ", from_stdin=from_stdin)
    try:
        return ctx.auth.sign_in(username, password)
    except SecondFactorRequiredError:
        code = _read_secret(
            stdin,
            f"Code from {username}'s authenticator app: ",
            from_stdin=from_stdin,
            what="two-step code (on the line after the password)",
        )
        return ctx.auth.sign_in(username, password, code)


def _user_reset_two_step(
    ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO
) -> int:
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    admin = _sign_in_as(ctx, args.user_as, stdin, from_stdin=args.password_stdin)
    try:
        target = ctx.accounts.find(admin, args.username)
        account = ctx.accounts.reset_two_step(admin, target.id)
    finally:
        ctx.auth.sign_out(admin)
    stdout.write(
        f"Two-step sign-in is off for '{account.username}'; they sign in with their password "
        "and can turn it on again from Session → Two-step sign-in.\n"
    )
    return EXIT_OK


def _checklist_import(
    ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO
) -> int:
    from counselor_app.app import prepare_schema

    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            f"The file {args.file} cannot be read ({type(exc).__name__})."
        ) from None
    prepare_schema(ctx)
    admin = _sign_in_as(ctx, args.admin, stdin, from_stdin=args.password_stdin)
    try:
        template = ctx.intake.import_checklist_template(admin, text)
    finally:
        ctx.auth.sign_out(admin)
    stdout.write(
        f"Imported checklist '{template.title}' ({template.key}, version {template.version}, "
        f"{len(template.items)} items); it replaces earlier versions on every workstation.\n"
    )
    return EXIT_OK


def _audit_verify(ctx: AppContext, stdout: TextIO) -> int:
    result = ctx.audit.verify(ctx.database)
    stdout.write(result.describe() + "\n")
    return EXIT_OK if result.intact else EXIT_TAMPERED


def _demo(ctx: AppContext, stdout: TextIO) -> int:
    from counselor_app.services.demo import DEMO_PASSWORD, populate_demo

    summary = populate_demo(ctx.database, ctx.audit, ctx.auth.policy, ctx.events)
    if summary.already_demo:
        stdout.write(f"The database at {ctx.database.location} already holds the demo data.\n")
    else:
        stdout.write(
            f"Filled {ctx.database.location} with synthetic demo data: {summary.calls} calls, "
            f"{summary.follow_ups} follow-ups, {summary.services} directory services.\n"
        )
    stdout.write(
        f"Demo accounts: {', '.join(summary.accounts)}. "
        f"Their password is '{DEMO_PASSWORD}'. Demo data only; never enter real callers.\n"
    )
    return EXIT_OK


def _screenshot(ctx: AppContext, path: Path, username: str, stdin: TextIO, stdout: TextIO) -> int:
    from counselor_app.domain.errors import AuthenticationError

    try:
        user = ctx.auth.sign_in_demo(username)
    except AuthenticationError:
        password = _read_secret(stdin, "Password: ", from_stdin=True)
        user = ctx.auth.sign_in(username, password)
    from counselor_app.ui.launch import render_screenshot

    try:
        render_screenshot(ctx, user, path)
    finally:
        ctx.auth.sign_out(user)
    stdout.write(f"Wrote {path}.\n")
    return EXIT_OK


def _directory(
    ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    if args.directory_command == "search":
        return _directory_search(ctx, args, stdin, stdout)
    admin = _sign_in_as(ctx, args.admin, stdin, from_stdin=args.password_stdin)
    try:
        if args.directory_command == "export":
            exported = ctx.directory.export_hsds(admin, args.folder)
            stdout.write(f"Wrote an HSDS 3.0 package to {args.folder}: {exported.summary()}.\n")
            return EXIT_OK
        report = ctx.directory.import_hsds(admin, args.path)
    finally:
        ctx.auth.sign_out(admin)
    for issue in report.issues:
        stderr.write(issue.describe() + "\n")
    stdout.write(f"Imported {report.source}: {report.summary()}.\n")
    for counts in report.tables:
        stdout.write(
            f"  {counts.table}: {counts.created} created, {counts.updated} updated, "
            f"{counts.unchanged} unchanged, {counts.deactivated} deactivated, "
            f"{counts.rejected} rejected\n"
        )
    if report.ignored_files:
        stdout.write(f"Not imported (not supported): {', '.join(report.ignored_files)}\n")
    if report.missing_files:
        stdout.write(f"Not in the package (left as they were): {', '.join(report.missing_files)}\n")
    return EXIT_REJECTED if report.rejected else EXIT_OK


def _directory_search(
    ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO
) -> int:
    import json
    from datetime import UTC, datetime

    from counselor_app.domain.directory import DirectoryQuery, describe_opening
    from counselor_app.domain.errors import AuthenticationError

    username = args.search_as or args.as_user
    if not username:
        raise ValidationError("Searching the directory needs an account.", hint="Add --as USER.")
    try:
        user = ctx.auth.sign_in_demo(username)
    except AuthenticationError:
        user = _sign_in_as(ctx, username, stdin, from_stdin=args.password_stdin)
    try:
        query = DirectoryQuery(
            text=args.query, open_now=args.open_now, language=args.language, limit=args.limit
        )
        moment = datetime.now(UTC)
        hits = ctx.directory.search(user, query, now=moment)
    finally:
        ctx.auth.sign_out(user)
    zone = ctx.directory.zone
    for hit in hits:
        if args.json:
            record = {
                "id": hit.id,
                "name": hit.name,
                "organization": hit.organization_name,
                "phone": hit.phone,
                "city": hit.city,
                "postal_code": hit.postal_code,
                "status": hit.status,
                "languages": list(hit.languages),
                "open": hit.opening.state.value,
                "closes_at": hit.opening.closes_at.isoformat() if hit.opening.closes_at else None,
                "opens_at": hit.opening.opens_at.isoformat() if hit.opening.opens_at else None,
            }
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        hours = describe_opening(hit.opening, zone, moment)
        where = hit.city or ""
        stdout.write(
            f"{hit.name} — {hit.organization_name} · {hit.phone or 'no phone'} · {where} · "
            f"{hours}\n"
        )
    if not args.json and not hits:
        stdout.write("No services found.\n")
    return EXIT_OK


def _follow_ups(ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    import json
    from datetime import UTC, datetime

    from counselor_app.app import prepare_schema
    from counselor_app.domain.errors import AuthenticationError
    from counselor_app.domain.follow_ups import QueueView

    username = args.follow_ups_as or args.as_user
    if not username:
        raise ValidationError("Follow-ups are listed for an account.", hint="Add --as USER.")
    prepare_schema(ctx)
    try:
        user = ctx.auth.sign_in_demo(username)
    except AuthenticationError:
        user = _sign_in_as(ctx, username, stdin, from_stdin=args.password_stdin)
    try:
        if args.followups_command == "ics":
            data = ctx.follow_ups.export_ics(user, args.output)
            events = data.count(b"BEGIN:VEVENT")
            stdout.write(f"Wrote {events} follow-up(s) to {args.output}.\n")
            return EXIT_OK
        now = datetime.now(UTC)
        overdue = ctx.follow_ups.queue(user, QueueView.OVERDUE, now=now)
        due = ctx.follow_ups.queue(user, QueueView.DUE_TODAY, now=now)
    finally:
        ctx.auth.sign_out(user)
    zone = ctx.follow_ups.zone
    for view, items in (("overdue", overdue), ("due_today", due)):
        for item in items:
            if args.json:
                record = {
                    "id": str(item.id),
                    "view": view,
                    "reference": item.call_reference,
                    "initials": item.client_initials,
                    "due_start": item.due_start.isoformat(),
                    "due_end": item.due_end.isoformat(),
                    "status": item.status.value,
                    "risk": item.risk_level.value,
                    "method": item.contact_method.value,
                    "assigned_to": item.assigned_to_name,
                    "attempts": item.attempts,
                }
                stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            label = "OVERDUE" if view == "overdue" else "due"
            end = item.due_end.astimezone(zone)
            stdout.write(
                f"{label:<7} {item.call_reference} {item.client_initials or '--':<3} "
                f"by {end:%a %d %b %H:%M} · {item.risk_level.label} risk · "
                f"{item.contact_method.value} · {item.assigned_to_name or 'unassigned'} · "
                f"{item.attempts} attempt(s)\n"
            )
    if not args.json:
        stdout.write(f"{len(overdue)} overdue, {len(due)} due today (times in {zone}).\n")
    return EXIT_OK


def _handoff(
    ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    import uuid

    from counselor_app.app import prepare_schema
    from counselor_app.domain.errors import AuthenticationError
    from counselor_app.domain.handoff import Recipient

    try:
        call_id = uuid.UUID(args.call_id)
    except ValueError:
        raise ValidationError(
            f"'{args.call_id}' is not a call id.", hint="Give the call's UUID."
        ) from None
    username = args.handoff_as or args.as_user
    if not username:
        raise ValidationError("A PDF is exported by an account.", hint="Add --as USER.")
    prepare_schema(ctx)
    try:
        user = ctx.auth.sign_in_demo(username)
    except AuthenticationError:
        user = _sign_in_as(ctx, username, stdin, from_stdin=args.password_stdin)
    try:
        if args.command == "handoff":
            result = ctx.handoffs.build(
                user,
                call_id,
                Recipient.parse(args.recipient),
                purpose=args.purpose or "",
                override_reason=args.override,
            )
            what = f"handoff for {Recipient.parse(args.recipient).label}"
        else:
            result = ctx.handoffs.safety_plan_pdf(user, call_id, args.language)
            what = f"safety plan ({args.language})"
    finally:
        ctx.auth.sign_out(user)
    ctx.handoffs.save(result, args.output)
    for warning in result.warnings:
        stderr.write(f"{PROG}: warning: {warning}\n")
    stdout.write(
        f"Wrote the {what}, {result.pages} page(s), to {args.output}; "
        f"disclosure {result.disclosure_id} logged.\n"
    )
    return EXIT_OK


def _report_outcomes(
    ctx: AppContext, args: argparse.Namespace, stdin: TextIO, stdout: TextIO
) -> int:
    from counselor_app.app import prepare_schema
    from counselor_app.domain.calls import CallSource
    from counselor_app.domain.errors import AuthenticationError
    from counselor_app.domain.outcomes import OutcomeFilters, ReportPeriod

    period = ReportPeriod.parse(args.first_day, args.last_day)
    username = args.report_as or args.as_user
    if not username:
        raise ValidationError("A report is made by an account.", hint="Add --as USER.")
    prepare_schema(ctx)
    try:
        user = ctx.auth.sign_in_demo(username)
    except AuthenticationError:
        user = _sign_in_as(ctx, username, stdin, from_stdin=args.password_stdin)
    try:
        counselor_id = None
        if args.counselor:
            counselor_id = ctx.outcomes.counselor_id(user, args.counselor)
        filters = OutcomeFilters(
            source=CallSource(args.source) if args.source else None,
            counselor_id=counselor_id,
            team=args.team or None,
        )
        report = ctx.outcomes.report(user, period, filters)
        ctx.outcomes.export(user, report, args.report_format, args.output)
    finally:
        ctx.auth.sign_out(user)
    calls = report.figure("calls_handled").numerator
    stdout.write(
        f"Wrote the outcome report for {period.label} ({calls} call(s)) as "
        f"{args.report_format.upper()} to {args.output}.\n"
    )
    return EXIT_OK
