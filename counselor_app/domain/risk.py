"""Suicide-risk levels and the C-SSRS screener triage."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from counselor_app.domain.errors import Label, Message, comma_list, msg


class RiskLevel(enum.StrEnum):
    """Risk as shown in the workspace header, ordered from none to imminent."""

    NOT_ASSESSED = "not_assessed"
    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def label(self) -> str:
        """Human-readable name."""
        return self.value.replace("_", " ").capitalize()

    @property
    def rank(self) -> int:
        """Position in the order NOT_ASSESSED < NONE < ... < IMMINENT."""
        return list(RiskLevel).index(self)


@dataclass(frozen=True, slots=True)
class CssrsScreen:
    """Answers to the C-SSRS screener (past month). ``None`` means not (yet) answered.

    A screener in progress is kept as it is, so a crash in the middle of it loses nothing;
    ``complete`` says whether every question the skip logic asks has an answer.
    """

    wish_to_be_dead: bool | None = None
    suicidal_thoughts: bool | None = None
    thoughts_with_method: bool | None = None
    intent_without_plan: bool | None = None
    intent_with_plan: bool | None = None
    behavior_ever: bool | None = None
    behavior_past_3_months: bool | None = None

    def questions_asked(self) -> tuple[int, ...]:
        """The question numbers the skip logic asks: Q3-Q5 only when Q2 is yes."""
        if self.suicidal_thoughts:
            return (1, 2, 3, 4, 5, 6)
        return (1, 2, 6)

    def unanswered(self) -> list[str]:
        """The questions the skip logic asks that have no answer yet (``"6 (past 3 months)"``)."""
        wanted: list[tuple[str, bool | None]] = [
            ("1", self.wish_to_be_dead),
            ("2", self.suicidal_thoughts),
        ]
        if self.suicidal_thoughts:
            wanted += [
                ("3", self.thoughts_with_method),
                ("4", self.intent_without_plan),
                ("5", self.intent_with_plan),
            ]
        wanted.append(("6", self.behavior_ever))
        if self.behavior_ever:
            wanted.append((msg("6 (past 3 months)"), self.behavior_past_3_months))
        return [number for number, answer in wanted if answer is None]

    @property
    def complete(self) -> bool:
        """True when every question asked has an answer."""
        return not self.unanswered()

    @property
    def started(self) -> bool:
        """True when at least one question has an answer."""
        return any(
            answer is not None
            for answer in (
                self.wish_to_be_dead,
                self.suicidal_thoughts,
                self.thoughts_with_method,
                self.intent_without_plan,
                self.intent_with_plan,
                self.behavior_ever,
                self.behavior_past_3_months,
            )
        )


def provisional_triage(screen: CssrsScreen) -> RiskLevel | None:
    """The triage of a screener, or of one still in progress as far as its answers go.

    Answers only ever raise the level, so a partly answered screener gives a lower bound;
    with no "yes" yet, an unfinished screener has no level (``None``).
    """
    level = triage(screen)
    if screen.complete or level is not RiskLevel.NONE:
        return level
    return None


def triage(screen: CssrsScreen) -> RiskLevel:
    """C-SSRS screener triage.

    Yes to Q4 or Q5, or behaviour within 3 months: high. Yes to Q3, or behaviour longer ago:
    moderate. Yes to Q1 or Q2 only: low. All no: none. Q3-Q5 count only when Q2 is yes.
    Unanswered questions count as not yes (see ``provisional_triage``).
    """
    asked_3_to_5 = screen.suicidal_thoughts
    if asked_3_to_5 and (screen.intent_without_plan or screen.intent_with_plan):
        return RiskLevel.HIGH
    if screen.behavior_ever and screen.behavior_past_3_months:
        return RiskLevel.HIGH
    if asked_3_to_5 and screen.thoughts_with_method:
        return RiskLevel.MODERATE
    if screen.behavior_ever:
        return RiskLevel.MODERATE
    if screen.wish_to_be_dead or screen.suicidal_thoughts:
        return RiskLevel.LOW
    return RiskLevel.NONE


# --- Lifeline Suicide Risk Assessment Standard ------------------------------------------------

PRINCIPLES = ("desire", "capability", "intent", "buffers")


@dataclass(frozen=True, slots=True)
class GridItem:
    """A subcomponent of a principle (e.g. hopelessness under suicidal desire)."""

    key: str
    label: str


@dataclass(frozen=True, slots=True)
class GridPrinciple:
    """One of the four principles and its subcomponents."""

    key: str
    title: str
    items: tuple[GridItem, ...]


@dataclass(frozen=True, slots=True)
class LifelineGrid:
    """The assessment grid a center has adopted (``resources/risk/lifeline-grid.json``)."""

    key: str
    version: str
    title: str
    principles: tuple[GridPrinciple, ...]

    def principle(self, key: str) -> GridPrinciple:
        """The principle called ``key``."""
        for p in self.principles:
            if p.key == key:
                return p
        raise KeyError(key)

    def label(self, item_key: str) -> str:
        """Label of a subcomponent (the key itself when unknown to this version)."""
        for p in self.principles:
            for item in p.items:
                if item.key == item_key:
                    return item.label
        return item_key


def parse_lifeline_grid(text: str) -> LifelineGrid:
    """Validate the grid file: the four principles, each with uniquely keyed items."""
    from counselor_app.domain.errors import ValidationError, msg
    from counselor_app.domain.templates import parse_json_object, require_key, require_text

    data = parse_json_object(text, msg("risk assessment grid"))
    problems: list[str] = []
    key = require_key(data, "key", "Grid", problems)
    version = require_text(data, "version", "Grid", problems, max_len=20)
    title = require_text(data, "title", "Grid", problems)
    principles: list[GridPrinciple] = []
    raw = data.get("principles")
    if not isinstance(raw, list):
        problems.append("Grid: 'principles' must be a list.")
        raw = []
    seen_items: set[str] = set()
    for n, entry in enumerate(raw, start=1):
        where = f"Principle {n}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: must be an object.")
            continue
        p_key = require_key(entry, "key", where, problems)
        p_title = require_text(entry, "title", where, problems)
        items: list[GridItem] = []
        for m, item in enumerate(entry.get("items") or [], start=1):
            item_where = f"{where}, item {m}"
            if not isinstance(item, dict):
                problems.append(f"{item_where}: must be an object.")
                continue
            i_key = require_key(item, "key", item_where, problems)
            if i_key in seen_items:
                problems.append(f"{item_where}: the key '{i_key}' is used twice.")
            seen_items.add(i_key)
            items.append(GridItem(i_key, require_text(item, "label", item_where, problems)))
        if not items:
            problems.append(f"{where}: needs at least one item.")
        principles.append(GridPrinciple(p_key, p_title, tuple(items)))
    keys = tuple(p.key for p in principles)
    if sorted(keys) != sorted(PRINCIPLES):
        problems.append(f"Grid: the principles must be exactly {', '.join(PRINCIPLES)}.")
    if problems:
        raise ValidationError("This risk assessment grid cannot be used.", tuple(problems))
    return LifelineGrid(key, version, title, tuple(principles))


@dataclass(frozen=True, slots=True)
class LifelineAssessment:
    """Which subcomponents the counselor found present, per principle.

    ``buffers_mitigate`` is the counselor's judgement that the buffers present reduce an
    otherwise imminent risk; it only counts when at least one buffer is present.
    """

    desire: frozenset[str] = frozenset()
    capability: frozenset[str] = frozenset()
    intent: frozenset[str] = frozenset()
    buffers: frozenset[str] = frozenset()
    buffers_mitigate: bool = False
    grid_version: str = ""

    def present(self, principle: str) -> frozenset[str]:
        """The items found under ``principle``."""
        value: frozenset[str] = getattr(self, principle)
        return value

    @property
    def mitigated(self) -> bool:
        """True when buffers are present and judged to mitigate."""
        return self.buffers_mitigate and bool(self.buffers)

    @property
    def imminent(self) -> bool:
        """Desire, capability and intent all present and not mitigated by buffers."""
        return bool(self.desire and self.capability and self.intent) and not self.mitigated

    def level(self) -> RiskLevel:
        """Risk level from the grid.

        Imminent: desire + capability + intent, unmitigated. High: desire + capability + intent
        mitigated by buffers, or desire with capability or intent. Moderate: desire alone.
        Low: capability or intent without expressed desire. None: nothing present.
        """
        d, c, i = bool(self.desire), bool(self.capability), bool(self.intent)
        if d and c and i:
            return RiskLevel.HIGH if self.mitigated else RiskLevel.IMMINENT
        if d and (c or i):
            return RiskLevel.HIGH
        if d:
            return RiskLevel.MODERATE
        if c or i:
            return RiskLevel.LOW
        return RiskLevel.NONE

    def formulation(self, grid: LifelineGrid | None = None) -> str:
        """A plain-language risk formulation listing what was found under each principle."""
        return "\n".join(self.formulation_lines(grid))

    def formulation_lines(self, grid: LifelineGrid | None = None) -> list[Message]:
        """The formulation's lines, as messages (the screens show them translated)."""

        def describe(principle: str, title: Message) -> Message:
            keys = sorted(self.present(principle))
            if not keys:
                return msg("{principle}: none identified.", principle=title)
            labels = [Label(grid.label(k)) if grid else k.replace("_", " ") for k in keys]
            return msg("{principle}: {items}.", principle=title, items=comma_list(labels))

        lines = [
            describe("desire", msg("Suicidal desire")),
            describe("capability", msg("Suicidal capability")),
            describe("intent", msg("Suicidal intent")),
            describe("buffers", msg("Buffers")),
        ]
        level = self.level()
        if level is RiskLevel.IMMINENT:
            lines.append(
                msg(
                    "Formulation: imminent risk (desire, capability and intent present, "
                    "not mitigated by buffers)."
                )
            )
        elif self.desire and self.capability and self.intent:
            lines.append(
                msg(
                    "Formulation: high risk; desire, capability and intent present, "
                    "mitigated by buffers."
                )
            )
        else:
            lines.append(msg("Formulation: {level} risk.", level=_LEVEL_WORDS[level]))
        return lines


_LEVEL_WORDS = {
    RiskLevel.NOT_ASSESSED: msg("not assessed"),
    RiskLevel.NONE: msg("none"),
    RiskLevel.LOW: msg("low"),
    RiskLevel.MODERATE: msg("moderate"),
    RiskLevel.HIGH: msg("high"),
    RiskLevel.IMMINENT: msg("imminent"),
}
"""Each level's name inside a sentence (``Formulation: low risk.``)."""


def overall_risk(*levels: RiskLevel | None) -> RiskLevel:
    """The highest of the given levels (not assessed when none is given)."""
    known = [lv for lv in levels if lv is not None]
    return max(known, key=lambda lv: lv.rank, default=RiskLevel.NOT_ASSESSED)
