"""The handoff PDF of a call: one layout per recipient, minimum necessary sections.

Every value that came from a person (names, notes, the center's name) goes through
``TextRenderer``: escaped, shaped, font-mapped. Labels are ours.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counselor_app.domain.calls import Caller, CallRecord
from counselor_app.domain.follow_ups import FollowUpSummary
from counselor_app.domain.handoff import SECTIONS, ConsentBasis, Recipient, Section
from counselor_app.domain.risk import CssrsScreen, RiskLevel, triage
from counselor_app.export import pdf
from counselor_app.export.fonts import FontChain
from counselor_app.export.text import TextRenderer, replace_style
from counselor_app.phones import display as phone_display

PART2_NOTICE = (
    "42 CFR part 2 notice. This record which has been disclosed to you is protected by Federal "
    "confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing "
    "this record, or testimony that describes the information contained in this record, in any "
    "civil, criminal, administrative, or legislative proceedings by any Federal, State, or local "
    "authority, against the patient, unless authorized by the consent of the patient, except as "
    "provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or "
    "2.65. In addition, the Federal rules prohibit you from making any other use or disclosure "
    "of this record unless at least one of the following applies: (1) further use or disclosure "
    "is expressly permitted by the written consent of the individual whose information is being "
    "disclosed in this record or as otherwise permitted by 42 CFR part 2; (2) you are a covered "
    "entity or business associate and have received the record for treatment, payment, or "
    "health care operations; or (3) you have received the record from a covered entity or "
    "business associate as permitted by 45 CFR part 164, subparts A and E. A general "
    "authorization for the release of medical or other information is NOT sufficient to meet "
    "the required elements of written consent to further use or redisclose the record "
    "(see 42 CFR 2.31)."
)
"""The notice of 42 CFR 2.32(a)(1) that accompanies a disclosure of Part 2 information."""

CONFIDENTIAL = (
    "CONFIDENTIAL: protected health information, disclosed for the purpose stated only.",
    "Do not re-disclose without the person's authorization or as the law permits.",
)

CSSRS_QUESTIONS = (
    ("wish_to_be_dead", "1. Wished to be dead or not wake up"),
    ("suicidal_thoughts", "2. Non-specific active suicidal thoughts"),
    ("thoughts_with_method", "3. Thoughts with method"),
    ("intent_without_plan", "4. Intent without plan"),
    ("intent_with_plan", "5. Intent with plan"),
    ("behavior_ever", "6. Suicidal behavior ever"),
    ("behavior_past_3_months", "6b. ... within the past 3 months"),
)

RISK_COLORS = {
    RiskLevel.IMMINENT: "#b42318",
    RiskLevel.HIGH: "#c4320a",
    RiskLevel.MODERATE: "#b54708",
    RiskLevel.LOW: "#3b7c0f",
    RiskLevel.NONE: "#3e4c59",
    RiskLevel.NOT_ASSESSED: "#3e4c59",
}

LABEL_WIDTH = 1.75 * inch
FIELD_ROW = 17.0
"""Height of a one-line row of a field table (13 points of text, 2 above and 2 below)."""
GRID_ROW = 15.5
"""Height of a one-line row of a grid below its header (11.5 points of small text, padding)."""


@dataclass(frozen=True, slots=True)
class HandoffContent:
    """Everything a handoff prints, gathered by the service (labels already resolved)."""

    record: CallRecord
    recipient: Recipient
    center_name: str
    time_zone: tzinfo
    generated_at: datetime
    generated_by: str
    purpose: str
    consent: ConsentBasis
    concern_labels: tuple[str, ...] = ()
    risk_formulation: str = ""
    follow_ups: tuple[FollowUpSummary, ...] = ()
    override_reason: str = ""


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """A finished PDF and what the person should know about it."""

    data: bytes
    pages: int
    warnings: tuple[str, ...]


class _Writer:
    """Builds the flowables of one document."""

    def __init__(self, renderer: TextRenderer, zone: tzinfo, size: float = 10) -> None:
        self.r = renderer
        self.zone = zone
        self.s = pdf.styles(renderer.chain.base, renderer.chain.base_bold, size)
        # Section headings a little tighter than the shared style: a typical call fits 2 pages.
        self.s["heading"] = replace_style(
            self.s["heading"], spaceBefore=size * 0.7, leading=size * 1.45, spaceAfter=size * 0.2
        )
        self.width = pdf.content_width()
        self.day: date | None = None
        """The call's local date: times on that day print as the time of day only."""

    def when(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        local = moment.astimezone(self.zone)
        return f"{local:%a %d %b %Y %H:%M} {local.tzname() or ''}".strip()

    def clock(self, moment: datetime | None) -> str:
        """A short time for tables: ``09:05 CST`` on the day of the call, else with the date."""
        if moment is None:
            return "—"
        local = moment.astimezone(self.zone)
        zone = local.tzname() or ""
        if local.date() == self.day:
            return f"{local:%H:%M} {zone}".strip()
        return f"{local:%d %b %H:%M} {zone}".strip()

    def window(self, start: datetime, end: datetime) -> str:
        """A time window, its date written once when it starts and ends on the same day."""
        first, last = start.astimezone(self.zone), end.astimezone(self.zone)
        if first.date() == last.date():
            return f"{first:%a %d %b %H:%M}–{last:%H:%M} {last.tzname() or ''}".strip()
        return f"{first:%a %d %b %H:%M} – {last:%a %d %b %H:%M} {last.tzname() or ''}".strip()

    def para(
        self, text: str, style: str = "body", width: float | None = None, *, bold: bool = False
    ) -> Paragraph:
        return self.r.paragraph(text, self.s[style], width or self.width, bold=bold)

    def label(self, text: str) -> Paragraph:
        style = self.s["label"]
        return Paragraph(self.r.markup(text, bold=True, plain_face=style.fontName), style)

    def heading(self, text: str, keep: float = FIELD_ROW * 3) -> list[Flowable]:
        """A section heading that starts a new page unless ``keep`` points fit below it."""
        style = self.s["heading"]
        height = style.spaceBefore + style.leading + style.spaceAfter
        return [
            CondPageBreak(height + keep),
            Paragraph(self.r.markup(text, bold=True, plain_face=style.fontName), style),
        ]

    def fields(self, rows: Sequence[tuple[str, str]]) -> Table:
        value_width = self.width - LABEL_WIDTH
        label, body = self.s["label"], self.s["body"]
        data = [
            [
                self.r.cell(name, label, LABEL_WIDTH - 8, bold=True),
                self.r.cell(value or "—", body, value_width - 8),
            ]
            for name, value in rows
        ]
        table = Table(data, colWidths=[LABEL_WIDTH, value_width], hAlign="LEFT")
        table.setStyle(_fields_style(label, body))
        return table

    def field_pairs(
        self, left: Sequence[tuple[str, str]], right: Sequence[tuple[str, str]], gap: float = 10
    ) -> Table:
        """Two columns of fields side by side, for the short values of a document's header.

        The left labels line up with the field tables below; the right ones are as wide as
        the widest of them, and the right values (times) get a little more room.
        """
        label, body = self.s["label"], self.s["body"]
        right_label = max(self.r.width(name, label.fontSize, bold=True) for name, _ in right)
        label_widths = [LABEL_WIDTH, right_label + 8 + gap]
        rest = self.width - sum(label_widths)
        value_widths = [rest * 0.45, rest * 0.55]
        data = [
            [
                self.r.cell(left_name, label, label_widths[0] - 8, bold=True),
                self.r.cell(left_value or "—", body, value_widths[0] - 8),
                self.r.cell(right_name, label, label_widths[1] - 8 - gap, bold=True),
                self.r.cell(right_value or "—", body, value_widths[1] - 8),
            ]
            for (left_name, left_value), (right_name, right_value) in zip(left, right, strict=True)
        ]
        widths = [label_widths[0], value_widths[0], label_widths[1], value_widths[1]]
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(_fields_style(label, body, pairs=2, gap=gap))
        return table

    def grid(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        fit: Sequence[int] = (),
    ) -> Table:
        """A table with a header row; columns ``fit`` are as wide as their widest line."""
        label, small = self.s["label"], self.s["small"]
        fitted: dict[int, float] = {}
        for col in fit:
            widest = max(
                [self.r.width(header[col], label.fontSize, bold=True)]
                + [self.r.width(row[col], small.fontSize) for row in rows]
            )
            fitted[col] = min(widest + 8 + 12, self.width * 0.35)
        rest = self.width - sum(fitted.values())
        total = sum(w for i, w in enumerate(widths) if i not in fitted)
        col_widths = [fitted.get(i, w * rest / total) for i, w in enumerate(widths)]
        data: list[list[Paragraph | str]] = [
            [
                self.r.cell(h, label, w - 8, bold=True)
                for h, w in zip(header, col_widths, strict=True)
            ]
        ]
        for row in rows:
            data.append(
                [
                    self.r.cell(cell or "—", small, w - 8)
                    for cell, w in zip(row, col_widths, strict=True)
                ]
            )
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(_grid_style(label, small))
        return table

    def boxed(self, flowable: Flowable, color: str = "#9aa5b1") -> Table:
        table = Table([[flowable]], colWidths=[self.width])
        table.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(color)),
                    ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbfbfc")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return table


_CellFont = tuple[str, float, float, colors.Color]
"""Font name, size, leading and colour of a paragraph style, for plain-string table cells."""


def _cell_font_of(style: ParagraphStyle) -> _CellFont:
    return (style.fontName, style.fontSize, style.leading, style.textColor)


def _cell_font(
    cells: tuple[tuple[int, int], tuple[int, int]], font: _CellFont
) -> list[tuple[object, ...]]:
    """Table commands giving plain-string ``cells`` the font, size, leading and colour."""
    name, size, leading, color = font
    return [("FONT", *cells, name, size, leading), ("TEXTCOLOR", *cells, color)]


def _fields_style(
    label: ParagraphStyle, body: ParagraphStyle, pairs: int = 1, gap: float = 0
) -> TableStyle:
    """``pairs`` of label and value columns, ``gap`` points between pairs."""
    return _fields_table_style(_cell_font_of(label), _cell_font_of(body), pairs, gap)


def _grid_style(label: ParagraphStyle, small: ParagraphStyle) -> TableStyle:
    """A shaded header row over rows of small text."""
    return _grid_table_style(_cell_font_of(label), _cell_font_of(small))


@functools.lru_cache(maxsize=16)
def _fields_table_style(label: _CellFont, body: _CellFont, pairs: int, gap: float) -> TableStyle:
    # Made once a process per set of fonts: a table only reads its style's commands.
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -2), 0.25, pdf.SHADE),
    ]
    lower = body[1] - label[1]
    for pair in range(pairs):
        name, value = 2 * pair, 2 * pair + 1
        commands += [
            *_cell_font(((name, 0), (name, -1)), label),
            *_cell_font(((value, 0), (value, -1)), body),
            # Labels are smaller than values: lower them so both sit on one baseline.
            ("TOPPADDING", (name, 0), (name, -1), 2 + lower),
            ("BOTTOMPADDING", (name, 0), (name, -1), max(0.0, 2 - lower)),
        ]
        if pair:
            commands.append(("LEFTPADDING", (name, 0), (name, -1), 4 + gap))
    return TableStyle(commands)


@functools.lru_cache(maxsize=16)
def _grid_table_style(label: _CellFont, small: _CellFont) -> TableStyle:
    return TableStyle(
        [
            *_cell_font(((0, 0), (-1, 0)), label),
            *_cell_font(((0, 1), (-1, -1)), small),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), pdf.SHADE),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, pdf.RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )


def _yes_no(value: bool | None) -> str:
    return "—" if value is None else ("Yes" if value else "No")


def _caller_rows(caller: Caller, recipient: Recipient) -> list[tuple[str, str]]:
    name = "Anonymous" if caller.anonymous and not caller.name else caller.name
    rows = [("Name", name)]
    if caller.preferred_name:
        rows.append(("Preferred name", caller.preferred_name))
    if caller.pronouns:
        rows.append(("Pronouns", caller.pronouns))
    age = str(caller.age) if caller.age is not None else caller.age_range
    if recipient is not Recipient.PSAP or age:
        rows.append(("Age", age))
    language = caller.language + (" (interpreter used)" if caller.interpreter_used else "")
    rows.append(("Language", language))
    if recipient is not Recipient.CLINICIAN:
        rows.append(("Call-back number", phone_display(caller.callback_number)))
    if caller.third_party:
        rows.append(("Third-party caller", caller.third_party_relationship or "Yes"))
    return rows


def _cssrs_rows(screen: CssrsScreen) -> list[list[str]]:
    asked = set(screen.questions_asked())
    rows = []
    for attr, label in CSSRS_QUESTIONS:
        number = int(label.split(".")[0].rstrip("b"))
        if number not in asked or (attr == "behavior_past_3_months" and not screen.behavior_ever):
            answer = "Not asked (skip logic)"
        else:
            answer = _yes_no(getattr(screen, attr))
        rows.append([label, answer])
    return rows


def _story(content: HandoffContent, w: _Writer) -> list[Flowable]:
    record = content.record
    recipient = content.recipient
    if record.started_at is not None:
        w.day = record.started_at.astimezone(w.zone).date()
    title = w.s["title"]
    story: list[Flowable] = [
        w.para(content.center_name, "subtitle", bold=True),
        Paragraph(
            w.r.markup(f"Handoff: {recipient.label}", bold=True, plain_face=title.fontName), title
        ),
        Spacer(1, 4),
    ]
    level = record.risk_level
    risk_style = ParagraphStyle(
        "risk", parent=w.s["body"], textColor=colors.HexColor(RISK_COLORS[level])
    )
    identity = [
        ("Call reference", record.reference),
        ("CAD incident number", record.transfer.cad_incident_number),
        ("Purpose of disclosure", content.purpose),
    ]
    times = [
        ("Call started", w.when(record.started_at)),
        ("911 transfer", w.when(record.transfer.transferred_at)),
        ("Call ended", w.when(record.ended_at)),
    ]
    story.append(w.field_pairs(identity, times))
    # Full width: an emergency override's reason can be long.
    disclosure = [
        ("Consent", _consent_text(content)),
        ("Prepared", f"{w.when(content.generated_at)} by {content.generated_by}"),
    ]
    story.append(w.fields(disclosure))
    story.append(Spacer(1, 4))
    risk_line = Paragraph(
        w.r.markup(
            f"Risk level: {level.label}" + ("  (IMMINENT RISK)" if record.imminent else ""),
            bold=True,
        ),
        risk_style,
    )
    story.append(w.boxed(risk_line, RISK_COLORS[level]))
    if record.substance_use_info:
        story.append(Spacer(1, 6))
        story.append(w.boxed(w.para(PART2_NOTICE, "notice", w.width - 12), "#52606d"))
    for section in SECTIONS[recipient]:
        story.extend(_SECTION_WRITERS[section](content, w))
    story.extend(_signature(content, w))
    return story


def _consent_text(content: HandoffContent) -> str:
    if content.consent is ConsentBasis.GIVEN:
        return "Given by the caller"
    if content.consent is ConsentBasis.NOT_REQUIRED:
        return "Not required: emergency (serious and imminent threat)"
    return f"Emergency override: {content.override_reason}"


def _transfer(content: HandoffContent, w: _Writer) -> list[Flowable]:
    t = content.record.transfer
    rows = [
        ("PSAP", t.psap_name),
        ("Telecommunicator", t.telecommunicator),
        ("911 nature / reason", t.nature_of_call),
        ("Officer on standby", _yes_no(t.officer_on_standby)),
    ]
    return [*w.heading("911 transfer"), w.fields(rows)]


def _caller(content: HandoffContent, w: _Writer) -> list[Flowable]:
    rows = _caller_rows(content.record.caller, content.recipient)
    if content.concern_labels and content.recipient is not Recipient.PSAP:
        rows.append(("Presenting concerns", ", ".join(content.concern_labels)))
    return [*w.heading("Caller"), w.fields(rows)]


def _location(content: HandoffContent, w: _Writer) -> list[Flowable]:
    c = content.record.caller
    coords = ""
    if c.latitude is not None and c.longitude is not None:
        coords = f"{c.latitude:.5f}, {c.longitude:.5f}"
    rows = [
        ("Address", c.address),
        ("Cross streets", c.cross_streets),
        ("Latitude, longitude", coords),
    ]
    return [*w.heading("Location"), w.fields(rows)]


def _risk(content: HandoffContent, w: _Writer) -> list[Flowable]:
    """Triage and formulation first, then the screener's answers (kept whole: 8 rows)."""
    record = content.record
    screened = record.cssrs is not None and record.cssrs.started
    rows: list[tuple[str, str]] = []
    if record.cssrs is not None and screened:
        rows.append(("C-SSRS triage", triage(record.cssrs).label))
    else:
        rows.append(("C-SSRS screener", "Not done on this call"))
    if content.risk_formulation and content.recipient is not Recipient.PSAP:
        rows.append(("Risk formulation", content.risk_formulation))
    out = [*w.heading("Risk summary", keep=FIELD_ROW * len(rows)), w.fields(rows)]
    if record.cssrs is not None and screened:
        answers = _cssrs_rows(record.cssrs)
        grid = w.grid(["C-SSRS screener (past month)", "Answer"], answers, [3, 1.4])
        out += [Spacer(1, 4), KeepTogether([grid])]
    return out


def _imminent(content: HandoffContent, w: _Writer) -> list[Flowable]:
    steps = [s for s in content.record.imminent_steps if s.done_at is not None]
    if not steps and not content.record.imminent:
        return []
    rows = [[s.kind.label, w.clock(s.done_at), s.done_by, s.note] for s in steps]
    if rows:
        out = w.heading("Imminent-risk steps", keep=FIELD_ROW + GRID_ROW * min(len(rows), 2))
        out.append(w.grid(["Step", "Done at", "By", "Note"], rows, [2, 1, 1.2, 3], fit=[1]))
    else:
        out = w.heading("Imminent-risk steps", keep=FIELD_ROW)
        out.append(w.para("No step of the imminent-risk protocol is recorded yet.", "small"))
    return out


def _checklists(content: HandoffContent, w: _Writer) -> list[Flowable]:
    rows: list[tuple[datetime, list[str]]] = []
    for run in content.record.checklists:
        for item in run.items:
            if item.done_at is not None:
                rows.append(
                    (item.done_at, [w.clock(item.done_at), run.title, item.label, item.note])
                )
    if not rows:
        return []
    rows.sort(key=lambda r: r[0])
    table = w.grid(
        ["Time", "Checklist", "Step", "Note"], [r for _, r in rows], [1, 1.6, 2.4, 2.6], fit=[0]
    )
    keep = FIELD_ROW + GRID_ROW * min(len(rows), 2)
    return [*w.heading("De-escalation timeline", keep=keep), table]


def _narrative(content: HandoffContent, w: _Writer) -> list[Flowable]:
    if not content.record.narrative.strip():
        return []
    leading = w.s["body"].leading
    return [*w.heading("Narrative", keep=leading * 3), w.para(content.record.narrative)]


def _safety_plan(content: HandoffContent, w: _Writer) -> list[Flowable]:
    plan = content.record.safety_plan
    if plan.is_empty:
        return [
            *w.heading("Safety plan", keep=FIELD_ROW),
            w.para("No safety plan was made on this call.", "small"),
        ]
    rows = [(title, text) for _, title, text in plan.sections() if text.strip()]
    keep = FIELD_ROW * min(len(rows), 3)
    return [*w.heading("Safety plan (Stanley–Brown)", keep=keep), w.fields(rows)]


def _referrals(content: HandoffContent, w: _Writer) -> list[Flowable]:
    refs = sorted(content.record.referrals, key=lambda r: r.order_key)
    if not refs:
        return []
    rows = [
        [
            r.service_name,
            r.organization_name,
            phone_display(r.phone),
            ("Warm handoff. " if r.warm_handoff else "") + r.note,
        ]
        for r in refs
    ]
    table = w.grid(["Service", "Organization", "Phone", "Note"], rows, [2, 1.8, 1.3, 2.4])
    keep = FIELD_ROW + GRID_ROW * min(len(rows), 2)
    return [*w.heading("Referrals given", keep=keep), table]


def _follow_up(content: HandoffContent, w: _Writer) -> list[Flowable]:
    d = content.record.disposition
    rows = [
        ("Consent to follow-up", _yes_no(d.follow_up_consent)),
        ("Preferred times", d.follow_up_times),
    ]
    if content.recipient is Recipient.PEER:
        number = d.follow_up_number or content.record.caller.callback_number
        rows.append(("Number to call", phone_display(number)))
    out = [*w.heading("Follow-up plan", keep=FIELD_ROW * len(rows)), w.fields(rows)]
    if content.follow_ups:
        grid_rows = [
            [
                str(f.sequence_no),
                w.window(f.due_start, f.due_end),
                f.contact_method.value.replace("_", " "),
                f.status.value.replace("_", " "),
                f.assigned_to_name or "Unassigned",
            ]
            for f in content.follow_ups
        ]
        out.append(Spacer(1, 4))
        out.append(
            w.grid(
                ["#", "Due window", "Method", "Status", "Assigned to"],
                grid_rows,
                [0.4, 3.4, 1, 1, 1.4],
            )
        )
    return out


def _disposition(content: HandoffContent, w: _Writer) -> list[Flowable]:
    d = content.record.disposition
    rows = [("Disposition", d.primary.label if d.primary else "Not decided")]
    services = [
        name
        for flag, name in (
            (d.mobile_team_dispatched, "Mobile crisis team"),
            (d.ems_requested, "EMS"),
            (d.police_requested, "Police"),
            (d.returned_to_911, "Returned to 911"),
        )
        if flag
    ]
    if services:
        rows.append(("Emergency services", ", ".join(services)))
    if d.warm_transfer_to:
        rows.append(("Warm transfer to", d.warm_transfer_to))
    return [*w.heading("Disposition", keep=FIELD_ROW * len(rows)), w.fields(rows)]


def _signature(content: HandoffContent, w: _Writer) -> list[Flowable]:
    record = content.record
    signed = (
        f"{record.signed_by}, {w.when(record.signed_at)}"
        if record.signed_by
        else "Not yet reviewed and signed by a supervisor"
    )
    rows = [("Counselor", record.counselor_name), ("Supervisor review", signed)]
    line = Table(
        [["", "", ""], [w.label("Signature"), "", w.label("Date")]],
        colWidths=[w.width * 0.55, w.width * 0.08, w.width * 0.37],
        rowHeights=[28, 16],
        hAlign="LEFT",
    )
    line.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 1), (0, 1), 0.6, pdf.INK),
                ("LINEABOVE", (2, 1), (2, 1), 0.6, pdf.INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 3),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ]
        )
    )
    style = w.s["heading"]
    heading = Paragraph(w.r.markup("Counselor", bold=True, plain_face=style.fontName), style)
    return [KeepTogether([heading, w.fields(rows), Spacer(1, 6), line])]


_SECTION_WRITERS = {
    Section.TRANSFER: _transfer,
    Section.CALLER: _caller,
    Section.LOCATION: _location,
    Section.RISK: _risk,
    Section.IMMINENT_STEPS: _imminent,
    Section.CHECKLISTS: _checklists,
    Section.NARRATIVE: _narrative,
    Section.SAFETY_PLAN: _safety_plan,
    Section.REFERRALS: _referrals,
    Section.FOLLOW_UP: _follow_up,
    Section.DISPOSITION: _disposition,
}
assert set(_SECTION_WRITERS) == set(Section)


def render_handoff(content: HandoffContent, chain: FontChain) -> RenderedPdf:
    """The handoff PDF of ``content`` for its recipient, built in memory."""
    renderer = TextRenderer(chain)
    writer = _Writer(renderer, content.time_zone)
    story = _story(content, writer)
    record = content.record
    footer = list(CONFIDENTIAL)
    if record.substance_use_info:
        footer.append("42 CFR part 2 prohibits unauthorized use or disclosure of these records.")
    frame = pdf.PageFrame(
        running_head=(
            f"{content.center_name} · Handoff {record.reference} · {content.recipient.label}"
        ),
        footer_lines=tuple(footer),
    )
    built = pdf.build(
        story,
        frame,
        renderer,
        title=f"Handoff {record.reference} ({content.recipient.label})",
        author=content.center_name,
    )
    return RenderedPdf(built.data, built.pages, tuple(renderer.warnings))
