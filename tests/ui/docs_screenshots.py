"""Render the intake, directory and follow-up screenshots of the documentation.

    .venv/bin/python -m tests.ui.docs_screenshots [FOLDER]

Works on a throw-away SQLite database in a temporary folder with an in-memory keyring: synthetic
data only, nothing touches the real user folders or keyring.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

TEMP = Path(tempfile.mkdtemp(prefix="counselor-screens-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(TEMP / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counselor_app.app import AppContext, build_context, prepare_schema  # noqa: E402
from counselor_app.config import Settings  # noqa: E402
from counselor_app.domain.accounts import Role, SignedInUser  # noqa: E402
from counselor_app.domain.calls import (  # noqa: E402
    CallRecord,
    CallReferral,
    CallSource,
    Disposition,
    DispositionDetails,
    derive_outcomes,
)
from counselor_app.domain.safety_plan import SafetyPlan  # noqa: E402
from counselor_app.ui.directory import DirectoryView  # noqa: E402
from counselor_app.ui.i18n import install_language  # noqa: E402
from counselor_app.ui.intake.screenshots import (  # noqa: E402
    imminent_call,
    render_workspace,
    sample_call,
)
from counselor_app.ui.theme import apply_settings  # noqa: E402
from tests.conftest import FAST_HASHER, make_staff  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402


def _prior_call(ctx: AppContext, user: SignedInUser) -> None:
    """An earlier call of the same caller, with a safety plan (the repeat-caller panel)."""
    base = ctx.intake.new_call(user, CallSource.LIFELINE_988)
    record = sample_call(base, minutes=60 * 24 * 23)
    done = DispositionDetails(
        primary=Disposition.RESOLVED_ON_LINE, follow_up_consent=True, follow_up_times="Evenings"
    )
    record = replace(
        record,
        started_at=datetime.now(UTC) - timedelta(days=23, hours=4),
        safety_plan=SafetyPlan(
            warning_signs="Not sleeping; staying in bed",
            coping_strategies="Walk by the river; call sister",
            reasons_for_living="My sister and my niece",
        ),
        disposition=replace(done, outcomes=derive_outcomes(done)),
    )
    ctx.intake.complete(user, record)


PACKAGE = Path(__file__).resolve().parent.parent / "fixtures" / "hsds" / "package"
EXTRA_SERVICES = (
    (
        "Riverbend Crisis Center",
        "Crisis Text Line",
        "Text with a counselor, day and night.",
        "Anyone",
        "(314) 555-0148",
        ("en", "es"),
        20,
    ),
    (
        "Riverbend Crisis Center",
        "Crisis Stabilization Unit",
        "Short stays of up to five days instead of a hospital admission.",
        "Adults 18 and over in a mental health crisis",
        "(314) 555-0177",
        ("en",),
        75,
    ),
    (
        "Zoë's Place Peer Support",
        "Peer Drop-in Center",
        "Coffee, company and peer support groups; no appointment needed.",
        "Adults",
        "(314) 555-0123",
        ("en", "es"),
        500,
    ),
    (
        "Gateway Housing Alliance",
        "Rapid Rehousing",
        "Help finding and paying for an apartment.",
        "Families and adults experiencing homelessness",
        "(314) 555-0190",
        ("en",),
        200,
    ),
    (
        "Gateway Housing Alliance",
        "Crisis Respite Beds",
        "Overnight beds with peer staff for people in crisis who do not need a hospital.",
        "Adults 18 and over",
        "(314) 555-0155",
        ("en", "es"),
        40,
    ),
)


def _directory(ctx: AppContext, admin: SignedInUser) -> None:
    """The test package (hours, languages, categories) plus a few services typed in by hand."""
    from counselor_app.domain.directory import ServiceEdit

    ctx.directory.import_hsds(admin, PACKAGE)
    organizations = {o.name: o.id for o in ctx.directory.list_organizations(admin)}
    today = datetime.now(UTC).date()
    for org, name, description, eligibility, phone, languages, age in EXTRA_SERVICES:
        ctx.directory.save_service(
            admin,
            ServiceEdit(
                organization_id=organizations[org],
                name=name,
                description=description,
                eligibility=eligibility,
                fees="Free",
                phone=phone,
                languages=languages,
                last_verified=today - timedelta(days=age),
            ),
        )


def render_directory(
    ctx: AppContext, user: SignedInUser, path: Path, *, beside: CallRecord | None = None
) -> None:
    """The directory page after a search, or (``beside``) the directory docked beside a call."""
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage

    from counselor_app.ui.events import AppEvents
    from counselor_app.ui.intake.screenshots import _settle
    from counselor_app.ui.main_window import MainWindow
    from counselor_app.ui.ops import Runner

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    runner, events = Runner(), AppEvents(None, 0)
    window = MainWindow(ctx, user, runner, events)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(1280, 800)
        if beside is None:
            window.show_page("directory")
            window.show()
            view = window.pages["directory"]
        else:
            window.show_page("intake")
            window.show()
            assert window.intake is not None
            workspace = window.intake.show_workspace(beside, in_database=True, editable=True)
            workspace.show_tab(workspace.disposition_tab)
            _settle(app, runner)
            window.open_directory_beside_call()
            assert window.side_directory is not None
            view = window.side_directory
        assert isinstance(view, DirectoryView)
        _settle(app, runner)
        view.search.setText("crisis")
        view.refresh()
        _settle(app, runner)
        view.select_record(view.model.record_at(0).id)
        _settle(app, runner)
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        _settle(app, runner)
        image = QImage(QSize(1280, 800), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        window.render(image)
        image.save(str(path), "PNG")  # type: ignore[call-overload]
    finally:
        window.discard()
        window.close()
        events.close()
        runner.shutdown()
        window.deleteLater()
        app.sendPostedEvents()
        app.processEvents()


def _follow_up_queue(ctx: AppContext, staff: dict[Role, SignedInUser]) -> uuid.UUID:
    """Four callers' follow-ups: overdue, due today, claimed with one attempt, tomorrow.

    Returns the follow-up the screenshot selects (claimed by the peer specialist).
    """
    from counselor_app.domain.follow_ups import AttemptResult
    from tests.ui.follow_up_data import scheduled_plan

    casey, pat, sam = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    now = datetime.now(UTC)
    scheduled_plan(
        ctx,
        casey,
        name="Maria Lopez",
        number="(314) 555-0101",
        high_risk=True,
        ended_at=now - timedelta(hours=27),
    )
    _call, james = scheduled_plan(
        ctx,
        casey,
        name="James Carter",
        number="(314) 555-0133",
        ended_at=now - timedelta(hours=66),
        times="Weekdays before noon",
    )
    _call, dana = scheduled_plan(
        ctx,
        casey,
        name="Dana Whitfield",
        number="(314) 555-0166",
        high_risk=True,
        ended_at=now - timedelta(hours=9),
        times="After 3 PM (works mornings)",
    )
    scheduled_plan(
        ctx, casey, name="Sam Okafor", number="(314) 555-0188", ended_at=now - timedelta(hours=2)
    )
    ctx.follow_ups.claim(pat, dana[0].id)
    ctx.follow_ups.record_attempt(
        pat,
        dana[0].id,
        AttemptResult.VOICEMAIL,
        "Left my first name and the warmline number; no details.",
        "Try again after 3 PM",
    )
    ctx.follow_ups.claim(sam, james[0].id)
    return dana[0].id


def render_follow_ups(path: Path) -> None:
    """The follow-up queue of a peer specialist, with a claimed follow-up's details.

    On a database of its own, so the other screenshots' calls do not appear in the queue.
    """
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage

    from counselor_app.ui.events import AppEvents
    from counselor_app.ui.follow_ups import FollowUpsView
    from counselor_app.ui.intake.screenshots import _settle
    from counselor_app.ui.main_window import MainWindow
    from counselor_app.ui.ops import Runner

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    backend = keyring.get_keyring()
    ctx = build_context(
        f"sqlite:///{TEMP / path.with_suffix('.db').name}",
        settings=Settings(),
        keyring_backend=backend,
        password_hasher=FAST_HASHER,
    )
    runner, events = Runner(), AppEvents(None, 0)
    window: MainWindow | None = None
    try:
        prepare_schema(ctx)
        staff = make_staff(ctx)
        selected = _follow_up_queue(ctx, staff)
        window = MainWindow(ctx, staff[Role.PEER_SPECIALIST], runner, events)
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(1280, 800)
        window.show_page("follow_ups")
        window.show()
        view = window.pages["follow_ups"]
        assert isinstance(view, FollowUpsView)
        window.load_all_now()
        _settle(app, runner)
        view.load_detail_now(selected)
        _settle(app, runner)
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        _settle(app, runner)
        image = QImage(QSize(1280, 800), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        window.render(image)
        image.save(str(path), "PNG")  # type: ignore[call-overload]
    finally:
        if window is not None:
            window.discard()
            window.close()
            window.deleteLater()
        events.close()
        runner.shutdown()
        app.sendPostedEvents()
        app.processEvents()
        ctx.close()


def _spanish(ctx: AppContext, counselor: SignedInUser, record: CallRecord, folder: Path) -> None:
    """The intake, its safety plan and the follow-up queue with ``language = "es"``."""
    assert install_language("es") == "es"
    try:
        render_workspace(ctx, counselor, record, folder / "intake-workspace-es.png")
        render_workspace(ctx, counselor, record, folder / "safety-plan-es.png", tab="safety_plan")
        render_follow_ups(folder / "follow-ups-es.png")
    finally:
        install_language("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def main(folder: Path) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    app = QApplication.instance() or QApplication(["Counselor desk"])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ctx = build_context(
        f"sqlite:///{TEMP / 'screens.db'}",
        settings=Settings(),
        keyring_backend=backend,
        password_hasher=FAST_HASHER,
    )
    try:
        prepare_schema(ctx)
        apply_settings(app, ctx.settings)
        staff = make_staff(ctx)
        counselor = staff[Role.COUNSELOR]
        _prior_call(ctx, counselor)
        template = next(t for t in ctx.reference.checklists if t.key == "crisis-de-escalation")
        record = sample_call(ctx.intake.new_call(counselor, CallSource.TRANSFER_911), template)
        saved = ctx.intake.save(counselor, record)
        folder.mkdir(parents=True, exist_ok=True)
        render_workspace(ctx, counselor, saved, folder / "intake-workspace.png")
        urgent = ctx.intake.save(counselor, imminent_call(saved, counselor.account.display_name))
        render_workspace(ctx, counselor, urgent, folder / "intake-imminent.png", tab="risk")
        _directory(ctx, staff[Role.ADMINISTRATOR])
        render_directory(ctx, counselor, folder / "directory.png")
        helped = sample_call(ctx.intake.new_call(counselor, CallSource.DIRECT_LINE))
        shelter = ctx.directory.service_detail(counselor, "b0000000-0000-4000-8000-000000000003")
        referral = CallReferral(
            id=uuid.uuid4(),
            service_id=shelter.id,
            service_name=shelter.name,
            organization_name=shelter.organization_name,
            phone=shelter.phones[0].number if shelter.phones else "",
            note="Bed held until 11 PM; ask for the night manager.",
            warm_handoff=True,
            given_at=datetime.now(UTC) - timedelta(minutes=4),
            given_by=counselor.account.display_name,
        )
        helped = ctx.intake.save(counselor, replace(helped, referrals=(referral,)))
        render_directory(ctx, counselor, folder / "directory-beside-call.png", beside=helped)
        render_follow_ups(folder / "follow-ups.png")
        _spanish(ctx, counselor, saved, folder)
    finally:
        ctx.close()
    sys.stdout.write(f"Wrote the screenshots to {folder}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
