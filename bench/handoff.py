"""Handoff PDF build time against a bare reportlab document of the same size, in one run.

Builds the clinician handoff of a call written in every script (Vietnamese, Cyrillic, Greek,
Arabic, Chinese, Japanese, Korean), sized to two pages, in process through
``export.handoff.render_handoff`` -- escaping, per-character font fallback, Arabic shaping and
ordering, tables, "Page X of Y" and footer. The baseline is a bare reportlab document of the
same pages and text: one ``Paragraph`` per extracted line in one embedded TrueType font, no
tables, no fallback, no page numbering. Fonts are registered before timing (both share them).

Figures (JSON lines): ``handoff_two_page_build`` (ms, median of the runs, with the bare
document's median as baseline; ratio target 2).

    .venv/bin/python bench/handoff.py [--repeats N]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from xml.sax.saxutils import escape  # noqa: E402

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from counselor_app.domain.handoff import ConsentBasis, Recipient  # noqa: E402
from counselor_app.export.fonts import FontChain  # noqa: E402
from counselor_app.export.handoff import HandoffContent, render_handoff  # noqa: E402
from tests.support.handoffs import STARTED, every_script_record, page_texts  # noqa: E402

RATIO_TARGET = 2.0
NARRATIVE = (
    "Caller described losing work and not sleeping for three nights; agreed to call her "
    "sister tonight and to remove the medication from the bathroom. "
)


def emit(name: str, value: float, unit: str, **extra: object) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def two_page_content(chain: FontChain) -> HandoffContent:
    """The clinician handoff, with the narrative grown until the document has two pages."""
    for repeat in range(1, 60):
        content = HandoffContent(
            record=every_script_record(narrative=NARRATIVE * repeat),
            recipient=Recipient.CLINICIAN,
            center_name="Gateway Crisis Center",
            time_zone=ZoneInfo("America/Chicago"),
            generated_at=STARTED,
            generated_by="Casey Counselor",
            purpose="Continuity of care (referral)",
            consent=ConsentBasis.GIVEN,
            concern_labels=("Suicidal thoughts",),
        )
        if render_handoff(content, chain).pages == 2:
            # Fill the second page further while it stays at two.
            grown = content
            for more in range(repeat + 1, repeat + 40):
                candidate = HandoffContent(
                    **{
                        **{f: getattr(content, f) for f in content.__dataclass_fields__},
                        "record": every_script_record(narrative=NARRATIVE * more),
                    }
                )
                if render_handoff(candidate, chain).pages != 2:
                    break
                grown = candidate
            return grown
    raise SystemExit("could not size the handoff to two pages")


def bare_document(lines: list[str], font: str) -> Callable[[], tuple[bytes, int]]:
    style = ParagraphStyle("body", fontName=font, fontSize=10, leading=13)

    def build() -> tuple[bytes, int]:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer)
        doc.build([Paragraph(escape(line), style) for line in lines])
        return buffer.getvalue(), doc.page

    return build


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    chain = FontChain.system()
    content = two_page_content(chain)
    built = render_handoff(content, chain)
    lines = [line for page in page_texts(built.data) for line in page.splitlines() if line]
    bare = bare_document(lines, chain.base)
    _, bare_pages = bare()
    # Pad or trim the bare document to the same page count, so both are two pages.
    while bare_pages < built.pages:
        lines += lines[: max(1, len(lines) // 10)]
        bare = bare_document(lines, chain.base)
        _, bare_pages = bare()
    while bare_pages > built.pages and len(lines) > 1:
        lines = lines[: int(len(lines) * 0.95)]
        bare = bare_document(lines, chain.base)
        _, bare_pages = bare()
    ours_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(args.repeats):  # interleaved, so both see the same machine state
        ours_ms.append(median_ms(lambda: render_handoff(content, chain), 1))
        bare_ms.append(median_ms(bare, 1))
    ours, base = statistics.median(ours_ms), statistics.median(bare_ms)
    emit(
        "handoff_two_page_build",
        ours,
        "ms",
        baseline=round(base, 3),
        ratio=round(ours / base, 3),
        target=RATIO_TARGET,
        pages=built.pages,
        baseline_pages=bare_pages,
        text_lines=len(lines),
    )


if __name__ == "__main__":
    main()
