"""Handoff and safety plan PDFs: every script comes back out, placeholders warn, layouts differ."""

from __future__ import annotations

import re
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from counselor_app.domain.calls import Caller, Disposition, DispositionDetails
from counselor_app.domain.handoff import (
    SECTIONS,
    ConsentBasis,
    Recipient,
    Section,
    consent_decision,
)
from counselor_app.domain.safety_plan import SafetyPlan
from counselor_app.export.fonts import PLACEHOLDER, FontChain
from counselor_app.export.handoff import HandoffContent, render_handoff
from counselor_app.export.safety_plan import (
    SafetyPlanContent,
    parse_local_numbers,
    render_safety_plan,
)
from counselor_app.export.text import TextRenderer, clean_text
from tests.support.handoffs import (
    SCRIPTS,
    STARTED,
    every_script_record,
    nfkc,
    page_texts,
    pdf_text,
    squeeze,
)

ZONE = ZoneInfo("America/Chicago")


@pytest.fixture(scope="module")
def chain() -> FontChain:
    fonts = FontChain.system()
    if not fonts.fonts:
        pytest.fail("No PDF font found: install fonts-dejavu-core and fonts-wqy-microhei")
    return fonts


def content(recipient: Recipient, **changes: object) -> HandoffContent:
    record = every_script_record(**changes)
    return HandoffContent(
        record=record,
        recipient=recipient,
        center_name="Gateway Crisis Center",
        time_zone=ZONE,
        generated_at=STARTED,
        generated_by="Casey Counselor",
        purpose="Test handoff",
        consent=ConsentBasis.NOT_REQUIRED,
        concern_labels=("Suicidal thoughts",),
    )


def test_the_fonts_cover_every_script(chain: FontChain) -> None:
    missing = [ch for name in SCRIPTS.values() for ch in name if not chain.covers(ch)]
    assert missing == []
    assert chain.placeholder == PLACEHOLDER


@pytest.mark.parametrize("recipient", list(Recipient))
def test_every_script_comes_back_out_of_every_layout(
    chain: FontChain, recipient: Recipient
) -> None:
    built = render_handoff(content(recipient), chain)
    assert built.warnings == ()
    text = nfkc(pdf_text(built.data))
    for script, name in SCRIPTS.items():
        # Arabic included: pypdf returns right-to-left runs in logical order, and NFKC folds
        # the presentation forms drawn back into the letters typed.
        assert nfkc(name) in text, f"{script} ({recipient})"


@pytest.mark.parametrize("recipient", list(Recipient))
def test_page_x_of_y_and_the_confidentiality_footer_on_every_page(
    chain: FontChain, recipient: Recipient
) -> None:
    long_plan = SafetyPlan(**dict.fromkeys(("warning_signs",), "Keep going. " * 120))
    built = render_handoff(content(recipient, safety_plan=long_plan, narrative="x " * 800), chain)
    pages = page_texts(built.data)
    assert len(pages) == built.pages >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {built.pages}" in text
        assert "CONFIDENTIAL" in text


@pytest.mark.parametrize("recipient", [Recipient.MOBILE_TEAM, Recipient.PSAP, Recipient.PEER])
def test_a_typical_call_fits_two_pages_with_the_signature_block_together(
    chain: FontChain, recipient: Recipient
) -> None:
    formulation = "Suicidal desire: hopelessness.\nBuffers: sister.\nFormulation: moderate."
    built = render_handoff(replace(content(recipient), risk_formulation=formulation), chain)
    pages = page_texts(built.data)
    assert built.pages == 2
    last = squeeze(pages[-1])
    for part in ("Supervisor review", "Signature", "Date"):
        assert squeeze(part) in last


def test_table_times_are_short_and_do_not_wrap(chain: FontChain) -> None:
    text = pdf_text(render_handoff(content(Recipient.MOBILE_TEAM), chain).data)
    # Timeline and imminent-risk steps print the time of day on the day of the call.
    assert re.search(r"^09:00 CST\s*De-escalation", text, re.MULTILINE)
    assert re.search(r"Active engagement\s*09:00 CST\s*Casey", text)


def test_the_part_2_notice_only_with_substance_use_information(chain: FontChain) -> None:
    plain = pdf_text(render_handoff(content(Recipient.CLINICIAN), chain).data)
    assert "42 CFR" not in plain
    with_sud = render_handoff(content(Recipient.CLINICIAN, substance_use_info=True), chain)
    pages = page_texts(with_sud.data)
    assert squeeze("42 CFR part 2 notice. This record which has been disclosed") in squeeze(
        pages[0]
    )
    assert all("42 CFR part 2 prohibits" in page for page in pages)


def test_minimum_necessary_sections() -> None:
    assert Section.LOCATION not in SECTIONS[Recipient.PEER]
    assert Section.LOCATION not in SECTIONS[Recipient.CLINICIAN]
    assert Section.NARRATIVE in SECTIONS[Recipient.CLINICIAN]
    for recipient in (Recipient.PSAP, Recipient.MOBILE_TEAM, Recipient.PEER):
        assert Section.NARRATIVE not in SECTIONS[recipient]
    assert Section.SAFETY_PLAN not in SECTIONS[Recipient.PSAP]


def test_layouts_print_only_their_sections(chain: FontChain) -> None:
    def text_of(recipient: Recipient) -> str:
        return squeeze(pdf_text(render_handoff(content(recipient), chain).data))

    psap, peer, clinician = (
        text_of(r) for r in (Recipient.PSAP, Recipient.PEER, Recipient.CLINICIAN)
    )
    mobile = text_of(Recipient.MOBILE_TEAM)
    address = squeeze("100 Example Ave")
    assert address in psap and address in mobile
    assert address not in peer and address not in clinician
    narrative = squeeze("agreed to call her sister tonight")
    assert narrative in clinician and narrative not in psap and narrative not in peer
    assert squeeze("Not sleeping") not in psap
    assert squeeze("Community Counseling") in peer and squeeze("Community Counseling") not in psap
    # The clinician gets no call-back number; the peer specialist does (to call back).
    number = squeeze("(314) 555-0142")  # national format for people
    assert number in peer and number not in clinician and "+13145550142" not in peer


def test_an_uncovered_character_is_a_visible_placeholder_and_a_warning(chain: FontChain) -> None:
    private = "\ue000"
    built = render_handoff(content(Recipient.PEER, caller=Caller(name=f"Ana {private} Lee")), chain)
    assert len(built.warnings) == 1
    assert "U+E000" in built.warnings[0]
    assert "Ana □ Lee" in pdf_text(built.data)


def test_markup_in_user_text_is_printed_not_interpreted(chain: FontChain) -> None:
    nasty = '<font name="/etc/passwd">x</font> <img src="/etc/passwd"/> &amp; <b>bold</b> &#x41;'
    built = render_handoff(content(Recipient.PEER, caller=Caller(name=nasty)), chain)
    assert squeeze(nasty) in squeeze(pdf_text(built.data))


def test_long_arabic_text_wraps_and_reads_in_order(chain: FontChain) -> None:
    words = [
        "اتصل",
        "المتصل",
        "ليلا",
        "وقال",
        "إنه",
        "يشعر",
        "بالوحدة",
        "الشديدة",
        "ويريد",
        "التحدث",
        "مع",
        "أخته",
    ]
    narrative = " ".join(words * 4)
    built = render_handoff(content(Recipient.CLINICIAN, narrative=narrative), chain)
    text = nfkc(pdf_text(built.data))
    lines = [line for line in text.splitlines() if "المتصل" in line or "أخته" in line]
    assert len(lines) >= 2  # it wrapped
    # Each printed line is a run of the typed words in the typed (logical) order.
    flat = " ".join(words * 4)
    for line in lines:
        assert line.strip() in flat


def test_clean_text_drops_controls_and_keeps_line_breaks() -> None:
    assert clean_text("a\x00b\u200bc\r\nd\te\u2028f\ud800") == "abc\nd e\nf\ufffd"


def test_renderer_escapes_and_maps_fonts(chain: FontChain) -> None:
    renderer = TextRenderer(chain)
    markup = renderer.markup("a<b>&李")
    assert "&lt;b&gt;&amp;" in markup
    assert markup.count("<font ") == 2  # Latin in DejaVu Sans, the ideograph in a CJK font


@pytest.mark.parametrize("language", ["en", "es"])
def test_safety_plan_in_english_and_spanish(chain: FontChain, language: str) -> None:
    plan = SafetyPlan(
        warning_signs=SCRIPTS["vietnamese"],
        coping_strategies=SCRIPTS["cyrillic"],
        social_distractions=SCRIPTS["greek"],
        people_to_ask=SCRIPTS["arabic"],
        professionals=SCRIPTS["chinese"],
        safe_environment=SCRIPTS["japanese"],
        reasons_for_living=SCRIPTS["korean"],
    )
    built = render_safety_plan(
        SafetyPlanContent(
            plan=plan,
            language=language,
            center_name="Gateway Crisis Center",
            local_numbers=parse_local_numbers("Crisis line: (314) 555-0100; Warmline: 555-0199"),
            made_at=STARTED,
            time_zone=ZONE,
        ),
        chain,
    )
    assert built.warnings == ()
    text = nfkc(pdf_text(built.data))
    for name in SCRIPTS.values():
        assert nfkc(name) in text
    assert "988" in text and "911" in text and "(314) 555-0100" in text
    if language == "es":
        assert "Mi plan de seguridad" in text and "Página 1 de" in text
        assert "Señales de advertencia" in text
    else:
        assert "My safety plan" in text and "Page 1 of" in text
    assert re.search(r"Warning signs|Señales", text)


def test_local_numbers_parse() -> None:
    assert parse_local_numbers("Crisis line: (314) 555-0100;\n555-0199; ") == (
        ("Crisis line", "(314) 555-0100"),
        ("", "555-0199"),
    )


# --- consent rules -----------------------------------------------------------------------------


def test_emergency_recipients_need_no_consent_in_an_emergency() -> None:
    record = every_script_record(
        disposition=DispositionDetails(primary=Disposition.EMS_REQUESTED, follow_up_consent=False)
    )
    for recipient in (Recipient.PSAP, Recipient.MOBILE_TEAM):
        decision = consent_decision(record, recipient)
        assert decision.allowed and decision.basis is ConsentBasis.NOT_REQUIRED
    assert not consent_decision(record, Recipient.PEER).allowed
    assert not consent_decision(record, Recipient.CLINICIAN).allowed


def test_outside_an_emergency_everyone_needs_consent_or_an_override() -> None:
    record = every_script_record(
        disposition=DispositionDetails(primary=Disposition.RESOLVED_ON_LINE)
    )
    for recipient in Recipient:
        refused = consent_decision(record, recipient)
        assert not refused.allowed and "not recorded" in refused.reason
        override = consent_decision(record, recipient, "Caller unreachable, welfare check")
        assert override.allowed and override.basis is ConsentBasis.EMERGENCY_OVERRIDE
        assert consent_decision(record, recipient, "   ").allowed is False
    given = replace(record, disposition=replace(record.disposition, follow_up_consent=True))
    assert all(consent_decision(given, r).basis is ConsentBasis.GIVEN for r in Recipient)
