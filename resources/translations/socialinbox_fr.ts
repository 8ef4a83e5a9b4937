<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Connecter un compte</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Se reconnecter&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Front desk</source>
        <translation>p. ex. Réception</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Se connecter avec le &amp;navigateur…</translation>
    </message>
    <message>
        <source>{label} (optional):</source>
        <translation>{label} (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Open the &amp;page that explains it</source>
        <translation>Ouvrir la &amp;page qui l’explique</translation>
    </message>
    <message>
        <source>Checking the account with the network…</source>
        <translation>Vérification du compte auprès du réseau…</translation>
    </message>
    <message>
        <source>Checking the new sign-in with the network…</source>
        <translation>Vérification de la nouvelle connexion auprès du réseau…</translation>
    </message>
    <message>
        <source>Enter the server address first (https://…).</source>
        <translation>Saisissez d’abord l’adresse du serveur (https://…).</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>En attente de votre autorisation dans le navigateur…</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); see the log.</source>
        <translation>Erreur inattendue ({kind})&#xa0;; consultez le journal.</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts (Ctrl+Shift+A)</source>
        <translation>Ajouter, reconnecter ou supprimer des comptes (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>add, sign in again or remove accounts</source>
        <translation>ajouter, reconnecter ou supprimer des comptes</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Comptes connectés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Compte sélectionné</translation>
    </message>
    <message>
        <source>No account is connected yet. Press Add… to connect one.</source>
        <translation>Aucun compte n’est encore connecté. Cliquez sur Ajouter… pour en connecter un.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Store secrets in the unencrypted keyring file anyway (anyone who can read</source>
        <translation>Enregistrer quand même les secrets dans le trousseau non chiffré (toute personne pouvant lire</translation>
    </message>
    <message>
        <source> your files can read them)</source>
        <translation> vos fichiers peut les lire)</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted by {backend}, as chosen in the settings.</source>
        <translation>Les secrets sont enregistrés sans chiffrement par {backend}, comme choisi dans les paramètres.</translation>
    </message>
    <message>
        <source>No secure keychain is available (found {backend}); secrets are kept in memory until the app closes and must be entered again next time.</source>
        <translation>Aucun trousseau sécurisé n’est disponible (trouvé&#xa0;: {backend})&#xa0;; les secrets restent en mémoire jusqu’à la fermeture de l’application et devront être saisis de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln message(s) are deleted from this computer and its sign-in is forgotten. Notes and contacts stay. This cannot be undone.</source>
        <translation>
            <numerusform>Son %Ln message est effacé de cet ordinateur et sa connexion est oubliée. Les notes et les contacts restent. Cette action est irréversible.</numerusform>
            <numerusform>Ses %Ln messages sont effacés de cet ordinateur et sa connexion est oubliée. Les notes et les contacts restent. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Working</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande votre attention</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>quota: %1 of %2 used</source>
        <translation>quota&#xa0;: %1 sur %2 utilisés</translation>
    </message>
    <message>
        <source>being synced by %1</source>
        <translation>synchronisé par %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Dernière synchronisation&#xa0;: {time}</translation>
    </message>
    <message>
        <source>{last}; next: {time}</source>
        <translation>{last}&#xa0;; prochaine&#xa0;: {time}</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>À jour {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>puis {time}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>COMPTES</translation>
    </message>
    <message>
        <source>Account states</source>
        <translation>États des comptes</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts</source>
        <translation>Ajouter, reconnecter ou supprimer des comptes</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>à {property}</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{age} ago</source>
        <translation>il y a {age}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln w</source>
        <translation>
            <numerusform>%Ln sem.</numerusform>
            <numerusform>%Ln sem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln y</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Unusual activity on {network}</source>
        <translation>Activité inhabituelle sur {network}</translation>
    </message>
    <message>
        <source>Many negative messages on {network}</source>
        <translation>Beaucoup de messages négatifs sur {network}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>{messages} since {time}; usually {usual} an hour at this time.</source>
        <translation>{messages} depuis {time}&#xa0;; habituellement {usual} par heure à ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them negative.</source>
        <translation>
            <numerusform>%n négatif.</numerusform>
            <numerusform>%n négatifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Messages</source>
        <translation>Afficher les messages</translation>
    </message>
    <message>
        <source>List the messages of this alert (Ctrl+Shift+M)</source>
        <translation>Lister les messages de cette alerte (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Say you are on it: the alert leaves every desk (Ctrl+Shift+K)</source>
        <translation>Indiquez que vous vous en occupez&#xa0;: l’alerte disparaît de tous les postes (Ctrl+Maj+K)</translation>
    </message>
</context>
<context>
    <name>AlertsController</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Show Alert &amp;Messages</source>
        <translation>Afficher les &amp;messages de l’alerte</translation>
    </message>
    <message>
        <source>List the messages of the newest crisis alert (Ctrl+Shift+M)</source>
        <translation>Lister les messages de la dernière alerte de crise (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>list the messages of the newest crisis alert</source>
        <translation>lister les messages de la dernière alerte de crise</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Alert</source>
        <translation>Prendre en char&amp;ge l’alerte</translation>
    </message>
    <message>
        <source>Acknowledge the newest crisis alert (Ctrl+Shift+K)</source>
        <translation>Prendre en charge la dernière alerte de crise (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>acknowledge the newest crisis alert</source>
        <translation>prendre en charge la dernière alerte de crise</translation>
    </message>
    <message>
        <source>Alert on {network} since {time}</source>
        <translation>Alerte sur {network} depuis {time}</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alerte prise en charge.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>&amp;X client id:</source>
        <translation>ID client &amp;X&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Google client id:</source>
        <translation>ID client &amp;Google&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meta app id:</source>
        <translation>ID d’app &amp;Meta&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn client id:</source>
        <translation>ID client &amp;LinkedIn&#xa0;:</translation>
    </message>
    <message>
        <source>Google, Meta and LinkedIn also ask for the app&apos;s client secret: keep it in the keychain with “socialinbox accounts app-secret google” (or meta, linkedin).</source>
        <translation>Google, Meta et LinkedIn demandent aussi le secret client de l’app&#xa0;: gardez-le dans le trousseau avec «&#xa0;socialinbox accounts app-secret google&#xa0;» (ou meta, linkedin).</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returning</source>
        <translation>
            <numerusform>%n fidèle</numerusform>
            <numerusform>%n fidèles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode Text)</source>
        <translation>UTF-16 (texte Unicode d’Excel)</translation>
    </message>
    <message>
        <source>UTF-16 LE without BOM</source>
        <translation>UTF-16 LE sans BOM</translation>
    </message>
    <message>
        <source>UTF-16 BE without BOM</source>
        <translation>UTF-16 BE sans BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, avec €)</translation>
    </message>
    <message>
        <source>DOS Latin-1 (CP850)</source>
        <translation>DOS Latin-1 (CP850)</translation>
    </message>
    <message>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Import arrivals</source>
        <translation>Importer les arrivées</translation>
    </message>
    <message>
        <source>Arrivals file</source>
        <translation>Fichier des arrivées</translation>
    </message>
    <message>
        <source>A CSV export of the day&apos;s arrivals</source>
        <translation>Un export CSV des arrivées du jour</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>If names show odd characters (Ã¼ instead of ü), try another encoding</source>
        <translation>Si les noms affichent des caractères étranges (Ã© au lieu de é), essayez un autre encodage</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Arrival day to import</source>
        <translation>Jour d’arrivée à importer</translation>
    </message>
    <message>
        <source>Arrivals &amp;on:</source>
        <translation>Arrivées &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Property the list is for</source>
        <translation>Établissement auquel la liste est destinée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>For p&amp;roperty:</source>
        <translation>Pour l’é&amp;tablissement&#xa0;:</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format des dates</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Preview — choose what each column holds (first rows of the file):</source>
        <translation>Aperçu — choisissez ce que contient chaque colonne (premières lignes du fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation>Aperçu et correspondance des colonnes</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Lignes erronées</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Ignorer les lignes erronées et importer les autres</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l’import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Arrivals lists (*.csv *.txt);;All files (*)</source>
        <translation>Listes d’arrivées (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s) arrive on {day}</source>
        <translation>
            <numerusform>%Ln client arrive le {day}</numerusform>
            <numerusform>%Ln clients arrivent le {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) for other days</source>
        <translation>
            <numerusform>%Ln ligne pour d’autres jours</numerusform>
            <numerusform>%Ln lignes pour d’autres jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s)</source>
        <translation>
            <numerusform>%Ln ligne erronée</numerusform>
            <numerusform>%Ln lignes erronées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: these %Ln arrival(s) were imported before.</source>
        <translation>
            <numerusform>Rien n’a changé&#xa0;: %Ln arrivée avait déjà été importée.</numerusform>
            <numerusform>Rien n’a changé&#xa0;: ces %Ln arrivées avaient déjà été importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {arrivals}: {matched}, {new}, {reminders}.</source>
        <translation>Importé&#xa0;: {arrivals}&#xa0;; {matched}, {new}, {reminders}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival(s)</source>
        <translation>
            <numerusform>%Ln arrivée</numerusform>
            <numerusform>%Ln arrivées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to customers</source>
        <translation>
            <numerusform>%Ln rattachée à un client</numerusform>
            <numerusform>%Ln rattachées à des clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new guest contact(s)</source>
        <translation>
            <numerusform>%Ln nouveau contact client</numerusform>
            <numerusform>%Ln nouveaux contacts clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival reminder(s) raised</source>
        <translation>
            <numerusform>%Ln rappel d’arrivée créé</numerusform>
            <numerusform>%Ln rappels d’arrivée créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne erronée ignorée</numerusform>
            <numerusform>%Ln lignes erronées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Both readings fit every date in the file: only you can tell.</source>
        <translation>Les deux lectures conviennent à toutes les dates du fichier&#xa0;: vous seul pouvez trancher.</translation>
    </message>
    <message>
        <source>As detected: {format}</source>
        <translation>Tel que détecté&#xa0;: {format}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Field of column {header}</source>
        <translation>Champ de la colonne {header}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Recognised from the column&apos;s name</source>
        <translation>Reconnu d’après le nom de la colonne</translation>
    </message>
    <message>
        <source>“{header}” is recognised as {field}; to ignore it, give another column that field.</source>
        <translation>«&#xa0;{header}&#xa0;» est reconnu comme {field}&#xa0;; pour l’ignorer, attribuez ce champ à une autre colonne.</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Rien à importer pour l’instant.</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>ligne {line}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has bad rows: fix them in the export, or tick “skip the bad rows”.</source>
        <translation>Rien n’est importé tant que le fichier contient des lignes erronées&#xa0;: corrigez-les dans l’export ou cochez «&#xa0;ignorer les lignes erronées&#xa0;».</translation>
    </message>
    <message>
        <source>No guest arrives on {day} in this file: check the day.</source>
        <translation>Aucun client n’arrive le {day} dans ce fichier&#xa0;: vérifiez le jour.</translation>
    </message>
    <message>
        <source>Choose the arrivals file exported by your system.</source>
        <translation>Choisissez le fichier des arrivées exporté par votre système.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Some names look like known customers: confirm below.</source>
        <translation>Certains noms ressemblent à des clients connus&#xa0;: confirmez ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Rien n’a été importé. {error}</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Returning: {name}</source>
        <translation>De retour&#xa0;: {name}</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Nouveau client</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Arrival day</source>
        <translation>Jour d’arrivée</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Import arrivals…</source>
        <translation>Importer les arrivées…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Importer les arrivées du jour depuis votre logiciel de gestion hôtelière (CSV)</translation>
    </message>
    <message>
        <source>Arriving guests</source>
        <translation>Clients arrivant</translation>
    </message>
    <message>
        <source>Arrivals on {day}</source>
        <translation>Arrivées du {day}</translation>
    </message>
    <message>
        <source>No arrivals imported for this day. Import the arrivals list exported by your property-management system (File ▸ Import arrivals…).</source>
        <translation>Aucune arrivée importée pour ce jour. Importez la liste des arrivées exportée par votre logiciel de gestion hôtelière (Fichier ▸ Importer les arrivées…).</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Select a message first.</source>
        <translation>Sélectionnez d’abord un message.</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Ce message n’appartient à aucun client.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Note supprimée.</translation>
    </message>
    <message>
        <source>Follow-up set for {when}.</source>
        <translation>Relance prévue pour {when}.</translation>
    </message>
    <message>
        <source>Select a message from a customer to log a call or visit.</source>
        <translation>Sélectionnez le message d’un client pour noter un appel ou une visite.</translation>
    </message>
    <message>
        <source>Logged in the customer&apos;s timeline.</source>
        <translation>Noté dans l’historique du client.</translation>
    </message>
    <message>
        <source>Identity linked.</source>
        <translation>Identité liée.</translation>
    </message>
    <message>
        <source>Split out into a new customer.</source>
        <translation>Séparée en un nouveau client.</translation>
    </message>
    <message>
        <source>Merged {name} into this customer.</source>
        <translation>{name} fusionné dans ce client.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Fusion annulée.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exporter tout ce qui concerne {name}</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation>Le client a été effacé.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Sent back by the reviewer: {comment}</source>
        <translation>Renvoyée par le relecteur&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Échec&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Draft: not queued yet</source>
        <translation>Brouillon&#xa0;: pas encore en file</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <source>Will be sent when online</source>
        <translation>Sera envoyée une fois en ligne</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>May or may not have arrived: check the Outbox</source>
        <translation>Arrivée ou non, on ne sait pas&#xa0;: vérifiez la boîte d’envoi</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply on</source>
        <translation>Répondre sur</translation>
    </message>
    <message>
        <source>Reply in this conversation, or follow up on another of the customer&apos;s channels</source>
        <translation>Répondre dans cette conversation, ou relancer sur un autre canal du client</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Notes sur le client</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Queue reply</source>
        <translation>Mettre en file</translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation>Mettre la réponse en file d’envoi (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insérer un modèle</translation>
    </message>
    <message>
        <source>Insert a canned reply filled in for this customer</source>
        <translation>Insérer une réponse type remplie pour ce client</translation>
    </message>
    <message>
        <source>Replying on the site</source>
        <translation>Réponse sur le site</translation>
    </message>
    <message>
        <source>Open on the site</source>
        <translation>Ouvrir sur le site</translation>
    </message>
    <message>
        <source>Open the review in your browser to answer it</source>
        <translation>Ouvrir l’avis dans votre navigateur pour y répondre</translation>
    </message>
    <message>
        <source>Mark answered on the site</source>
        <translation>Marquer comme répondu sur le site</translation>
    </message>
    <message>
        <source>You answered on the site: it stops needing a reply (Ctrl+Shift+D)</source>
        <translation>Vous avez répondu sur le site&#xa0;: il n’attend plus de réponse (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
    <message>
        <source>“{name}” was not used: nothing is known for {fields}.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas été utilisé&#xa0;: rien n’est connu pour {fields}.</translation>
    </message>
    <message>
        <source>{network} (on the site)</source>
        <translation>{network} (sur le site)</translation>
    </message>
    <message>
        <source>{network} (window closed)</source>
        <translation>{network} (fenêtre fermée)</translation>
    </message>
    <message>
        <source>{network} (this conversation)</source>
        <translation>{network} (cette conversation)</translation>
    </message>
    <message>
        <source>{choice} ★ preferred</source>
        <translation>{choice} ★ préféré</translation>
    </message>
    <message>
        <source>Answer on the site, where the review was written</source>
        <translation>Répondre sur le site, là où l’avis a été écrit</translation>
    </message>
    <message>
        <source>Answer in the conversation, where the customer wrote</source>
        <translation>Répondre dans la conversation, là où le client a écrit</translation>
    </message>
    <message>
        <source>Follow up with {who} on {network}: a new message, not in this thread</source>
        <translation>Relancer {who} sur {network}&#xa0;: un nouveau message, hors de ce fil</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Reply on {network}</source>
        <translation>Répondre sur {network}</translation>
    </message>
    <message>
        <source>Follow up via</source>
        <translation>Relancer via</translation>
    </message>
    <message>
        <source>Queue follow-up</source>
        <translation>Mettre la relance en file</translation>
    </message>
    <message>
        <source>Write a follow-up…</source>
        <translation>Écrire une relance…</translation>
    </message>
    <message>
        <source>Answer on {network}</source>
        <translation>Répondre sur {network}</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here. Answer on the site, then mark the review answered: it stops needing a reply and counts as your public reply.</source>
        <translation>{network} ne permet pas de répondre d’ici. Répondez sur le site, puis marquez l’avis comme répondu&#xa0;: il n’attend plus de réponse et compte comme votre réponse publique.</translation>
    </message>
    <message>
        <source>Answered on the site</source>
        <translation>Répondu sur le site</translation>
    </message>
    <message>
        <source>Reply #{id}</source>
        <translation>Réponse n° {id}</translation>
    </message>
    <message>
        <source>Follow-up #{id} on {network}</source>
        <translation>Relance n° {id} sur {network}</translation>
    </message>
    <message>
        <source>No message is selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation>Mise en file…</translation>
    </message>
    <message>
        <source>Answer on the site</source>
        <translation>Répondre sur le site</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Écrivez d’abord quelque chose</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Trop long pour {network}&#xa0;: {over} {unit} de trop</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Remplissez d’abord le champ de modèle {fields}</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: {network} takes only a reply written by a person, until {days} days have passed.</source>
        <translation>Plus de 24 heures depuis le message du client&#xa0;: {network} n’accepte qu’une réponse écrite par une personne, jusqu’à ce que {days} jours soient passés.</translation>
    </message>
    <message>
        <source>A follow-up on {network} is already queued or sent; a new one would be a second.</source>
        <translation>Une relance sur {network} est déjà en file ou envoyée&#xa0;; une nouvelle en ferait une deuxième.</translation>
    </message>
    <message>
        <source>This message already has a reply queued or sent; a new one would be a second reply.</source>
        <translation>Ce message a déjà une réponse en file ou envoyée&#xa0;; une nouvelle serait une deuxième réponse.</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one.</source>
        <translation>{network} n’accepte pas de réponse à un message privé plus de {days} jours après le dernier message du client.</translation>
    </message>
    <message>
        <source>Follow up on another channel in “Reply on”: {channels}.</source>
        <translation>Relancez sur un autre canal dans «&#xa0;Répondre sur&#xa0;»&#xa0;: {channels}.</translation>
    </message>
    <message>
        <source>No other channel of this customer is known: wait until they write again.</source>
        <translation>Aucun autre canal de ce client n’est connu&#xa0;: attendez qu’il écrive de nouveau.</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Compté en {unit}, comme le réseau compte</translation>
    </message>
    <message>
        <source>Queue it (Ctrl+Enter)</source>
        <translation>Mettre en file (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>App password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>Create an app password in Bluesky under Settings ▸ Privacy and security ▸ App passwords (https://bsky.app/settings/app-passwords). Do not use your main password.</source>
        <translation>Créez un mot de passe d’application dans Bluesky sous Paramètres ▸ Confidentialité et sécurité ▸ Mots de passe d’application (https://bsky.app/settings/app-passwords). N’utilisez pas votre mot de passe principal.</translation>
    </message>
    <message>
        <source>Server (leave as is for bsky.social)</source>
        <translation>Serveur (à laisser tel quel pour bsky.social)</translation>
    </message>
    <message>
        <source>Handle (e.g. yourname.bsky.social)</source>
        <translation>Identifiant (p. ex. votrenom.bsky.social)</translation>
    </message>
    <message>
        <source>Demo (sample messages)</source>
        <translation>Démo (messages d’exemple)</translation>
    </message>
    <message>
        <source>Pretend the network is unreachable</source>
        <translation>Faire comme si le réseau était injoignable</translation>
    </message>
    <message>
        <source>E-mail (IMAP/SMTP)</source>
        <translation>E-mail (IMAP/SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of the mailbox, used for IMAP and SMTP. Providers with two-step sign-in (Gmail, Outlook, iCloud, Yahoo) need an app password created in the account&apos;s security settings.</source>
        <translation>Le mot de passe de la boîte aux lettres, utilisé pour IMAP et SMTP. Les fournisseurs à connexion en deux étapes (Gmail, Outlook, iCloud, Yahoo) demandent un mot de passe d’application créé dans les paramètres de sécurité du compte.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>IMAP server (incoming)</source>
        <translation>Serveur IMAP (entrant)</translation>
    </message>
    <message>
        <source>IMAP port (993 for TLS, 143 for STARTTLS)</source>
        <translation>Port IMAP (993 pour TLS, 143 pour STARTTLS)</translation>
    </message>
    <message>
        <source>SMTP server (outgoing)</source>
        <translation>Serveur SMTP (sortant)</translation>
    </message>
    <message>
        <source>SMTP port (465 for TLS, 587 for STARTTLS)</source>
        <translation>Port SMTP (465 pour TLS, 587 pour STARTTLS)</translation>
    </message>
    <message>
        <source>User name (often the address)</source>
        <translation>Nom d’utilisateur (souvent l’adresse)</translation>
    </message>
    <message>
        <source>Encryption: tls, starttls or none</source>
        <translation>Chiffrement&#xa0;: tls, starttls ou none</translation>
    </message>
    <message>
        <source>Sent folder (found automatically)</source>
        <translation>Dossier des envoyés (trouvé automatiquement)</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Avis Google</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth access token with the scope business.manage.</source>
        <translation>Connectez-vous avec le navigateur (l’app Google de cet ordinateur&#xa0;: Paramètres ▸ Apps), ou collez un jeton d’accès OAuth avec la portée business.manage.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>LinkedIn page</source>
        <translation>Page LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with the browser as an administrator of the page (this computer&apos;s LinkedIn app: Settings ▸ Apps), or paste an access token with the scopes r_organization_social, w_organization_social and rw_organization_admin. The page number (as in linkedin.com/company/12345/admin) is needed only if you administer several pages.</source>
        <translation>Connectez-vous avec le navigateur en tant qu’administrateur de la page (l’app LinkedIn de cet ordinateur&#xa0;: Paramètres ▸ Apps), ou collez un jeton d’accès avec les portées r_organization_social, w_organization_social et rw_organization_admin. Le numéro de page (comme dans linkedin.com/company/12345/admin) n’est nécessaire que si vous administrez plusieurs pages.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Sign in with the browser, or paste an access token: on your server open Preferences ▸ Development ▸ New application, tick the scopes “read” and “write”, submit, open the application and copy “Your access token”.</source>
        <translation>Connectez-vous avec le navigateur, ou collez un jeton d’accès&#xa0;: sur votre serveur, ouvrez Préférences ▸ Développement ▸ Nouvelle application, cochez les portées «&#xa0;read&#xa0;» et «&#xa0;write&#xa0;», validez, ouvrez l’application et copiez «&#xa0;Votre jeton d’accès&#xa0;».</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Your Matrix password signs this app in once, as a device of its own; only that device&apos;s access token is kept (in the keychain), never the password. Messages in encrypted rooms cannot be read here.</source>
        <translation>Votre mot de passe Matrix connecte cette application une fois, comme un appareil à part&#xa0;; seul le jeton d’accès de cet appareil est gardé (dans le trousseau), jamais le mot de passe. Les messages des salons chiffrés ne peuvent pas être lus ici.</translation>
    </message>
    <message>
        <source>Homeserver (e.g. https://matrix.example.org)</source>
        <translation>Serveur d’accueil (p. ex. https://matrix.example.org)</translation>
    </message>
    <message>
        <source>User id (e.g. @desk:example.org)</source>
        <translation>Identifiant (p. ex. @accueil:example.org)</translation>
    </message>
    <message>
        <source>Accept invitations to direct chats (yes/no)</source>
        <translation>Accepter les invitations aux discussions directes (yes/no)</translation>
    </message>
    <message>
        <source>Page name or id</source>
        <translation>Nom ou identifiant de la page</translation>
    </message>
    <message>
        <source>Facebook Page</source>
        <translation>Page Facebook</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Page, with the permissions pages_show_list, pages_messaging, pages_read_engagement and pages_manage_engagement.</source>
        <translation>Connectez-vous avec le navigateur (l’app Meta de cet ordinateur&#xa0;: Paramètres ▸ Apps), ou collez un jeton d’accès utilisateur d’une personne qui gère la Page, avec les autorisations pages_show_list, pages_messaging, pages_read_engagement et pages_manage_engagement.</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Facebook Page linked to the Instagram professional account, with the permissions instagram_basic, instagram_manage_messages and instagram_manage_comments.</source>
        <translation>Connectez-vous avec le navigateur (l’app Meta de cet ordinateur&#xa0;: Paramètres ▸ Apps), ou collez un jeton d’accès utilisateur d’une personne qui gère la Page Facebook liée au compte professionnel Instagram, avec les autorisations instagram_basic, instagram_manage_messages et instagram_manage_comments.</translation>
    </message>
    <message>
        <source>Meta lets your app read and answer a Page&apos;s messages and comments only after App Review of its permissions (and a verified business).</source>
        <translation>Meta ne laisse votre app lire et répondre aux messages et commentaires d’une Page qu’après l’examen (App Review) de ses autorisations (et avec une entreprise vérifiée).</translation>
    </message>
    <message>
        <source>X&apos;s API is paid: buy credits for your app in X&apos;s Developer Console before connecting (each post read and reply is charged).</source>
        <translation>L’API de X est payante&#xa0;: achetez des crédits pour votre app dans la Developer Console de X avant de connecter (chaque publication lue et chaque réponse est facturée).</translation>
    </message>
    <message>
        <source>Google opens the Business Profile APIs to a project only after you request access and Google approves it.</source>
        <translation>Google n’ouvre les API Business Profile à un projet qu’après votre demande d’accès et son approbation par Google.</translation>
    </message>
    <message>
        <source>Enable the YouTube Data API in your Google Cloud project (10,000 quota units a day); until Google has verified your app, its sign-ins expire after 7 days.</source>
        <translation>Activez la YouTube Data API dans votre projet Google Cloud (10 000 unités de quota par jour)&#xa0;; tant que Google n’a pas vérifié votre app, ses connexions expirent au bout de 7 jours.</translation>
    </message>
    <message>
        <source>LinkedIn grants the Community Management API, needed to read and answer a Page&apos;s comments, only to apps it has reviewed and approved.</source>
        <translation>LinkedIn n’accorde la Community Management API, nécessaire pour lire et répondre aux commentaires d’une Page, qu’aux apps qu’il a examinées et approuvées.</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Jeton du bot</translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather, send /newbot (or /mybots for a bot you have) and copy the token it gives (it looks like 123456789:AAE…); customers then write to the bot. To answer the chats of your own Telegram Business account too, connect the bot there: Settings ▸ Telegram Business ▸ Chatbots, add the bot and allow it to reply.</source>
        <translation>Dans Telegram, ouvrez une discussion avec @BotFather, envoyez /newbot (ou /mybots pour un bot existant) et copiez le jeton qu’il donne (il ressemble à 123456789:AAE…)&#xa0;; les clients écrivent ensuite au bot. Pour répondre aussi aux discussions de votre propre compte Telegram Business, connectez-y le bot&#xa0;: Paramètres ▸ Telegram Business ▸ Chatbots, ajoutez le bot et autorisez-le à répondre.</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Serveur de l’API Bot</translation>
    </message>
    <message>
        <source>WordPress comments</source>
        <translation>Commentaires WordPress</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Mot de passe d’application</translation>
    </message>
    <message>
        <source>In your site&apos;s dashboard open Users ▸ Profile, scroll to “Application Passwords”, type a name (e.g. Social Inbox), press “Add New Application Password” and copy it (WordPress 5.6 or newer). The user must be an Editor or Administrator. The site must use https:// unless it runs on this computer.</source>
        <translation>Dans le tableau de bord de votre site, ouvrez Utilisateurs ▸ Profil, descendez jusqu’à «&#xa0;Mots de passe d’application&#xa0;», tapez un nom (p. ex. Social Inbox), cliquez sur «&#xa0;Ajouter un nouveau mot de passe d’application&#xa0;» et copiez-le (WordPress 5.6 ou plus récent). L’utilisateur doit être Éditeur ou Administrateur. Le site doit utiliser https:// sauf s’il tourne sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s X app: Settings ▸ Apps), or paste an OAuth 2.0 user access token with the scopes tweet.read, tweet.write and users.read.</source>
        <translation>Connectez-vous avec le navigateur (l’app X de cet ordinateur&#xa0;: Paramètres ▸ Apps), ou collez un jeton d’accès utilisateur OAuth 2.0 avec les portées tweet.read, tweet.write et users.read.</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth 2.0 access token with the scope youtube.force-ssl.</source>
        <translation>Connectez-vous avec le navigateur (l’app Google de cet ordinateur&#xa0;: Paramètres ▸ Apps), ou collez un jeton d’accès OAuth 2.0 avec la portée youtube.force-ssl.</translation>
    </message>
    <message>
        <source>Daily quota (units)</source>
        <translation>Quota quotidien (unités)</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>VIP: important; their messages come first</source>
        <translation>VIP&#xa0;: important&#xa0;; ses messages passent en premier</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Topics they want to hear about</source>
        <translation>Sujets qui l’intéressent</translation>
    </message>
    <message>
        <source>e.g. events, seasonal menu (commas between)</source>
        <translation>p. ex. événements, menu de saison (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>e.g. regular, allergy (commas between)</source>
        <translation>p. ex. habitué, allergie (séparées par des virgules)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferred channel:</source>
        <translation>Canal &amp;préféré&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Sujets&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about.</source>
        <translation>Demandez-lui comment il souhaite être contacté et ce qui l’intéresse.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stay(s)</source>
        <translation>
            <numerusform>%Ln séjour</numerusform>
            <numerusform>%Ln séjours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln non lu</numerusform>
            <numerusform>%Ln non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln en attente de réponse</numerusform>
            <numerusform>%Ln en attente de réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Message counts</source>
        <translation>Nombre de messages</translation>
    </message>
</context>
<context>
    <name>CustomerBrief</name>
    <message>
        <source>Customer: {name}</source>
        <translation>Client&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Préfère {network}</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more pinned note(s)</source>
        <translation>
            <numerusform>…et %Ln autre note épinglée</numerusform>
            <numerusform>…et %Ln autres notes épinglées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer card</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <source>Select a message to see who wrote it.</source>
        <translation>Sélectionnez un message pour voir qui l’a écrit.</translation>
    </message>
    <message>
        <source>Show Customer &amp;Card</source>
        <translation>Afficher la fiche &amp;client</translation>
    </message>
    <message>
        <source>&amp;Go to Customer Card</source>
        <translation>Aller à la fic&amp;he client</translation>
    </message>
    <message>
        <source>Go to the customer card, or hide it (Ctrl+I)</source>
        <translation>Aller à la fiche client, ou la masquer (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Note from Message…</source>
        <translation>&amp;Note à partir du message…</translation>
    </message>
    <message>
        <source>Make a note on the customer from this message (N)</source>
        <translation>Faire une note sur le client à partir de ce message (N)</translation>
    </message>
    <message>
        <source>&amp;Log a Call or Visit…</source>
        <translation>Noter un appel ou une &amp;visite…</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Noter un appel téléphonique ou une visite de ce client (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Ajouter une note…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;Link Identity…</source>
        <translation>&amp;Lier une identité…</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>&amp;Relancer…</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>E&amp;xport Contact…</source>
        <translation>E&amp;xporter le contact…</translation>
    </message>
    <message>
        <source>E&amp;rase Contact…</source>
        <translation>&amp;Effacer le contact…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>État de la fiche</translation>
    </message>
    <message>
        <source>Customer details and timeline</source>
        <translation>Détails et historique du client</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Name, tags, VIP, preferred channel and topics</source>
        <translation>Nom, étiquettes, VIP, canal préféré et sujets</translation>
    </message>
    <message>
        <source>★ VIP</source>
        <translation>★ VIP</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Mark as VIP: important; their messages come first</source>
        <translation>Marquer comme VIP&#xa0;: important&#xa0;; ses messages passent en premier</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More customer actions</source>
        <translation>Autres actions sur le client</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment le joindre</translation>
    </message>
    <message>
        <source>Preferred channel and topics</source>
        <translation>Canal préféré et sujets</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <source>A date to get back to them (“call back Friday”)</source>
        <translation>Une date pour revenir vers lui («&#xa0;rappeler vendredi&#xa0;»)</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Link identity…</source>
        <translation>Lier une identité…</translation>
    </message>
    <message>
        <source>Add a handle, e-mail address or phone number by hand</source>
        <translation>Ajouter à la main un identifiant, une adresse e-mail ou un numéro de téléphone</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Appel ou visite…</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Ce message n’appartient à aucun client.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Ce client a été effacé.</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Préfère {network}</translation>
    </message>
    <message>
        <source>Wants to hear about: {topics}</source>
        <translation>Souhaite être informé de&#xa0;: {topics}</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about (Edit… keeps the answer).</source>
        <translation>Demandez-lui comment il souhaite être contacté et ce qui l’intéresse (Modifier… conserve la réponse).</translation>
    </message>
    <message>
        <source>Follow up: {when}</source>
        <translation>Relance&#xa0;: {when}</translation>
    </message>
    <message>
        <source>No follow-up set.</source>
        <translation>Aucune relance prévue.</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Chambre {room}</translation>
    </message>
    <message>
        <source>Merged in: {name} ({day})</source>
        <translation>Fusionné&#xa0;: {name} ({day})</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Undo the merge with {name}</source>
        <translation>Annuler la fusion avec {name}</translation>
    </message>
    <message numerus="yes">
        <source>Every message · %Ln</source>
        <translation>
            <numerusform>Messages · %Ln</numerusform>
            <numerusform>Messages · %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln messages</source>
        <translation>
            <numerusform>Le dernier message (%Ln)</numerusform>
            <numerusform>Les %Ln derniers messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Where the data is now</source>
        <translation>Où se trouvent les données</translation>
    </message>
    <message>
        <source>This window was started with --database-url, which is used instead of the choice below.</source>
        <translation>Cette fenêtre a été lancée avec --database-url, qui s’applique à la place du choix ci-dessous.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Où les conserver</translation>
    </message>
    <message>
        <source>On this &amp;computer (SQLite)</source>
        <translation>Sur cet &amp;ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>Shared &amp;server (PostgreSQL)</source>
        <translation>&amp;Serveur partagé (PostgreSQL)</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// address</source>
        <translation>db.example.org, ou collez une adresse postgresql://</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain. Moving to another database leaves the one in use now as it is.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur. Passer à une autre base laisse celle utilisée aujourd’hui telle quelle.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>Utiliser cette base de &amp;données</translation>
    </message>
    <message>
        <source>On this computer, in the file {path}</source>
        <translation>Sur cet ordinateur, dans le fichier {path}</translation>
    </message>
    <message>
        <source>On the server {host}, port {port}: database {database}, user {user}</source>
        <translation>Sur le serveur {host}, port {port}&#xa0;: base {database}, utilisateur {user}</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indiquez le serveur et la base de données.</translation>
    </message>
    <message>
        <source>The database on the server is empty.</source>
        <translation>La base de données du serveur est vide.</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s data into it (checked row by row; the data here stays as it is), or start with an empty database?</source>
        <translation>Copier les données de cet ordinateur dans cette base (vérifiées ligne par ligne&#xa0;; les données d’ici restent telles quelles), ou commencer avec une base vide&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data</source>
        <translation>&amp;Copier les données de cet ordinateur</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Commencer &amp;vide</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data…</source>
        <translation>Copie des données de cet ordinateur…</translation>
    </message>
    <message>
        <source>{app} uses the new database from its next start.</source>
        <translation>{app} utilisera la nouvelle base de données à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in: set one up (or allow the unencrypted one), or use ~/.pgpass.</source>
        <translation>Cet ordinateur n’a pas de trousseau où conserver le mot de passe&#xa0;: configurez-en un (ou autorisez le trousseau non chiffré), ou utilisez ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <source>Database connection</source>
        <translation>Connexion à la base de données</translation>
    </message>
    <message>
        <source>Database connection lost: retrying…</source>
        <translation>Connexion à la base de données perdue&#xa0;: nouvel essai…</translation>
    </message>
    <message>
        <source>What you write is kept and saved when the connection returns; other desks&apos; changes show again then.</source>
        <translation>Ce que vous écrivez est gardé et enregistré au retour de la connexion&#xa0;; les modifications des autres postes s’afficheront alors de nouveau.</translation>
    </message>
</context>
<context>
    <name>DateTime</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Demo data: sample messages, nothing is saved</source>
        <translation>Données de démonstration&#xa0;: messages d’exemple, rien n’est enregistré</translation>
    </message>
    <message>
        <source>Sample messages in a throwaway database; nothing is saved.</source>
        <translation>Des messages d’exemple dans une base jetable&#xa0;; rien n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>DeskPropertyRows</name>
    <message>
        <source>Properties</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>A property&apos;s name, e.g. Nashville</source>
        <translation>Nom d’un établissement, p. ex. Nashville</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Reno&amp;mmer</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;property:</source>
        <translation>É&amp;tablissement de ce poste&#xa0;:</translation>
    </message>
    <message>
        <source>Given on the command line (--property {name}).</source>
        <translation>Indiqué en ligne de commande (--property {name}).</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Établissements&#xa0;:</translation>
    </message>
    <message>
        <source>None (every property)</source>
        <translation>Aucun (tous les établissements)</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so closing the window quits the app. Notifications appear inside the window.</source>
        <translation>Votre bureau n’a pas de zone de notification&#xa0;: fermer la fenêtre quitte l’application. Les notifications apparaissent dans la fenêtre.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>This erases “{name}” and everything the app holds about them:</source>
        <translation>Ceci efface «&#xa0;{name}&#xa0;» et tout ce que l’application détient sur cette personne&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in and out</source>
        <translation>
            <numerusform>%n message reçu ou envoyé</numerusform>
            <numerusform>%n messages reçus et envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n séjour</numerusform>
            <numerusform>%n séjours</numerusform>
        </translation>
    </message>
    <message>
        <source>their reminders, queued replies and search entries</source>
        <translation>ses rappels, réponses en file et entrées de recherche</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the contact first to keep a copy.</source>
        <translation>Cette action est irréversible. Exportez d’abord le contact pour en garder une copie.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}?</source>
        <translation>Effacer {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Erase this customer for good?</source>
        <translation>Effacer définitivement ce client&#xa0;?</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Ce qui sera effacé</translation>
    </message>
    <message>
        <source>Type the customer’s name to confirm:</source>
        <translation>Tapez le nom du client pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Customer’s name, to confirm</source>
        <translation>Nom du client, pour confirmer</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Tout effacer</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalader…</translation>
    </message>
    <message>
        <source>Hand the message to a colleague, with the reason (Shift+E)</source>
        <translation>Confier le message à un collègue, avec le motif (Maj+E)</translation>
    </message>
    <message>
        <source>escalate the message to a colleague</source>
        <translation>escalader le message à un collègue</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <source>Assign the message to a colleague or to yourself (Shift+A)</source>
        <translation>Attribuer le message à un collègue ou à vous-même (Maj+A)</translation>
    </message>
    <message>
        <source>assign the message to someone</source>
        <translation>attribuer le message à quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Resolve Escalation…</source>
        <translation>&amp;Clore l’escalade…</translation>
    </message>
    <message>
        <source>Settle the message&apos;s escalation and say what came of it (Shift+R)</source>
        <translation>Clore l’escalade du message et dire ce qui en est sorti (Maj+R)</translation>
    </message>
    <message>
        <source>resolve the message&apos;s escalation</source>
        <translation>clore l’escalade du message</translation>
    </message>
    <message>
        <source>It is escalated to {name} now: escalating it again hands it on.</source>
        <translation>Il est escaladé à {name}&#xa0;: l’escalader de nouveau le transmet.</translation>
    </message>
    <message>
        <source>The person you choose is told on their desk; it shows under Escalated.</source>
        <translation>La personne choisie est prévenue sur son poste&#xa0;; le message apparaît sous Escaladés.</translation>
    </message>
    <message>
        <source>Escalate message</source>
        <translation>Escalader le message</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Assign message</source>
        <translation>Attribuer le message</translation>
    </message>
    <message>
        <source>The message shows in Mine for the person you choose.</source>
        <translation>Le message apparaît dans Les miens pour la personne choisie.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>Clore l’escalade</translation>
    </message>
    <message>
        <source>Escalated to {name}. What came of it? It stays in the history.</source>
        <translation>Escaladé à {name}. Qu’en est-il sorti&#xa0;? Cela reste dans l’historique.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EscalationHistory</name>
    <message>
        <source>Escalation history</source>
        <translation>Historique des escalades</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Attribué à {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Resolved by {name}, {time}: {outcome}</source>
        <translation>Close par {name}, {time}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>{by} escalated it to {to}, {time}</source>
        <translation>{by} l’a escaladé à {to}, {time}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with {name}</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Date et heure de la relance</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine prochaine</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>e.g. call back about the wedding booking</source>
        <translation>p. ex. rappeler au sujet de la réservation du mariage</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Prévoir la relance</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>&amp;Trouver un client…</translation>
    </message>
    <message>
        <source>Find a customer by a few letters of name, handle, e-mail, phone or room</source>
        <translation>Trouver un client avec quelques lettres du nom, de l’identifiant, de l’e-mail, du téléphone ou de la chambre</translation>
    </message>
    <message>
        <source>find a customer (name, handle, e-mail, phone or room)</source>
        <translation>trouver un client (nom, identifiant, e-mail, téléphone ou chambre)</translation>
    </message>
    <message>
        <source>&amp;Import Arrivals…</source>
        <translation>&amp;Importer les arrivées…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Importer les arrivées du jour depuis votre logiciel de gestion hôtelière (CSV)</translation>
    </message>
    <message>
        <source>Snoozed until {time}.</source>
        <translation>Reporté jusqu’à {time}.</translation>
    </message>
    <message>
        <source>Guest linked (merge {id}; undo with “contacts undo-merge {id}”).</source>
        <translation>Client lié (fusion {id}&#xa0;; à annuler avec «&#xa0;contacts undo-merge {id}&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used when {app} next starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de {app}.</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de données…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Où les données sont conservées&#xa0;: sur cet ordinateur ou sur un serveur partagé</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Passation de service</translation>
    </message>
    <message>
        <source>What the digest covers</source>
        <translation>Ce que couvre le résumé</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <source>This shift (last %n hour(s))</source>
        <translation>
            <numerusform>Ce service (%n dernière heure)</numerusform>
            <numerusform>Ce service (%n dernières heures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>%n dernière heure</numerusform>
            <numerusform>%n dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open it; this window stays open.</source>
        <translation>Cliquez sur une ligne (ou appuyez sur Entrée) pour l’ouvrir&#xa0;; cette fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the digest again (Ctrl+R)</source>
        <translation>Relire le résumé (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Handover: {since} to {until}</source>
        <translation>Passation&#xa0;: du {since} au {until}</translation>
    </message>
    <message>
        <source>Handover at {place}: {since} to {until}</source>
        <translation>Passation à {place}&#xa0;: du {since} au {until}</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nouveaux messages</translation>
    </message>
    <message>
        <source>Waiting past their target</source>
        <translation>En attente au-delà de l’objectif</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalades</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Rappels à traiter</translation>
    </message>
    <message>
        <source>Returning guests arriving</source>
        <translation>Clients fidèles arrivant</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln de plus</numerusform>
            <numerusform>… et %Ln de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: show the list</source>
        <translation>
            <numerusform>… et %Ln de plus&#xa0;: afficher la liste</numerusform>
            <numerusform>… et %Ln de plus&#xa0;: afficher la liste</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} on {network} since {time}: {count} (usual {usual})</source>
        <translation>{kind} sur {network} depuis {time}&#xa0;: {count} (habituellement {usual})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>waiting {age} (target {target})</source>
        <translation>en attente depuis {age} (objectif {target})</translation>
    </message>
    <message>
        <source>To {to} (by {by}){reason} — {who}: {preview}</source>
        <translation>À {to} (par {by}){reason} — {who}&#xa0;: {preview}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, chambre {room}</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation>Messages négatifs</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>&amp;Handover…</source>
        <translation>&amp;Passation…</translation>
    </message>
    <message>
        <source>What the next shift must know: new and waiting messages, escalations, reminders, arriving guests, alerts</source>
        <translation>Ce que l’équipe suivante doit savoir&#xa0;: messages nouveaux et en attente, escalades, rappels, clients arrivant, alertes</translation>
    </message>
    <message>
        <source>the shift handover</source>
        <translation>la passation de service</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys that work in {app}:</source>
        <translation>Touches qui fonctionnent dans {app}&#xa0;:</translation>
    </message>
    <message>
        <source>About Social Inbox</source>
        <translation>À propos de Social Inbox</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <source>One inbox for every channel your customers write on.
Local first: your messages stay on this computer.</source>
        <translation>Une seule boîte de réception pour tous les canaux où vos clients écrivent.
Locale d’abord&#xa0;: vos messages restent sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>No identity yet: link one to find their messages.</source>
        <translation>Aucune identité pour l’instant&#xa0;: liez-en une pour retrouver ses messages.</translation>
    </message>
    <message>
        <source>last seen {ago}</source>
        <translation>vu pour la dernière fois {ago}</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>pas encore vu</translation>
    </message>
    <message>
        <source>Split out</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>Split out {network} {handle}</source>
        <translation>Séparer {network} {handle}</translation>
    </message>
    <message>
        <source>Move this identity and its messages to a customer of its own</source>
        <translation>Déplacer cette identité et ses messages vers un client à part</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>↑ ↓ or j k</source>
        <translation>↑ ↓ ou j k</translation>
    </message>
    <message>
        <source>move through the list</source>
        <translation>se déplacer dans la liste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>read the message in the reading pane</source>
        <translation>lire le message dans le volet de lecture</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>revenir à la liste</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark the selected messages read or unread (U or Ctrl+U)</source>
        <translation>Marquer les messages sélectionnés comme lus ou non lus (U ou Ctrl+U)</translation>
    </message>
    <message>
        <source>mark read or unread</source>
        <translation>marquer comme lu ou non lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Marquer comme &amp;traité</translation>
    </message>
    <message>
        <source>Mark the selected messages done (E, D or Ctrl+D)</source>
        <translation>Marquer les messages sélectionnés comme traités (E, D ou Ctrl+D)</translation>
    </message>
    <message>
        <source>mark done</source>
        <translation>marquer comme traité</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Ouvrir l’original</translation>
    </message>
    <message>
        <source>Open the message on its network, in your browser (Ctrl+O)</source>
        <translation>Ouvrir le message sur son réseau, dans votre navigateur (Ctrl+O)</translation>
    </message>
    <message>
        <source>open the original in your browser</source>
        <translation>ouvrir l’original dans votre navigateur</translation>
    </message>
    <message>
        <source>Mark &amp;Answered on the Site</source>
        <translation>Marquer comme &amp;répondu sur le site</translation>
    </message>
    <message>
        <source>A review on a site without replies from here (Yelp, Tripadvisor, Booking.com) was answered on the site (Ctrl+Shift+D)</source>
        <translation>Un avis sur un site où l’on ne peut pas répondre d’ici (Yelp, Tripadvisor, Booking.com) a reçu une réponse sur le site (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>mark a review answered on its site</source>
        <translation>marquer un avis comme répondu sur son site</translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation>&amp;Rechercher dans les messages</translation>
    </message>
    <message>
        <source>search (Escape clears)</source>
        <translation>rechercher (Échap efface)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>queue the reply (in the reply box)</source>
        <translation>mettre la réponse en file (dans la zone de réponse)</translation>
    </message>
    <message>
        <source>Most &amp;Urgent First</source>
        <translation>Le plus &amp;urgent d’abord</translation>
    </message>
    <message>
        <source>Messages waiting for a reply first, ranked: VIP customers, negative tone, escalated, then the longest wait (Ctrl+Shift+R)</source>
        <translation>Les messages en attente de réponse d’abord, classés&#xa0;: clients VIP, ton négatif, escaladés, puis la plus longue attente (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>most urgent first / newest first</source>
        <translation>le plus urgent d’abord / le plus récent d’abord</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Titre de la liste</translation>
    </message>
    <message>
        <source>List size</source>
        <translation>Taille de la liste</translation>
    </message>
    <message>
        <source>Message list and reading pane</source>
        <translation>Liste des messages et volet de lecture</translation>
    </message>
    <message>
        <source>Results for “{query}”</source>
        <translation>Résultats pour «&#xa0;{query}&#xa0;»</translation>
    </message>
    <message>
        <source>{count} in {list}</source>
        <translation>{count} dans {list}</translation>
    </message>
    <message>
        <source>{count} · most urgent first</source>
        <translation>{count} · le plus urgent d’abord</translation>
    </message>
    <message>
        <source>No messages match “{query}”.

Try fewer or other words.</source>
        <translation>Aucun message ne correspond à «&#xa0;{query}&#xa0;».

Essayez moins de mots ou d’autres mots.</translation>
    </message>
    <message>
        <source>Fetching the demo messages…</source>
        <translation>Récupération des messages de démonstration…</translation>
    </message>
    <message>
        <source>No messages from {network} yet.</source>
        <translation>Aucun message de {network} pour l’instant.</translation>
    </message>
    <message>
        <source>No unread messages.
You are all caught up.</source>
        <translation>Aucun message non lu.
Vous êtes à jour.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a reply.</source>
        <translation>Rien n’attend de réponse.</translation>
    </message>
    <message>
        <source>No open escalations.

Escalate a message to a colleague with Message ▸ Escalate… (Shift+E).</source>
        <translation>Aucune escalade ouverte.

Escaladez un message à un collègue avec Message ▸ Escalader… (Maj+E).</translation>
    </message>
    <message>
        <source>Nothing is assigned to you.</source>
        <translation>Rien ne vous est attribué.</translation>
    </message>
    <message>
        <source>Fetching messages…</source>
        <translation>Récupération des messages…</translation>
    </message>
    <message>
        <source>No account is connected yet.

Connect one with File ▸ Accounts… (Ctrl+Shift+A),
or from the command line: socialinbox accounts add

or try the app with sample messages: socialinbox --demo</source>
        <translation>Aucun compte n’est encore connecté.

Connectez-en un avec Fichier ▸ Comptes… (Ctrl+Maj+A),
ou en ligne de commande&#xa0;: socialinbox accounts add

ou essayez l’application avec des messages d’exemple&#xa0;: socialinbox --demo</translation>
    </message>
    <message>
        <source>Your inbox is empty.

New messages appear here as they arrive.</source>
        <translation>Votre boîte de réception est vide.

Les nouveaux messages apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Mark as Not &amp;Done</source>
        <translation>Marquer comme non &amp;traité</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non traité</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Marked answered on the site.</source>
        <translation>Marqué comme répondu sur le site.</translation>
    </message>
    <message>
        <source>Refused to open the link: only web addresses (http, https) are opened.</source>
        <translation>Ouverture du lien refusée&#xa0;: seules les adresses web (http, https) sont ouvertes.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Aucun navigateur web n’a pu ouvrir le lien.</translation>
    </message>
    <message>
        <source>Reply queued; sending it now.</source>
        <translation>Réponse en file&#xa0;; envoi en cours.</translation>
    </message>
    <message>
        <source>Reply stored; it waits for another person&apos;s review.</source>
        <translation>Réponse enregistrée&#xa0;; elle attend la relecture d’une autre personne.</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Where the business stands on the six response levels (Ctrl+Shift+I)</source>
        <translation>Où en est l’entreprise sur les six niveaux de réponse (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>open Insights: response levels and times</source>
        <translation>ouvrir les statistiques&#xa0;: niveaux et délais de réponse</translation>
    </message>
    <message>
        <source>&amp;Export Insights…</source>
        <translation>E&amp;xporter les statistiques…</translation>
    </message>
    <message>
        <source>Save the Insights page as CSV or as a PNG image</source>
        <translation>Enregistrer la page Statistiques en CSV ou en image PNG</translation>
    </message>
    <message>
        <source>export Insights (CSV or PNG)</source>
        <translation>exporter les statistiques (CSV ou PNG)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>The levels are still being read.</source>
        <translation>Les niveaux sont encore en cours de lecture.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export impossible&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Insights saved to {path}</source>
        <translation>Statistiques enregistrées dans {path}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Where the business stands</source>
        <translation>Où en est l’entreprise</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Première réponse médiane</translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation>90 % répondus en moins de</translation>
    </message>
    <message>
        <source>Answered within an hour, in business hours</source>
        <translation>Répondus en moins d’une heure, pendant les heures d’ouverture</translation>
    </message>
    <message>
        <source>Answered within an hour, out of hours</source>
        <translation>Répondus en moins d’une heure, hors des heures d’ouverture</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis toujours</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>%n dernière semaine</numerusform>
            <numerusform>%n dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>Reading the levels…</source>
        <translation>Lecture des niveaux…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answered message(s)</source>
        <translation>
            <numerusform>sur %n message répondu</numerusform>
            <numerusform>sur %n messages répondus</numerusform>
        </translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>pas encore de réponse</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{answered} of {messages}</source>
        <translation>{answered} sur {messages}</translation>
    </message>
    <message>
        <source>The levels are still being read</source>
        <translation>Les niveaux sont encore en cours de lecture</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossible d’écrire {path}</translation>
    </message>
    <message>
        <source>Mostly level 0: customers get no answer; answer within a day to reach level 2</source>
        <translation>Surtout niveau 0&#xa0;: les clients n’ont pas de réponse&#xa0;; répondez dans la journée pour atteindre le niveau 2</translation>
    </message>
    <message>
        <source>Mostly level 1: answers come days later; answer within 24 hours to reach level 2</source>
        <translation>Surtout niveau 1&#xa0;: les réponses arrivent des jours plus tard&#xa0;; répondez sous 24 heures pour atteindre le niveau 2</translation>
    </message>
    <message>
        <source>Mostly level 2: answers come within hours; answer within the hour to reach level 3</source>
        <translation>Surtout niveau 2&#xa0;: les réponses arrivent en quelques heures&#xa0;; répondez dans l’heure pour atteindre le niveau 3</translation>
    </message>
    <message>
        <source>Mostly level 3: answers come within the hour; follow up with a private message or a call to reach level 4</source>
        <translation>Surtout niveau 3&#xa0;: les réponses arrivent dans l’heure&#xa0;; relancez par message privé ou par téléphone pour atteindre le niveau 4</translation>
    </message>
    <message>
        <source>Mostly level 4: quick answers followed by a private message or a call; follow up by e-mail to reach level 5</source>
        <translation>Surtout niveau 4&#xa0;: réponses rapides suivies d’un message privé ou d’un appel&#xa0;; relancez par e-mail pour atteindre le niveau 5</translation>
    </message>
    <message>
        <source>Mostly level 5: quick answers followed by an e-mail; welcome them in person to reach level 6</source>
        <translation>Surtout niveau 5&#xa0;: réponses rapides suivies d’un e-mail&#xa0;; accueillez-les en personne pour atteindre le niveau 6</translation>
    </message>
    <message>
        <source>Mostly level 6: quick answers followed by service in person, the top of the scale</source>
        <translation>Surtout niveau 6&#xa0;: réponses rapides suivies d’un service en personne, le sommet de l’échelle</translation>
    </message>
    <message>
        <source>Every message is still waiting for its first answer: answer within the hour to reach level 3</source>
        <translation>Chaque message attend encore sa première réponse&#xa0;: répondez dans l’heure pour atteindre le niveau 3</translation>
    </message>
    <message>
        <source>No messages from customers in this period yet</source>
        <translation>Pas encore de messages de clients sur cette période</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>0 · no answer</source>
        <translation>0 · sans réponse</translation>
    </message>
    <message>
        <source>1 · days later</source>
        <translation>1 · des jours plus tard</translation>
    </message>
    <message>
        <source>2 · within a day</source>
        <translation>2 · dans la journée</translation>
    </message>
    <message>
        <source>3 · within the hour</source>
        <translation>3 · dans l’heure</translation>
    </message>
    <message>
        <source>4 · + private message or call</source>
        <translation>4 · + message privé ou appel</translation>
    </message>
    <message>
        <source>5 · + e-mail</source>
        <translation>5 · + e-mail</translation>
    </message>
    <message>
        <source>6 · + in person</source>
        <translation>6 · + en personne</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Response levels per week</source>
        <translation>Niveaux de réponse par semaine</translation>
    </message>
    <message>
        <source>{messages} over {weeks}</source>
        <translation>{messages} sur {weeks}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages in this period</source>
        <translation>Aucun message sur cette période</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Week of {week}
{level}: {count} ({share} % of {total})</source>
        <translation>Semaine du {week}
{level}&#xa0;: {count} ({share} % de {total})</translation>
    </message>
</context>
<context>
    <name>LinkIdentityDialog</name>
    <message>
        <source>Link an identity to {name}</source>
        <translation>Lier une identité à {name}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Handle, e-mail address or phone number</source>
        <translation>Identifiant, adresse e-mail ou numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Messages from this identity will belong to this customer. An identity of another customer cannot be linked: merge them instead.</source>
        <translation>Les messages de cette identité appartiendront à ce client. L’identité d’un autre client ne peut pas être liée&#xa0;: fusionnez-les plutôt.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>@name or a profile address</source>
        <translation>@nom ou une adresse de profil</translation>
    </message>
</context>
<context>
    <name>LogConversationDialog</name>
    <message>
        <source>Log a call or visit with {name}</source>
        <translation>Noter un appel ou une visite avec {name}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Date and time of the conversation</source>
        <translation>Date et heure de la conversation</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Pourquoi cela n’a pas été enregistré</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Ce qui a été &amp;dit&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;They came in</source>
        <translation>Il est &amp;passé</translation>
    </message>
    <message>
        <source>We &amp;spoke to them</source>
        <translation>Nous lui avons &amp;parlé</translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation>Il a &amp;appelé</translation>
    </message>
    <message>
        <source>We &amp;called them</source>
        <translation>Nous l’avons a&amp;ppelé</translation>
    </message>
</context>
<context>
    <name>Logged</name>
    <message>
        <source>came in</source>
        <translation>est passé</translation>
    </message>
    <message>
        <source>you spoke to them</source>
        <translation>vous lui avez parlé</translation>
    </message>
    <message>
        <source>called</source>
        <translation>a appelé</translation>
    </message>
    <message>
        <source>you called them</source>
        <translation>vous l’avez appelé</translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation>noté par {name}</translation>
    </message>
</context>
<context>
    <name>LongTextView</name>
    <message numerus="yes">
        <source>Show more (%Ln more character(s))</source>
        <translation>
            <numerusform>Afficher plus (%Ln caractère de plus)</numerusform>
            <numerusform>Afficher plus (%Ln caractères de plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupPopup</name>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room</source>
        <translation>Nom, identifiant, e-mail, téléphone ou chambre</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room…</source>
        <translation>Nom, identifiant, e-mail, téléphone ou chambre…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Type two or three letters. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>Tapez deux ou trois lettres. ↑ ↓ pour choisir, Entrée pour ouvrir, Échap pour fermer.</translation>
    </message>
    <message>
        <source>No pinned notes</source>
        <translation>Aucune note épinglée</translation>
    </message>
    <message>
        <source>Enter opens the customer; Esc closes.</source>
        <translation>Entrée ouvre le client&#xa0;; Échap ferme.</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Aucun client ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo data</source>
        <translation>{app} — Données de démonstration</translation>
    </message>
    <message>
        <source>Text written while the database could not be reached is kept in {path}</source>
        <translation>Le texte écrit pendant que la base de données était injoignable est gardé dans {path}</translation>
    </message>
    <message>
        <source>make a note on the customer from the message</source>
        <translation>faire une note sur le client à partir du message</translation>
    </message>
    <message>
        <source>show or hide the customer card</source>
        <translation>afficher ou masquer la fiche client</translation>
    </message>
    <message>
        <source>log a phone call or a visit with the customer</source>
        <translation>noter un appel téléphonique ou une visite du client</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Sidebar and content</source>
        <translation>Barre latérale et contenu</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d’état</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) wait and will be sent when the network can be reached.</source>
        <translation>
            <numerusform>%n réponse attend et sera envoyée quand le réseau sera joignable.</numerusform>
            <numerusform>%n réponses attendent et seront envoyées quand le réseau sera joignable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are waiting to be sent</source>
        <translation>Des réponses attendent d’être envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be synced; see the status bar.</source>
        <translation>
            <numerusform>%n compte n’a pas pu être synchronisé&#xa0;; voir la barre d’état.</numerusform>
            <numerusform>%n comptes n’ont pas pu être synchronisés&#xa0;; voir la barre d’état.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database connection restored.</source>
        <translation>Connexion à la base de données rétablie.</translation>
    </message>
    <message>
        <source>Still running in the tray. Choose Quit from its menu to stop.</source>
        <translation>Toujours active dans la zone de notification. Choisissez Quitter dans son menu pour l’arrêter.</translation>
    </message>
    <message>
        <source>Something went wrong ({name}): {error}</source>
        <translation>Un problème est survenu ({name})&#xa0;: {error}</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostic copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>Dans la liste des messages</translation>
    </message>
    <message>
        <source>Lists and search</source>
        <translation>Listes et recherche</translation>
    </message>
    <message>
        <source>Replies and customers</source>
        <translation>Réponses et clients</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Fetch new messages from every account (F5)</source>
        <translation>Récupérer les nouveaux messages de tous les comptes (F5)</translation>
    </message>
    <message>
        <source>sync now</source>
        <translation>synchroniser maintenant</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de données…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Où les données sont conservées&#xa0;: sur cet ordinateur ou sur un serveur partagé</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copier le diagnostic</translation>
    </message>
    <message>
        <source>&amp;About Social Inbox</source>
        <translation>À &amp;propos de Social Inbox</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>switch lists</source>
        <translation>changer de liste</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The database reports damage</source>
        <translation>La base de données signale un dommage</translation>
    </message>
    <message>
        <source>Quit the app and restore the latest backup (see the README). Details: {detail}</source>
        <translation>Quittez l’application et restaurez la dernière sauvegarde (voir le README). Détails&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>La sauvegarde quotidienne a échoué</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>no identities</source>
        <translation>aucune identité</translation>
    </message>
    <message>
        <source>Everything of “{other}” moves to “{keep}”:</source>
        <translation>Tout ce qui concerne «&#xa0;{other}&#xa0;» passe à «&#xa0;{keep}&#xa0;»&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n séjour</numerusform>
            <numerusform>%n séjours</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>“{other}” will no longer be listed. You can undo the merge from {keep}’s card.</source>
        <translation>«&#xa0;{other}&#xa0;» ne sera plus listé. Vous pouvez annuler la fusion depuis la fiche de {keep}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with {name}</source>
        <translation>Fusionner avec {name}</translation>
    </message>
    <message>
        <source>Which customer is the same person as “{name}”?</source>
        <translation>Quel client est la même personne que «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Name, handle, e-mail or phone</source>
        <translation>Nom, identifiant, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Ce qui sera déplacé</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>{line} (suggested)</source>
        <translation>{line} (suggéré)</translation>
    </message>
    <message>
        <source>Possibly the same person: {evidence}</source>
        <translation>Peut-être la même personne&#xa0;: {evidence}</translation>
    </message>
</context>
<context>
    <name>MergeEvidence</name>
    <message>
        <source>same name: {value}</source>
        <translation>même nom&#xa0;: {value}</translation>
    </message>
    <message>
        <source>same e-mail address: {value}</source>
        <translation>même adresse e-mail&#xa0;: {value}</translation>
    </message>
    <message>
        <source>same phone number: {value}</source>
        <translation>même numéro de téléphone&#xa0;: {value}</translation>
    </message>
    <message>
        <source>same website: {value}</source>
        <translation>même site web&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>This message was deleted</source>
        <translation>Ce message a été supprimé</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>mention</source>
        <translation>mention</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>message privé</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>review</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>{state} message from {author} on {network}, {age}: {text}</source>
        <translation>Message {state} de {author} sur {network}, {age}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>NameMatchList</name>
    <message>
        <source>Possible matches to confirm</source>
        <translation>Correspondances possibles à confirmer</translation>
    </message>
    <message>
        <source>Same person? Confirm to link the guest to the customer</source>
        <translation>Même personne&#xa0;? Confirmez pour lier le client arrivant à la fiche client</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>aucun historique</translation>
    </message>
    <message>
        <source>{guest} may be {name} ({evidence}; names {score}% alike)</source>
        <translation>{guest} est peut-être {name} ({evidence}&#xa0;; noms semblables à {score} %)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Link {guest} to {name}</source>
        <translation>Lier {guest} à {name}</translation>
    </message>
    <message>
        <source>Merge the guest record into {name} (can be undone)</source>
        <translation>Fusionner la fiche du client arrivant dans {name} (annulable)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Hotel guest</source>
        <translation>Client de l’hôtel</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note on {name}</source>
        <translation>Modifier la note sur {name}</translation>
    </message>
    <message>
        <source>New note on {name}</source>
        <translation>Nouvelle note sur {name}</translation>
    </message>
    <message>
        <source>Made from a message</source>
        <translation>Créée à partir d’un message</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Sa version</translation>
    </message>
    <message>
        <source>{name} saved this note while you were editing it. Their version is below; yours is in the editor. Save to replace theirs with yours.</source>
        <translation>{name} a enregistré cette note pendant que vous la modifiiez. Sa version est ci-dessous&#xa0;; la vôtre est dans l’éditeur. Enregistrer remplace la sienne par la vôtre.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>What did you learn about them? e.g. loves the cornbread; prefers e-mail</source>
        <translation>Qu’avez-vous appris sur lui&#xa0;? p. ex. adore le pain de maïs&#xa0;; préfère l’e-mail</translation>
    </message>
    <message>
        <source>&amp;Pin: show it first, and above every reply</source>
        <translation>É&amp;pingler&#xa0;: l’afficher en premier, et au-dessus de chaque réponse</translation>
    </message>
    <message>
        <source>&amp;Sensitive: hidden until someone clicks Reveal</source>
        <translation>&amp;Confidentielle&#xa0;: masquée jusqu’à ce que quelqu’un clique sur Afficher</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Sensitive note — hidden</source>
        <translation>Note confidentielle — masquée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Actions sur la note</translation>
    </message>
    <message>
        <source>Edit, pin, mark sensitive or delete</source>
        <translation>Modifier, épingler, marquer confidentielle ou supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>Dés&amp;épingler</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>Not &amp;sensitive</source>
        <translation>Non &amp;confidentielle</translation>
    </message>
    <message>
        <source>Mark &amp;sensitive</source>
        <translation>Marquer &amp;confidentielle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the sensitive note</source>
        <translation>Masquer la note confidentielle</translation>
    </message>
    <message>
        <source>Reveal the note</source>
        <translation>Afficher la note</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrite par</translation>
    </message>
    <message>
        <source>From a message no longer stored</source>
        <translation>D’un message qui n’est plus conservé</translation>
    </message>
</context>
<context>
    <name>NoteSource</name>
    <message>
        <source>From their post on {network} of {day}</source>
        <translation>D’après sa publication sur {network} du {day}</translation>
    </message>
    <message>
        <source>From their comment on {network} of {day}</source>
        <translation>D’après son commentaire sur {network} du {day}</translation>
    </message>
    <message>
        <source>From their review on {network} of {day}</source>
        <translation>D’après son avis sur {network} du {day}</translation>
    </message>
    <message>
        <source>From their message on {network} of {day}</source>
        <translation>D’après son message sur {network} du {day}</translation>
    </message>
    <message>
        <source>From their e-mail on {network} of {day}</source>
        <translation>D’après son e-mail sur {network} du {day}</translation>
    </message>
    <message>
        <source>From their reply on {network} of {day}</source>
        <translation>D’après sa réponse sur {network} du {day}</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>No notes yet. Write down what you learn (“loves the cornbread”); N on a message makes a note from it.</source>
        <translation>Aucune note pour l’instant. Notez ce que vous apprenez («&#xa0;adore le pain de maïs&#xa0;»)&#xa0;; N sur un message en fait une note.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Reminder: {name}</source>
        <translation>Rappel&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{by} escalated a message to you</source>
        <translation>{by} vous a escaladé un message</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>In answer to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>Message being answered</source>
        <translation>Message auquel on répond</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Soumettre à relecture</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyée</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation>Exporter la piste d’audit…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exporter la piste d’audit</translation>
    </message>
    <message>
        <source>Write who wrote, edited, approved and sent each reply to a JSON file</source>
        <translation>Écrire dans un fichier JSON qui a écrit, modifié, approuvé et envoyé chaque réponse</translation>
    </message>
    <message>
        <source>Selected replies…</source>
        <translation>Réponses sélectionnées…</translation>
    </message>
    <message>
        <source>All replies…</source>
        <translation>Toutes les réponses…</translation>
    </message>
    <message>
        <source>No replies yet. Write one under a message in the inbox.</source>
        <translation>Aucune réponse pour l’instant. Écrivez-en une sous un message de la boîte de réception.</translation>
    </message>
    <message>
        <source>Reply #{id} · {state}</source>
        <translation>Réponse n° {id} · {state}</translation>
    </message>
    <message>
        <source>Written by {author} on {time}</source>
        <translation>Écrite par {author} le {time}</translation>
    </message>
    <message>
        <source>to {who} on {network}</source>
        <translation>à {who} sur {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>approved by {user}</source>
        <translation>approuvée par {user}</translation>
    </message>
    <message>
        <source>sent {time}</source>
        <translation>envoyée {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln tentative</numerusform>
            <numerusform>%Ln tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %n reply(ies) written to {path}</source>
        <translation>
            <numerusform>Piste d’audit de %n réponse écrite dans {path}</numerusform>
            <numerusform>Piste d’audit de %n réponses écrite dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Needing attention: %Ln</source>
        <translation>
            <numerusform>Demande votre attention&#xa0;: %Ln</numerusform>
            <numerusform>Demandent votre attention&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>In answer to {who}, {time}</source>
        <translation>En réponse à {who}, {time}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Dernière erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Sent back: {comment}</source>
        <translation>Renvoyée&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>Replies need review: another person must approve your reply</source>
        <translation>Les réponses sont relues&#xa0;: une autre personne doit approuver votre réponse</translation>
    </message>
    <message>
        <source>Approve the reply for sending</source>
        <translation>Approuver l’envoi de la réponse</translation>
    </message>
    <message>
        <source>Change the text and put it up for review again</source>
        <translation>Modifier le texte et le soumettre de nouveau à relecture</translation>
    </message>
    <message>
        <source>Change the text (an approved reply goes back to review)</source>
        <translation>Modifier le texte (une réponse approuvée repasse en relecture)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Envoyer de nouveau</translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation>Abandonner la réponse</translation>
    </message>
    <message>
        <source>Discard reply #{id}? It will not be sent.</source>
        <translation>Abandonner la réponse n° {id}&#xa0;? Elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>Send back to {author}</source>
        <translation>Renvoyer à {author}</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>Que faut-il changer&#xa0;?</translation>
    </message>
    <message>
        <source>Reply #{id} may already have arrived. Sending it again may post it twice.</source>
        <translation>La réponse n° {id} est peut-être déjà arrivée. L’envoyer de nouveau risque de la publier deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Selected reply(ies) (%n)…</source>
        <translation>
            <numerusform>Réponse sélectionnée (%n)…</numerusform>
            <numerusform>Réponses sélectionnées (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OutboxPageController</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>En attente de relecture</translation>
    </message>
    <message>
        <source>Approved, waiting to send</source>
        <translation>Approuvée, en attente d’envoi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Issue inconnue</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
</context>
<context>
    <name>PeopleMarks</name>
    <message>
        <source>VIP customer: their messages come first</source>
        <translation>Client VIP&#xa0;: ses messages passent en premier</translation>
    </message>
    <message>
        <source>⇡ {name}</source>
        <translation>⇡ {name}</translation>
    </message>
    <message>
        <source>Escalated to {name}</source>
        <translation>Escaladé à {name}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Attribué à {name}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Why it was not done</source>
        <translation>Pourquoi cela n’a pas été fait</translation>
    </message>
</context>
<context>
    <name>PlainLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>QtNotifier</name>
    <message>
        <source>Social Inbox</source>
        <translation>Social Inbox</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation>Volet de lecture</translation>
    </message>
    <message>
        <source>Select a message to read it.

↑ ↓ or j k move through the list, Enter opens.</source>
        <translation>Sélectionnez un message pour le lire.

↑ ↓ ou j k se déplacent dans la liste, Entrée ouvre.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Network and handle</source>
        <translation>Réseau et identifiant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Noter un appel ou une visite…</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>Noter un appel ou une visite</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Noter un appel téléphonique ou une visite de ce client (Ctrl+L)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>sent by you</source>
        <translation>envoyé par vous</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>à {property}</translation>
    </message>
    <message>
        <source>{time} (edited {edited})</source>
        <translation>{time} (modifié {edited})</translation>
    </message>
    <message>
        <source>{time} (arrival: the time the sender gave, {claimed}, was impossible)</source>
        <translation>{time} (arrivée&#xa0;: l’heure donnée par l’expéditeur, {claimed}, était impossible)</translation>
    </message>
    <message>
        <source>Open the original on {host} in your browser</source>
        <translation>Ouvrir l’original sur {host} dans votre navigateur</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened</source>
        <translation>Ce lien n’est pas une adresse web et ne sera pas ouvert</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Ce message a été supprimé sur le réseau.</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Conversation · %Ln other message(s)</source>
        <translation>
            <numerusform>Conversation · %Ln autre message</numerusform>
            <numerusform>Conversation · %Ln autres messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Later replies</source>
        <translation>Réponses suivantes</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Returning customer</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Arriving guest</source>
        <translation>Client arrivant</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Boucler la boucle</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Dire merci</translation>
    </message>
</context>
<context>
    <name>ReminderReason</name>
    <message>
        <source>post</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>review</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>au téléphone</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>in a direct message</source>
        <translation>par message privé</translation>
    </message>
    <message>
        <source>in private</source>
        <translation>en privé</translation>
    </message>
    <message>
        <source>noted at {property}: {note}</source>
        <translation>noté à {property}&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{name} wrote on {network} for the first time</source>
        <translation>{name} a écrit sur {network} pour la première fois</translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote again on {network} after %Ln day(s)</source>
        <translation>
            <numerusform>{name} a écrit de nouveau sur {network} après %Ln jour</numerusform>
            <numerusform>{name} a écrit de nouveau sur {network} après %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} called for the first time</source>
        <translation>{name} a appelé pour la première fois</translation>
    </message>
    <message numerus="yes">
        <source>{name} called again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} a rappelé après %Ln jour</numerusform>
            <numerusform>{name} a rappelé après %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} came in for the first time</source>
        <translation>{name} est passé pour la première fois</translation>
    </message>
    <message numerus="yes">
        <source>{name} came in again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} est repassé après %Ln jour</numerusform>
            <numerusform>{name} est repassé après %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln-star review</source>
        <translation>
            <numerusform>avis %Ln étoile</numerusform>
            <numerusform>avis %Ln étoiles</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} has had no reply: say thank you</source>
        <translation>{name}, {what} sur {network}&#xa0;: toujours sans réponse&#xa0;; dites merci</translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} was settled {how}; its readers have not seen the happy ending: close the loop in public</source>
        <translation>{name}, {what} sur {network}&#xa0;: affaire réglée {how}, mais ses lecteurs n’ont pas vu la fin heureuse&#xa0;; bouclez la boucle en public</translation>
    </message>
    <message>
        <source>{name} arrives on {day}</source>
        <translation>{name} arrive le {day}</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, chambre {room}</translation>
    </message>
    <message>
        <source>, until {day}</source>
        <translation>, jusqu’au {day}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n à faire maintenant</numerusform>
            <numerusform>%n à faire maintenant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n reporté</numerusform>
            <numerusform>%n reportés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>Rappels ouverts</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Why it fired</source>
        <translation>Pourquoi il s’est déclenché</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Message that raised the reminder</source>
        <translation>Message qui a déclenché le rappel</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>Réponse suggérée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Choisir une heure…</translation>
    </message>
    <message>
        <source>Show message</source>
        <translation>Afficher le message</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <source>Reply with suggestion</source>
        <translation>Répondre avec la suggestion</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>1 hour (H), tomorrow morning (T) or a time you choose (S)</source>
        <translation>1 heure (H), demain matin (T) ou une heure de votre choix (S)</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>No reminders. When a customer with notes writes again, a guest with notes is on the arrivals list, a follow-up is due, a complaint settled in private needs a public word, or praise waits for a thank-you, it shows here.</source>
        <translation>Aucun rappel. Quand un client avec des notes écrit de nouveau, qu’un client avec des notes figure sur la liste des arrivées, qu’une relance est due, qu’une réclamation réglée en privé demande un mot public ou qu’un compliment attend un remerciement, cela apparaît ici.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>à faire {time}</translation>
    </message>
    <message>
        <source>raised {time}</source>
        <translation>déclenché {time}</translation>
    </message>
    <message>
        <source>times at the property ({zone})</source>
        <translation>heures de l’établissement ({zone})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>{who} on {network}, {time}</source>
        <translation>{who} sur {network}, {time}</translation>
    </message>
</context>
<context>
    <name>ReplyEditDialog</name>
    <message>
        <source>Edit reply #{id}</source>
        <translation>Modifier la réponse n° {id}</translation>
    </message>
    <message>
        <source>To {who} on {network}</source>
        <translation>À {who} sur {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Commentaire du relecteur</translation>
    </message>
    <message>
        <source>The reviewer asked: {comment}</source>
        <translation>Le relecteur a demandé&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texte de la réponse</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Save and resubmit for review</source>
        <translation>Enregistrer et soumettre de nouveau à relecture</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Écrivez d’abord quelque chose</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Trop long pour {network}&#xa0;: {over} {unit} de trop</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Remplissez d’abord le champ de modèle {fields}</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Compté en {unit}, comme le réseau compte</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
</context>
<context>
    <name>RowProblem</name>
    <message>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>arrival date not understood: “{value}”</source>
        <translation>date d’arrivée incomprise&#xa0;: «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>departure date not understood: “{value}”</source>
        <translation>date de départ incomprise&#xa0;: «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>departure before arrival</source>
        <translation>départ avant l’arrivée</translation>
    </message>
    <message>
        <source>not an e-mail address: “{value}”</source>
        <translation>pas une adresse e-mail&#xa0;: «&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with another guest</source>
        <translation>la réservation {value} figure aussi ligne {lines} avec un autre client</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with other details</source>
        <translation>la réservation {value} figure aussi ligne {lines} avec d’autres détails</translation>
    </message>
    <message>
        <source>{value} (room {room}) is also on line {lines} with other details</source>
        <translation>{value} (chambre {room}) figure aussi ligne {lines} avec d’autres détails</translation>
    </message>
    <message>
        <source>{value} (no room) is also on line {lines} with other details</source>
        <translation>{value} (sans chambre) figure aussi ligne {lines} avec d’autres détails</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Returning customer after:</source>
        <translation>Client &amp;fidèle après&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Replies need &amp;review before sending</source>
        <translation>Les réponses doivent être &amp;relues avant l’envoi</translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <translation>Ouvert le {day}</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Ouvert le&#xa0;:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Heures d’ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>Used by response-time reports.</source>
        <translation>Utilisées par les rapports sur les délais de réponse.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reply target, &amp;social networks:</source>
        <translation>Objectif de réponse, réseaux &amp;sociaux&#xa0;:</translation>
    </message>
    <message>
        <source>Reply target, &amp;e-mail:</source>
        <translation>Objectif de réponse, &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Reply target, re&amp;views:</source>
        <translation>Objectif de réponse, a&amp;vis&#xa0;:</translation>
    </message>
    <message>
        <source>Count waiting in business &amp;hours only</source>
        <translation>Compter l’attente pendant les heures d’&amp;ouverture seulement</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Fuseau horaire de l’établissement</translation>
    </message>
    <message>
        <source>This computer&apos;s timezone</source>
        <translation>Fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>Property &amp;timezone:</source>
        <translation>&amp;Fuseau horaire de l’établissement&#xa0;:</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is.</source>
        <translation>«&#xa0;Aujourd’hui&#xa0;» pour la liste des arrivées et «&#xa0;demain matin&#xa0;» pour les rappels sont à l’heure locale de l’établissement, où que se trouve cet ordinateur.</translation>
    </message>
    <message>
        <source>Country of local phone numbers</source>
        <translation>Pays des numéros de téléphone locaux</translation>
    </message>
    <message>
        <source>None (numbers need +country code)</source>
        <translation>Aucun (les numéros doivent avoir l’indicatif +pays)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Numéros de téléphone de&#xa0;:</translation>
    </message>
    <message>
        <source>Arrivals lists may write numbers without +49, +33…: read them as this.</source>
        <translation>Les listes d’arrivées peuvent écrire les numéros sans +49, +33…&#xa0;: les lire ainsi.</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Règles de l’entreprise</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+F). Escape clears.</source>
        <translation>Rechercher dans tous les messages (Ctrl+F). Échap efface.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Quiet period before a return reminder</source>
        <translation>Délai avant un rappel de retour</translation>
    </message>
    <message>
        <source>A customer with notes who writes again after this long raises a reminder.</source>
        <translation>Un client avec des notes qui écrit de nouveau après ce délai déclenche un rappel.</translation>
    </message>
    <message>
        <source>Replies need review before sending</source>
        <translation>Les réponses doivent être relues avant l’envoi</translation>
    </message>
    <message>
        <source>Another person must approve each reply before it goes out.</source>
        <translation>Une autre personne doit approuver chaque réponse avant son envoi.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>The days (0 is Monday) and the hours the business answers; used by response-time reports.</source>
        <translation>Les jours (0 est lundi) et les heures où l’entreprise répond&#xa0;; utilisés par les rapports sur les délais de réponse.</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Fuseau horaire de l’établissement</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is; unset means this computer&apos;s zone.</source>
        <translation>«&#xa0;Aujourd’hui&#xa0;» pour la liste des arrivées et «&#xa0;demain matin&#xa0;» pour les rappels sont à l’heure locale de l’établissement, où que se trouve cet ordinateur&#xa0;; sans réglage, c’est le fuseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Phone numbers from</source>
        <translation>Numéros de téléphone de</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +, e.g. DE (arrivals lists).</source>
        <translation>Le pays des numéros écrits sans +, p. ex. FR (listes d’arrivées).</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>The business&apos;s name as customers know it ({business} in reply templates).</source>
        <translation>Le nom de l’entreprise tel que les clients le connaissent ({business} dans les modèles de réponse).</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Modèles de réponse</translation>
    </message>
    <message>
        <source>Canned replies every desk shares: a list of {name, text} (see core/templates.py).</source>
        <translation>Des réponses types partagées par tous les postes&#xa0;: une liste de {name, text} (voir core/templates.py).</translation>
    </message>
    <message>
        <source>Reply target on social networks</source>
        <translation>Objectif de réponse sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Mentions, comments and direct messages on every network but e-mail and reviews.</source>
        <translation>Mentions, commentaires et messages privés sur tous les réseaux sauf l’e-mail et les avis.</translation>
    </message>
    <message>
        <source>Reply target for e-mail</source>
        <translation>Objectif de réponse pour l’e-mail</translation>
    </message>
    <message>
        <source>E-mails from customers.</source>
        <translation>Les e-mails des clients.</translation>
    </message>
    <message>
        <source>Reply target for reviews</source>
        <translation>Objectif de réponse pour les avis</translation>
    </message>
    <message>
        <source>Reviews on every review site.</source>
        <translation>Les avis sur tous les sites d’avis.</translation>
    </message>
    <message>
        <source>Count waiting in business hours</source>
        <translation>Compter l’attente pendant les heures d’ouverture</translation>
    </message>
    <message>
        <source>Waiting times count only the business hours (a message from Saturday night waits from Monday&apos;s opening); otherwise every hour counts.</source>
        <translation>Les délais d’attente ne comptent que les heures d’ouverture (un message du samedi soir attend à partir de l’ouverture du lundi)&#xa0;; sinon chaque heure compte.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Shown on notes and replies you write from this computer.</source>
        <translation>Affiché sur les notes et les réponses que vous écrivez depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>This desk&apos;s property</source>
        <translation>Établissement de ce poste</translation>
    </message>
    <message>
        <source>Notes written here and arrivals imported here belong to it; “Today&apos;s arrivals” shows its guests. None: every property&apos;s.</source>
        <translation>Les notes écrites ici et les arrivées importées ici lui appartiennent&#xa0;; «&#xa0;Arrivées du jour&#xa0;» affiche ses clients. Aucun&#xa0;: ceux de tous les établissements.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, light or dark.</source>
        <translation>Les couleurs de la fenêtre&#xa0;: celles du système, claires ou sombres.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celui du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window; kept per computer, used from the next start.</source>
        <translation>La langue de la fenêtre&#xa0;; réglée par ordinateur, appliquée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>New messages and reminders still reach you while the window is closed.</source>
        <translation>Les nouveaux messages et les rappels vous parviennent même fenêtre fermée.</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Disposition de la fenêtre</translation>
    </message>
    <message>
        <source>The main window&apos;s size, position and splitter positions, as last left.</source>
        <translation>La taille, la position et les séparateurs de la fenêtre principale, tels que laissés la dernière fois.</translation>
    </message>
    <message>
        <source>Arrivals folder</source>
        <translation>Dossier des arrivées</translation>
    </message>
    <message>
        <source>The folder the last arrivals list was imported from; the file dialog opens there.</source>
        <translation>Le dossier d’où la dernière liste d’arrivées a été importée&#xa0;; la boîte de dialogue de fichier s’y ouvre.</translation>
    </message>
    <message>
        <source>Customer card shown</source>
        <translation>Fiche client affichée</translation>
    </message>
    <message>
        <source>Whether the customer card is shown beside the reading pane.</source>
        <translation>Si la fiche client est affichée à côté du volet de lecture.</translation>
    </message>
    <message>
        <source>Customer card width settled</source>
        <translation>Largeur de la fiche client fixée</translation>
    </message>
    <message>
        <source>Set once the window has given the customer card its first width, so that a width the user chose is kept from then on.</source>
        <translation>Défini une fois que la fenêtre a donné sa première largeur à la fiche client, pour que la largeur choisie par l’utilisateur soit ensuite gardée.</translation>
    </message>
    <message>
        <source>Keep secrets in an unencrypted file</source>
        <translation>Garder les secrets dans un fichier non chiffré</translation>
    </message>
    <message>
        <source>The user accepted a keyring that stores secrets in a file that is not encrypted (where no encrypted keychain exists).</source>
        <translation>L’utilisateur a accepté un trousseau qui range les secrets dans un fichier non chiffré (là où aucun trousseau chiffré n’existe).</translation>
    </message>
    <message>
        <source>Longest network request (seconds)</source>
        <translation>Plus longue requête réseau (secondes)</translation>
    </message>
    <message>
        <source>One request to a network or mail server is given up after this long, answer included, however slowly the server keeps sending.</source>
        <translation>Une requête vers un réseau ou un serveur de messagerie est abandonnée après ce délai, réponse comprise, même si le serveur continue d’envoyer lentement.</translation>
    </message>
    <message>
        <source>Longest sync round (seconds)</source>
        <translation>Plus long tour de synchronisation (secondes)</translation>
    </message>
    <message>
        <source>One account&apos;s fetching and sending is stopped after this long; what arrived is kept and the rest comes in the next round.</source>
        <translation>La récupération et l’envoi d’un compte s’arrêtent après ce délai&#xa0;; ce qui est arrivé est gardé et le reste vient au tour suivant.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The shared database server this computer uses; unset: the data folder&apos;s own file.</source>
        <translation>Le serveur de base de données partagé qu’utilise cet ordinateur&#xa0;; vide&#xa0;: le fichier propre au dossier de données.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{keys} or {last}</source>
        <translation>{keys} ou {last}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Insights</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>{label}, {count} need attention</source>
        <translation>{label}, {count} demandent votre attention</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>{label}, {count} due</source>
        <translation>{label}, {count} à faire</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladés</translation>
    </message>
    <message>
        <source>{label}, {count} open</source>
        <translation>{label}, {count} ouvertes</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>{label}, {count} assigned to you</source>
        <translation>{label}, {count} vous sont attribués</translation>
    </message>
    <message>
        <source>{label}, {count} unread</source>
        <translation>{label}, {count} non lus</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Reporter jusqu’à</translation>
    </message>
    <message>
        <source>Show the reminder again at ({zone} time):</source>
        <translation>Afficher de nouveau le rappel à (heure {zone})&#xa0;:</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Show the message in the reading pane</source>
        <translation>Afficher le message dans le volet de lecture</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no backup to restore. The file has not been changed.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{app} cannot read its database.</source>
        <translation>{app} ne peut pas lire sa base de données.</translation>
    </message>
    <message>
        <source>The latest good backup is from {taken}. Restore it? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>La dernière sauvegarde valide date du {taken}. La restaurer&#xa0;? Le fichier endommagé est conservé à côté, renommé&#xa0;: rien n’est supprimé.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>{app} cannot open the shared database.</source>
        <translation>{app} ne peut pas ouvrir la base de données partagée.</translation>
    </message>
    <message>
        <source>You can try again, or use this computer&apos;s own database until the server is back (File ▸ Database… goes back to it; its data stays as it is).</source>
        <translation>Vous pouvez réessayer, ou utiliser la base de cet ordinateur jusqu’au retour du serveur (Fichier ▸ Base de données… y revient&#xa0;; ses données restent telles quelles).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>Utiliser la base de cet ordinateur</translation>
    </message>
    <message>
        <source>{app} cannot open its database.</source>
        <translation>{app} ne peut pas ouvrir sa base de données.</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed</source>
        <translation>Lecture seule&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>{reason}. The messages can be read; syncing, replies, notes and other changes are refused.</source>
        <translation>{reason}. Les messages peuvent être lus&#xa0;; la synchronisation, les réponses, les notes et les autres modifications sont refusées.</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Possibly the same person as {name} — {evidence}</source>
        <translation>Peut-être la même personne que {name} — {evidence}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge with {name}…</source>
        <translation>Fusionner avec {name}…</translation>
    </message>
    <message>
        <source>See what would move first; nothing merges yet</source>
        <translation>Voir d’abord ce qui serait déplacé&#xa0;; rien n’est encore fusionné</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync interval of {name}</source>
        <translation>Intervalle de synchronisation de {name}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}&#xa0;:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l’instant.</translation>
    </message>
    <message>
        <source>How often each account looks for new messages.</source>
        <translation>À quelle fréquence chaque compte cherche de nouveaux messages.</translation>
    </message>
    <message>
        <source>New messages of an account come to its property; earlier ones keep theirs.</source>
        <translation>Les nouveaux messages d’un compte appartiennent à son établissement&#xa0;; les précédents gardent le leur.</translation>
    </message>
    <message>
        <source>Property of {name}</source>
        <translation>Établissement de {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln new message(s)</source>
        <translation>
            <numerusform>Synchronisation… %Ln nouveau message</numerusform>
            <numerusform>Synchronisation… %Ln nouveaux messages</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Aucun compte connecté</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Aucun compte</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed</source>
        <translation>
            <numerusform>%n compte en échec</numerusform>
            <numerusform>%n comptes en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {time}, %Ln new</source>
        <translation>
            <numerusform>{name}&#xa0;: synchronisé {time}, %Ln nouveau</numerusform>
            <numerusform>{name}&#xa0;: synchronisé {time}, %Ln nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {time}</source>
        <translation>{name}&#xa0;: synchronisé {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) synced {time}</source>
        <translation>
            <numerusform>%n compte synchronisé {time}</numerusform>
            <numerusform>%n comptes synchronisés {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{name}: failed ({when}): {error}</source>
        <translation>{name}&#xa0;: échec ({when})&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {when}, %Ln new</source>
        <translation>
            <numerusform>{name}&#xa0;: synchronisé {when}, %Ln nouveau</numerusform>
            <numerusform>{name}&#xa0;: synchronisé {when}, %Ln nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {when}</source>
        <translation>{name}&#xa0;: synchronisé {when}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Ajouter un modèle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Langue du texte</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>A customer whose messages are in a language with its own text gets that text; everyone else gets the text for any language.</source>
        <translation>Un client dont les messages sont dans une langue qui a son propre texte reçoit ce texte&#xa0;; les autres reçoivent le texte pour toutes les langues.</translation>
    </message>
    <message>
        <source>Fields: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (from a note written as “LABEL: value”). A template whose field has no value for a customer is not used.</source>
        <translation>Champs&#xa0;: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (d’après une note écrite «&#xa0;LABEL: valeur&#xa0;»). Un modèle dont un champ n’a pas de valeur pour un client n’est pas utilisé.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>You · {name}</source>
        <translation>Vous · {name}</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Ce message a été supprimé sur le réseau.</translation>
    </message>
    <message>
        <source>your reply</source>
        <translation>votre réponse</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>{kind} from {author}</source>
        <translation>{kind} de {author}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>{who} {what}</source>
        <translation>{who} {what}</translation>
    </message>
    <message>
        <source>You replied</source>
        <translation>Vous avez répondu</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Every message of this customer</source>
        <translation>Tous les messages de ce client</translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>negative tone</source>
        <translation>ton négatif</translation>
    </message>
    <message>
        <source>positive tone</source>
        <translation>ton positif</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show {app}</source>
        <translation>Afficher {app}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n rappel</numerusform>
            <numerusform>%n rappels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>under 1 min</source>
        <translation>moins d’1 min</translation>
    </message>
    <message>
        <source>waiting {duration}</source>
        <translation>en attente depuis {duration}</translation>
    </message>
    <message>
        <source>{waiting}, past the {target} target</source>
        <translation>{waiting}, au-delà de l’objectif de {target}</translation>
    </message>
    <message>
        <source>{waiting}, close to the {target} target</source>
        <translation>{waiting}, proche de l’objectif de {target}</translation>
    </message>
    <message>
        <source>{waiting}, within the {target} target</source>
        <translation>{waiting}, dans l’objectif de {target}</translation>
    </message>
</context>
<context>
    <name>WriteOperation</name>
    <message>
        <source>The database cannot be reached: what you wrote is kept and will be saved when the connection returns.</source>
        <translation>La base de données est injoignable&#xa0;: ce que vous avez écrit est gardé et sera enregistré au retour de la connexion.</translation>
    </message>
    <message>
        <source>The database cannot be reached: nothing was changed. Try again when the connection returns.</source>
        <translation>La base de données est injoignable&#xa0;: rien n’a été modifié. Réessayez au retour de la connexion.</translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no account with id {id}</source>
        <translation>Il n’y a pas de compte numéro {id}</translation>
    </message>
    <message>
        <source>No contact {id}</source>
        <translation>Pas de contact {id}</translation>
    </message>
    <message>
        <source>No identity {id}</source>
        <translation>Pas d’identité {id}</translation>
    </message>
    <message>
        <source>There is no message with id {id}</source>
        <translation>Il n’y a pas de message numéro {id}</translation>
    </message>
    <message>
        <source>No note {id}</source>
        <translation>Pas de note {id}</translation>
    </message>
    <message>
        <source>{user} changed this note while you were editing it; yours was not saved</source>
        <translation>{user} a modifié cette note pendant que vous la modifiiez&#xa0;; la vôtre n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>{user} changed this customer&apos;s details while you were editing them; yours were not saved: their version is shown</source>
        <translation>{user} a modifié les détails de ce client pendant que vous les modifiiez&#xa0;; les vôtres n’ont pas été enregistrés&#xa0;: sa version est affichée</translation>
    </message>
    <message>
        <source>No reminder {id}</source>
        <translation>Pas de rappel {id}</translation>
    </message>
    <message>
        <source>There is no outbox item with id {id}</source>
        <translation>Il n’y a pas d’élément de la boîte d’envoi numéro {id}</translation>
    </message>
    <message>
        <source>There is no alert with id {id}</source>
        <translation>Il n’y a pas d’alerte numéro {id}</translation>
    </message>
    <message>
        <source>{by} has acknowledged this alert already</source>
        <translation>{by} a déjà pris en charge cette alerte</translation>
    </message>
    <message>
        <source>The sync interval is at least {minimum} seconds</source>
        <translation>L’intervalle de synchronisation est d’au moins {minimum} secondes</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contact doit avoir un nom</translation>
    </message>
    <message>
        <source>Contact {contact_id} was merged into contact {into}</source>
        <translation>Le contact {contact_id} a été fusionné dans le contact {into}</translation>
    </message>
    <message>
        <source>Give a channel and a handle</source>
        <translation>Indiquez un canal et un identifiant</translation>
    </message>
    <message>
        <source>Not a phone number: {handle}</source>
        <translation>Ce n’est pas un numéro de téléphone&#xa0;: {handle}</translation>
    </message>
    <message>
        <source>Not a phone number, or one without its country code (+49…; the country of local numbers is set under Settings): {handle}</source>
        <translation>Ce n’est pas un numéro de téléphone, ou il lui manque l’indicatif du pays (+33…&#xa0;; le pays des numéros locaux se règle dans les Paramètres)&#xa0;: {handle}</translation>
    </message>
    <message>
        <source>Not an e-mail address: {handle}</source>
        <translation>Ce n’est pas une adresse e-mail&#xa0;: {handle}</translation>
    </message>
    <message>
        <source>{channel} {handle} belongs to contact {contact_id}; merge the two contacts instead</source>
        <translation>{channel} {handle} appartient au contact {contact_id}&#xa0;; fusionnez plutôt les deux contacts</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Un contact ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>Merge {merge_id} does not exist or was undone already</source>
        <translation>La fusion {merge_id} n’existe pas ou a déjà été annulée</translation>
    </message>
    <message>
        <source>Contact {contact_id} is no longer merged</source>
        <translation>Le contact {contact_id} n’est plus fusionné</translation>
    </message>
    <message>
        <source>The contact has only this identity; nothing to split</source>
        <translation>Le contact n’a que cette identité&#xa0;; rien à séparer</translation>
    </message>
    <message>
        <source>A note needs some text</source>
        <translation>Une note doit contenir du texte</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters</source>
        <translation>Une note contient au plus {limit} caractères</translation>
    </message>
    <message>
        <source>The message belongs to no contact</source>
        <translation>Le message n’appartient à aucun contact</translation>
    </message>
    <message>
        <source>A call or visit logged by hand cannot be answered in place: log your call back, or follow up on another of the customer&apos;s channels</source>
        <translation>Un appel ou une visite noté à la main ne peut pas recevoir de réponse sur place&#xa0;: notez votre rappel, ou relancez sur un autre canal du client</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here: answer on the site, then mark the review answered</source>
        <translation>{network} ne permet pas de répondre d’ici&#xa0;: répondez sur le site, puis marquez l’avis comme répondu</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one: follow up on another of the customer&apos;s channels</source>
        <translation>{network} n’accepte pas de réponse à un message privé plus de {days} jours après le dernier message du client&#xa0;: relancez sur un autre de ses canaux</translation>
    </message>
    <message>
        <source>Only a review on a site without replies from here can be marked answered on the site</source>
        <translation>Seul un avis sur un site où l’on ne peut pas répondre d’ici peut être marqué comme répondu sur le site</translation>
    </message>
    <message>
        <source>A conversation is logged on the phone or in person</source>
        <translation>Une conversation se note au téléphone ou en personne</translation>
    </message>
    <message>
        <source>Say what the call or visit was about</source>
        <translation>Dites de quoi il a été question lors de l’appel ou de la visite</translation>
    </message>
    <message>
        <source>A logged conversation holds at most {limit} characters</source>
        <translation>Une conversation notée contient au plus {limit} caractères</translation>
    </message>
    <message>
        <source>That time is in the future: log a conversation once it has happened</source>
        <translation>Cette heure est dans le futur&#xa0;: notez une conversation une fois qu’elle a eu lieu</translation>
    </message>
    <message>
        <source>That time is too long ago</source>
        <translation>Cette heure est trop ancienne</translation>
    </message>
    <message>
        <source>Nobody is called “{name}”; the team: {known}</source>
        <translation>Personne ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;; l’équipe&#xa0;: {known}</translation>
    </message>
    <message>
        <source>“{field}” is no role: choose staff, reviewer or owner</source>
        <translation>«&#xa0;{field}&#xa0;» n’est pas un rôle&#xa0;: choisissez staff, reviewer ou owner</translation>
    </message>
    <message>
        <source>A person needs a name</source>
        <translation>Une personne doit avoir un nom</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters</source>
        <translation>Un nom compte au plus {limit} caractères</translation>
    </message>
    <message>
        <source>There is no property called “{name}”; the properties: {known}</source>
        <translation>Aucun établissement ne s’appelle «&#xa0;{name}&#xa0;»&#xa0;; les établissements&#xa0;: {known}</translation>
    </message>
    <message>
        <source>There is a property called “{name}” already</source>
        <translation>Un établissement s’appelle déjà «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>That property no longer exists</source>
        <translation>Cet établissement n’existe plus</translation>
    </message>
    <message>
        <source>A property needs a name</source>
        <translation>Un établissement doit avoir un nom</translation>
    </message>
    <message>
        <source>“{zone}” is no timezone: use a name such as America/Chicago</source>
        <translation>«&#xa0;{zone}&#xa0;» n’est pas un fuseau horaire&#xa0;: utilisez un nom tel que America/Chicago</translation>
    </message>
    <message>
        <source>It is escalated to {name} already</source>
        <translation>Il est déjà escaladé à {name}</translation>
    </message>
    <message>
        <source>The message has no open escalation</source>
        <translation>Le message n’a pas d’escalade ouverte</translation>
    </message>
    <message>
        <source>Say what came of it</source>
        <translation>Dites ce qui en est sorti</translation>
    </message>
    <message>
        <source>At most {limit} characters, please</source>
        <translation>Au plus {limit} caractères, s’il vous plaît</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder or a device): choose the exported CSV file</source>
        <translation>{file} n’est pas un fichier (un dossier ou un périphérique)&#xa0;: choisissez le fichier CSV exporté</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB, more than any arrivals list: choose the exported CSV file</source>
        <translation>{file} dépasse {megabytes} Mo, plus qu’aucune liste d’arrivées&#xa0;: choisissez le fichier CSV exporté</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossible de lire {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The database was busy (another program kept it locked): {saved} of {total} arrivals were saved. Import the file again to finish.</source>
        <translation>La base de données était occupée (un autre programme la gardait verrouillée)&#xa0;: {saved} arrivées sur {total} ont été enregistrées. Importez de nouveau le fichier pour terminer.</translation>
    </message>
    <message>
        <source>Dates like “{example}” can be read two ways: choose how this file writes dates</source>
        <translation>Une date comme «&#xa0;{example}&#xa0;» peut se lire de deux façons&#xa0;: choisissez comment ce fichier écrit les dates</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: choose the exported CSV file</source>
        <translation>La ligne {line} ne peut pas être lue en CSV&#xa0;: choisissez le fichier CSV exporté</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>There is no field “{field}”</source>
        <translation>Il n’y a pas de champ «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <source>The file has no column “{column}”</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the column that holds the guests&apos; names</source>
        <translation>Choisissez la colonne qui contient les noms des clients</translation>
    </message>
    <message>
        <source>Choose the column that holds the arrival dates</source>
        <translation>Choisissez la colonne qui contient les dates d’arrivée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s): nothing was imported. Skip them to import the rest.</source>
        <translation>
            <numerusform>%Ln ligne erronée&#xa0;: rien n’a été importé. Ignorez-la pour importer le reste.</numerusform>
            <numerusform>%Ln lignes erronées&#xa0;: rien n’a été importé. Ignorez-les pour importer le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation>La réponse est vide</translation>
    </message>
    <message>
        <source>The reply still holds the template field {fields}: fill it in</source>
        <translation>La réponse contient encore le champ de modèle {fields}&#xa0;: remplissez-le</translation>
    </message>
    <message>
        <source>Reply {id} was written by {user}; replies need review, so another person must approve it</source>
        <translation>La réponse {id} a été écrite par {user}&#xa0;; les réponses sont relues, une autre personne doit donc l’approuver</translation>
    </message>
    <message>
        <source>Say what should change: sending back needs a comment</source>
        <translation>Dites ce qui doit changer&#xa0;: renvoyer demande un commentaire</translation>
    </message>
    <message>
        <source>Unknown channel {field}</source>
        <translation>Canal inconnu {field}</translation>
    </message>
    <message>
        <source>The message has no known customer to follow up with</source>
        <translation>Le message n’a pas de client connu à relancer</translation>
    </message>
    <message>
        <source>The customer has no known address on {network}</source>
        <translation>Le client n’a pas d’adresse connue sur {network}</translation>
    </message>
    <message>
        <source>No connected account sends on {network}</source>
        <translation>Aucun compte connecté n’envoie sur {network}</translation>
    </message>
    <message>
        <source>A reply in the state “{state}” cannot take this step</source>
        <translation>Une réponse à l’état «&#xa0;{state}&#xa0;» ne peut pas franchir cette étape</translation>
    </message>
    <message>
        <source>The reply is {length} long; {network} takes at most {limit} ({over} too many)</source>
        <translation>La réponse fait {length}&#xa0;; {network} accepte au plus {limit} ({over} de trop)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder cannot be used: a file has its name, or it cannot be made there</source>
        <translation>Le dossier de données est inutilisable&#xa0;: un fichier porte son nom, ou il ne peut pas y être créé</translation>
    </message>
    <message>
        <source>The backup could not be made; the details are in the log</source>
        <translation>La sauvegarde n’a pas pu être faite&#xa0;; les détails sont dans le journal</translation>
    </message>
    <message>
        <source>The copy failed; nothing was kept in the new database ({detail})</source>
        <translation>La copie a échoué&#xa0;; rien n’a été conservé dans la nouvelle base ({detail})</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log</source>
        <translation>Un problème est survenu&#xa0;; les détails sont dans le journal</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>ce fichier ou dossier n’existe pas</translation>
    </message>
    <message>
        <source>you have no permission to use it</source>
        <translation>vous n’avez pas la permission de l’utiliser</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>{file} cannot be used: {cause}</source>
        <translation>{file} est inutilisable&#xa0;: {cause}</translation>
    </message>
    <message>
        <source>The network refused the sign-in: sign in again</source>
        <translation>Le réseau a refusé la connexion&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>The network asks to wait until {time}</source>
        <translation>Le réseau demande d’attendre jusqu’à {time}</translation>
    </message>
    <message>
        <source>The network asks to wait a while before the next request</source>
        <translation>Le réseau demande d’attendre un peu avant la prochaine requête</translation>
    </message>
    <message>
        <source>The network cannot be reached: check the connection</source>
        <translation>Le réseau est injoignable&#xa0;: vérifiez la connexion</translation>
    </message>
    <message>
        <source>The network had a passing problem; it is tried again later</source>
        <translation>Le réseau a eu un problème passager&#xa0;; nouvel essai plus tard</translation>
    </message>
    <message>
        <source>The reply must wait</source>
        <translation>La réponse doit attendre</translation>
    </message>
    <message>
        <source>This computer does not hold the account&apos;s secret: sign in again</source>
        <translation>Cet ordinateur n’a pas le secret du compte&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>The network refused the request</source>
        <translation>Le réseau a refusé la requête</translation>
    </message>
    <message>
        <source>Sending replies: {problem}</source>
        <translation>Envoi des réponses&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The database was made by a newer version of the app: install that version</source>
        <translation>La base de données a été créée par une version plus récente de l’application&#xa0;: installez cette version</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database</source>
        <translation>Le fichier de base de données est endommagé ou n’est pas une base de données</translation>
    </message>
    <message>
        <source>Another program keeps the database busy: try again in a moment</source>
        <translation>Un autre programme occupe la base de données&#xa0;: réessayez dans un instant</translation>
    </message>
    <message>
        <source>Nothing can be changed: the database can only be read</source>
        <translation>Rien ne peut être modifié&#xa0;: la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>The disk holding the database is full</source>
        <translation>Le disque qui contient la base de données est plein</translation>
    </message>
    <message>
        <source>The database server refused the user name or password</source>
        <translation>Le serveur de base de données a refusé le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>The server has no database by that name</source>
        <translation>Le serveur n’a pas de base de données de ce nom</translation>
    </message>
    <message>
        <source>The database server cannot be reached: check its address and port</source>
        <translation>Le serveur de base de données est injoignable&#xa0;: vérifiez son adresse et son port</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}; {minimum} or newer is needed</source>
        <translation>Le serveur utilise PostgreSQL {version}&#xa0;; il faut {minimum} ou plus récent</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>La base de données est inutilisable</translation>
    </message>
</context>
</TS>
