"""Candidate dossiers as PDF: the three variants, one candidate or a batch with a table of contents.

`render_dossiers` takes candidates (any iterable: a batch is read and drawn one dossier at a
time), a variant and a language, and writes the PDF to a path or a binary stream. With
`invariant=True` identical input gives byte-identical output (no creation date or random id).
Access rules (who may print, which candidate may go to an employer) belong to the service layer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from desktop.domain.candidate import Candidate
from desktop.domain.formatting import format_datetime, format_number
from desktop.pdf import sections_profile as profile
from desktop.pdf import sections_records as records
from desktop.pdf.fonts import plain, rich
from desktop.pdf.layout import (
    FRAME_WIDTH,
    TOC_ROWS_PER_PAGE,
    DossierDocument,
    DossierMeta,
    DossierStart,
    Job,
    LazyFlowables,
    canvas_class,
)
from desktop.pdf.styles import NAME, NOTE, SUBTITLE, TITLE
from desktop.pdf.texts import text
from desktop.pdf.values import reference


class Variant(StrEnum):
    FULL = "full"
    ANONYMIZED = "anonymized"
    CANDIDATE = "candidate"


class Cancelled(Exception):
    """The user cancelled a batch; nothing usable was written."""


Progress = Callable[[int, int], None]


def _name(c: Candidate) -> str:
    name = rich(c.display_name) or plain(reference(c.id))
    if c.name_original_script:
        name += f" · {rich(c.name_original_script)}"
    return name


def _meta(c: Candidate, variant: Variant, lang: str, index: int) -> DossierMeta:
    ref = reference(c.id)
    if variant is Variant.ANONYMIZED:
        label = f"{plain(text('reference', lang))} {plain(ref)}"
        return DossierMeta(label, label, f"{text('reference', lang)} {ref}", f"d{index}")
    # Outline entries are plain PDF strings (no markup, no shaping): the name as entered.
    outline = f"{c.display_name or ref} ({ref})"
    return DossierMeta(f"<b>{_name(c)}</b> — {plain(ref)}", _name(c), outline, f"d{index}")


def dossier_flowables(
    c: Candidate, variant: Variant, lang: str, settings: Mapping[str, str]
) -> list[Flowable]:
    """The body of one dossier (without page furniture)."""
    w = FRAME_WIDTH
    title = text(f"title.{variant.value}", lang)
    head: list[Flowable] = [
        Paragraph(plain(title), TITLE),
        Paragraph(plain(text(f"subtitle.{variant.value}", lang)), SUBTITLE),
    ]
    if variant is Variant.ANONYMIZED:
        colon = ": " if lang == "en" else "\u00a0: "
        ref = f"{plain(text('reference', lang))}{colon}{plain(reference(c.id))}"
        months = profile.in_field_months(c)
        summary = text(
            "experience.total", lang, months=text("months", lang, count=format_number(months, lang))
        )
        return [
            *head,
            Paragraph(ref, NAME),
            Paragraph(plain(summary), SUBTITLE),
            Paragraph(plain(text("anonymized.note", lang)), NOTE),
            *profile.occupations(c, lang, w),
            *profile.diplomas(c, lang, w, anonymized=True),
            *profile.experiences(c, lang, w, anonymized=True),
            *profile.languages(c, lang, w, anonymized=True),
            *profile.availability(c, lang, w),
        ]
    body = [
        *head,
        Paragraph(_name(c), NAME),
        Spacer(1, 4),
    ]
    if variant is Variant.CANDIDATE:
        body.append(Paragraph(plain(text("candidate.intro", lang)), NOTE))
    body += [
        *profile.identity(c, lang, w),
        *profile.contact(c, lang, w),
        *profile.immigration(c, lang, w),
        *profile.occupations(c, lang, w),
        *profile.diplomas(c, lang, w),
        *profile.regulations(c, lang, w),
        *profile.experiences(c, lang, w),
        *profile.languages(c, lang, w),
        *profile.availability(c, lang, w),
        *records.consents(c, lang, w),
    ]
    if variant is Variant.CANDIDATE:
        return [*body, *records.privacy(settings, lang, w)]
    return [
        *body,
        *records.eligibility(c, lang, w),
        *records.intake(c, lang, w),
        *records.notes(c, lang),
    ]


def render_dossiers(
    candidates: Iterable[Candidate],
    out: str | Path | BinaryIO,
    *,
    variant: Variant | str = Variant.FULL,
    lang: str = "fr",
    settings: Mapping[str, str] | None = None,
    printed_at: datetime | None = None,
    count: int | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    invariant: bool = False,
) -> int:
    """Write the dossiers of `candidates` to `out`; return the number of dossiers.

    A batch (`count` > 1) opens with a table of contents; `count` must then be the exact number
    of candidates (the cover pages are reserved before the dossiers are drawn). `progress(done,
    total)` is called after each dossier; `cancel()` returning True stops with `Cancelled`.
    """
    variant = Variant(variant)
    lang = "en" if lang == "en" else "fr"
    settings = settings or {}
    when = printed_at or datetime.now().astimezone()
    job = Job(
        lang=lang,
        title=text(f"title.{variant.value}", lang),
        printed=text("printed", lang, date=format_datetime(when, lang, long=True)),
    )
    batch = count is not None and count > 1
    if batch:
        assert count is not None
        job.cover_pages = -(-count // TOC_ROWS_PER_PAGE)
    done = 0

    def dossiers() -> Iterator[list[Flowable]]:
        nonlocal done
        if batch:
            yield [f for _ in range(job.cover_pages) for f in (Spacer(1, 1), PageBreak())]
        for index, candidate in enumerate(candidates):
            if cancel is not None and cancel():
                raise Cancelled()
            job.dossiers.append(_meta(candidate, variant, lang, index))
            yield [
                *([PageBreak()] if index else []),
                DossierStart(job, index),
                *dossier_flowables(candidate, variant, lang, settings),
            ]
            done += 1
            if progress is not None:
                progress(done, count or done)

    doc = DossierDocument(
        str(out) if isinstance(out, Path) else out,
        job,
        invariant=1 if invariant else 0,
        author=settings.get("organisation", ""),
        subject=job.title,
        creator="Passerelle",
    )
    doc.build(LazyFlowables(dossiers()), canvasmaker=canvas_class(job))
    return done
