"""Run every benchmark in ``bench/`` and check each figure against its target.

A benchmark is any ``bench/*.py`` other than this runner, ``common.py``, ``memory_keyring.py``,
``__init__.py`` and names starting with ``_``. It prints one JSON object a line: ``name``,
``value``, ``unit``, and, where a baseline applies, ``baseline``, ``ratio`` and ``target``.
The lines are passed through unchanged on standard output; a summary goes to standard error.

Exit status: 0 when every benchmark ran and every ratio is within its target; 1 otherwise (a
ratio above its target, a benchmark that failed, or one that printed no figure).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
# bundle.py needs `make package` first; run it by hand (python bench/bundle.py).
NOT_BENCHMARKS = {"run.py", "common.py", "memory_keyring.py", "__init__.py", "bundle.py"}


def benchmarks() -> list[Path]:
    """The benchmark scripts, in name order."""
    return sorted(
        p
        for p in BENCH_DIR.glob("*.py")
        if p.name not in NOT_BENCHMARKS and not p.name.startswith("_")
    )


def check(record: dict[str, Any]) -> str | None:
    """Why ``record`` misses its target, or None when it does not."""
    ratio, target = record.get("ratio"), record.get("target")
    if ratio is None or target is None:
        return None
    if ratio > target:
        return f"{record['name']}: ratio {ratio} is above the target {target}"
    return None


def run(script: Path) -> list[str]:
    """Run one benchmark; return the problems found (empty when it met every target)."""
    name = script.relative_to(BENCH_DIR.parent)
    print(f"== {name}", file=sys.stderr, flush=True)
    proc = subprocess.run(
        [sys.executable, str(script)],
        cwd=BENCH_DIR.parent,
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    problems: list[str] = []
    figures = 0
    for line in proc.stdout.splitlines():
        print(line, flush=True)
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if not isinstance(record, dict) or "name" not in record:
            continue
        figures += 1
        problem = check(record)
        if problem:
            problems.append(f"{name}: {problem}")
    if proc.returncode != 0:
        problems.append(f"{name}: exited with {proc.returncode}")
    elif figures == 0:
        problems.append(f"{name}: printed no figure")
    return problems


def main() -> int:
    """Run every benchmark; exit 1 when any missed its target or failed."""
    scripts = benchmarks()
    if not scripts:
        print("bench/run.py: no benchmarks found", file=sys.stderr)
        return 1
    problems = [problem for script in scripts for problem in run(script)]
    for problem in problems:
        print(f"FAILED {problem}", file=sys.stderr)
    if not problems:
        print(f"bench: {len(scripts)} benchmark(s) within target", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
