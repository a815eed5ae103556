"""French and English labels of the candidate fields, as staff see them on screens and in errors."""

from __future__ import annotations

import re

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "id": ("Identifiant", "Identifier"),
    "given_names": ("Prénom(s)", "Given name(s)"),
    "family_name": ("Nom de famille", "Family name"),
    "name": ("Nom", "Name"),
    "preferred_name": ("Nom d'usage", "Preferred name"),
    "name_original_script": ("Nom dans l'écriture d'origine", "Name in original script"),
    "date_of_birth": ("Date de naissance", "Date of birth"),
    "gender": ("Genre", "Gender"),
    "email": ("Courriel", "Email"),
    "phone": ("Téléphone", "Phone"),
    "contact": ("Courriel ou téléphone", "Email or phone"),
    "address": ("Adresse", "Address"),
    "address.street": ("Rue", "Street"),
    "address.unit": ("Appartement", "Unit"),
    "address.city": ("Ville", "City"),
    "address.province": ("Province", "Province"),
    "address.postal_code": ("Code postal", "Postal code"),
    "preferred_language": ("Langue officielle de préférence", "Preferred official language"),
    "languages_spoken": ("Langues parlées", "Languages spoken"),
    "country_of_birth": ("Pays de naissance", "Country of birth"),
    "citizenships": ("Citoyenneté(s)", "Citizenship(s)"),
    "arrival_date_canada": ("Date d'arrivée au Canada", "Date of arrival in Canada"),
    "immigration_status": ("Statut au Canada", "Status in Canada"),
    "work_authorization": ("Autorisation de travailler", "Authorised to work"),
    "permit_expiry": ("Expiration du permis", "Permit expiry"),
    "employment_status": ("Situation d'emploi actuelle", "Current employment status"),
    "diplomas": ("Diplômes", "Diplomas"),
    "diplomas.title": ("Diplôme", "Credential"),
    "diplomas.field_of_study": ("Domaine d'études", "Field of study"),
    "diplomas.level": ("Niveau (repère québécois)", "Level (Quebec benchmark)"),
    "diplomas.country": ("Pays d'obtention", "Country obtained"),
    "diplomas.province": ("Province d'obtention", "Province obtained"),
    "diplomas.year_obtained": ("Année d'obtention", "Year obtained"),
    "diplomas.completed": ("Diplôme obtenu", "Completed"),
    "diplomas.comparative_evaluation": (
        "Évaluation comparative du MIFI",
        "MIFI comparative evaluation",
    ),
    "regulations": ("Ordres professionnels", "Professional orders"),
    "regulations.regulator": ("Ordre ou organisme", "Order or regulator"),
    "regulations.recognition_status": ("État de la démarche", "Recognition status"),
    "experiences": ("Expériences de travail", "Work experience"),
    "experiences.job_title": ("Titre du poste", "Job title"),
    "experiences.employer_name": ("Employeur", "Employer"),
    "experiences.noc_code": ("Code CNP", "NOC code"),
    "experiences.country": ("Pays", "Country"),
    "experiences.province": ("Province", "Province"),
    "experiences.start": ("Début", "Start"),
    "experiences.end": ("Fin", "End"),
    "experiences.hours_per_week": ("Heures par semaine", "Hours per week"),
    "experiences.in_field": ("Dans le domaine", "In field"),
    "experiences.employment_type": ("Type d'emploi", "Employment type"),
    "target_occupations": ("Professions visées", "Target occupations"),
    "target_occupations.noc_code": ("Profession visée (CNP)", "Target occupation (NOC)"),
    "target_occupations.free_text": (
        "Profession visée (en vos mots)",
        "Target occupation (own words)",
    ),
    "language_levels": ("Niveaux de langue", "Language levels"),
    "language_levels.language": ("Langue", "Language"),
    "language_levels.skill": ("Compétence", "Skill"),
    "language_levels.level": ("Niveau", "Level"),
    "language_levels.stage": ("Stade", "Stage"),
    "language_levels.scale": ("Échelle", "Scale"),
    "language_levels.source": ("Source", "Source"),
    "available_from": ("Disponible à partir du", "Available from"),
    "work_regime": ("Régime souhaité", "Desired schedule"),
    "driving_licences": ("Permis de conduire", "Driver's licences"),
    "consents": ("Consentements", "Consents"),
    "consents.purpose": ("Finalité du consentement", "Consent purpose"),
    "consents.granted": ("Consentement donné", "Consent granted"),
    "consents.granted_at": ("Date du consentement", "Consent date"),
    "consents.method": ("Mode de consentement", "Consent method"),
    "referral_source": ("Comment avez-vous connu le programme?", "How did you hear about us?"),
    "event": ("Événement", "Event"),
    "event.code": ("Code de l'événement", "Event code"),
    "notes": ("Notes", "Notes"),
    "created_at": ("Créé le", "Created"),
    "updated_at": ("Modifié le", "Updated"),
    "line": ("Ligne", "Line"),
    "file": ("Fichier", "File"),
}

_INDEX = re.compile(r"\[(\d+)\]")


def field_label(path: str, lang: str = "fr") -> str:
    """Label of a field path such as `diplomas[1].level` → « Niveau (repère québécois) (diplôme 2) »."""
    indices = _INDEX.findall(path)
    generic = _INDEX.sub("", path)
    pair = FIELD_LABELS.get(generic) or FIELD_LABELS.get(generic.split(".")[0])
    text = pair[1 if lang == "en" else 0] if pair else path
    if indices:
        text += f" (n° {int(indices[0]) + 1})" if lang != "en" else f" (#{int(indices[0]) + 1})"
    return text
