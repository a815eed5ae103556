<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="fr_CA">
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
    <name>LoginDialog</name>
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
        <source>English (Ctrl+L)</source>
        <translation>English (Ctrl+L)</translation>
    </message>
    <message>
        <source>Français (Ctrl+L)</source>
        <translation>Français (Ctrl+L)</translation>
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
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Raccourcis clavier (F1)</source>
        <translation>Keyboard shortcuts (F1)</translation>
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
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+N : nouvelle inscription
Entrée ou Ctrl+S : enregistrer
Tab : champ suivant
Ctrl+F : rechercher
Ctrl+P : dossier PDF des personnes sélectionnées
Ctrl+E : choisir l&apos;événement
Ctrl+L : changer de langue
F1 : cette aide
Ctrl+Q : quitter</source>
        <translation>Ctrl+N: new registration
Enter or Ctrl+S: save
Tab: next field
Ctrl+F: search
Ctrl+P: PDF dossier of the selected people
Ctrl+E: choose the event
Ctrl+L: change language
F1: this help
Ctrl+Q: quit</translation>
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
    <name>SetupDialog</name>
    <message>
        <source>Bienvenue dans Passerelle</source>
        <translation>Welcome to Passerelle</translation>
    </message>
    <message>
        <source>Passerelle inscrit les personnes candidates aux salons et suit leur parcours vers l&apos;emploi. Nommez cet ordinateur et créez le compte administrateur.</source>
        <translation>Passerelle registers candidates at fairs and follows their path to employment. Name this computer and create the administrator account.</translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Portable kiosque 1</source>
        <translation>Kiosk laptop 1</translation>
    </message>
    <message>
        <source>Administrateur·rice</source>
        <translation>Administrator</translation>
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
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation>The two passwords are not the same.</translation>
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
