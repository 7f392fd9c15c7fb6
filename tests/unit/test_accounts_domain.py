from __future__ import annotations

from datetime import timedelta

import pytest

from counselor_app.domain.accounts import (
    MAX_LOCK,
    PASSWORD_MAX,
    PASSWORD_MIN,
    ROLE_PERMISSIONS,
    Permission,
    Role,
    check_password,
    check_username,
    lock_duration,
    normalize_username,
    role_allows,
)

BLOCK = frozenset({"passwordpassword123"})


@pytest.mark.parametrize(
    ("password", "fragment"),
    [
        ("short one", "needs at least 15"),
        ("a" * (PASSWORD_MAX + 1), "at most 128"),
        ("PasswordPassword123", "commonly used"),
        ("abababababababababab", "repeats one or two"),
        ("casey likes long walks", "contains the username"),
    ],
)
def test_password_refused_with_reason(password: str, fragment: str) -> None:
    reasons = check_password(password, username="casey", blocklist=BLOCK)
    assert any(fragment in r for r in reasons), reasons


@pytest.mark.parametrize(
    "password",
    [
        "x" * 2 + "correct battery staple",
        "lowercase only words here",  # no composition rules
        "ñandú corre rápido hoy",  # non-ASCII counts by characters
        "y" * 60 + "z" * 4 + "w",  # 65 characters: at least 64 accepted
    ],
)
def test_password_accepted(password: str) -> None:
    assert check_password(password, username="casey", blocklist=BLOCK) == []


def test_length_boundary_is_fifteen() -> None:
    assert check_password("abcdefghijklmn", blocklist=()) != []
    assert len("abcdefghijklmno") == PASSWORD_MIN
    assert check_password("abcdefghijklmno", blocklist=()) == []


def test_usernames_fold_and_validate() -> None:
    assert normalize_username("  Casey.R ") == "casey.r"
    assert check_username("casey.r") == []
    assert check_username("c") != []
    assert any("letters, digits" in r for r in check_username("casey r"))


def test_role_parse_accepts_cli_spellings() -> None:
    assert Role.parse("peer-specialist") is Role.PEER_SPECIALIST
    assert Role.parse("Administrator") is Role.ADMINISTRATOR
    with pytest.raises(ValueError, match="Choose one of"):
        Role.parse("janitor")


def test_role_permissions() -> None:
    assert role_allows(Role.ADMINISTRATOR, Permission.ACCOUNT_MANAGE)
    assert not role_allows(Role.COUNSELOR, Permission.ACCOUNT_MANAGE)
    assert not role_allows(Role.PEER_SPECIALIST, Permission.CALL_TAKE)
    assert role_allows(Role.PEER_SPECIALIST, Permission.FOLLOW_UP_WORK)
    assert role_allows(Role.SUPERVISOR, Permission.IMMINENT_MONITOR)
    assert role_allows(Role.SUPERVISOR, Permission.REPORT_VIEW)
    assert not role_allows(Role.COUNSELOR, Permission.REPORT_VIEW)
    assert set(ROLE_PERMISSIONS) == set(Role)


def test_lock_duration_grows_and_caps() -> None:
    assert lock_duration(4) == timedelta(0)
    assert lock_duration(5) == timedelta(seconds=30)
    assert lock_duration(6) == timedelta(seconds=60)
    assert lock_duration(50) == MAX_LOCK
