"""Settings, declared once: name, type, default and a one-line description each.

They live in ``settings.json`` in the platform's config folder. Secrets never do: passwords and
keys live only in the OS keyring (``services.credentials``).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from counselor_app import DIST_NAME
from counselor_app.atomic import atomic_write_text

log = logging.getLogger(__name__)


def config_dir() -> Path:
    """Per-user configuration folder (``~/.config/counselor-desk`` on Linux)."""
    return Path(platformdirs.user_config_dir(DIST_NAME, appauthor=False))


def data_dir() -> Path:
    """Per-user data folder, home of the embedded database."""
    return Path(platformdirs.user_data_dir(DIST_NAME, appauthor=False))


def log_dir() -> Path:
    """Per-user log folder."""
    return Path(platformdirs.user_log_dir(DIST_NAME, appauthor=False))


def default_database_url() -> str:
    """The embedded SQLite database in the platform data folder."""
    return f"sqlite:///{data_dir() / 'counselor-desk.db'}"


def resources_dir() -> Path:
    """The ``resources/`` folder shipped with the application."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def _setting(default: Any, doc: str) -> Any:
    return field(default=default, metadata={"doc": doc})


@dataclass(frozen=True)
class Settings:
    """Every setting of a workstation. Read with attribute access; change with ``replace``."""

    database_url: str = _setting("", "Database URL; empty means the embedded SQLite database.")
    workstation_name: str = _setting("", "Name of this workstation in the audit trail.")
    center_name: str = _setting("Crisis center", "Center name printed on handoffs and reports.")
    center_time_zone: str = _setting("America/Chicago", "IANA time zone of the center.")
    idle_lock_minutes: int = _setting(
        10, "Minutes without input before the screen locks; 0 turns the idle lock off."
    )
    reauth_hours: int = _setting(
        24, "Hours after which the password must be confirmed again (1 to 24; the daily check)."
    )
    break_glass_minutes: int = _setting(
        30, "Minutes a break-glass access to another counselor's call lasts (1 to 480)."
    )
    refresh_seconds: int = _setting(5, "How often lists refresh from the shared database.")
    font_scale: float = _setting(1.0, "Multiplier for the interface font size.")
    high_contrast: bool = _setting(False, "Use the high-contrast theme.")
    locale: str = _setting("en_US", "Language and formats of the interface.")
    language: str = _setting(
        "",
        "Interface language: 'en' (English), 'es' (Spanish) or empty for the system's language; "
        "takes effect at the next start. Spanish also formats dates in Spanish.",
    )
    directory_verified_warning_days: int = _setting(
        365, "A directory record last verified longer ago than this many days shows a warning."
    )
    follow_up_max_attempts: int = _setting(
        3, "Unsuccessful attempts after which a follow-up closes as unreachable (1 to 10)."
    )
    follow_up_plans_file: str = _setting(
        "", "Follow-up plans file (JSON); empty means the shipped resources/follow-up-plans.json."
    )
    ics_include_initials: bool = _setting(
        True, "Calendar (.ics) exports of follow-ups show the client's initials."
    )
    center_crisis_numbers: str = _setting(
        "",
        "Local numbers printed on caller safety plans after 988 and 911: 'Label: number' "
        "entries separated by ';'.",
    )
    pdf_font_files: str = _setting(
        "",
        "Extra fonts for PDFs, tried before the system fonts: TrueType files separated by ';' "
        "(a face of a .ttc collection as PATH#INDEX).",
    )
    report_police_hours_per_dispatch: float = _setting(
        1.5,
        "Outcome report: police work hours saved per avoided police dispatch (travel, on scene, "
        "report writing). Shipped value is a placeholder, not a published figure: take your "
        "police department's average CAD time on a behavioral-health call.",
    )
    report_ems_hours_per_dispatch: float = _setting(
        1.0,
        "Outcome report: EMS crew hours saved per avoided ambulance dispatch. Placeholder: take "
        "your EMS agency's average unit time (dispatch to back in service) for such calls.",
    )
    report_police_cost_per_hour: float = _setting(
        60.0,
        "Outcome report: dollars per police work hour (fully loaded). Placeholder: take the "
        "figure from your city budget office.",
    )
    report_ambulance_cost_per_dispatch: float = _setting(
        1000.0,
        "Outcome report: dollars per avoided ambulance dispatch. Placeholder: take your EMS "
        "agency's cost or billing rate per response.",
    )
    report_unit_costs_source: str = _setting(
        "",
        "Outcome report: where the four unit figures above come from (printed on every report, "
        "e.g. 'City budget FY2026, EMS annual report 2025').",
    )

    @classmethod
    def docs(cls) -> dict[str, str]:
        """Setting name to its one-line description."""
        return {f.name: f.metadata["doc"] for f in fields(cls)}

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (types checked)."""
        return _coerce(dataclasses.replace(self, **changes).as_dict())

    def as_dict(self) -> dict[str, Any]:
        """Plain dictionary of every setting."""
        return dataclasses.asdict(self)

    def effective_database_url(self) -> str:
        """The configured database URL, or the embedded default."""
        return self.database_url or default_database_url()


def _coerce(raw: dict[str, Any]) -> Settings:
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        value = raw[f.name]
        expected = type(getattr(defaults, f.name))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if type(value) is not expected:
            log.warning("setting %s has the wrong type; using the default", f.name)
            continue
        values[f.name] = value
    return Settings(**values)


def settings_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / "settings.json"


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing or unreadable file gives the defaults (and a log line)."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        log.warning("settings file %s is unreadable; using defaults", path)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    return _coerce(raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically."""
    path = path or settings_path()
    atomic_write_text(path, json.dumps(settings.as_dict(), indent=2, sort_keys=True) + "\n")
