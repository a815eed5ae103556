"""Pages of a dossier PDF: header, « Confidentiel » footer with « Page x de y » and print date,
bookmarks, and the cover table of contents of a batch.

Single pass, whatever the number of dossiers: the canvas keeps each finished page aside and, when
the document is saved, draws the headers and footers (now that every dossier's page count is
known) and the table of contents (now that every dossier's first page is known) on the cover
pages reserved for it. Dossiers are produced lazily by `LazyFlowables`, so only one dossier's
flowables exist at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from desktop.pdf.fonts import BODY, BODY_BOLD, plain
from desktop.pdf.styles import ACCENT, INK, MUTED, RULE, SMALL, TITLE, VALUE
from desktop.pdf.texts import text

PAGE_WIDTH, PAGE_HEIGHT = LETTER
MARGIN = 18 * mm
HEADER = 16 * mm
FOOTER = 14 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
TOC_ROW = 15.0
TOC_TOP = PAGE_HEIGHT - MARGIN - 20 * mm
TOC_ROWS_PER_PAGE = int((TOC_TOP - MARGIN - FOOTER) // TOC_ROW)


@dataclass
class DossierMeta:
    """What the page furniture needs to know about one dossier (markup, already escaped)."""

    header: str
    toc_label: str
    outline: str
    key: str


@dataclass
class Job:
    """Shared by the flowables and the canvas of one build."""

    lang: str
    title: str
    printed: str
    dossiers: list[DossierMeta] = field(default_factory=list)
    cover_pages: int = 0


class DossierStart(Flowable):  # type: ignore[misc]
    """Zero-size marker at the top of a dossier: bookmark, outline entry, page furniture."""

    def __init__(self, job: Job, index: int) -> None:
        super().__init__()
        self.job, self.index = job, index

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        # Kept in the page state; the bookmark is set when the page is replayed at save time.
        self.canv.dossier_index = self.index


class LazyFlowables(list[Flowable]):
    """A list that reportlab consumes from the front, refilled one dossier at a time."""

    def __init__(self, source: Iterator[list[Flowable]]) -> None:
        super().__init__()
        self._source: Iterator[list[Flowable]] | None = source
        self._refill()

    def _refill(self) -> None:
        while self._source is not None and super().__len__() < 2:
            chunk = next(self._source, None)
            if chunk is None:
                self._source = None
            else:
                self.extend(chunk)

    def __len__(self) -> int:
        self._refill()
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        self._refill()
        return super().__getitem__(index)


def canvas_class(job: Job) -> Callable[..., Canvas]:
    class DossierCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.dossier_index = -1
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals: dict[int, int] = {}
            firsts: dict[int, int] = {}
            for number, state in enumerate(self._pages, start=1):
                totals[state["dossier_index"]] = totals.get(state["dossier_index"], 0) + 1
                firsts.setdefault(state["dossier_index"], number)
            seen: dict[int, int] = {}
            for number, state in enumerate(self._pages, start=1):
                index = state["dossier_index"]
                seen[index] = seen.get(index, 0) + 1
                self.__dict__.update(state)
                if index < 0:
                    _draw_cover(self, job, number - 1, firsts)
                else:
                    if seen[index] == 1:
                        meta = job.dossiers[index]
                        # An explicit position: viewers such as QtPdf reject a bare "Fit" target.
                        self.bookmarkPage(meta.key, fit="XYZ", left=0, top=PAGE_HEIGHT, zoom=0)
                        self.addOutlineEntry(meta.outline, meta.key, level=0, closed=True)
                    _draw_furniture(self, job, index, seen[index], totals[index])
                Canvas.showPage(self)
            self._pages = []
            if len(job.dossiers) > 1:
                self.showOutline()
            Canvas.save(self)

    return DossierCanvas


def _draw_furniture(canvas: Canvas, job: Job, index: int, page: int, total: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN
    header = Paragraph(job.dossiers[index].header, SMALL)
    header.wrapOn(canvas, FRAME_WIDTH * 0.7, HEADER)
    header.drawOn(canvas, MARGIN, top - header.height)
    canvas.setFont(BODY, 8)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 8, job.title)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - HEADER + 4 * mm, PAGE_WIDTH - MARGIN, top - HEADER + 4 * mm)
    _draw_footer(canvas, job, text("page", job.lang, page=page, total=total))
    canvas.restoreState()


def _draw_footer(canvas: Canvas, job: Job, right: str) -> None:
    y = MARGIN - 2 * mm
    canvas.setStrokeColor(RULE)
    canvas.line(MARGIN, y + 10, PAGE_WIDTH - MARGIN, y + 10)
    canvas.setFont(BODY_BOLD, 8)
    canvas.setFillColor(ACCENT)
    confidential = text("confidential", job.lang)
    canvas.drawString(MARGIN, y, confidential)
    canvas.setFont(BODY, 8)
    canvas.setFillColor(MUTED)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, job.printed)
    canvas.drawRightString(PAGE_WIDTH - MARGIN, y, right)


def _draw_cover(canvas: Canvas, job: Job, cover_page: int, firsts: dict[int, int]) -> None:
    canvas.saveState()
    if cover_page == 0:
        title = Paragraph(plain(job.title), TITLE)
        title.wrapOn(canvas, FRAME_WIDTH, 40)
        title.drawOn(canvas, MARGIN, PAGE_HEIGHT - MARGIN - title.height)
        canvas.setFont(BODY, 9)
        canvas.setFillColor(MUTED)
        count = text("toc.count", job.lang, count=len(job.dossiers))
        canvas.drawString(
            MARGIN, PAGE_HEIGHT - MARGIN - 30, f"{text('toc.title', job.lang)} — {count}"
        )
    first = cover_page * TOC_ROWS_PER_PAGE
    y = TOC_TOP
    for index in range(first, min(first + TOC_ROWS_PER_PAGE, len(job.dossiers))):
        meta = job.dossiers[index]
        label = Paragraph(f"{index + 1}. {meta.toc_label}", VALUE)
        label.wrapOn(canvas, FRAME_WIDTH - 40, TOC_ROW)
        label.drawOn(canvas, MARGIN, y - 10)
        canvas.setFont(BODY, 9.5)
        canvas.setFillColor(INK)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y - 9, str(firsts.get(index, "")))
        canvas.linkRect(
            "",
            meta.key,
            (MARGIN, y - 12, PAGE_WIDTH - MARGIN, y + 2),
            relative=0,
            name=f"toc{index}",
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN, y - 13, PAGE_WIDTH - MARGIN, y - 13)
        y -= TOC_ROW
    total = max(job.cover_pages, 1)
    _draw_footer(canvas, job, text("page", job.lang, page=cover_page + 1, total=total))
    canvas.restoreState()


class DossierDocument(BaseDocTemplate):  # type: ignore[misc]
    """Letter pages with room for the header and footer the canvas draws at the end."""

    def __init__(self, target: Any, job: Job, **kwargs: Any) -> None:
        super().__init__(
            target,
            pagesize=LETTER,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER,
            title=job.title,
            lang="fr-CA" if job.lang != "en" else "en-CA",
            **kwargs,
        )
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
