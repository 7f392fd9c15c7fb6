from __future__ import annotations

import pytest

from counselor_app.domain.risk import CssrsScreen, RiskLevel, triage

# (Q1, Q2, Q3, Q4, Q5, Q6 ever, Q6 within 3 months) -> triage; None = not asked (skip logic)
CASES = [
    ((False, False, None, None, None, False, None), RiskLevel.NONE),
    ((True, False, None, None, None, False, None), RiskLevel.LOW),
    ((True, True, False, False, False, False, None), RiskLevel.LOW),
    ((False, True, False, False, False, False, None), RiskLevel.LOW),
    ((True, True, True, False, False, False, None), RiskLevel.MODERATE),
    ((True, True, True, True, False, False, None), RiskLevel.HIGH),
    ((True, True, True, False, True, False, None), RiskLevel.HIGH),
    ((True, True, False, True, False, False, None), RiskLevel.HIGH),
    ((False, False, None, None, None, True, False), RiskLevel.MODERATE),
    ((False, False, None, None, None, True, True), RiskLevel.HIGH),
    ((True, False, None, None, None, True, False), RiskLevel.MODERATE),
    ((True, True, True, False, False, True, True), RiskLevel.HIGH),
    # Q3-Q5 answered although Q2 is no: skip logic means they do not count.
    ((True, False, True, True, True, False, None), RiskLevel.LOW),
]


@pytest.mark.parametrize(("answers", "expected"), CASES)
def test_cssrs_triage(answers: tuple, expected: RiskLevel) -> None:  # type: ignore[type-arg]
    q1, q2, q3, q4, q5, q6, q6_recent = answers
    screen = CssrsScreen(q1, q2, q3, q4, q5, q6, q6_recent)
    assert triage(screen) is expected


def test_skip_logic_questions() -> None:
    assert CssrsScreen(True, False).questions_asked() == (1, 2, 6)
    assert CssrsScreen(True, True).questions_asked() == (1, 2, 3, 4, 5, 6)


def test_risk_levels_are_ordered() -> None:
    assert RiskLevel.NONE.rank < RiskLevel.LOW.rank < RiskLevel.HIGH.rank < RiskLevel.IMMINENT.rank


def test_a_screener_in_progress_is_kept_with_a_lower_bound() -> None:
    from counselor_app.domain.risk import provisional_triage

    nothing = CssrsScreen()
    assert not nothing.started and not nothing.complete
    assert provisional_triage(nothing) is None
    partial = CssrsScreen(wish_to_be_dead=True, suicidal_thoughts=True)
    assert partial.unanswered() == ["3", "4", "5", "6"]
    assert provisional_triage(partial) is RiskLevel.LOW  # at least low, whatever comes next
    no_so_far = CssrsScreen(wish_to_be_dead=False)
    assert provisional_triage(no_so_far) is None
    recent = CssrsScreen(False, False, behavior_ever=True)
    assert recent.unanswered() == ["6 (past 3 months)"]
    done = CssrsScreen(False, False, behavior_ever=False)
    assert done.complete and provisional_triage(done) is RiskLevel.NONE
