<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Konto verbinden</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Erneut anmelden: {name}</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Art des Kontos</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. Front desk</source>
        <translation>z. B. Rezeption</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Im &amp;Browser anmelden…</translation>
    </message>
    <message>
        <source>{label} (optional):</source>
        <translation>{label} (optional):</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Open the &amp;page that explains it</source>
        <translation>&amp;Seite mit der Erklärung öffnen</translation>
    </message>
    <message>
        <source>Checking the account with the network…</source>
        <translation>Das Konto wird beim Netzwerk geprüft…</translation>
    </message>
    <message>
        <source>Checking the new sign-in with the network…</source>
        <translation>Die neue Anmeldung wird beim Netzwerk geprüft…</translation>
    </message>
    <message>
        <source>Enter the server address first (https://…).</source>
        <translation>Geben Sie zuerst die Serveradresse ein (https://…).</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Warten, bis Sie den Zugriff im Browser erlauben…</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); see the log.</source>
        <translation>Unerwarteter Fehler ({kind}); siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts (Ctrl+Shift+A)</source>
        <translation>Konten hinzufügen, erneut anmelden oder entfernen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>add, sign in again or remove accounts</source>
        <translation>Konten hinzufügen, erneut anmelden oder entfernen</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Ausgewähltes Konto</translation>
    </message>
    <message>
        <source>No account is connected yet. Press Add… to connect one.</source>
        <translation>Noch ist kein Konto verbunden. Klicken Sie auf „Hinzufügen…“, um eines zu verbinden.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Erneut anmelden…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Store secrets in the unencrypted keyring file anyway (anyone who can read</source>
        <translation>Geheimnisse trotzdem in der unverschlüsselten Schlüsselbunddatei speichern (wer</translation>
    </message>
    <message>
        <source> your files can read them)</source>
        <translation> Ihre Dateien lesen kann, kann sie lesen)</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted by {backend}, as chosen in the settings.</source>
        <translation>Geheimnisse werden unverschlüsselt von {backend} gespeichert, wie in den Einstellungen gewählt.</translation>
    </message>
    <message>
        <source>No secure keychain is available (found {backend}); secrets are kept in memory until the app closes and must be entered again next time.</source>
        <translation>Kein sicherer Schlüsselbund verfügbar (gefunden: {backend}); Geheimnisse bleiben nur im Speicher, bis die App schließt, und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>„{name}“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln message(s) are deleted from this computer and its sign-in is forgotten. Notes and contacts stay. This cannot be undone.</source>
        <translation>
            <numerusform>Seine %Ln Nachricht wird von diesem Computer gelöscht und seine Anmeldung wird vergessen. Notizen und Kontakte bleiben. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Seine %Ln Nachrichten werden von diesem Computer gelöscht und seine Anmeldung wird vergessen. Notizen und Kontakte bleiben. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>quota: %1 of %2 used</source>
        <translation>Kontingent: %1 von %2 verbraucht</translation>
    </message>
    <message>
        <source>being synced by %1</source>
        <translation>wird von %1 abgeglichen</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Letzter Abgleich: nie</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Letzter Abgleich: {time}</translation>
    </message>
    <message>
        <source>{last}; next: {time}</source>
        <translation>{last}; nächster: {time}</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Stand {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>dann {time}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>KONTEN</translation>
    </message>
    <message>
        <source>Account states</source>
        <translation>Kontozustände</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts</source>
        <translation>Konten hinzufügen, erneut anmelden oder entfernen</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>in {property}</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{age} ago</source>
        <translation>vor {age}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <translation>
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln Tg.</numerusform>
            <numerusform>%Ln Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln w</source>
        <translation>
            <numerusform>%Ln Wo.</numerusform>
            <numerusform>%Ln Wo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln y</source>
        <translation>
            <numerusform>%Ln J.</numerusform>
            <numerusform>%Ln J.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Unusual activity on {network}</source>
        <translation>Ungewöhnliche Aktivität auf {network}</translation>
    </message>
    <message>
        <source>Many negative messages on {network}</source>
        <translation>Viele negative Nachrichten auf {network}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>{messages} since {time}; usually {usual} an hour at this time.</source>
        <translation>{messages} seit {time}; üblich sind {usual} pro Stunde um diese Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them negative.</source>
        <translation>
            <numerusform>%n davon negativ.</numerusform>
            <numerusform>%n davon negativ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Messages</source>
        <translation>Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>List the messages of this alert (Ctrl+Shift+M)</source>
        <translation>Die Nachrichten dieser Warnung auflisten (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Say you are on it: the alert leaves every desk (Ctrl+Shift+K)</source>
        <translation>Sagen Sie, dass Sie sich darum kümmern: Die Warnung verschwindet an jedem Platz (Strg+Umschalt+K)</translation>
    </message>
</context>
<context>
    <name>AlertsController</name>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Show Alert &amp;Messages</source>
        <translation>Warnungs&amp;nachrichten anzeigen</translation>
    </message>
    <message>
        <source>List the messages of the newest crisis alert (Ctrl+Shift+M)</source>
        <translation>Die Nachrichten der neuesten Krisenwarnung auflisten (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>list the messages of the newest crisis alert</source>
        <translation>Nachrichten der neuesten Krisenwarnung auflisten</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Alert</source>
        <translation>Warnung &amp;bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the newest crisis alert (Ctrl+Shift+K)</source>
        <translation>Die neueste Krisenwarnung bestätigen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>acknowledge the newest crisis alert</source>
        <translation>neueste Krisenwarnung bestätigen</translation>
    </message>
    <message>
        <source>Alert on {network} since {time}</source>
        <translation>Warnung auf {network} seit {time}</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Warnung bestätigt.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>&amp;X client id:</source>
        <translation>&amp;X-Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Google client id:</source>
        <translation>&amp;Google-Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Meta app id:</source>
        <translation>&amp;Meta-App-ID:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn client id:</source>
        <translation>&amp;LinkedIn-Client-ID:</translation>
    </message>
    <message>
        <source>Google, Meta and LinkedIn also ask for the app&apos;s client secret: keep it in the keychain with “socialinbox accounts app-secret google” (or meta, linkedin).</source>
        <translation>Google, Meta und LinkedIn verlangen auch das Client-Geheimnis der App: Bewahren Sie es mit „socialinbox accounts app-secret google“ (oder meta, linkedin) im Schlüsselbund auf.</translation>
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
            <numerusform>%n Gast</numerusform>
            <numerusform>%n Gäste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returning</source>
        <translation>
            <numerusform>%n wiederkehrend</numerusform>
            <numerusform>%n wiederkehrend</numerusform>
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
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode Text)</source>
        <translation>UTF-16 (Unicode-Text von Excel)</translation>
    </message>
    <message>
        <source>UTF-16 LE without BOM</source>
        <translation>UTF-16 LE ohne BOM</translation>
    </message>
    <message>
        <source>UTF-16 BE without BOM</source>
        <translation>UTF-16 BE ohne BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, mit €)</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Anreise</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Import arrivals</source>
        <translation>Anreisen importieren</translation>
    </message>
    <message>
        <source>Arrivals file</source>
        <translation>Anreisedatei</translation>
    </message>
    <message>
        <source>A CSV export of the day&apos;s arrivals</source>
        <translation>Ein CSV-Export der Anreisen des Tages</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>If names show odd characters (Ã¼ instead of ü), try another encoding</source>
        <translation>Wenn Namen seltsame Zeichen zeigen (Ã¼ statt ü), versuchen Sie eine andere Kodierung</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Arrival day to import</source>
        <translation>Anreisetag für den Import</translation>
    </message>
    <message>
        <source>Arrivals &amp;on:</source>
        <translation>Anreisen &amp;am:</translation>
    </message>
    <message>
        <source>Property the list is for</source>
        <translation>Haus, für das die Liste gilt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>For p&amp;roperty:</source>
        <translation>Für &amp;Haus:</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Da&amp;ten:</translation>
    </message>
    <message>
        <source>Preview — choose what each column holds (first rows of the file):</source>
        <translation>Vorschau – wählen Sie, was jede Spalte enthält (erste Zeilen der Datei):</translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation>Vorschau und Spaltenzuordnung</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>Fehlerhafte Zeilen &amp;überspringen und die anderen importieren</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Arrivals lists (*.csv *.txt);;All files (*)</source>
        <translation>Anreiselisten (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s) arrive on {day}</source>
        <translation>
            <numerusform>%Ln Gast reist am {day} an</numerusform>
            <numerusform>%Ln Gäste reisen am {day} an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) for other days</source>
        <translation>
            <numerusform>%Ln Zeile für andere Tage</numerusform>
            <numerusform>%Ln Zeilen für andere Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s)</source>
        <translation>
            <numerusform>%Ln fehlerhafte Zeile</numerusform>
            <numerusform>%Ln fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: these %Ln arrival(s) were imported before.</source>
        <translation>
            <numerusform>Nichts geändert: Diese %Ln Anreise wurde schon früher importiert.</numerusform>
            <numerusform>Nichts geändert: Diese %Ln Anreisen wurden schon früher importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {arrivals}: {matched}, {new}, {reminders}.</source>
        <translation>Importiert: {arrivals}; {matched}, {new}, {reminders}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival(s)</source>
        <translation>
            <numerusform>%Ln Anreise</numerusform>
            <numerusform>%Ln Anreisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to customers</source>
        <translation>
            <numerusform>%Ln einem Kunden zugeordnet</numerusform>
            <numerusform>%Ln Kunden zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new guest contact(s)</source>
        <translation>
            <numerusform>%Ln neuer Gastkontakt</numerusform>
            <numerusform>%Ln neue Gastkontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival reminder(s) raised</source>
        <translation>
            <numerusform>%Ln Anreiseerinnerung ausgelöst</numerusform>
            <numerusform>%Ln Anreiseerinnerungen ausgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) skipped</source>
        <translation>
            <numerusform>%Ln fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>%Ln fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Both readings fit every date in the file: only you can tell.</source>
        <translation>Beide Lesarten passen zu jedem Datum in der Datei: Nur Sie können es entscheiden.</translation>
    </message>
    <message>
        <source>As detected: {format}</source>
        <translation>Wie erkannt: {format}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field of column {header}</source>
        <translation>Feld der Spalte {header}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Recognised from the column&apos;s name</source>
        <translation>Am Namen der Spalte erkannt</translation>
    </message>
    <message>
        <source>“{header}” is recognised as {field}; to ignore it, give another column that field.</source>
        <translation>„{header}“ wird als {field} erkannt; um sie zu ignorieren, weisen Sie dieses Feld einer anderen Spalte zu.</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Noch nichts zu importieren.</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>Zeile {line}: {why}</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has bad rows: fix them in the export, or tick “skip the bad rows”.</source>
        <translation>Solange die Datei fehlerhafte Zeilen hat, wird nichts importiert: Korrigieren Sie sie im Export oder kreuzen Sie „Fehlerhafte Zeilen überspringen“ an.</translation>
    </message>
    <message>
        <source>No guest arrives on {day} in this file: check the day.</source>
        <translation>In dieser Datei reist am {day} kein Gast an: Prüfen Sie den Tag.</translation>
    </message>
    <message>
        <source>Choose the arrivals file exported by your system.</source>
        <translation>Wählen Sie die Anreisedatei, die Ihr System exportiert hat.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Some names look like known customers: confirm below.</source>
        <translation>Einige Namen sehen nach bekannten Kunden aus: Bitte unten bestätigen.</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Nichts wurde importiert. {error}</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Returning: {name}</source>
        <translation>Wiederkehrend: {name}</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Neuer Gast</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Heutige Anreisen</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Arrival day</source>
        <translation>Anreisetag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Import arrivals…</source>
        <translation>Anreisen importieren…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Die Anreisen des Tages aus Ihrem Hotelverwaltungssystem importieren (CSV)</translation>
    </message>
    <message>
        <source>Arriving guests</source>
        <translation>Anreisende Gäste</translation>
    </message>
    <message>
        <source>Arrivals on {day}</source>
        <translation>Anreisen am {day}</translation>
    </message>
    <message>
        <source>No arrivals imported for this day. Import the arrivals list exported by your property-management system (File ▸ Import arrivals…).</source>
        <translation>Für diesen Tag sind keine Anreisen importiert. Importieren Sie die Anreiseliste, die Ihr Hotelverwaltungssystem exportiert (Datei ▸ Anreisen importieren…).</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Select a message first.</source>
        <translation>Wählen Sie zuerst eine Nachricht.</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Diese Nachricht gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Notiz gelöscht.</translation>
    </message>
    <message>
        <source>Follow-up set for {when}.</source>
        <translation>Nachfassen für {when} vorgemerkt.</translation>
    </message>
    <message>
        <source>Select a message from a customer to log a call or visit.</source>
        <translation>Wählen Sie eine Nachricht eines Kunden, um einen Anruf oder Besuch festzuhalten.</translation>
    </message>
    <message>
        <source>Logged in the customer&apos;s timeline.</source>
        <translation>In der Chronik des Kunden festgehalten.</translation>
    </message>
    <message>
        <source>Identity linked.</source>
        <translation>Identität verknüpft.</translation>
    </message>
    <message>
        <source>Split out into a new customer.</source>
        <translation>Als neuer Kunde abgetrennt.</translation>
    </message>
    <message>
        <source>Merged {name} into this customer.</source>
        <translation>{name} mit diesem Kunden zusammengeführt.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Zusammenführung rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Alles über {name} exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation>Der Kunde wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Room</source>
        <translation>Zimmer</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Abreise</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Sent back by the reviewer: {comment}</source>
        <translation>Von der Prüfung zurückgeschickt: {comment}</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Draft: not queued yet</source>
        <translation>Entwurf: noch nicht eingereiht</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Will be sent when online</source>
        <translation>Wird gesendet, sobald eine Verbindung besteht</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>May or may not have arrived: check the Outbox</source>
        <translation>Vielleicht angekommen, vielleicht nicht: Sehen Sie im Postausgang nach</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply on</source>
        <translation>Antworten auf</translation>
    </message>
    <message>
        <source>Reply in this conversation, or follow up on another of the customer&apos;s channels</source>
        <translation>In dieser Unterhaltung antworten oder auf einem anderen Kanal des Kunden nachfassen</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Kundennotizen</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>Antwortstatus</translation>
    </message>
    <message>
        <source>Queue reply</source>
        <translation>Antwort einreihen</translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation>Antwort in den Postausgang stellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Vorlage einfügen</translation>
    </message>
    <message>
        <source>Insert a canned reply filled in for this customer</source>
        <translation>Eine vorgefertigte Antwort, für diesen Kunden ausgefüllt, einfügen</translation>
    </message>
    <message>
        <source>Replying on the site</source>
        <translation>Antwort auf der Website</translation>
    </message>
    <message>
        <source>Open on the site</source>
        <translation>Auf der Website öffnen</translation>
    </message>
    <message>
        <source>Open the review in your browser to answer it</source>
        <translation>Die Bewertung im Browser öffnen, um sie zu beantworten</translation>
    </message>
    <message>
        <source>Mark answered on the site</source>
        <translation>Auf der Website als beantwortet markieren</translation>
    </message>
    <message>
        <source>You answered on the site: it stops needing a reply (Ctrl+Shift+D)</source>
        <translation>Sie haben auf der Website geantwortet: Sie braucht keine Antwort mehr (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>“{name}” was not used: nothing is known for {fields}.</source>
        <translation>„{name}“ wurde nicht verwendet: Für {fields} ist nichts bekannt.</translation>
    </message>
    <message>
        <source>{network} (on the site)</source>
        <translation>{network} (auf der Website)</translation>
    </message>
    <message>
        <source>{network} (window closed)</source>
        <translation>{network} (Fenster geschlossen)</translation>
    </message>
    <message>
        <source>{network} (this conversation)</source>
        <translation>{network} (diese Unterhaltung)</translation>
    </message>
    <message>
        <source>{choice} ★ preferred</source>
        <translation>{choice} ★ bevorzugt</translation>
    </message>
    <message>
        <source>Answer on the site, where the review was written</source>
        <translation>Auf der Website antworten, wo die Bewertung geschrieben wurde</translation>
    </message>
    <message>
        <source>Answer in the conversation, where the customer wrote</source>
        <translation>In der Unterhaltung antworten, wo der Kunde geschrieben hat</translation>
    </message>
    <message>
        <source>Follow up with {who} on {network}: a new message, not in this thread</source>
        <translation>Bei {who} auf {network} nachfassen: eine neue Nachricht, nicht in diesem Verlauf</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>Reply on {network}</source>
        <translation>Antworten auf {network}</translation>
    </message>
    <message>
        <source>Follow up via</source>
        <translation>Nachfassen über</translation>
    </message>
    <message>
        <source>Queue follow-up</source>
        <translation>Nachfassen einreihen</translation>
    </message>
    <message>
        <source>Write a follow-up…</source>
        <translation>Nachricht zum Nachfassen schreiben…</translation>
    </message>
    <message>
        <source>Answer on {network}</source>
        <translation>Auf {network} antworten</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here. Answer on the site, then mark the review answered: it stops needing a reply and counts as your public reply.</source>
        <translation>{network} lässt keine Antworten von hier aus zu. Antworten Sie auf der Website und markieren Sie die Bewertung dann als beantwortet: Sie braucht dann keine Antwort mehr und zählt als Ihre öffentliche Antwort.</translation>
    </message>
    <message>
        <source>Answered on the site</source>
        <translation>Auf der Website beantwortet</translation>
    </message>
    <message>
        <source>Reply #{id}</source>
        <translation>Antwort #{id}</translation>
    </message>
    <message>
        <source>Follow-up #{id} on {network}</source>
        <translation>Nachfassen #{id} auf {network}</translation>
    </message>
    <message>
        <source>No message is selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation>Wird eingereiht…</translation>
    </message>
    <message>
        <source>Answer on the site</source>
        <translation>Auf der Website antworten</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Schreiben Sie zuerst etwas</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Zu lang für {network}: {over} {unit} über der Grenze</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Füllen Sie zuerst das Vorlagenfeld {fields} aus</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: {network} takes only a reply written by a person, until {days} days have passed.</source>
        <translation>Mehr als 24 Stunden, seit der Kunde geschrieben hat: {network} nimmt nur noch eine von einer Person geschriebene Antwort, bis {days} Tage vergangen sind.</translation>
    </message>
    <message>
        <source>A follow-up on {network} is already queued or sent; a new one would be a second.</source>
        <translation>Ein Nachfassen auf {network} ist schon eingereiht oder gesendet; ein neues wäre ein zweites.</translation>
    </message>
    <message>
        <source>This message already has a reply queued or sent; a new one would be a second reply.</source>
        <translation>Auf diese Nachricht ist schon eine Antwort eingereiht oder gesendet; eine neue wäre eine zweite Antwort.</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one.</source>
        <translation>{network} nimmt keine Antwort auf eine Direktnachricht mehr als {days} Tage nach der letzten des Kunden.</translation>
    </message>
    <message>
        <source>Follow up on another channel in “Reply on”: {channels}.</source>
        <translation>Fassen Sie auf einem anderen Kanal unter „Antworten auf“ nach: {channels}.</translation>
    </message>
    <message>
        <source>No other channel of this customer is known: wait until they write again.</source>
        <translation>Kein anderer Kanal dieses Kunden ist bekannt: Warten Sie, bis er wieder schreibt.</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Gezählt in {unit}, wie das Netzwerk zählt</translation>
    </message>
    <message>
        <source>Queue it (Ctrl+Enter)</source>
        <translation>Einreihen (Strg+Eingabe)</translation>
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
        <translation>App-Passwort</translation>
    </message>
    <message>
        <source>Create an app password in Bluesky under Settings ▸ Privacy and security ▸ App passwords (https://bsky.app/settings/app-passwords). Do not use your main password.</source>
        <translation>Erstellen Sie in Bluesky unter Einstellungen ▸ Datenschutz und Sicherheit ▸ App-Passwörter ein App-Passwort (https://bsky.app/settings/app-passwords). Verwenden Sie nicht Ihr Hauptpasswort.</translation>
    </message>
    <message>
        <source>Server (leave as is for bsky.social)</source>
        <translation>Server (für bsky.social unverändert lassen)</translation>
    </message>
    <message>
        <source>Handle (e.g. yourname.bsky.social)</source>
        <translation>Handle (z. B. ihrname.bsky.social)</translation>
    </message>
    <message>
        <source>Demo (sample messages)</source>
        <translation>Demo (Beispielnachrichten)</translation>
    </message>
    <message>
        <source>Pretend the network is unreachable</source>
        <translation>So tun, als sei das Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>E-mail (IMAP/SMTP)</source>
        <translation>E-Mail (IMAP/SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of the mailbox, used for IMAP and SMTP. Providers with two-step sign-in (Gmail, Outlook, iCloud, Yahoo) need an app password created in the account&apos;s security settings.</source>
        <translation>Das Passwort des Postfachs, für IMAP und SMTP. Anbieter mit Zwei-Schritt-Anmeldung (Gmail, Outlook, iCloud, Yahoo) brauchen ein App-Passwort, das in den Sicherheitseinstellungen des Kontos erstellt wird.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>IMAP server (incoming)</source>
        <translation>IMAP-Server (eingehend)</translation>
    </message>
    <message>
        <source>IMAP port (993 for TLS, 143 for STARTTLS)</source>
        <translation>IMAP-Port (993 für TLS, 143 für STARTTLS)</translation>
    </message>
    <message>
        <source>SMTP server (outgoing)</source>
        <translation>SMTP-Server (ausgehend)</translation>
    </message>
    <message>
        <source>SMTP port (465 for TLS, 587 for STARTTLS)</source>
        <translation>SMTP-Port (465 für TLS, 587 für STARTTLS)</translation>
    </message>
    <message>
        <source>User name (often the address)</source>
        <translation>Benutzername (oft die Adresse)</translation>
    </message>
    <message>
        <source>Encryption: tls, starttls or none</source>
        <translation>Verschlüsselung: tls, starttls oder none</translation>
    </message>
    <message>
        <source>Sent folder (found automatically)</source>
        <translation>Ordner für Gesendetes (wird automatisch gefunden)</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Google-Bewertungen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth access token with the scope business.manage.</source>
        <translation>Melden Sie sich im Browser an (die Google-App dieses Computers: Einstellungen ▸ Apps) oder fügen Sie ein OAuth-Zugriffstoken mit dem Bereich business.manage ein.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>LinkedIn page</source>
        <translation>LinkedIn-Seite</translation>
    </message>
    <message>
        <source>Sign in with the browser as an administrator of the page (this computer&apos;s LinkedIn app: Settings ▸ Apps), or paste an access token with the scopes r_organization_social, w_organization_social and rw_organization_admin. The page number (as in linkedin.com/company/12345/admin) is needed only if you administer several pages.</source>
        <translation>Melden Sie sich im Browser als Administrator der Seite an (die LinkedIn-App dieses Computers: Einstellungen ▸ Apps) oder fügen Sie ein Zugriffstoken mit den Bereichen r_organization_social, w_organization_social und rw_organization_admin ein. Die Seitennummer (wie in linkedin.com/company/12345/admin) wird nur gebraucht, wenn Sie mehrere Seiten verwalten.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Sign in with the browser, or paste an access token: on your server open Preferences ▸ Development ▸ New application, tick the scopes “read” and “write”, submit, open the application and copy “Your access token”.</source>
        <translation>Melden Sie sich im Browser an oder fügen Sie ein Zugriffstoken ein: Öffnen Sie auf Ihrem Server Einstellungen ▸ Entwicklung ▸ Neue Anwendung, setzen Sie die Bereiche „read“ und „write“, speichern Sie, öffnen Sie die Anwendung und kopieren Sie „Dein Zugriffstoken“.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Your Matrix password signs this app in once, as a device of its own; only that device&apos;s access token is kept (in the keychain), never the password. Messages in encrypted rooms cannot be read here.</source>
        <translation>Ihr Matrix-Passwort meldet diese App einmal als eigenes Gerät an; nur das Zugriffstoken dieses Geräts wird aufbewahrt (im Schlüsselbund), nie das Passwort. Nachrichten in verschlüsselten Räumen können hier nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Homeserver (e.g. https://matrix.example.org)</source>
        <translation>Homeserver (z. B. https://matrix.example.org)</translation>
    </message>
    <message>
        <source>User id (e.g. @desk:example.org)</source>
        <translation>Benutzer-ID (z. B. @rezeption:example.org)</translation>
    </message>
    <message>
        <source>Accept invitations to direct chats (yes/no)</source>
        <translation>Einladungen zu Direktchats annehmen (yes/no)</translation>
    </message>
    <message>
        <source>Page name or id</source>
        <translation>Seitenname oder -ID</translation>
    </message>
    <message>
        <source>Facebook Page</source>
        <translation>Facebook-Seite</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Page, with the permissions pages_show_list, pages_messaging, pages_read_engagement and pages_manage_engagement.</source>
        <translation>Melden Sie sich im Browser an (die Meta-App dieses Computers: Einstellungen ▸ Apps) oder fügen Sie ein Benutzer-Zugriffstoken einer Person ein, die die Seite verwaltet, mit den Berechtigungen pages_show_list, pages_messaging, pages_read_engagement und pages_manage_engagement.</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Facebook Page linked to the Instagram professional account, with the permissions instagram_basic, instagram_manage_messages and instagram_manage_comments.</source>
        <translation>Melden Sie sich im Browser an (die Meta-App dieses Computers: Einstellungen ▸ Apps) oder fügen Sie ein Benutzer-Zugriffstoken einer Person ein, die die mit dem Instagram-Professional-Konto verknüpfte Facebook-Seite verwaltet, mit den Berechtigungen instagram_basic, instagram_manage_messages und instagram_manage_comments.</translation>
    </message>
    <message>
        <source>Meta lets your app read and answer a Page&apos;s messages and comments only after App Review of its permissions (and a verified business).</source>
        <translation>Meta lässt Ihre App die Nachrichten und Kommentare einer Seite erst nach dem App-Review ihrer Berechtigungen (und mit einem verifizierten Unternehmen) lesen und beantworten.</translation>
    </message>
    <message>
        <source>X&apos;s API is paid: buy credits for your app in X&apos;s Developer Console before connecting (each post read and reply is charged).</source>
        <translation>Die API von X ist kostenpflichtig: Kaufen Sie vor dem Verbinden in der Developer Console von X Guthaben für Ihre App (jeder gelesene Beitrag und jede Antwort wird berechnet).</translation>
    </message>
    <message>
        <source>Google opens the Business Profile APIs to a project only after you request access and Google approves it.</source>
        <translation>Google öffnet die Business-Profile-APIs für ein Projekt erst, nachdem Sie den Zugriff beantragt haben und Google ihn genehmigt hat.</translation>
    </message>
    <message>
        <source>Enable the YouTube Data API in your Google Cloud project (10,000 quota units a day); until Google has verified your app, its sign-ins expire after 7 days.</source>
        <translation>Aktivieren Sie die YouTube Data API in Ihrem Google-Cloud-Projekt (10.000 Kontingenteinheiten pro Tag); bis Google Ihre App verifiziert hat, laufen ihre Anmeldungen nach 7 Tagen ab.</translation>
    </message>
    <message>
        <source>LinkedIn grants the Community Management API, needed to read and answer a Page&apos;s comments, only to apps it has reviewed and approved.</source>
        <translation>LinkedIn gewährt die Community Management API, die zum Lesen und Beantworten der Kommentare einer Seite nötig ist, nur Apps, die es geprüft und zugelassen hat.</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Telegram-Bot</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather, send /newbot (or /mybots for a bot you have) and copy the token it gives (it looks like 123456789:AAE…); customers then write to the bot. To answer the chats of your own Telegram Business account too, connect the bot there: Settings ▸ Telegram Business ▸ Chatbots, add the bot and allow it to reply.</source>
        <translation>Öffnen Sie in Telegram einen Chat mit @BotFather, senden Sie /newbot (oder /mybots für einen vorhandenen Bot) und kopieren Sie das Token, das er ausgibt (es sieht aus wie 123456789:AAE…); Kunden schreiben dann an den Bot. Um auch die Chats Ihres eigenen Telegram-Business-Kontos zu beantworten, verbinden Sie den Bot dort: Einstellungen ▸ Telegram Business ▸ Chatbots, Bot hinzufügen und ihm das Antworten erlauben.</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Bot-API-Server</translation>
    </message>
    <message>
        <source>WordPress comments</source>
        <translation>WordPress-Kommentare</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Anwendungspasswort</translation>
    </message>
    <message>
        <source>In your site&apos;s dashboard open Users ▸ Profile, scroll to “Application Passwords”, type a name (e.g. Social Inbox), press “Add New Application Password” and copy it (WordPress 5.6 or newer). The user must be an Editor or Administrator. The site must use https:// unless it runs on this computer.</source>
        <translation>Öffnen Sie im Dashboard Ihrer Website Benutzer ▸ Profil, scrollen Sie zu „Anwendungspasswörter“, geben Sie einen Namen ein (z. B. Social Inbox), drücken Sie „Neues Anwendungspasswort hinzufügen“ und kopieren Sie es (WordPress 5.6 oder neuer). Der Benutzer muss Redakteur oder Administrator sein. Die Website muss https:// verwenden, außer sie läuft auf diesem Computer.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Website-Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s X app: Settings ▸ Apps), or paste an OAuth 2.0 user access token with the scopes tweet.read, tweet.write and users.read.</source>
        <translation>Melden Sie sich im Browser an (die X-App dieses Computers: Einstellungen ▸ Apps) oder fügen Sie ein OAuth-2.0-Benutzerzugriffstoken mit den Bereichen tweet.read, tweet.write und users.read ein.</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth 2.0 access token with the scope youtube.force-ssl.</source>
        <translation>Melden Sie sich im Browser an (die Google-App dieses Computers: Einstellungen ▸ Apps) oder fügen Sie ein OAuth-2.0-Zugriffstoken mit dem Bereich youtube.force-ssl ein.</translation>
    </message>
    <message>
        <source>Daily quota (units)</source>
        <translation>Tageskontingent (Einheiten)</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>VIP: important; their messages come first</source>
        <translation>VIP: wichtig; ihre Nachrichten kommen zuerst</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>Topics they want to hear about</source>
        <translation>Themen, über die sie informiert werden möchten</translation>
    </message>
    <message>
        <source>e.g. events, seasonal menu (commas between)</source>
        <translation>z. B. Veranstaltungen, Saisonkarte (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>e.g. regular, allergy (commas between)</source>
        <translation>z. B. Stammgast, Allergie (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Preferred channel:</source>
        <translation>&amp;Bevorzugter Kanal:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about.</source>
        <translation>Fragen Sie, wie sie kontaktiert werden möchten und worüber sie informiert werden wollen.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln Ergebnis</numerusform>
            <numerusform>%Ln Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Notiz</numerusform>
            <numerusform>%Ln Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stay(s)</source>
        <translation>
            <numerusform>%Ln Aufenthalt</numerusform>
            <numerusform>%Ln Aufenthalte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln ungelesen</numerusform>
            <numerusform>%Ln ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln wartet auf Antwort</numerusform>
            <numerusform>%Ln warten auf Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Message counts</source>
        <translation>Nachrichtenanzahl</translation>
    </message>
</context>
<context>
    <name>CustomerBrief</name>
    <message>
        <source>Customer: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Bevorzugt {network}</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more pinned note(s)</source>
        <translation>
            <numerusform>…und %Ln weitere angeheftete Notiz</numerusform>
            <numerusform>…und %Ln weitere angeheftete Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer card</source>
        <translation>Kundenkarte</translation>
    </message>
    <message>
        <source>Select a message to see who wrote it.</source>
        <translation>Wählen Sie eine Nachricht, um zu sehen, wer sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Show Customer &amp;Card</source>
        <translation>&amp;Kundenkarte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Go to Customer Card</source>
        <translation>&amp;Zur Kundenkarte</translation>
    </message>
    <message>
        <source>Go to the customer card, or hide it (Ctrl+I)</source>
        <translation>Zur Kundenkarte wechseln oder sie ausblenden (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Note from Message…</source>
        <translation>&amp;Notiz aus Nachricht…</translation>
    </message>
    <message>
        <source>Make a note on the customer from this message (N)</source>
        <translation>Aus dieser Nachricht eine Notiz zum Kunden machen (N)</translation>
    </message>
    <message>
        <source>&amp;Log a Call or Visit…</source>
        <translation>Anruf oder Besuch fest&amp;halten…</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Einen Anruf oder Besuch dieses Kunden festhalten (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>Notiz hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Mit anderem Kunden zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Link Identity…</source>
        <translation>&amp;Identität verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>Nachfassen &amp;planen…</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Details bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;xport Contact…</source>
        <translation>Kontakt e&amp;xportieren…</translation>
    </message>
    <message>
        <source>E&amp;rase Contact…</source>
        <translation>Kontakt &amp;löschen…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>K&amp;unde</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Kartenstatus</translation>
    </message>
    <message>
        <source>Customer details and timeline</source>
        <translation>Kundendetails und Chronik</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Kundenname</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Name, tags, VIP, preferred channel and topics</source>
        <translation>Name, Schlagwörter, VIP, bevorzugter Kanal und Themen</translation>
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
        <translation>Als VIP markieren: wichtig; ihre Nachrichten kommen zuerst</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More customer actions</source>
        <translation>Weitere Kundenaktionen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>So erreichen Sie sie</translation>
    </message>
    <message>
        <source>Preferred channel and topics</source>
        <translation>Bevorzugter Kanal und Themen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Nachfassen…</translation>
    </message>
    <message>
        <source>A date to get back to them (“call back Friday”)</source>
        <translation>Ein Datum, um sich wieder zu melden („Freitag zurückrufen“)</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Link identity…</source>
        <translation>Identität verknüpfen…</translation>
    </message>
    <message>
        <source>Add a handle, e-mail address or phone number by hand</source>
        <translation>Ein Handle, eine E-Mail-Adresse oder Telefonnummer von Hand hinzufügen</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Aufenthalte</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Anruf/Besuch…</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Diese Nachricht gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Dieser Kunde wurde gelöscht.</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Bevorzugt {network}</translation>
    </message>
    <message>
        <source>Wants to hear about: {topics}</source>
        <translation>Möchte informiert werden über: {topics}</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about (Edit… keeps the answer).</source>
        <translation>Fragen Sie, wie sie kontaktiert werden möchten und worüber sie informiert werden wollen (Bearbeiten… bewahrt die Antwort).</translation>
    </message>
    <message>
        <source>Follow up: {when}</source>
        <translation>Nachfassen: {when}</translation>
    </message>
    <message>
        <source>No follow-up set.</source>
        <translation>Kein Nachfassen vorgemerkt.</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Zimmer {room}</translation>
    </message>
    <message>
        <source>Merged in: {name} ({day})</source>
        <translation>Zusammengeführt: {name} ({day})</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführung rückgängig</translation>
    </message>
    <message>
        <source>Undo the merge with {name}</source>
        <translation>Die Zusammenführung mit {name} rückgängig machen</translation>
    </message>
    <message numerus="yes">
        <source>Every message · %Ln</source>
        <translation>
            <numerusform>Nachrichten · %Ln</numerusform>
            <numerusform>Nachrichten · %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln messages</source>
        <translation>
            <numerusform>Die neueste Nachricht (%Ln)</numerusform>
            <numerusform>Die neuesten %Ln Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Where the data is now</source>
        <translation>Wo die Daten jetzt liegen</translation>
    </message>
    <message>
        <source>This window was started with --database-url, which is used instead of the choice below.</source>
        <translation>Dieses Fenster wurde mit --database-url gestartet; diese Angabe gilt statt der Auswahl unten.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Wo sie liegen sollen</translation>
    </message>
    <message>
        <source>On this &amp;computer (SQLite)</source>
        <translation>Auf diesem &amp;Computer (SQLite)</translation>
    </message>
    <message>
        <source>Shared &amp;server (PostgreSQL)</source>
        <translation>Gemeinsamer &amp;Server (PostgreSQL)</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// address</source>
        <translation>db.example.org oder eine postgresql://-Adresse einfügen</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain. Moving to another database leaves the one in use now as it is.</source>
        <translation>Das Passwort wird im Schlüsselbund dieses Computers aufbewahrt. Ein Wechsel zu einer anderen Datenbank lässt die jetzige unverändert.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>Diese Datenbank &amp;verwenden</translation>
    </message>
    <message>
        <source>On this computer, in the file {path}</source>
        <translation>Auf diesem Computer, in der Datei {path}</translation>
    </message>
    <message>
        <source>On the server {host}, port {port}: database {database}, user {user}</source>
        <translation>Auf dem Server {host}, Port {port}: Datenbank {database}, Benutzer {user}</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Geben Sie den Server und die Datenbank an.</translation>
    </message>
    <message>
        <source>The database on the server is empty.</source>
        <translation>Die Datenbank auf dem Server ist leer.</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s data into it (checked row by row; the data here stays as it is), or start with an empty database?</source>
        <translation>Die Daten dieses Computers hineinkopieren (Zeile für Zeile geprüft; die Daten hier bleiben unverändert) oder mit einer leeren Datenbank beginnen?</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data</source>
        <translation>Daten dieses Computers &amp;kopieren</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data…</source>
        <translation>Die Daten dieses Computers werden kopiert …</translation>
    </message>
    <message>
        <source>{app} uses the new database from its next start.</source>
        <translation>{app} verwendet die neue Datenbank ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in: set one up (or allow the unencrypted one), or use ~/.pgpass.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund für das Passwort: Richten Sie einen ein (oder erlauben Sie den unverschlüsselten) oder verwenden Sie ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>Database connection lost: retrying…</source>
        <translation>Datenbankverbindung verloren: neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>What you write is kept and saved when the connection returns; other desks&apos; changes show again then.</source>
        <translation>Was Sie schreiben, bleibt erhalten und wird gespeichert, sobald die Verbindung zurück ist; die Änderungen anderer Arbeitsplätze erscheinen dann wieder.</translation>
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
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo data: sample messages, nothing is saved</source>
        <translation>Demodaten: Beispielnachrichten, nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Sample messages in a throwaway database; nothing is saved.</source>
        <translation>Beispielnachrichten in einer Wegwerf-Datenbank; nichts wird gespeichert.</translation>
    </message>
</context>
<context>
    <name>DeskPropertyRows</name>
    <message>
        <source>Properties</source>
        <translation>Häuser</translation>
    </message>
    <message>
        <source>A property&apos;s name, e.g. Nashville</source>
        <translation>Name eines Hauses, z. B. Nashville</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;property:</source>
        <translation>&amp;Haus dieses Arbeitsplatzes:</translation>
    </message>
    <message>
        <source>Given on the command line (--property {name}).</source>
        <translation>Auf der Befehlszeile angegeben (--property {name}).</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Häuser:</translation>
    </message>
    <message>
        <source>None (every property)</source>
        <translation>Keines (alle Häuser)</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich &amp;weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so closing the window quits the app. Notifications appear inside the window.</source>
        <translation>Ihr Desktop hat keinen Infobereich, daher beendet das Schließen des Fensters die App. Benachrichtigungen erscheinen im Fenster.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>This erases “{name}” and everything the app holds about them:</source>
        <translation>Dies löscht „{name}“ und alles, was die App über diese Person weiß:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in and out</source>
        <translation>
            <numerusform>%n Nachricht, ein- und ausgehend</numerusform>
            <numerusform>%n Nachrichten, ein- und ausgehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n Aufenthalt</numerusform>
            <numerusform>%n Aufenthalte</numerusform>
        </translation>
    </message>
    <message>
        <source>their reminders, queued replies and search entries</source>
        <translation>ihre Erinnerungen, eingereihten Antworten und Sucheinträge</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the contact first to keep a copy.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Exportieren Sie den Kontakt zuerst, um eine Kopie zu behalten.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Erase this customer for good?</source>
        <translation>Diesen Kunden endgültig löschen?</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Was gelöscht wird</translation>
    </message>
    <message>
        <source>Type the customer’s name to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Kunden ein:</translation>
    </message>
    <message>
        <source>Customer’s name, to confirm</source>
        <translation>Name des Kunden, zur Bestätigung</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Alles löschen</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>Es&amp;kalieren…</translation>
    </message>
    <message>
        <source>Hand the message to a colleague, with the reason (Shift+E)</source>
        <translation>Die Nachricht mit Begründung an eine Kollegin oder einen Kollegen übergeben (Umschalt+E)</translation>
    </message>
    <message>
        <source>escalate the message to a colleague</source>
        <translation>Nachricht an Kollegen eskalieren</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Assign the message to a colleague or to yourself (Shift+A)</source>
        <translation>Die Nachricht einem Kollegen oder sich selbst zuweisen (Umschalt+A)</translation>
    </message>
    <message>
        <source>assign the message to someone</source>
        <translation>Nachricht jemandem zuweisen</translation>
    </message>
    <message>
        <source>&amp;Resolve Escalation…</source>
        <translation>Eskalation &amp;abschließen…</translation>
    </message>
    <message>
        <source>Settle the message&apos;s escalation and say what came of it (Shift+R)</source>
        <translation>Die Eskalation der Nachricht abschließen und sagen, was daraus wurde (Umschalt+R)</translation>
    </message>
    <message>
        <source>resolve the message&apos;s escalation</source>
        <translation>Eskalation der Nachricht abschließen</translation>
    </message>
    <message>
        <source>It is escalated to {name} now: escalating it again hands it on.</source>
        <translation>Sie ist jetzt an {name} eskaliert: Erneutes Eskalieren gibt sie weiter.</translation>
    </message>
    <message>
        <source>The person you choose is told on their desk; it shows under Escalated.</source>
        <translation>Die gewählte Person wird an ihrem Platz benachrichtigt; die Nachricht erscheint unter „Eskaliert“.</translation>
    </message>
    <message>
        <source>Escalate message</source>
        <translation>Nachricht eskalieren</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Assign message</source>
        <translation>Nachricht zuweisen</translation>
    </message>
    <message>
        <source>The message shows in Mine for the person you choose.</source>
        <translation>Die Nachricht erscheint für die gewählte Person unter „Meine“.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>Eskalation abschließen</translation>
    </message>
    <message>
        <source>Escalated to {name}. What came of it? It stays in the history.</source>
        <translation>An {name} eskaliert. Was ist daraus geworden? Es bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
</context>
<context>
    <name>EscalationHistory</name>
    <message>
        <source>Escalation history</source>
        <translation>Eskalationsverlauf</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>{name} zugewiesen</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved by {name}, {time}: {outcome}</source>
        <translation>Abgeschlossen von {name}, {time}: {outcome}</translation>
    </message>
    <message>
        <source>{by} escalated it to {to}, {time}</source>
        <translation>{by} hat sie an {to} eskaliert, {time}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with {name}</source>
        <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Datum und Uhrzeit zum Nachfassen</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. call back about the wedding booking</source>
        <translation>z. B. wegen der Hochzeitsbuchung zurückrufen</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Nachfassen vormerken</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Heutige Anreisen</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>Kunden &amp;finden…</translation>
    </message>
    <message>
        <source>Find a customer by a few letters of name, handle, e-mail, phone or room</source>
        <translation>Einen Kunden über ein paar Buchstaben von Name, Handle, E-Mail, Telefon oder Zimmer finden</translation>
    </message>
    <message>
        <source>find a customer (name, handle, e-mail, phone or room)</source>
        <translation>Kunden finden (Name, Handle, E-Mail, Telefon oder Zimmer)</translation>
    </message>
    <message>
        <source>&amp;Import Arrivals…</source>
        <translation>Anreisen &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Die Anreisen des Tages aus Ihrem Hotelverwaltungssystem importieren (CSV)</translation>
    </message>
    <message>
        <source>Snoozed until {time}.</source>
        <translation>Zurückgestellt bis {time}.</translation>
    </message>
    <message>
        <source>Guest linked (merge {id}; undo with “contacts undo-merge {id}”).</source>
        <translation>Gast verknüpft (Zusammenführung {id}; rückgängig mit „contacts undo-merge {id}“).</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used when {app} next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von {app}.</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Da&amp;tenbank…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Wo die Daten liegen: auf diesem Computer oder auf einem gemeinsamen Server</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Schichtübergabe</translation>
    </message>
    <message>
        <source>What the digest covers</source>
        <translation>Zeitraum der Übersicht</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>This shift (last %n hour(s))</source>
        <translation>
            <numerusform>Diese Schicht (letzte %n Stunde)</numerusform>
            <numerusform>Diese Schicht (letzte %n Stunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Letzte %n Stunde</numerusform>
            <numerusform>Letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open it; this window stays open.</source>
        <translation>Klicken Sie auf eine Zeile (oder drücken Sie die Eingabetaste), um sie zu öffnen; dieses Fenster bleibt offen.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the digest again (Ctrl+R)</source>
        <translation>Die Übersicht neu lesen (Strg+R)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Handover: {since} to {until}</source>
        <translation>Übergabe: {since} bis {until}</translation>
    </message>
    <message>
        <source>Handover at {place}: {since} to {until}</source>
        <translation>Übergabe in {place}: {since} bis {until}</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>Waiting past their target</source>
        <translation>Über ihrem Antwortziel</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Fällige Erinnerungen</translation>
    </message>
    <message>
        <source>Returning guests arriving</source>
        <translation>Anreisende Stammgäste</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: show the list</source>
        <translation>
            <numerusform>… und %Ln weiterer: Liste anzeigen</numerusform>
            <numerusform>… und %Ln weitere: Liste anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} on {network} since {time}: {count} (usual {usual})</source>
        <translation>{kind} auf {network} seit {time}: {count} (üblich {usual})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>waiting {age} (target {target})</source>
        <translation>wartet {age} (Ziel {target})</translation>
    </message>
    <message>
        <source>To {to} (by {by}){reason} — {who}: {preview}</source>
        <translation>An {to} (von {by}){reason} — {who}: {preview}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, Zimmer {room}</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation>Negative Nachrichten</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>&amp;Handover…</source>
        <translation>Über&amp;gabe…</translation>
    </message>
    <message>
        <source>What the next shift must know: new and waiting messages, escalations, reminders, arriving guests, alerts</source>
        <translation>Was die nächste Schicht wissen muss: neue und wartende Nachrichten, Eskalationen, Erinnerungen, anreisende Gäste, Warnungen</translation>
    </message>
    <message>
        <source>the shift handover</source>
        <translation>die Schichtübergabe</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys that work in {app}:</source>
        <translation>Tasten, die in {app} funktionieren:</translation>
    </message>
    <message>
        <source>About Social Inbox</source>
        <translation>Über Social Inbox</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <source>One inbox for every channel your customers write on.
Local first: your messages stay on this computer.</source>
        <translation>Ein Posteingang für jeden Kanal, auf dem Ihre Kunden schreiben.
Lokal zuerst: Ihre Nachrichten bleiben auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>No identity yet: link one to find their messages.</source>
        <translation>Noch keine Identität: Verknüpfen Sie eine, um ihre Nachrichten zu finden.</translation>
    </message>
    <message>
        <source>last seen {ago}</source>
        <translation>zuletzt gesehen {ago}</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>noch nicht gesehen</translation>
    </message>
    <message>
        <source>Split out</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Split out {network} {handle}</source>
        <translation>{network} {handle} abtrennen</translation>
    </message>
    <message>
        <source>Move this identity and its messages to a customer of its own</source>
        <translation>Diese Identität und ihre Nachrichten in einen eigenen Kunden verschieben</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>↑ ↓ or j k</source>
        <translation>↑ ↓ oder j k</translation>
    </message>
    <message>
        <source>move through the list</source>
        <translation>in der Liste bewegen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>read the message in the reading pane</source>
        <translation>die Nachricht im Lesebereich lesen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>zurück zur Liste</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages read or unread (U or Ctrl+U)</source>
        <translation>Die ausgewählten Nachrichten als gelesen oder ungelesen markieren (U oder Strg+U)</translation>
    </message>
    <message>
        <source>mark read or unread</source>
        <translation>als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected messages done (E, D or Ctrl+D)</source>
        <translation>Die ausgewählten Nachrichten als erledigt markieren (E, D oder Strg+D)</translation>
    </message>
    <message>
        <source>mark done</source>
        <translation>als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>&amp;Original öffnen</translation>
    </message>
    <message>
        <source>Open the message on its network, in your browser (Ctrl+O)</source>
        <translation>Die Nachricht in ihrem Netzwerk im Browser öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>open the original in your browser</source>
        <translation>das Original im Browser öffnen</translation>
    </message>
    <message>
        <source>Mark &amp;Answered on the Site</source>
        <translation>Auf der &amp;Website als beantwortet markieren</translation>
    </message>
    <message>
        <source>A review on a site without replies from here (Yelp, Tripadvisor, Booking.com) was answered on the site (Ctrl+Shift+D)</source>
        <translation>Eine Bewertung auf einer Website, auf die man von hier nicht antworten kann (Yelp, Tripadvisor, Booking.com), wurde auf der Website beantwortet (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>mark a review answered on its site</source>
        <translation>eine Bewertung auf ihrer Website als beantwortet markieren</translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation>Nachrichten &amp;suchen</translation>
    </message>
    <message>
        <source>search (Escape clears)</source>
        <translation>suchen (Esc leert das Feld)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>queue the reply (in the reply box)</source>
        <translation>die Antwort einreihen (im Antwortfeld)</translation>
    </message>
    <message>
        <source>Most &amp;Urgent First</source>
        <translation>&amp;Dringendste zuerst</translation>
    </message>
    <message>
        <source>Messages waiting for a reply first, ranked: VIP customers, negative tone, escalated, then the longest wait (Ctrl+Shift+R)</source>
        <translation>Nachrichten, die auf Antwort warten, zuerst, gereiht nach: VIP-Kunden, negativer Ton, eskaliert, dann längste Wartezeit (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>most urgent first / newest first</source>
        <translation>dringendste zuerst / neueste zuerst</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Listentitel</translation>
    </message>
    <message>
        <source>List size</source>
        <translation>Listengröße</translation>
    </message>
    <message>
        <source>Message list and reading pane</source>
        <translation>Nachrichtenliste und Lesebereich</translation>
    </message>
    <message>
        <source>Results for “{query}”</source>
        <translation>Ergebnisse für „{query}“</translation>
    </message>
    <message>
        <source>{count} in {list}</source>
        <translation>{count} in {list}</translation>
    </message>
    <message>
        <source>{count} · most urgent first</source>
        <translation>{count} · dringendste zuerst</translation>
    </message>
    <message>
        <source>No messages match “{query}”.

Try fewer or other words.</source>
        <translation>Keine Nachricht passt zu „{query}“.

Versuchen Sie weniger oder andere Wörter.</translation>
    </message>
    <message>
        <source>Fetching the demo messages…</source>
        <translation>Die Demonachrichten werden geholt…</translation>
    </message>
    <message>
        <source>No messages from {network} yet.</source>
        <translation>Noch keine Nachrichten von {network}.</translation>
    </message>
    <message>
        <source>No unread messages.
You are all caught up.</source>
        <translation>Keine ungelesenen Nachrichten.
Sie sind auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a reply.</source>
        <translation>Nichts wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>No open escalations.

Escalate a message to a colleague with Message ▸ Escalate… (Shift+E).</source>
        <translation>Keine offenen Eskalationen.

Eskalieren Sie eine Nachricht mit Nachricht ▸ Eskalieren… (Umschalt+E) an eine Kollegin oder einen Kollegen.</translation>
    </message>
    <message>
        <source>Nothing is assigned to you.</source>
        <translation>Ihnen ist nichts zugewiesen.</translation>
    </message>
    <message>
        <source>Fetching messages…</source>
        <translation>Nachrichten werden geholt…</translation>
    </message>
    <message>
        <source>No account is connected yet.

Connect one with File ▸ Accounts… (Ctrl+Shift+A),
or from the command line: socialinbox accounts add

or try the app with sample messages: socialinbox --demo</source>
        <translation>Noch ist kein Konto verbunden.

Verbinden Sie eines über Datei ▸ Konten… (Strg+Umschalt+A)
oder über die Befehlszeile: socialinbox accounts add

oder probieren Sie die App mit Beispielnachrichten aus: socialinbox --demo</translation>
    </message>
    <message>
        <source>Your inbox is empty.

New messages appear here as they arrive.</source>
        <translation>Ihr Posteingang ist leer.

Neue Nachrichten erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Mark as Not &amp;Done</source>
        <translation>Als nicht &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Marked answered on the site.</source>
        <translation>Auf der Website als beantwortet markiert.</translation>
    </message>
    <message>
        <source>Refused to open the link: only web addresses (http, https) are opened.</source>
        <translation>Der Link wurde nicht geöffnet: Nur Webadressen (http, https) werden geöffnet.</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Kein Webbrowser konnte den Link öffnen.</translation>
    </message>
    <message>
        <source>Reply queued; sending it now.</source>
        <translation>Antwort eingereiht; sie wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>Reply stored; it waits for another person&apos;s review.</source>
        <translation>Antwort gespeichert; sie wartet auf die Prüfung durch eine andere Person.</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>Where the business stands on the six response levels (Ctrl+Shift+I)</source>
        <translation>Wo das Unternehmen auf den sechs Antwortstufen steht (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>open Insights: response levels and times</source>
        <translation>Auswertung öffnen: Antwortstufen und -zeiten</translation>
    </message>
    <message>
        <source>&amp;Export Insights…</source>
        <translation>Auswertung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the Insights page as CSV or as a PNG image</source>
        <translation>Die Auswertung als CSV oder als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>export Insights (CSV or PNG)</source>
        <translation>Auswertung exportieren (CSV oder PNG)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>The levels are still being read.</source>
        <translation>Die Stufen werden noch gelesen.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Auswertung exportieren</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Insights saved to {path}</source>
        <translation>Auswertung gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Where the business stands</source>
        <translation>Wo das Unternehmen steht</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median der ersten Antwort</translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation>90 % beantwortet innerhalb von</translation>
    </message>
    <message>
        <source>Answered within an hour, in business hours</source>
        <translation>Innerhalb einer Stunde beantwortet, während der Geschäftszeiten</translation>
    </message>
    <message>
        <source>Answered within an hour, out of hours</source>
        <translation>Innerhalb einer Stunde beantwortet, außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Letzte %n Woche</numerusform>
            <numerusform>Letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Reading the levels…</source>
        <translation>Die Stufen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answered message(s)</source>
        <translation>
            <numerusform>von %n beantworteten Nachricht</numerusform>
            <numerusform>von %n beantworteten Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>noch keine Antworten</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>keine Nachrichten</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{answered} of {messages}</source>
        <translation>{answered} von {messages}</translation>
    </message>
    <message>
        <source>The levels are still being read</source>
        <translation>Die Stufen werden noch gelesen</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Mostly level 0: customers get no answer; answer within a day to reach level 2</source>
        <translation>Meist Stufe 0: Kunden bekommen keine Antwort; antworten Sie innerhalb eines Tages, um Stufe 2 zu erreichen</translation>
    </message>
    <message>
        <source>Mostly level 1: answers come days later; answer within 24 hours to reach level 2</source>
        <translation>Meist Stufe 1: Antworten kommen Tage später; antworten Sie innerhalb von 24 Stunden, um Stufe 2 zu erreichen</translation>
    </message>
    <message>
        <source>Mostly level 2: answers come within hours; answer within the hour to reach level 3</source>
        <translation>Meist Stufe 2: Antworten kommen innerhalb von Stunden; antworten Sie innerhalb einer Stunde, um Stufe 3 zu erreichen</translation>
    </message>
    <message>
        <source>Mostly level 3: answers come within the hour; follow up with a private message or a call to reach level 4</source>
        <translation>Meist Stufe 3: Antworten kommen innerhalb einer Stunde; fassen Sie mit einer Direktnachricht oder einem Anruf nach, um Stufe 4 zu erreichen</translation>
    </message>
    <message>
        <source>Mostly level 4: quick answers followed by a private message or a call; follow up by e-mail to reach level 5</source>
        <translation>Meist Stufe 4: schnelle Antworten, gefolgt von Direktnachricht oder Anruf; fassen Sie per E-Mail nach, um Stufe 5 zu erreichen</translation>
    </message>
    <message>
        <source>Mostly level 5: quick answers followed by an e-mail; welcome them in person to reach level 6</source>
        <translation>Meist Stufe 5: schnelle Antworten, gefolgt von einer E-Mail; empfangen Sie die Kunden persönlich, um Stufe 6 zu erreichen</translation>
    </message>
    <message>
        <source>Mostly level 6: quick answers followed by service in person, the top of the scale</source>
        <translation>Meist Stufe 6: schnelle Antworten, gefolgt von persönlichem Service – die Spitze der Skala</translation>
    </message>
    <message>
        <source>Every message is still waiting for its first answer: answer within the hour to reach level 3</source>
        <translation>Jede Nachricht wartet noch auf ihre erste Antwort: Antworten Sie innerhalb einer Stunde, um Stufe 3 zu erreichen</translation>
    </message>
    <message>
        <source>No messages from customers in this period yet</source>
        <translation>In diesem Zeitraum noch keine Nachrichten von Kunden</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>0 · no answer</source>
        <translation>0 · keine Antwort</translation>
    </message>
    <message>
        <source>1 · days later</source>
        <translation>1 · Tage später</translation>
    </message>
    <message>
        <source>2 · within a day</source>
        <translation>2 · innerhalb eines Tages</translation>
    </message>
    <message>
        <source>3 · within the hour</source>
        <translation>3 · innerhalb einer Stunde</translation>
    </message>
    <message>
        <source>4 · + private message or call</source>
        <translation>4 · + Direktnachricht oder Anruf</translation>
    </message>
    <message>
        <source>5 · + e-mail</source>
        <translation>5 · + E-Mail</translation>
    </message>
    <message>
        <source>6 · + in person</source>
        <translation>6 · + persönlich</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Response levels per week</source>
        <translation>Antwortstufen pro Woche</translation>
    </message>
    <message>
        <source>{messages} over {weeks}</source>
        <translation>{messages} über {weeks}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages in this period</source>
        <translation>Keine Nachrichten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Week of {week}
{level}: {count} ({share} % of {total})</source>
        <translation>Woche vom {week}
{level}: {count} ({share} % von {total})</translation>
    </message>
</context>
<context>
    <name>LinkIdentityDialog</name>
    <message>
        <source>Link an identity to {name}</source>
        <translation>Eine Identität mit {name} verknüpfen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Handle, e-mail address or phone number</source>
        <translation>Handle, E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>Messages from this identity will belong to this customer. An identity of another customer cannot be linked: merge them instead.</source>
        <translation>Nachrichten dieser Identität gehören dann zu diesem Kunden. Die Identität eines anderen Kunden kann nicht verknüpft werden: Führen Sie die beiden stattdessen zusammen.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+49 30 901820</translation>
    </message>
    <message>
        <source>@name or a profile address</source>
        <translation>@name oder eine Profiladresse</translation>
    </message>
</context>
<context>
    <name>LogConversationDialog</name>
    <message>
        <source>Log a call or visit with {name}</source>
        <translation>Anruf oder Besuch mit {name} festhalten</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Date and time of the conversation</source>
        <translation>Datum und Uhrzeit des Gesprächs</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Warum es nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Was &amp;gesagt wurde:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;They came in</source>
        <translation>Sie kamen &amp;vorbei</translation>
    </message>
    <message>
        <source>We &amp;spoke to them</source>
        <translation>Wir haben &amp;mit ihnen gesprochen</translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation>Sie haben &amp;angerufen</translation>
    </message>
    <message>
        <source>We &amp;called them</source>
        <translation>Wir haben sie a&amp;ngerufen</translation>
    </message>
</context>
<context>
    <name>Logged</name>
    <message>
        <source>came in</source>
        <translation>kam vorbei</translation>
    </message>
    <message>
        <source>you spoke to them</source>
        <translation>Sie haben mit ihnen gesprochen</translation>
    </message>
    <message>
        <source>called</source>
        <translation>hat angerufen</translation>
    </message>
    <message>
        <source>you called them</source>
        <translation>Sie haben sie angerufen</translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation>festgehalten von {name}</translation>
    </message>
</context>
<context>
    <name>LongTextView</name>
    <message numerus="yes">
        <source>Show more (%Ln more character(s))</source>
        <translation>
            <numerusform>Mehr anzeigen (%Ln weiteres Zeichen)</numerusform>
            <numerusform>Mehr anzeigen (%Ln weitere Zeichen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupPopup</name>
    <message>
        <source>Find a customer</source>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room</source>
        <translation>Name, Handle, E-Mail, Telefon oder Zimmer</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room…</source>
        <translation>Name, Handle, E-Mail, Telefon oder Zimmer…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Type two or three letters. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>Tippen Sie zwei oder drei Buchstaben. ↑ ↓ zum Wählen, Eingabe zum Öffnen, Esc zum Schließen.</translation>
    </message>
    <message>
        <source>No pinned notes</source>
        <translation>Keine angehefteten Notizen</translation>
    </message>
    <message>
        <source>Enter opens the customer; Esc closes.</source>
        <translation>Eingabe öffnet den Kunden; Esc schließt.</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Kein Kunde passt zu „{text}“.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo data</source>
        <translation>{app} — Demodaten</translation>
    </message>
    <message>
        <source>Text written while the database could not be reached is kept in {path}</source>
        <translation>Text, der geschrieben wurde, während die Datenbank nicht erreichbar war, liegt in {path}</translation>
    </message>
    <message>
        <source>make a note on the customer from the message</source>
        <translation>aus der Nachricht eine Notiz zum Kunden machen</translation>
    </message>
    <message>
        <source>show or hide the customer card</source>
        <translation>Kundenkarte ein- oder ausblenden</translation>
    </message>
    <message>
        <source>log a phone call or a visit with the customer</source>
        <translation>einen Anruf oder Besuch des Kunden festhalten</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Sidebar and content</source>
        <translation>Seitenleiste und Inhalt</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) wait and will be sent when the network can be reached.</source>
        <translation>
            <numerusform>%n Antwort wartet und wird gesendet, sobald das Netzwerk erreichbar ist.</numerusform>
            <numerusform>%n Antworten warten und werden gesendet, sobald das Netzwerk erreichbar ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are waiting to be sent</source>
        <translation>Antworten warten auf das Senden</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be synced; see the status bar.</source>
        <translation>
            <numerusform>%n Konto konnte nicht abgeglichen werden; siehe Statusleiste.</numerusform>
            <numerusform>%n Konten konnten nicht abgeglichen werden; siehe Statusleiste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database connection restored.</source>
        <translation>Datenbankverbindung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Still running in the tray. Choose Quit from its menu to stop.</source>
        <translation>Läuft im Infobereich weiter. Wählen Sie dort im Menü „Beenden“, um die App zu beenden.</translation>
    </message>
    <message>
        <source>Something went wrong ({name}): {error}</source>
        <translation>Etwas ist schiefgegangen ({name}): {error}</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ein Abgleich läuft bereits.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnosedaten in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>In der Nachrichtenliste</translation>
    </message>
    <message>
        <source>Lists and search</source>
        <translation>Listen und Suche</translation>
    </message>
    <message>
        <source>Replies and customers</source>
        <translation>Antworten und Kunden</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Fetch new messages from every account (F5)</source>
        <translation>Neue Nachrichten von allen Konten holen (F5)</translation>
    </message>
    <message>
        <source>sync now</source>
        <translation>jetzt abgleichen</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Da&amp;tenbank…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Wo die Daten liegen: auf diesem Computer oder auf einem gemeinsamen Server</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>&amp;About Social Inbox</source>
        <translation>Ü&amp;ber Social Inbox</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Strg+1 … Strg+9</translation>
    </message>
    <message>
        <source>switch lists</source>
        <translation>Listen wechseln</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The database reports damage</source>
        <translation>Die Datenbank meldet einen Schaden</translation>
    </message>
    <message>
        <source>Quit the app and restore the latest backup (see the README). Details: {detail}</source>
        <translation>Beenden Sie die App und stellen Sie die letzte Sicherung wieder her (siehe README). Einzelheiten: {detail}</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>no identities</source>
        <translation>keine Identitäten</translation>
    </message>
    <message>
        <source>Everything of “{other}” moves to “{keep}”:</source>
        <translation>Alles von „{other}“ geht an „{keep}“ über:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n Aufenthalt</numerusform>
            <numerusform>%n Aufenthalte</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>“{other}” will no longer be listed. You can undo the merge from {keep}’s card.</source>
        <translation>„{other}“ wird nicht mehr aufgeführt. Sie können die Zusammenführung auf der Karte von {keep} rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with {name}</source>
        <translation>Mit {name} zusammenführen</translation>
    </message>
    <message>
        <source>Which customer is the same person as “{name}”?</source>
        <translation>Welcher Kunde ist dieselbe Person wie „{name}“?</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Kunden finden</translation>
    </message>
    <message>
        <source>Name, handle, e-mail or phone</source>
        <translation>Name, Handle, E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Was verschoben wird</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>{line} (suggested)</source>
        <translation>{line} (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Possibly the same person: {evidence}</source>
        <translation>Möglicherweise dieselbe Person: {evidence}</translation>
    </message>
</context>
<context>
    <name>MergeEvidence</name>
    <message>
        <source>same name: {value}</source>
        <translation>gleicher Name: {value}</translation>
    </message>
    <message>
        <source>same e-mail address: {value}</source>
        <translation>gleiche E-Mail-Adresse: {value}</translation>
    </message>
    <message>
        <source>same phone number: {value}</source>
        <translation>gleiche Telefonnummer: {value}</translation>
    </message>
    <message>
        <source>same website: {value}</source>
        <translation>gleiche Website: {value}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>This message was deleted</source>
        <translation>Diese Nachricht wurde gelöscht</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>mention</source>
        <translation>Erwähnung</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>{state} message from {author} on {network}, {age}: {text}</source>
        <translation>{state} Nachricht von {author} auf {network}, {age}: {text}</translation>
    </message>
</context>
<context>
    <name>NameMatchList</name>
    <message>
        <source>Possible matches to confirm</source>
        <translation>Mögliche Treffer zum Bestätigen</translation>
    </message>
    <message>
        <source>Same person? Confirm to link the guest to the customer</source>
        <translation>Dieselbe Person? Bestätigen, um den Gast mit dem Kunden zu verknüpfen</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>keine Vorgeschichte</translation>
    </message>
    <message>
        <source>{guest} may be {name} ({evidence}; names {score}% alike)</source>
        <translation>{guest} ist vielleicht {name} ({evidence}; Namen zu {score} % ähnlich)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link {guest} to {name}</source>
        <translation>{guest} mit {name} verknüpfen</translation>
    </message>
    <message>
        <source>Merge the guest record into {name} (can be undone)</source>
        <translation>Den Gasteintrag mit {name} zusammenführen (kann rückgängig gemacht werden)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Hotel guest</source>
        <translation>Hotelgast</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note on {name}</source>
        <translation>Notiz zu {name} bearbeiten</translation>
    </message>
    <message>
        <source>New note on {name}</source>
        <translation>Neue Notiz zu {name}</translation>
    </message>
    <message>
        <source>Made from a message</source>
        <translation>Aus einer Nachricht erstellt</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Deren Fassung</translation>
    </message>
    <message>
        <source>{name} saved this note while you were editing it. Their version is below; yours is in the editor. Save to replace theirs with yours.</source>
        <translation>{name} hat diese Notiz gespeichert, während Sie sie bearbeitet haben. Deren Fassung steht unten, Ihre im Editor. Speichern ersetzt deren Fassung durch Ihre.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
    <message>
        <source>What did you learn about them? e.g. loves the cornbread; prefers e-mail</source>
        <translation>Was haben Sie über sie erfahren? z. B. liebt das Maisbrot; bevorzugt E-Mail</translation>
    </message>
    <message>
        <source>&amp;Pin: show it first, and above every reply</source>
        <translation>&amp;Anheften: zuerst und über jeder Antwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Sensitive: hidden until someone clicks Reveal</source>
        <translation>&amp;Vertraulich: verborgen, bis jemand auf „Anzeigen“ klickt</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Sensitive note — hidden</source>
        <translation>Vertrauliche Notiz — verborgen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Notizaktionen</translation>
    </message>
    <message>
        <source>Edit, pin, mark sensitive or delete</source>
        <translation>Bearbeiten, anheften, als vertraulich markieren oder löschen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Loslösen</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>Not &amp;sensitive</source>
        <translation>Nicht &amp;vertraulich</translation>
    </message>
    <message>
        <source>Mark &amp;sensitive</source>
        <translation>Als &amp;vertraulich markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the sensitive note</source>
        <translation>Die vertrauliche Notiz verbergen</translation>
    </message>
    <message>
        <source>Reveal the note</source>
        <translation>Die Notiz anzeigen</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>From a message no longer stored</source>
        <translation>Aus einer nicht mehr gespeicherten Nachricht</translation>
    </message>
</context>
<context>
    <name>NoteSource</name>
    <message>
        <source>From their post on {network} of {day}</source>
        <translation>Aus ihrem Beitrag auf {network} vom {day}</translation>
    </message>
    <message>
        <source>From their comment on {network} of {day}</source>
        <translation>Aus ihrem Kommentar auf {network} vom {day}</translation>
    </message>
    <message>
        <source>From their review on {network} of {day}</source>
        <translation>Aus ihrer Bewertung auf {network} vom {day}</translation>
    </message>
    <message>
        <source>From their message on {network} of {day}</source>
        <translation>Aus ihrer Nachricht auf {network} vom {day}</translation>
    </message>
    <message>
        <source>From their e-mail on {network} of {day}</source>
        <translation>Aus ihrer E-Mail auf {network} vom {day}</translation>
    </message>
    <message>
        <source>From their reply on {network} of {day}</source>
        <translation>Aus ihrer Antwort auf {network} vom {day}</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>No notes yet. Write down what you learn (“loves the cornbread”); N on a message makes a note from it.</source>
        <translation>Noch keine Notizen. Schreiben Sie auf, was Sie erfahren („liebt das Maisbrot“); N auf einer Nachricht macht daraus eine Notiz.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Reminder: {name}</source>
        <translation>Erinnerung: {name}</translation>
    </message>
    <message>
        <source>{by} escalated a message to you</source>
        <translation>{by} hat eine Nachricht an Sie eskaliert</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>In answer to</source>
        <translation>Als Antwort auf</translation>
    </message>
    <message>
        <source>Message being answered</source>
        <translation>Beantwortete Nachricht</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Zurückschicken…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation>Prüfprotokoll exportieren…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Write who wrote, edited, approved and sent each reply to a JSON file</source>
        <translation>In eine JSON-Datei schreiben, wer jede Antwort geschrieben, bearbeitet, freigegeben und gesendet hat</translation>
    </message>
    <message>
        <source>Selected replies…</source>
        <translation>Ausgewählte Antworten…</translation>
    </message>
    <message>
        <source>All replies…</source>
        <translation>Alle Antworten…</translation>
    </message>
    <message>
        <source>No replies yet. Write one under a message in the inbox.</source>
        <translation>Noch keine Antworten. Schreiben Sie eine unter einer Nachricht im Posteingang.</translation>
    </message>
    <message>
        <source>Reply #{id} · {state}</source>
        <translation>Antwort #{id} · {state}</translation>
    </message>
    <message>
        <source>Written by {author} on {time}</source>
        <translation>Geschrieben von {author} am {time}</translation>
    </message>
    <message>
        <source>to {who} on {network}</source>
        <translation>an {who} auf {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>approved by {user}</source>
        <translation>freigegeben von {user}</translation>
    </message>
    <message>
        <source>sent {time}</source>
        <translation>gesendet {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %n reply(ies) written to {path}</source>
        <translation>
            <numerusform>Prüfprotokoll von %n Antwort in {path} geschrieben</numerusform>
            <numerusform>Prüfprotokoll von %n Antworten in {path} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Needing attention: %Ln</source>
        <translation>
            <numerusform>Brauchen Aufmerksamkeit: %Ln</numerusform>
            <numerusform>Brauchen Aufmerksamkeit: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>In answer to {who}, {time}</source>
        <translation>Als Antwort auf {who}, {time}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Letzter Fehler: {error}</translation>
    </message>
    <message>
        <source>Sent back: {comment}</source>
        <translation>Zurückgeschickt: {comment}</translation>
    </message>
    <message>
        <source>Replies need review: another person must approve your reply</source>
        <translation>Antworten werden geprüft: Eine andere Person muss Ihre Antwort freigeben</translation>
    </message>
    <message>
        <source>Approve the reply for sending</source>
        <translation>Die Antwort zum Senden freigeben</translation>
    </message>
    <message>
        <source>Change the text and put it up for review again</source>
        <translation>Den Text ändern und erneut zur Prüfung vorlegen</translation>
    </message>
    <message>
        <source>Change the text (an approved reply goes back to review)</source>
        <translation>Den Text ändern (eine freigegebene Antwort geht zurück in die Prüfung)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation>Antwort verwerfen</translation>
    </message>
    <message>
        <source>Discard reply #{id}? It will not be sent.</source>
        <translation>Antwort #{id} verwerfen? Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Send back to {author}</source>
        <translation>An {author} zurückschicken</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>Was soll sich ändern?</translation>
    </message>
    <message>
        <source>Reply #{id} may already have arrived. Sending it again may post it twice.</source>
        <translation>Antwort #{id} ist vielleicht schon angekommen. Erneutes Senden könnte sie doppelt veröffentlichen.</translation>
    </message>
    <message numerus="yes">
        <source>Selected reply(ies) (%n)…</source>
        <translation>
            <numerusform>Ausgewählte Antwort (%n)…</numerusform>
            <numerusform>Ausgewählte Antworten (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>OutboxPageController</name>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>Approved, waiting to send</source>
        <translation>Freigegeben, wartet auf das Senden</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>PeopleMarks</name>
    <message>
        <source>VIP customer: their messages come first</source>
        <translation>VIP-Kunde: ihre Nachrichten kommen zuerst</translation>
    </message>
    <message>
        <source>⇡ {name}</source>
        <translation>⇡ {name}</translation>
    </message>
    <message>
        <source>Escalated to {name}</source>
        <translation>An {name} eskaliert</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>{name} zugewiesen</translation>
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
        <translation>Warum es nicht erledigt wurde</translation>
    </message>
</context>
<context>
    <name>PlainLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
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
        <translation>Lesebereich</translation>
    </message>
    <message>
        <source>Select a message to read it.

↑ ↓ or j k move through the list, Enter opens.</source>
        <translation>Wählen Sie eine Nachricht, um sie zu lesen.

↑ ↓ oder j k bewegen sich in der Liste, Eingabe öffnet.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Network and handle</source>
        <translation>Netzwerk und Handle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Anruf oder Besuch festhalten…</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>Einen Anruf oder Besuch festhalten</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Einen Anruf oder Besuch dieses Kunden festhalten (Strg+L)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>sent by you</source>
        <translation>von Ihnen gesendet</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>in {property}</translation>
    </message>
    <message>
        <source>{time} (edited {edited})</source>
        <translation>{time} (bearbeitet {edited})</translation>
    </message>
    <message>
        <source>{time} (arrival: the time the sender gave, {claimed}, was impossible)</source>
        <translation>{time} (Eingang: Die vom Absender angegebene Zeit, {claimed}, war unmöglich)</translation>
    </message>
    <message>
        <source>Open the original on {host} in your browser</source>
        <translation>Das Original auf {host} im Browser öffnen</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened</source>
        <translation>Dieser Link ist keine Webadresse und wird nicht geöffnet</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Diese Nachricht wurde im Netzwerk gelöscht.</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Braucht Antwort</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Conversation · %Ln other message(s)</source>
        <translation>
            <numerusform>Unterhaltung · %Ln weitere Nachricht</numerusform>
            <numerusform>Unterhaltung · %Ln weitere Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Later replies</source>
        <translation>Spätere Antworten</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Returning customer</source>
        <translation>Wiederkehrender Kunde</translation>
    </message>
    <message>
        <source>Arriving guest</source>
        <translation>Anreisender Gast</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Den Kreis schließen</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Danke sagen</translation>
    </message>
</context>
<context>
    <name>ReminderReason</name>
    <message>
        <source>post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>am Telefon</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>in a direct message</source>
        <translation>per Direktnachricht</translation>
    </message>
    <message>
        <source>in private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>noted at {property}: {note}</source>
        <translation>notiert in {property}: {note}</translation>
    </message>
    <message>
        <source>{name} wrote on {network} for the first time</source>
        <translation>{name} hat zum ersten Mal auf {network} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote again on {network} after %Ln day(s)</source>
        <translation>
            <numerusform>{name} hat nach %Ln Tag wieder auf {network} geschrieben</numerusform>
            <numerusform>{name} hat nach %Ln Tagen wieder auf {network} geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} called for the first time</source>
        <translation>{name} hat zum ersten Mal angerufen</translation>
    </message>
    <message numerus="yes">
        <source>{name} called again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} hat nach %Ln Tag wieder angerufen</numerusform>
            <numerusform>{name} hat nach %Ln Tagen wieder angerufen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} came in for the first time</source>
        <translation>{name} ist zum ersten Mal vorbeigekommen</translation>
    </message>
    <message numerus="yes">
        <source>{name} came in again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} ist nach %Ln Tag wieder vorbeigekommen</numerusform>
            <numerusform>{name} ist nach %Ln Tagen wieder vorbeigekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln-star review</source>
        <translation>
            <numerusform>%Ln-Stern-Bewertung</numerusform>
            <numerusform>%Ln-Sterne-Bewertung</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} has had no reply: say thank you</source>
        <translation>{what} von {name} auf {network} ist noch unbeantwortet: Sagen Sie Danke</translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} was settled {how}; its readers have not seen the happy ending: close the loop in public</source>
        <translation>{what} von {name} auf {network} wurde {how} geklärt; wer mitliest, hat das gute Ende nicht gesehen: Schließen Sie den Kreis öffentlich</translation>
    </message>
    <message>
        <source>{name} arrives on {day}</source>
        <translation>{name} reist am {day} an</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, Zimmer {room}</translation>
    </message>
    <message>
        <source>, until {day}</source>
        <translation>, bis {day}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n jetzt fällig</numerusform>
            <numerusform>%n jetzt fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>Offene Erinnerungen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Why it fired</source>
        <translation>Warum sie ausgelöst wurde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Message that raised the reminder</source>
        <translation>Nachricht, die die Erinnerung ausgelöst hat</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>Vorgeschlagene Antwort</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Zeit wählen…</translation>
    </message>
    <message>
        <source>Show message</source>
        <translation>Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Reply with suggestion</source>
        <translation>Mit Vorschlag antworten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>1 hour (H), tomorrow morning (T) or a time you choose (S)</source>
        <translation>1 Stunde (H), morgen früh (T) oder eine Zeit Ihrer Wahl (S)</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>No reminders. When a customer with notes writes again, a guest with notes is on the arrivals list, a follow-up is due, a complaint settled in private needs a public word, or praise waits for a thank-you, it shows here.</source>
        <translation>Keine Erinnerungen. Wenn ein Kunde mit Notizen wieder schreibt, ein Gast mit Notizen auf der Anreiseliste steht, ein Nachfassen fällig ist, eine privat geklärte Beschwerde ein öffentliches Wort braucht oder ein Lob auf ein Dankeschön wartet, erscheint es hier.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>fällig {time}</translation>
    </message>
    <message>
        <source>raised {time}</source>
        <translation>ausgelöst {time}</translation>
    </message>
    <message>
        <source>times at the property ({zone})</source>
        <translation>Zeiten vor Ort ({zone})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>{who} on {network}, {time}</source>
        <translation>{who} auf {network}, {time}</translation>
    </message>
</context>
<context>
    <name>ReplyEditDialog</name>
    <message>
        <source>Edit reply #{id}</source>
        <translation>Antwort #{id} bearbeiten</translation>
    </message>
    <message>
        <source>To {who} on {network}</source>
        <translation>An {who} auf {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>den Kunden</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Kommentar der Prüferin/des Prüfers</translation>
    </message>
    <message>
        <source>The reviewer asked: {comment}</source>
        <translation>Die Prüfung bat um: {comment}</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save and resubmit for review</source>
        <translation>Speichern und erneut zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Schreiben Sie zuerst etwas</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Zu lang für {network}: {over} {unit} über der Grenze</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Füllen Sie zuerst das Vorlagenfeld {fields} aus</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Gezählt in {unit}, wie das Netzwerk zählt</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>RowProblem</name>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <source>arrival date not understood: “{value}”</source>
        <translation>Anreisedatum nicht verstanden: „{value}“</translation>
    </message>
    <message>
        <source>departure date not understood: “{value}”</source>
        <translation>Abreisedatum nicht verstanden: „{value}“</translation>
    </message>
    <message>
        <source>departure before arrival</source>
        <translation>Abreise vor Anreise</translation>
    </message>
    <message>
        <source>not an e-mail address: “{value}”</source>
        <translation>keine E-Mail-Adresse: „{value}“</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with another guest</source>
        <translation>Reservierung {value} steht auch in Zeile {lines}, mit einem anderen Gast</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with other details</source>
        <translation>Reservierung {value} steht auch in Zeile {lines}, mit anderen Angaben</translation>
    </message>
    <message>
        <source>{value} (room {room}) is also on line {lines} with other details</source>
        <translation>{value} (Zimmer {room}) steht auch in Zeile {lines}, mit anderen Angaben</translation>
    </message>
    <message>
        <source>{value} (no room) is also on line {lines} with other details</source>
        <translation>{value} (ohne Zimmer) steht auch in Zeile {lines}, mit anderen Angaben</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Returning customer after:</source>
        <translation>&amp;Wiederkehrender Kunde nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Replies need &amp;review before sending</source>
        <translation>Antworten vor dem Senden &amp;prüfen lassen</translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <translation>Geöffnet am {day}</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Geöffnet am:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Öffnet um</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Geschäftszeiten:</translation>
    </message>
    <message>
        <source>Used by response-time reports.</source>
        <translation>Für die Berichte über Antwortzeiten.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Reply target, &amp;social networks:</source>
        <translation>Antwortziel, &amp;soziale Netzwerke:</translation>
    </message>
    <message>
        <source>Reply target, &amp;e-mail:</source>
        <translation>Antwortziel, &amp;E-Mail:</translation>
    </message>
    <message>
        <source>Reply target, re&amp;views:</source>
        <translation>Antwortziel, &amp;Bewertungen:</translation>
    </message>
    <message>
        <source>Count waiting in business &amp;hours only</source>
        <translation>Wartezeit nur während der Geschäfts&amp;zeiten zählen</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Zeitzone des Hauses</translation>
    </message>
    <message>
        <source>This computer&apos;s timezone</source>
        <translation>Zeitzone dieses Computers</translation>
    </message>
    <message>
        <source>Property &amp;timezone:</source>
        <translation>Zeit&amp;zone des Hauses:</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is.</source>
        <translation>„Heute“ für die Anreiseliste und „morgen früh“ für Erinnerungen gelten in der Ortszeit des Hauses, wo auch immer dieser Computer steht.</translation>
    </message>
    <message>
        <source>Country of local phone numbers</source>
        <translation>Land lokaler Telefonnummern</translation>
    </message>
    <message>
        <source>None (numbers need +country code)</source>
        <translation>Keines (Nummern brauchen +Ländervorwahl)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Telefonnummern aus:</translation>
    </message>
    <message>
        <source>Arrivals lists may write numbers without +49, +33…: read them as this.</source>
        <translation>Anreiselisten schreiben Nummern vielleicht ohne +49, +33…: So werden sie gelesen.</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Geschäftsregeln</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten durchsuchen</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+F). Escape clears.</source>
        <translation>Alle Nachrichten durchsuchen (Strg+F). Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Quiet period before a return reminder</source>
        <translation>Ruhezeit vor einer Wiederkehr-Erinnerung</translation>
    </message>
    <message>
        <source>A customer with notes who writes again after this long raises a reminder.</source>
        <translation>Ein Kunde mit Notizen, der nach so langer Zeit wieder schreibt, löst eine Erinnerung aus.</translation>
    </message>
    <message>
        <source>Replies need review before sending</source>
        <translation>Antworten vor dem Senden prüfen lassen</translation>
    </message>
    <message>
        <source>Another person must approve each reply before it goes out.</source>
        <translation>Eine andere Person muss jede Antwort freigeben, bevor sie hinausgeht.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>The days (0 is Monday) and the hours the business answers; used by response-time reports.</source>
        <translation>Die Tage (0 ist Montag) und Stunden, in denen das Unternehmen antwortet; für die Berichte über Antwortzeiten.</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Zeitzone des Hauses</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is; unset means this computer&apos;s zone.</source>
        <translation>„Heute“ für die Anreiseliste und „morgen früh“ für Erinnerungen gelten in der Ortszeit des Hauses, wo auch immer dieser Computer steht; ohne Angabe gilt die Zeitzone dieses Computers.</translation>
    </message>
    <message>
        <source>Phone numbers from</source>
        <translation>Telefonnummern aus</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +, e.g. DE (arrivals lists).</source>
        <translation>Das Land von Telefonnummern ohne +, z. B. DE (Anreiselisten).</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>The business&apos;s name as customers know it ({business} in reply templates).</source>
        <translation>Der Name des Unternehmens, wie Kunden ihn kennen ({business} in Antwortvorlagen).</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Canned replies every desk shares: a list of {name, text} (see core/templates.py).</source>
        <translation>Vorgefertigte Antworten, die alle Arbeitsplätze teilen: eine Liste aus {name, text} (siehe core/templates.py).</translation>
    </message>
    <message>
        <source>Reply target on social networks</source>
        <translation>Antwortziel in sozialen Netzwerken</translation>
    </message>
    <message>
        <source>Mentions, comments and direct messages on every network but e-mail and reviews.</source>
        <translation>Erwähnungen, Kommentare und Direktnachrichten in allen Netzwerken außer E-Mail und Bewertungen.</translation>
    </message>
    <message>
        <source>Reply target for e-mail</source>
        <translation>Antwortziel für E-Mail</translation>
    </message>
    <message>
        <source>E-mails from customers.</source>
        <translation>E-Mails von Kunden.</translation>
    </message>
    <message>
        <source>Reply target for reviews</source>
        <translation>Antwortziel für Bewertungen</translation>
    </message>
    <message>
        <source>Reviews on every review site.</source>
        <translation>Bewertungen auf allen Bewertungsportalen.</translation>
    </message>
    <message>
        <source>Count waiting in business hours</source>
        <translation>Wartezeit in Geschäftszeiten zählen</translation>
    </message>
    <message>
        <source>Waiting times count only the business hours (a message from Saturday night waits from Monday&apos;s opening); otherwise every hour counts.</source>
        <translation>Wartezeiten zählen nur die Geschäftszeiten (eine Nachricht von Samstagabend wartet ab Montag früh zur Öffnung); sonst zählt jede Stunde.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Shown on notes and replies you write from this computer.</source>
        <translation>Steht auf Notizen und Antworten, die Sie an diesem Computer schreiben.</translation>
    </message>
    <message>
        <source>This desk&apos;s property</source>
        <translation>Haus dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>Notes written here and arrivals imported here belong to it; “Today&apos;s arrivals” shows its guests. None: every property&apos;s.</source>
        <translation>Hier geschriebene Notizen und hier importierte Anreisen gehören zu diesem Haus; „Heutige Anreisen“ zeigt seine Gäste. Keines: die Gäste aller Häuser.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, light or dark.</source>
        <translation>Die Farben des Fensters: wie das System, hell oder dunkel.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the window; kept per computer, used from the next start.</source>
        <translation>Die Sprache des Fensters; pro Computer gespeichert, gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>New messages and reminders still reach you while the window is closed.</source>
        <translation>Neue Nachrichten und Erinnerungen erreichen Sie auch bei geschlossenem Fenster.</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Fensteranordnung</translation>
    </message>
    <message>
        <source>The main window&apos;s size, position and splitter positions, as last left.</source>
        <translation>Größe, Position und Teilerpositionen des Hauptfensters, wie zuletzt verlassen.</translation>
    </message>
    <message>
        <source>Arrivals folder</source>
        <translation>Ordner für Anreisen</translation>
    </message>
    <message>
        <source>The folder the last arrivals list was imported from; the file dialog opens there.</source>
        <translation>Der Ordner, aus dem die letzte Anreiseliste importiert wurde; der Dateidialog öffnet sich dort.</translation>
    </message>
    <message>
        <source>Customer card shown</source>
        <translation>Kundenkarte angezeigt</translation>
    </message>
    <message>
        <source>Whether the customer card is shown beside the reading pane.</source>
        <translation>Ob die Kundenkarte neben dem Lesebereich angezeigt wird.</translation>
    </message>
    <message>
        <source>Customer card width settled</source>
        <translation>Breite der Kundenkarte festgelegt</translation>
    </message>
    <message>
        <source>Set once the window has given the customer card its first width, so that a width the user chose is kept from then on.</source>
        <translation>Wird gesetzt, sobald das Fenster der Kundenkarte ihre erste Breite gegeben hat, damit eine selbst gewählte Breite danach erhalten bleibt.</translation>
    </message>
    <message>
        <source>Keep secrets in an unencrypted file</source>
        <translation>Geheimnisse in einer unverschlüsselten Datei aufbewahren</translation>
    </message>
    <message>
        <source>The user accepted a keyring that stores secrets in a file that is not encrypted (where no encrypted keychain exists).</source>
        <translation>Der Benutzer hat einen Schlüsselbund akzeptiert, der Geheimnisse in einer nicht verschlüsselten Datei speichert (wo es keinen verschlüsselten Schlüsselbund gibt).</translation>
    </message>
    <message>
        <source>Longest network request (seconds)</source>
        <translation>Längste Netzwerkanfrage (Sekunden)</translation>
    </message>
    <message>
        <source>One request to a network or mail server is given up after this long, answer included, however slowly the server keeps sending.</source>
        <translation>Eine Anfrage an ein Netzwerk oder einen Mailserver wird nach dieser Zeit aufgegeben, Antwort eingeschlossen, egal wie langsam der Server weiter sendet.</translation>
    </message>
    <message>
        <source>Longest sync round (seconds)</source>
        <translation>Längste Abgleichrunde (Sekunden)</translation>
    </message>
    <message>
        <source>One account&apos;s fetching and sending is stopped after this long; what arrived is kept and the rest comes in the next round.</source>
        <translation>Holen und Senden eines Kontos wird nach dieser Zeit beendet; was angekommen ist, bleibt, der Rest kommt in der nächsten Runde.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The shared database server this computer uses; unset: the data folder&apos;s own file.</source>
        <translation>Der gemeinsame Datenbankserver, den dieser Computer nutzt; leer: die eigene Datei des Datenordners.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{keys} or {last}</source>
        <translation>{keys} oder {last}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>{label}, {count} need attention</source>
        <translation>{label}, {count} brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>{label}, {count} due</source>
        <translation>{label}, {count} fällig</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Heutige Anreisen</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Braucht Antwort</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>{label}, {count} open</source>
        <translation>{label}, {count} offen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>{label}, {count} assigned to you</source>
        <translation>{label}, {count} Ihnen zugewiesen</translation>
    </message>
    <message>
        <source>{label}, {count} unread</source>
        <translation>{label}, {count} ungelesen</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Show the reminder again at ({zone} time):</source>
        <translation>Die Erinnerung wieder zeigen um ({zone}-Zeit):</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Show the message in the reading pane</source>
        <translation>Die Nachricht im Lesebereich anzeigen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no backup to restore. The file has not been changed.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{app} cannot read its database.</source>
        <translation>{app} kann seine Datenbank nicht lesen.</translation>
    </message>
    <message>
        <source>The latest good backup is from {taken}. Restore it? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>Die letzte gute Sicherung ist vom {taken}. Wiederherstellen? Die beschädigte Datei bleibt umbenannt daneben liegen, es wird also nichts gelöscht.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>{app} cannot open the shared database.</source>
        <translation>{app} kann die gemeinsame Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>You can try again, or use this computer&apos;s own database until the server is back (File ▸ Database… goes back to it; its data stays as it is).</source>
        <translation>Sie können es erneut versuchen oder die Datenbank dieses Computers verwenden, bis der Server wieder erreichbar ist (Datei ▸ Datenbank… führt zurück; ihre Daten bleiben unverändert).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>Datenbank dieses Computers verwenden</translation>
    </message>
    <message>
        <source>{app} cannot open its database.</source>
        <translation>{app} kann seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed</source>
        <translation>Nur lesen: Nichts kann geändert werden</translation>
    </message>
    <message>
        <source>{reason}. The messages can be read; syncing, replies, notes and other changes are refused.</source>
        <translation>{reason}. Die Nachrichten können gelesen werden; Abgleich, Antworten, Notizen und andere Änderungen werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Possibly the same person as {name} — {evidence}</source>
        <translation>Möglicherweise dieselbe Person wie {name} — {evidence}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge with {name}…</source>
        <translation>Mit {name} zusammenführen…</translation>
    </message>
    <message>
        <source>See what would move first; nothing merges yet</source>
        <translation>Erst ansehen, was verschoben würde; noch wird nichts zusammengeführt</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Sync interval of {name}</source>
        <translation>Abgleichintervall von {name}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Haus:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
    <message>
        <source>How often each account looks for new messages.</source>
        <translation>Wie oft jedes Konto nach neuen Nachrichten sucht.</translation>
    </message>
    <message>
        <source>New messages of an account come to its property; earlier ones keep theirs.</source>
        <translation>Neue Nachrichten eines Kontos gehören zu seinem Haus; frühere behalten ihres.</translation>
    </message>
    <message>
        <source>Property of {name}</source>
        <translation>Haus von {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Abgleichstatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Abgleichfortschritt</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln new message(s)</source>
        <translation>
            <numerusform>Abgleich läuft… %Ln neue Nachricht</numerusform>
            <numerusform>Abgleich läuft… %Ln neue Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Keine Konten verbunden</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Keine Konten</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed</source>
        <translation>
            <numerusform>%n Konto fehlgeschlagen</numerusform>
            <numerusform>%n Konten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {time}, %Ln new</source>
        <translation>
            <numerusform>{name}: abgeglichen {time}, %Ln neu</numerusform>
            <numerusform>{name}: abgeglichen {time}, %Ln neu</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {time}</source>
        <translation>{name}: abgeglichen {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) synced {time}</source>
        <translation>
            <numerusform>%n Konto abgeglichen {time}</numerusform>
            <numerusform>%n Konten abgeglichen {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>{name}: failed ({when}): {error}</source>
        <translation>{name}: fehlgeschlagen ({when}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {when}, %Ln new</source>
        <translation>
            <numerusform>{name}: abgeglichen {when}, %Ln neu</numerusform>
            <numerusform>{name}: abgeglichen {when}, %Ln neu</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {when}</source>
        <translation>{name}: abgeglichen {when}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Eine Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Die Vorlage entfernen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Sprache des Textes</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Jede Sprache</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>A customer whose messages are in a language with its own text gets that text; everyone else gets the text for any language.</source>
        <translation>Ein Kunde, dessen Nachrichten in einer Sprache mit eigenem Text geschrieben sind, bekommt diesen Text; alle anderen bekommen den Text für jede Sprache.</translation>
    </message>
    <message>
        <source>Fields: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (from a note written as “LABEL: value”). A template whose field has no value for a customer is not used.</source>
        <translation>Felder: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (aus einer Notiz der Form „LABEL: Wert“). Eine Vorlage, deren Feld für einen Kunden keinen Wert hat, wird nicht verwendet.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>You · {name}</source>
        <translation>Sie · {name}</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Diese Nachricht wurde im Netzwerk gelöscht.</translation>
    </message>
    <message>
        <source>your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>{kind} from {author}</source>
        <translation>{kind} von {author}</translation>
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
        <translation>Sie haben geantwortet</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Every message of this customer</source>
        <translation>Jede Nachricht dieses Kunden</translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>negative tone</source>
        <translation>negativer Ton</translation>
    </message>
    <message>
        <source>positive tone</source>
        <translation>positiver Ton</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show {app}</source>
        <translation>{app} anzeigen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n Erinnerung</numerusform>
            <numerusform>%n Erinnerungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>under 1 min</source>
        <translation>unter 1 Min.</translation>
    </message>
    <message>
        <source>waiting {duration}</source>
        <translation>wartet seit {duration}</translation>
    </message>
    <message>
        <source>{waiting}, past the {target} target</source>
        <translation>{waiting}, über dem Ziel von {target}</translation>
    </message>
    <message>
        <source>{waiting}, close to the {target} target</source>
        <translation>{waiting}, nahe am Ziel von {target}</translation>
    </message>
    <message>
        <source>{waiting}, within the {target} target</source>
        <translation>{waiting}, innerhalb des Ziels von {target}</translation>
    </message>
</context>
<context>
    <name>WriteOperation</name>
    <message>
        <source>The database cannot be reached: what you wrote is kept and will be saved when the connection returns.</source>
        <translation>Die Datenbank ist nicht erreichbar: Was Sie geschrieben haben, bleibt erhalten und wird gespeichert, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>The database cannot be reached: nothing was changed. Try again when the connection returns.</source>
        <translation>Die Datenbank ist nicht erreichbar: Nichts wurde geändert. Versuchen Sie es erneut, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation>Änderung konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no account with id {id}</source>
        <translation>Es gibt kein Konto mit der Nummer {id}</translation>
    </message>
    <message>
        <source>No contact {id}</source>
        <translation>Kein Kontakt {id}</translation>
    </message>
    <message>
        <source>No identity {id}</source>
        <translation>Keine Identität {id}</translation>
    </message>
    <message>
        <source>There is no message with id {id}</source>
        <translation>Es gibt keine Nachricht mit der Nummer {id}</translation>
    </message>
    <message>
        <source>No note {id}</source>
        <translation>Keine Notiz {id}</translation>
    </message>
    <message>
        <source>{user} changed this note while you were editing it; yours was not saved</source>
        <translation>{user} hat diese Notiz geändert, während Sie sie bearbeitet haben; Ihre Fassung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>{user} changed this customer&apos;s details while you were editing them; yours were not saved: their version is shown</source>
        <translation>{user} hat die Angaben zu diesem Kunden geändert, während Sie sie bearbeitet haben; Ihre wurden nicht gespeichert: Die andere Fassung wird angezeigt</translation>
    </message>
    <message>
        <source>No reminder {id}</source>
        <translation>Keine Erinnerung {id}</translation>
    </message>
    <message>
        <source>There is no outbox item with id {id}</source>
        <translation>Es gibt keinen Postausgangseintrag mit der Nummer {id}</translation>
    </message>
    <message>
        <source>There is no alert with id {id}</source>
        <translation>Es gibt keine Warnung mit der Nummer {id}</translation>
    </message>
    <message>
        <source>{by} has acknowledged this alert already</source>
        <translation>{by} hat diese Warnung schon bestätigt</translation>
    </message>
    <message>
        <source>The sync interval is at least {minimum} seconds</source>
        <translation>Das Abgleichintervall beträgt mindestens {minimum} Sekunden</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Ein Kontakt braucht einen Namen</translation>
    </message>
    <message>
        <source>Contact {contact_id} was merged into contact {into}</source>
        <translation>Kontakt {contact_id} wurde mit Kontakt {into} zusammengeführt</translation>
    </message>
    <message>
        <source>Give a channel and a handle</source>
        <translation>Geben Sie einen Kanal und ein Handle an</translation>
    </message>
    <message>
        <source>Not a phone number: {handle}</source>
        <translation>Keine Telefonnummer: {handle}</translation>
    </message>
    <message>
        <source>Not a phone number, or one without its country code (+49…; the country of local numbers is set under Settings): {handle}</source>
        <translation>Keine Telefonnummer, oder eine ohne Ländervorwahl (+49…; das Land lokaler Nummern wird in den Einstellungen festgelegt): {handle}</translation>
    </message>
    <message>
        <source>Not an e-mail address: {handle}</source>
        <translation>Keine E-Mail-Adresse: {handle}</translation>
    </message>
    <message>
        <source>{channel} {handle} belongs to contact {contact_id}; merge the two contacts instead</source>
        <translation>{channel} {handle} gehört zu Kontakt {contact_id}; führen Sie stattdessen die beiden Kontakte zusammen</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Ein Kontakt kann nicht mit sich selbst zusammengeführt werden</translation>
    </message>
    <message>
        <source>Merge {merge_id} does not exist or was undone already</source>
        <translation>Zusammenführung {merge_id} gibt es nicht oder sie wurde schon rückgängig gemacht</translation>
    </message>
    <message>
        <source>Contact {contact_id} is no longer merged</source>
        <translation>Kontakt {contact_id} ist nicht mehr zusammengeführt</translation>
    </message>
    <message>
        <source>The contact has only this identity; nothing to split</source>
        <translation>Der Kontakt hat nur diese Identität; es gibt nichts abzutrennen</translation>
    </message>
    <message>
        <source>A note needs some text</source>
        <translation>Eine Notiz braucht etwas Text</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters</source>
        <translation>Eine Notiz fasst höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>The message belongs to no contact</source>
        <translation>Die Nachricht gehört zu keinem Kontakt</translation>
    </message>
    <message>
        <source>A call or visit logged by hand cannot be answered in place: log your call back, or follow up on another of the customer&apos;s channels</source>
        <translation>Ein von Hand festgehaltener Anruf oder Besuch lässt sich nicht direkt beantworten: Halten Sie Ihren Rückruf fest oder fassen Sie auf einem anderen Kanal des Kunden nach</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here: answer on the site, then mark the review answered</source>
        <translation>{network} lässt keine Antworten von hier aus zu: Antworten Sie auf der Website und markieren Sie die Bewertung dann als beantwortet</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one: follow up on another of the customer&apos;s channels</source>
        <translation>{network} nimmt keine Antwort auf eine Direktnachricht mehr als {days} Tage nach der letzten des Kunden: Fassen Sie auf einem anderen Kanal des Kunden nach</translation>
    </message>
    <message>
        <source>Only a review on a site without replies from here can be marked answered on the site</source>
        <translation>Nur eine Bewertung auf einer Website ohne Antworten von hier lässt sich als auf der Website beantwortet markieren</translation>
    </message>
    <message>
        <source>A conversation is logged on the phone or in person</source>
        <translation>Ein Gespräch wird als Telefonat oder persönlich festgehalten</translation>
    </message>
    <message>
        <source>Say what the call or visit was about</source>
        <translation>Sagen Sie, worum es bei dem Anruf oder Besuch ging</translation>
    </message>
    <message>
        <source>A logged conversation holds at most {limit} characters</source>
        <translation>Ein festgehaltenes Gespräch fasst höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>That time is in the future: log a conversation once it has happened</source>
        <translation>Diese Zeit liegt in der Zukunft: Halten Sie ein Gespräch fest, wenn es stattgefunden hat</translation>
    </message>
    <message>
        <source>That time is too long ago</source>
        <translation>Diese Zeit liegt zu weit zurück</translation>
    </message>
    <message>
        <source>Nobody is called “{name}”; the team: {known}</source>
        <translation>Niemand heißt „{name}“; das Team: {known}</translation>
    </message>
    <message>
        <source>“{field}” is no role: choose staff, reviewer or owner</source>
        <translation>„{field}“ ist keine Rolle: Wählen Sie staff, reviewer oder owner</translation>
    </message>
    <message>
        <source>A person needs a name</source>
        <translation>Eine Person braucht einen Namen</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters</source>
        <translation>Ein Name hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>There is no property called “{name}”; the properties: {known}</source>
        <translation>Es gibt kein Haus namens „{name}“; die Häuser: {known}</translation>
    </message>
    <message>
        <source>There is a property called “{name}” already</source>
        <translation>Es gibt bereits ein Haus namens „{name}“</translation>
    </message>
    <message>
        <source>That property no longer exists</source>
        <translation>Dieses Haus gibt es nicht mehr</translation>
    </message>
    <message>
        <source>A property needs a name</source>
        <translation>Ein Haus braucht einen Namen</translation>
    </message>
    <message>
        <source>“{zone}” is no timezone: use a name such as America/Chicago</source>
        <translation>„{zone}“ ist keine Zeitzone: Verwenden Sie einen Namen wie America/Chicago</translation>
    </message>
    <message>
        <source>It is escalated to {name} already</source>
        <translation>Sie ist bereits an {name} eskaliert</translation>
    </message>
    <message>
        <source>The message has no open escalation</source>
        <translation>Die Nachricht hat keine offene Eskalation</translation>
    </message>
    <message>
        <source>Say what came of it</source>
        <translation>Sagen Sie, was daraus geworden ist</translation>
    </message>
    <message>
        <source>At most {limit} characters, please</source>
        <translation>Höchstens {limit} Zeichen, bitte</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder or a device): choose the exported CSV file</source>
        <translation>{file} ist keine Datei (ein Ordner oder ein Gerät): Wählen Sie die exportierte CSV-Datei</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB, more than any arrivals list: choose the exported CSV file</source>
        <translation>{file} ist größer als {megabytes} MB, mehr als jede Anreiseliste: Wählen Sie die exportierte CSV-Datei</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>The database was busy (another program kept it locked): {saved} of {total} arrivals were saved. Import the file again to finish.</source>
        <translation>Die Datenbank war belegt (ein anderes Programm hielt sie gesperrt): {saved} von {total} Anreisen wurden gespeichert. Importieren Sie die Datei erneut, um den Rest zu übernehmen.</translation>
    </message>
    <message>
        <source>Dates like “{example}” can be read two ways: choose how this file writes dates</source>
        <translation>Ein Datum wie „{example}“ lässt sich auf zwei Arten lesen: Wählen Sie, wie diese Datei Daten schreibt</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: choose the exported CSV file</source>
        <translation>Zeile {line} lässt sich nicht als CSV lesen: Wählen Sie die exportierte CSV-Datei</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>There is no field “{field}”</source>
        <translation>Es gibt kein Feld „{field}“</translation>
    </message>
    <message>
        <source>The file has no column “{column}”</source>
        <translation>Die Datei hat keine Spalte „{column}“</translation>
    </message>
    <message>
        <source>Choose the column that holds the guests&apos; names</source>
        <translation>Wählen Sie die Spalte mit den Namen der Gäste</translation>
    </message>
    <message>
        <source>Choose the column that holds the arrival dates</source>
        <translation>Wählen Sie die Spalte mit den Anreisedaten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s): nothing was imported. Skip them to import the rest.</source>
        <translation>
            <numerusform>%Ln fehlerhafte Zeile: Nichts wurde importiert. Überspringen Sie sie, um den Rest zu importieren.</numerusform>
            <numerusform>%Ln fehlerhafte Zeilen: Nichts wurde importiert. Überspringen Sie sie, um den Rest zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation>Die Antwort ist leer</translation>
    </message>
    <message>
        <source>The reply still holds the template field {fields}: fill it in</source>
        <translation>Die Antwort enthält noch das Vorlagenfeld {fields}: Füllen Sie es aus</translation>
    </message>
    <message>
        <source>Reply {id} was written by {user}; replies need review, so another person must approve it</source>
        <translation>Antwort {id} wurde von {user} geschrieben; Antworten werden geprüft, also muss eine andere Person sie freigeben</translation>
    </message>
    <message>
        <source>Say what should change: sending back needs a comment</source>
        <translation>Sagen Sie, was sich ändern soll: Zurückschicken braucht einen Kommentar</translation>
    </message>
    <message>
        <source>Unknown channel {field}</source>
        <translation>Unbekannter Kanal {field}</translation>
    </message>
    <message>
        <source>The message has no known customer to follow up with</source>
        <translation>Die Nachricht hat keinen bekannten Kunden, bei dem nachgefasst werden kann</translation>
    </message>
    <message>
        <source>The customer has no known address on {network}</source>
        <translation>Der Kunde hat keine bekannte Adresse auf {network}</translation>
    </message>
    <message>
        <source>No connected account sends on {network}</source>
        <translation>Kein verbundenes Konto sendet auf {network}</translation>
    </message>
    <message>
        <source>A reply in the state “{state}” cannot take this step</source>
        <translation>Eine Antwort im Zustand „{state}“ kann diesen Schritt nicht machen</translation>
    </message>
    <message>
        <source>The reply is {length} long; {network} takes at most {limit} ({over} too many)</source>
        <translation>Die Antwort ist {length} lang; {network} nimmt höchstens {limit} ({over} zu viel)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder cannot be used: a file has its name, or it cannot be made there</source>
        <translation>Der Datenordner kann nicht verwendet werden: Eine Datei trägt seinen Namen, oder er lässt sich dort nicht anlegen</translation>
    </message>
    <message>
        <source>The backup could not be made; the details are in the log</source>
        <translation>Die Sicherung konnte nicht erstellt werden; die Einzelheiten stehen im Protokoll</translation>
    </message>
    <message>
        <source>The copy failed; nothing was kept in the new database ({detail})</source>
        <translation>Das Kopieren ist fehlgeschlagen; in der neuen Datenbank wurde nichts behalten ({detail})</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log</source>
        <translation>Etwas ist schiefgegangen; die Einzelheiten stehen im Protokoll</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>you have no permission to use it</source>
        <translation>Sie haben keine Berechtigung, sie zu verwenden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>der Datenträger kann nur gelesen werden</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>{file} cannot be used: {cause}</source>
        <translation>{file} kann nicht verwendet werden: {cause}</translation>
    </message>
    <message>
        <source>The network refused the sign-in: sign in again</source>
        <translation>Das Netzwerk hat die Anmeldung abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>The network asks to wait until {time}</source>
        <translation>Das Netzwerk bittet, bis {time} zu warten</translation>
    </message>
    <message>
        <source>The network asks to wait a while before the next request</source>
        <translation>Das Netzwerk bittet, vor der nächsten Anfrage eine Weile zu warten</translation>
    </message>
    <message>
        <source>The network cannot be reached: check the connection</source>
        <translation>Das Netzwerk ist nicht erreichbar: Prüfen Sie die Verbindung</translation>
    </message>
    <message>
        <source>The network had a passing problem; it is tried again later</source>
        <translation>Das Netzwerk hatte ein vorübergehendes Problem; es wird später erneut versucht</translation>
    </message>
    <message>
        <source>The reply must wait</source>
        <translation>Die Antwort muss warten</translation>
    </message>
    <message>
        <source>This computer does not hold the account&apos;s secret: sign in again</source>
        <translation>Dieser Computer hat das Geheimnis des Kontos nicht: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>The network refused the request</source>
        <translation>Das Netzwerk hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Sending replies: {problem}</source>
        <translation>Antworten senden: {problem}</translation>
    </message>
    <message>
        <source>The database was made by a newer version of the app: install that version</source>
        <translation>Die Datenbank wurde von einer neueren Version der App erstellt: Installieren Sie diese Version</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database</source>
        <translation>Die Datenbankdatei ist beschädigt oder keine Datenbank</translation>
    </message>
    <message>
        <source>Another program keeps the database busy: try again in a moment</source>
        <translation>Ein anderes Programm hält die Datenbank belegt: Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Nothing can be changed: the database can only be read</source>
        <translation>Nichts kann geändert werden: Die Datenbank kann nur gelesen werden</translation>
    </message>
    <message>
        <source>The disk holding the database is full</source>
        <translation>Der Datenträger mit der Datenbank ist voll</translation>
    </message>
    <message>
        <source>The database server refused the user name or password</source>
        <translation>Der Datenbankserver hat den Benutzernamen oder das Passwort abgelehnt</translation>
    </message>
    <message>
        <source>The server has no database by that name</source>
        <translation>Auf dem Server gibt es keine Datenbank mit diesem Namen</translation>
    </message>
    <message>
        <source>The database server cannot be reached: check its address and port</source>
        <translation>Der Datenbankserver ist nicht erreichbar: Prüfen Sie Adresse und Port</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}; {minimum} or newer is needed</source>
        <translation>Auf dem Server läuft PostgreSQL {version}; nötig ist {minimum} oder neuer</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Die Datenbank kann nicht verwendet werden</translation>
    </message>
</context>
</TS>
