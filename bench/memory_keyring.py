"""An in-memory keyring for benchmark runs, so they never touch the real keyring.

Child processes select it with ``PYTHON_KEYRING_BACKEND=bench.memory_keyring.MemoryKeyring``
(``keyring`` honours that variable) and ``PYTHONPATH`` set to the repository root. Secrets live
in the process and are gone when it exits.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dictionary, for the lifetime of one process."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError("not stored") from None
