"""French and English texts of sync and central-store messages (registered by the CLI and GUI)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "bundle.not_enrolled": (
        "Cet appareil n'est pas inscrit auprès du magasin central : lancez « passerelle enroll FICHIER ».",
        "This device is not enrolled with the central store: run “passerelle enroll FILE”.",
    ),
    "bundle.nothing": (
        "Aucune modification à exporter : tout a déjà été reçu par le magasin central.",
        "Nothing to export: the central store has already received every change.",
    ),
    "bundle.exported": (
        "Lot {path} écrit et vérifié ({count} opération(s), n° {seq_from} à {seq_to}) : vous pouvez retirer la clé USB.",
        "Bundle {path} written and verified ({count} op(s), seq {seq_from} to {seq_to}): you may unplug the USB key.",
    ),
    "bundle.exported_audit": (
        "Lot {path} écrit et vérifié (aucune fiche modifiée, {count} événement(s) du journal) : vous pouvez retirer la clé USB.",
        "Bundle {path} written and verified (no record changed, {count} audit event(s)): you may unplug the USB key.",
    ),
    "bundle.verify_after_write": (
        "Le lot relu sur le disque ne correspond pas à ce qui a été écrit : ne retirez pas la clé, recommencez l'exportation.",
        "The bundle read back from the disk does not match what was written: do not unplug the key, export again.",
    ),
    "bundle.too_old": (
        "Lot mis en quarantaine : plus ancien que la durée maximale de conservation des lots (12 mois).",
        "Bundle quarantined: older than the maximum bundle age (12 months).",
    ),
    "bundle.audit_format": (
        "Événement du journal mal formé dans le lot.",
        "Malformed audit event in the bundle.",
    ),
    "ack.revoked": (
        "ATTENTION : le magasin central a révoqué cet appareil. Prévenez l'administrateur; les prochains lots seront mis en quarantaine.",
        "WARNING: the central store has revoked this device. Tell the administrator; further bundles will be quarantined.",
    ),
    "device.unknown": ("Aucun appareil « {device} ».", "No device “{device}”."),
    "device.ambiguous": (
        "Plusieurs appareils s'appellent « {device} » : indiquez son identifiant.",
        "Several devices are named “{device}”: give its id.",
    ),
    "device.already_revoked": (
        "L'appareil « {device} » est déjà révoqué : rien n'a été changé.",
        "Device “{device}” is already revoked: nothing was changed.",
    ),
    "device.bad_seq": (
        "Le dernier numéro légitime doit être un entier positif ou nul.",
        "The last legitimate seq must be zero or a positive whole number.",
    ),
    "central.revoked": (
        "Appareil « {name} » révoqué : opérations acceptées jusqu'au n° {seq} (incarnation {incarnation}), les suivantes seront mises en quarantaine. Personnes touchées : {count}.",
        "Device “{name}” revoked: operations accepted up to seq {seq} (incarnation {incarnation}), later ones will be quarantined. Persons affected: {count}.",
    ),
    "central.incident_written": (
        "Note d'incident écrite dans {path} (identifiants seulement).",
        "Incident note written to {path} (ids only).",
    ),
    "central.quarantined": (
        "{file} : appareil révoqué — {applied} opération(s) légitime(s) importée(s), {quarantined} mise(s) en quarantaine.",
        "{file}: revoked device — {applied} legitimate op(s) imported, {quarantined} quarantined.",
    ),
    "central.audit_break": (
        "Journal d'audit de l'appareil {device} : rupture de chaîne ({kind}, n° {start} à {end}).",
        "Audit trail of device {device}: chain break ({kind}, events {start} to {end}).",
    ),
    "conflict.bad_choice": (
        "Choisissez la valeur retenue ou l'autre valeur.",
        "Choose the kept value or the other value.",
    ),
    "conflict.unknown": ("Aucun conflit « {id} ».", "No conflict “{id}”."),
    "central.passphrase_prompt": (
        "Phrase de passe du magasin central :",
        "Central store passphrase:",
    ),
    "sync.unexpected": (
        "Erreur inattendue : l'opération n'a pas abouti et rien n'a été marqué.",
        "Unexpected error: the operation did not complete and nothing was marked.",
    ),
    "bundle.structure": (
        "Fichier de lot endommagé ou incomplet.",
        "Damaged or incomplete bundle file.",
    ),
    "bundle.manifest": ("Manifeste du lot invalide.", "Invalid bundle manifest."),
    "bundle.format_version": (
        "Version de format de lot inconnue : {version}.",
        "Unknown bundle format version: {version}.",
    ),
    "bundle.wrong_store": (
        "Ce lot est destiné à un autre magasin central.",
        "This bundle is addressed to another central store.",
    ),
    "bundle.wrong_recipient": (
        "Ce lot a été chiffré pour une autre clé que celle de ce magasin central.",
        "This bundle was encrypted for a key other than this central store's.",
    ),
    "bundle.unknown_device": ("Appareil inconnu ou non inscrit.", "Unknown or unenrolled device."),
    "bundle.enrolment": (
        "Preuve d'inscription de l'appareil invalide.",
        "Invalid device enrolment proof.",
    ),
    "bundle.revoked": ("Cet appareil a été révoqué.", "This device has been revoked."),
    "bundle.key_mismatch": (
        "Le lot n'est pas signé par la clé de cet appareil.",
        "The bundle is not signed by this device's key.",
    ),
    "bundle.signature": ("Signature du lot invalide.", "Invalid bundle signature."),
    "bundle.payload_size": (
        "Taille du contenu incorrecte (lot tronqué?).",
        "Wrong payload size (truncated bundle?).",
    ),
    "bundle.payload_hash": (
        "Empreinte du contenu incorrecte (lot modifié ou endommagé).",
        "Wrong payload hash (bundle modified or damaged).",
    ),
    "bundle.decrypt": (
        "Le contenu du lot ne peut pas être déchiffré.",
        "The bundle payload cannot be decrypted.",
    ),
    "bundle.header": (
        "L'en-tête du contenu ne correspond pas au manifeste.",
        "The payload header does not match the manifest.",
    ),
    "bundle.op_format": ("Opération mal formée dans le lot.", "Malformed operation in the bundle."),
    "bundle.foreign_op": (
        "Le lot contient une opération d'un autre appareil.",
        "The bundle contains an operation of another device.",
    ),
    "bundle.op_count": ("Nombre d'opérations incorrect.", "Wrong number of operations."),
    "bundle.seq_range": (
        "Numéros d'opération non contigus.",
        "Operation numbers are not contiguous.",
    ),
    "bundle.future_clock": (
        "Lot mis en quarantaine : horodatage dans le futur (horloge de l'appareil déréglée).",
        "Bundle quarantined: future timestamp (the device's clock is wrong).",
    ),
    "bundle.equivocation": (
        "ALERTE : des opérations déjà reçues ont un contenu différent (appareil restauré ou cloné). Rien n'a été importé; incident enregistré.",
        "ALERT: operations already received have different content (restored or cloned device). Nothing imported; incident recorded.",
    ),
    "bundle.signature_ok": (
        "Signature : valide (clé de cet appareil).",
        "Signature: valid (this device's key).",
    ),
    "bundle.signature_unknown": (
        "Signature : non vérifiée (clé d'un autre appareil).",
        "Signature: not checked (another device's key).",
    ),
    "bundle.payload_ok": (
        "Contenu : taille et empreinte conformes.",
        "Payload: size and hash match.",
    ),
    "ack.invalid": (
        "Accusé de réception invalide ou falsifié : rien n'a été marqué.",
        "Invalid or forged acknowledgement: nothing was marked.",
    ),
    "ack.other_device": (
        "Cet accusé de réception concerne un autre appareil : rien n'a été marqué.",
        "This acknowledgement is for another device: nothing was marked.",
    ),
    "ack.applied": (
        "Accusé appliqué : opérations jusqu'au n° {up_to} reçues par le magasin central ({marked} marquée(s)).",
        "Acknowledgement applied: operations up to seq {up_to} received by the central store ({marked} marked).",
    ),
    "enrol.invalid": (
        "Fichier d'inscription invalide ou endommagé.",
        "Invalid or damaged enrolment file.",
    ),
    "enrol.other_store": (
        "Cet appareil est déjà inscrit auprès d'un autre magasin central.",
        "This device is already enrolled with another central store.",
    ),
    "enrol.done": (
        "Appareil inscrit auprès du magasin central {store}.",
        "Device enrolled with central store {store}.",
    ),
    "central.passphrase_short": (
        "La phrase de passe doit compter au moins {min} caractères.",
        "The passphrase must be at least {min} characters long.",
    ),
    "central.passphrase_missing": (
        "Phrase de passe requise : définissez PASSERELLE_CENTRAL_PASSPHRASE ou lancez la commande dans un terminal.",
        "Passphrase required: set PASSERELLE_CENTRAL_PASSPHRASE or run the command in a terminal.",
    ),
    "central.bad_passphrase": ("Phrase de passe incorrecte.", "Wrong passphrase."),
    "central.db_missing": (
        "Indiquez le magasin central avec --db URL ou PASSERELLE_CENTRAL_DB.",
        "Name the central store with --db URL or PASSERELLE_CENTRAL_DB.",
    ),
    "central.already_initialised": (
        "Ce magasin central est déjà initialisé : rien n'a été changé.",
        "This central store is already initialised: nothing was changed.",
    ),
    "central.not_initialised": (
        "Ce magasin central n'est pas initialisé : lancez « passerelle central init ».",
        "This central store is not initialised: run “passerelle central init”.",
    ),
    "central.initialised": (
        "Magasin central {store} initialisé.",
        "Central store {store} initialised.",
    ),
    "central.enrolled": (
        "Fichier d'inscription de « {name} » écrit dans {path} (à remettre en main propre).",
        "Enrolment file for “{name}” written to {path} (hand it over in person).",
    ),
    "central.imported": (
        "{file} : importé — {added} ajoutée(s), {updated} mise(s) à jour, {applied} opération(s) appliquée(s), {skipped} déjà reçue(s), {dropped} écartée(s) (fiche effacée).",
        "{file}: imported — {added} added, {updated} updated, {applied} op(s) applied, {skipped} already received, {dropped} dropped (erased record).",
    ),
    "central.already_imported": (
        "{file} : déjà importé (accusé réémis).",
        "{file}: already imported (ack re-emitted).",
    ),
    "central.rejected": ("{file} : refusé — {reason}", "{file}: rejected — {reason}"),
    "central.missing": (
        "Appareil {device} (incarnation {incarnation}) : opérations manquantes n° {start} à {end}.",
        "Device {device} (incarnation {incarnation}): missing operations {start} to {end}.",
    ),
    "merge.same": (
        "Une fiche ne peut pas être fusionnée avec elle-même.",
        "A record cannot be merged with itself.",
    ),
    "merge.unknown": ("Aucune fiche « {id} » à fusionner.", "No record “{id}” to merge."),
    "merge.not_merged": ("La fiche « {id} » n'est pas fusionnée.", "Record “{id}” is not merged."),
    "clock.behind": (
        "L'horloge de cet ordinateur semble en retard : vérifiez la date et l'heure.",
        "This computer's clock seems to be behind: check the date and time.",
    ),
    "clock.before_release": (
        "La date de cet ordinateur est antérieure à 2026 : vérifiez la date et l'heure.",
        "This computer's date is before 2026: check the date and time.",
    ),
}
