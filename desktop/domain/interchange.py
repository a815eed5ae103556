"""The candidate JSON Lines interchange format (DESIGN.md §3): read one object, write one object.

Reading checks the *shape* (types, lists, objects) and reports each problem as an `Issue` with the
field path; `desktop.domain.validation` then checks the values. Unknown keys are ignored, as the
contract allows producers to add fields. Export-only keys (timestamps, eligibility) are written but
never trusted on import.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from typing import Any, TypeVar

from desktop.domain.candidate import (
    Address,
    Candidate,
    Consent,
    Diploma,
    EventRef,
    Experience,
    LanguageLevel,
    TargetOccupation,
)
from desktop.domain.issues import Issue

T = TypeVar("T")
_SCALARS = (
    "given_names",
    "family_name",
    "preferred_name",
    "name_original_script",
    "date_of_birth",
    "gender",
    "email",
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
_STRING_LISTS = ("languages_spoken", "citizenships", "driving_licences")


class _Reader:
    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def text(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.issues.append(Issue("type.string", path))
            return None
        text = str(value).strip()
        return text or None

    def boolean(self, obj: dict[str, Any], key: str, path: str) -> bool | None:
        value = obj.get(key)
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {
            "true",
            "false",
            "oui",
            "non",
            "yes",
            "no",
        }:
            return value.strip().lower() in {"true", "oui", "yes"}
        self.issues.append(Issue("type.bool", path))
        return None

    def number(self, obj: dict[str, Any], key: str, path: str) -> float | None:
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            self.issues.append(Issue("type.number", path))
            return None
        try:
            return float(str(value).replace(",", "."))
        except ValueError:
            self.issues.append(Issue("type.number", path))
            return None

    def integer(self, obj: dict[str, Any], key: str, path: str) -> int | None:
        value = self.number(obj, key, path)
        if value is None:
            return None
        if value != int(value):
            self.issues.append(Issue("type.number", path))
            return None
        return int(value)

    def strings(self, obj: dict[str, Any], key: str) -> list[str]:
        value = obj.get(key)
        if value is None:
            return []
        if isinstance(value, str):  # tolerate "fr, ar" from spreadsheets
            return [v.strip() for v in value.replace(";", ",").split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.issues.append(Issue("type.list", key))
            return []
        return [v.strip() for v in value if v.strip()]

    def objects(
        self, obj: dict[str, Any], key: str, build: Callable[[dict[str, Any], str], T]
    ) -> list[T]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.issues.append(Issue("type.list", key))
            return []
        out: list[T] = []
        for i, item in enumerate(value):
            path = f"{key}[{i}]"
            if not isinstance(item, dict):
                self.issues.append(Issue("type.object", path))
                continue
            out.append(build(item, path))
        return out

    def row_id(self, obj: dict[str, Any], path: str) -> str | None:
        value = obj.get("id")
        if value is None:
            return None
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            self.issues.append(
                Issue("id.invalid", f"{path}.id" if path else "id", {"value": value})
            )
            return None

    def instant(self, obj: dict[str, Any], key: str, path: str) -> datetime | None:
        text = self.text(obj, key, path)
        if text is None:
            return None
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            self.issues.append(Issue("date.invalid", path, {"value": text}))
            return None
        if parsed.tzinfo is None:  # a date alone, or a naive time: taken as UTC
            from datetime import UTC

            parsed = parsed.replace(tzinfo=UTC)
        return parsed


def candidate_from_json(obj: object) -> tuple[Candidate, list[Issue]]:
    """Build a candidate from one decoded JSON object; the issues say what had the wrong shape."""
    r = _Reader()
    if not isinstance(obj, dict):
        return Candidate(), [Issue("type.object", "line")]
    c = Candidate()
    c.id = r.row_id(obj, "") or ""  # matched on save, see desktop.services.candidates
    for key in _SCALARS:
        setattr(c, key, r.text(obj, key, key))
    phone = obj.get("phone")
    c.phone = str(phone).strip() if isinstance(phone, str | int) and str(phone).strip() else None
    for key in _STRING_LISTS:
        setattr(c, key, r.strings(obj, key))
    address = obj.get("address")
    if isinstance(address, dict):
        c.address = Address(
            **{
                k: r.text(address, k, f"address.{k}")
                for k in ("street", "unit", "city", "province", "postal_code")
            }
        )
    elif address is not None:
        r.issues.append(Issue("type.object", "address"))
    c.diplomas = r.objects(obj, "diplomas", lambda d, p: _diploma(r, d, p))
    c.experiences = r.objects(obj, "experiences", lambda d, p: _experience(r, d, p))
    c.target_occupations = r.objects(obj, "target_occupations", lambda d, p: _target(r, d, p))
    c.language_levels = r.objects(obj, "language_levels", lambda d, p: _language(r, d, p))
    c.consents = r.objects(obj, "consents", lambda d, p: _consent(r, d, p))
    event = obj.get("event")
    if isinstance(event, dict):
        code = r.text(event, "code", "event.code") or ""
        c.event = EventRef(code=code, name=r.text(event, "name", "event.name"))
    elif isinstance(event, str) and event.strip():
        c.event = EventRef(code=event.strip())
    elif event is not None:
        r.issues.append(Issue("type.object", "event"))
    for flag in ("self_entered", "to_verify"):  # kiosk self-entry, kept across export/import
        if isinstance(obj.get(flag), bool):
            setattr(c, flag, obj[flag])
    return c, r.issues


def _with_id(r: _Reader, obj: dict[str, Any], path: str, row: T) -> T:
    # Without an id the row is matched to the stored one (same consent purpose, same position)
    # when saved, so that importing one file twice changes nothing.
    row.id = r.row_id(obj, path) or ""  # type: ignore[attr-defined]
    return row


def _diploma(r: _Reader, d: dict[str, Any], p: str) -> Diploma:
    completed = r.boolean(d, "completed", f"{p}.completed")
    row = Diploma(
        title=r.text(d, "title", f"{p}.title"),
        field_of_study=r.text(d, "field_of_study", f"{p}.field_of_study"),
        level=r.text(d, "level", f"{p}.level"),
        country=r.text(d, "country", f"{p}.country"),
        province=r.text(d, "province", f"{p}.province"),
        year_obtained=r.integer(d, "year_obtained", f"{p}.year_obtained"),
        completed=True if completed is None else completed,
        comparative_evaluation=r.text(d, "comparative_evaluation", f"{p}.comparative_evaluation"),
    )
    return _with_id(r, d, p, row)


def _experience(r: _Reader, d: dict[str, Any], p: str) -> Experience:
    row = Experience(
        job_title=r.text(d, "job_title", f"{p}.job_title"),
        employer_name=r.text(d, "employer_name", f"{p}.employer_name"),
        noc_code=r.text(d, "noc_code", f"{p}.noc_code"),
        country=r.text(d, "country", f"{p}.country"),
        province=r.text(d, "province", f"{p}.province"),
        start=r.text(d, "start", f"{p}.start"),
        end=r.text(d, "end", f"{p}.end"),
        hours_per_week=r.number(d, "hours_per_week", f"{p}.hours_per_week"),
        in_field=r.boolean(d, "in_field", f"{p}.in_field"),
        employment_type=r.text(d, "employment_type", f"{p}.employment_type"),
    )
    return _with_id(r, d, p, row)


def _target(r: _Reader, d: dict[str, Any], p: str) -> TargetOccupation:
    code = d.get("noc_code")
    if isinstance(code, int) and not isinstance(code, bool):
        code = f"{code:05d}"  # a spreadsheet may have dropped the leading zero
        d = {**d, "noc_code": code}
    row = TargetOccupation(
        noc_code=r.text(d, "noc_code", f"{p}.noc_code"),
        free_text=r.text(d, "free_text", f"{p}.free_text"),
    )
    return _with_id(r, d, p, row)


def _language(r: _Reader, d: dict[str, Any], p: str) -> LanguageLevel:
    row = LanguageLevel(
        language=r.text(d, "language", f"{p}.language") or "",
        skill=r.text(d, "skill", f"{p}.skill") or "overall",
        level=r.integer(d, "level", f"{p}.level"),
        stage=r.text(d, "stage", f"{p}.stage"),
        scale=r.text(d, "scale", f"{p}.scale") or "self",
        source=r.text(d, "source", f"{p}.source") or "self_declared",
        test_name=r.text(d, "test_name", f"{p}.test_name"),
    )
    return _with_id(r, d, p, row)


def _consent(r: _Reader, d: dict[str, Any], p: str) -> Consent:
    row = Consent(
        purpose=r.text(d, "purpose", f"{p}.purpose") or "",
        granted=bool(r.boolean(d, "granted", f"{p}.granted")),
        granted_at=r.instant(d, "granted_at", f"{p}.granted_at"),
        method=r.text(d, "method", f"{p}.method"),
        notice_version=r.text(d, "notice_version", f"{p}.notice_version"),
        withdrawn_at=r.instant(d, "withdrawn_at", f"{p}.withdrawn_at"),
    )
    return _with_id(r, d, p, row)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def candidate_to_json(c: Candidate) -> dict[str, Any]:
    """The candidate as one interchange object, export-only fields included."""
    out: dict[str, Any] = {"id": c.id}
    for key in _SCALARS:
        out[key] = getattr(c, key)
    out["phone"] = c.phone
    for key in _STRING_LISTS:
        out[key] = list(getattr(c, key))
    out["address"] = asdict(c.address)
    out["diplomas"] = [asdict(d) for d in c.diplomas]
    out["experiences"] = [asdict(e) for e in c.experiences]
    out["target_occupations"] = [asdict(t) for t in c.target_occupations]
    out["language_levels"] = [asdict(lv) for lv in c.language_levels]
    out["consents"] = [
        {**asdict(k), "granted_at": _iso(k.granted_at), "withdrawn_at": _iso(k.withdrawn_at)}
        for k in c.consents
    ]
    out["event"] = {"code": c.event.code, "name": c.event.name} if c.event else None
    out["self_entered"] = c.self_entered
    out["to_verify"] = c.to_verify
    out["created_at"] = _iso(c.created_at)
    out["updated_at"] = _iso(c.updated_at)
    if c.eligibility is not None:
        e = c.eligibility
        out["eligibility"] = {
            "suggested": e.suggested,
            "rule_set_version": e.rule_set_version,
            "reasons": [{"rule": x.rule, "result": x.result, "code": x.code} for x in e.reasons],
            "decision": e.decision,
            "decided_by": e.decided_by,
            "decided_at": _iso(e.decided_at),
        }
    else:
        out["eligibility"] = None
    return out
