"""The programme's figures as a PDF summary for funders, in the dossiers' look.

One document: title, period and event, the headline figures as tiles, the funnel as a bar chart,
then every table of `figure_tables` (the same numbers as the dashboard tab and the spreadsheet) and
short definitions. Page furniture (header, footer, « Page x de y », print date) is the dossiers'.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.domain.dashboard import ProgrammeFigures
from desktop.domain.dashboard_tables import (
    FigureTable,
    Kind,
    event_label,
    figure_tables,
    format_cell,
    funnel_stages,
    period_label,
    text,
)
from desktop.domain.formatting import format_date, format_datetime, format_number
from desktop.pdf.fonts import BODY, BODY_BOLD, plain, rich
from desktop.pdf.layout import FRAME_WIDTH, DossierDocument, DossierMeta, DossierStart, Job
from desktop.pdf.layout import canvas_class as page_canvas
from desktop.pdf.styles import (
    ACCENT,
    BAND,
    CELL_HEAD,
    GRID_TABLE,
    HEADING,
    INK,
    RULE,
    SMALL,
    SUBTITLE,
    TITLE,
    VALUE,
)
from desktop.pdf.texts import text as page_text

_NOTES: dict[str, tuple[str, str]] = {
    "notes": ("Définitions", "Definitions"),
    "notes.body": (
        "Le parcours suit les personnes inscrites pendant la période (et à l'événement choisi) : "
        "chaque étape compte celles de ces personnes qui l'ont atteinte à la date des résultats. "
        "« Toujours en emploi après 6 ou 12 mois » : un emploi qui a duré au moins ce délai "
        "(ni date de fin antérieure, ni suivi indiquant un départ). Les entreprises soutenues, "
        "les embauches et le délai d'embauche portent sur les présentations et les emplois datés "
        "de la période. Le délai d'embauche va de la décision d'admission au premier emploi.",
        "The journey follows the people registered during the period (and at the chosen event): "
        "each stage counts those of them who had reached it on the results date. "
        "“Still employed after 6 or 12 months”: a job that lasted at least that long (no earlier "
        "end date, no follow-up reporting a departure). Companies supported, hires and time to "
        "hire concern introductions and jobs dated in the period. Time to hire runs from the "
        "admission decision to the first job.",
    ),
}


def _note(key: str, lang: str) -> str:
    pair = _NOTES[key]
    return pair[1] if lang == "en" else pair[0]


def _tiles(figures: ProgrammeFigures, lang: str) -> Table:
    tth = figures.time_to_hire
    median = (
        text("kpi.days", lang, n=format_number(tth.median_days, lang))
        if tth.median_days is not None
        else "—"
    )
    items = [
        (format_number(figures.funnel.registered, lang), text("kpi.registered", lang)),
        (format_number(figures.funnel.admitted, lang), text("kpi.admitted", lang)),
        (format_number(figures.funnel.employed, lang), text("kpi.employed", lang)),
        (format_number(figures.companies.total, lang), text("kpi.companies", lang)),
        (format_number(figures.placements, lang), text("kpi.placements", lang)),
        (median, text("kpi.median", lang)),
    ]
    big = TITLE.clone("tile", fontSize=16, leading=19)
    cells = [
        [Paragraph(plain(value), big), Paragraph(plain(label), SMALL)] for value, label in items
    ]
    width = FRAME_WIDTH / 3
    rows = [[cells[i], cells[i + 1], cells[i + 2]] for i in (0, 3)]
    table = Table(rows, colWidths=[width] * 3)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAND),
                ("BOX", (0, 0), (-1, -1), 0.6, colors.white),
                ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _funnel_chart(figures: ProgrammeFigures, lang: str) -> Drawing:
    stages = funnel_stages(figures, lang)
    height = 22 * len(stages) + 16
    drawing = Drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    label_width = 190
    chart.x, chart.y = label_width, 8
    chart.width, chart.height = FRAME_WIDTH - label_width - 50, height - 16
    # Top to bottom in reading order: the chart draws its first category at the bottom.
    chart.data = [[n for _label, n in reversed(stages)]]
    chart.categoryAxis.categoryNames = [label for label, _n in reversed(stages)]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.visible = False
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([n for _label, n in stages] + [1])
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda value: format_number(value, lang)
    chart.barLabels.fontName = BODY_BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    drawing.add(chart)
    return drawing


def _table(table: FigureTable, lang: str) -> list[Flowable]:
    number = VALUE.clone("number", alignment=2)
    number_head = CELL_HEAD.clone("numberhead", alignment=2)
    head = [
        Paragraph(plain(c.header), CELL_HEAD if c.kind is Kind.TEXT else number_head)
        for c in table.columns
    ]
    body = []
    for row in table.rows:
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            shown = format_cell(value, column.kind, lang)
            numeric = column.kind is not Kind.TEXT
            cells.append(Paragraph(rich(shown), number if numeric else VALUE))
        body.append(cells)
    numeric_width = 92.0
    texts = [c for c in table.columns if c.kind is Kind.TEXT]
    free = FRAME_WIDTH - numeric_width * (len(table.columns) - len(texts))
    code_width = 80.0  # a short first text column (a code) beside a long label
    widths = []
    for c in table.columns:
        if c.kind is not Kind.TEXT:
            widths.append(numeric_width)
        elif len(texts) > 1 and c is texts[0]:
            widths.append(code_width)
        else:
            widths.append(free - code_width * (len(texts) - 1))
    grid = Table([head, *body], colWidths=widths, repeatRows=1)
    grid.setStyle(GRID_TABLE)
    return [KeepTogether([Paragraph(plain(table.title), HEADING), grid])]


def summary_flowables(figures: ProgrammeFigures, lang: str) -> list[Flowable]:
    tables = {t.key: t for t in figure_tables(figures, lang)}
    colon = ": " if lang == "en" else "\u00a0: "
    facts = " · ".join(
        [
            period_label(figures, lang),
            event_label(figures, lang),
            f"{text('as_of', lang)}{colon if lang == 'en' else ' '}"
            f"{format_date(figures.as_of, lang, long=True)}",
        ]
    )
    flowables: list[Flowable] = [
        Paragraph(plain(text("report.title", lang)), TITLE),
        Paragraph(rich(facts), SUBTITLE),
        Spacer(1, 4),
        _tiles(figures, lang),
        Paragraph(plain(tables["funnel"].title), HEADING),
        _funnel_chart(figures, lang),
    ]
    for key in ("funnel", "retention", "companies", "by_noc", "by_event", "time_to_hire"):
        flowables += _table(tables[key], lang)
    flowables += [
        Paragraph(plain(_note("notes", lang)), HEADING),
        Paragraph(plain(_note("notes.body", lang)), SMALL),
    ]
    return flowables


def render_programme_summary(
    figures: ProgrammeFigures,
    out: str | Path | BinaryIO,
    *,
    lang: str = "fr",
    organisation: str = "",
    printed_at: datetime | None = None,
) -> None:
    """Write the summary PDF of `figures` to a path or a binary stream."""
    lang = "en" if lang == "en" else "fr"
    when = printed_at or datetime.now().astimezone()
    title = text("report.title", lang)
    job = Job(
        lang=lang,
        title=title,
        printed=page_text("printed", lang, date=format_datetime(when, lang, long=True)),
    )
    header = plain(f"{title} — {period_label(figures, lang)}")
    job.dossiers.append(DossierMeta(header, header, title, "summary"))
    doc = DossierDocument(
        str(out) if isinstance(out, Path) else out,
        job,
        author=organisation,
        subject=title,
        creator="Passerelle",
    )
    doc.build(
        [DossierStart(job, 0), *summary_flowables(figures, lang)], canvasmaker=page_canvas(job)
    )
