"""A throw-away PostgreSQL cluster the tests own: start, stop (even ``immediate``), restart, TLS.

The shared server at 127.0.0.1:5432 must never be stopped by a test; fault injection and TLS
tests run against one of these instead. ``initdb`` and ``postgres`` refuse to run as root, so as
root the cluster belongs to the ``postgres`` system user (``runuser``); as anyone else it belongs
to the current user.

Usage::

    cluster = ThrowawayCluster.create()  # in a private temporary folder of its own
    cluster.start()
    url = cluster.url()            # postgresql+psycopg://postgres@127.0.0.1:PORT/postgres
    cluster.stop("immediate")      # a crash, as far as clients can tell
    cluster.start()
    cluster.destroy()
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"


def postgres_bin_dir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (Debian keeps them off the PATH)."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ThrowawayCluster:
    """One private PostgreSQL cluster in ``folder``, listening on 127.0.0.1:``port``."""

    folder: Path
    bin_dir: Path
    port: int
    as_postgres_user: bool

    @classmethod
    def unavailable_reason(cls) -> str | None:
        """Why a cluster cannot be made here, or None."""
        if postgres_bin_dir() is None:
            return "PostgreSQL server binaries (initdb, pg_ctl) are not installed"
        if os.geteuid() == 0 and shutil.which("runuser") is None:
            return "running as root without runuser to become the postgres user"
        return None

    @classmethod
    def for_tests(cls, hint: Path | None = None) -> ThrowawayCluster:
        """``create``, or skip the test where a cluster cannot be made (fail when CI=true)."""
        reason = cls.unavailable_reason()
        if reason is not None:
            if os.environ.get("CI", "").lower() == "true":
                pytest.fail(f"{reason}; CI=true requires a throw-away PostgreSQL.", pytrace=False)
            pytest.skip(reason)
        return cls.create(hint)

    @classmethod
    def create(cls, hint: Path | None = None) -> ThrowawayCluster:
        """``initdb`` a new cluster (trust authentication on 127.0.0.1 only).

        The cluster lives in a private folder of its own under the system's temporary folder
        (named after ``hint`` when given), never inside pytest's temporary folders: those are
        private to the user running pytest (the server runs as ``postgres``) and are removed by
        other pytest sessions' clean-up.
        """
        reason = cls.unavailable_reason()
        if reason is not None:
            raise RuntimeError(reason)
        bin_dir = postgres_bin_dir()
        assert bin_dir is not None
        as_postgres = os.geteuid() == 0
        prefix = f"counselor-{hint.name}-" if hint is not None else "counselor-pg-"
        folder = Path(tempfile.mkdtemp(prefix=prefix))
        if as_postgres:
            shutil.chown(folder, SUPERUSER, SUPERUSER)
        cluster = cls(folder, bin_dir, _free_port(), as_postgres)
        cluster._run(
            "initdb",
            "-D",
            str(cluster.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        cluster.configure(
            listen_addresses="'127.0.0.1'",
            port=str(cluster.port),
            unix_socket_directories=f"'{cluster.folder}'",
            fsync="off",
            full_page_writes="off",
            max_connections="60",
        )
        return cluster

    @property
    def data_dir(self) -> Path:
        """The cluster's data directory."""
        return self.folder / "data"

    @property
    def log_file(self) -> Path:
        """The server's log (read it when a start fails)."""
        return self.folder / "server.log"

    def _command(self, program: str, *args: str) -> list[str]:
        command = [str(self.bin_dir / program), *args]
        if self.as_postgres_user:
            return ["runuser", "-u", SUPERUSER, "--", *command]
        return command

    def _run(
        self, program: str, *args: str, check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._command(program, *args),
            check=check,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=self.folder,
        )

    def configure(self, **settings: str) -> None:
        """Append ``name = value`` lines to postgresql.conf (values already quoted as needed)."""
        lines = "".join(f"{name} = {value}\n" for name, value in settings.items())
        conf = self.data_dir / "postgresql.conf"
        with conf.open("a", encoding="utf-8") as handle:
            handle.write(lines)

    def write_file(self, name: str, content: bytes, mode: int = 0o600) -> Path:
        """Put a file (a certificate, a key) in the data directory, owned by the server's user."""
        path = self.data_dir / name
        path.write_bytes(content)
        path.chmod(mode)
        if self.as_postgres_user:
            shutil.chown(path, SUPERUSER, SUPERUSER)
        return path

    def set_hba(self, lines: list[str]) -> None:
        """Replace pg_hba.conf (e.g. ``hostssl all all 127.0.0.1/32 trust``)."""
        self.write_file("pg_hba.conf", ("\n".join(lines) + "\n").encode())

    def start(self, timeout: float = 30) -> None:
        """Start the server and wait until it accepts connections."""
        result = self._run(
            "pg_ctl",
            "-D",
            str(self.data_dir),
            "-l",
            str(self.log_file),
            "-w",
            "-t",
            str(int(timeout)),
            "start",
            check=False,
        )
        if result.returncode != 0:
            log = (
                self.log_file.read_text(errors="replace")[-2000:] if self.log_file.exists() else ""
            )
            raise RuntimeError(f"the throw-away PostgreSQL did not start: {result.stderr}\n{log}")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: ``fast`` (clean) or ``immediate`` (like a crash or a pulled cable)."""
        self._run("pg_ctl", "-D", str(self.data_dir), "-m", mode, "-w", "stop", check=False)

    def is_running(self) -> bool:
        """True while the server process is up."""
        return self._run("pg_ctl", "-D", str(self.data_dir), "status", check=False).returncode == 0

    def url(self, database: str = "postgres", user: str = SUPERUSER, **query: str) -> str:
        """SQLAlchemy URL of this cluster (TCP on 127.0.0.1)."""
        params = "&".join(f"{k}={v}" for k, v in query.items())
        suffix = f"?{params}" if params else ""
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}{suffix}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser over the cluster's Unix socket; return the output."""
        psql = self.bin_dir / "psql"
        program = str(psql) if psql.exists() else (shutil.which("psql") or "psql")
        command = [
            program,
            "-h",
            str(self.folder),
            "-p",
            str(self.port),
            "-U",
            SUPERUSER,
            "-d",
            database,
            "-v",
            "ON_ERROR_STOP=1",
            "-Atc",
            sql,
        ]
        if self.as_postgres_user:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
        return result.stdout

    def destroy(self) -> None:
        """Stop the server and delete every file of the cluster."""
        if self.is_running():
            self.stop("immediate")
        deadline = time.monotonic() + 10
        while self.is_running() and time.monotonic() < deadline:
            time.sleep(0.1)
        shutil.rmtree(self.folder, ignore_errors=True)
