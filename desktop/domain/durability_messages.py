"""French and English texts of backups, integrity checks and recovery mode."""

MESSAGES: dict[str, tuple[str, str]] = {
    "backup.disk_full": (
        "Sauvegarde impossible : le disque est plein ({folder}). Libérez de l'espace puis réessayez; "
        "les sauvegardes précédentes sont intactes.",
        "Backup impossible: the disk is full ({folder}). Free some space and try again; "
        "earlier backups are intact.",
    ),
    "backup.failed": (
        "La sauvegarde a échoué ({reason}); les sauvegardes précédentes sont intactes.",
        "The backup failed ({reason}); earlier backups are intact.",
    ),
    "backup.source_damaged": (
        "Sauvegarde impossible : la base de données est endommagée. Utilisez le mode de "
        "récupération (passerelle recovery).",
        "Backup impossible: the database is damaged. Use recovery mode (passerelle recovery).",
    ),
    "backup.verify_failed": (
        "La copie n'a pas passé la vérification ({verdict}) : elle n'a pas été gardée.",
        "The copy failed verification ({verdict}): it was not kept.",
    ),
    "backup.not_found": (
        "Aucune sauvegarde « {id} » : voyez « passerelle backup list ».",
        "No backup “{id}”: see “passerelle backup list”.",
    ),
    "backup.keep_range": (
        "Nombre de sauvegardes à garder : entre {min} et {max}.",
        "Number of backups to keep: between {min} and {max}.",
    ),
    "backup.done": (
        "Sauvegarde vérifiée : {path} ({size}).",
        "Verified backup: {path} ({size}).",
    ),
    "backup.unchanged": (
        "Aucune modification depuis la dernière sauvegarde : rien à copier.",
        "No change since the last backup: nothing to copy.",
    ),
    "backup.none": ("Aucune sauvegarde.", "No backups."),
    "backup.verified_ok": (
        "Sauvegarde {id} : vérifiée, intacte.",
        "Backup {id}: verified, intact.",
    ),
    "backup.restored": (
        "Sauvegarde {id} restaurée. Incarnation de l'appareil : {incarnation}; {carried} "
        "modification(s) en attente d'envoi reportée(s). Ancien fichier mis de côté : {aside}.",
        "Backup {id} restored. Device incarnation: {incarnation}; {carried} change(s) waiting "
        "to be sent carried over. Previous file set aside: {aside}.",
    ),
    "store.damaged_detail": (
        "La base de données est endommagée ({detail}). Passerelle passe en mode de récupération : "
        "exportez ce qui est lisible puis restaurez une sauvegarde.",
        "The database is damaged ({detail}). Passerelle switches to recovery mode: export what "
        "is readable, then restore a backup.",
    ),
    "store.disk_full": (
        "Enregistrement impossible : le disque est plein. Rien n'a été enregistré à moitié; "
        "libérez de l'espace puis réessayez.",
        "Cannot save: the disk is full. Nothing was half-saved; free some space and try again.",
    ),
    "store.write_failed": (
        "Enregistrement impossible (erreur d'écriture sur le disque). Rien n'a été enregistré à "
        "moitié; réessayez.",
        "Cannot save (disk write error). Nothing was half-saved; try again.",
    ),
    "recovery.ok": (
        "La base de données est intacte ({backups} sauvegarde(s) disponible(s)).",
        "The database is intact ({backups} backup(s) available).",
    ),
    "recovery.damaged": (
        "La base de données est endommagée : {verdict}.",
        "The database is damaged: {verdict}.",
    ),
    "recovery.unreadable": (
        "Rien n'est lisible dans la base de données endommagée : restaurez une sauvegarde.",
        "Nothing can be read from the damaged database: restore a backup.",
    ),
    "recovery.exported_bundle": (
        "Lot d'urgence chiffré écrit : {path} ({ops} modification(s), {candidates} personne(s) "
        "lisible(s)). Importez-le au serveur central.",
        "Encrypted emergency bundle written: {path} ({ops} change(s), {candidates} readable "
        "candidate(s)). Import it into the central store.",
    ),
    "recovery.exported_jsonl": (
        "Appareil non inscrit : {candidates} personne(s) lisible(s) exportée(s) en JSON Lines "
        "dans {path}. Ce fichier n'est pas chiffré : gardez-le en lieu sûr.",
        "Device not enrolled: {candidates} readable candidate(s) exported as JSON Lines to "
        "{path}. This file is not encrypted: keep it safe.",
    ),
    "recovery.nothing_to_export": (
        "Rien à exporter : toutes les modifications lisibles ont déjà été reçues par le serveur "
        "central.",
        "Nothing to export: every readable change was already received by the central store.",
    ),
    "recovery.no_database": (
        "Aucune base de données dans ce dossier.",
        "No database in this folder.",
    ),
    "backup.kind.scheduled": ("automatique", "automatic"),
    "backup.kind.exit": ("à la fermeture", "at exit"),
    "backup.kind.manual": ("manuelle", "manual"),
    "backup.kind.migration": ("avant mise à jour", "before upgrade"),
    "backup.kind.restore": ("avant restauration", "before restore"),
    "file.disk_full": (
        "Le support est plein : {path} n'a pas été écrit (aucun fichier partiel n'est resté, "
        "rien n'a été marqué comme exporté). Libérez de l'espace ou choisissez un autre support.",
        "The target is full: {path} was not written (no partial file is left, nothing was "
        "marked as exported). Free some space or choose another target.",
    ),
}
