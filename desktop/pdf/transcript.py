"""The access transcript (Law 25 s. 27; domain.md C15) and the incident register as PDF.

The transcript is the candidate copy of the dossier (every field, consents with the notice
version each was given under, the privacy contact) followed by what the programme recorded about
the person: eligibility and decision, intake, notes, and the times their information was printed
or exported. It looks like the dossiers (same pages, « Confidentiel » footer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop.domain.candidate import Candidate
from desktop.domain.formatting import format_datetime
from desktop.pdf import sections_records as records
from desktop.pdf.dossier import Variant, dossier_flowables
from desktop.pdf.fonts import plain, rich
from desktop.pdf.layout import (
    FRAME_WIDTH,
    DossierDocument,
    DossierMeta,
    DossierStart,
    Job,
    canvas_class,
)
from desktop.pdf.styles import HEADING, NOTE, SUBTITLE, TITLE
from desktop.pdf.texts import TEXTS, text
from desktop.pdf.values import empty, fields_block, grid, heading, moment_text, reference

TEXTS.update(
    {
        "title.transcript": (
            "Relevé des renseignements personnels",
            "Transcript of personal information",
        ),
        "subtitle.transcript": (
            "Tout ce que le programme détient à votre sujet, à votre demande",
            "Everything the programme holds about you, at your request",
        ),
        "transcript.intro": (
            "Ce relevé répond à votre demande d'accès. Il contient les renseignements que vous "
            "nous avez donnés, les consentements que vous avez accordés ou retirés, ce que le "
            "personnel a noté à votre sujet et les fois où votre dossier a été imprimé ou exporté.",
            "This transcript answers your access request. It holds the information you gave us, "
            "the consents you granted or withdrew, what staff recorded about you and the times "
            "your file was printed or exported.",
        ),
        "section.disclosures": (
            "Impressions et exportations de votre dossier",
            "Times your file was printed or exported",
        ),
        "disclosure.when": ("Date", "Date"),
        "disclosure.what": ("Opération", "Operation"),
        "disclosure.detail": ("Détail", "Detail"),
        "title.incidents": (
            "Registre des incidents de confidentialité",
            "Register of confidentiality incidents",
        ),
        "subtitle.incidents": (
            "Tenu selon le Règlement sur les incidents de confidentialité ; chaque inscription "
            "est conservée 5 ans.",
            "Kept under the Regulation respecting confidentiality incidents; each entry is kept "
            "for 5 years.",
        ),
    }
)


@dataclass(frozen=True)
class Disclosure:
    at: datetime
    what: str  # already translated
    detail: str


def _disclosures(items: Sequence[Disclosure], lang: str) -> list[Flowable]:
    rows = [
        [plain(moment_text(d.at, lang)), plain(d.what), rich(d.detail)]
        for d in sorted(items, key=lambda d: d.at)
    ]
    headers = [text(f"disclosure.{k}", lang) for k in ("when", "what", "detail")]
    w = FRAME_WIDTH
    body = grid(headers, rows, [w * 0.3, w * 0.35, w * 0.35]) if rows else empty(lang)
    return [heading("section.disclosures", lang), body]


def render_transcript(
    c: Candidate,
    out: str | Path | BinaryIO,
    *,
    lang: str = "fr",
    settings: Mapping[str, str] | None = None,
    disclosures: Sequence[Disclosure] = (),
    printed_at: datetime | None = None,
) -> None:
    lang = "en" if lang == "en" else "fr"
    settings = settings or {}
    when = printed_at or datetime.now().astimezone()
    job = Job(
        lang=lang,
        title=text("title.transcript", lang),
        printed=text("printed", lang, date=format_datetime(when, lang, long=True)),
    )
    ref = reference(c.id)
    name = rich(c.display_name) or plain(ref)
    job.dossiers.append(DossierMeta(f"<b>{name}</b> — {plain(ref)}", name, ref, "d0"))
    body = dossier_flowables(c, Variant.CANDIDATE, lang, settings)
    # The candidate copy's title, subtitle and intro (items 0, 1, 4) give way to the transcript's.
    body = [f for index, f in enumerate(body) if index not in (0, 1, 4)]
    flowables: list[Flowable] = [
        DossierStart(job, 0),
        Paragraph(plain(text("title.transcript", lang)), TITLE),
        Paragraph(plain(text("subtitle.transcript", lang)), SUBTITLE),
        Paragraph(plain(text("transcript.intro", lang)), NOTE),
        Spacer(1, 4),
        *body,
        *records.eligibility(c, lang, FRAME_WIDTH),
        *records.intake(c, lang, FRAME_WIDTH),
        *records.notes(c, lang),
        *_disclosures(disclosures, lang),
    ]
    doc = DossierDocument(
        str(out) if isinstance(out, Path) else out,
        job,
        author=settings.get("organisation", ""),
        subject=job.title,
        creator="Passerelle",
    )
    doc.build(flowables, canvasmaker=canvas_class(job))


def render_register(
    entries: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    out: str | Path | BinaryIO,
    *,
    lang: str = "fr",
    organisation: str = "",
    printed_at: datetime | None = None,
) -> None:
    """The incident register: one block per entry (its title, then label / value rows)."""
    lang = "en" if lang == "en" else "fr"
    when = printed_at or datetime.now().astimezone()
    job = Job(
        lang=lang,
        title=text("title.incidents", lang),
        printed=text("printed", lang, date=format_datetime(when, lang, long=True)),
    )
    label = plain(text("title.incidents", lang))
    header = rich(organisation) if organisation else label
    job.dossiers.append(DossierMeta(header, label, text("title.incidents", lang), "d0"))
    flowables: list[Flowable] = [
        DossierStart(job, 0),
        Paragraph(label, TITLE),
        Paragraph(plain(text("subtitle.incidents", lang)), SUBTITLE),
    ]
    if not entries:
        flowables.append(empty(lang))
    for title, rows in entries:
        flowables.append(Paragraph(rich(title), HEADING))
        block = fields_block([(name, rich(value)) for name, value in rows], FRAME_WIDTH)
        if block is not None:
            flowables.append(block)
    doc = DossierDocument(
        str(out) if isinstance(out, Path) else out,
        job,
        author=organisation,
        subject=job.title,
        creator="Passerelle",
    )
    doc.build(flowables, canvasmaker=canvas_class(job))
