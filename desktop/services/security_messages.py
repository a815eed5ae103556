"""French and English texts of the encryption, sign-in, lock and staff-account errors."""

from __future__ import annotations

from desktop.domain.messages import register

MESSAGES: dict[str, tuple[str, str]] = {
    "app.locked": (
        "Passerelle est verrouillée : déverrouillez-la avec votre mot de passe.",
        "Passerelle is locked: unlock it with your password.",
    ),
    "store.no_encryption": (
        "Cette installation ne peut pas chiffrer la base de données (SQLCipher 4 introuvable) : "
        "Passerelle refuse de créer ou d'ouvrir une base non chiffrée. Réinstallez l'application.",
        "This installation cannot encrypt the database (SQLCipher 4 not found): Passerelle "
        "refuses to create or open an unencrypted database. Reinstall the application.",
    ),
    "store.unencrypted": (
        "La base de données de ce dossier n'est pas chiffrée : Passerelle refuse de l'ouvrir. "
        "Exportez-la avec l'ancienne version, puis importez-la dans un nouveau dossier.",
        "The database in this folder is not encrypted: Passerelle refuses to open it. Export it "
        "with the previous version, then import it into a new folder.",
    ),
    "store.missing": (
        "Le fichier de la base de données est introuvable alors que ses clés existent : "
        "restaurez-le depuis une sauvegarde.",
        "The database file is missing although its keys exist: restore it from a backup.",
    ),
    "store.exists": (
        "Une base de données existe déjà dans ce dossier : rien n'a été changé.",
        "A database already exists in this folder: nothing was changed.",
    ),
    "store.keyslots.missing": (
        "Le fichier des clés (keyslots.json) est introuvable : la base ne peut pas être "
        "déverrouillée. Restaurez-le depuis une sauvegarde ou demandez une récupération à "
        "l'administration centrale.",
        "The key file (keyslots.json) is missing: the database cannot be unlocked. Restore it "
        "from a backup or ask the central administrators for a recovery.",
    ),
    "store.keyslots.damaged": (
        "Le fichier des clés (keyslots.json) est endommagé : restaurez-le depuis une sauvegarde "
        "ou demandez une récupération à l'administration centrale.",
        "The key file (keyslots.json) is damaged: restore it from a backup or ask the central "
        "administrators for a recovery.",
    ),
    "store.keyslots.too_new": (
        "Le fichier des clés a été écrit par une version plus récente de Passerelle : "
        "mettez l'application à jour.",
        "The key file was written by a newer version of Passerelle: update the application.",
    ),
    "keyslots.no_recovery": (
        "Cet appareil n'a pas de clé de récupération : il n'a pas été inscrit auprès du "
        "magasin central (passerelle enroll).",
        "This device has no recovery key: it was not enrolled with the central store "
        "(passerelle enroll).",
    ),
    "keyslots.recovery_failed": (
        "La clé de récupération ne s'ouvre pas avec la clé de ce magasin central : "
        "utilisez le magasin qui a inscrit l'appareil.",
        "The recovery key does not open with this central store's key: use the store that "
        "enrolled the device.",
    ),
    "recovery.bad_file": (
        "Ce fichier n'est pas un fichier de récupération Passerelle valide.",
        "This file is not a valid Passerelle recovery file.",
    ),
    "recovery.other_device": (
        "Ce fichier de récupération est destiné à un autre appareil.",
        "This recovery file is for another device.",
    ),
    "recovery.bad_code": (
        "Code de récupération incorrect : vérifiez-le auprès de l'administration centrale.",
        "Wrong recovery code: check it with the central administrators.",
    ),
    "recovery.code_missing": (
        "Code de récupération requis : définissez PASSERELLE_RECOVERY_CODE ou lancez la "
        "commande dans un terminal.",
        "Recovery code required: set PASSERELLE_RECOVERY_CODE or run the command in a terminal.",
    ),
    "recovery.written": (
        "Fichier de récupération écrit : {path}\nCode à transmettre séparément (par téléphone) : "
        "{secret}",
        "Recovery file written: {path}\nCode to give separately (by phone): {secret}",
    ),
    "recovery.done": (
        "Appareil déverrouillé par récupération; nouveau mot de passe enregistré pour « {user} ».",
        "Device unlocked by recovery; new password saved for “{user}”.",
    ),
    "recovery.slot_added": (
        "Clé de récupération ajoutée : le magasin central pourra déverrouiller cet appareil.",
        "Recovery key added: the central store can unlock this device.",
    ),
    "password.wrong_current": (
        "Le mot de passe actuel est incorrect.",
        "The current password is wrong.",
    ),
    "staff.not_found": (
        "Aucun compte « {username} ».",
        "No account “{username}”.",
    ),
    "staff.self_disable": (
        "Vous ne pouvez pas désactiver votre propre compte.",
        "You cannot disable your own account.",
    ),
    "staff.last_admin": (
        "Il doit rester au moins un compte administrateur actif.",
        "At least one active administrator account must remain.",
    ),
    "staff.inactive": (
        "Le compte « {username} » est désactivé : réactivez-le d'abord.",
        "The account “{username}” is disabled: enable it first.",
    ),
}

register(MESSAGES)
