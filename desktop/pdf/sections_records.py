"""The record-keeping sections: consents, eligibility, intake details, notes and the privacy contact.

The privacy contact comes from the programme's settings (domain.md C1), never from code: see
`desktop.services.dossiers.privacy_settings` for the keys and their French defaults.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable, Paragraph

from desktop.domain.candidate import Candidate, Consent
from desktop.domain.eligibility import outcome_label, reason_text
from desktop.domain.enums import ConsentMethod, ConsentPurpose, Decision, ReferralSource
from desktop.pdf.fonts import plain, rich
from desktop.pdf.styles import BODY_STYLE, NOTE
from desktop.pdf.texts import text
from desktop.pdf.values import empty, enum_text, field, fields_block, grid, heading, moment_text


def _status(consent: Consent, lang: str) -> str:
    if consent.withdrawn_at is not None:
        return text("consent.withdrawn", lang, date=moment_text(consent.withdrawn_at, lang))
    return text("consent.granted" if consent.granted else "consent.refused", lang)


def consents(c: Candidate, lang: str, width: float) -> list[Flowable]:
    order = {p.value: i for i, p in enumerate(ConsentPurpose)}
    rows = [
        [
            plain(enum_text(ConsentPurpose, k.purpose, lang)),
            plain(_status(k, lang)),
            plain(moment_text(k.granted_at, lang)),
            plain(enum_text(ConsentMethod, k.method, lang)),
            rich(k.notice_version),
        ]
        for k in sorted(c.consents, key=lambda k: order.get(k.purpose, len(order)))
    ]
    headers = [
        text("consent.purpose", lang),
        text("consent.status", lang),
        text("consent.date", lang),
        text("consent.method", lang),
        text("consent.notice", lang),
    ]
    widths = [width * 0.31, width * 0.17, width * 0.26, width * 0.14, width * 0.12]
    body = [grid(headers, rows, widths)] if rows else [empty(lang)]
    return [heading("section.consents", lang), *body]


def eligibility(c: Candidate, lang: str, width: float) -> list[Flowable]:
    e = c.eligibility
    if e is None:
        return [heading("section.eligibility", lang), empty(lang)]
    if e.decision:
        decision = text(
            "eligibility.decided",
            lang,
            decision=enum_text(Decision, e.decision, lang),
            who=e.decided_by or "?",
            date=moment_text(e.decided_at, lang),
        )
    else:
        decision = text("eligibility.pending", lang)
    summary = fields_block(
        [
            (
                text("eligibility.suggested", lang),
                f"<b>{plain(outcome_label(e.suggested, lang))}</b>",
            ),
            (text("eligibility.decision", lang), rich(decision)),
            (text("eligibility.comment", lang), rich(e.comment)),
            (text("eligibility.rule_set", lang), rich(e.rule_set_version)),
        ],
        width,
    )
    rows = [
        [plain(r.rule), plain(outcome_label(r.result, lang)), plain(reason_text(r, lang))]
        for r in e.reasons
    ]
    headers = [text(f"eligibility.{k}", lang) for k in ("rule", "result", "reason")]
    reasons = grid(headers, rows, [width * 0.08, width * 0.22, width * 0.7]) if rows else None
    return [heading("section.eligibility", lang), *(f for f in (summary, reasons) if f)]


def intake(c: Candidate, lang: str, width: float) -> list[Flowable]:
    event = ""
    if c.event is not None:
        event = rich(c.event.code) + (f" — {rich(c.event.name)}" if c.event.name else "")
    rows = [
        (field("id", lang), rich(c.id)),
        (field("event", lang), event),
        (text("intake.referral", lang), plain(enum_text(ReferralSource, c.referral_source, lang))),
        (text("intake.created", lang), plain(moment_text(c.created_at, lang))),
        (text("intake.updated", lang), plain(moment_text(c.updated_at, lang))),
        (text("intake.self_entered", lang), plain(text("yes", lang)) if c.self_entered else ""),
    ]
    block = fields_block(rows, width)
    return [heading("section.intake", lang), block if block is not None else empty(lang)]


def notes(c: Candidate, lang: str) -> list[Flowable]:
    if not (c.notes or "").strip():
        return []
    # One paragraph per line so that a very long note flows over pages.
    return [heading("section.notes", lang)] + [
        Paragraph(rich(line) or "&nbsp;", BODY_STYLE) for line in (c.notes or "").splitlines()
    ]


def privacy(settings: Mapping[str, str], lang: str, width: float) -> list[Flowable]:
    contact = "<br/>".join(
        rich(settings.get(key))
        for key in (
            "privacy_officer_name",
            "privacy_officer_title",
            "privacy_officer_email",
            "privacy_officer_phone",
            "privacy_officer_address",
        )
        if settings.get(key)
    )
    rows = [
        (text("privacy.contact", lang), contact),
        (text("privacy.programme", lang), rich(settings.get("programme_name"))),
    ]
    block = fields_block(rows, width)
    return [
        heading("section.privacy", lang),
        Paragraph(plain(text("privacy.withdraw", lang)), NOTE),
        Paragraph(plain(text("privacy.rights", lang)), BODY_STYLE),
        *([block] if block is not None else []),
    ]
