"""Fonts embedded in the dossiers, and the markup that prints any name correctly and safely.

The bundled fonts (resources/fonts/README.md) are registered explicitly, never looked up on the
system, so a dossier prints the same on every laptop. No single font covers every name, so user
text is cut into runs, each set in the first font that has all its glyphs: Noto Sans (Latin with
Vietnamese diacritics, Greek, Cyrillic), Noto Sans Arabic, then DejaVu Sans. Characters that no
font has (CJK: the fonts are too large to bundle) fall back to Noto Sans and print as boxes.

Right-to-left text is shaped (Arabic letters joined with their contextual forms, via
arabic-reshaper) and put in visual order (python-bidi) before reportlab sees it, because
reportlab's own bidi needs `rlbidi`, which is not published for every platform. User text is
escaped here and only here: `<`, `&` and `>` in a name or note never become markup.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

BODY = "PasserelleSans"
BODY_BOLD = "PasserelleSans-Bold"
ARABIC = "PasserelleArabic"
ARABIC_BOLD = "PasserelleArabic-Bold"
FALLBACK = "PasserelleFallback"
FALLBACK_BOLD = "PasserelleFallback-Bold"

# (registered name, file) — regular and bold of each family, in fallback order.
_FILES: tuple[tuple[str, str, str, str], ...] = (
    (BODY, "NotoSans-Regular.ttf", BODY_BOLD, "NotoSans-Bold.ttf"),
    (ARABIC, "NotoSansArabic-Regular.ttf", ARABIC_BOLD, "NotoSansArabic-Bold.ttf"),
    (FALLBACK, "DejaVuSans.ttf", FALLBACK_BOLD, "DejaVuSans-Bold.ttf"),
)
_ORDER = (BODY, ARABIC, FALLBACK)
_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the bundled fonts once per process (safe to call from worker threads)."""
    with _lock:
        if _coverage:
            return
        for regular, regular_file, bold, bold_file in _FILES:
            for name, file in ((regular, regular_file), (bold, bold_file)):
                font = TTFont(name, str(resource("fonts", file)))
                pdfmetrics.registerFont(font)
            # <b> inside a paragraph switches to the family's bold face.
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
            font = pdfmetrics.getFont(regular)
            _coverage[regular] = frozenset(font.face.charToGlyph)


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Arabic joined into its presentation forms and the line put in visual (display) order."""
    if not _has_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


def _font_of(ch: str, previous: str) -> str:
    if ch.isspace() or unicodedata.category(ch).startswith("Z"):
        return previous  # spaces never start a new run
    code = ord(ch)
    for name in _ORDER:
        if code in _coverage[name]:
            return name
    return BODY


def runs(text: str) -> Iterator[tuple[str, str]]:
    """(font name, text) runs of a line already in visual order."""
    register_fonts()
    current = BODY
    start = 0
    for index, ch in enumerate(text):
        font = _font_of(ch, current)
        if font != current:
            if index > start:
                yield current, text[start:index]
            current, start = font, index
    if start < len(text):
        yield current, text[start:]


def rich(text: object) -> str:
    """Paragraph markup for user text: shaped, reordered, escaped, with per-run fonts."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", str(text))
    lines = value.splitlines() or [""]
    out = []
    for line in lines:
        parts = []
        for font, chunk in runs(visual(line)):
            escaped = escape(chunk)
            parts.append(escaped if font == BODY else f'<font name="{font}">{escaped}</font>')
        out.append("".join(parts))
    return "<br/>".join(out)


def plain(text: str) -> str:
    """Our own labels: escaped only (they are French or English, always in Noto Sans)."""
    return escape(text)
