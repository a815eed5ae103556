<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
<context>
    <name>About</name>
    <message>
        <source>Polices des dossiers PDF</source>
        <translation>Fonts of the PDF dossiers</translation>
    </message>
    <message>
        <source>Police de secours des dossiers PDF</source>
        <translation>Fallback font of the PDF dossiers</translation>
    </message>
    <message>
        <source>Licence Bitstream Vera&#x202f;; modifications DejaVu dans le domaine public</source>
        <translation>Bitstream Vera licence; DejaVu changes in the public domain</translation>
    </message>
    <message>
        <source>CNP 2021 (Classification nationale des professions)</source>
        <translation>NOC 2021 (National Occupational Classification)</translation>
    </message>
    <message>
        <source>Liste des professions — Statistique Canada</source>
        <translation>List of occupations — Statistics Canada</translation>
    </message>
    <message>
        <source>Licence du gouvernement ouvert – Canada</source>
        <translation>Open Government Licence – Canada</translation>
    </message>
    <message>
        <source>Noms des pays et des langues, formats de date et de nombre</source>
        <translation>Names of countries and languages, date and number formats</translation>
    </message>
    <message>
        <source>Licence Unicode</source>
        <translation>Unicode licence</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>User interface</translation>
    </message>
    <message>
        <source>Langage et bibliothèque standard</source>
        <translation>Language and standard library</translation>
    </message>
    <message>
        <source>Licence PSF</source>
        <translation>PSF licence</translation>
    </message>
    <message>
        <source>Base de données et migrations</source>
        <translation>Database and migrations</translation>
    </message>
    <message>
        <source>Chiffrement de la base locale</source>
        <translation>Encryption of the local database</translation>
    </message>
    <message>
        <source>Connexion au magasin central PostgreSQL</source>
        <translation>Connection to the central PostgreSQL store</translation>
    </message>
    <message>
        <source>Signature et chiffrement des lots</source>
        <translation>Signing and encryption of bundles</translation>
    </message>
    <message>
        <source>Apache 2.0 ou BSD</source>
        <translation>Apache 2.0 or BSD</translation>
    </message>
    <message>
        <source>Protection des mots de passe</source>
        <translation>Password protection</translation>
    </message>
    <message>
        <source>Dossiers PDF</source>
        <translation>PDF dossiers</translation>
    </message>
    <message>
        <source>Écriture arabe dans les PDF</source>
        <translation>Arabic script in PDFs</translation>
    </message>
    <message>
        <source>Formats du Québec</source>
        <translation>Quebec formats</translation>
    </message>
    <message>
        <source>Numéros de téléphone</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <source>Recherche de doublons</source>
        <translation>Duplicate detection</translation>
    </message>
    <message>
        <source>Recherche sans accents</source>
        <translation>Accent-insensitive search</translation>
    </message>
    <message>
        <source>GNU GPL v2 ou ultérieure</source>
        <translation>GNU GPL v2 or later</translation>
    </message>
    <message>
        <source>Import de fichiers Excel</source>
        <translation>Import of Excel files</translation>
    </message>
    <message>
        <source>Dates et mesures du système</source>
        <translation>Dates and system measurements</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>À propos de Passerelle</source>
        <translation>About Passerelle</translation>
    </message>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Composants et licences</source>
        <translation>Components and licences</translation>
    </message>
    <message>
        <source>Textes des licences</source>
        <translation>Licence texts</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Inscription hors ligne des personnes candidates aux salons de l&apos;emploi, suivi de leur parcours vers un emploi dans leur domaine, dossiers PDF et synchronisation chiffrée avec le magasin central du programme.</source>
        <translation>Offline registration of candidates at job fairs, follow-up of their path to a job in their field, PDF dossiers and encrypted synchronisation with the programme&apos;s central store.</translation>
    </message>
    <message>
        <source>Version installée, construite le {date}</source>
        <translation>Installed version, built on {date}</translation>
    </message>
    <message>
        <source> (révision {commit})</source>
        <translation> (revision {commit})</translation>
    </message>
    <message>
        <source>Exécutée depuis le code source.</source>
        <translation>Running from the source code.</translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Données de la CNP 2021&#xa0;: Statistique Canada, reproduites sous la Licence du gouvernement ouvert – Canada. Qt est utilisé sous la licence GNU LGPL v3.</source>
        <translation>NOC 2021 data: Statistics Canada, reproduced under the Open Government Licence – Canada. Qt is used under the GNU LGPL v3.</translation>
    </message>
    <message>
        <source>Composant</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Les textes des licences des polices sont dans l&apos;onglet suivant et dans le dossier resources/fonts de l&apos;installation.</source>
        <translation>The licence texts of the fonts are in the next tab and in the resources/fonts folder of the installation.</translation>
    </message>
    <message>
        <source>(fichier absent de l&apos;installation)</source>
        <translation>(file missing from the installation)</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <source>Demande d&apos;accès</source>
        <translation>Access request</translation>
    </message>
    <message>
        <source>Identifiant de la personne (8 caractères ou plus)</source>
        <translation>The person&apos;s id (8 characters or more)</translation>
    </message>
    <message>
        <source>Identité vérifiée (pièce d&apos;identité ou questions)</source>
        <translation>Identity verified (ID document or questions)</translation>
    </message>
    <message>
        <source>Répondue le</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Personne concernée</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>Type de demande</source>
        <translation>Kind of request</translation>
    </message>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Notes (sans renseignement sensible)</source>
        <translation>Notes (no sensitive information)</translation>
    </message>
    <message>
        <source>Aucune personne avec cet identifiant</source>
        <translation>No one with this id</translation>
    </message>
    <message>
        <source>Personne concernée : aucune personne avec cet identifiant.</source>
        <translation>Person concerned: no one with this id.</translation>
    </message>
</context>
<context>
    <name>AccessRequestsPage</name>
    <message>
        <source>Reçue le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Identité vérifiée</source>
        <translation>Identity verified</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Nouvelle demande…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Relevé PDF…</source>
        <translation>PDF transcript…</translation>
    </message>
    <message>
        <source>Copie JSON…</source>
        <translation>JSON copy…</translation>
    </message>
    <message>
        <source>Copie CSV…</source>
        <translation>CSV copy…</translation>
    </message>
    <message>
        <source>{date} — en retard de {n} j</source>
        <translation>{date} — {n} d overdue</translation>
    </message>
    <message>
        <source>{date} — {n} j restants</source>
        <translation>{date} — {n} d left</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{open} demande(s) ouverte(s), dont {late} en retard. Réponse due dans les 30 jours.</source>
        <translation>{open} open request(s), {late} overdue. An answer is due within 30 days.</translation>
    </message>
    <message>
        <source>Choisissez une demande liée à une personne inscrite.</source>
        <translation>Choose a request linked to a registered person.</translation>
    </message>
    <message>
        <source>Vérifiez d&apos;abord l&apos;identité de la personne qui demande.</source>
        <translation>First verify the identity of the person asking.</translation>
    </message>
    <message>
        <source>Enregistrer sous</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Écrit dans {path}</source>
        <translation>Written to {path}</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Compte administrateur</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Ce premier compte gère cet ordinateur&#xa0;: comptes du personnel, événements, lots de synchronisation. Les autres membres du personnel recevront ensuite leur propre compte.</source>
        <translation>This first account manages this computer: staff accounts, events, sync bundles. The other staff members will then receive their own account.</translation>
    </message>
    <message>
        <source>Nom d&apos;utilisateur</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Confirmer le mot de passe</source>
        <translation>Confirm the password</translation>
    </message>
    <message>
        <source>ex.&#xa0;: admin.laval</source>
        <translation>e.g. admin.laval</translation>
    </message>
    <message>
        <source>Au moins {n} caractères. Une phrase de passe est plus sûre et plus facile à retenir. Sans ce mot de passe, personne ne peut ouvrir les données&#xa0;: conservez-le en lieu sûr.</source>
        <translation>At least {n} characters. A passphrase is safer and easier to remember. Without this password nobody can open the data: keep it in a safe place.</translation>
    </message>
    <message>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>Personnes candidates (toutes actions)</source>
        <translation>Candidates (all actions)</translation>
    </message>
    <message>
        <source>Comptes du personnel (toutes actions)</source>
        <translation>Staff accounts (all actions)</translation>
    </message>
    <message>
        <source>Connexions (toutes actions)</source>
        <translation>Sign-ins (all actions)</translation>
    </message>
    <message>
        <source>Inscription créée</source>
        <translation>Registration created</translation>
    </message>
    <message>
        <source>Fiche modifiée</source>
        <translation>Record updated</translation>
    </message>
    <message>
        <source>Fiche supprimée</source>
        <translation>Record deleted</translation>
    </message>
    <message>
        <source>Décision d&apos;admissibilité</source>
        <translation>Eligibility decision</translation>
    </message>
    <message>
        <source>Inscription de la borne vérifiée</source>
        <translation>Kiosk registration verified</translation>
    </message>
    <message>
        <source>Fiches fusionnées</source>
        <translation>Records merged</translation>
    </message>
    <message>
        <source>Importation</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Exportation des personnes candidates</source>
        <translation>Candidate export</translation>
    </message>
    <message>
        <source>Dossier imprimé</source>
        <translation>Dossier printed</translation>
    </message>
    <message>
        <source>Événement créé</source>
        <translation>Event created</translation>
    </message>
    <message>
        <source>Réglage modifié</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>Compte créé</source>
        <translation>Account created</translation>
    </message>
    <message>
        <source>Compte désactivé</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>Compte réactivé</source>
        <translation>Account re-enabled</translation>
    </message>
    <message>
        <source>Mot de passe réinitialisé</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Mot de passe changé</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Clé de récupération ajoutée</source>
        <translation>Recovery key added</translation>
    </message>
    <message>
        <source>Rôle changé</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>Journal d&apos;audit exporté</source>
        <translation>Audit trail exported</translation>
    </message>
    <message>
        <source>Mode borne ouvert</source>
        <translation>Kiosk mode opened</translation>
    </message>
    <message>
        <source>Mode borne fermé</source>
        <translation>Kiosk mode closed</translation>
    </message>
    <message>
        <source>Lot de synchronisation exporté</source>
        <translation>Sync bundle exported</translation>
    </message>
    <message>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Échec de connexion</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Verrouillage</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Personne candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Compte</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Réglage</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dernières 24 heures</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>7 derniers jours</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>30 derniers jours</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Vérifier la chaîne</source>
        <translation>Verify the chain</translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Exporter la chaîne vérifiable (JSONL)…</source>
        <translation>Export the verifiable chain (JSONL)…</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Détails (identifiants et codes)</source>
        <translation>Details (ids and codes)</translation>
    </message>
    <message>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <source>(système)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>{n} événement(s) affiché(s)</source>
        <translation>{n} event(s) shown</translation>
    </message>
    <message>
        <source>(les plus récents ; exportez pour tout voir)</source>
        <translation>(the most recent; export to see everything)</translation>
    </message>
    <message>
        <source>Chaîne intacte : {n} événement(s) vérifié(s), aucun modifié ni retiré.</source>
        <translation>Chain intact: {n} event(s) verified, none edited or removed.</translation>
    </message>
    <message>
        <source>Chaîne rompue à l&apos;événement n° {seq} : cet événement ou un précédent a été modifié, retiré ou réordonné. Conservez ce portable tel quel et déclarez l&apos;incident au responsable de la protection des renseignements personnels.</source>
        <translation>Chain broken at event no. {seq}: this event or an earlier one was edited, removed or reordered. Keep this laptop as it is and report the incident to the person in charge of personal information.</translation>
    </message>
    <message>
        <source>{n} événement(s) exporté(s) dans {path}</source>
        <translation>{n} event(s) exported to {path}</translation>
    </message>
    <message>
        <source>Chaîne complète exportée et relue : {n} événement(s) dans {path}</source>
        <translation>Complete chain exported and read back: {n} event(s) in {path}</translation>
    </message>
    <message>
        <source>Exporté dans {path}, mais la chaîne y est rompue à l&apos;événement n° {seq}.</source>
        <translation>Exported to {path}, but the chain in it is broken at event no. {seq}.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sauvegardes — Passerelle</source>
        <translation>Backups — Passerelle</translation>
    </message>
    <message>
        <source>Passerelle copie la base de données toutes les 15 minutes quand elle a changé, à la fermeture et avant chaque mise à jour. Chaque copie est vérifiée avant d&apos;être gardée; les plus anciennes sont effacées au-delà du nombre choisi. Les copies restent sur ce portable : les lots de synchronisation sont la copie hors du portable.</source>
        <translation>Passerelle copies the database every 15 minutes when it has changed, at exit and before every upgrade. Each copy is verified before it is kept; the oldest are deleted beyond the number chosen. Copies stay on this laptop: sync bundles are the copy off the laptop.</translation>
    </message>
    <message>
        <source>Sauvegardes gardées :</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Sauvegarde vérifiée : {size}, {path}</source>
        <translation>Verified backup: {size}, {path}</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une sauvegarde dans la liste.</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde du {when} ?

La base actuelle sera mise de côté (pas effacée) et remplacée par cette copie. Ce qui a été enregistré sur ce portable après cette date n&apos;y sera plus : exportez d&apos;abord un lot de synchronisation si ce n&apos;est pas fait. L&apos;appareil changera d&apos;incarnation pour que le serveur central ne confonde pas les nouvelles modifications avec les anciennes.</source>
        <translation>Restore the backup of {when}?

The current database will be set aside (not deleted) and replaced by this copy. What was saved on this laptop after that date will no longer be on it: export a sync bundle first if you have not. The device will change incarnation so that the central store does not mistake new changes for old ones.</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Sauvegarde restaurée. Incarnation de l&apos;appareil : {n}. Ancienne base mise de côté : {path}</source>
        <translation>Backup restored. Device incarnation: {n}. Previous database set aside: {path}</translation>
    </message>
</context>
<context>
    <name>BackupsTable</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>Vérifiée</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non — à ne pas restaurer</source>
        <translation>No — do not restore</translation>
    </message>
</context>
<context>
    <name>CandidateList</name>
    <message>
        <source>Rechercher : nom, courriel, téléphone, profession (Ctrl+F)</source>
        <translation>Search: name, email, phone, occupation (Ctrl+F)</translation>
    </message>
    <message>
        <source>{n}{more} résultat(s)</source>
        <translation>{n}{more} result(s)</translation>
    </message>
    <message>
        <source>{n} personne(s) inscrite(s)</source>
        <translation>{n} registered candidate(s)</translation>
    </message>
</context>
<context>
    <name>CandidateSuggestions</name>
    <message>
        <source>Rang</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Personne candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Pointage</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Raisons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Personnes suggérées</source>
        <translation>Suggested candidates</translation>
    </message>
    <message>
        <source>Suggestions pour « {title} » — {company}. Ce ne sont que des suggestions : vous décidez qui présenter. Seules les personnes admises qui ont consenti à la transmission de leur profil aux entreprises sont proposées.</source>
        <translation>Suggestions for “{title}” — {company}. These are suggestions only: you decide whom to introduce. Only admitted candidates who consented to their profile being sent to companies are listed.</translation>
    </message>
    <message>
        <source>Aucune personne admise et consentante n&apos;a de profession visée ou d&apos;expérience dans le même grand groupe de la CNP.</source>
        <translation>No admitted, consenting candidate has a target occupation or experience in the same NOC major group.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de profession (CNP) : indiquez-la dans la fiche du poste pour obtenir des suggestions.</source>
        <translation>This opening has no occupation (NOC): enter it in the opening to get suggestions.</translation>
    </message>
    <message>
        <source>Présenter…</source>
        <translation>Introduce…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CentralWindow</name>
    <message>
        <source>Passerelle — magasin central (administration)</source>
        <translation>Passerelle — central store (administration)</translation>
    </message>
    <message>
        <source>Importation des paquets</source>
        <translation>Bundle import</translation>
    </message>
    <message>
        <source>Doublons et fusions</source>
        <translation>Duplicates and merges</translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Portables</source>
        <translation>Laptops</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>English (Ctrl+Maj+L)</source>
        <translation>English (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Français (Ctrl+Maj+L)</source>
        <translation>Français (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>{n} personne(s) · {c} conflit(s) à examiner · {a} alerte(s) · {d} appareil(s)</source>
        <translation>{n} person(s) · {c} conflict(s) to review · {a} alarm(s) · {d} device(s)</translation>
    </message>
    <message>
        <source> · journal d&apos;audit rompu : {n} appareil(s)</source>
        <translation> · audit trail broken: {n} device(s)</translation>
    </message>
    <message>
        <source>Doublons et fusions ({n})</source>
        <translation>Duplicates and merges ({n})</translation>
    </message>
    <message>
        <source>Conflits ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Deux portables ont modifié le même champ sans voir la modification de l&apos;autre. La valeur la plus récente est appliquée en attendant; gardez-la ou prenez l&apos;autre.</source>
        <translation>Two laptops changed the same field without seeing each other&apos;s change. The most recent value is applied meanwhile; keep it or take the other one.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valeur appliquée</source>
        <translation>Applied value</translation>
    </message>
    <message>
        <source>Autre valeur</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Garder la valeur appliquée</source>
        <translation>Keep the applied value</translation>
    </message>
    <message>
        <source>Prendre l&apos;autre valeur</source>
        <translation>Take the other value</translation>
    </message>
    <message>
        <source>Aucun conflit à examiner.</source>
        <translation>No conflict to review.</translation>
    </message>
    <message>
        <source>Décision d&apos;admissibilité</source>
        <translation>Eligibility decision</translation>
    </message>
    <message>
        <source>la centrale (choix d&apos;un administrateur)</source>
        <translation>central (an administrator&apos;s choice)</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Conflit réglé.</source>
        <translation>Conflict settled.</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consentements (cochez seulement ce que la personne accepte)</source>
        <translation>Consents (tick only what the person agrees to)</translation>
    </message>
    <message>
        <source>Mode de consentement</source>
        <translation>Consent method</translation>
    </message>
    <message>
        <source>Besoin d&apos;aide pour comprendre ?</source>
        <translation>Need help understanding?</translation>
    </message>
    <message>
        <source>Les consentements</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Chaque case est un choix distinct. Seule la première est nécessaire pour s&apos;inscrire. La personne peut retirer un consentement en tout temps en écrivant au programme.</source>
        <translation>Each box is a separate choice. Only the first one is needed to register. The person may withdraw a consent at any time by writing to the programme.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Depuis le début</source>
        <translation>Since the beginning</translation>
    </message>
    <message>
        <source>Année financière en cours (1er avril)</source>
        <translation>Current fiscal year (April 1)</translation>
    </message>
    <message>
        <source>Année financière précédente</source>
        <translation>Previous fiscal year</translation>
    </message>
    <message>
        <source>Année civile en cours</source>
        <translation>Current calendar year</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>du</source>
        <translation>from</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Événement :</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporter ces chiffres pour les bailleurs de fonds (XLSX, CSV ou PDF)</source>
        <translation>Export these figures for funders (XLSX, CSV or PDF)</translation>
    </message>
    <message>
        <source>Classeur Excel (XLSX)…</source>
        <translation>Excel workbook (XLSX)…</translation>
    </message>
    <message>
        <source>Valeurs séparées par des virgules (CSV)…</source>
        <translation>Comma-separated values (CSV)…</translation>
    </message>
    <message>
        <source>Sommaire PDF…</source>
        <translation>PDF summary…</translation>
    </message>
    <message>
        <source>Personnes inscrites</source>
        <translation>People registered</translation>
    </message>
    <message>
        <source>Personnes admises</source>
        <translation>People admitted</translation>
    </message>
    <message>
        <source>Personnes en emploi</source>
        <translation>People employed</translation>
    </message>
    <message>
        <source>Entreprises soutenues</source>
        <translation>Companies supported</translation>
    </message>
    <message>
        <source>Embauches dans la période</source>
        <translation>Hires in the period</translation>
    </message>
    <message>
        <source>Délai médian de l&apos;admission à l&apos;embauche</source>
        <translation>Median time from admission to hire</translation>
    </message>
    <message>
        <source>Aucune personne inscrite ni aucune embauche pour cette période et cet événement. Choisissez une autre période ou un autre événement.</source>
        <translation>No one registered and no hires for this period and event. Choose another period or event.</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Tous les événements</source>
        <translation>All events</translation>
    </message>
    <message>
        <source>Calcul en cours…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Mis à jour à {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <source>Les chiffres n&apos;ont pas pu être calculés. Réessayez avec Actualiser.</source>
        <translation>The figures could not be computed. Try again with Refresh.</translation>
    </message>
    <message>
        <source>Parcours des personnes inscrites</source>
        <translation>Journey of the people registered</translation>
    </message>
    <message>
        <source>Embauches par catégorie professionnelle (CNP 2021)</source>
        <translation>Hires by NOC 2021 category</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path}. Choisissez un autre dossier.</source>
        <translation>Cannot write {path}. Choose another folder.</translation>
    </message>
    <message>
        <source>Exporté : {name}</source>
        <translation>Exported: {name}</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Exporter les chiffres du programme</source>
        <translation>Export the programme&apos;s figures</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>Cet ordinateur</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Donnez à cet ordinateur un nom que toute l&apos;équipe reconnaîtra, par exemple l&apos;étiquette collée dessus. Il paraît dans la barre d&apos;état, dans les lots envoyés au magasin central et dans le journal d&apos;audit.</source>
        <translation>Give this computer a name the whole team will recognise, for example the label stuck on it. It appears in the status bar, in the bundles sent to the central store and in the audit log.</translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Portable kiosque 1</source>
        <translation>Kiosk laptop 1</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Les portables inscrits auprès de ce magasin. Révoquez sans attendre un portable perdu ou volé : ses paquets déjà reçus restent, les opérations qu&apos;il écrirait ensuite sont mises en quarantaine.</source>
        <translation>The laptops enrolled with this store. Revoke a lost or stolen laptop at once: the bundles already received stay, any operation it writes afterwards is quarantined.</translation>
    </message>
    <message>
        <source>Portable</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Inscrit le</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opérations reçues</source>
        <translation>Operations received</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Inscrire un portable…</source>
        <translation>Enrol a laptop…</translation>
    </message>
    <message>
        <source>Révoquer ce portable…</source>
        <translation>Revoke this laptop…</translation>
    </message>
    <message>
        <source>Enregistrer la note d&apos;incident…</source>
        <translation>Save the incident note…</translation>
    </message>
    <message>
        <source>Aucun portable inscrit pour le moment.</source>
        <translation>No laptop enrolled yet.</translation>
    </message>
    <message>
        <source>Révoqué le {date}</source>
        <translation>Revoked on {date}</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>En attente de son premier paquet</source>
        <translation>Waiting for its first bundle</translation>
    </message>
    <message>
        <source>Inscrire un portable</source>
        <translation>Enrol a laptop</translation>
    </message>
    <message>
        <source>Nom du portable (ex. Salon-3) :</source>
        <translation>Laptop name (e.g. Fair-3):</translation>
    </message>
    <message>
        <source>Enregistrer le fichier d&apos;inscription</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <source>Fichier d&apos;inscription (*.json)</source>
        <translation>Enrolment file (*.json)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : choisissez un autre dossier.</source>
        <translation>Cannot write {path}: choose another folder.</translation>
    </message>
    <message>
        <source>Portable « {name} » inscrit. Importez {file} sur ce portable (Fichier ▸ Synchronisation).</source>
        <translation>Laptop “{name}” enrolled. Import {file} on that laptop (File ▸ Synchronisation).</translation>
    </message>
    <message>
        <source>Révoquer un portable</source>
        <translation>Revoke a laptop</translation>
    </message>
    <message>
        <source>Révoquer « {name} » ? Ses paquets déjà exportés seront encore acceptés; ce qu&apos;il écrirait ensuite sera mis en quarantaine. Cette décision est définitive.</source>
        <translation>Revoke “{name}”? Its bundles already exported will still be accepted; anything it writes afterwards will be quarantined. This cannot be undone.</translation>
    </message>
    <message>
        <source>« {name} » est révoqué. Accepté jusqu&apos;à l&apos;opération {seq} (incarnation {inc}). Ce portable contenait les données de {count} personne(s) : consignez l&apos;incident au registre et évaluez le risque (Loi 25).</source>
        <translation>“{name}” is revoked. Accepted up to operation {seq} (incarnation {inc}). This laptop held the data of {count} person(s): record the incident in the register and assess the risk (Law 25).</translation>
    </message>
    <message>
        <source>Enregistrer la note d&apos;incident</source>
        <translation>Save the incident note</translation>
    </message>
    <message>
        <source>Note d&apos;incident (*.json)</source>
        <translation>Incident note (*.json)</translation>
    </message>
    <message>
        <source>Note d&apos;incident enregistrée : {file}</source>
        <translation>Incident note saved: {file}</translation>
    </message>
</context>
<context>
    <name>DossierRequest</name>
    <message>
        <source>Dossier PDF</source>
        <translation>PDF dossier</translation>
    </message>
    <message>
        <source>{n} personne(s) sélectionnée(s)</source>
        <translation>{n} candidate(s) selected</translation>
    </message>
    <message>
        <source>Anonymisé, pour une entreprise (consentement requis)</source>
        <translation>Anonymised, for a company (consent required)</translation>
    </message>
    <message>
        <source>Complet, pour la coordination</source>
        <translation>Full, for coordinators</translation>
    </message>
    <message>
        <source>Copie pour la personne candidate</source>
        <translation>Copy for the candidate</translation>
    </message>
    <message>
        <source>Langue du dossier</source>
        <translation>Dossier language</translation>
    </message>
    <message>
        <source>Créer l&apos;aperçu</source>
        <translation>Create the preview</translation>
    </message>
    <message>
        <source>Le dossier n&apos;a pas pu être créé.</source>
        <translation>The dossier could not be created.</translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>Cette personne est peut-être déjà inscrite :</source>
        <translation>This person may already be registered:</translation>
    </message>
    <message>
        <source>Ouvrir la fiche existante</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Continuer (personne différente)</source>
        <translation>Continue (different person)</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Doublons probables (jamais fusionnés automatiquement)</source>
        <translation>Probable duplicates (never merged automatically)</translation>
    </message>
    <message>
        <source>Fiche conservée :</source>
        <translation>Record kept:</translation>
    </message>
    <message>
        <source>fiche A</source>
        <translation>record A</translation>
    </message>
    <message>
        <source>fiche B</source>
        <translation>record B</translation>
    </message>
    <message>
        <source>Fusionner avec les valeurs cochées</source>
        <translation>Merge with the ticked values</translation>
    </message>
    <message>
        <source>Fusions en vigueur</source>
        <translation>Current merges</translation>
    </message>
    <message>
        <source>Défaire la fusion sélectionnée</source>
        <translation>Undo the selected merge</translation>
    </message>
    <message>
        <source>Aucun doublon probable.</source>
        <translation>No probable duplicate.</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Fiche A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Fiche B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>même courriel</source>
        <translation>same email</translation>
    </message>
    <message>
        <source>même téléphone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>nom semblable, même date de naissance</source>
        <translation>similar name, same date of birth</translation>
    </message>
    <message>
        <source>{loser} fusionnée dans {survivor}</source>
        <translation>{loser} merged into {survivor}</translation>
    </message>
    <message>
        <source>Fiches fusionnées : {name} est conservée.</source>
        <translation>Records merged: {name} is kept.</translation>
    </message>
    <message>
        <source>Fusion défaite : les deux fiches sont de nouveau séparées.</source>
        <translation>Merge undone: the two records are separate again.</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Admissibilité (suggestion — le personnel décide)</source>
        <translation>Eligibility (suggestion — staff decide)</translation>
    </message>
    <message>
        <source>Enregistrer la décision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <source>— aucune décision —</source>
        <translation>— no decision —</translation>
    </message>
    <message>
        <source>Remplissez le formulaire pour voir la suggestion.</source>
        <translation>Fill in the form to see the suggestion.</translation>
    </message>
    <message>
        <source>Décision : {decision}, par {who}, le {when}</source>
        <translation>Decision: {decision}, by {who}, on {when}</translation>
    </message>
    <message>
        <source>Aucune décision du personnel pour l&apos;instant.</source>
        <translation>No staff decision yet.</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>Raison sociale *</source>
        <translation>Legal name *</translation>
    </message>
    <message>
        <source>NEQ (10 chiffres)</source>
        <translation>NEQ (10 digits)</translation>
    </message>
    <message>
        <source>Secteur (SCIAN)</source>
        <translation>Sector (NAICS)</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Site Web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Accompagnée depuis</source>
        <translation>Supported since</translation>
    </message>
    <message>
        <source>Formation diversité le</source>
        <translation>Diversity training on</translation>
    </message>
    <message>
        <source>Soutien RH</source>
        <translation>HR support</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nouvelle entreprise</source>
        <translation>New company</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Suivi par le programme</source>
        <translation>Programme follow-up</translation>
    </message>
    <message>
        <source>Personnes-ressources</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Principale</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Ajouter une personne-ressource</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Retirer la personne choisie</source>
        <translation>Remove the selected contact</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EmployersPage</name>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Postes ouverts</source>
        <translation>Open positions</translation>
    </message>
    <message>
        <source>Embauches</source>
        <translation>Hires</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>CNP</source>
        <translation>NOC</translation>
    </message>
    <message>
        <source>Salaire</source>
        <translation>Wage</translation>
    </message>
    <message>
        <source>h/sem.</source>
        <translation>h/week</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rechercher une entreprise (nom, ville, NEQ)…</source>
        <translation>Search companies (name, city, NEQ)…</translation>
    </message>
    <message>
        <source>Nouvelle entreprise…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <source>Ctrl+Maj+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Postes suggérés pour une personne…</source>
        <translation>Suggested openings for a candidate…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Postes à pourvoir</source>
        <translation>Job openings</translation>
    </message>
    <message>
        <source>Nouveau poste…</source>
        <translation>New opening…</translation>
    </message>
    <message>
        <source>Modifier le poste…</source>
        <translation>Edit opening…</translation>
    </message>
    <message>
        <source>Personnes suggérées…</source>
        <translation>Suggested candidates…</translation>
    </message>
    <message>
        <source>Présenter une personne…</source>
        <translation>Introduce a candidate…</translation>
    </message>
    <message>
        <source>Présentations à cette entreprise</source>
        <translation>Introductions to this company</translation>
    </message>
    <message>
        <source>Résultat / embauche…</source>
        <translation>Outcome / hire…</translation>
    </message>
    <message>
        <source>Dossier PDF transmis…</source>
        <translation>PDF dossier sent…</translation>
    </message>
    <message>
        <source>Aucune entreprise pour le moment. Créez la première avec « Nouvelle entreprise… » (Ctrl+Maj+N) : ses postes, les personnes présentées et les embauches s&apos;afficheront ici.</source>
        <translation>No companies yet. Create the first one with “New company…” (Ctrl+Shift+N): its openings, the candidates introduced and the hires will show here.</translation>
    </message>
    <message>
        <source>NEQ {neq}</source>
        <translation>NEQ {neq}</translation>
    </message>
    <message>
        <source>Accompagnée depuis le {date}</source>
        <translation>Supported since {date}</translation>
    </message>
    <message>
        <source>Personne-ressource : {contact}</source>
        <translation>Contact: {contact}</translation>
    </message>
    <message>
        <source>Supprimer l&apos;entreprise</source>
        <translation>Delete company</translation>
    </message>
    <message>
        <source>Supprimer « {name} » et ses postes des listes ?</source>
        <translation>Remove “{name}” and its openings from the lists?</translation>
    </message>
    <message>
        <source>Dossier écrit dans {path}</source>
        <translation>Dossier written to {path}</translation>
    </message>
    <message>
        <source>Embauche</source>
        <translation>Hire</translation>
    </message>
    <message>
        <source>{name} a été embauché·e. Enregistrer l&apos;embauche maintenant ?</source>
        <translation>{name} was hired. Record the hire now?</translation>
    </message>
    <message>
        <source>Enregistrer le dossier</source>
        <translation>Save the dossier</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Événement en cours</source>
        <translation>Current event</translation>
    </message>
    <message>
        <source>Choisissez l&apos;événement où vous inscrivez les personnes :</source>
        <translation>Choose the event where you are registering people:</translation>
    </message>
    <message>
        <source>Nouvel événement</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Créer l&apos;événement</source>
        <translation>Create the event</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Événement en cours</source>
        <translation>Current event</translation>
    </message>
    <message>
        <source>Chaque inscription est rattachée à l&apos;événement où elle a lieu (un salon, une séance d&apos;information), pour compter les personnes rencontrées. Vous pourrez en choisir ou en créer un autre à tout moment avec Ctrl+E.</source>
        <translation>Each registration is attached to the event where it takes place (a fair, an information session), to count the people met. You can choose or create another one at any time with Ctrl+E.</translation>
    </message>
    <message>
        <source>Créer l&apos;événement maintenant</source>
        <translation>Create the event now</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Salon de l&apos;immigration et de l&apos;intégration</source>
        <translation>Immigration and integration fair</translation>
    </message>
    <message>
        <source>Laval</source>
        <translation>Laval</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Premier démarrage — Passerelle</source>
        <translation>First start — Passerelle</translation>
    </message>
    <message>
        <source>Suivant &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Précédent</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Étape {n} sur {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Administrateur·rice</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>aucun pour l&apos;instant (Ctrl+E pour le choisir plus tard)</source>
        <translation>none for now (Ctrl+E to choose it later)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Fait le *</source>
        <translation>Done on *</translation>
    </message>
    <message>
        <source>Toujours en emploi</source>
        <translation>Still employed</translation>
    </message>
    <message>
        <source>Francisation au travail</source>
        <translation>French at work</translation>
    </message>
    <message>
        <source>Constats</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>{name} — {title}, {company} (prévu le {date})</source>
        <translation>{name} — {title}, {company} (due {date})</translation>
    </message>
    <message>
        <source>Suivi en emploi</source>
        <translation>Job retention follow-up</translation>
    </message>
    <message>
        <source>Non vérifié</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sans objet ou non vérifié</source>
        <translation>Not applicable or not checked</translation>
    </message>
    <message>
        <source>Bien</source>
        <translation>Going well</translation>
    </message>
    <message>
        <source>Difficultés</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Raccourcis clavier (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
    </message>
    <message>
        <source>À propos de Passerelle</source>
        <translation>About Passerelle</translation>
    </message>
</context>
<context>
    <name>HireDialog</name>
    <message>
        <source>Embauche</source>
        <translation>Hire</translation>
    </message>
    <message>
        <source>Titre du poste *</source>
        <translation>Job title *</translation>
    </message>
    <message>
        <source>Profession (CNP)</source>
        <translation>Occupation (NOC)</translation>
    </message>
    <message>
        <source>Entrée en fonction *</source>
        <translation>Start date *</translation>
    </message>
    <message>
        <source>Fin d&apos;emploi</source>
        <translation>Employment ended</translation>
    </message>
    <message>
        <source>Heures par semaine *</source>
        <translation>Hours per week *</translation>
    </message>
    <message>
        <source>Salaire horaire ($) *</source>
        <translation>Hourly wage ($) *</translation>
    </message>
    <message>
        <source>Francisation : précisions</source>
        <translation>French courses: details</translation>
    </message>
    <message>
        <source>Enregistrer une embauche</source>
        <translation>Record a hire</translation>
    </message>
    <message>
        <source>Emploi dans le domaine de compétence</source>
        <translation>Job in the person&apos;s field</translation>
    </message>
    <message>
        <source>Francisation en milieu de travail</source>
        <translation>Workplace French courses</translation>
    </message>
    <message>
        <source>Marquer le poste comme pourvu</source>
        <translation>Mark the opening as filled</translation>
    </message>
    <message>
        <source>ex. 37,5</source>
        <translation>e.g. 37.5</translation>
    </message>
    <message>
        <source>ex. 24,50</source>
        <translation>e.g. 24.50</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Choisissez les paquets apportés des portables (clé USB). Chacun est vérifié en entier avant d&apos;écrire quoi que ce soit; un paquet déjà importé ne change rien. Les accusés de réception sont écrits à côté des paquets, dans le dossier « accuses », pour être rapportés aux portables.</source>
        <translation>Choose the bundles brought from the laptops (USB key). Each one is fully verified before anything is written; a bundle already imported changes nothing. Acknowledgements are written beside the bundles, in the “accuses” folder, to be taken back to the laptops.</translation>
    </message>
    <message>
        <source>Importer des paquets…</source>
        <translation>Import bundles…</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ajoutées</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Mises à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Opérations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Aucun paquet importé pendant cette séance.</source>
        <translation>No bundle imported in this session.</translation>
    </message>
    <message>
        <source>Accusés de réception : {folder}</source>
        <translation>Acknowledgements: {folder}</translation>
    </message>
    <message>
        <source>Paquets de synchronisation</source>
        <translation>Sync bundles</translation>
    </message>
    <message>
        <source>Paquets Passerelle (*.zip)</source>
        <translation>Passerelle bundles (*.zip)</translation>
    </message>
    <message>
        <source>Importé</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Déjà importé</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Quarantaine partielle</source>
        <translation>Partly quarantined</translation>
    </message>
    <message>
        <source>Refusé</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>{n} déjà reçue(s)</source>
        <translation>{n} already received</translation>
    </message>
    <message>
        <source>{n} écartée(s) (fiche effacée)</source>
        <translation>{n} dropped (erased record)</translation>
    </message>
    <message>
        <source>{n} en quarantaine (appareil révoqué)</source>
        <translation>{n} quarantined (revoked device)</translation>
    </message>
    <message>
        <source>manquantes : n° {a} à {b}</source>
        <translation>missing: {a} to {b}</translation>
    </message>
    <message>
        <source>journal d&apos;audit : rupture « {kind} » (n° {a} à {b})</source>
        <translation>audit trail: “{kind}” break (events {a} to {b})</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Incident de confidentialité</source>
        <translation>Confidentiality incident</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>à déterminer</source>
        <translation>to be determined</translation>
    </message>
    <message>
        <source>Commission d&apos;accès à l&apos;information avisée le</source>
        <translation>Commission d&apos;accès à l&apos;information notified on</translation>
    </message>
    <message>
        <source>Personnes concernées avisées le</source>
        <translation>Persons concerned notified on</translation>
    </message>
    <message>
        <source>Incident clos le</source>
        <translation>Incident closed on</translation>
    </message>
    <message>
        <source>Trouver les personnes concernées</source>
        <translation>Find the persons concerned</translation>
    </message>
    <message>
        <source>1. Date ou période de l&apos;incident</source>
        <translation>1. Date or period of the incident</translation>
    </message>
    <message>
        <source>2. Date de prise de connaissance</source>
        <translation>2. Date it became known</translation>
    </message>
    <message>
        <source>3. Circonstances</source>
        <translation>3. Circumstances</translation>
    </message>
    <message>
        <source>4. Renseignements personnels visés</source>
        <translation>4. Personal information concerned</translation>
    </message>
    <message>
        <source>5. Nombre de personnes concernées</source>
        <translation>5. Number of persons concerned</translation>
    </message>
    <message>
        <source>   Appareil, paquet ou lot perdu</source>
        <translation>   Lost device, bundle or batch</translation>
    </message>
    <message>
        <source>6. Risque de préjudice sérieux</source>
        <translation>6. Risk of serious injury</translation>
    </message>
    <message>
        <source>   Éléments de l&apos;évaluation</source>
        <translation>   Elements of the assessment</translation>
    </message>
    <message>
        <source>7. Avis</source>
        <translation>7. Notices</translation>
    </message>
    <message>
        <source>8. Mesures prises</source>
        <translation>8. Measures taken</translation>
    </message>
    <message>
        <source>Appareil {id}</source>
        <translation>Device {id}</translation>
    </message>
    <message>
        <source>Paquet {id}{when} ({n} op.)</source>
        <translation>Bundle {id}{when} ({n} ops)</translation>
    </message>
    <message>
        <source>Lot imprimé {id}{when} ({n} dossiers)</source>
        <translation>Print batch {id}{when} ({n} dossiers)</translation>
    </message>
    <message>
        <source>{n} personne(s) repérée(s) : {ids}</source>
        <translation>{n} person(s) found: {ids}</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Connu le</source>
        <translation>Known on</translation>
    </message>
    <message>
        <source>Circonstances</source>
        <translation>Circumstances</translation>
    </message>
    <message>
        <source>Personnes</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Risque</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Avis à la CAI</source>
        <translation>Notice to the CAI</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inscrivez tout incident (perte d&apos;un portable, d&apos;une clé USB ou de dossiers imprimés, accès non autorisé). Chaque inscription est conservée 5 ans et communiquée à la Commission d&apos;accès à l&apos;information sur demande.</source>
        <translation>Record every incident (a lost laptop, USB key or printed dossiers, unauthorised access). Each entry is kept 5 years and given to the Commission d&apos;accès à l&apos;information on request.</translation>
    </message>
    <message>
        <source>Déclarer un incident…</source>
        <translation>Declare an incident…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Exporter ({format})…</source>
        <translation>Export ({format})…</translation>
    </message>
    <message>
        <source>Clos le {date}</source>
        <translation>Closed {date}</translation>
    </message>
    <message>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>à déterminer</source>
        <translation>to be determined</translation>
    </message>
    <message>
        <source>Exporter le registre</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <source>{n} inscription(s) écrite(s) dans {path}</source>
        <translation>{n} entry(ies) written to {path}</translation>
    </message>
</context>
<context>
    <name>IntroduceDialog</name>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Personne candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Date de présentation</source>
        <translation>Introduction date</translation>
    </message>
    <message>
        <source>Dossier transmis</source>
        <translation>Dossier sent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Présenter une personne à l&apos;entreprise</source>
        <translation>Introduce a candidate to the company</translation>
    </message>
    <message>
        <source>Tapez un nom, un courriel ou un téléphone</source>
        <translation>Type a name, an email or a phone number</translation>
    </message>
    <message>
        <source>Produire le dossier PDF maintenant</source>
        <translation>Produce the PDF dossier now</translation>
    </message>
    <message>
        <source>(candidature spontanée, sans poste précis)</source>
        <translation>(unsolicited, no specific opening)</translation>
    </message>
    <message>
        <source>Présenter</source>
        <translation>Introduce</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Première présentation à cette entreprise : le profil anonymisé est proposé.</source>
        <translation>First introduction to this company: the anonymized profile is suggested.</translation>
    </message>
    <message>
        <source>Déjà présentée à cette entreprise : le dossier complet est proposé.</source>
        <translation>Already introduced to this company: the full dossier is suggested.</translation>
    </message>
    <message>
        <source>Enregistrer le dossier</source>
        <translation>Save the dossier</translation>
    </message>
</context>
<context>
    <name>KioskEntryDialog</name>
    <message>
        <source>Mode borne</source>
        <translation>Kiosk mode</translation>
    </message>
    <message>
        <source>La personne candidate remplira elle-même son inscription, en plein écran, sans accès au reste de Passerelle. Pour revenir, il faudra votre mot de passe.

Mot de passe de {user} :</source>
        <translation>The candidate will fill in their own registration, full screen, with no access to the rest of Passerelle. Your password will be needed to come back.

Password of {user}:</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Vos consentements : cochez seulement ce que vous acceptez</source>
        <translation>Your consents: tick only what you agree to</translation>
    </message>
    <message>
        <source>J&apos;ai lu cet avis — commencer mon inscription</source>
        <translation>I have read this notice — start my registration</translation>
    </message>
    <message>
        <source>Inscrivez-vous au programme</source>
        <translation>Register for the programme</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Envoyer mon inscription</source>
        <translation>Send my registration</translation>
    </message>
    <message>
        <source>Tout effacer</source>
        <translation>Clear everything</translation>
    </message>
    <message>
        <source>Merci ! Votre inscription a bien été reçue.
Une personne de l&apos;équipe la vérifiera avec vous.</source>
        <translation>Thank you! Your registration has been received.
A member of our team will check it with you.</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Réservé au personnel : quitter le mode borne</source>
        <translation>Staff only: leave kiosk mode</translation>
    </message>
    <message>
        <source>Nom d&apos;utilisateur</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Quitter le mode borne</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Retour à l&apos;inscription</source>
        <translation>Back to the registration</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>🔒 Passerelle est verrouillée.
Entrez votre mot de passe pour reprendre.</source>
        <translation>🔒 Passerelle is locked.
Enter your password to continue.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Passerelle est verrouillée</source>
        <translation>Passerelle is locked</translation>
    </message>
    <message>
        <source>Passerelle s&apos;est verrouillée pour protéger les renseignements personnels. Entrez votre mot de passe pour reprendre où vous étiez; une autre personne peut se connecter avec son propre compte.</source>
        <translation>Passerelle locked itself to protect personal information. Enter your password to continue where you were; someone else can sign in with their own account.</translation>
    </message>
    <message>
        <source>Connexion — Passerelle</source>
        <translation>Sign in — Passerelle</translation>
    </message>
    <message>
        <source>Connectez-vous avec votre compte du personnel.</source>
        <translation>Sign in with your staff account.</translation>
    </message>
    <message>
        <source>Nom d&apos;utilisateur</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Quitter Passerelle</source>
        <translation>Quit Passerelle</translation>
    </message>
    <message>
        <source>Passerelle a été mise à jour&#xa0;: vos données sont copiées en lieu sûr, puis adaptées à la nouvelle version. Cela peut prendre jusqu&apos;à une minute&#x202f;; n&apos;éteignez pas l&apos;ordinateur.</source>
        <translation>Passerelle has been updated: your data is being copied to safety, then adapted to the new version. This can take up to a minute; do not turn the computer off.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Passerelle — inscription des personnes candidates</source>
        <translation>Passerelle — candidate registration</translation>
    </message>
    <message>
        <source>Nouvelle inscription (Ctrl+N)</source>
        <translation>New registration (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rechercher (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Événement… (Ctrl+E)</source>
        <translation>Event… (Ctrl+E)</translation>
    </message>
    <message>
        <source>English (Ctrl+Maj+L)</source>
        <translation>English (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Français (Ctrl+Maj+L)</source>
        <translation>Français (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Verrouiller (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <source>Ajouter des données de démonstration</source>
        <translation>Add demo data</translation>
    </message>
    <message>
        <source>Dossier PDF… (Ctrl+P)</source>
        <translation>PDF dossier… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Inscription</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Personnes inscrites</source>
        <translation>Registered candidates</translation>
    </message>
    <message>
        <source>Événement : {code}</source>
        <translation>Event: {code}</translation>
    </message>
    <message>
        <source>Aucun événement choisi</source>
        <translation>No event chosen</translation>
    </message>
    <message>
        <source>Appareil : {name}</source>
        <translation>Device: {name}</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui : {n}</source>
        <translation>Today: {n}</translation>
    </message>
    <message>
        <source>Cet événement : {n}</source>
        <translation>This event: {n}</translation>
    </message>
    <message>
        <source>Non exportés : {n}</source>
        <translation>Not exported: {n}</translation>
    </message>
    <message>
        <source>Sélectionnez d&apos;abord une ou plusieurs personnes dans la liste.</source>
        <translation>First select one or more people in the list.</translation>
    </message>
    <message>
        <source>{n} personnes fictives ajoutées</source>
        <translation>{n} fictional candidates added</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Reprendre une inscription</source>
        <translation>Resume a registration</translation>
    </message>
    <message>
        <source>Une inscription n&apos;a pas été terminée : {name} ({when}). La reprendre ?</source>
        <translation>A registration was not finished: {name} ({when}). Resume it?</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>J&apos;ai lu l&apos;avis à la personne — commencer l&apos;inscription (Entrée)</source>
        <translation>I have read the notice to the person — start the registration (Enter)</translation>
    </message>
</context>
<context>
    <name>NoticeSummaryPage</name>
    <message>
        <source>non désignée — à inscrire par un administrateur</source>
        <translation>not appointed — an administrator must enter it</translation>
    </message>
    <message>
        <source>ÉFVP {reference}</source>
        <translation>PIA {reference}</translation>
    </message>
    <message>
        <source>Personne responsable</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>Hébergement du magasin central</source>
        <translation>Central store hosting</translation>
    </message>
    <message>
        <source>Version de l&apos;avis</source>
        <translation>Notice version</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Titre du poste *</source>
        <translation>Job title *</translation>
    </message>
    <message>
        <source>Profession (CNP)</source>
        <translation>Occupation (NOC)</translation>
    </message>
    <message>
        <source>Scolarité exigée</source>
        <translation>Education required</translation>
    </message>
    <message>
        <source>Exigences</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Français exigé</source>
        <translation>French required</translation>
    </message>
    <message>
        <source>Anglais exigé</source>
        <translation>English required</translation>
    </message>
    <message>
        <source>Justification (autre langue)</source>
        <translation>Justification (other language)</translation>
    </message>
    <message>
        <source>Permis</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Heures par semaine</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <source>Salaire horaire ($)</source>
        <translation>Hourly wage ($)</translation>
    </message>
    <message>
        <source>PRIIME</source>
        <translation>PRIIME</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Affiché le</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <source>Fermeture le</source>
        <translation>Closes on</translation>
    </message>
    <message>
        <source>Poste à pourvoir</source>
        <translation>Job opening</translation>
    </message>
    <message>
        <source>Permis de conduire exigé</source>
        <translation>Driver&apos;s licence required</translation>
    </message>
    <message>
        <source>Admissible au PRIIME</source>
        <translation>PRIIME eligible</translation>
    </message>
    <message>
        <source>Obligatoire si une autre langue que le français est exigée : expliquez pourquoi le poste l&apos;exige (Charte de la langue française, art. 46).</source>
        <translation>Required if a language other than French is required: explain why the job requires it (Charter of the French language, s. 46).</translation>
    </message>
    <message>
        <source>ex. 37,5</source>
        <translation>e.g. 37.5</translation>
    </message>
    <message>
        <source>ex. 24,50</source>
        <translation>e.g. 24.50</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OpeningSuggestions</name>
    <message>
        <source>Poste</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Pointage</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Raisons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Postes suggérés pour une personne</source>
        <translation>Suggested openings for a candidate</translation>
    </message>
    <message>
        <source>Choisissez une personne : les postes ouverts sont classés selon son profil. Ce ne sont que des suggestions.</source>
        <translation>Choose a candidate: open positions are ranked by their profile. These are suggestions only.</translation>
    </message>
    <message>
        <source>Tapez un nom, un courriel ou un téléphone</source>
        <translation>Type a name, an email or a phone number</translation>
    </message>
    <message>
        <source>Présenter…</source>
        <translation>Introduce…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Présentation</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Date du résultat</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Reason declined</translation>
    </message>
    <message>
        <source>Précisions sur le refus</source>
        <translation>Details on the refusal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Résultat de la présentation</source>
        <translation>Outcome of the introduction</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Entrée en fonction</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Salaire</source>
        <translation>Wage</translation>
    </message>
    <message>
        <source>h/sem.</source>
        <translation>h/week</translation>
    </message>
    <message>
        <source>Dans le domaine</source>
        <translation>In field</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Subvention</source>
        <translation>Subsidy</translation>
    </message>
    <message>
        <source>Fait le</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>En emploi</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Non vérifié</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Suivis à faire</source>
        <translation>Follow-ups to do</translation>
    </message>
    <message>
        <source>Consigner le suivi…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>Embauches</source>
        <translation>Hires</translation>
    </message>
    <message>
        <source>Modifier l&apos;embauche…</source>
        <translation>Edit hire…</translation>
    </message>
    <message>
        <source>Dossier de subvention…</source>
        <translation>Subsidy file…</translation>
    </message>
    <message>
        <source>Suivis de l&apos;embauche choisie</source>
        <translation>Follow-ups of the selected hire</translation>
    </message>
    <message>
        <source>Consigner ce suivi…</source>
        <translation>Record this follow-up…</translation>
    </message>
    <message>
        <source>Aucun suivi en retard ni prévu cette semaine.</source>
        <translation>No follow-up overdue or due this week.</translation>
    </message>
    <message>
        <source>Aucune embauche enregistrée. Une embauche s&apos;enregistre depuis l&apos;onglet « Entreprises », à partir du résultat d&apos;une présentation.</source>
        <translation>No hires recorded. A hire is recorded from the “Companies” tab, from the outcome of an introduction.</translation>
    </message>
    <message>
        <source>Semaine du {start} au {end} : {late} en retard, {week} cette semaine</source>
        <translation>Week of {start} to {end}: {late} overdue, {week} this week</translation>
    </message>
</context>
<context>
    <name>PrivacyCentre</name>
    <message>
        <source>Confidentialité — Loi 25</source>
        <translation>Privacy — Law 25</translation>
    </message>
    <message>
        <source>Avis et personne responsable</source>
        <translation>Notice and person in charge</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Conservation</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Demandes d&apos;accès</source>
        <translation>Access requests</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Confidentialité</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <source>Avis et personne responsable…</source>
        <translation>Notice and person in charge…</translation>
    </message>
    <message>
        <source>Paramètres de confidentialité…</source>
        <translation>Privacy settings…</translation>
    </message>
    <message>
        <source>Conservation et purge…</source>
        <translation>Retention and purge…</translation>
    </message>
    <message>
        <source>Demandes d&apos;accès…</source>
        <translation>Access requests…</translation>
    </message>
    <message>
        <source>Registre des incidents…</source>
        <translation>Incident register…</translation>
    </message>
    <message>
        <source>Retirer un consentement…</source>
        <translation>Withdraw a consent…</translation>
    </message>
    <message>
        <source>Effacer la personne…</source>
        <translation>Erase the person…</translation>
    </message>
    <message>
        <source>Sélectionnez une seule personne dans la liste.</source>
        <translation>Select one person in the list.</translation>
    </message>
    <message>
        <source>Consentement retiré.</source>
        <translation>Consent withdrawn.</translation>
    </message>
    <message>
        <source>Effacer la personne</source>
        <translation>Erase the person</translation>
    </message>
    <message>
        <source>Effacer définitivement {name} ? Toutes ses données sont détruites sur ce poste (fiche, index de recherche, brouillons) puis, par la synchronisation, au magasin central. Cette opération est irréversible.</source>
        <translation>Erase {name} for good? All their data is destroyed on this computer (record, search index, drafts) and then, through sync, at the central store. This cannot be undone.</translation>
    </message>
    <message>
        <source>Personne effacée.</source>
        <translation>Person erased.</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsPage</name>
    <message>
        <source>Personne responsable de la protection des renseignements personnels</source>
        <translation>Person in charge of the protection of personal information</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>p. ex. 2026-03-31</source>
        <translation>e.g. 2026-03-31</translation>
    </message>
    <message>
        <source>Hébergement du magasin central</source>
        <translation>Central store hosting</translation>
    </message>
    <message>
        <source>Le magasin central est hébergé</source>
        <translation>The central store is hosted</translation>
    </message>
    <message>
        <source>Référence de l&apos;ÉFVP</source>
        <translation>PIA reference</translation>
    </message>
    <message>
        <source>Date de l&apos;ÉFVP</source>
        <translation>PIA date</translation>
    </message>
    <message>
        <source>Date de l&apos;entente écrite</source>
        <translation>Written agreement date</translation>
    </message>
    <message>
        <source>Avis de confidentialité (un paragraphe par ligne)</source>
        <translation>Privacy notice (one paragraph per line)</translation>
    </message>
    <message>
        <source>Texte en français</source>
        <translation>French text</translation>
    </message>
    <message>
        <source>Texte en anglais</source>
        <translation>English text</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Version de l&apos;avis : {version}</source>
        <translation>Notice version: {version}</translation>
    </message>
    <message>
        <source>Envoi des paquets bloqué tant que la référence de l&apos;ÉFVP et la date de l&apos;entente ne sont pas inscrites.</source>
        <translation>Sending bundles is blocked until the PIA reference and the agreement date are recorded.</translation>
    </message>
    <message>
        <source>Envoi des paquets permis.</source>
        <translation>Sending bundles is allowed.</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Profil complet — {name}</source>
        <translation>Full profile — {name}</translation>
    </message>
    <message>
        <source>Réservé à la coordination</source>
        <translation>Coordinators only</translation>
    </message>
    <message>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Disponibilité</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Consentements</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Admissibilité</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Dossier PDF…</source>
        <translation>PDF dossier…</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>Enregistrer (Entrée)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Nouvelle inscription</source>
        <translation>New registration</translation>
    </message>
    <message>
        <source>Inscription enregistrée : {name}</source>
        <translation>Registration saved: {name}</translation>
    </message>
</context>
<context>
    <name>QuickCaptureForm</name>
    <message>
        <source>Identité et contact</source>
        <translation>Identity and contact</translation>
    </message>
    <message>
        <source>Parcours migratoire</source>
        <translation>Immigration journey</translation>
    </message>
    <message>
        <source>Formation, emploi et langues</source>
        <translation>Education, work and languages</translation>
    </message>
    <message>
        <source> (facultatif)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Profession visée</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <source>2e profession visée</source>
        <translation>2nd target occupation</translation>
    </message>
    <message>
        <source>Niveau de français</source>
        <translation>French level</translation>
    </message>
    <message>
        <source>Niveau d&apos;anglais</source>
        <translation>English level</translation>
    </message>
    <message>
        <source>Diplôme le plus élevé</source>
        <translation>Highest diploma</translation>
    </message>
    <message>
        <source>obtenu (sinon : en cours)</source>
        <translation>completed (otherwise: in progress)</translation>
    </message>
    <message>
        <source>AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu</source>
        <translation>YYYY-MM-DD, or YYYY-MM if only the month is known</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Exporter les données lisibles</source>
        <translation>Export the readable data</translation>
    </message>
    <message>
        <source>Mode de récupération — Passerelle</source>
        <translation>Recovery mode — Passerelle</translation>
    </message>
    <message>
        <source>La base de données de ce portable est endommagée</source>
        <translation>This laptop&apos;s database is damaged</translation>
    </message>
    <message>
        <source>Passerelle a détecté une erreur dans le fichier de données (détail technique : {detail}). Cela arrive après une coupure de courant, un disque défaillant ou un fichier copié pendant l&apos;enregistrement. Rien n&apos;a été effacé : le fichier endommagé sera gardé de côté et les sauvegardes ne sont jamais modifiées. Une personne administratrice doit se connecter pour les deux étapes ci-dessous.</source>
        <translation>Passerelle found an error in the data file (technical detail: {detail}). This happens after a power cut, a failing disk or a file copied while it was being saved. Nothing was deleted: the damaged file will be set aside and backups are never modified. An administrator must sign in for the two steps below.</translation>
    </message>
    <message>
        <source>Connexion administrateur·rice</source>
        <translation>Administrator sign-in</translation>
    </message>
    <message>
        <source>Nom d&apos;utilisateur</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>1. Exportez ce qui est encore lisible. Si ce portable est inscrit au serveur central, c&apos;est un lot de synchronisation chiffré à importer au bureau; sinon, un fichier JSON Lines non chiffré, à garder en lieu sûr.</source>
        <translation>1. Export what is still readable. If this laptop is enrolled with the central store, this is an encrypted sync bundle to import at the office; otherwise an unencrypted JSON Lines file, to keep somewhere safe.</translation>
    </message>
    <message>
        <source>Exporter les données lisibles…</source>
        <translation>Export the readable data…</translation>
    </message>
    <message>
        <source>2. Restaurez la plus récente sauvegarde vérifiée. Ce qui a été saisi après elle n&apos;est plus sur ce portable, mais se trouve dans le lot exporté à l&apos;étape 1.</source>
        <translation>2. Restore the most recent verified backup. What was entered after it is no longer on this laptop, but it is in the bundle exported in step 1.</translation>
    </message>
    <message>
        <source>Restaurer la sauvegarde choisie</source>
        <translation>Restore the chosen backup</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Aucune sauvegarde sur ce portable : exportez les données lisibles.</source>
        <translation>No backup on this laptop: export the readable data.</translation>
    </message>
    <message>
        <source>Entrez d&apos;abord le nom et le mot de passe d&apos;un·e administrateur·rice.</source>
        <translation>First enter an administrator&apos;s user name and password.</translation>
    </message>
    <message>
        <source>Lecture de ce qui est lisible et export en cours…</source>
        <translation>Reading what is readable and exporting…</translation>
    </message>
    <message>
        <source>Choisissez une sauvegarde vérifiée dans la liste.</source>
        <translation>Choose a verified backup in the list.</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ? Le fichier endommagé sera gardé de côté dans le dossier « set-aside ».</source>
        <translation>Restore this backup? The damaged file will be kept aside in the “set-aside” folder.</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restauration en cours…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Durée (mois)</source>
        <translation>Duration (months)</translation>
    </message>
    <message>
        <source>À l&apos;échéance</source>
        <translation>When due</translation>
    </message>
    <message>
        <source>Enregistrer les règles</source>
        <translation>Save the rules</translation>
    </message>
    <message>
        <source>Règles de conservation</source>
        <translation>Retention rules</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Échue le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Purger la sélection…</source>
        <translation>Purge the selection…</translation>
    </message>
    <message>
        <source>Tout purger…</source>
        <translation>Purge all…</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>La purge détruit les rangées, l&apos;index de recherche et les brouillons. Les copies de sauvegarde qui contiennent encore ces données sont remplacées par rotation.</source>
        <translation>Purging destroys the rows, the search index entries and the drafts. Backups that still hold the data are replaced as they rotate.</translation>
    </message>
    <message>
        <source>À purger</source>
        <translation>Due for purge</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>{n} élément(s) à purger</source>
        <translation>{n} item(s) due</translation>
    </message>
    <message>
        <source>Rien à purger aujourd&apos;hui.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <source>Purger</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>{n} élément(s) seront détruits ou anonymisés pour de bon, ici et, par la synchronisation, au magasin central. Continuer ?</source>
        <translation>{n} item(s) will be erased or anonymised for good, here and, through sync, at the central store. Continue?</translation>
    </message>
    <message>
        <source>{n} élément(s) purgé(s).</source>
        <translation>{n} item(s) purged.</translation>
    </message>
    <message>
        <source>{n} déjà disparu(s).</source>
        <translation>{n} already gone.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tout se fait au clavier. Au kiosque d&apos;inscription&#xa0;: Ctrl+N, remplir le formulaire avec Tab, puis Entrée pour enregistrer.</source>
        <translation>Everything can be done from the keyboard. At the registration booth: Ctrl+N, fill in the form with Tab, then Enter to save.</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nouvelle inscription (le formulaire s&apos;ouvre sur l&apos;avis)</source>
        <translation>New registration (the form opens on the notice)</translation>
    </message>
    <message>
        <source>Rechercher une personne inscrite</source>
        <translation>Search for a registered person</translation>
    </message>
    <message>
        <source>Choisir ou créer l&apos;événement en cours</source>
        <translation>Choose or create the current event</translation>
    </message>
    <message>
        <source>Changer la langue de l&apos;interface (français, anglais)</source>
        <translation>Switch the interface language (French, English)</translation>
    </message>
    <message>
        <source>Verrouiller&#xa0;: votre mot de passe vous ramène où vous étiez</source>
        <translation>Lock: your password brings you back where you were</translation>
    </message>
    <message>
        <source>Mode borne&#xa0;: la personne remplit elle-même sa fiche</source>
        <translation>Kiosk mode: the person fills in their own record</translation>
    </message>
    <message>
        <source>Dossier PDF des personnes sélectionnées</source>
        <translation>PDF dossier of the selected people</translation>
    </message>
    <message>
        <source>Quitter Passerelle</source>
        <translation>Quit Passerelle</translation>
    </message>
    <message>
        <source>Cette liste des raccourcis</source>
        <translation>This list of shortcuts</translation>
    </message>
    <message>
        <source>Entrée ou Ctrl+S</source>
        <translation>Enter or Ctrl+S</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;inscription (formulaire)</source>
        <translation>Save the registration (form)</translation>
    </message>
    <message>
        <source>Tab, Maj+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Champ suivant, champ précédent</source>
        <translation>Next field, previous field</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Cocher ou décocher un consentement</source>
        <translation>Tick or untick a consent</translation>
    </message>
    <message>
        <source>Flèches haut et bas</source>
        <translation>Up and down arrows</translation>
    </message>
    <message>
        <source>Choisir dans une liste (pays, CNP…)</source>
        <translation>Choose from a list (country, NOC…)</translation>
    </message>
    <message>
        <source>Échap</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Fermer une fenêtre de dialogue sans rien changer</source>
        <translation>Close a dialog without changing anything</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Accueil (kiosque et inscriptions)</source>
        <translation>Intake (kiosk and registrations)</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Comptes du personnel</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Chaque membre du personnel a son propre compte. Un compte désactivé ne peut plus ouvrir Passerelle sur ce portable ; son historique reste dans le journal d&apos;audit.</source>
        <translation>Each staff member has their own account. A disabled account can no longer open Passerelle on this laptop; its history stays in the audit trail.</translation>
    </message>
    <message>
        <source>Nom d&apos;utilisateur</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dernière connexion</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Compte sélectionné</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>Changer le rôle</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nouveau mot de passe (confirmation)</source>
        <translation>New password (again)</translation>
    </message>
    <message>
        <source>Réinitialiser le mot de passe</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Ajouter un compte</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <source>Mot de passe initial</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>Au moins {n} caractères : une phrase de quelques mots est plus sûre et plus facile à retenir qu&apos;un mot compliqué.</source>
        <translation>At least {n} characters: a phrase of a few words is safer and easier to remember than a complicated word.</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Choisissez un compte dans la liste.</source>
        <translation>Choose an account in the list.</translation>
    </message>
    <message>
        <source>Désactiver le compte</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>Réactiver le compte</source>
        <translation>Re-enable account</translation>
    </message>
    <message>
        <source>Nouveau mot de passe (obligatoire pour réactiver)</source>
        <translation>New password (required to re-enable)</translation>
    </message>
    <message>
        <source>Les deux mots de passe ne sont pas identiques : retapez la confirmation.</source>
        <translation>The two passwords are not the same: type the confirmation again.</translation>
    </message>
    <message>
        <source>Compte « {name} » créé.</source>
        <translation>Account “{name}” created.</translation>
    </message>
    <message>
        <source>Rôle changé.</source>
        <translation>Role changed.</translation>
    </message>
    <message>
        <source>Compte réactivé.</source>
        <translation>Account re-enabled.</translation>
    </message>
    <message>
        <source>Compte désactivé.</source>
        <translation>Account disabled.</translation>
    </message>
    <message>
        <source>Mot de passe réinitialisé : transmettez-le en personne à {name}.</source>
        <translation>Password reset: give it to {name} in person.</translation>
    </message>
</context>
<context>
    <name>StaffFeatures</name>
    <message>
        <source>Mode borne (Ctrl+K)</source>
        <translation>Kiosk mode (Ctrl+K)</translation>
    </message>
    <message>
        <source>Comptes du personnel…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <source>Journal d&apos;audit…</source>
        <translation>Audit trail…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Seulement les inscriptions de la borne à vérifier</source>
        <translation>Only kiosk registrations to verify</translation>
    </message>
    <message>
        <source>À vérifier ({n})</source>
        <translation>To verify ({n})</translation>
    </message>
    <message>
        <source>Mode borne fermé : {n} inscription(s) à vérifier.</source>
        <translation>Kiosk mode closed: {n} registration(s) to verify.</translation>
    </message>
</context>
<context>
    <name>SubsidyDialog</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>État du dossier</source>
        <translation>File status</translation>
    </message>
    <message>
        <source>Lettre d&apos;admissibilité (n°)</source>
        <translation>Eligibility letter (no.)</translation>
    </message>
    <message>
        <source>Date de la lettre</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Bureau de Services Québec</source>
        <translation>Services Québec office</translation>
    </message>
    <message>
        <source>Durée prévue (semaines)</source>
        <translation>Planned duration (weeks)</translation>
    </message>
    <message>
        <source>Personne mentore</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Déposé le</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Décision le</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Dossier de subvention salariale</source>
        <translation>Wage subsidy file</translation>
    </message>
    <message>
        <source>Mesures de soutien demandées</source>
        <translation>Support measures requested</translation>
    </message>
    <message>
        <source>Subvention maximale (calculée)</source>
        <translation>Maximum subsidy (computed)</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Impossible à calculer : salaire, heures ou date d&apos;entrée en fonction manquants.</source>
        <translation>Cannot be computed: wage, hours or start date missing.</translation>
    </message>
    <message>
        <source>Salaire minimum en vigueur le {date} : {amount} de l&apos;heure</source>
        <translation>Minimum wage in force on {date}: {amount} an hour</translation>
    </message>
    <message>
        <source>Subvention horaire maximale : {amount}</source>
        <translation>Maximum hourly subsidy: {amount}</translation>
    </message>
    <message>
        <source> (plafonnée au salaire minimum)</source>
        <translation> (capped at the minimum wage)</translation>
    </message>
    <message>
        <source> (70&#xa0;% du salaire)</source>
        <translation> (70% of the wage)</translation>
    </message>
    <message>
        <source>Par semaine : {amount}</source>
        <translation>Per week: {amount}</translation>
    </message>
    <message>
        <source>Total maximal sur {weeks} semaines : {amount}</source>
        <translation>Maximum total over {weeks} weeks: {amount}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Tout est prêt</source>
        <translation>All set</translation>
    </message>
    <message>
        <source>Vérifiez ces choix, puis cliquez sur «&#xa0;Commencer&#xa0;» pour préparer cet ordinateur.</source>
        <translation>Check these choices, then click “Start” to prepare this computer.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchronisation avec le magasin central</source>
        <translation>Sync with the central store</translation>
    </message>
    <message>
        <source>Le paquet contient les inscriptions et modifications que le magasin central n&apos;a pas encore confirmées. Il est signé par cet appareil et chiffré pour le magasin central : il ne peut pas être lu sur la clé USB.</source>
        <translation>The bundle holds the registrations and changes the central store has not confirmed yet. It is signed by this device and encrypted for the central store: it cannot be read on the USB key.</translation>
    </message>
    <message>
        <source>Inscription de l&apos;appareil :</source>
        <translation>Device enrolment:</translation>
    </message>
    <message>
        <source>En attente d&apos;envoi :</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Journal d&apos;audit à envoyer :</source>
        <translation>Audit trail to send:</translation>
    </message>
    <message>
        <source>Confirmé par le central jusqu&apos;au n° :</source>
        <translation>Confirmed by central up to seq:</translation>
    </message>
    <message>
        <source>Exporter un paquet de synchronisation…</source>
        <translation>Export a sync bundle…</translation>
    </message>
    <message>
        <source>Appliquer un accusé de réception…</source>
        <translation>Apply an acknowledgement…</translation>
    </message>
    <message>
        <source>Inscrire cet appareil (fichier d&apos;inscription)…</source>
        <translation>Enrol this device (enrolment file)…</translation>
    </message>
    <message>
        <source>non inscrit — demandez le fichier d&apos;inscription</source>
        <translation>not enrolled — ask for the enrolment file</translation>
    </message>
    <message>
        <source>RÉVOQUÉ par le magasin central</source>
        <translation>REVOKED by the central store</translation>
    </message>
    <message>
        <source>inscrit</source>
        <translation>enrolled</translation>
    </message>
    <message>
        <source>{people} personne(s), {ops} modification(s)</source>
        <translation>{people} person(s), {ops} change(s)</translation>
    </message>
    <message>
        <source>{n} événement(s)</source>
        <translation>{n} event(s)</translation>
    </message>
    <message>
        <source>Enregistrer le paquet sur la clé USB</source>
        <translation>Save the bundle on the USB key</translation>
    </message>
    <message>
        <source>Paquets Passerelle (*.zip)</source>
        <translation>Passerelle bundles (*.zip)</translation>
    </message>
    <message>
        <source>Écriture du paquet…</source>
        <translation>Writing the bundle…</translation>
    </message>
    <message>
        <source>Rien à exporter : le magasin central a tout reçu.</source>
        <translation>Nothing to export: the central store has received everything.</translation>
    </message>
    <message>
        <source>Paquet écrit dans {path} puis relu et vérifié ({ops} modification(s), {events} événement(s) du journal). Vous pouvez retirer la clé USB en toute sécurité.</source>
        <translation>Bundle written to {path}, then read back and verified ({ops} change(s), {events} audit event(s)). You may safely unplug the USB key.</translation>
    </message>
    <message>
        <source>Échec : {reason} Ne retirez pas la clé avant d&apos;avoir réussi l&apos;exportation.</source>
        <translation>Failed: {reason} Do not unplug the key until an export succeeds.</translation>
    </message>
    <message>
        <source>Accusé de réception du magasin central</source>
        <translation>The central store&apos;s acknowledgement</translation>
    </message>
    <message>
        <source>Fichier d&apos;inscription du magasin central</source>
        <translation>The central store&apos;s enrolment file</translation>
    </message>
    <message>
        <source>Exportation en cours : attendez la vérification.</source>
        <translation>Export in progress: wait for the check.</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Sync…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Inscriptions de la borne à vérifier</source>
        <translation>Kiosk registrations to verify</translation>
    </message>
    <message>
        <source>Ces inscriptions ont été tapées par les personnes elles-mêmes. Vérifiez-les avec la personne (pièce d&apos;identité au besoin), puis confirmez-les, ou fusionnez-les avec la fiche existante si la personne était déjà inscrite.</source>
        <translation>These registrations were typed by the people themselves. Check them with the person (ID if needed), then confirm them, or merge them with the existing record if the person was already registered.</translation>
    </message>
    <message>
        <source>Fiches existantes qui pourraient être la même personne</source>
        <translation>Existing records that may be the same person</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Confirmer l&apos;inscription</source>
        <translation>Confirm registration</translation>
    </message>
    <message>
        <source>Fusionner avec la fiche choisie</source>
        <translation>Merge with the chosen record</translation>
    </message>
    <message>
        <source>Ouvrir pour corriger…</source>
        <translation>Open to correct…</translation>
    </message>
    <message>
        <source>Aucune inscription à vérifier.</source>
        <translation>No registration to verify.</translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Consentements donnés</source>
        <translation>Consents given</translation>
    </message>
    <message>
        <source>Aucune fiche existante ne ressemble à cette inscription.</source>
        <translation>No existing record looks like this registration.</translation>
    </message>
    <message>
        <source>Inscription confirmée.</source>
        <translation>Registration confirmed.</translation>
    </message>
    <message>
        <source>Inscription fusionnée avec la fiche existante.</source>
        <translation>Registration merged with the existing record.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bienvenue dans Passerelle</source>
        <translation>Welcome to Passerelle</translation>
    </message>
    <message>
        <source>Passerelle sert à inscrire les personnes immigrantes qui cherchent un emploi dans leur domaine, aux salons de l&apos;emploi comme au bureau, même sans connexion Internet.</source>
        <translation>Passerelle registers immigrants looking for a job in their field, at job fairs as well as in the office, even without an Internet connection.</translation>
    </message>
    <message>
        <source>Le personnel d&apos;accueil inscrit une personne en moins de deux minutes&#x202f;; la coordination complète les profils, décide de l&apos;admissibilité et imprime les dossiers&#x202f;; l&apos;administration relie chaque portable au magasin central du programme par des lots chiffrés.</source>
        <translation>Intake staff register a person in less than two minutes; coordinators complete the profiles, decide eligibility and print dossiers; admins link each laptop to the programme&apos;s central store with encrypted bundles.</translation>
    </message>
    <message>
        <source>Cet assistant prépare cet ordinateur en quatre étapes&#xa0;: la langue, le nom de l&apos;appareil, le compte administrateur et l&apos;événement en cours.</source>
        <translation>This assistant prepares this computer in four steps: the language, the device name, the administrator account and the current event.</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Retirer un consentement</source>
        <translation>Withdraw a consent</translation>
    </message>
    <message>
        <source>Le retrait vaut à partir de maintenant. La personne disparaît de ce qui exige ce consentement (profils transmis aux entreprises, envois aux partenaires) et le retrait est transmis au magasin central.</source>
        <translation>The withdrawal applies from now on. The person leaves whatever needs this consent (profiles sent to companies, referrals to partners) and the withdrawal is sent to the central store.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Finalité</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Aucun consentement accordé à retirer.</source>
        <translation>No granted consent to withdraw.</translation>
    </message>
</context>
<context>
    <name>WorkspaceTabs</name>
    <message>
        <source>Entreprises</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Placements et suivis</source>
        <translation>Placements and follow-up</translation>
    </message>
</context>
<context>
    <name>_WindowWatch</name>
    <message>
        <source>Sauvegardes…</source>
        <translation>Backups…</translation>
    </message>
</context>
</TS>
