"""The dossiers' own words (titles, headings, footers) in French and English.

Field names come from `desktop.domain.fields`, enumeration labels from `desktop.domain.enums`;
this table holds only what exists on paper. French follows Quebec typography: the no-break
spaces before « : » and inside « » are written out (U+00A0).
"""

from __future__ import annotations

from desktop.domain.messages import french_typography

_NB = "\u00a0"

TEXTS: dict[str, tuple[str, str]] = {
    "title.full": ("Dossier de la personne candidate", "Candidate dossier"),
    "title.anonymized": (
        "Profil anonymisé de la personne candidate",
        "Anonymized candidate profile",
    ),
    "title.candidate": ("Copie de vos renseignements", "Copy of your information"),
    "subtitle.full": ("Usage interne — coordination", "Internal use — coordination"),
    "subtitle.anonymized": (
        "Pour les entreprises partenaires, avant l'entrevue",
        "For partner companies, before the interview",
    ),
    "subtitle.candidate": (
        "Ce que vous nous avez transmis et vos consentements",
        "What you gave us and your consents",
    ),
    "confidential": ("Confidentiel", "Confidential"),
    "printed": (f"Imprimé le{_NB}{{date}}", "Printed {date}"),
    "page": (f"Page{_NB}{{page}} de{_NB}{{total}}", "Page {page} of {total}"),
    "reference": ("Référence", "Reference"),
    "toc.title": ("Table des matières", "Contents"),
    "toc.count": ("{count} dossiers", "{count} dossiers"),
    "toc.page": ("Page", "Page"),
    "toc.candidate": ("Personne candidate", "Candidate"),
    "section.identity": ("Identité", "Identity"),
    "section.contact": ("Coordonnées", "Contact"),
    "section.immigration": ("Statut et parcours d'immigration", "Immigration profile"),
    "section.employment": ("Situation d'emploi", "Employment"),
    "section.occupations": ("Professions visées", "Target occupations"),
    "section.diplomas": ("Scolarité", "Education"),
    "section.regulations": ("Ordres professionnels", "Professional orders"),
    "section.experiences": ("Expérience de travail", "Work experience"),
    "section.languages": ("Langues", "Languages"),
    "section.availability": ("Disponibilité et permis de conduire", "Availability and licences"),
    "section.consents": ("Consentements", "Consents"),
    "section.eligibility": ("Admissibilité", "Eligibility"),
    "section.intake": ("Accueil", "Intake"),
    "section.notes": ("Notes", "Notes"),
    "section.privacy": ("Vos droits et la personne responsable", "Your rights and who to contact"),
    "none": ("Aucun renseignement", "No information"),
    "yes": ("Oui", "Yes"),
    "no": ("Non", "No"),
    "unknown": ("Inconnu", "Unknown"),
    "ongoing": ("en cours", "ongoing"),
    "immediately": ("Immédiatement", "Immediately"),
    "hours": (f"{{hours}}{_NB}h/sem.", "{hours} h/week"),
    "months": (f"{{count}}{_NB}mois", "{count} months"),
    "experience.total": (
        f"Expérience déclarée dans le domaine{_NB}: {{months}}",
        "Declared in-field experience: {months}",
    ),
    "noc.unknown": ("titre inconnu dans la CNP 2021", "title not found in NOC 2021"),
    "diploma.year": ("Année", "Year"),
    "diploma.not_completed": ("non terminé", "not completed"),
    "consent.granted": ("Accordé", "Granted"),
    "consent.refused": ("Refusé", "Refused"),
    "consent.withdrawn": (f"Retiré le{_NB}{{date}}", "Withdrawn {date}"),
    "consent.date": ("Date", "Date"),
    "consent.method": ("Mode", "Method"),
    "consent.notice": ("Avis", "Notice"),
    "consent.status": ("Réponse", "Answer"),
    "consent.purpose": ("Finalité", "Purpose"),
    "eligibility.suggested": ("Suggestion des règles", "Rules suggest"),
    "eligibility.rule_set": ("Version des règles", "Rule set"),
    "eligibility.decision": ("Décision du personnel", "Staff decision"),
    "eligibility.pending": ("Aucune décision", "No decision yet"),
    "eligibility.decided": (
        f"{{decision}} — par {{who}}, le{_NB}{{date}}",
        "{decision} — by {who}, {date}",
    ),
    "eligibility.comment": ("Commentaire", "Comment"),
    "eligibility.rule": ("Règle", "Rule"),
    "eligibility.result": ("Résultat", "Result"),
    "eligibility.reason": ("Motif", "Reason"),
    "eligibility.none": ("Pas encore évaluée", "Not assessed yet"),
    "intake.created": ("Inscrit le", "Registered"),
    "intake.updated": ("Dernière modification", "Last changed"),
    "intake.self_entered": ("Saisi par la personne elle-même", "Entered by the person"),
    "intake.referral": ("Source de référence", "Referral source"),
    "language.level": ("Niveau", "Level"),
    "anonymized.note": (
        "Profil transmis avec le consentement de la personne. Les renseignements qui permettent "
        "de l'identifier (nom, coordonnées, âge, genre, origine, statut) sont omis pour réduire "
        "les biais. Citez la référence pour demander une entrevue.",
        "Profile shared with the person's consent. Information that identifies them (name, "
        "contact, age, gender, origin, status) is left out to reduce bias. Quote the reference "
        "to request an interview.",
    ),
    "candidate.intro": (
        "Voici les renseignements que vous nous avez donnés et les choix que vous avez faits. "
        "Si quelque chose est inexact, dites-le-nous : nous le corrigerons.",
        "Here is the information you gave us and the choices you made. If anything is wrong, "
        "tell us: we will correct it.",
    ),
    "privacy.withdraw": (
        "Vous pouvez retirer un consentement en tout temps, sans effet sur votre inscription : "
        "écrivez ou téléphonez à la personne ci-dessous, ou dites-le à un membre du personnel. "
        "Le retrait vaut pour l'avenir.",
        "You may withdraw a consent at any time without affecting your registration: write to "
        "or call the person below, or tell a staff member. Withdrawal applies from then on.",
    ),
    "privacy.rights": (
        "Vous pouvez aussi consulter vos renseignements, en obtenir une copie ou les faire "
        "corriger (Loi sur la protection des renseignements personnels dans le secteur privé).",
        "You may also see your information, get a copy of it or have it corrected (Quebec Act "
        "respecting the protection of personal information in the private sector).",
    ),
    "privacy.contact": ("Personne responsable", "Person in charge"),
    "privacy.programme": ("Programme", "Programme"),
}


def text(key: str, lang: str = "fr", **params: object) -> str:
    """The dossier text `key` in French (default) or English, with `params` filled in."""
    pair = TEXTS[key]
    template = pair[1] if lang == "en" else pair[0]
    filled = template.format(**params) if params else template
    return filled if lang == "en" else french_typography(filled)
