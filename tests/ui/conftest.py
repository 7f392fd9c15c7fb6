"""Fixtures for the user interface tests: a runner, the change bridge, staff on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.ui import i18n
from counselor_app.ui.events import AppEvents
from counselor_app.ui.ops import Runner
from tests.conftest import make_staff

HSDS_PACKAGE = Path(__file__).resolve().parents[1] / "fixtures" / "hsds" / "package"
"""The HSDS package the directory tests import."""

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
"""The offscreen platform says this whenever a shown window's size limits change (harmless)."""

OFFSCREEN_POPUP_NOISE = (
    "This plugin does not support raise",
    "This plugin does not support grabbing the (keyboard|mouse)",
)
"""...and this when a popup menu opens (it cannot raise windows or grab input)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen platform's size-hint notice in the UI tests (only there)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, *OFFSCREEN_POPUP_NOISE))


@pytest.fixture(autouse=True)
def en_us_locale(qapp: QApplication) -> Iterator[None]:
    """Qt formats dates oddly under the C locale; the app and the tests use en_US."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish interface (translator and locale), English again afterwards."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert i18n.install_language("es") == "es"
    yield
    i18n.install_language("en")
    QLocale.setDefault(previous)


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[Runner]:
    """The background runner; its workers are joined when the test ends."""
    r = Runner()
    yield r
    r.shutdown()
    r.deleteLater()


@pytest.fixture
def events(sqlite_ctx: AppContext) -> Iterator[AppEvents]:
    """The change bridge on ``sqlite_ctx``'s bus, without the polling timer."""
    e = AppEvents(sqlite_ctx.events, 0)
    yield e
    e.close()
    e.deleteLater()


@pytest.fixture
def loaded(sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]) -> AppContext:
    """``sqlite_ctx`` with the fixture HSDS package imported into its directory."""
    report = sqlite_ctx.directory.import_hsds(sqlite_staff[Role.ADMINISTRATOR], HSDS_PACKAGE)
    assert report.rejected == 0
    return sqlite_ctx


@pytest.fixture
def sqlite_staff(sqlite_ctx: AppContext) -> dict[Role, SignedInUser]:
    """Signed-in users of every role on ``sqlite_ctx``."""
    return make_staff(sqlite_ctx)
