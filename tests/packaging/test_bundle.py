"""The packaged application: the built PyInstaller bundle runs on its own, and it is trimmed.

``make package`` builds ``dist/counselor-desk``; ``.ci/run`` builds it before the suite, so with
CI=true a missing bundle fails here. On a laptop without a bundle the bundle tests skip (say
``make package-test`` to build and run them). The bundle runs offscreen with private HOME and
XDG folders, against a real Secret Service (a private D-Bus session bus and an unlocked GNOME
Keyring, ``tests/support/secret_service.py``), since the app refuses plaintext keyrings.
"""

from __future__ import annotations

import configparser
import os
import sqlite3
import subprocess
import sys
import tomllib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_app import APP_ID
from tests.support.secret_service import SecretServiceSession, missing_programs

REPO = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
BUNDLE = REPO / "dist" / PROJECT["name"]
EXECUTABLE = BUNDLE / PROJECT["name"]
INTERNAL = BUNDLE / "_internal"
IN_CI = os.environ.get("CI", "").lower() == "true"
PASSWORD = "Bundle-test-passphrase-42"
TIMEOUT = 180


def _require(condition: bool, message: str) -> None:
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{message}; CI=true requires it (.ci/run runs `make package`).", False)
    pytest.skip(f"{message} (`make package-test` builds and runs it)")


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretServiceSession]:
    """A private keyring session for the bundle, once the bundle exists."""
    _require(EXECUTABLE.is_file(), f"no bundle at {EXECUTABLE.relative_to(REPO)}")
    missing = missing_programs()
    _require(not missing, f"missing {', '.join(missing)} (apt-get install dbus gnome-keyring)")
    with SecretServiceSession(tmp_path_factory.mktemp("bundle-session")) as running:
        yield running


def _run(
    session: SecretServiceSession, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXECUTABLE), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env=session.env,
        cwd=session.root,
        check=False,
    )


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    assert image.width() >= 600 and image.height() >= 400, (image.width(), image.height())
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


def test_bundle_creates_a_database_signs_in_and_exits_cleanly(
    session: SecretServiceSession, qapp: object
) -> None:
    version = _run(session, "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"Counselor desk {PROJECT['version']}"

    upgrade = _run(session, "db", "upgrade")
    assert upgrade.returncode == 0, upgrade.stderr
    assert "Upgraded the database" in upgrade.stdout
    database = Path(session.env["XDG_DATA_HOME"]) / "counselor-desk" / "counselor-desk.db"
    assert database.is_file(), "the embedded database is not in the private data folder"

    add = _run(
        session,
        "user",
        "add",
        "admin",
        "--role",
        "administrator",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert add.returncode == 0, add.stderr
    assert "Created administrator account 'admin'" in add.stdout

    wrong = _run(session, "--screenshot", "wrong.png", "--as", "admin", stdin="not-it\n")
    assert wrong.returncode != 0
    assert "Traceback" not in wrong.stderr
    assert not (session.root / "wrong.png").exists()

    shot = session.root / "main.png"
    signed_in = _run(session, "--screenshot", str(shot), "--as", "admin", stdin=PASSWORD + "\n")
    assert signed_in.returncode == 0, signed_in.stderr
    assert "Traceback" not in signed_in.stderr
    assert shot.is_file()
    assert _distinct_colours(shot) > 20, "the main window rendered as a blank image"


def test_bundle_writes_a_handoff_pdf_with_embedded_fonts(session: SecretServiceSession) -> None:
    from pypdf import PdfReader

    database = session.root / "demo.db"
    url = f"sqlite:///{database}"
    demo = _run(session, "--database", url, "demo")
    assert demo.returncode == 0, demo.stderr
    with sqlite3.connect(database) as con:
        # One of demo.counselor's own calls (a counselor may not open a colleague's).
        (call_id,) = con.execute(
            "SELECT calls.id FROM calls JOIN staff_accounts ON staff_accounts.id = "
            "calls.counselor_id WHERE staff_accounts.username = 'demo.counselor' "
            "ORDER BY calls.id LIMIT 1"
        ).fetchone()
    pdf = session.root / "handoff.pdf"
    handoff = _run(
        session,
        "--database",
        url,
        "handoff",
        str(uuid.UUID(hex=str(call_id))),
        "--to",
        "mobile-team",
        "--override",
        "bundle test",
        "-o",
        str(pdf),
        "--as",
        "demo.counselor",
    )
    assert handoff.returncode == 0, handoff.stderr
    reader = PdfReader(pdf)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in font for font in fonts), fonts
    assert "Handoff: Mobile crisis team" in reader.pages[0].extract_text()


def test_a_bundle_uses_the_fonts_it_carries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from counselor_app.export import fonts

    system_font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    assert system_font.is_file(), "fonts-dejavu-core is needed (.ci/run installs it)"
    (tmp_path / "fonts").mkdir()
    shutil.copy(system_font, tmp_path / "fonts" / "BundledSans.ttf")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    bundled = fonts._bundled("BundledSans.ttf")
    assert bundled == (str(tmp_path / "fonts" / "BundledSans.ttf"),)
    source = fonts.FontSource("Bundled Sans", ("/nonexistent/BundledSans.ttf", *bundled))
    found = fonts.find_fonts(sources=[source])
    assert [f.path for f in found] == [bundled[0]]
    assert ord("Ж") in found[0].covers
    monkeypatch.delattr(sys, "_MEIPASS")
    assert fonts._bundled("BundledSans.ttf") == ()


def test_bundle_carries_resources_migrations_and_fonts() -> None:
    _require(EXECUTABLE.is_file(), f"no bundle at {EXECUTABLE.relative_to(REPO)}")
    for resource in (REPO / "resources").rglob("*"):
        if resource.is_file() and "__pycache__" not in resource.parts:
            assert (INTERNAL / resource.relative_to(REPO)).is_file(), resource
    versions = REPO / "counselor_app" / "db" / "migrations" / "versions"
    bundled = INTERNAL / "counselor_app" / "db" / "migrations"
    assert (bundled / "env.py").is_file()
    for script in versions.glob("*.py"):
        assert (bundled / "versions" / script.name).is_file(), script.name
    if Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").is_file():
        assert (INTERNAL / "fonts" / "DejaVuSans.ttf").is_file()
        assert (INTERNAL / "fonts" / "DejaVuSans-Bold.ttf").is_file()
        assert (INTERNAL / "fonts" / "LICENSE-DejaVu" / "copyright").is_file()


def test_bundle_leaves_out_what_the_app_does_not_use() -> None:
    _require(EXECUTABLE.is_file(), f"no bundle at {EXECUTABLE.relative_to(REPO)}")
    names = {p.name for p in INTERNAL.rglob("*")}
    for unused in (
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6WebEngineCore.so.6",
        "libQt6Multimedia.so.6",
        "libQt6VirtualKeyboard.so.6",
        "libgtk-3.so.0",
        "tkinter",
        "pytest",
        "hypothesis",
        "qml",
    ):
        assert unused not in names, unused
    assert "libQt6Charts.so.6" in names  # the Reports screen's charts
    translations = [p.name for p in INTERNAL.rglob("*.qm")]
    assert translations and all("_es" in name for name in translations), translations


def test_desktop_file_and_icon_share_the_application_id() -> None:
    desktop = REPO / "packaging" / "linux" / f"{APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Icon"] == APP_ID
    assert section["Exec"].split()[0] == PROJECT["name"]
    assert (REPO / "resources" / "icons" / f"{APP_ID}.svg").is_file()


def test_the_application_names_its_desktop_file_and_icon(qapp: object) -> None:
    from PySide6.QtWidgets import QApplication

    from counselor_app.ui.launch import application_icon, create_application

    app = create_application()
    assert isinstance(app, QApplication)
    assert app.desktopFileName() == APP_ID
    icon = application_icon()
    assert not icon.isNull()
    assert not icon.pixmap(64, 64).toImage().isNull()
    assert not app.windowIcon().isNull()
