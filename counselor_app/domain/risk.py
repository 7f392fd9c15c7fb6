"""Suicide-risk levels and the C-SSRS screener triage."""

from __future__ import annotations

import enum
from dataclasses import dataclass


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
    """Answers to the C-SSRS screener (past month). ``None`` means not asked."""

    wish_to_be_dead: bool
    suicidal_thoughts: bool
    thoughts_with_method: bool | None = None
    intent_without_plan: bool | None = None
    intent_with_plan: bool | None = None
    behavior_ever: bool = False
    behavior_past_3_months: bool | None = None

    def questions_asked(self) -> tuple[int, ...]:
        """The question numbers the skip logic asks: Q3-Q5 only when Q2 is yes."""
        if self.suicidal_thoughts:
            return (1, 2, 3, 4, 5, 6)
        return (1, 2, 6)


def triage(screen: CssrsScreen) -> RiskLevel:
    """C-SSRS screener triage.

    Yes to Q4 or Q5, or behaviour within 3 months: high. Yes to Q3, or behaviour longer ago:
    moderate. Yes to Q1 or Q2 only: low. All no: none. Q3-Q5 count only when Q2 is yes.
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
