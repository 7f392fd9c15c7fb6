"""High contrast and font scaling reach every screen: sign-in, intake, follow-ups, directory.

The settings (or the desktop's high-contrast preference) are applied as the application does at
start, before any window is built; then each screen is built and its real palette and fonts are
measured: WCAG contrast ratios of at least 7:1 (level AAA) and point sizes scaled by the setting.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.ui import theme
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake.style import HIGH_CONTRAST_PROBLEM, IMMINENT_RED
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from counselor_app.ui.sign_in import SignInDialog

Role_ = QPalette.ColorRole
PAIRS = (
    (Role_.WindowText, Role_.Window),
    (Role_.Text, Role_.Base),
    (Role_.ButtonText, Role_.Button),
    (Role_.HighlightedText, Role_.Highlight),
    (Role_.ToolTipText, Role_.ToolTipBase),
)


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[QApplication]:
    """Put the application's font, palette, style and style sheet back after the test."""
    font, palette, style = QFont(qapp.font()), QPalette(qapp.palette()), qapp.style().name()
    sheet = qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setFont(font)
    for name in ("counselorBaseFontPoints", "counselorHighContrast"):
        qapp.setProperty(name, None)


def screens(
    qtbot: QtBot,
    ctx: AppContext,
    user: SignedInUser,
    runner: Runner,
    events: AppEvents,
) -> dict[str, QWidget]:
    """The sign-in dialog and the main window's intake, follow-ups and directory pages."""
    sign_in = SignInDialog(ctx, runner)
    qtbot.addWidget(sign_in)
    window = MainWindow(ctx, user, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, QWidget] = {"sign-in": sign_in}
    for key in ("intake", "follow_ups", "directory"):
        assert window.show_page(key)
        found[key] = window.pages[key]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    return found


def test_contrast_of_the_high_contrast_palette() -> None:
    palette = theme.high_contrast_palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in PAIRS:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            assert ratio >= 7, f"{text.name} on {background.name}: {ratio:.1f}:1"
    disabled = contrast(
        palette.color(QPalette.ColorGroup.Disabled, Role_.WindowText),
        palette.color(QPalette.ColorGroup.Disabled, Role_.Window),
    )
    assert disabled >= 4.5  # still readable, visibly dimmer than enabled text
    # Problem text in the intake workspace: the normal red fails on black, the light one passes
    black = QColor("#000000")
    assert contrast(QColor(IMMINENT_RED), black) < 4.5
    assert contrast(QColor(HIGH_CONTRAST_PROBLEM), black) >= 7
    assert contrast(QColor(IMMINENT_RED), QColor("#ffffff")) >= 6


def test_high_contrast_and_font_scale_reach_every_screen(
    qtbot: QtBot,
    restore_look: QApplication,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    app = restore_look
    base = app.font().pointSizeF()
    assert base > 0
    theme.apply_settings(app, Settings(font_scale=1.5, high_contrast=True))
    assert theme.high_contrast_active()
    assert app.font().pointSizeF() == pytest.approx(base * 1.5)
    app_ratio = contrast(app.palette().color(Role_.WindowText), app.palette().color(Role_.Window))
    assert app_ratio >= 7

    built = screens(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner, events)
    for name, screen in built.items():
        palette = screen.palette()
        for text, background in PAIRS:
            ratio = contrast(palette.color(text), palette.color(background))
            assert ratio >= 7, f"{name}: {text.name} on {background.name} is {ratio:.1f}:1"
        controls: list[QWidget] = [
            *screen.findChildren(QLineEdit),
            *screen.findChildren(QAbstractButton),
            *screen.findChildren(QAbstractItemView),
        ]
        assert len(controls) >= 3, name
        for control in controls:
            label = f"{name}: {type(control).__name__} {control.objectName()!r}"
            assert control.font().pointSizeF() == pytest.approx(base * 1.5), label
            palette = control.palette()
            assert contrast(palette.color(Role_.Text), palette.color(Role_.Base)) >= 7, label
            ratio = contrast(palette.color(Role_.ButtonText), palette.color(Role_.Button))
            assert ratio >= 7, label
        headings = [
            label for label in screen.findChildren(QLabel) if label.objectName() == "heading"
        ]
        for label in headings:  # enlarged relative to the scaled font, not the original
            assert label.font().pointSizeF() > base * 1.5, (name, label.text())
    intake_headings = [
        label for label in built["intake"].findChildren(QLabel) if label.objectName() == "heading"
    ]
    assert intake_headings
    assert "#ff9e9e" in built["intake"].styleSheet()


def test_the_desktops_high_contrast_preference_is_honoured(
    restore_look: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = restore_look
    monkeypatch.setattr(theme, "platform_prefers_high_contrast", lambda: True)
    theme.apply_settings(app, Settings(high_contrast=False))
    assert theme.high_contrast_active()
    assert contrast(app.palette().color(Role_.Text), app.palette().color(Role_.Base)) >= 7


def test_without_either_the_normal_theme_stays(restore_look: QApplication) -> None:
    app = restore_look
    before = app.palette().color(Role_.Window)
    theme.apply_settings(app, Settings())
    # Offscreen Qt has no desktop preference, so only the setting could turn it on.
    assert theme.platform_prefers_high_contrast() is False
    assert not theme.high_contrast_active()
    assert app.palette().color(Role_.Window) == before
    assert app.font().pointSizeF() == pytest.approx(app.property("counselorBaseFontPoints"))
