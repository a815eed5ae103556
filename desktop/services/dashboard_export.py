"""Exports of the programme's figures for funders: XLSX, CSV and the PDF summary.

All three are written from one `ProgrammeFigures` through `figure_tables`, so they hold the numbers
the dashboard showed. Files are written beside their destination and renamed into place: a funder
never receives a half-written file.

- XLSX: one sheet per table, headers in the chosen language, numbers stored as numbers (shares as
  fractions formatted as percentages), first row frozen.
- CSV: one row per figure (table, row, column, value), UTF-8 with a byte-order mark so that Excel
  reads accents; numbers written with a dot, shares as percentages (25.5 for 25,5 %).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from desktop.domain.dashboard import ProgrammeFigures
from desktop.domain.dashboard_tables import Cell, FigureTable, Kind, figure_tables, text
from desktop.services.actor import Actor


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"
    PDF = "pdf"


_XLSX_FORMATS = {Kind.COUNT: "#,##0", Kind.PERCENT: "0.0%", Kind.DAYS: "#,##0.0"}
_CSV_HEADERS = {
    "fr": ("Tableau", "Ligne", "Colonne", "Valeur"),
    "en": ("Table", "Row", "Column", "Value"),
}


def export_figures(
    actor: Actor,
    figures: ProgrammeFigures,
    out: Path,
    fmt: ExportFormat | str,
    lang: str = "fr",
    organisation: str = "",
) -> Path:
    """Write `figures` to `out` in `fmt`; returns the path written."""
    actor.require("programme.figures")
    fmt = ExportFormat(fmt)
    lang = "en" if lang == "en" else "fr"
    writers: dict[ExportFormat, Callable[[Path], None]] = {
        ExportFormat.XLSX: lambda path: write_xlsx(figures, path, lang),
        ExportFormat.CSV: lambda path: write_csv(figures, path, lang),
        ExportFormat.PDF: lambda path: _write_pdf(figures, path, lang, organisation),
    }
    partial = out.with_name(out.name + ".partial")
    try:
        writers[fmt](partial)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def _write_pdf(figures: ProgrammeFigures, path: Path, lang: str, organisation: str) -> None:
    from desktop.pdf.programme_summary import render_programme_summary

    render_programme_summary(figures, path, lang=lang, organisation=organisation)


def write_xlsx(figures: ProgrammeFigures, path: Path, lang: str = "fr") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    book.properties.title = text("report.title", lang)
    book.properties.creator = "Passerelle"
    book.properties.created = datetime.now()
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="EEF2F6")
    for table in figure_tables(figures, lang):
        sheet = book.create_sheet(table.sheet[:31])
        sheet.append([c.header for c in table.columns])
        for cell in sheet[1]:
            cell.font, cell.fill = head_font, head_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in table.rows:
            sheet.append(list(row))
        for index, column in enumerate(table.columns, start=1):
            number_format = _XLSX_FORMATS.get(column.kind)
            letter = get_column_letter(index)
            if number_format:
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    cell.number_format = number_format
            elif table.key == "summary":
                # The summary's value column mixes texts and numbers: format the numbers only.
                for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    if isinstance(cell.value, int | float):
                        cell.number_format = "#,##0.0" if isinstance(cell.value, float) else "#,##0"
                        cell.alignment = Alignment(horizontal="right")
            longest = max(
                [len(str(column.header))] + [len(str(r[index - 1] or "")) for r in table.rows]
            )
            sheet.column_dimensions[letter].width = min(max(12, longest + 2), 70)
        sheet.freeze_panes = "A2"
    book.save(path)


def csv_rows(figures: ProgrammeFigures, lang: str = "fr") -> list[tuple[str, str, str, Cell]]:
    """(table, row, column, value): every number of every table, one per line."""
    out: list[tuple[str, str, str, Cell]] = []
    for table in figure_tables(figures, lang):
        text_columns = [i for i, c in enumerate(table.columns) if c.kind is Kind.TEXT]
        label_columns = text_columns[:-1] if table.key == "summary" else text_columns
        for row in table.rows:
            label = " — ".join(str(row[i]) for i in label_columns if row[i] not in (None, ""))
            for i, column in enumerate(table.columns):
                if i in label_columns:
                    continue
                out.append((table.title, label, column.header, _csv_value(row[i], column.kind)))
    return out


def _csv_value(value: Cell, kind: Kind) -> Cell:
    if value is None:
        return ""
    if kind is Kind.PERCENT and isinstance(value, int | float):
        return round(value * 100, 1)
    return value


def write_csv(figures: ProgrammeFigures, path: Path, lang: str = "fr") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_CSV_HEADERS["en" if lang == "en" else "fr"])
        writer.writerows(csv_rows(figures, lang))


def table_by_key(figures: ProgrammeFigures, key: str, lang: str = "fr") -> FigureTable:
    return next(t for t in figure_tables(figures, lang) if t.key == key)
