"""French and English sentences of the coordinator workspace: field labels, errors, match reasons.

Registered on import with `desktop.domain.messages.register` and `desktop.domain.fields`, so that
`issue_text` names the field (« Numéro d'entreprise (NEQ) : … ») and says how to fix it.
"""

from __future__ import annotations

from desktop.domain.fields import FIELD_LABELS
from desktop.domain.messages import register

WORKSPACE_FIELDS: dict[str, tuple[str, str]] = {
    "employer.legal_name": ("Raison sociale", "Legal name"),
    "employer.neq": ("Numéro d'entreprise du Québec (NEQ)", "Quebec enterprise number (NEQ)"),
    "employer.sector": ("Secteur d'activité (SCIAN)", "Industry sector (NAICS)"),
    "employer.size": ("Taille de l'entreprise", "Company size"),
    "employer.address": ("Adresse", "Address"),
    "employer.city": ("Ville", "City"),
    "employer.postal_code": ("Code postal", "Postal code"),
    "employer.website": ("Site Web", "Website"),
    "employer.hr_support": ("Soutien en gestion des RH", "HR management support"),
    "employer.diversity_training_on": (
        "Formation sur la diversité (date)",
        "Diversity training (date)",
    ),
    "employer.supported_since": ("Entreprise accompagnée depuis", "Company supported since"),
    "contacts.name": ("Nom de la personne-ressource", "Contact name"),
    "contacts.email": ("Courriel de la personne-ressource", "Contact email"),
    "contacts.phone": ("Téléphone de la personne-ressource", "Contact phone"),
    "opening.employer_id": ("Entreprise", "Company"),
    "opening.title": ("Titre du poste", "Job title"),
    "opening.noc_code": ("Profession (CNP)", "Occupation (NOC)"),
    "opening.education_level": ("Scolarité exigée", "Education required"),
    "opening.french_level_required": ("Français exigé", "French required"),
    "opening.english_level_required": ("Anglais exigé", "English required"),
    "opening.non_french_justification": (
        "Justification de l'exigence d'une autre langue que le français",
        "Justification for requiring a language other than French",
    ),
    "opening.hours_per_week": ("Heures par semaine", "Hours per week"),
    "opening.hourly_wage": ("Salaire horaire", "Hourly wage"),
    "opening.status": ("État du poste", "Opening status"),
    "opening.closes_on": ("Date de fermeture", "Closing date"),
    "introduction.candidate_id": ("Personne candidate", "Candidate"),
    "introduction.employer_id": ("Entreprise", "Company"),
    "introduction.opening_id": ("Poste", "Opening"),
    "introduction.introduced_on": ("Date de présentation", "Introduction date"),
    "introduction.dossier_variant": ("Dossier transmis", "Dossier sent"),
    "introduction.outcome": ("Résultat", "Outcome"),
    "introduction.outcome_on": ("Date du résultat", "Outcome date"),
    "introduction.decline_reason": ("Motif du refus", "Reason declined"),
    "placement.candidate_id": ("Personne candidate", "Candidate"),
    "placement.employer_id": ("Entreprise", "Company"),
    "placement.job_title": ("Titre du poste", "Job title"),
    "placement.noc_code": ("Profession (CNP)", "Occupation (NOC)"),
    "placement.start_date": ("Date d'entrée en fonction", "Start date"),
    "placement.end_date": ("Date de fin d'emploi", "Employment end date"),
    "placement.hours_per_week": ("Heures par semaine", "Hours per week"),
    "placement.hourly_wage": ("Salaire horaire", "Hourly wage"),
    "subsidy.programme": ("Programme", "Programme"),
    "subsidy.status": ("État du dossier", "File status"),
    "subsidy.planned_weeks": ("Durée prévue (semaines)", "Planned duration (weeks)"),
    "subsidy.support_measures": ("Mesures de soutien", "Support measures"),
    "subsidy.decided_on": ("Date de la décision", "Decision date"),
    "subsidy.start_date": ("Date d'entrée en fonction", "Start date"),
    "followup.done_on": ("Date du suivi", "Follow-up date"),
    "followup.still_employed": ("Toujours en emploi", "Still employed"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "workspace.required": (
        "Ce champ est obligatoire : remplissez-le.",
        "This field is required: fill it in.",
    ),
    "workspace.neq_invalid": (
        "« {value} » n'est pas un NEQ valide : il compte 10 chiffres (par exemple 1143123456).",
        "“{value}” is not a valid NEQ: it has 10 digits (for example 1143123456).",
    ),
    "workspace.neq_taken": (
        "Ce NEQ est déjà celui d'une autre entreprise : ouvrez la fiche existante.",
        "This NEQ already belongs to another company: open the existing record.",
    ),
    "workspace.website_invalid": (
        "« {value} » n'est pas une adresse Web : inscrivez par exemple www.exemple.ca.",
        "“{value}” is not a web address: enter, for example, www.example.ca.",
    ),
    "workspace.wage_positive": (
        "Le salaire horaire doit être supérieur à 0 $ : inscrivez par exemple 24,50.",
        "The hourly wage must be more than $0: enter, for example, 24.50.",
    ),
    "workspace.wage_invalid": (
        "« {value} » n'est pas un montant : inscrivez par exemple 24,50.",
        "“{value}” is not an amount: enter, for example, 24.50.",
    ),
    "workspace.hours_range": (
        "Le nombre d'heures doit être entre {min} et {max} par semaine.",
        "Hours must be between {min} and {max} per week.",
    ),
    "workspace.hours_invalid": (
        "« {value} » n'est pas un nombre d'heures : inscrivez par exemple 37,5.",
        "“{value}” is not a number of hours: enter, for example, 37.5.",
    ),
    "workspace.justification_required": (
        "Exiger une autre langue que le français doit être justifié (Charte de la langue "
        "française, art. 46) : expliquez pourquoi le poste l'exige.",
        "Requiring a language other than French must be justified (Charter of the French "
        "language, s. 46): explain why the job requires it.",
    ),
    "workspace.date_order": (
        "Cette date précède la date de début ({start}) : vérifiez-la.",
        "This date is before the start date ({start}): check it.",
    ),
    "workspace.weeks_range": (
        "La durée prévue doit être entre 1 et {max} semaines.",
        "The planned duration must be between 1 and {max} weeks.",
    ),
    "workspace.decline_reason_required": (
        "Choisissez le motif du refus.",
        "Choose the reason it was declined.",
    ),
    "workspace.status_transition": (
        "Le dossier ne peut pas passer directement de son état actuel à celui choisi : suivez "
        "les étapes Préparé → Déposé → Accepté ou Refusé → Terminé.",
        "The file cannot move directly from its current status to the one chosen: follow the "
        "steps Drafted → Submitted → Approved or Refused → Completed.",
    ),
    "workspace.no_minimum_wage": (
        "Aucun salaire minimum n'est connu à la date d'entrée en fonction ({value}) : "
        "vérifiez la date.",
        "No minimum wage is known on the start date ({value}): check the date.",
    ),
    "workspace.not_found": (
        "Cette fiche n'existe plus (elle a peut-être été supprimée) : actualisez la liste.",
        "This record no longer exists (it may have been deleted): refresh the list.",
    ),
    "workspace.has_placements": (
        "Cette entreprise a des embauches enregistrées : elle ne peut pas être supprimée.",
        "This company has recorded hires: it cannot be deleted.",
    ),
    "workspace.candidate_not_shareable": (
        "La personne {reference} n'a pas consenti à la transmission de son profil aux "
        "entreprises (ou a retiré ce consentement) : elle ne peut pas être présentée.",
        "Candidate {reference} has not consented to their profile being sent to companies "
        "(or withdrew that consent): they cannot be introduced.",
    ),
    # Match reasons: one sentence each, shown under a suggestion.
    "match.noc_unit": (
        "Même profession (CNP {noc}) qu'{source}.",
        "Same occupation (NOC {noc}) as {source}.",
    ),
    "match.noc_minor": (
        "Profession voisine : même groupe intermédiaire (CNP {prefix}…) qu'{source}.",
        "Related occupation: same minor group (NOC {prefix}…) as {source}.",
    ),
    "match.noc_major": (
        "Même grand groupe professionnel (CNP {prefix}…) qu'{source}.",
        "Same major occupational group (NOC {prefix}…) as {source}.",
    ),
    "match.noc_none": (
        "Aucune profession visée ni expérience proche de la CNP {noc}.",
        "No target occupation or experience close to NOC {noc}.",
    ),
    "match.source_target": ("une profession visée", "a target occupation"),
    "match.source_experience": ("une expérience", "an experience"),
    "match.education_ok": (
        "Scolarité suffisante : {level}.",
        "Education meets the requirement: {level}.",
    ),
    "match.education_below": (
        "Scolarité inférieure à l'exigence ({required}).",
        "Education below the requirement ({required}).",
    ),
    "match.education_unknown": (
        "Scolarité à vérifier (exigence : {required}).",
        "Education to check (required: {required}).",
    ),
    "match.language_ok": (
        "{language} : niveau {level}, exigence {required} respectée.",
        "{language}: {level} level, {required} requirement met.",
    ),
    "match.language_below": (
        "{language} : niveau {level}, inférieur à l'exigence ({required}).",
        "{language}: {level} level, below the requirement ({required}).",
    ),
    "match.language_unknown": (
        "{language} : niveau inconnu (exigence : {required}).",
        "{language}: level unknown (required: {required}).",
    ),
    "match.available_now": ("Disponible dès maintenant.", "Available now."),
    "match.available_later": ("Disponible à partir du {date}.", "Available from {date}."),
    "match.licence_ok": ("Permis de conduire valide.", "Holds a driver's licence."),
    "match.licence_missing": (
        "Permis de conduire exigé, aucun inscrit au profil.",
        "Driver's licence required; none in the profile.",
    ),
    "match.blocked_consent": (
        "Aucune suggestion : la personne n'a pas consenti à la transmission de son profil aux "
        "entreprises (ou a retiré ce consentement).",
        "No suggestions: the candidate has not consented to their profile being sent to "
        "companies (or withdrew that consent).",
    ),
    "match.blocked_not_admitted": (
        "Aucune suggestion : l'admissibilité de la personne n'a pas été décidée « admise ».",
        "No suggestions: the candidate's eligibility has not been decided “admitted”.",
    ),
    "match.already_introduced": (
        "Déjà présentée à cette entreprise le {date}.",
        "Already introduced to this company on {date}.",
    ),
}

register(MESSAGES)
FIELD_LABELS.update(WORKSPACE_FIELDS)
