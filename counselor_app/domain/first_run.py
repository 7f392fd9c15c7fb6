"""What the first-run wizard chooses and learns: a shared database's address, and what it found.

Plain values shared by the wizard (``ui.first_run``) and the composition root that carries them
out (``counselor_app.first_run``). No password is ever part of them: it travels separately and
is kept only in the keyring.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote, urlencode

from counselor_app.domain.errors import ValidationError, msg

DEFAULT_PORT = 5432
TLS_MODES = ("verify-full", "verify-ca", "require", "prefer", "disable")
"""The TLS modes offered, safest first (libpq's ``sslmode``)."""
VERIFYING_TLS_MODES = ("verify-full", "verify-ca")


class NextStep(StrEnum):
    """Where the application goes once the wizard is finished."""

    MAIN_WINDOW = "main-window"
    """A new database: the administrator created in the wizard is signed in."""
    SIGN_IN = "sign-in"
    """An existing shared database with accounts: sign in with one of them."""
    ENROLL = "enroll"
    """An existing shared database whose keys this workstation lacks: import an enrollment file."""


@dataclass(frozen=True)
class SharedDatabase:
    """Where a shared PostgreSQL database is and how to reach it securely (no password)."""

    host: str
    port: int
    database: str
    user: str
    tls_mode: str = "verify-full"
    ca_file: str = ""

    def problems(self) -> list[str]:
        """Every reason this address cannot be tried yet (empty when it can)."""
        found: list[str] = []
        if not self.host.strip():
            found.append(msg("Enter the server's host name (as written in its certificate)."))
        if not 1 <= self.port <= 65535:
            found.append(msg("The port is a number from 1 to 65535 (PostgreSQL uses 5432)."))
        if not self.database.strip():
            found.append(msg("Enter the name of the database."))
        if not self.user.strip():
            found.append(msg("Enter the database user of this workstation."))
        if self.tls_mode not in TLS_MODES:
            found.append(msg("Choose a TLS mode: {modes}.", modes=", ".join(TLS_MODES)))
        if self.tls_mode in VERIFYING_TLS_MODES and not self.ca_file.strip():
            found.append(
                msg(
                    "Choose the certificate authority (CA) file that signed the server's "
                    "certificate: verify-full needs it to check the server."
                )
            )
        return found

    def require_valid(self) -> None:
        """Raise ``ValidationError`` listing the problems, if any."""
        found = self.problems()
        if found:
            raise ValidationError("The shared database's address is not complete.", tuple(found))

    def url(self) -> str:
        """The database address, without a password (``postgresql+psycopg://user@host:port/db``)."""
        host = self.host.strip()
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 address
        query = {"sslmode": self.tls_mode}
        if self.ca_file.strip() and self.tls_mode != "disable":
            query["sslrootcert"] = self.ca_file.strip()
        return (
            f"postgresql+psycopg://{quote(self.user.strip(), safe='')}@{host}:{self.port}/"
            f"{quote(self.database.strip(), safe='')}?{urlencode(query)}"
        )


@dataclass(frozen=True)
class DatabaseReady:
    """The database the wizard opened: where it is, and what it already holds."""

    location: str
    embedded: bool
    needs_first_administrator: bool
    enrolled: bool

    @property
    def next_step(self) -> NextStep:
        """Create the first administrator here (``MAIN_WINDOW``), sign in, or enroll first."""
        if not self.enrolled:
            return NextStep.ENROLL
        if self.needs_first_administrator:
            return NextStep.MAIN_WINDOW
        return NextStep.SIGN_IN
