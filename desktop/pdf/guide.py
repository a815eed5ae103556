"""Printable user guides: the Markdown of docs/guide/ set as a PDF with the dossiers' fonts.

Only the subset the guides use is understood: `#` title, `##`/`###` headings, paragraphs,
`-` bullets, `1.` numbered steps, `|` tables, `**bold**`, `` `keys` ``, `![alt](image)`
(left out: the printed booth guide has no screenshots), `> ` notes, and `---` (ignored).
`python -m desktop.pdf.guide docs/guide/fr/booth.md --out booth.pdf` renders one file; the
booth guide is meant to fit on ONE Letter page, which `tests/test_user_guides.py` checks.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.pdf.fonts import BODY, BODY_BOLD, register_fonts
from desktop.pdf.styles import ACCENT, BAND, INK, MUTED, RULE

register_fonts()

_BASE = ParagraphStyle("guide", fontName=BODY, fontSize=8.6, leading=11, textColor=INK)
STYLES = {
    "title": ParagraphStyle(
        "guide-title", parent=_BASE, fontName=BODY_BOLD, fontSize=15, leading=18,
        textColor=ACCENT, spaceAfter=2,
    ),
    "h2": ParagraphStyle(
        "guide-h2", parent=_BASE, fontName=BODY_BOLD, fontSize=10.5, leading=13,
        textColor=ACCENT, spaceBefore=6, spaceAfter=2, keepWithNext=True,
    ),
    "h3": ParagraphStyle(
        "guide-h3", parent=_BASE, fontName=BODY_BOLD, fontSize=9, leading=11.5,
        spaceBefore=4, spaceAfter=1, keepWithNext=True,
    ),
    "body": ParagraphStyle("guide-body", parent=_BASE, spaceAfter=3, alignment=TA_LEFT),
    "note": ParagraphStyle(
        "guide-note", parent=_BASE, backColor=BAND, borderPadding=4, spaceBefore=3,
        spaceAfter=6, leftIndent=4, rightIndent=4,
    ),
    "cell": ParagraphStyle("guide-cell", parent=_BASE, fontSize=8.2, leading=10),
    "footer": ParagraphStyle("guide-footer", parent=_BASE, fontSize=7, textColor=MUTED),
}  # fmt: skip
_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)
_NUMBERED = re.compile(r"^\d+\.\s+")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]+\)")


def inline(text: str) -> str:
    """Markdown inline marks to reportlab markup, everything else escaped."""
    text = escape(_LINK.sub(r"\1", text))
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"`([^`]+)`", rf'<font name="{BODY_BOLD}">\1</font>', text)
    return text


def _table(rows: list[str], width: float) -> Table:
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    cells = [r for r in cells if not all(set(c) <= set("-: ") for c in r)]  # the |---| line
    columns = max(len(r) for r in cells)
    data = [
        [Paragraph(("<b>%s</b>" if i == 0 else "%s") % inline(c), STYLES["cell"]) for c in r]
        + [Paragraph("", STYLES["cell"])] * (columns - len(r))
        for i, r in enumerate(cells)
    ]
    first = width * (0.3 if columns == 2 else 1 / columns)
    rest = (width - first) / max(columns - 1, 1)
    table = Table(data, colWidths=[first] + [rest] * (columns - 1), repeatRows=1)
    table.setStyle(_TABLE)
    return table


def _list(items: list[str], numbered: bool) -> ListFlowable:
    flow = [ListItem(Paragraph(inline(i), STYLES["body"]), leftIndent=12) for i in items]
    return ListFlowable(
        flow,
        bulletType="1" if numbered else "bullet",
        start="1" if numbered else "•",
        bulletFontName=BODY_BOLD if numbered else BODY,
        bulletFontSize=8.6,
        leftIndent=12,
        spaceAfter=3,
    )


def flowables(markdown: str, width: float) -> list[Flowable]:
    """The guide's Markdown as reportlab flowables."""
    out: list[Flowable] = []
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.strip()
        if not stripped or stripped == "---" or stripped.startswith(("![", "<!--")):
            i += 1
        elif stripped.startswith("# "):
            out.append(Paragraph(inline(stripped[2:]), STYLES["title"]))
            i += 1
        elif stripped.startswith("## "):
            out.append(Paragraph(inline(stripped[3:]), STYLES["h2"]))
            i += 1
        elif stripped.startswith("### "):
            out.append(Paragraph(inline(stripped[4:]), STYLES["h3"]))
            i += 1
        elif stripped.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                rows.append(lines[i])
                i += 1
            out.append(_table(rows, width))
            out.append(Spacer(1, 4))
        elif stripped.startswith(("- ", "* ")) or _NUMBERED.match(stripped):
            numbered = bool(_NUMBERED.match(stripped))
            items: list[str] = []
            while i < len(lines) and lines[i].strip():
                current = lines[i].strip()
                if current.startswith(("- ", "* ")) or _NUMBERED.match(current):
                    items.append(_NUMBERED.sub("", current)[2 if not numbered else 0 :])
                else:  # a continuation line of the item
                    items[-1] += " " + current
                i += 1
            out.append(_list(items, numbered))
        elif stripped.startswith(">"):
            text = []
            while i < len(lines) and lines[i].strip().startswith(">"):
                text.append(lines[i].strip().lstrip("> "))
                i += 1
            out.append(Paragraph(inline(" ".join(text)), STYLES["note"]))
        else:
            text = []
            while i < len(lines) and lines[i].strip() and not _starts_block(lines[i].strip()):
                text.append(lines[i].strip())
                i += 1
            out.append(Paragraph(inline(" ".join(text)), STYLES["body"]))
    return out


def _starts_block(line: str) -> bool:
    return line.startswith(("#", "|", "- ", "* ", ">", "![")) or bool(_NUMBERED.match(line))


def render_guide(markdown_file: Path, target: Path, footer: str = "") -> int:
    """Write the PDF of one guide; returns its number of pages."""
    margin = 14 * mm
    pages: list[int] = []
    document = SimpleDocTemplate(
        str(target),
        pagesize=LETTER,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=markdown_file.stem,
        author="Passerelle",
        invariant=True,
    )

    def on_page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        pages.append(doc.page)
        if footer:
            canvas.saveState()
            canvas.setFont(BODY, 7)
            canvas.setFillColor(MUTED)
            canvas.drawString(margin, 7 * mm, footer)
            canvas.restoreState()

    document.build(
        flowables(markdown_file.read_text(encoding="utf-8"), document.width),
        onFirstPage=on_page,
        onLaterPages=on_page,
    )
    return len(pages)


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[1] != "--out":
        print("usage: python -m desktop.pdf.guide GUIDE.md --out FILE.pdf", file=sys.stderr)
        return 2
    from desktop import __version__

    pages = render_guide(Path(argv[0]), Path(argv[2]), f"Passerelle {__version__}")
    print(f"{argv[2]}: {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
