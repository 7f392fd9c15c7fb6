from __future__ import annotations

import json
import os
from pathlib import Path

from counselor_app.atomic import atomic_write_text
from counselor_app.config import (
    Settings,
    config_dir,
    default_database_url,
    load_settings,
    resources_dir,
    save_settings,
)


def test_defaults_when_no_file(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "missing.json") == Settings()


def test_round_trip_and_types(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings().replace(idle_lock_minutes=5, font_scale=1.25, high_contrast=True)
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_wrong_types_and_unknown_keys_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_lock_minutes": "ten", "font_scale": 2, "bogus": 1}))
    settings = load_settings(path)
    assert settings.idle_lock_minutes == 10
    assert settings.font_scale == 2.0


def test_corrupt_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert load_settings(path) == Settings()


def test_every_setting_is_documented() -> None:
    docs = Settings.docs()
    assert set(docs) == set(Settings().as_dict())
    assert all(docs.values())


def test_folders_are_isolated_from_the_real_user() -> None:
    # conftest points XDG folders at a temporary directory.
    assert str(config_dir()).startswith(os.environ["XDG_CONFIG_HOME"])
    assert os.environ["XDG_DATA_HOME"] in default_database_url()


def test_resources_are_found() -> None:
    assert (resources_dir() / "passwords" / "blocklist.txt").is_file()
    assert (resources_dir() / "concerns.json").is_file()


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_text(target, "first")
    atomic_write_text(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
