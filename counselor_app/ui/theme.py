"""Look and feel from the settings: font scale, high contrast, the shared style sheet."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from counselor_app.config import Settings, resources_dir

log = logging.getLogger(__name__)

FONT_SCALE_MIN = 0.75
FONT_SCALE_MAX = 2.5
_BASE_FONT_PROPERTY = "counselorBaseFontPoints"
_HIGH_CONTRAST_PROPERTY = "counselorHighContrast"


def platform_prefers_high_contrast() -> bool:
    """Whether the desktop asks for high contrast (Qt 6.10+ reads the platform's setting)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:  # Qt before 6.10 cannot tell
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def high_contrast_active() -> bool:
    """Whether the high-contrast theme is on (set by ``apply_settings``)."""
    app = QApplication.instance()
    return bool(app is not None and app.property(_HIGH_CONTRAST_PROPERTY))


def high_contrast_palette() -> QPalette:
    """White on black with yellow selection: readable at a glance, for low vision."""
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, black)
        palette.setColor(group, QPalette.ColorRole.WindowText, white)
        palette.setColor(group, QPalette.ColorRole.Base, black)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Text, white)
        palette.setColor(group, QPalette.ColorRole.Button, black)
        palette.setColor(group, QPalette.ColorRole.ButtonText, white)
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, black)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, white)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#dddddd"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#00ffff"))
        palette.setColor(group, QPalette.ColorRole.Mid, white)
        palette.setColor(group, QPalette.ColorRole.Midlight, QColor("#808080"))
    disabled = QColor("#a0a0a0")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, black)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, black)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, black)
    return palette


def style_sheet() -> str:
    """The shared style sheet (empty when the file is missing)."""
    path = resources_dir() / "styles" / "app.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        log.warning("style sheet %s is missing; using the plain style", path)
        return ""


def apply_settings(app: QApplication, settings: Settings) -> None:
    """Apply the font scale, the high-contrast palette and the style sheet to ``app``.

    High contrast applies when the setting asks for it or the desktop does. Call this before
    any window is built: widgets that enlarge their font (headings) start from the app font.
    Applying twice is harmless: the scale is always relative to the original font size.
    """
    font = app.font()
    base = app.property(_BASE_FONT_PROPERTY)
    if base is None:
        base = font.pointSizeF()
        app.setProperty(_BASE_FONT_PROPERTY, base)
    scale = min(max(settings.font_scale, FONT_SCALE_MIN), FONT_SCALE_MAX)
    if float(base) > 0:
        font.setPointSizeF(float(base) * scale)
        app.setFont(font)
    high_contrast = settings.high_contrast or platform_prefers_high_contrast()
    app.setProperty(_HIGH_CONTRAST_PROPERTY, high_contrast)
    if high_contrast:
        app.setStyle("Fusion")
        app.setPalette(high_contrast_palette())
    app.setStyleSheet(style_sheet())
