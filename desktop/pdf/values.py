"""Candidate values as printed: enumeration labels, countries, languages and dates in the dossier's
language (never the UI's), and the two-column "label: value" blocks every section is made of.

Codes the app does not know (a value from a newer version) print as the code itself: a dossier
never fails on one odd value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import StrEnum

from reportlab.platypus import Flowable, Paragraph, Table

from desktop.domain.countries import country_name, language_name, province_name
from desktop.domain.enums import label
from desktop.domain.fields import field_label
from desktop.domain.formatting import format_datetime, format_number, format_partial_date
from desktop.domain.noc import NocCatalogue
from desktop.pdf.fonts import plain, rich
from desktop.pdf.styles import CELL_HEAD, FIELDS_TABLE, GRID_TABLE, HEADING, LABEL, SMALL, VALUE
from desktop.pdf.texts import text

_FIRST = re.compile(r"^1(?=\s)")
Row = tuple[str, str]  # (label text, value markup)


def reference(candidate_id: str) -> str:
    """The anonymous reference employers quote: « P-1A2B3C4D »."""
    return "P-" + candidate_id.replace("-", "")[:8].upper()


def enum_text(enum: type[StrEnum], code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return label(enum(code), lang)
    except ValueError:
        return code


def date_text(value: str | None, lang: str) -> str:
    """A full or month-only date, long form (`14 mars 2025`, `mai 2023`); odd values as given."""
    if not value:
        return ""
    try:
        return _first_of_month(format_partial_date(value, lang, long=True), lang)
    except ValueError:
        return value


def _first_of_month(written: str, lang: str) -> str:
    # French writes the first day of a month as an ordinal: « 1er avril 2026 ».
    return written if lang == "en" else _FIRST.sub("1er", written)


def moment_text(value: datetime | None, lang: str) -> str:
    return _first_of_month(format_datetime(value, lang, long=True), lang) if value else ""


def country_text(code: str | None, lang: str) -> str:
    return country_name(code, lang) or (code or "") if code else ""


def place_text(country: str | None, province: str | None, lang: str) -> str:
    parts = [province_name(province, lang) if province else "", country_text(country, lang)]
    return ", ".join(p for p in parts if p)


def languages_text(codes: Iterable[str], lang: str) -> str:
    return ", ".join(language_name(code, lang) or code for code in codes)


def number_text(value: float | int | None, lang: str) -> str:
    return "" if value is None else format_number(value, lang)


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return text("unknown", lang)
    return text("yes" if value else "no", lang)


def noc_text(code: str | None, lang: str) -> str:
    """`21300 — Ingénieurs civils / ingénieures civiles`, escaped markup."""
    if not code:
        return ""
    occupation = NocCatalogue.load().get(code)
    title = occupation.title(lang) if occupation else text("noc.unknown", lang)
    return f"{rich(code)} — {plain(title)}"


def field(name: str, lang: str) -> str:
    return field_label(name, lang)


def heading(key: str, lang: str) -> Paragraph:
    return Paragraph(plain(text(key, lang)), HEADING)


def empty(lang: str) -> Paragraph:
    return Paragraph(plain(text("none", lang)), SMALL)


def fields_block(rows: Sequence[Row], width: float) -> Flowable | None:
    """A label column and a value column; rows whose value is empty are left out."""
    kept = [(name, value) for name, value in rows if value]
    if not kept:
        return None
    data = [[Paragraph(plain(name), LABEL), Paragraph(value, VALUE)] for name, value in kept]
    return Table(data, colWidths=[width * 0.32, width * 0.68], style=FIELDS_TABLE, hAlign="LEFT")


def grid(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A table with a header row repeated on every page it flows over; cells are markup."""
    data = [[Paragraph(plain(h), CELL_HEAD) for h in headers]]
    data += [[Paragraph(cell, VALUE) for cell in row] for row in rows]
    return Table(data, colWidths=list(widths), style=GRID_TABLE, repeatRows=1, hAlign="LEFT")
