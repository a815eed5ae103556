"""French and English texts of the eligibility (R1–R4) and PRIIME (P1–P4) reason codes.

Templates use `str.format` placeholders filled by `desktop.domain.eligibility.reason_text`, which
turns codes (levels, statuses) into labels and numbers into the reader's format. French follows
Quebec typography: inclusive writing, no-break space (U+00A0) before « : » and inside guillemets
and between a number and its unit, narrow no-break space (U+202F) before « ; ! ? ». Codes are
stored with every assessment: never rename one, add a new one instead.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # R1 — newcomer
    "r1.born_in_canada": (
        "Né·e au Canada\u00a0: le critère «\u00a0nouvel·le arrivant·e\u00a0» est à vérifier par le personnel.",
        "Born in Canada: the newcomer criterion must be checked by staff.",
    ),
    "r1.arrival_missing": (
        "Date d'arrivée au Canada manquante\u00a0: inscrivez-la pour vérifier le critère des {years}\u00a0ans.",
        "Arrival date in Canada missing: enter it to check the {years}-year criterion.",
    ),
    "r1.arrival_invalid": (
        "Date d'arrivée «\u00a0{value}\u00a0» illisible\u00a0: inscrivez AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu.",
        "Arrival date “{value}” cannot be read: enter YYYY-MM-DD, or YYYY-MM if only the month is known.",
    ),
    "r1.arrival_future": (
        "Date d'arrivée future ({arrival}, après l'inscription du {intake})\u00a0: vérifiez l'année.",
        "Arrival date in the future ({arrival}, after the intake on {intake}): check the year.",
    ),
    "r1.under_5_years": (
        "Au Canada depuis moins de {years}\u00a0ans\u00a0: arrivée {arrival}, les {years}\u00a0ans seront atteints le {limit}.",
        "In Canada for less than {years} years: arrived {arrival}; {years} years will be reached on {limit}.",
    ),
    "r1.five_years_or_more": (
        "Au Canada depuis {years}\u00a0ans ou plus\u00a0: arrivée {arrival}, les {years}\u00a0ans ont été atteints le {limit}.",
        "In Canada for {years} years or more: arrived {arrival}; {years} years were reached on {limit}.",
    ),
    "note.month_precision": (
        "Seul le mois d'arrivée est connu\u00a0: le dernier jour du mois a été retenu (bénéfice du doute).",
        "Only the month of arrival is known: the last day of that month was used (benefit of the doubt).",
    ),
    # R2 — diploma
    "r2.accepted_abroad": (
        "Diplôme admissible obtenu à l'étranger\u00a0: {level}.",
        "Eligible diploma obtained abroad: {level}.",
    ),
    "r2.accepted_quebec": (
        "Diplôme admissible obtenu au Québec\u00a0: {level}.",
        "Eligible diploma obtained in Quebec: {level}.",
    ),
    "r2.accepted_other_province": (
        "Diplôme admissible obtenu dans une autre province\u00a0: {level}.",
        "Eligible diploma obtained in another province: {level}.",
    ),
    "r2.other_province": (
        "Diplôme obtenu dans une autre province canadienne\u00a0: son admissibilité est à vérifier.",
        "Diploma obtained in another Canadian province: its eligibility must be checked.",
    ),
    "r2.origin_unknown": (
        "Pays ou province du diplôme non précisé\u00a0: inscrivez-le pour confirmer l'admissibilité.",
        "Country or province of the diploma not given: enter it to confirm eligibility.",
    ),
    "r2.level_unknown": (
        "Niveau d'un diplôme non précisé ou non reconnu\u00a0: inscrivez-le (minimum requis\u00a0: «\u00a0{min_level}\u00a0»).",
        "Level of a diploma missing or not recognised: enter it (minimum required: “{min_level}”).",
    ),
    "r2.in_progress": (
        "Diplôme en cours\u00a0: admissibilité à confirmer à l'obtention du diplôme (minimum requis\u00a0: «\u00a0{min_level}\u00a0»).",
        "Diploma in progress: eligibility to be confirmed once obtained (minimum required: “{min_level}”).",
    ),
    "r2.no_eligible_diploma": (
        "Aucun diplôme admissible\u00a0: il faut un diplôme terminé de niveau «\u00a0{min_level}\u00a0» ou plus, obtenu à l'étranger ou au Québec.",
        "No eligible diploma: a completed diploma at level “{min_level}” or higher, obtained abroad or in Quebec, is required.",
    ),
    # R3 — Quebec experience in field
    "r3.under_limit": (
        "Expérience au Québec dans le domaine\u00a0: {months}\u00a0mois, soit moins de {limit}\u00a0mois.",
        "Quebec experience in the field: {months} months, less than {limit} months.",
    ),
    "r3.limit_reached": (
        "Expérience au Québec dans le domaine\u00a0: {months}\u00a0mois, soit {limit}\u00a0mois ou plus.",
        "Quebec experience in the field: {months} months, that is {limit} months or more.",
    ),
    "r3.in_field_unknown": (
        "Domaine à confirmer\u00a0: précisez si l'expérience «\u00a0{job}\u00a0» au Québec est dans le domaine ({count} à préciser).",
        "In-field to confirm: say whether the Quebec experience “{job}” is in the person's field ({count} to confirm).",
    ),
    "r3.location_unknown": (
        "Lieu de l'expérience «\u00a0{job}\u00a0» non précisé\u00a0: indiquez le pays et la province.",
        "Location of the experience “{job}” not given: enter the country and province.",
    ),
    "r3.dates_invalid": (
        "Dates de l'expérience «\u00a0{job}\u00a0» manquantes ou illisibles ({value})\u00a0: inscrivez AAAA-MM-JJ ou AAAA-MM.",
        "Dates of the experience “{job}” missing or unreadable ({value}): enter YYYY-MM-DD or YYYY-MM.",
    ),
    "r3.hours_missing": (
        "Heures par semaine manquantes pour l'expérience «\u00a0{job}\u00a0»\u00a0: elles sont requises pour la pondération en équivalent temps plein.",
        "Hours per week missing for the experience “{job}”: they are needed for full-time-equivalent weighting.",
    ),
    "note.fte_weighting": (
        "(Durée pondérée en équivalent temps plein.)",
        "(Duration weighted as full-time equivalent.)",
    ),
    # R4 — authorised to work
    "r4.not_required": (
        "Autorisation de travail non exigée par ces règles.",
        "Work authorization not required by these rules.",
    ),
    "r4.permanent_status": (
        "Autorisé·e à travailler, statut «\u00a0{status}\u00a0».",
        "Authorized to work, status “{status}”.",
    ),
    "r4.permit_valid": (
        "Autorisé·e à travailler, statut «\u00a0{status}\u00a0», permis valide jusqu'au {expiry}.",
        "Authorized to work, status “{status}”, permit valid until {expiry}.",
    ),
    "r4.permit_no_expiry": (
        "Autorisé·e à travailler, statut «\u00a0{status}\u00a0»\u202f; date d'expiration du permis non inscrite, à vérifier.",
        "Authorized to work, status “{status}”; permit expiry date not entered, to be checked.",
    ),
    "r4.permit_expired": (
        "Permis expiré le {expiry}\u00a0: placement en emploi impossible pour l'instant (garder comme prospect si la personne y consent).",
        "Permit expired on {expiry}: no job placement for now (keep as a prospect if the person consents).",
    ),
    "r4.not_authorized": (
        "Pas d'autorisation de travail\u00a0: placement en emploi impossible pour l'instant (garder comme prospect si la personne y consent).",
        "Not authorized to work: no job placement for now (keep as a prospect if the person consents).",
    ),
    "r4.authorization_pending": (
        "Autorisation de travail en attente\u00a0: à vérifier avant tout placement.",
        "Work authorization pending: to be checked before any placement.",
    ),
    "r4.authorization_invalid": (
        "Autorisation de travail «\u00a0{value}\u00a0» non reconnue\u00a0: choisissez une valeur de la liste.",
        "Work authorization “{value}” not recognised: choose a value from the list.",
    ),
    "r4.status_missing": (
        "Statut d'immigration manquant\u00a0: inscrivez-le pour vérifier l'autorisation de travail.",
        "Immigration status missing: enter it to check the work authorization.",
    ),
    "r4.status_unknown": (
        "Statut d'immigration inconnu\u00a0: l'autorisation de travail est à vérifier.",
        "Immigration status unknown: the work authorization must be checked.",
    ),
    "r4.status_other": (
        "Statut «\u00a0{status}\u00a0»\u00a0: l'autorisation de travail est à vérifier sur pièces.",
        "Status “{status}”: the work authorization must be checked against documents.",
    ),
    "r4.status_invalid": (
        "Statut d'immigration «\u00a0{value}\u00a0» non reconnu\u00a0: choisissez une valeur de la liste.",
        "Immigration status “{value}” not recognised: choose a value from the list.",
    ),
    "r4.expiry_invalid": (
        "Date d'expiration du permis «\u00a0{value}\u00a0» illisible\u00a0: inscrivez AAAA-MM-JJ.",
        "Permit expiry date “{value}” cannot be read: enter YYYY-MM-DD.",
    ),
    "rule.error": (
        "Vérification automatique impossible pour la règle {rule}\u00a0: à vérifier par le personnel.",
        "Automatic check impossible for rule {rule}: to be checked by staff.",
    ),
    # PRIIME P1 — immigrant (or visible minority)
    "p1.born_abroad": (
        "Immigrant·e (né·e hors du Canada).",
        "Immigrant (born outside Canada).",
    ),
    "p1.born_in_canada": (
        "Né·e au Canada\u00a0: admissible seulement comme membre d'une minorité visible, à confirmer par Services Québec.",
        "Born in Canada: eligible only as a member of a visible minority, to be confirmed by Services Québec.",
    ),
    "p1.birth_country_missing": (
        "Pays de naissance manquant\u00a0: inscrivez-le pour le pré-tri PRIIME.",
        "Country of birth missing: enter it for the PRIIME pre-screen.",
    ),
    # P2 — unemployed or underemployed
    "p2.unemployed": ("Personne sans emploi.", "Unemployed."),
    "p2.underemployed": (
        "Personne en sous-emploi (en emploi hors de son domaine).",
        "Underemployed (employed outside the person's field).",
    ),
    "p2.eligible_status": (
        "Situation «\u00a0{employment_status}\u00a0» retenue pour le PRIIME.",
        "Situation “{employment_status}” accepted for PRIIME.",
    ),
    "p2.employed_in_field": (
        "Déjà en emploi dans son domaine\u00a0: le PRIIME vise un premier emploi dans le domaine.",
        "Already employed in the field: PRIIME aims at a first job in the field.",
    ),
    "p2.to_confirm": (
        "Situation «\u00a0{employment_status}\u00a0»\u00a0: sans emploi au sens du PRIIME\u202f? À confirmer.",
        "Situation “{employment_status}”: unemployed in the PRIIME sense? To be confirmed.",
    ),
    "p2.status_missing": (
        "Situation d'emploi manquante\u00a0: inscrivez-la pour le pré-tri PRIIME.",
        "Employment status missing: enter it for the PRIIME pre-screen.",
    ),
    "p2.status_invalid": (
        "Situation d'emploi «\u00a0{value}\u00a0» non reconnue\u00a0: choisissez une valeur de la liste.",
        "Employment status “{value}” not recognised: choose a value from the list.",
    ),
    # P3 — no significant North-American experience in the field
    "p3.under_threshold": (
        "Expérience nord-américaine dans le domaine\u00a0: {months}\u00a0mois, sous le seuil de {threshold}\u00a0mois (seuil à confirmer).",
        "North-American experience in the field: {months} months, under the {threshold}-month threshold (threshold to confirm).",
    ),
    "p3.threshold_reached": (
        "Expérience nord-américaine dans le domaine\u00a0: {months}\u00a0mois, soit {threshold}\u00a0mois ou plus (seuil à confirmer).",
        "North-American experience in the field: {months} months, {threshold} months or more (threshold to confirm).",
    ),
    "p3.in_field_unknown": (
        "Domaine à confirmer\u00a0: précisez si l'expérience «\u00a0{job}\u00a0» au Canada ou aux États-Unis est dans le domaine ({count} à préciser).",
        "In-field to confirm: say whether the Canadian or US experience “{job}” is in the person's field ({count} to confirm).",
    ),
    "p3.location_unknown": (
        "Pays de l'expérience «\u00a0{job}\u00a0» non précisé\u00a0: indiquez-le.",
        "Country of the experience “{job}” not given: enter it.",
    ),
    "p3.dates_invalid": (
        "Dates de l'expérience «\u00a0{job}\u00a0» manquantes ou illisibles ({value})\u00a0: inscrivez AAAA-MM-JJ ou AAAA-MM.",
        "Dates of the experience “{job}” missing or unreadable ({value}): enter YYYY-MM-DD or YYYY-MM.",
    ),
    "p3.hours_missing": (
        "Heures par semaine manquantes pour l'expérience «\u00a0{job}\u00a0»\u00a0: elles sont requises pour la pondération en équivalent temps plein.",
        "Hours per week missing for the experience “{job}”: they are needed for full-time-equivalent weighting.",
    ),
    # P4 — access to public employment services (since 2025-02-01)
    "p4.not_restricted": (
        "Statut donnant accès aux services publics d'emploi.",
        "Status giving access to public employment services.",
    ),
    "p4.restricted_status": (
        "Statut «\u00a0{status}\u00a0»\u00a0: pas d'accès aux services publics d'emploi depuis le {effective}, sauf personne déjà inscrite à Services Québec (à confirmer avec le MTESS).",
        "Status “{status}”: no access to public employment services since {effective}, unless already registered with Services Québec (to confirm with MTESS).",
    ),
    "p4.registered_exception": (
        "Statut «\u00a0{status}\u00a0», mais personne déjà inscrite à Services Québec\u00a0: accès maintenu (à confirmer avec le MTESS).",
        "Status “{status}”, but already registered with Services Québec: access kept (to confirm with MTESS).",
    ),
    "p4.before_effective": (
        "Inscription antérieure au {effective}\u00a0: la restriction d'accès aux services publics d'emploi ne s'applique pas.",
        "Intake before {effective}: the restriction on access to public employment services does not apply.",
    ),
    "p4.asylum_to_confirm": (
        "Demandeur·euse d'asile\u00a0: accès aux services publics d'emploi à confirmer avec Services Québec.",
        "Refugee claimant: access to public employment services to be confirmed with Services Québec.",
    ),
    "p4.status_missing": (
        "Statut d'immigration manquant\u00a0: inscrivez-le pour le pré-tri PRIIME.",
        "Immigration status missing: enter it for the PRIIME pre-screen.",
    ),
    "p4.status_unknown": (
        "Statut d'immigration inconnu\u00a0: l'accès aux services publics d'emploi est à vérifier.",
        "Immigration status unknown: access to public employment services must be checked.",
    ),
    "p4.status_invalid": (
        "Statut d'immigration «\u00a0{value}\u00a0» non reconnu\u00a0: choisissez une valeur de la liste.",
        "Immigration status “{value}” not recognised: choose a value from the list.",
    ),
    # PRIIME summary lines (never shown as a decision)
    "priime.summary.pass": (
        "Potentiellement admissible au PRIIME — à confirmer par Services Québec.",
        "Potentially eligible for PRIIME — to be confirmed by Services Québec.",
    ),
    "priime.summary.review": (
        "PRIIME\u00a0: renseignements à compléter ou à vérifier — l'admissibilité est établie par Services Québec.",
        "PRIIME: information to complete or check — eligibility is determined by Services Québec.",
    ),
    "priime.summary.fail": (
        "PRIIME\u00a0: un critère ne semble pas rempli selon le pré-tri — seul Services Québec peut se prononcer.",
        "PRIIME: a criterion does not seem to be met according to the pre-screen — only Services Québec can decide.",
    ),
}
