"""The profile sections of a dossier: who the person is, what they studied, did and seek.

Each function returns the flowables of one section. `anonymized=True` keeps only what an employer
may see before an interview (domain.md C7, C9): no name, contact, birth date, gender, origin,
citizenship or immigration status, and no employer or school that would point to a country.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.domain.candidate import Candidate, Experience
from desktop.domain.dates import parse_partial
from desktop.domain.enums import (
    ComparativeEvaluation,
    DiplomaLevel,
    DrivingLicence,
    EmploymentStatus,
    EmploymentType,
    Gender,
    ImmigrationStatus,
    Language,
    LanguageScale,
    LanguageSkill,
    LanguageSource,
    LanguageStage,
    RegulationStatus,
    WorkAuthorization,
    WorkRegime,
)
from desktop.domain.phones import format_phone
from desktop.pdf.fonts import plain, rich
from desktop.pdf.texts import text
from desktop.pdf.values import (
    country_text,
    date_text,
    empty,
    enum_text,
    field,
    fields_block,
    grid,
    heading,
    languages_text,
    noc_text,
    number_text,
    place_text,
    yes_no,
)


def _section(key: str, lang: str, body: list[Flowable | None]) -> list[Flowable]:
    kept = [f for f in body if f is not None]
    return [heading(key, lang), *(kept or [empty(lang)])]


def identity(c: Candidate, lang: str, width: float) -> list[Flowable]:
    rows = [
        (field("given_names", lang), rich(c.given_names)),
        (field("family_name", lang), rich(c.family_name)),
        (field("preferred_name", lang), rich(c.preferred_name)),
        (field("name_original_script", lang), rich(c.name_original_script)),
        (field("date_of_birth", lang), plain(date_text(c.date_of_birth, lang))),
        (field("gender", lang), plain(enum_text(Gender, c.gender, lang))),
        (field("preferred_language", lang), plain(enum_text(Language, c.preferred_language, lang))),
        (field("languages_spoken", lang), plain(languages_text(c.languages_spoken, lang))),
        (field("country_of_birth", lang), plain(country_text(c.country_of_birth, lang))),
        (
            field("citizenships", lang),
            plain(", ".join(country_text(code, lang) for code in c.citizenships)),
        ),
    ]
    return _section("section.identity", lang, [fields_block(rows, width)])


def contact(c: Candidate, lang: str, width: float) -> list[Flowable]:
    a = c.address
    unit = f"{'app.' if lang != 'en' else 'Apt.'}\u00a0{a.unit}" if a.unit else None
    street = ", ".join(p for p in (a.street, unit) if p)
    town = " ".join(p for p in (a.city, a.province, a.postal_code) if p)
    address = "<br/>".join(rich(line) for line in (street, town) if line)
    rows = [
        (field("email", lang), rich(c.email)),
        (field("phone", lang), rich(_phone(c.phone))),
        (field("address", lang), address),
    ]
    return _section("section.contact", lang, [fields_block(rows, width)])


def _phone(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return format_phone(value) or value
    except (ValueError, TypeError):
        return value


def immigration(c: Candidate, lang: str, width: float) -> list[Flowable]:
    rows = [
        (field("arrival_date_canada", lang), plain(date_text(c.arrival_date_canada, lang))),
        (
            field("immigration_status", lang),
            plain(enum_text(ImmigrationStatus, c.immigration_status, lang)),
        ),
        (
            field("work_authorization", lang),
            plain(enum_text(WorkAuthorization, c.work_authorization, lang)),
        ),
        (field("permit_expiry", lang), plain(date_text(c.permit_expiry, lang))),
        (
            field("employment_status", lang),
            plain(enum_text(EmploymentStatus, c.employment_status, lang)),
        ),
    ]
    return _section("section.immigration", lang, [fields_block(rows, width)])


def occupations(c: Candidate, lang: str, width: float) -> list[Flowable]:
    rows = [
        [noc_text(t.noc_code, lang), rich(t.free_text)]
        for t in c.target_occupations
        if t.noc_code or t.free_text
    ]
    headers = [
        field("target_occupations.noc_code", lang),
        field("target_occupations.free_text", lang),
    ]
    table = grid(headers, rows, [width * 0.6, width * 0.4]) if rows else None
    return _section("section.occupations", lang, [table])


def diplomas(c: Candidate, lang: str, width: float, anonymized: bool = False) -> list[Flowable]:
    rows = []
    for d in c.diplomas:
        level = plain(enum_text(DiplomaLevel, d.level, lang))
        if not d.completed:
            level += f" ({plain(text('diploma.not_completed', lang))})"
        if anonymized:
            rows.append([level, rich(d.field_of_study)])
            continue
        evaluation = plain(enum_text(ComparativeEvaluation, d.comparative_evaluation, lang))
        rows.append(
            [
                rich(d.title) + (f"<br/>{rich(d.field_of_study)}" if d.field_of_study else ""),
                level,
                plain(place_text(d.country, d.province, lang)),
                plain(str(d.year_obtained or "")),
                evaluation,
            ]
        )
    if anonymized:
        headers = [field("diplomas.level", lang), field("diplomas.field_of_study", lang)]
        widths = [width * 0.5, width * 0.5]
    else:
        headers = [
            f"{field('diplomas.title', lang)} / {field('diplomas.field_of_study', lang)}",
            field("diplomas.level", lang),
            field("diplomas.country", lang),
            text("diploma.year", lang),
            field("diplomas.comparative_evaluation", lang),
        ]
        widths = [width * 0.3, width * 0.22, width * 0.16, width * 0.1, width * 0.22]
    return _section("section.diplomas", lang, [grid(headers, rows, widths) if rows else None])


def regulations(c: Candidate, lang: str, width: float) -> list[Flowable]:
    rows = [
        [rich(r.regulator), plain(enum_text(RegulationStatus, r.recognition_status, lang))]
        for r in c.regulations
        if r.regulator or r.recognition_status
    ]
    headers = [field("regulations.regulator", lang), field("regulations.recognition_status", lang)]
    table = grid(headers, rows, [width * 0.5, width * 0.5]) if rows else None
    return [] if table is None else _section("section.regulations", lang, [table])


def _period(e: Experience, lang: str) -> str:
    start = date_text(e.start, lang)
    end = date_text(e.end, lang) if e.end else text("ongoing", lang)
    return f"{start} – {end}" if start else end


def _months(e: Experience) -> int:
    try:
        start, end = parse_partial(e.start), parse_partial(e.end) if e.end else None
    except ValueError:
        return 0
    if start is None:
        return 0
    stop = (end.year, end.month) if end else (start.year, start.month)
    return max(0, (stop[0] - start.year) * 12 + stop[1] - start.month)


def experiences(c: Candidate, lang: str, width: float, anonymized: bool = False) -> list[Flowable]:
    rows = []
    for e in c.experiences:
        job = rich(e.job_title)
        if e.noc_code:
            job += f"<br/>{noc_text(e.noc_code, lang)}"
        kind = plain(enum_text(EmploymentType, e.employment_type, lang))
        hours = text("hours", lang, hours=number_text(e.hours_per_week, lang))
        details = "<br/>".join(p for p in (kind, plain(hours) if e.hours_per_week else "") if p)
        where = "" if anonymized else rich(e.employer_name)
        if not anonymized and (e.country or e.province):
            where += f"<br/>{plain(place_text(e.country, e.province, lang))}"
        row = [job, plain(_period(e, lang)), details, plain(yes_no(e.in_field, lang))]
        rows.append(row if anonymized else [job, where, *row[1:]])
    headers = [
        field("experiences.job_title", lang),
        field("experiences.start", lang) + " – " + field("experiences.end", lang),
        field("experiences.employment_type", lang),
        field("experiences.in_field", lang),
    ]
    if anonymized:
        widths = [width * 0.46, width * 0.24, width * 0.18, width * 0.12]
    else:
        headers.insert(1, field("experiences.employer_name", lang))
        widths = [width * 0.33, width * 0.2, width * 0.19, width * 0.16, width * 0.12]
    body: list[Flowable | None] = [grid(headers, rows, widths) if rows else None]
    return _section("section.experiences", lang, body)


def languages(c: Candidate, lang: str, width: float, anonymized: bool = False) -> list[Flowable]:
    rows = []
    for level in c.language_levels:
        value = (
            f"{level.level}"
            if level.level is not None
            else enum_text(LanguageStage, level.stage, lang)
        )
        source = enum_text(LanguageSource, level.source, lang)
        if level.test_name:
            source += f" ({level.test_name})"
        rows.append(
            [
                plain(languages_text([level.language], lang)),
                plain(enum_text(LanguageSkill, level.skill, lang)),
                plain(value),
                plain(enum_text(LanguageScale, level.scale, lang)),
                rich(source),
            ]
        )
    # Languages spoken point to a country of origin: not for employers (domain.md C7).
    spoken_codes = [] if anonymized else c.languages_spoken
    spoken = fields_block(
        [(field("languages_spoken", lang), plain(languages_text(spoken_codes, lang)))], width
    )
    headers = [
        field("language_levels.language", lang),
        field("language_levels.skill", lang),
        text("language.level", lang),
        field("language_levels.scale", lang),
        field("language_levels.source", lang),
    ]
    widths = [width * 0.18, width * 0.24, width * 0.16, width * 0.18, width * 0.24]
    return _section(
        "section.languages", lang, [spoken, grid(headers, rows, widths) if rows else None]
    )


def availability(c: Candidate, lang: str, width: float) -> list[Flowable]:
    start = (
        text("immediately", lang)
        if c.available_from == "immediately"
        else date_text(c.available_from, lang)
    )
    licences = ", ".join(enum_text(DrivingLicence, code, lang) for code in c.driving_licences)
    rows = [
        (field("available_from", lang), plain(start)),
        (field("work_regime", lang), plain(enum_text(WorkRegime, c.work_regime, lang))),
        (field("driving_licences", lang), plain(licences)),
    ]
    return _section("section.availability", lang, [fields_block(rows, width)])


def in_field_months(c: Candidate) -> int:
    """Months of declared in-field experience, for the employer's summary line."""
    return sum(_months(e) for e in c.experiences if e.in_field)
