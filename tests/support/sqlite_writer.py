"""One process of the SQLite fault scenario (a small module: spawned processes import little)."""

from __future__ import annotations

import time
import uuid
from typing import Any

from sqlalchemy.exc import OperationalError

from counselor_app.db.engine import Database
from counselor_app.db.models import AppliedOperation, CenterSetting
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.errors import DatabaseBusyError, DatabaseUnavailableError

COUNTER = "fault-sqlite-counter"


def sqlite_writer(url: str, seconds: float, number: int, results: Any, ready: Any) -> None:
    """Write the shared file as fast as possible for ``seconds``; no retry: a lock error counts.

    Each write increments the shared counter and adds one row, in one unit of work. Puts
    ``(committed, lock_failures, other_failures)`` on ``results``.
    """
    database = Database(url)
    committed = locked = other = 0
    ready.wait(120)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with UnitOfWork(database) as uow:
                row = uow.session.get(CenterSetting, COUNTER)
                assert row is not None
                row.value = str(int(row.value) + 1)
                uow.session.add(
                    AppliedOperation(key=f"w{number}-{uuid.uuid4().hex}", operation="fault.write")
                )
                uow.commit()
            committed += 1
        except DatabaseBusyError:
            locked += 1
        except (OperationalError, DatabaseUnavailableError) as exc:
            if "locked" in str(exc).lower():
                locked += 1
            else:
                other += 1
        except Exception:  # noqa: BLE001 - counted; the figures say what happened
            other += 1
    database.dispose()
    results.put((committed, locked, other))
