"""A failed statement's message never carries the values it was given (messages reach logs)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from counselor_app.app import AppContext


def test_a_failed_statement_does_not_show_its_values(ctx: AppContext) -> None:
    secret = "Jane Q. Caller 314-555-0142"
    with ctx.database.engine.connect() as conn, pytest.raises(DBAPIError) as failed:
        conn.execute(text("INSERT INTO no_such_table (x) VALUES (:x)"), {"x": secret})
    assert secret not in str(failed.value)
    assert "hidden" in str(failed.value).lower()
