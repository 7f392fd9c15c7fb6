"""Logging to a rotating file in the platform log folder.

Log lines name what happened and to which kind of record; they never contain caller data,
passwords or keys. Exceptions are logged with their type and traceback (code locations), and the
messages the application raises on purpose carry no sensitive content.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from counselor_app.config import log_dir

LOG_FILE_NAME = "counselor-desk.log"


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send logs to the log file (created with owner-only permissions); return its path."""
    root = logging.getLogger()
    if any(getattr(h, "_counselor", False) for h in root.handlers):
        return None
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / LOG_FILE_NAME
        path.touch(mode=0o600, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._counselor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries may log statement parameters at INFO/DEBUG; keep them quiet.
    for noisy in ("sqlalchemy", "alembic", "keyring", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
