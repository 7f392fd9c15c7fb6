"""Emphasis for the intake workspace: risk levels, the imminent-risk panel, inline problems.

Colour is never the only signal: every state also says what it is in words. Plain backgrounds
come from the palette, so the high-contrast palette still applies; only the imminent-risk
states use a fixed strong red with white text (contrast above 6:1).
"""

from __future__ import annotations

IMMINENT_RED = "#b3261e"
HIGH_CONTRAST_PROBLEM = "#ff9e9e"
"""Problem text on the high-contrast theme's black: the strong red is too dark there (2.9:1)."""


def workspace_style(high_contrast: bool = False) -> str:
    """The workspace style sheet; on the high-contrast theme, problem text in a light red."""
    if not high_contrast:
        return WORKSPACE_STYLE
    return WORKSPACE_STYLE.replace(f"color: {IMMINENT_RED};", f"color: {HIGH_CONTRAST_PROBLEM};")


WORKSPACE_STYLE = f"""
QFrame#workspaceHeader {{
    border-bottom: 1px solid palette(mid);
}}
QLabel#callReference {{
    font-weight: bold;
}}
QLabel#callTimer {{
    font-weight: bold;
    padding: 2px 8px;
    border: 1px solid palette(mid);
    border-radius: 3px;
}}
QLabel#riskBadge {{
    font-weight: bold;
    padding: 2px 10px;
    border: 1px solid palette(mid);
    border-radius: 3px;
}}
QLabel#riskBadge[risk="high"], QLabel#riskBadge[risk="moderate"] {{
    border: 2px solid {IMMINENT_RED};
}}
QLabel#riskBadge[risk="imminent"] {{
    background: {IMMINENT_RED};
    color: white;
    border: 2px solid {IMMINENT_RED};
}}
QLabel#saveState[state="problem"] {{
    font-weight: bold;
    color: {IMMINENT_RED};
}}
QLabel#readOnlyBadge {{
    padding: 2px 8px;
    border: 1px dashed palette(mid);
    border-radius: 3px;
}}
QFrame#imminentPanel {{
    border: 3px solid {IMMINENT_RED};
    border-radius: 4px;
}}
QLabel#imminentTitle {{
    background: {IMMINENT_RED};
    color: white;
    font-weight: bold;
    padding: 4px 8px;
}}
QFrame#imminentStep, QFrame#imminentConfirm {{
    border: 1px solid palette(mid);
    border-radius: 3px;
}}
QFrame#imminentConfirm {{
    border: 3px double {IMMINENT_RED};
}}
QFrame#imminentStep[done="true"], QFrame#imminentConfirm[done="true"] {{
    border: 2px solid palette(highlight);
}}
QLabel#imminentStepName {{
    font-weight: bold;
}}
QLabel#imminentConfirmNote {{
    font-style: italic;
}}
QLabel[role="fieldProblem"] {{
    color: {IMMINENT_RED};
    font-weight: bold;
}}
QLabel#cssrsTriage, QLabel#lifelineLevel {{
    font-weight: bold;
}}
QFrame#draftsBanner, QFrame#imminentBanner {{
    border: 1px solid palette(mid);
    border-left: 6px solid palette(highlight);
    border-radius: 3px;
}}
QFrame#imminentBanner {{
    border: 2px solid {IMMINENT_RED};
    border-left: 8px solid {IMMINENT_RED};
}}
QLabel#imminentBannerTitle {{
    background: {IMMINENT_RED};
    color: white;
    font-weight: bold;
    padding: 2px 8px;
}}
"""
