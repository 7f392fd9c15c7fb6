"""TLS to a shared PostgreSQL database with ``sslmode=verify-full``, on a private cluster.

The cluster accepts TCP connections only over TLS (``hostssl`` and no ``host`` line) with a
certificate for localhost and 127.0.0.1 signed by a CA made here.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from counselor_app import cli
from counselor_app.db.engine import Database, parse_url
from counselor_app.domain.errors import ConfigurationError, DatabaseUnavailableError
from tests.support.pg_cluster import ThrowawayCluster
from tests.support.pg_hardening import Authority, enable_tls, new_cluster

pytestmark = pytest.mark.postgres

SECRET = "Sup3r-secret-db-pass"


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ThrowawayCluster, Path, Path]]:
    """A TLS-only cluster, the right CA file and an unrelated CA file."""
    cluster = new_cluster(tmp_path_factory.mktemp("pg-tls"))
    authority = Authority.create("Counselor desk test CA")
    enable_tls(cluster, authority)
    files = tmp_path_factory.mktemp("ca")
    right = files / "center-ca.pem"
    right.write_bytes(authority.pem())
    wrong = files / "other-ca.pem"
    wrong.write_bytes(Authority.create("Someone else's CA").pem())
    cluster.start()
    try:
        yield cluster, right, wrong
    finally:
        cluster.destroy()


def _url(cluster: ThrowawayCluster, host: str = "127.0.0.1", **query: str) -> str:
    params = "&".join(f"{k}={v}" for k, v in query.items())
    return f"postgresql://postgres:{SECRET}@{host}:{cluster.port}/postgres?{params}"


def _fails(url: str, caplog: pytest.LogCaptureFixture) -> DatabaseUnavailableError:
    database = Database(url)
    try:
        with caplog.at_level(logging.DEBUG), pytest.raises(DatabaseUnavailableError) as caught:
            database.ping()
    finally:
        database.dispose()
    assert SECRET not in str(caught.value)
    assert SECRET not in caplog.text
    return caught.value


def test_verify_full_with_the_center_ca_connects_over_tls(
    tls: tuple[ThrowawayCluster, Path, Path],
) -> None:
    cluster, right, _wrong = tls
    for host in ("127.0.0.1", "localhost"):
        database = Database(_url(cluster, host, sslmode="verify-full", sslrootcert=str(right)))
        try:
            with database.engine.connect() as conn:
                encrypted = conn.execute(
                    text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                ).scalar_one()
        finally:
            database.dispose()
        assert encrypted is True


def test_a_certificate_from_another_ca_is_refused_in_plain_words(
    tls: tuple[ThrowawayCluster, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    cluster, _right, wrong = tls
    error = _fails(_url(cluster, sslmode="verify-full", sslrootcert=str(wrong)), caplog)
    assert "secure (TLS) connection" in error.message
    assert "not signed by the certificate authority" in error.hint


def test_a_host_name_not_in_the_certificate_is_refused(
    tls: tuple[ThrowawayCluster, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    cluster, right, _wrong = tls
    # Connect to 127.0.0.1 while checking the certificate against another name.
    url = _url(
        cluster,
        "db.other-center.example",
        hostaddr="127.0.0.1",
        sslmode="verify-full",
        sslrootcert=str(right),
    )
    error = _fails(url, caplog)
    assert "secure (TLS) connection" in error.message
    assert "another host name" in error.hint


def test_a_connection_without_tls_is_refused(
    tls: tuple[ThrowawayCluster, Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    cluster, _right, _wrong = tls
    error = _fails(_url(cluster, sslmode="disable"), caplog)
    assert "accepts only encrypted (TLS) connections" in error.message
    assert "sslmode=verify-full" in error.hint


def test_the_command_line_says_so_in_one_line_without_a_traceback(
    tls: tuple[ThrowawayCluster, Path, Path],
) -> None:
    cluster, _right, wrong = tls
    out, err = io.StringIO(), io.StringIO()
    url = _url(cluster, sslmode="verify-full", sslrootcert=str(wrong))
    code = cli.main(["--database", url, "db", "upgrade"], stdout=out, stderr=err)
    assert code == cli.EXIT_ERROR
    assert err.getvalue().count("\n") == 1
    assert "secure (TLS) connection" in err.getvalue()
    assert "Traceback" not in err.getvalue() and SECRET not in err.getvalue()


def test_tls_settings_are_checked_before_connecting(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="unknown TLS mode"):
        Database("postgresql://app@db.example/counselor?sslmode=verify_full")
    missing = tmp_path / "nowhere" / "ca.pem"
    with pytest.raises(ConfigurationError, match=r"sslrootcert file .* does not exist"):
        Database(f"postgresql://app@db.example/counselor?sslmode=verify-full&sslrootcert={missing}")
    parsed = parse_url("postgresql://app@db.example/counselor?sslrootcert=~/center-ca.pem")
    assert parsed.query["sslrootcert"] == str(Path.home() / "center-ca.pem")
