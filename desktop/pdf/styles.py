"""Paragraph and table styles of the dossiers: one sober look for screen and paper (A4 or Letter)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from desktop.pdf.fonts import BODY, BODY_BOLD, register_fonts

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
RULE = colors.HexColor("#c9d2dc")
BAND = colors.HexColor("#eef2f6")

register_fonts()

BODY_STYLE = ParagraphStyle(
    "body", fontName=BODY, fontSize=9.5, leading=12.5, textColor=INK, alignment=TA_LEFT
)
SMALL = ParagraphStyle("small", parent=BODY_STYLE, fontSize=8, leading=10, textColor=MUTED)
LABEL = ParagraphStyle("label", parent=BODY_STYLE, fontSize=8.5, leading=11, textColor=MUTED)
VALUE = ParagraphStyle("value", parent=BODY_STYLE)
TITLE = ParagraphStyle(
    "title", parent=BODY_STYLE, fontName=BODY_BOLD, fontSize=17, leading=21, textColor=ACCENT
)
NAME = ParagraphStyle("name", parent=BODY_STYLE, fontName=BODY_BOLD, fontSize=14, leading=18)
SUBTITLE = ParagraphStyle("subtitle", parent=BODY_STYLE, textColor=MUTED, spaceAfter=6)
HEADING = ParagraphStyle(
    "heading",
    parent=BODY_STYLE,
    fontName=BODY_BOLD,
    fontSize=11.5,
    leading=15,
    textColor=ACCENT,
    spaceBefore=10,
    spaceAfter=4,
    keepWithNext=True,
)
CELL_HEAD = ParagraphStyle("cellhead", parent=LABEL, fontName=BODY_BOLD, textColor=INK)
NOTE = ParagraphStyle(
    "note", parent=BODY_STYLE, backColor=BAND, borderPadding=6, spaceBefore=4, spaceAfter=8
)

FIELDS_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
)

GRID_TABLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
)
