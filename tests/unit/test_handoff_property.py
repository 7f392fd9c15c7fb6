"""Property: any text in any field of a handoff builds without error and comes back out.

User text must never be read as reportlab markup. Arbitrary Unicode (controls, surrogates,
private-use, markup characters) in every field must give zero exceptions on every layout and
the safety plan. For text made of characters the fonts cover, the extracted text equals the
typed text (after NFKC, ignoring whitespace, which wrapping moves). Right-to-left text (Arabic
words in every field) comes back in reading order too. Lines that mix directions are drawn in
display order like any PDF; pypdf rebuilds their reading order by a heuristic that fails for some
mixes (digits or Latin inside an Arabic sentence), so those are checked to build, not compared.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    CallReferral,
    ImminentStep,
    ImminentStepKind,
    Transfer911,
)
from counselor_app.domain.checklists import ChecklistItemState, ChecklistRunState
from counselor_app.domain.handoff import ConsentBasis, Recipient
from counselor_app.domain.safety_plan import SECTION_TITLES, SafetyPlan
from counselor_app.export.fonts import FontChain
from counselor_app.export.handoff import HandoffContent, render_handoff
from counselor_app.export.safety_plan import SafetyPlanContent, render_safety_plan
from counselor_app.export.text import clean_text
from tests.support.handoffs import STARTED, every_script_record, pdf_text, squeeze

ZONE = ZoneInfo("America/Chicago")
CHAIN = FontChain.system()


def _alphabet() -> list[str]:
    ranges = [
        (0x20, 0x7E),  # ASCII, markup characters included
        (0xA1, 0xFF),  # Latin-1
        (0x100, 0x17F),  # Latin Extended-A
        (0x1EA0, 0x1EF9),  # Vietnamese
        (0x391, 0x3C9),  # Greek
        (0x400, 0x45F),  # Cyrillic
        (0x3041, 0x3096),  # Hiragana
        (0x4E00, 0x4FFF),  # CJK ideographs (a slice)
        (0xAC00, 0xAD00),  # Hangul syllables (a slice)
    ]
    return [
        chr(c)
        for lo, hi in ranges
        for c in range(lo, hi + 1)
        if unicodedata.category(chr(c))[0] in "LNPSZ"
        and unicodedata.bidirectional(chr(c)) not in ("R", "AL", "AN")
        and CHAIN.covers(chr(c))
    ]


COVERED = st.text(alphabet=st.sampled_from(_alphabet()), min_size=1, max_size=120)
ANYTHING = st.text(max_size=200)  # every code point, surrogates and controls included


def _everywhere(text: str) -> CallRecord:
    """The every-script call with ``text`` in every free-text field."""
    record = every_script_record()
    return replace(
        record,
        counselor_name=text,
        transfer=Transfer911(text, text, STARTED, text, text, True),
        caller=Caller(
            anonymous=False,
            name=text,
            preferred_name=text,
            pronouns=text,
            age_range=text,
            language=text,
            callback_number=text,
            address=text,
            cross_streets=text,
            third_party=True,
            third_party_relationship=text,
        ),
        narrative=text,
        imminent_steps=(ImminentStep(ImminentStepKind.ACTIVE_ENGAGEMENT, STARTED, text, text),),
        checklists=(
            ChecklistRunState(
                uuid.uuid4(),
                "k",
                "1",
                text,
                STARTED,
                (ChecklistItemState("i", text, STARTED, text),),
            ),
        ),
        safety_plan=SafetyPlan(**dict.fromkeys(SECTION_TITLES, text)),
        referrals=(CallReferral(uuid.uuid4(), "s", text, text, text, text, True, STARTED, text),),
        disposition=replace(record.disposition, warm_transfer_to=text, follow_up_times=text),
        signed_by=text,
        signed_at=STARTED,
    )


def _content(record: CallRecord, recipient: Recipient, text: str) -> HandoffContent:
    return HandoffContent(
        record=record,
        recipient=recipient,
        center_name=text,
        time_zone=ZONE,
        generated_at=STARTED,
        generated_by=text,
        purpose=text,
        consent=ConsentBasis.EMERGENCY_OVERRIDE,
        concern_labels=(text,),
        risk_formulation=text,
        override_reason=text,
    )


PROPERTY = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("recipient", list(Recipient))
@PROPERTY
@given(text=ANYTHING)
def test_any_text_in_every_field_builds(recipient: Recipient, text: str) -> None:
    built = render_handoff(_content(_everywhere(text), recipient, text), CHAIN)
    assert built.data.startswith(b"%PDF") and built.pages >= 1
    for warning in built.warnings:
        assert warning.startswith("U+")


@PROPERTY
@given(text=ANYTHING, language=st.sampled_from(["en", "es"]))
def test_any_text_in_the_safety_plan_builds(text: str, language: str) -> None:
    plan = SafetyPlan(**dict.fromkeys(SECTION_TITLES, text))
    built = render_safety_plan(
        SafetyPlanContent(plan, language, text, ((text, text),), STARTED, ZONE), CHAIN
    )
    assert built.data.startswith(b"%PDF")


@pytest.mark.parametrize("recipient", list(Recipient))
@PROPERTY
@given(text=COVERED)
def test_covered_text_in_every_field_comes_back(recipient: Recipient, text: str) -> None:
    built = render_handoff(_content(_everywhere(text), recipient, text), CHAIN)
    assert built.warnings == ()
    expected = squeeze(clean_text(text))
    extracted = squeeze(pdf_text(built.data))
    if expected:
        # The caller's name is printed by every layout; the other fields by some.
        assert expected in extracted
        assert extracted.count(expected) >= 3


def _arabic_words() -> st.SearchStrategy[str]:
    letters = [
        chr(c)
        for c in range(0x621, 0x64B)
        if unicodedata.category(chr(c)) == "Lo" and CHAIN.covers(chr(c))
    ]
    word = st.text(alphabet=st.sampled_from(letters), min_size=1, max_size=12)
    return st.lists(word, min_size=1, max_size=12).map(" ".join)


@pytest.mark.parametrize("recipient", list(Recipient))
@PROPERTY
@given(text=_arabic_words())
def test_right_to_left_text_in_every_field_comes_back_in_reading_order(
    recipient: Recipient, text: str
) -> None:
    built = render_handoff(_content(_everywhere(text), recipient, text), CHAIN)
    assert built.warnings == ()
    extracted = squeeze(pdf_text(built.data))
    expected = squeeze(text)
    # Shaped letters come back as their presentation forms; NFKC folds them to the letters typed.
    assert expected in extracted
    assert extracted.count(expected) >= 3
