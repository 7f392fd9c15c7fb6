"""The Stanley-Brown safety plan."""

from __future__ import annotations

from dataclasses import dataclass, fields

SECTION_TITLES: dict[str, str] = {
    "warning_signs": "Warning signs",
    "coping_strategies": "Internal coping strategies",
    "social_distractions": "People and social settings that provide distraction",
    "people_to_ask": "People I can ask for help",
    "professionals": "Professionals or agencies I can contact during a crisis",
    "safe_environment": "Making the environment safe",
    "reasons_for_living": "The one thing most important to me / reasons for living",
}
"""Section keys in the order of the Stanley-Brown plan, with their titles."""

CRISIS_LINE_988 = "988 Suicide & Crisis Lifeline: call or text 988"


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """The seven sections, as free text agreed with the caller."""

    warning_signs: str = ""
    coping_strategies: str = ""
    social_distractions: str = ""
    people_to_ask: str = ""
    professionals: str = ""
    safe_environment: str = ""
    reasons_for_living: str = ""
    language: str = "en"

    def sections(self) -> list[tuple[str, str, str]]:
        """``(key, title, text)`` for every section, in plan order."""
        return [(key, title, getattr(self, key)) for key, title in SECTION_TITLES.items()]

    @property
    def is_empty(self) -> bool:
        """True when no section has any text."""
        return not any(getattr(self, key).strip() for key in SECTION_TITLES)

    @property
    def filled_sections(self) -> int:
        """How many sections have text."""
        return sum(1 for key in SECTION_TITLES if getattr(self, key).strip())


assert set(SECTION_TITLES) | {"language"} == {f.name for f in fields(SafetyPlan)}
