"""The caller's copy of the Stanley–Brown safety plan: large plain type, English or Spanish.

The plan carries no name and no call data beyond its date: it is the caller's own document and
may be lost. It always lists 988 and 911, then the center's local numbers (settings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from counselor_app.domain.safety_plan import SECTION_TITLES, SafetyPlan
from counselor_app.export import pdf
from counselor_app.export.fonts import FontChain
from counselor_app.export.handoff import RenderedPdf
from counselor_app.export.text import TextRenderer

LANGUAGES = ("en", "es")

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "My safety plan",
        "intro": "Keep this plan where you can find it. Follow the steps in order, "
        "and go to the next step if the one before does not help.",
        "step": "Step",
        "empty": "(We did not fill in this step together. You can add your own ideas.)",
        "help_now": "Help is always there",
        "988": "988 Suicide & Crisis Lifeline: call or text 988 (chat at 988lifeline.org)",
        "911": "In immediate danger: call 911",
        "local": "Local numbers",
        "made": "Made with {center} on {date}",
        "footer": "Personal and confidential. This plan belongs to you.",
        "page": "Page {page} of {total}",
    },
    "es": {
        "title": "Mi plan de seguridad",
        "intro": "Guarde este plan donde pueda encontrarlo. Siga los pasos en orden y pase al "
        "siguiente si el anterior no le ayuda.",
        "step": "Paso",
        "empty": "(No completamos este paso juntos. Puede agregar sus propias ideas.)",
        "help_now": "Siempre hay ayuda",
        "988": "Línea 988 de Prevención del Suicidio y Crisis: llame o envíe un texto al 988 "
        "(ayuda en español: marque 988 y oprima 2)",
        "911": "Si está en peligro inmediato: llame al 911",
        "local": "Números locales",
        "made": "Preparado con {center} el {date}",
        "footer": "Personal y confidencial. Este plan le pertenece.",
        "page": "Página {page} de {total}",
    },
}

SECTION_TITLES_ES: dict[str, str] = {
    "warning_signs": "Señales de advertencia",
    "coping_strategies": "Estrategias internas para sobrellevar la crisis",
    "social_distractions": "Personas y lugares sociales que me ayudan a distraerme",
    "people_to_ask": "Personas a quienes puedo pedir ayuda",
    "professionals": "Profesionales o agencias que puedo contactar en una crisis",
    "safe_environment": "Cómo hacer que mi entorno sea seguro",
    "reasons_for_living": "Lo más importante para mí / mis razones para vivir",
}
assert set(SECTION_TITLES_ES) == set(SECTION_TITLES)

_MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


@dataclass(frozen=True, slots=True)
class SafetyPlanContent:
    """What the caller's copy prints."""

    plan: SafetyPlan
    language: str
    center_name: str
    local_numbers: tuple[tuple[str, str], ...]
    made_at: datetime
    time_zone: tzinfo


def parse_local_numbers(text: str) -> tuple[tuple[str, str], ...]:
    """``"Crisis line: (314) 555-0100; Warmline: 314-555-0199"`` as (label, number) pairs."""
    out: list[tuple[str, str]] = []
    for entry in text.replace("\n", ";").split(";"):
        label, sep, number = entry.rpartition(":")
        if not sep:
            label, number = "", entry
        if number.strip():
            out.append((label.strip(), number.strip()))
    return tuple(out)


def _date(moment: datetime, zone: tzinfo, language: str) -> str:
    local = moment.astimezone(zone)
    if language == "es":
        return f"{local.day} de {_MONTHS_ES[local.month - 1]} de {local.year}"
    return f"{local:%B} {local.day}, {local.year}"


def render_safety_plan(content: SafetyPlanContent, chain: FontChain) -> RenderedPdf:
    """The caller's safety plan PDF, built in memory."""
    language = content.language if content.language in LANGUAGES else "en"
    words = _TEXT[language]
    titles = SECTION_TITLES_ES if language == "es" else SECTION_TITLES
    renderer = TextRenderer(chain)
    s = pdf.styles(chain.base, chain.base_bold, 14)
    width = pdf.content_width()

    def para(text: str, style: str = "body", *, bold: bool = False, w: float = width) -> Paragraph:
        return renderer.paragraph(text, s[style], w, bold=bold)

    story: list[Flowable] = [
        para(words["title"], "title", bold=True),
        para(words["intro"]),
        Spacer(1, 10),
        _help_box(content, words, renderer, s, width),
    ]
    for number, (key, _, text) in enumerate(content.plan.sections(), start=1):
        heading = para(f"{words['step']} {number}: {titles[key]}", "heading", bold=True)
        body = para(text) if text.strip() else para(words["empty"], "small")
        story.append(KeepTogether([heading, body]))
    story.append(Spacer(1, 16))
    made = words["made"].format(
        center=content.center_name, date=_date(content.made_at, content.time_zone, language)
    )
    story.append(para(made, "small"))
    frame = pdf.PageFrame(
        running_head=words["title"],
        footer_lines=(words["footer"],),
        page_label=lambda page, total: words["page"].format(page=page, total=total),
    )
    built = pdf.build(story, frame, renderer, title=words["title"], author=content.center_name)
    return RenderedPdf(built.data, built.pages, tuple(renderer.warnings))


def _help_box(
    content: SafetyPlanContent,
    words: dict[str, str],
    renderer: TextRenderer,
    s: dict[str, ParagraphStyle],
    width: float,
) -> Table:
    inner = width - 16
    rows: list[list[Flowable]] = [
        [renderer.paragraph(words["help_now"], s["heading"], inner, bold=True)],
        [renderer.paragraph(words["988"], s["body"], inner, bold=True)],
        [renderer.paragraph(words["911"], s["body"], inner, bold=True)],
    ]
    numbers: Sequence[tuple[str, str]] = content.local_numbers
    if numbers:
        rows.append([renderer.paragraph(words["local"], s["label"], inner, bold=True)])
        for label, number in numbers:
            text = f"{label}: {number}" if label else number
            rows.append([renderer.paragraph(text, s["body"], inner)])
    table = Table(rows, colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, pdf.INK),
                ("BACKGROUND", (0, 0), (-1, -1), pdf.SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 0.12 * inch),
            ]
        )
    )
    return table
