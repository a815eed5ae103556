"""Flat spreadsheet rows (CSV, XLSX) ↔ interchange objects, with French or English column headers.

Pre-registration spreadsheets name their columns as people do (« Prénom », "First name",
"Courriel", "E-mail"); headers are matched accent- and case-insensitively. Enumerated values may
be codes or labels in either language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from desktop.domain.candidate import Candidate
from desktop.domain.enums import label
from desktop.domain.field_values import ENUM_FIELDS
from desktop.domain.fields import FIELD_LABELS
from desktop.domain.names import fold

# Interchange key → the column names accepted for it (besides the key and its FR/EN labels).
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("identifiant", "uuid"),
    "given_names": ("prenom", "prenoms", "first name", "given name"),
    "family_name": ("nom", "nom de famille", "last name", "surname"),
    "email": ("courriel", "e-mail", "adresse courriel", "email address"),
    "phone": ("telephone", "tel", "cellulaire", "mobile", "phone number"),
    "date_of_birth": ("naissance", "birth date", "dob"),
    "preferred_language": ("langue", "langue de preference", "language"),
    "country_of_birth": ("pays", "pays de naissance", "country"),
    "arrival_date_canada": ("date d'arrivee", "arrivee au canada", "arrival date", "arrival"),
    "immigration_status": ("statut", "statut d'immigration", "status"),
    "work_authorization": ("autorisation de travail", "work permit"),
    "employment_status": ("situation d'emploi", "situation", "employment"),
    "target_noc": (
        "cnp",
        "code cnp",
        "noc",
        "noc code",
        "profession visee (cnp)",
        "target occupation (noc)",
    ),
    "target_text": ("profession visee", "profession", "target occupation", "occupation"),
    "referral_source": ("source", "reference", "referral"),
    "event_code": ("evenement", "code evenement", "event", "event code"),
    "consent_intake": ("consentement", "consentement admission", "consent", "intake consent"),
    "consent_share_employers": ("consentement entreprises", "share with employers"),
    "available_from": ("disponibilite", "disponible", "availability"),
    "notes": ("commentaires", "comments", "remarques"),
    "city": ("ville",),
    "postal_code": ("code postal", "postal code", "zip"),
}
_SIMPLE = (
    "given_names",
    "family_name",
    "preferred_name",
    "date_of_birth",
    "gender",
    "email",
    "phone",
    "preferred_language",
    "country_of_birth",
    "arrival_date_canada",
    "immigration_status",
    "work_authorization",
    "permit_expiry",
    "employment_status",
    "available_from",
    "work_regime",
    "referral_source",
    "notes",
)
_TRUE = {"oui", "yes", "true", "vrai", "1", "x", "o", "y"}


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key in (*_SIMPLE, *_ALIASES):
        index[fold(key.replace("_", " "))] = key
        if key in FIELD_LABELS:
            for text in FIELD_LABELS[key]:
                index[fold(text)] = key
    for key, aliases in _ALIASES.items():
        for alias in aliases:
            index[fold(alias)] = key
    return index


_HEADERS = _header_index()


def map_headers(headers: list[str]) -> tuple[dict[int, str], list[str]]:
    """Column position → field key, and the headers that match nothing."""
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for position, header in enumerate(headers):
        key = _HEADERS.get(fold(str(header or "")))
        if key:
            mapping[position] = key
        elif str(header or "").strip():
            unknown.append(str(header))
    return mapping, unknown


def _enum_code(enum: type[StrEnum], value: str) -> str:
    wanted = fold(value)
    for member in enum:
        if wanted in {fold(member.value), fold(label(member, "fr")), fold(label(member, "en"))}:
            return member.value
    return value.strip()


def _cell(value: Any) -> str | None:
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def row_to_object(values: list[Any], mapping: dict[int, str]) -> dict[str, Any]:
    """One spreadsheet row as an interchange object."""
    flat = {key: _cell(values[pos]) for pos, key in mapping.items() if pos < len(values)}
    obj: dict[str, Any] = {}
    for key in _SIMPLE:
        value = flat.get(key)
        if value is None:
            continue
        obj[key] = _enum_code(ENUM_FIELDS[key], value) if key in ENUM_FIELDS else value
    if flat.get("id"):
        obj["id"] = flat["id"]
    if flat.get("city") or flat.get("postal_code"):
        obj["address"] = {"city": flat.get("city"), "postal_code": flat.get("postal_code")}
    noc, text = flat.get("target_noc"), flat.get("target_text")
    if noc or text:
        obj["target_occupations"] = [
            {"noc_code": noc.zfill(5) if noc and noc.isdigit() else noc, "free_text": text}
        ]
    if flat.get("event_code"):
        obj["event"] = {"code": flat["event_code"]}
    consents = []
    for purpose in ("intake", "share_employers"):
        value = flat.get(f"consent_{purpose}")
        if value is not None:
            consents.append(
                {"purpose": purpose, "granted": fold(value) in _TRUE, "method": "ticked"}
            )
    if consents:
        obj["consents"] = consents
    return obj


CSV_COLUMNS = (
    "id",
    "given_names",
    "family_name",
    "date_of_birth",
    "gender",
    "email",
    "phone",
    "preferred_language",
    "country_of_birth",
    "arrival_date_canada",
    "immigration_status",
    "work_authorization",
    "employment_status",
    "target_noc",
    "target_text",
    "event_code",
    "referral_source",
    "available_from",
    "eligibility",
    "decision",
    "created_at",
)


def candidate_to_row(c: Candidate) -> list[str]:
    """The flat columns of CSV_COLUMNS for one candidate (export)."""
    first = c.target_occupations[0] if c.target_occupations else None
    values: dict[str, Any] = {key: getattr(c, key, None) for key in _SIMPLE}
    values.update(
        id=c.id,
        target_noc=first.noc_code if first else None,
        target_text=first.free_text if first else None,
        event_code=c.event.code if c.event else None,
        eligibility=c.eligibility.suggested if c.eligibility else None,
        decision=c.eligibility.decision if c.eligibility else None,
        created_at=c.created_at.isoformat() if c.created_at else None,
    )
    return ["" if values.get(col) is None else str(values[col]) for col in CSV_COLUMNS]
