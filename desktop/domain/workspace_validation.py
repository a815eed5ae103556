"""Clean and check workspace records before they are saved: each problem is an `Issue`.

`normalize_*` tidies what coordinators type (spaces, NEQ digits, postal code `H7N 1A1`, phone to
E.164 when it is one); `validate_*` lists what is wrong. Field paths are prefixed with the record
kind (`employer.neq`, `opening.hours_per_week`) so `issue_text` names the field in the sentence.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from desktop.domain import workspace_messages  # noqa: F401  (registers messages and labels)
from desktop.domain.enums import DiplomaLevel
from desktop.domain.issues import Issue
from desktop.domain.noc import NocCatalogue
from desktop.domain.phones import normalize_phone
from desktop.domain.priime import PRIIME_MAX_WEEKS
from desktop.domain.validation import EMAIL, POSTAL_CODE
from desktop.domain.workspace import (
    SUBSIDY_TRANSITIONS,
    CompanySize,
    DeclineReason,
    DossierVariantSent,
    Employer,
    FollowUp,
    HrSupport,
    Introduction,
    IntroductionOutcome,
    JobOpening,
    LanguageRequirement,
    OpeningStatus,
    Placement,
    Sector,
    SubsidyFile,
    SubsidyProgramme,
    SubsidyStatus,
    SupportMeasure,
)

MIN_HOURS = Decimal(1)
MAX_HOURS = Decimal(60)
NEQ = re.compile(r"^\d{10}$")
WEBSITE = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]{2,}(/\S*)?$", re.IGNORECASE)


def clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = " ".join(str(text).split())
    return text or None


def clean_block(text: str | None) -> str | None:
    """Multi-line notes: keep line breaks, trim the ends."""
    if text is None:
        return None
    text = str(text).strip()
    return text or None


def parse_money(text: str) -> int:
    """Cents from « 24,50 », « 24.50 $ », « 1 234,5 »; ValueError if it is not an amount."""
    compact = re.sub(r"[\s\u00a0\u202f$]", "", text or "").replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d{1,2})?", compact):
        raise ValueError(text)
    return int((Decimal(compact) * 100).to_integral_value())


def parse_hours(text: str) -> Decimal:
    """Hours from « 37,5 » or « 37.5 »; ValueError if it is not a number."""
    compact = re.sub(r"[\s\u00a0\u202f]|h$", "", (text or "").strip()).replace(",", ".")
    try:
        value = Decimal(compact)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value.quantize(Decimal("0.01"))


def _enum(issues: list[Issue], enum: type[StrEnum], value: object, path: str) -> None:
    if value is None:
        return
    if value not in {m.value for m in enum}:
        allowed = ", ".join(m.value for m in enum)
        issues.append(Issue("enum.unknown", path, {"value": value, "allowed": allowed}))


def _required(issues: list[Issue], value: object, path: str) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        issues.append(Issue("workspace.required", path))


def _noc(issues: list[Issue], value: str | None, path: str) -> None:
    if value is not None and not NocCatalogue.load().is_valid(value):
        issues.append(Issue("noc.unknown", path, {"value": value}))


def _hours(issues: list[Issue], value: Decimal | None, path: str, *, required: bool) -> None:
    if value is None:
        if required:
            _required(issues, None, path)
        return
    if not MIN_HOURS <= value <= MAX_HOURS:
        issues.append(Issue("workspace.hours_range", path, {"min": 1, "max": 60}))


def _wage(issues: list[Issue], cents: int | None, path: str, *, required: bool) -> None:
    if cents is None:
        if required:
            _required(issues, None, path)
        return
    if cents <= 0:
        issues.append(Issue("workspace.wage_positive", path))


def _after(issues: list[Issue], start: date | None, end: date | None, path: str) -> None:
    if start is not None and end is not None and end < start:
        issues.append(Issue("workspace.date_order", path, {"start": start.isoformat()}))


def _postal(issues: list[Issue], value: str | None, path: str) -> str | None:
    if not value:
        return None
    match = POSTAL_CODE.match(value)
    if match is None:
        issues.append(Issue("postal_code.invalid", path, {"value": value}))
        return value
    return f"{match[1]} {match[2]}".upper()


# --- Employers ------------------------------------------------------------------------------------


def normalize_employer(e: Employer) -> None:
    for name in ("legal_name", "address", "city", "website", "sector", "size", "hr_support"):
        setattr(e, name, clean(getattr(e, name)))
    e.notes = clean_block(e.notes)
    if e.neq:
        digits = re.sub(r"[\s\-]", "", e.neq)
        e.neq = digits or None
    else:
        e.neq = None
    if e.postal_code:
        match = POSTAL_CODE.match(e.postal_code.strip())
        e.postal_code = f"{match[1]} {match[2]}".upper() if match else clean(e.postal_code)
    for contact in e.contacts:
        contact.name = clean(contact.name)
        contact.title = clean(contact.title)
        contact.email = clean(contact.email)
        contact.phone = clean(contact.phone)
        if contact.phone:
            # A number that is not one stays as typed: validate_employer reports it.
            with contextlib.suppress(ValueError):
                contact.phone = normalize_phone(contact.phone)
    if e.contacts and not any(c.is_primary for c in e.contacts):
        e.contacts[0].is_primary = True


def validate_employer(e: Employer) -> list[Issue]:
    issues: list[Issue] = []
    _required(issues, e.legal_name, "employer.legal_name")
    if e.legal_name and len(e.legal_name) > 300:
        issues.append(Issue("text.too_long", "employer.legal_name", {"max": 300}))
    if e.neq is not None and not NEQ.match(e.neq):
        issues.append(Issue("workspace.neq_invalid", "employer.neq", {"value": e.neq}))
    _enum(issues, Sector, e.sector, "employer.sector")
    _enum(issues, CompanySize, e.size, "employer.size")
    _enum(issues, HrSupport, e.hr_support, "employer.hr_support")
    if e.postal_code and not POSTAL_CODE.match(e.postal_code):
        issues.append(
            Issue("postal_code.invalid", "employer.postal_code", {"value": e.postal_code})
        )
    if e.website and not WEBSITE.match(e.website):
        issues.append(Issue("workspace.website_invalid", "employer.website", {"value": e.website}))
    for i, contact in enumerate(e.contacts):
        _required(issues, contact.name, f"contacts[{i}].name")
        if contact.email and not EMAIL.match(contact.email):
            issues.append(Issue("email.invalid", f"contacts[{i}].email", {"value": contact.email}))
        if contact.phone and not contact.phone.startswith("+"):
            issues.append(Issue("phone.invalid", f"contacts[{i}].phone", {"value": contact.phone}))
    return issues


# --- Openings -------------------------------------------------------------------------------------


def normalize_opening(o: JobOpening) -> None:
    o.title = clean(o.title)
    o.noc_code = clean(o.noc_code)
    o.education_level = clean(o.education_level)
    o.requirements = clean_block(o.requirements)
    o.non_french_justification = clean_block(o.non_french_justification)


def needs_language_justification(o: JobOpening) -> bool:
    """Any English requirement (or another language named in the requirements) must be justified."""
    return o.english_level_required != LanguageRequirement.NONE


def validate_opening(o: JobOpening) -> list[Issue]:
    issues: list[Issue] = []
    _required(issues, o.employer_id, "opening.employer_id")
    _required(issues, o.title, "opening.title")
    _noc(issues, o.noc_code, "opening.noc_code")
    _enum(issues, DiplomaLevel, o.education_level, "opening.education_level")
    _enum(issues, LanguageRequirement, o.french_level_required, "opening.french_level_required")
    _enum(issues, LanguageRequirement, o.english_level_required, "opening.english_level_required")
    if needs_language_justification(o) and not o.non_french_justification:
        issues.append(Issue("workspace.justification_required", "opening.non_french_justification"))
    _hours(issues, o.hours_per_week, "opening.hours_per_week", required=False)
    _wage(issues, o.hourly_wage_cents, "opening.hourly_wage", required=False)
    _enum(issues, OpeningStatus, o.status, "opening.status")
    _after(issues, o.opened_on, o.closes_on, "opening.closes_on")
    return issues


# --- Introductions --------------------------------------------------------------------------------


def validate_introduction(i: Introduction) -> list[Issue]:
    issues: list[Issue] = []
    _required(issues, i.candidate_id, "introduction.candidate_id")
    _required(issues, i.employer_id, "introduction.employer_id")
    _required(issues, i.introduced_on, "introduction.introduced_on")
    _enum(issues, DossierVariantSent, i.dossier_variant, "introduction.dossier_variant")
    _enum(issues, IntroductionOutcome, i.outcome, "introduction.outcome")
    if i.outcome == IntroductionOutcome.DECLINED and not i.decline_reason:
        issues.append(Issue("workspace.decline_reason_required", "introduction.decline_reason"))
    _enum(issues, DeclineReason, i.decline_reason, "introduction.decline_reason")
    _after(issues, i.introduced_on, i.outcome_on, "introduction.outcome_on")
    return issues


# --- Placements, subsidies, follow-ups ------------------------------------------------------------


def normalize_placement(p: Placement) -> None:
    p.job_title = clean(p.job_title)
    p.noc_code = clean(p.noc_code)
    p.francization_notes = clean_block(p.francization_notes)


def validate_placement(p: Placement) -> list[Issue]:
    issues: list[Issue] = []
    _required(issues, p.candidate_id, "placement.candidate_id")
    _required(issues, p.employer_id, "placement.employer_id")
    _required(issues, p.job_title, "placement.job_title")
    _noc(issues, p.noc_code, "placement.noc_code")
    _required(issues, p.start_date, "placement.start_date")
    _after(issues, p.start_date, p.end_date, "placement.end_date")
    _hours(issues, p.hours_per_week, "placement.hours_per_week", required=True)
    _wage(issues, p.hourly_wage_cents, "placement.hourly_wage", required=True)
    return issues


def validate_subsidy(s: SubsidyFile, previous_status: str | None = None) -> list[Issue]:
    issues: list[Issue] = []
    _enum(issues, SubsidyProgramme, s.programme, "subsidy.programme")
    _enum(issues, SubsidyStatus, s.status, "subsidy.status")
    if s.planned_weeks is None:
        _required(issues, None, "subsidy.planned_weeks")
    elif not 1 <= s.planned_weeks <= PRIIME_MAX_WEEKS:
        issues.append(Issue("workspace.weeks_range", "subsidy.planned_weeks", {"max": 52}))
    for code in s.support_measures:
        _enum(issues, SupportMeasure, code, "subsidy.support_measures")
    _after(issues, s.submitted_on, s.decided_on, "subsidy.decided_on")
    if previous_status is not None and previous_status != s.status:
        allowed = SUBSIDY_TRANSITIONS.get(previous_status, frozenset())
        if s.status not in allowed:
            issues.append(
                Issue(
                    "workspace.status_transition",
                    "subsidy.status",
                    {"current": previous_status, "target": s.status},
                )
            )
    return issues


def validate_followup(f: FollowUp) -> list[Issue]:
    issues: list[Issue] = []
    _required(issues, f.done_on, "followup.done_on")
    return issues
