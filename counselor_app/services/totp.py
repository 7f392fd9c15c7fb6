"""The TOTP second factor (RFC 6238, ``pyotp``): secrets, provisioning URIs, code checks.

A code is accepted for its own 30-second step and one step either side (phones drift). The step
of the last accepted code is stored with the account, and a code is accepted only for a later
step, so a code seen over someone's shoulder cannot be used again.
"""

from __future__ import annotations

import hmac
from datetime import datetime

import pyotp

from counselor_app import APP_NAME
from counselor_app.domain.accounts import TotpEnrollment

STEP_SECONDS = 30
DRIFT_STEPS = 1


def new_enrollment(username: str) -> TotpEnrollment:
    """A fresh random secret (160 bits, base32) and its ``otpauth://`` URI."""
    secret = pyotp.random_base32()
    uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=APP_NAME)
    return TotpEnrollment(secret=secret, uri=uri)


def time_step(now: datetime) -> int:
    """The TOTP counter at ``now``."""
    return int(now.timestamp()) // STEP_SECONDS


def code_at(secret: str, now: datetime) -> str:
    """The code an authenticator app shows at ``now`` (tests and the enable dialog's help)."""
    return pyotp.TOTP(secret).generate_otp(time_step(now))


def matching_step(secret: str, code: str, now: datetime) -> int | None:
    """The time step ``code`` belongs to (within the drift window), or None when it is wrong."""
    typed = "".join(code.split())
    if len(typed) != 6 or not typed.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    current = time_step(now)
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        if hmac.compare_digest(totp.generate_otp(step), typed):
            return step
    return None


def valid_secret(secret: str) -> bool:
    """True when ``secret`` is base32 of at least 128 bits."""
    cleaned = secret.strip().upper()
    alphabet = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=")
    return len(cleaned.rstrip("=")) >= 26 and set(cleaned) <= alphabet
