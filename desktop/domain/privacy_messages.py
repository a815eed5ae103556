"""French and English texts of the privacy operations: errors, labels of the registers' codes and
the names of their fields (so an error says which field and how to fix it)."""

from __future__ import annotations

from desktop.domain.fields import FIELD_LABELS
from desktop.domain.messages import register

MESSAGES: dict[str, tuple[str, str]] = {
    "privacy.email_invalid": (
        "adresse invalide : écrivez une adresse comme prenom.nom@exemple.ca.",
        "invalid address: type an address such as first.last@example.ca.",
    ),
    "privacy.hosting_invalid": (
        "choisissez Québec ou À l'extérieur du Québec.",
        "choose Québec or Outside Québec.",
    ),
    "privacy.date_invalid": (
        "date invalide : écrivez-la AAAA-MM-JJ.",
        "invalid date: write it YYYY-MM-DD.",
    ),
    "privacy.pia_required": (
        "obligatoire quand le magasin central est hébergé à l'extérieur du Québec : aucun paquet "
        "ne sera envoyé avant que la référence de l'ÉFVP et la date de l'entente soient inscrites.",
        "required when the central store is hosted outside Québec: no bundle will be sent until "
        "the PIA reference and the agreement date are recorded.",
    ),
    "privacy.transfer_blocked": (
        "Envoi refusé : le magasin central est hébergé à l'extérieur du Québec et aucune "
        "évaluation des facteurs relatifs à la vie privée (ÉFVP) ni entente écrite n'est inscrite. "
        "Un administrateur doit inscrire la référence de l'ÉFVP et la date de l'entente "
        "(Confidentialité → Paramètres).",
        "Sending refused: the central store is hosted outside Québec and no privacy impact "
        "assessment (PIA) or written agreement is recorded. An administrator must record the PIA "
        "reference and the agreement date (Privacy → Settings).",
    ),
    "retention.months_range": (
        "durée invalide : entre {minimum} et 1200 mois.",
        "invalid duration: between {minimum} and 1200 months.",
    ),
    "retention.action_not_allowed": (
        "cette catégorie ne peut qu'être détruite.",
        "this category can only be erased.",
    ),
    "retention.reason.prospect": (
        "Jamais admise : aucune activité depuis le {since}",
        "Never admitted: no activity since {since}",
    ),
    "retention.reason.admitted": ("Admise le {since}", "Admitted on {since}"),
    "retention.reason.consent": (
        "Consentement retiré ou refusé le {since}",
        "Consent withdrawn or refused on {since}",
    ),
    "retention.reason.access_request": (
        "Demande d'accès fermée le {since}",
        "Access request closed on {since}",
    ),
    "retention.reason.incident": ("Incident fermé le {since}", "Incident closed on {since}"),
    "retention.reason.audit": (
        "Événements du journal antérieurs au {since}",
        "Audit events before {since}",
    ),
    "retention.reason.laptop_copy": (
        "Reçu par le magasin central ; aucune modification depuis le {since}",
        "Received by the central store; unchanged since {since}",
    ),
    "access.requester_required": (
        "obligatoire : inscrivez qui fait la demande (la personne ou son représentant).",
        "required: enter who is asking (the person or their representative).",
    ),
    "access.received_future": (
        "la date de réception ne peut pas être dans le futur.",
        "the date received cannot be in the future.",
    ),
    "access.kind_invalid": ("type de demande inconnu.", "unknown kind of request."),
    "access.status_invalid": ("état inconnu.", "unknown status."),
    "access.done_date_required": (
        "obligatoire pour une demande terminée ou refusée : inscrivez la date de la réponse.",
        "required for a completed or refused request: enter the date of the answer.",
    ),
    "access.done_before_received": (
        "la date de réponse précède la date de réception.",
        "the answer date is before the date received.",
    ),
    "access.identity_not_verified": (
        "vérifiez l'identité de la personne avant de lui communiquer ses renseignements.",
        "verify the person's identity before giving them their information.",
    ),
    "access.not_found": ("Demande introuvable : {id}", "No such request: {id}"),
    "incident.description_required": (
        "obligatoire : décrivez les circonstances de l'incident.",
        "required: describe the circumstances of the incident.",
    ),
    "incident.information_required": (
        "obligatoire : indiquez les renseignements personnels visés.",
        "required: state the personal information concerned.",
    ),
    "incident.date_future": (
        "la date ne peut pas être dans le futur.",
        "the date cannot be in the future.",
    ),
    "incident.occurred_after_known": (
        "l'incident ne peut pas commencer après la date où on en a eu connaissance.",
        "the incident cannot start after the date it became known.",
    ),
    "incident.period_reversed": (
        "la fin de la période précède son début.",
        "the end of the period is before its start.",
    ),
    "incident.count_negative": ("un nombre positif ou nul.", "a number of zero or more."),
    "incident.risk_invalid": ("choisissez une évaluation du risque.", "choose a risk assessment."),
    "incident.cai_notice_due": (
        "risque de préjudice sérieux : avisez promptement la Commission d'accès à l'information "
        "et les personnes concernées, puis inscrivez les dates.",
        "risk of serious injury: promptly notify the Commission d'accès à l'information and the "
        "persons concerned, then record the dates.",
    ),
    "incident.not_found": ("Incident introuvable : {id}", "No such incident: {id}"),
    "erasure.not_found": ("Personne candidate introuvable : {id}", "No such candidate: {id}"),
    "withdrawal.not_granted": (
        "Aucun consentement accordé pour cette finalité : rien à retirer.",
        "No consent granted for this purpose: nothing to withdraw.",
    ),
    "import.erased": (
        "cette personne a été effacée (à sa demande ou selon les règles de conservation) : elle "
        "ne peut pas être importée de nouveau avec cet identifiant.",
        "this person was erased (at their request or by the retention rules): they cannot be "
        "imported again with this id.",
    ),
    "purge.laptop_unacknowledged": (
        "Pas encore reçu par le magasin central : conservé sur ce portable.",
        "Not yet received by the central store: kept on this laptop.",
    ),
}

LABELS: dict[str, tuple[str, str]] = {
    "RetentionCategory.prospect": ("Personnes non admises", "Prospects not admitted"),
    "RetentionCategory.admitted": ("Personnes admises", "Admitted candidates"),
    "RetentionCategory.placement": ("Placements en emploi", "Job placements"),
    "RetentionCategory.consent": (
        "Consentements retirés ou refusés",
        "Withdrawn or refused consents",
    ),
    "RetentionCategory.access_request": ("Demandes d'accès", "Access requests"),
    "RetentionCategory.incident": ("Incidents de confidentialité", "Confidentiality incidents"),
    "RetentionCategory.audit": ("Journal d'audit", "Audit trail"),
    "RetentionCategory.laptop_copy": (
        "Copie du portable (après accusé de réception)",
        "Laptop copy (after acknowledgement)",
    ),
    "RetentionAction.erase": ("Détruire", "Erase"),
    "RetentionAction.anonymise": ("Anonymiser", "Anonymise"),
    "AccessRequestKind.access": ("Accès (relevé)", "Access (transcript)"),
    "AccessRequestKind.portability": (
        "Portabilité (copie structurée)",
        "Portability (structured copy)",
    ),
    "AccessRequestKind.rectification": ("Rectification", "Rectification"),
    "AccessRequestKind.withdrawal": ("Retrait d'un consentement", "Consent withdrawal"),
    "AccessRequestKind.erasure": ("Destruction", "Erasure"),
    "AccessRequestStatus.received": ("Reçue", "Received"),
    "AccessRequestStatus.in_progress": ("En traitement", "In progress"),
    "AccessRequestStatus.done": ("Terminée", "Done"),
    "AccessRequestStatus.refused": ("Refusée", "Refused"),
    "RiskLevel.low": ("Pas de risque de préjudice sérieux", "No risk of serious injury"),
    "RiskLevel.serious": ("Risque de préjudice sérieux", "Risk of serious injury"),
    "RiskLevel.undetermined": ("Évaluation en cours", "Assessment in progress"),
    "Hosting.unset": ("Non précisé", "Not specified"),
    "Hosting.quebec": ("Au Québec", "In Québec"),
    "Hosting.outside_quebec": ("À l'extérieur du Québec", "Outside Québec"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "privacy.officer_email": ("Courriel de la personne responsable", "Privacy officer's e-mail"),
    "privacy.hosting": ("Hébergement du magasin central", "Central store hosting"),
    "privacy.pia_reference": ("Référence de l'ÉFVP", "PIA reference"),
    "privacy.pia_date": ("Date de l'ÉFVP", "PIA date"),
    "privacy.agreement_date": ("Date de l'entente écrite", "Written agreement date"),
    "access.requester": ("Demandeur", "Requester"),
    "access.received_on": ("Reçue le", "Received on"),
    "access.kind": ("Type de demande", "Kind of request"),
    "access.status": ("État", "Status"),
    "access.done_on": ("Date de la réponse", "Answer date"),
    "access.identity_verified": ("Identité vérifiée", "Identity verified"),
    "incident.description": ("Circonstances", "Circumstances"),
    "incident.information_concerned": ("Renseignements visés", "Information concerned"),
    "incident.known_on": ("Date de prise de connaissance", "Date known"),
    "incident.occurred_from": ("Début de l'incident", "Incident start"),
    "incident.occurred_to": ("Fin de l'incident", "Incident end"),
    "incident.persons_count": ("Nombre de personnes", "Number of persons"),
    "incident.risk_level": ("Évaluation du risque", "Risk assessment"),
    "incident.cai_notified_on": ("Avis à la CAI", "Notice to the CAI"),
}
for _category in (
    "prospect",
    "admitted",
    "placement",
    "consent",
    "access_request",
    "incident",
    "audit",
    "laptop_copy",
):
    FIELDS[f"retention.{_category}"] = LABELS[f"RetentionCategory.{_category}"]

register(MESSAGES)
FIELD_LABELS.update(FIELDS)


def code_label(kind: str, code: str | None, lang: str = "fr") -> str:
    """The label of a privacy code, e.g. `code_label("AccessRequestStatus", "done", "en")`."""
    if not code:
        return ""
    pair = LABELS.get(f"{kind}.{code}")
    if pair is None:
        return code
    return pair[1] if lang == "en" else pair[0]
