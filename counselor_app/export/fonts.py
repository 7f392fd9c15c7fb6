"""Fonts for PDF exports: found on the system at run time, registered once, chosen per character.

reportlab has no font fallback, so ``FontChain`` keeps an ordered list of fonts and picks, for
each character, the first font whose character map covers it. The default chain is:

1. DejaVu Sans (Debian ``fonts-dejavu-core``; Bitstream Vera license): Latin with Vietnamese,
   Cyrillic, Greek, Arabic with its presentation forms, symbols.
2. WenQuanYi Micro Hei (``fonts-wqy-microhei``; Apache-2.0 or GPL-3 with font exception):
   Chinese, Japanese kana, Korean Hangul. A TrueType collection: face 0 is used.
3. Droid Sans Fallback (``fonts-droid-fallback``; Apache-2.0): more CJK.

Each is looked up first at its usual path, then through fontconfig (``fc-match``); the packaged
application (PyInstaller bundle) also carries DejaVu Sans and looks there last. Only
TrueType-outline fonts work (reportlab cannot embed CFF/OpenType-PostScript fonts such as Noto
Sans CJK); such a font is skipped with a log line. Administrators can put other fonts first
(setting ``pdf_font_files``). Fonts are embedded as subsets, as their licenses allow.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

PLACEHOLDER = "\u25a1"
"""Drawn for a character no font covers (WHITE SQUARE); the export then warns."""
PLACEHOLDER_FALLBACK = "[?]"

_ASCII_PRINTABLE = frozenset(map(chr, range(0x20, 0x7F)))


def _bundled(name: str) -> tuple[str, ...]:
    """``name`` in the ``fonts`` folder of a PyInstaller bundle (nothing when not bundled)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return (str(Path(bundle) / "fonts" / name),) if bundle else ()


@dataclass(frozen=True, slots=True)
class FontSource:
    """A font to look for: usual paths, a fontconfig pattern, and the face of a collection."""

    family: str
    paths: tuple[str, ...]
    bold_paths: tuple[str, ...] = ()
    fontconfig: str = ""
    subfont_index: int = 0


DEFAULT_SOURCES: tuple[FontSource, ...] = (
    FontSource(
        "DejaVu Sans",
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/Library/Fonts/DejaVuSans.ttf",
            "C:/Windows/Fonts/DejaVuSans.ttf",
            *_bundled("DejaVuSans.ttf"),
        ),
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "/Library/Fonts/DejaVuSans-Bold.ttf",
            "C:/Windows/Fonts/DejaVuSans-Bold.ttf",
            *_bundled("DejaVuSans-Bold.ttf"),
        ),
        fontconfig="DejaVu Sans",
    ),
    FontSource(
        "WenQuanYi Micro Hei",
        (
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        ),
        fontconfig="WenQuanYi Micro Hei",
    ),
    FontSource(
        "Droid Sans Fallback",
        (
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
        ),
        fontconfig="Droid Sans Fallback",
    ),
)


@dataclass(frozen=True, slots=True)
class RegisteredFont:
    """A font registered with reportlab: its names and the characters it covers.

    ``chars`` is the same coverage as one-character strings, so a whole line is checked at
    once: ``font.chars.issuperset(line)``.
    """

    family: str
    path: str
    name: str
    bold_name: str
    covers: frozenset[int]
    chars: frozenset[str] = field(default=frozenset(), repr=False, compare=False)


_LOCK = threading.Lock()
_REGISTERED: dict[tuple[str, int], RegisteredFont | None] = {}
_CHAINS: dict[tuple[str, ...], FontChain] = {}


def _fontconfig_file(pattern: str) -> tuple[str, int] | None:
    """The file (and collection index) fontconfig gives for exactly ``pattern``, if any."""
    fc_match = shutil.which("fc-match")
    if not pattern or fc_match is None:
        return None
    try:
        out = subprocess.run(  # noqa: S603 - fixed program, pattern from our own table
            [fc_match, "-f", "%{family}\t%{file}\t%{index}", pattern],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    parts = out.split("\t")
    if len(parts) != 3 or pattern.lower() not in parts[0].lower():
        return None  # fontconfig substituted another family: not what we asked for
    try:
        return parts[1], int(parts[2] or 0)
    except ValueError:
        return None


def _register(path: str, index: int, family: str, bold_path: str | None) -> RegisteredFont | None:
    key = (path, index)
    with _LOCK:
        if key in _REGISTERED:
            return _REGISTERED[key]
        stem = "".join(ch for ch in f"{Path(path).stem}-{index}" if ch.isalnum() or ch == "-")
        name = f"CD-{stem}"
        try:
            font = TTFont(name, path, subfontIndex=index)
            pdfmetrics.registerFont(font)
            covers = frozenset(font.face.charToGlyph)
            chars = frozenset(map(chr, covers))
            bold_name = name
            if bold_path:
                bold = TTFont(f"{name}-Bold", bold_path)
                pdfmetrics.registerFont(bold)
                bold_name = bold.fontName
        except (TTFError, OSError, ValueError) as exc:
            # e.g. a CFF-outline font, which reportlab cannot embed.
            log.warning("font %s (%s) cannot be used for PDFs: %s", family, path, exc)
            _REGISTERED[key] = None
            return None
        registered = RegisteredFont(family, path, name, bold_name, covers, chars)
        _REGISTERED[key] = registered
        return registered


def _first_existing(paths: Iterable[str]) -> str | None:
    for p in paths:
        if Path(p).is_file():
            return p
    return None


def find_fonts(
    extra_files: Sequence[str] = (), sources: Sequence[FontSource] = DEFAULT_SOURCES
) -> list[RegisteredFont]:
    """Register the fonts available on this system, ``extra_files`` first (``path[#index]``)."""
    found: list[RegisteredFont] = []
    for entry in extra_files:
        path, _, index = entry.strip().partition("#")
        if not path:
            continue
        if not Path(path).expanduser().is_file():
            log.warning("configured PDF font %s does not exist", path)
            continue
        face = int(index) if index.strip().isdigit() else 0
        font = _register(str(Path(path).expanduser()), face, Path(path).stem, None)
        if font is not None:
            found.append(font)
    for source in sources:
        known = _first_existing(source.paths)
        located = (known, source.subfont_index) if known else _fontconfig_file(source.fontconfig)
        if located is None:
            continue
        font = _register(*located, source.family, _first_existing(source.bold_paths))
        if font is not None and all(f.name != font.name for f in found):
            found.append(font)
    return found


class FontChain:
    """Ordered fonts with per-character fallback."""

    def __init__(self, fonts: Sequence[RegisteredFont]) -> None:
        self.fonts = tuple(fonts)
        self._cache: dict[str, RegisteredFont | None] = {}
        self.bold_names = {f.name: f.bold_name for f in self.fonts}
        primary = self.fonts[0] if self.fonts else None
        # Fast path: a line whose characters are all in these sets needs no fallback at all.
        self.primary_chars: frozenset[str] = primary.chars if primary else _ASCII_PRINTABLE
        placeholder_font = self.font_for(PLACEHOLDER)
        self.placeholder = PLACEHOLDER if placeholder_font is not None else PLACEHOLDER_FALLBACK

    @classmethod
    def system(cls, extra_files: Sequence[str] = ()) -> FontChain:
        """The chain of the fonts found on this system, looked up and registered once a process."""
        key = tuple(extra_files)
        with _LOCK:
            chain = _CHAINS.get(key)
        if chain is None:
            chain = cls(find_fonts(extra_files))
            with _LOCK:
                chain = _CHAINS.setdefault(key, chain)
        return chain

    @property
    def base(self) -> str:
        """The font for text no chained font is needed for (reportlab's Helvetica without any)."""
        return self.fonts[0].name if self.fonts else "Helvetica"

    @property
    def base_bold(self) -> str:
        """Bold variant of ``base``."""
        return self.fonts[0].bold_name if self.fonts else "Helvetica-Bold"

    def font_for(self, ch: str) -> RegisteredFont | None:
        """The first font covering ``ch``, or ``None`` when none does."""
        try:
            return self._cache[ch]
        except KeyError:
            pass
        code = ord(ch)
        chosen = next((f for f in self.fonts if code in f.covers), None)
        self._cache[ch] = chosen
        return chosen

    def covers(self, ch: str) -> bool:
        """True when some font of the chain has a glyph for ``ch``."""
        if not self.fonts:
            return ord(ch) < 128
        return self.font_for(ch) is not None

    def families(self) -> list[str]:
        """The families in fallback order (for the administrator's guide and diagnostics)."""
        return [f.family for f in self.fonts]
