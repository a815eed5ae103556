"""Stored values as staff read them: a code's label, a country or a language by its name, a date
the Quebec way, a phone number formatted, yes or no. Used where raw op values are shown to a
person (the central store's conflicts and duplicate comparison).

`field_path(entity, name)` turns a sync op's entity and field into the field path the labels
know (`diploma` + `level` → `diplomas.level`, `candidate` + `city` → `address.city`). A value the
app does not recognise (a code from a newer version, a malformed date) is shown as it is.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from enum import StrEnum

from desktop.domain import enums
from desktop.domain.candidate import Address
from desktop.domain.countries import country_name, language_name, province_name
from desktop.domain.enums import label
from desktop.domain.formatting import format_datetime, format_number, format_partial_date
from desktop.domain.noc import NocCatalogue
from desktop.domain.phones import format_phone

EMPTY = "—"
_CHILDREN = {
    "diploma": "diplomas",
    "regulation": "regulations",
    "experience": "experiences",
    "target_occupation": "target_occupations",
    "language_level": "language_levels",
    "consent": "consents",
}
_ADDRESS = {f.name for f in fields(Address)}
ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "gender": enums.Gender,
    "preferred_language": enums.Language,
    "immigration_status": enums.ImmigrationStatus,
    "work_authorization": enums.WorkAuthorization,
    "employment_status": enums.EmploymentStatus,
    "work_regime": enums.WorkRegime,
    "referral_source": enums.ReferralSource,
    "driving_licences": enums.DrivingLicence,
    "diplomas.level": enums.DiplomaLevel,
    "diplomas.comparative_evaluation": enums.ComparativeEvaluation,
    "experiences.employment_type": enums.EmploymentType,
    "language_levels.skill": enums.LanguageSkill,
    "language_levels.stage": enums.LanguageStage,
    "language_levels.scale": enums.LanguageScale,
    "language_levels.source": enums.LanguageSource,
    "regulations.recognition_status": enums.RegulationStatus,
    "consents.purpose": enums.ConsentPurpose,
    "consents.method": enums.ConsentMethod,
}
_COUNTRIES = {"country_of_birth", "citizenships", "diplomas.country", "experiences.country"}
_PROVINCES = {"address.province", "diplomas.province", "experiences.province"}
_LANGUAGES = {"languages_spoken", "language_levels.language"}
_DATES = {
    "date_of_birth",
    "arrival_date_canada",
    "permit_expiry",
    "available_from",
    "experiences.start",
    "experiences.end",
}
_INSTANTS = {"consents.granted_at", "consents.withdrawn_at"}
_OCCUPATIONS = {"target_occupations.noc_code", "experiences.noc_code"}
_YES_NO = {"fr": ("Oui", "Non"), "en": ("Yes", "No")}


def field_path(entity: str, name: str) -> str:
    """The field path of an op's entity and field, as `desktop.domain.fields` labels it."""
    if entity == "candidate":
        return f"address.{name}" if name in _ADDRESS else name
    if entity == "immigration":
        return name
    plural = _CHILDREN.get(entity)
    return f"{plural}.{name}" if plural else f"{entity}.{name}"


def value_text(path: str, value: object, lang: str = "fr") -> str:
    """`value` of the field at `path` as a person reads it ("—" when empty)."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, list):
        return ", ".join(value_text(path, item, lang) for item in value)
    if isinstance(value, bool):
        yes, no = _YES_NO["en" if lang == "en" else "fr"]
        return yes if value else no
    if isinstance(value, int | float):
        return format_number(value, lang)
    if isinstance(value, dict):  # the event a person registered at
        return str(value.get("name") or value.get("code") or EMPTY)
    return _text(path, str(value), lang)


def _text(path: str, value: str, lang: str) -> str:
    enum = ENUM_FIELDS.get(path)
    try:
        if enum is not None:
            return label(enum(value), lang)
        if path in _COUNTRIES:
            return country_name(value, lang)
        if path in _PROVINCES:
            return province_name(value, lang)
        if path in _LANGUAGES:
            return language_name(value, lang)
        if path in _DATES:
            return format_partial_date(value, lang, long=True)
        if path in _INSTANTS:
            return format_datetime(datetime.fromisoformat(value), lang, long=True)
        if path == "phone":
            return format_phone(value) or value
        if path in _OCCUPATIONS:
            occupation = NocCatalogue.load().get(value)
            return f"{value} — {occupation.title(lang)}" if occupation else value
    except ValueError:
        return value  # a code or a date this version does not know: shown as it is
    return value
