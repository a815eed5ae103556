"""The programme's privacy settings (Law 25): who answers for personal information, where the
central store is hosted, the impact assessment that a transfer outside Québec needs, and the
versioned notice texts (domain.md C1, C4, C10, C13).

Plain data with defaults: nothing is shared until an admin chooses it. The hosting of the central
store starts « not specified »; choosing « outside Québec » blocks every bundle until a privacy
impact assessment (PIA) reference and the date of the written agreement are recorded.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any

from desktop.domain.issues import Issue
from desktop.domain.notice import DEFAULT_PRIVACY_SETTINGS, NOTICE_VERSION

HOSTING_UNSET = "unset"
HOSTING_QUEBEC = "quebec"
HOSTING_OUTSIDE = "outside_quebec"
HOSTINGS = (HOSTING_UNSET, HOSTING_QUEBEC, HOSTING_OUTSIDE)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class PrivacySettings:
    programme_name: str = DEFAULT_PRIVACY_SETTINGS["programme_name"]
    organisation: str = DEFAULT_PRIVACY_SETTINGS["organisation"]
    officer_name: str = ""
    officer_title: str = ""
    officer_email: str = ""
    officer_phone: str = ""
    officer_address: str = ""
    hosting: str = HOSTING_UNSET
    pia_reference: str = ""
    pia_date: str = ""  # ISO date of the assessment
    agreement_date: str = ""  # ISO date of the written agreement with the host
    notice_version: str = NOTICE_VERSION
    notice_fr: list[str] = field(default_factory=list)  # empty = the built-in text
    notice_en: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> PrivacySettings:
        data = dict(data or {})
        # Older stores kept the contact under the notice's keys.
        for old, new in (
            ("privacy_officer_name", "officer_name"),
            ("privacy_officer_title", "officer_title"),
            ("privacy_officer_email", "officer_email"),
            ("privacy_officer_phone", "officer_phone"),
            ("central_store_location", "hosting"),
        ):
            if old in data and new not in data:
                data[new] = data[old]
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known and v is not None}
        for key in ("notice_fr", "notice_en"):
            if key in values:
                values[key] = [str(line) for line in values[key] if str(line).strip()]
        settings = cls(**values)
        if settings.hosting not in HOSTINGS:
            settings.hosting = HOSTING_UNSET
        return settings

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def has_officer(self) -> bool:
        return bool(self.officer_name.strip() and (self.officer_email or self.officer_phone))

    def notice_settings(self) -> dict[str, str]:
        """The keys `desktop.domain.notice` and the dossiers read (placeholders until set)."""
        merged = dict(DEFAULT_PRIVACY_SETTINGS)
        merged.update(
            {
                "programme_name": self.programme_name or merged["programme_name"],
                "organisation": self.organisation or merged["organisation"],
                "central_store_location": self.hosting,
            }
        )
        for key, value in (
            ("privacy_officer_name", self.officer_name),
            ("privacy_officer_title", self.officer_title),
            ("privacy_officer_email", self.officer_email),
            ("privacy_officer_phone", self.officer_phone),
            ("privacy_officer_address", self.officer_address),
        ):
            if value.strip():
                merged[key] = value.strip()
        return merged

    def notice_context(self) -> dict[str, Any]:
        """What `notice()` needs: the contact, the hosting clause and any custom text."""
        context: dict[str, Any] = dict(self.notice_settings())
        context["notice_version"] = self.notice_version
        if self.notice_fr:
            context["notice_fr"] = list(self.notice_fr)
        if self.notice_en:
            context["notice_en"] = list(self.notice_en)
        return context


def validate_privacy_settings(s: PrivacySettings) -> list[Issue]:
    """Errors name the field and say what to do (translated by `desktop.domain.messages`)."""
    issues: list[Issue] = []
    if s.officer_email and not _EMAIL.match(s.officer_email.strip()):
        issues.append(Issue("privacy.email_invalid", "privacy.officer_email"))
    if s.hosting not in HOSTINGS:
        issues.append(Issue("privacy.hosting_invalid", "privacy.hosting"))
    for name in ("pia_date", "agreement_date"):
        value = getattr(s, name)
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                issues.append(Issue("privacy.date_invalid", f"privacy.{name}"))
    if s.hosting == HOSTING_OUTSIDE and not s.pia_reference.strip():
        issues.append(Issue("privacy.pia_required", "privacy.pia_reference", severity="warning"))
    return issues


def transfer_blocked(s: PrivacySettings) -> Issue | None:
    """C10: a bundle may go to a central store outside Québec only once a PIA is recorded."""
    if s.hosting == HOSTING_OUTSIDE and not (s.pia_reference.strip() and s.agreement_date):
        return Issue("privacy.transfer_blocked", "privacy.pia_reference")
    return None


def next_notice_version(current: str, today: date) -> str:
    """A new version label when the notice text changes: the date, then .2, .3 the same day."""
    base = today.isoformat()
    if not current.startswith(base):
        return base
    suffix = current[len(base) :].lstrip(".")
    return f"{base}.{int(suffix) + 1 if suffix.isdigit() else 2}"
