"""Clean and check a candidate before it is saved or imported.

`normalize` tidies what people type (spaces, phone to E.164, country codes upper-case, postal code
`H7N 1A1`) and `validate` lists what is wrong as `Issue`s. Errors stop an import line or a final
save; warnings are shown but never block (a draft with a missing occupation is still kept).
"""

from __future__ import annotations

import re
from dataclasses import fields as dc_fields
from datetime import date
from enum import StrEnum

from desktop.domain import enums
from desktop.domain.candidate import Address, Candidate
from desktop.domain.countries import PROVINCES, is_country, is_language
from desktop.domain.dates import PartialDate
from desktop.domain.issues import Issue
from desktop.domain.noc import NocCatalogue
from desktop.domain.phones import normalize_phone

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
POSTAL_CODE = re.compile(r"^([A-Za-z]\d[A-Za-z])\s*-?\s*(\d[A-Za-z]\d)$")
NOC_CODE = re.compile(r"^\d{5}$")
MAX_TARGET_OCCUPATIONS = 3
MAX_TEXT = 300


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(str(text).split())
    return text or None


def normalize(candidate: Candidate) -> list[Issue]:
    """Tidy the candidate in place; return issues for values that cannot be tidied (bad phone)."""
    issues: list[Issue] = []
    for name in ("given_names", "family_name", "preferred_name", "name_original_script", "email"):
        setattr(candidate, name, _clean(getattr(candidate, name)))
    for addr_field in dc_fields(Address):
        value = _clean(getattr(candidate.address, addr_field.name))
        setattr(candidate.address, addr_field.name, value)
    if candidate.address.province:
        candidate.address.province = candidate.address.province.upper()
    if candidate.address.postal_code:
        match = POSTAL_CODE.match(candidate.address.postal_code)
        if match:
            candidate.address.postal_code = f"{match[1]} {match[2]}".upper()
    if candidate.phone is not None and str(candidate.phone).strip():
        try:
            candidate.phone = normalize_phone(str(candidate.phone))
        except ValueError:
            issues.append(Issue("phone.invalid", "phone", {"value": candidate.phone}))
    else:
        candidate.phone = None
    if candidate.country_of_birth:
        candidate.country_of_birth = candidate.country_of_birth.strip().upper() or None
    candidate.citizenships = [c.strip().upper() for c in candidate.citizenships if c and c.strip()]
    candidate.languages_spoken = [
        c.strip().lower() for c in candidate.languages_spoken if c and c.strip()
    ]
    for diploma in candidate.diplomas:
        diploma.country = diploma.country.strip().upper() if diploma.country else None
        diploma.province = diploma.province.strip().upper() if diploma.province else None
    for exp in candidate.experiences:
        exp.country = exp.country.strip().upper() if exp.country else None
        exp.province = exp.province.strip().upper() if exp.province else None
        exp.noc_code = exp.noc_code.strip() if exp.noc_code else None
    for target in candidate.target_occupations:
        target.noc_code = target.noc_code.strip() if target.noc_code else None
        target.free_text = _clean(target.free_text)
    candidate.notes = (
        candidate.notes.strip() if candidate.notes and candidate.notes.strip() else None
    )
    return issues


def _enum(issues: list[Issue], enum: type[StrEnum], value: object, path: str) -> None:
    if value is None:
        return
    if value not in {m.value for m in enum}:
        allowed = ", ".join(m.value for m in enum)
        issues.append(Issue("enum.unknown", path, {"value": value, "allowed": allowed}))


def _date(
    issues: list[Issue],
    value: str | None,
    path: str,
    *,
    past: bool = False,
    today: date | None = None,
) -> PartialDate | None:
    if value is None:
        return None
    try:
        parsed = PartialDate.parse(value)
    except ValueError:
        issues.append(Issue("date.invalid", path, {"value": value}))
        return None
    if past and parsed.earliest() > (today or date.today()):
        issues.append(Issue("date.future", path, {"value": value}))
    return parsed


def _country(issues: list[Issue], value: str | None, path: str) -> None:
    if value is not None and not is_country(value):
        issues.append(Issue("country.unknown", path, {"value": value}))


def _province(issues: list[Issue], value: str | None, path: str) -> None:
    if value is not None and value not in PROVINCES:
        issues.append(Issue("province.unknown", path, {"value": value}))


def _noc(issues: list[Issue], value: str | None, path: str) -> None:
    if value is None:
        return
    if not NOC_CODE.match(value) or not NocCatalogue.load().is_valid(value):
        issues.append(Issue("noc.unknown", path, {"value": value}))


def validate(candidate: Candidate, today: date | None = None) -> list[Issue]:
    """Every problem with the candidate; call `normalize` first."""
    issues: list[Issue] = []
    c = candidate
    if not (c.given_names or c.family_name):
        issues.append(Issue("name.missing", "family_name"))
    for name in ("given_names", "family_name", "preferred_name", "name_original_script"):
        value = getattr(c, name)
        if value and len(value) > 200:
            issues.append(Issue("text.too_long", name, {"max": 200}))
    if c.email is not None and not EMAIL.match(c.email):
        issues.append(Issue("email.invalid", "email", {"value": c.email}))
    if not c.email and not c.phone:
        issues.append(Issue("contact.missing", "contact"))
    dob = _date(issues, c.date_of_birth, "date_of_birth", past=True, today=today)
    if dob is not None and dob.year < 1900:
        issues.append(Issue("date.too_old", "date_of_birth", {"value": c.date_of_birth}))
    _enum(issues, enums.Gender, c.gender, "gender")
    _enum(issues, enums.Language, c.preferred_language, "preferred_language")
    for i, code in enumerate(c.languages_spoken):
        if not is_language(code):
            issues.append(Issue("language.unknown", f"languages_spoken[{i}]", {"value": code}))
    _country(issues, c.country_of_birth, "country_of_birth")
    for i, code in enumerate(c.citizenships):
        _country(issues, code, f"citizenships[{i}]")
    if c.address.province is not None:
        _province(issues, c.address.province, "address.province")
    if c.address.postal_code and not POSTAL_CODE.match(c.address.postal_code):
        issues.append(
            Issue("postal_code.invalid", "address.postal_code", {"value": c.address.postal_code})
        )
    _date(issues, c.arrival_date_canada, "arrival_date_canada", past=True, today=today)
    _enum(issues, enums.ImmigrationStatus, c.immigration_status, "immigration_status")
    _enum(issues, enums.WorkAuthorization, c.work_authorization, "work_authorization")
    _date(issues, c.permit_expiry, "permit_expiry")
    _enum(issues, enums.EmploymentStatus, c.employment_status, "employment_status")
    _validate_diplomas(issues, c, today)
    _validate_experiences(issues, c, today)
    _validate_targets(issues, c)
    _validate_languages(issues, c)
    if c.available_from is not None and c.available_from != "immediately":
        _date(issues, c.available_from, "available_from")
    _enum(issues, enums.WorkRegime, c.work_regime, "work_regime")
    for i, code in enumerate(c.driving_licences):
        _enum(issues, enums.DrivingLicence, code, f"driving_licences[{i}]")
    _validate_consents(issues, c)
    _enum(issues, enums.ReferralSource, c.referral_source, "referral_source")
    if c.event is not None and not (c.event.code or "").strip():
        issues.append(Issue("event.code_missing", "event.code"))
    return issues


def _validate_diplomas(issues: list[Issue], c: Candidate, today: date | None) -> None:
    year_now = (today or date.today()).year
    for i, d in enumerate(c.diplomas):
        p = f"diplomas[{i}]"
        _enum(issues, enums.DiplomaLevel, d.level, f"{p}.level")
        _country(issues, d.country, f"{p}.country")
        if d.province is not None:
            _province(issues, d.province, f"{p}.province")
        if d.year_obtained is not None and not 1900 <= d.year_obtained <= year_now + 6:
            issues.append(Issue("year.invalid", f"{p}.year_obtained", {"value": d.year_obtained}))
        _enum(
            issues,
            enums.ComparativeEvaluation,
            d.comparative_evaluation,
            f"{p}.comparative_evaluation",
        )


def _validate_experiences(issues: list[Issue], c: Candidate, today: date | None) -> None:
    for i, e in enumerate(c.experiences):
        p = f"experiences[{i}]"
        _noc(issues, e.noc_code, f"{p}.noc_code")
        _country(issues, e.country, f"{p}.country")
        if e.province is not None and e.country == "CA":
            _province(issues, e.province, f"{p}.province")
        start = _date(issues, e.start, f"{p}.start", past=True, today=today)
        end = _date(issues, e.end, f"{p}.end")
        if start and end and end.latest() < start.earliest():
            issues.append(
                Issue("period.end_before_start", f"{p}.end", {"start": e.start, "end": e.end})
            )
        if e.hours_per_week is not None and not 0 < e.hours_per_week <= 100:
            issues.append(
                Issue("hours.invalid", f"{p}.hours_per_week", {"value": e.hours_per_week})
            )
        _enum(issues, enums.EmploymentType, e.employment_type, f"{p}.employment_type")


def _validate_targets(issues: list[Issue], c: Candidate) -> None:
    if len(c.target_occupations) > MAX_TARGET_OCCUPATIONS:
        issues.append(
            Issue("targets.too_many", "target_occupations", {"max": MAX_TARGET_OCCUPATIONS})
        )
    if not c.target_occupations:
        issues.append(Issue("targets.missing", "target_occupations", severity="warning"))
    for i, t in enumerate(c.target_occupations):
        _noc(issues, t.noc_code, f"target_occupations[{i}].noc_code")
        if t.noc_code is None and not t.free_text:
            issues.append(Issue("target.empty", f"target_occupations[{i}].noc_code"))


def _validate_languages(issues: list[Issue], c: Candidate) -> None:
    for i, lv in enumerate(c.language_levels):
        p = f"language_levels[{i}]"
        if not is_language(lv.language):
            issues.append(Issue("language.unknown", f"{p}.language", {"value": lv.language}))
        _enum(issues, enums.LanguageSkill, lv.skill, f"{p}.skill")
        if lv.level is not None and not 1 <= lv.level <= 12:
            issues.append(Issue("level.invalid", f"{p}.level", {"value": lv.level}))
        _enum(issues, enums.LanguageStage, lv.stage, f"{p}.stage")
        _enum(issues, enums.LanguageScale, lv.scale, f"{p}.scale")
        _enum(issues, enums.LanguageSource, lv.source, f"{p}.source")


def _validate_consents(issues: list[Issue], c: Candidate) -> None:
    seen: set[str] = set()
    for i, consent in enumerate(c.consents):
        p = f"consents[{i}]"
        _enum(issues, enums.ConsentPurpose, consent.purpose, f"{p}.purpose")
        _enum(issues, enums.ConsentMethod, consent.method, f"{p}.method")
        if consent.purpose in seen:
            issues.append(Issue("consent.duplicate", f"{p}.purpose", {"value": consent.purpose}))
        seen.add(consent.purpose)


def validate_for_intake(candidate: Candidate) -> list[Issue]:
    """Extra checks of a booth registration: the `intake` consent is required (Law 25 s. 14)."""
    issues = validate(candidate)
    if not candidate.consent_granted(enums.ConsentPurpose.INTAKE):
        issues.append(Issue("consent.intake_required", "consents"))
    return issues
