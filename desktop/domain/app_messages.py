"""French and English texts of application errors (sign-in, setup, store, command line)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "auth.failed": (
        "Nom d'utilisateur ou mot de passe incorrect.",
        "Wrong user name or password.",
    ),
    "auth.user_required": (
        "Indiquez votre compte avec --user NOM (mot de passe dans PASSERELLE_PASSWORD ou demandé).",
        "Name your account with --user NAME (password from PASSERELLE_PASSWORD or prompted).",
    ),
    "password.too_short": (
        "Le mot de passe doit compter au moins {min} caractères.",
        "The password must be at least {min} characters long.",
    ),
    "password.missing": (
        "Mot de passe requis : définissez PASSERELLE_PASSWORD ou lancez la commande dans un terminal.",
        "Password required: set PASSERELLE_PASSWORD or run the command in a terminal.",
    ),
    "device.name_missing": ("Donnez un nom à cet appareil.", "Give this device a name."),
    "device.already_initialised": (
        "Ce dossier de données est déjà initialisé : rien n'a été changé.",
        "This data folder is already initialised: nothing was changed.",
    ),
    "device.not_initialised": (
        "Ce dossier de données n'est pas initialisé : lancez d'abord « passerelle init ».",
        "This data folder is not initialised: run “passerelle init” first.",
    ),
    "username.missing": ("Indiquez un nom d'utilisateur.", "Enter a user name."),
    "username.taken": (
        "Le nom d'utilisateur « {username} » existe déjà : choisissez-en un autre.",
        "The user name “{username}” already exists: choose another one.",
    ),
    "permission.denied": (
        "Votre rôle ({role}) ne permet pas cette action ({action}).",
        "Your role ({role}) does not allow this action ({action}).",
    ),
    "store.damaged": (
        "La base de données est endommagée ou n'est pas une base Passerelle.",
        "The database is damaged or is not a Passerelle database.",
    ),
    "store.damaged_found": (
        "Le contrôle du fichier de données, fait après l'ouverture, y a trouvé des dommages. "
        "Passerelle va se fermer sans rien effacer; au prochain démarrage, le mode de "
        "récupération s'ouvrira pour exporter ce qui est lisible ou restaurer une sauvegarde.",
        "The check of the data file, run after opening, found damage in it. Passerelle will "
        "close without deleting anything; at the next start, recovery mode opens to export what "
        "is readable or restore a backup.",
    ),
    "store.too_new": (
        "Cette base de données a été créée par une version plus récente de Passerelle : "
        "mettez l'application à jour.",
        "This database was created by a newer version of Passerelle: update the application.",
    ),
    "store.pragmas": (
        "La base de données n'a pas pu être ouverte en mode sûr (journal WAL, écriture synchrone).",
        "The database could not be opened in safe mode (WAL journal, synchronous writes).",
    ),
    "store.bad_url": (
        "Adresse de base de données non reconnue : « {url} ». Utilisez sqlite:///CHEMIN "
        "ou postgresql+psycopg://…",
        "Unrecognised database address: “{url}”. Use sqlite:///PATH or postgresql+psycopg://…",
    ),
    "store.upgrading": (
        "Mise à jour des données pour cette version de Passerelle : copie de sécurité, puis "
        "adaptation (jusqu'à une minute pour 100 000 personnes). N'interrompez pas la commande.",
        "Updating the data for this version of Passerelle: a backup, then the upgrade (up to a "
        "minute for 100 000 candidates). Do not interrupt the command.",
    ),
    "store.locked": (
        "Passerelle est déjà ouverte sur ce dossier de données.",
        "Passerelle is already open on this data folder.",
    ),
    "candidate.not_found": (
        "Aucune personne candidate avec l'identifiant « {id} ».",
        "No candidate with the identifier “{id}”.",
    ),
    "file.not_found": ("Fichier introuvable : {path}", "File not found: {path}"),
    "file.unwritable": ("Impossible d'écrire le fichier : {path}", "Cannot write the file: {path}"),
    "event.code_taken": (
        "Un événement porte déjà le code « {code} ».",
        "An event already has the code “{code}”.",
    ),
    "import.summary": (
        "{imported} personne(s) importée(s), {unchanged} inchangée(s), {rejected} ligne(s) refusée(s).",
        "{imported} candidate(s) imported, {unchanged} unchanged, {rejected} line(s) rejected.",
    ),
    "import.line": ("Ligne {line} — {text}", "Line {line} — {text}"),
    "export.summary": (
        "{count} personne(s) exportée(s) dans {path}.",
        "{count} candidate(s) exported to {path}.",
    ),
    "init.done": (
        "Appareil « {device} » initialisé; compte administrateur « {admin} » créé.",
        "Device “{device}” initialised; administrator account “{admin}” created.",
    ),
}
