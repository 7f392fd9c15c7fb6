"""CI conformance check: the official HSDS 3.0 examples import with exit 0, the export validates.

Usage: python .ci/hsds_conformance.py EXAMPLES_DIR. Runs the real ``counselor-app`` command line
(``cli.main``) three times in one process -- ``user add``, ``directory import``, ``directory
export`` -- against a temporary SQLite database, with an in-memory keyring (one process, so the
database keys the commands share stay in memory and the real keyring is never touched). Then
validates the export with ``frictionless``. Exits non-zero on the first failure.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

import keyring

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.memory_keyring import MemoryKeyring  # noqa: E402

keyring.set_keyring(MemoryKeyring())

from counselor_app.cli import main  # noqa: E402


def run() -> int:
    """Import, export, validate; return the exit code."""
    examples = sys.argv[1]
    work = Path(tempfile.mkdtemp(prefix="hsds-conformance-"))
    db = f"sqlite:///{work / 'directory.db'}"
    password = "conformance check administrator passphrase\n"  # noqa: S105 - throwaway database
    steps = [
        (["user", "add", "ci-admin", "--role", "administrator"], password * 2),
        (["directory", "import", examples, "--admin", "ci-admin"], password),
        (["directory", "export", str(work / "export"), "--admin", "ci-admin"], password),
    ]
    for argv, stdin in steps:
        code = main(["--database", db, *argv, "--password-stdin"], stdin=io.StringIO(stdin))
        if code:
            sys.stderr.write(f"hsds conformance: '{' '.join(argv[:2])}' exited {code}" + "\n")
            return code
    from frictionless import validate

    report = validate(str(work / "export" / "datapackage.json"))
    if not report.valid:
        sys.stderr.write(f"{report.flatten(['rowNumber', 'fieldName', 'message'])}\n")
        return 1
    sys.stdout.write("hsds conformance: official examples imported; the export validates\n")
    return 0


if __name__ == "__main__":
    sys.exit(run())
