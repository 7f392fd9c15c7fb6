"""What every exported PDF shares: page frame, "Page X of Y", confidentiality footer, styles.

Documents are built in memory (``BytesIO``): no temporary file ever holds their content.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from counselor_app.export.text import TextRenderer

PAGE_SIZE = LETTER
MARGIN = 0.7 * inch
FOOTER_HEIGHT = 0.55 * inch
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What is printed on every page: a running head and the footer lines."""

    running_head: str
    footer_lines: tuple[str, ...]
    page_label: Callable[[int, int], str] = lambda page, total: f"Page {page} of {total}"


@dataclass(frozen=True, slots=True)
class BuiltPdf:
    """A finished document."""

    data: bytes
    pages: int


def styles(base: str, bold: str, size: float = 10) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a document whose body is ``size`` points."""
    body = ParagraphStyle(
        "body", fontName=base, fontSize=size, leading=size * 1.3, textColor=INK, splitLongWords=1
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size - 1.5, leading=size * 1.15),
        "label": ParagraphStyle(
            "label", parent=body, fontName=bold, fontSize=size - 1, textColor=MUTED
        ),
        "title": ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=size + 8, leading=size * 2.2
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=size + 2, leading=size * 1.6, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=size + 2,
            leading=size * 1.6,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.3,
        ),
        "notice": ParagraphStyle(
            "notice", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.3
        ),
    }


def draw_text(
    canvas: pdfcanvas.Canvas,
    renderer: TextRenderer,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    align: str = "left",
    bold: bool = False,
) -> None:
    """Draw one line of (possibly user) text on the canvas with per-character fonts."""
    runs = renderer.runs(renderer.visual_line(text), bold=bold)
    width = sum(stringWidth(run, face, size) for face, run in runs)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    obj = canvas.beginText(x, y)
    for face, run in runs:
        obj.setFont(face, size)
        obj.textOut(run)
    canvas.drawText(obj)


def _canvas_class(frame: PageFrame, renderer: TextRenderer, counter: list[int]) -> Any:
    class NumberedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]
        """Keeps each page's state until the end, then prints "Page X of Y" on every page."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            counter.append(total)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = PAGE_SIZE
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.setFillColor(MUTED)
            head_y = height - MARGIN + 14
            draw_text(self, renderer, MARGIN, head_y, frame.running_head, 8)
            self.line(MARGIN, head_y - 4, width - MARGIN, head_y - 4)
            foot_y = MARGIN - 6
            self.line(MARGIN, foot_y + 10, width - MARGIN, foot_y + 10)
            y = foot_y
            for line in frame.footer_lines:
                draw_text(self, renderer, MARGIN, y, line, 7)
                y -= 9
            label = frame.page_label(number, total)
            draw_text(self, renderer, width - MARGIN, foot_y, label, 8, align="right", bold=True)
            self.restoreState()

    return NumberedCanvas


def build(
    story: Sequence[Flowable],
    frame: PageFrame,
    renderer: TextRenderer,
    *,
    title: str,
    author: str,
) -> BuiltPdf:
    """Lay out ``story`` on pages with the frame; everything stays in memory."""
    buffer = io.BytesIO()
    footer_room = FOOTER_HEIGHT + 9 * max(0, len(frame.footer_lines) - 1)
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 12,
        bottomMargin=MARGIN + footer_room - 0.3 * inch + 6,
        title=title,
        author=author,
        creator="Counselor desk",
        subject="",
        invariant=1,
    )
    # No frame padding: text lines up with the running head and the footer at the margins, and
    # tables of ``content_width()`` end exactly at the right margin.
    body = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[body])])
    counter: list[int] = []
    doc.build(list(story), canvasmaker=_canvas_class(frame, renderer, counter))
    return BuiltPdf(buffer.getvalue(), counter[-1] if counter else 0)


def content_width() -> float:
    """Width of the text frame, in points."""
    return float(PAGE_SIZE[0] - 2 * MARGIN)
