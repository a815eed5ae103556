"""French and English sentences for validation issues: each names the problem and the fix."""

MESSAGES: dict[str, tuple[str, str]] = {
    "name.missing": (
        "Inscrivez au moins un prénom ou un nom de famille.",
        "Enter at least a given name or a family name.",
    ),
    "text.too_long": (
        "Le texte dépasse {max} caractères : raccourcissez-le.",
        "The text is longer than {max} characters: shorten it.",
    ),
    "email.invalid": (
        "« {value} » n'est pas une adresse courriel valide : elle doit avoir la forme nom@domaine.ca.",
        "“{value}” is not a valid email address: it must look like name@domain.ca.",
    ),
    "contact.missing": (
        "Inscrivez un courriel ou un numéro de téléphone pour pouvoir joindre la personne.",
        "Enter an email or a phone number so the person can be reached.",
    ),
    "phone.invalid": (
        "« {value} » n'est pas un numéro de téléphone valide : inscrivez par exemple 514 555-0199 "
        "ou +33 6 12 34 56 78.",
        "“{value}” is not a valid phone number: enter, for example, 514 555-0199 or +33 6 12 34 56 78.",
    ),
    "date.invalid": (
        "« {value} » n'est pas une date valide : inscrivez AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu.",
        "“{value}” is not a valid date: enter YYYY-MM-DD, or YYYY-MM if only the month is known.",
    ),
    "date.future": (
        "La date « {value} » est dans le futur : vérifiez l'année.",
        "The date “{value}” is in the future: check the year.",
    ),
    "date.too_old": (
        "La date « {value} » est trop ancienne : vérifiez l'année.",
        "The date “{value}” is too old: check the year.",
    ),
    "enum.unknown": (
        "La valeur « {value} » n'est pas reconnue. Valeurs permises : {allowed}.",
        "The value “{value}” is not recognised. Allowed values: {allowed}.",
    ),
    "language.unknown": (
        "« {value} » n'est pas un code de langue ISO 639-1 (par exemple fr, en, ar, es).",
        "“{value}” is not an ISO 639-1 language code (for example fr, en, ar, es).",
    ),
    "country.unknown": (
        "« {value} » n'est pas un code de pays ISO à deux lettres (par exemple MA, CO, VN).",
        "“{value}” is not a two-letter ISO country code (for example MA, CO, VN).",
    ),
    "province.unknown": (
        "« {value} » n'est pas un code de province canadienne (par exemple QC, ON).",
        "“{value}” is not a Canadian province code (for example QC, ON).",
    ),
    "postal_code.invalid": (
        "« {value} » n'est pas un code postal canadien : inscrivez-le sous la forme H7N 1A1.",
        "“{value}” is not a Canadian postal code: enter it as H7N 1A1.",
    ),
    "year.invalid": (
        "L'année « {value} » n'est pas plausible : inscrivez l'année sur quatre chiffres.",
        "The year “{value}” is not plausible: enter a four-digit year.",
    ),
    "noc.unknown": (
        "« {value} » n'est pas un code CNP 2021 : choisissez la profession dans la liste (5 chiffres).",
        "“{value}” is not a NOC 2021 code: pick the occupation from the list (5 digits).",
    ),
    "period.end_before_start": (
        "La fin ({end}) précède le début ({start}) : corrigez l'une des deux dates.",
        "The end ({end}) is before the start ({start}): correct one of the dates.",
    ),
    "hours.invalid": (
        "« {value} » heures par semaine n'est pas plausible : inscrivez un nombre entre 1 et 100.",
        "“{value}” hours per week is not plausible: enter a number between 1 and 100.",
    ),
    "targets.too_many": (
        "Au plus {max} professions visées : retirez-en une.",
        "At most {max} target occupations: remove one.",
    ),
    "targets.missing": (
        "Aucune profession visée : ajoutez-en une dès que possible.",
        "No target occupation: add one as soon as possible.",
    ),
    "target.empty": (
        "Choisissez un code CNP ou décrivez la profession en vos mots.",
        "Pick a NOC code or describe the occupation in your own words.",
    ),
    "level.invalid": (
        "Le niveau « {value} » doit être un nombre de 1 à 12.",
        "The level “{value}” must be a number from 1 to 12.",
    ),
    "consent.duplicate": (
        "Le consentement « {value} » apparaît deux fois : gardez-en un seul.",
        "The consent “{value}” appears twice: keep only one.",
    ),
    "consent.intake_required": (
        "Le consentement à l'admission et aux services du programme est requis pour enregistrer.",
        "Consent to admission and programme services is required to save.",
    ),
    "event.code_missing": (
        "L'événement doit avoir un code (par exemple SIIQ-2026).",
        "The event needs a code (for example SIIQ-2026).",
    ),
    "type.string": ("Une chaîne de caractères est attendue.", "A text value is expected."),
    "type.list": ("Une liste est attendue.", "A list is expected."),
    "type.object": ("Un objet JSON est attendu.", "A JSON object is expected."),
    "type.bool": ("La valeur doit être true ou false.", "The value must be true or false."),
    "type.number": ("Un nombre est attendu.", "A number is expected."),
    "id.invalid": (
        "« {value} » n'est pas un identifiant UUID valide.",
        "“{value}” is not a valid UUID identifier.",
    ),
    "json.invalid": (
        "Ligne illisible (JSON invalide) : {detail}.",
        "Unreadable line (invalid JSON): {detail}.",
    ),
    "csv.unknown_column": (
        "Colonne inconnue « {value} » ignorée.",
        "Unknown column “{value}” ignored.",
    ),
    "file.unsupported": (
        "Format de fichier non pris en charge : utilisez .jsonl, .csv ou .xlsx.",
        "Unsupported file format: use .jsonl, .csv or .xlsx.",
    ),
}
