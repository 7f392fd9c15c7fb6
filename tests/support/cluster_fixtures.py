"""A fixture owning a throw-away PostgreSQL cluster (import it into the test module that needs it).

The shared server at 127.0.0.1:5432 is never stopped by a test; tests that stop, crash or
restart PostgreSQL use this cluster instead. Where a cluster cannot be made the tests skip, except
when CI=true, where they fail.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from tests.support.pg_cluster import ThrowawayCluster


@pytest.fixture(scope="module")
def pg_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThrowawayCluster]:
    """A running throw-away cluster for the module; destroyed afterwards."""
    cluster = ThrowawayCluster.for_tests(tmp_path_factory.mktemp("pg-cluster"))
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def cluster_url(pg_cluster: ThrowawayCluster) -> Iterator[str]:
    """A fresh database on the running cluster (started again if a test left it stopped)."""
    if not pg_cluster.is_running():
        pg_cluster.start()
    name = f"t_{uuid.uuid4().hex[:12]}"
    pg_cluster.psql(f'CREATE DATABASE "{name}"')
    yield pg_cluster.url(name)
    if not pg_cluster.is_running():
        pg_cluster.start()
    pg_cluster.psql(f'DROP DATABASE "{name}" WITH (FORCE)')
