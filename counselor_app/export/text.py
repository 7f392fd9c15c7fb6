"""User text made safe and readable in reportlab: cleaned, escaped, shaped, ordered, font-mapped.

Every piece of user text goes through ``TextRenderer.paragraph`` (or ``markup``):

* control and format characters are removed (line breaks kept), lone surrogates replaced;
* Arabic is shaped (``arabic-reshaper``, only the mandatory lam-alef ligatures, harakat kept)
  and reordered right to left (``python-bidi``) line by line, after the line breaks are chosen
  in logical order, so a wrapped paragraph reads top to bottom;
* each character is drawn in the first font of the chain that covers it; one that no font
  covers is drawn as a visible placeholder and recorded in ``warnings``;
* the result is XML-escaped, so no user text is ever read as reportlab markup.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from xml.sax.saxutils import escape

import arabic_reshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_display
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from counselor_app.domain.errors import msg
from counselor_app.export.fonts import FontChain

_RTL_CLASSES = frozenset({"R", "AL"})
_MANDATORY_LIGATURES = ("arabic ligature lam with alef",)
_ASCII_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_RESHAPERS: dict[tuple[str, ...], arabic_reshaper.ArabicReshaper] = {}


def clean_text(text: str) -> str:
    """Text as it is printed: line breaks normalised, control/format characters removed.

    Tabs become spaces; lone surrogates (not encodable) become U+FFFD so they are reported.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if text.isascii():  # fast path: only C0 controls and DEL can go
        return _ASCII_CONTROLS.sub("", text)
    return "".join(map(_clean_char, text))


@functools.lru_cache(maxsize=8192)
def _clean_char(ch: str) -> str:
    category = unicodedata.category(ch)
    if ch == "\n" or category in ("Zl", "Zp"):
        return "\n"
    if category == "Cs":
        return "\ufffd"
    if category in ("Cc", "Cf"):
        return ""
    return ch


def has_rtl(text: str) -> bool:
    """True when ``text`` holds right-to-left letters (Arabic, Hebrew...)."""
    if text.isascii():
        return False
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def base_direction(text: str) -> str:
    """``R`` or ``L``: the direction of the first strong character (``L`` when none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return "L"


class TextRenderer:
    """Turns user text into safe reportlab markup with the fonts of ``chain``.

    One renderer per document: ``warnings`` collects the characters it could not draw.
    """

    def __init__(self, chain: FontChain) -> None:
        self.chain = chain
        self._missing: dict[str, None] = {}
        # Building a reshaper parses its configuration: once per set of fonts, not per document.
        key = tuple(f.name for f in chain.fonts)
        reshaper = _RESHAPERS.get(key)
        if reshaper is None:
            reshaper = arabic_reshaper.ArabicReshaper(configuration=self._reshaper_config())
            reshaper = _RESHAPERS.setdefault(key, reshaper)
        self._reshaper = reshaper

    def _reshaper_config(self) -> dict[str, bool]:
        config: dict[str, bool] = {"delete_harakat": False, "support_ligatures": True}
        for name, (_, forms) in LIGATURES:
            key = name.lower()
            wanted = key.startswith(_MANDATORY_LIGATURES)
            config[key] = wanted and all(self.chain.covers(f) for f in forms if f)
        config["use_unshaped_instead_of_isolated"] = not all(
            self.chain.covers(ch) for ch in "\ufe8d\ufe8f\ufee1\ufeed"
        )
        return config

    @property
    def warnings(self) -> list[str]:
        """One line per character that was drawn as a placeholder."""
        return [
            msg(
                "U+{code} ({name}) is in no installed font; printed as {placeholder}.",
                code=f"{ord(ch):04X}",
                name=unicodedata.name(ch, "unnamed character"),
                placeholder=self.chain.placeholder,
            )
            for ch in self._missing
        ]

    @property
    def missing(self) -> list[str]:
        """The characters drawn as a placeholder, in the order first met."""
        return list(self._missing)

    # --- characters to font runs ---------------------------------------------------------

    def _glyphs(self, text: str) -> Iterator[tuple[str, str]]:
        """``(font name or '', text)`` per character; '' means a line break."""
        for ch in text:
            if ch == "\n":
                yield "", "\n"
                continue
            font = self.chain.font_for(ch) if self.chain.fonts else None
            if font is not None:
                yield font.name, ch
                continue
            if not self.chain.fonts and ord(ch) < 128:
                yield self.chain.base, ch
                continue
            # A presentation form the fonts lack: its plain letters still read correctly.
            plain = unicodedata.normalize("NFKC", ch)
            if plain != ch and plain and all(self.chain.covers(c) for c in plain):
                for c in plain:
                    found = self.chain.font_for(c)
                    yield (found.name if found else self.chain.base), c
                continue
            self._missing.setdefault(ch, None)
            placeholder = self.chain.placeholder
            holder = self.chain.font_for(placeholder[0]) if self.chain.fonts else None
            yield (holder.name if holder else self.chain.base), placeholder

    def _line_runs(self, line: str, *, bold: bool) -> list[tuple[str, str]]:
        """``(font name, text)`` runs of one line without line breaks."""
        chain = self.chain
        if chain.primary_chars.issuperset(line):  # fast path: no per-character lookup
            return [(chain.base_bold if bold else chain.base, line)] if line else []
        out: list[tuple[str, str]] = []
        bold_names = chain.bold_names
        for font, ch in self._glyphs(line):
            if not font:
                continue
            face = bold_names.get(font, font) if bold else font
            if out and out[-1][0] == face:
                out[-1] = (face, out[-1][1] + ch)
            else:
                out.append((face, ch))
        return out

    def markup(
        self, text: str, *, bold: bool = False, clean: bool = True, plain_face: str = ""
    ) -> str:
        """Escaped reportlab markup of ``text`` (one visual line or several joined by ``<br/>``).

        Runs in ``plain_face`` (the paragraph style's own font) need no ``<font>`` tag.
        """
        if clean:
            text = clean_text(text)
        parts: list[str] = []
        for number, line in enumerate(text.split("\n")):
            if number:
                parts.append("<br/>")
            for face, run in self._line_runs(line, bold=bold):
                if face == plain_face:
                    parts.append(escape(run))
                else:
                    parts.append(f'<font name="{face}">{escape(run)}</font>')
        return "".join(parts)

    def _bold_of(self, name: str) -> str:
        return self.chain.bold_names.get(name, name)

    def runs(self, text: str, *, bold: bool = False) -> list[tuple[str, str]]:
        """``(font name, text)`` runs of one visual line (placeholders substituted)."""
        return self._line_runs(text.replace("\n", ""), bold=bold)

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        """Printed width of one visual line of ``text`` at ``size`` points."""
        return float(sum(stringWidth(run, face, size) for face, run in self.runs(text, bold=bold)))

    def visual_line(self, text: str) -> str:
        """One line of user text cleaned, single-spaced, shaped and in display order."""
        text = " ".join(clean_text(text).split())
        if has_rtl(text):
            text = get_display(self._reshaper.reshape(text), base_dir=base_direction(text))
        return text

    # --- paragraphs --------------------------------------------------------------------------

    def paragraph(
        self, text: str, style: ParagraphStyle, width: float, *, bold: bool = False
    ) -> Paragraph:
        """A reportlab ``Paragraph`` of user text that fits ``width`` points."""
        text = clean_text(text)
        face = style.fontName
        if not has_rtl(text):
            return Paragraph(self.markup(text, bold=bold, clean=False, plain_face=face), style)
        lines: list[str] = []
        direction = base_direction(text)
        for logical in text.split("\n"):
            lines.extend(self._visual_lines(logical, style.fontSize, width - 2, bold=bold))
        # A wrapped right-to-left paragraph reads from the right edge; a one-line value stays
        # at the start of its cell like the values around it.
        align = TA_RIGHT if direction == "R" and len(lines) > 1 else TA_LEFT
        if style.alignment != align:
            style = replace_style(style, alignment=align)
        body = "<br/>".join(
            self.markup(line, bold=bold, clean=False, plain_face=face) for line in lines
        )
        return Paragraph(body, style)

    def cell(
        self, text: str, style: ParagraphStyle, width: float, *, bold: bool = False
    ) -> Paragraph | str:
        """A table cell of user text: a plain string when that prints the same, else a paragraph.

        A plain string (drawn by the table in the cell's font, never read as markup) is used
        when the text is one left-to-right line, entirely in the style's font, that fits
        ``width``; the table's style must give those cells the font, size, leading and colour
        of ``style``. Anything else (wrapping, fallback fonts, right to left) is a paragraph.
        """
        cleaned = clean_text(text)
        face = self.chain.base_bold if bold else self.chain.base
        if (
            face == style.fontName
            and "\n" not in cleaned
            and self.chain.primary_chars.issuperset(cleaned)
            and not has_rtl(cleaned)
        ):
            line = " ".join(cleaned.split())
            if stringWidth(line, face, style.fontSize) <= width:
                return line
        return self.paragraph(cleaned, style, width, bold=bold)

    def _visual_lines(self, logical: str, size: float, width: float, *, bold: bool) -> list[str]:
        """Break one logical paragraph into lines (logical order), then order each for display."""
        direction = base_direction(logical)
        shaped = self._reshaper.reshape(logical)
        lines: list[str] = []
        current = ""
        for word in shaped.split(" "):
            candidate = f"{current} {word}" if current else word
            if not current or self.width(candidate, size, bold=bold) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
            while self.width(current, size, bold=bold) > width and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and self.width(current[:cut], size, bold=bold) > width:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
        return [get_display(line, base_dir=direction) for line in lines]


def replace_style(style: ParagraphStyle, **changes: object) -> ParagraphStyle:
    """A copy of a paragraph style with ``changes`` (reportlab styles are mutable: never share)."""
    copy = ParagraphStyle(f"{style.name}-copy", parent=style)
    for key, value in changes.items():
        setattr(copy, key, value)
    return copy
