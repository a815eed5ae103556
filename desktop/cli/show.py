"""A candidate as readable text on a terminal, in French or English."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain import enums
from desktop.domain.candidate import Candidate
from desktop.domain.eligibility import reason_text
from desktop.domain.fields import field_label
from desktop.domain.noc import NocCatalogue


def _enum(enum: type[StrEnum], code: str | None, lang: str) -> str:
    if not code:
        return "—"
    try:
        return enums.label(enum(code), lang)
    except ValueError:
        return code


def print_candidate(c: Candidate, lang: str) -> None:
    def line(field: str, value: object) -> None:
        print(f"{field_label(field, lang):<34} {value if value not in (None, '', []) else '—'}")

    print(c.display_name or "—")
    print("=" * max(10, len(c.display_name)))
    line("id", c.id)
    for name in ("preferred_name", "name_original_script", "date_of_birth", "email", "phone"):
        line(name, getattr(c, name))
    line("gender", _enum(enums.Gender, c.gender, lang))
    line("preferred_language", _enum(enums.Language, c.preferred_language, lang))
    line("country_of_birth", c.country_of_birth)
    line("arrival_date_canada", c.arrival_date_canada)
    line("immigration_status", _enum(enums.ImmigrationStatus, c.immigration_status, lang))
    line("work_authorization", _enum(enums.WorkAuthorization, c.work_authorization, lang))
    line("employment_status", _enum(enums.EmploymentStatus, c.employment_status, lang))
    catalogue = NocCatalogue.load()
    for target in c.target_occupations:
        occupation = catalogue.get(target.noc_code) if target.noc_code else None
        title = occupation.title(lang) if occupation else ""
        line(
            "target_occupations",
            f"{target.noc_code or ''} {title} {target.free_text or ''}".strip(),
        )
    for d in c.diplomas:
        line(
            "diplomas",
            f"{d.title or ''} — {_enum(enums.DiplomaLevel, d.level, lang)} ({d.country or '?'})",
        )
    for e in c.experiences:
        line(
            "experiences",
            f"{e.job_title or ''}, {e.employer_name or ''} ({e.start or '?'} → {e.end or '…'})",
        )
    line("event", c.event.code if c.event else None)
    for k in c.consents:
        state = (
            ("oui" if lang != "en" else "yes") if k.granted else ("non" if lang != "en" else "no")
        )
        line("consents", f"{_enum(enums.ConsentPurpose, k.purpose, lang)}: {state}")
    if c.eligibility:
        print()
        print(_enum(enums.Outcome, c.eligibility.suggested, lang))
        for r in c.eligibility.reasons:
            print(f"  {r.rule} {_enum(enums.Outcome, r.result, lang)} — {reason_text(r, lang)}")
        if c.eligibility.decision:
            print(f"  → {_enum(enums.Decision, c.eligibility.decision, lang)}")
    if c.notes:
        line("notes", c.notes)
