"""The one way to secrets: the operating system's keyring, through ``keyring``.

Backends that would not protect a secret are refused: ``keyring``'s failing backend (no store at
all), its null backend, and the plaintext and console-prompting file stores of ``keyrings.alt``.
"""

from __future__ import annotations

import base64
import logging
import secrets

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

from counselor_app.domain.errors import KeyringUnavailableError, msg

log = logging.getLogger(__name__)

SERVICE = "counselor-desk"

REFUSED_BACKENDS = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyrings.alt.file.PlaintextKeyring",
        "keyrings.alt.file.EncryptedKeyring",
        "keyrings.alt.Gnome.Keyring",
    }
)

INSTALL_HINT = msg(
    "Install and unlock a system password store: GNOME Keyring or KWallet on Linux "
    "(Debian/Ubuntu: sudo apt install gnome-keyring), the Keychain on macOS, the Credential "
    "Manager on Windows. Plaintext keyrings are refused because they would leave the center's "
    "keys readable on disk."
)


def _qualname(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def usable_backends(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends of ``backend`` (a chainer has several) that are safe to keep secrets in."""
    members = list(getattr(backend, "backends", None) or [backend])
    return [b for b in members if _qualname(b) not in REFUSED_BACKENDS]


def describe_backend(backend: KeyringBackend) -> str:
    """Name of the backend in use, for the administrator."""
    return getattr(backend, "name", _qualname(backend))


class CredentialStore:
    """Secrets of this workstation, kept in the keyring under the service ``counselor-desk``."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        try:
            chosen = backend if backend is not None else keyring.get_keyring()
        except Exception as exc:  # noqa: BLE001 - a misconfigured PYTHON_KEYRING_BACKEND fails here
            raise KeyringUnavailableError(
                msg("The password store could not be loaded ({error}).", error=type(exc).__name__),
                INSTALL_HINT,
            ) from None
        if not usable_backends(chosen):
            raise KeyringUnavailableError(
                msg(
                    "No secure password store (keyring) is available on this workstation "
                    "(found: {found}).",
                    found=describe_backend(chosen),
                ),
                INSTALL_HINT,
            )
        self._backend = chosen

    @property
    def backend_name(self) -> str:
        """Which store is in use."""
        return describe_backend(self._backend)

    def get(self, name: str) -> str | None:
        """The secret called ``name``, or None when it is not stored."""
        try:
            return self._backend.get_password(SERVICE, name)
        except KeyringError as exc:
            raise self._failed(exc) from None

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name`` (replacing any earlier value)."""
        try:
            self._backend.set_password(SERVICE, name, value)
        except KeyringError as exc:
            raise self._failed(exc) from None

    def delete(self, name: str) -> None:
        """Remove the secret; nothing happens when it is not stored."""
        try:
            self._backend.delete_password(SERVICE, name)
        except PasswordDeleteError:
            return
        except KeyringError as exc:
            raise self._failed(exc) from None

    def get_key(self, name: str) -> bytes | None:
        """A binary key stored as base64, or None."""
        stored = self.get(name)
        return base64.b64decode(stored) if stored else None

    def create_key(self, name: str, nbytes: int = 32) -> bytes:
        """Make a new random key, store it, and return it."""
        key = secrets.token_bytes(nbytes)
        self.set(name, base64.b64encode(key).decode("ascii"))
        return key

    @staticmethod
    def _failed(exc: KeyringError) -> KeyringUnavailableError:
        log.warning("keyring operation failed: %s", type(exc).__name__)
        return KeyringUnavailableError(
            "The system password store refused the request (it may be locked).",
            msg(
                "Unlock it (sign in to the desktop again) and retry. {install_hint}",
                install_hint=INSTALL_HINT,
            ),
        )
