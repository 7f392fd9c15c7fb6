"""A simple count of recent calls by disposition and by risk level."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from counselor_app.domain.calls import CallSummary, Disposition
from counselor_app.domain.risk import RiskLevel
from counselor_app.ui.table import Column, RecordTableModel

NOT_DECIDED = "Not decided yet (open calls)"


@dataclass(frozen=True, slots=True)
class SummaryLine:
    """One line of the summary: how many of the calls fall in ``category``."""

    id: str
    group: str
    category: str
    calls: int
    total: int
    order: int

    @property
    def share_text(self) -> str:
        """The share of all calls counted, in whole percent."""
        if self.total == 0:
            return "–"
        return f"{round(100 * self.calls / self.total)}%"


def summarize(calls: Sequence[CallSummary]) -> list[SummaryLine]:
    """Lines for every disposition and every risk level (zero counts included)."""
    total = len(calls)
    by_disposition = Counter(c.disposition for c in calls)
    by_risk = Counter(c.risk_level for c in calls)
    lines: list[SummaryLine] = []
    order = 0
    dispositions: list[Disposition | None] = [*Disposition, None]
    for disposition in dispositions:
        label = disposition.label if disposition is not None else NOT_DECIDED
        key = disposition.value if disposition is not None else "none"
        lines.append(
            SummaryLine(
                f"disposition:{key}",
                "Disposition",
                label,
                by_disposition[disposition],
                total,
                order,
            )
        )
        order += 1
    for level in sorted(RiskLevel, key=lambda r: r.rank, reverse=True):
        lines.append(
            SummaryLine(
                f"risk:{level.value}", "Risk level", level.label, by_risk[level], total, order
            )
        )
        order += 1
    return lines


class CallSummaryTableModel(RecordTableModel):
    """The summary lines: group, category, number of calls, share."""

    columns = (
        Column("Group", lambda s: s.group, lambda s: s.order),
        Column("Category", lambda s: s.category, lambda s: s.order),
        Column("Calls", lambda s: str(s.calls), lambda s: s.calls, numeric=True),
        Column("Share", lambda s: s.share_text, lambda s: s.calls, numeric=True),
    )
