"""The privacy notice shown before any data entry (Law 25 s. 8; domain.md C1, C4, C10).

Versioned: the version shown is saved with every consent. The person in charge of personal
information (RPRP) and the hosting clause come from the programme's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOTICE_VERSION = "2026-01"

DEFAULT_PRIVACY_SETTINGS: dict[str, str] = {
    "programme_name": "Interconnexion Laval",
    "organisation": "Chambre de commerce et d'industrie de Laval",
    "privacy_officer_name": "Responsable de la protection des renseignements personnels",
    "privacy_officer_title": "Chambre de commerce et d'industrie de Laval",
    "privacy_officer_email": "confidentialite@exemple.ca",
    "privacy_officer_phone": "450 555-0100",
    "central_store_location": "quebec",
}


@dataclass(frozen=True)
class Notice:
    version: str
    title: str
    summary: list[str]
    contact: str


def _contact(s: dict[str, Any], lang: str) -> str:
    parts = [
        str(s[k])
        for k in ("privacy_officer_email", "privacy_officer_phone", "privacy_officer_address")
        if s.get(k)
    ]
    lead = "Questions or requests: " if lang == "en" else "Questions ou demandes : "
    return f"{lead}{s['privacy_officer_name']}, {s['privacy_officer_title']} — " + ", ".join(parts)


def notice(lang: str = "fr", settings: dict[str, Any] | None = None) -> Notice:
    """The notice in `lang`; an admin's own text (`notice_fr`/`notice_en`) replaces the summary.

    The version is the programme's notice version (`notice_version`, changed whenever the text
    changes) followed by the language, and is saved with every consent given under it.
    """
    s: dict[str, Any] = {**DEFAULT_PRIVACY_SETTINGS, **(settings or {})}
    outside = s.get("central_store_location") == "outside_quebec"
    version = str(s.get("notice_version") or NOTICE_VERSION)
    custom = s.get("notice_en" if lang == "en" else "notice_fr")
    if custom:
        return Notice(
            f"{version}-{'en' if lang == 'en' else 'fr'}",
            "How we protect your personal information"
            if lang == "en"
            else "Comment nous protégeons vos renseignements personnels",
            [str(line) for line in custom],
            _contact(s, lang),
        )
    if lang == "en":
        summary = [
            f"{s['organisation']} collects your information to admit you to the {s['programme_name']} "
            "programme and to help you find a job in your field.",
            "We ask only what is needed. Questions marked optional may be left blank.",
            "You choose, purpose by purpose, whether we may share your profile with partner companies, "
            "Services Québec or other partners. Refusing never prevents your registration.",
            "You may see, correct or get a copy of your information, and withdraw a consent at any time.",
            "Programme staff only have access to it, and it is kept only as long as the programme needs it.",
        ]
        if outside:
            summary.append(
                "Your information may be stored outside Québec, under a written agreement."
            )
        return Notice(
            f"{version}-en", "How we protect your personal information", summary, _contact(s, lang)
        )
    summary = [
        f"La {s['organisation']} recueille vos renseignements pour vous admettre au programme "
        f"{s['programme_name']} et vous aider à trouver un emploi dans votre domaine.",
        "Nous demandons seulement ce qui est nécessaire. Les questions « facultatif » peuvent rester vides.",
        "Vous choisissez, une finalité à la fois, si nous pouvons transmettre votre profil aux entreprises "
        "partenaires, à Services Québec ou à d'autres partenaires. Refuser n'empêche jamais l'inscription.",
        "Vous pouvez consulter, corriger ou obtenir une copie de vos renseignements et retirer un "
        "consentement en tout temps.",
        "Seul le personnel du programme y a accès, et ils ne sont conservés que le temps nécessaire.",
    ]
    if outside:
        summary.append(
            "Vos renseignements peuvent être conservés à l'extérieur du Québec, selon une entente écrite."
        )
    return Notice(
        f"{version}-fr",
        "Comment nous protégeons vos renseignements personnels",
        summary,
        _contact(s, lang),
    )
