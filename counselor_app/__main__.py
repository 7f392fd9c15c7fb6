"""``python -m counselor_app`` and the ``counselor-app`` entry point."""

from __future__ import annotations

import sys

from counselor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
