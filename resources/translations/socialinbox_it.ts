<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Collega un account</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Accedi di nuovo: {name}</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Tipo di account</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Rete:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>e.g. Front desk</source>
        <translation>es. Reception</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Segreto</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Accedi con il &amp;browser…</translation>
    </message>
    <message>
        <source>{label} (optional):</source>
        <translation>{label} (facoltativo):</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Open the &amp;page that explains it</source>
        <translation>Apri la &amp;pagina che lo spiega</translation>
    </message>
    <message>
        <source>Checking the account with the network…</source>
        <translation>Verifica dell’account con la rete…</translation>
    </message>
    <message>
        <source>Checking the new sign-in with the network…</source>
        <translation>Verifica del nuovo accesso con la rete…</translation>
    </message>
    <message>
        <source>Enter the server address first (https://…).</source>
        <translation>Inserisci prima l’indirizzo del server (https://…).</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>In attesa che consenti l’accesso nel browser…</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); see the log.</source>
        <translation>Errore imprevisto ({kind}); vedi il registro.</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts (Ctrl+Shift+A)</source>
        <translation>Aggiungi, riaccedi o rimuovi account (Ctrl+Maiusc+A)</translation>
    </message>
    <message>
        <source>add, sign in again or remove accounts</source>
        <translation>aggiungi, riaccedi o rimuovi account</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Account collegati</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Account selezionato</translation>
    </message>
    <message>
        <source>No account is connected yet. Press Add… to connect one.</source>
        <translation>Nessun account ancora collegato. Premi Aggiungi… per collegarne uno.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Riaccedi…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ri&amp;muovi…</translation>
    </message>
    <message>
        <source>Store secrets in the unencrypted keyring file anyway (anyone who can read</source>
        <translation>Salva comunque i segreti nel file portachiavi non cifrato (chiunque possa leggere</translation>
    </message>
    <message>
        <source> your files can read them)</source>
        <translation> i tuoi file potrà leggerli)</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted by {backend}, as chosen in the settings.</source>
        <translation>I segreti sono salvati senza cifratura da {backend}, come scelto nelle impostazioni.</translation>
    </message>
    <message>
        <source>No secure keychain is available (found {backend}); secrets are kept in memory until the app closes and must be entered again next time.</source>
        <translation>Nessun portachiavi sicuro disponibile (trovato: {backend}); i segreti restano in memoria fino alla chiusura dell’app e andranno inseriti di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>Rimuovere «{name}»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln message(s) are deleted from this computer and its sign-in is forgotten. Notes and contacts stay. This cannot be undone.</source>
        <translation>
            <numerusform>Il suo %Ln messaggio viene eliminato da questo computer e il suo accesso viene dimenticato. Note e contatti restano. L’operazione non può essere annullata.</numerusform>
            <numerusform>I suoi %Ln messaggi vengono eliminati da questo computer e il suo accesso viene dimenticato. Note e contatti restano. L’operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Working</source>
        <translation>Funziona</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>quota: %1 of %2 used</source>
        <translation>quota: %1 di %2 usate</translation>
    </message>
    <message>
        <source>being synced by %1</source>
        <translation>in sincronizzazione da %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Ultima sincronizzazione: mai</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Ultima sincronizzazione: {time}</translation>
    </message>
    <message>
        <source>{last}; next: {time}</source>
        <translation>{last}; prossima: {time}</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Aggiornato {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>poi {time}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>Account states</source>
        <translation>Stati degli account</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Account…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts</source>
        <translation>Aggiungi, riaccedi o rimuovi account</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>a {property}</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>proprio ora</translation>
    </message>
    <message>
        <source>{age} ago</source>
        <translation>{age} fa</translation>
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
            <numerusform>%Ln g</numerusform>
            <numerusform>%Ln g</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln w</source>
        <translation>
            <numerusform>%Ln sett.</numerusform>
            <numerusform>%Ln sett.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln y</source>
        <translation>
            <numerusform>%Ln anno</numerusform>
            <numerusform>%Ln anni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Unusual activity on {network}</source>
        <translation>Attività insolita su {network}</translation>
    </message>
    <message>
        <source>Many negative messages on {network}</source>
        <translation>Molti messaggi negativi su {network}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>{messages} since {time}; usually {usual} an hour at this time.</source>
        <translation>{messages} da {time}; di solito {usual} all’ora a quest’ora.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them negative.</source>
        <translation>
            <numerusform>%n negativo.</numerusform>
            <numerusform>%n negativi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Messages</source>
        <translation>Mostra i messaggi</translation>
    </message>
    <message>
        <source>List the messages of this alert (Ctrl+Shift+M)</source>
        <translation>Elenca i messaggi di questo avviso (Ctrl+Maiusc+M)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Prendi in carico</translation>
    </message>
    <message>
        <source>Say you are on it: the alert leaves every desk (Ctrl+Shift+K)</source>
        <translation>Di’ che te ne occupi: l’avviso sparisce da ogni postazione (Ctrl+Maiusc+K)</translation>
    </message>
</context>
<context>
    <name>AlertsController</name>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Show Alert &amp;Messages</source>
        <translation>Mostra i &amp;messaggi dell’avviso</translation>
    </message>
    <message>
        <source>List the messages of the newest crisis alert (Ctrl+Shift+M)</source>
        <translation>Elenca i messaggi dell’avviso di crisi più recente (Ctrl+Maiusc+M)</translation>
    </message>
    <message>
        <source>list the messages of the newest crisis alert</source>
        <translation>elenca i messaggi dell’avviso di crisi più recente</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Alert</source>
        <translation>Prendi in carico l’avvis&amp;o</translation>
    </message>
    <message>
        <source>Acknowledge the newest crisis alert (Ctrl+Shift+K)</source>
        <translation>Prendi in carico l’avviso di crisi più recente (Ctrl+Maiusc+K)</translation>
    </message>
    <message>
        <source>acknowledge the newest crisis alert</source>
        <translation>prendi in carico l’avviso di crisi più recente</translation>
    </message>
    <message>
        <source>Alert on {network} since {time}</source>
        <translation>Avviso su {network} da {time}</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Avviso preso in carico.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>&amp;X client id:</source>
        <translation>ID client &amp;X:</translation>
    </message>
    <message>
        <source>&amp;Google client id:</source>
        <translation>ID client &amp;Google:</translation>
    </message>
    <message>
        <source>&amp;Meta app id:</source>
        <translation>ID app &amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn client id:</source>
        <translation>ID client &amp;LinkedIn:</translation>
    </message>
    <message>
        <source>Google, Meta and LinkedIn also ask for the app&apos;s client secret: keep it in the keychain with “socialinbox accounts app-secret google” (or meta, linkedin).</source>
        <translation>Google, Meta e LinkedIn chiedono anche il segreto client dell’app: conservalo nel portachiavi con «socialinbox accounts app-secret google» (o meta, linkedin).</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>App</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message numerus="yes">
        <source>%n guest(s)</source>
        <translation>
            <numerusform>%n ospite</numerusform>
            <numerusform>%n ospiti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returning</source>
        <translation>
            <numerusform>%n abituale</numerusform>
            <numerusform>%n abituali</numerusform>
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
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s Unicode Text)</source>
        <translation>UTF-16 (testo Unicode di Excel)</translation>
    </message>
    <message>
        <source>UTF-16 LE without BOM</source>
        <translation>UTF-16 LE senza BOM</translation>
    </message>
    <message>
        <source>UTF-16 BE without BOM</source>
        <translation>UTF-16 BE senza BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>ISO-8859-15 (Latin-9, with €)</source>
        <translation>ISO-8859-15 (Latin-9, con €)</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <source>Import arrivals</source>
        <translation>Importa arrivi</translation>
    </message>
    <message>
        <source>Arrivals file</source>
        <translation>File degli arrivi</translation>
    </message>
    <message>
        <source>A CSV export of the day&apos;s arrivals</source>
        <translation>Un’esportazione CSV degli arrivi del giorno</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>If names show odd characters (Ã¼ instead of ü), try another encoding</source>
        <translation>Se i nomi mostrano caratteri strani (Ã¨ invece di è), prova un’altra codifica</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>Arrival day to import</source>
        <translation>Giorno di arrivo da importare</translation>
    </message>
    <message>
        <source>Arrivals &amp;on:</source>
        <translation>Arrivi &amp;il:</translation>
    </message>
    <message>
        <source>Property the list is for</source>
        <translation>Struttura a cui si riferisce l’elenco</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>For p&amp;roperty:</source>
        <translation>Per la st&amp;ruttura:</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato delle date</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Preview — choose what each column holds (first rows of the file):</source>
        <translation>Anteprima — scegli cosa contiene ogni colonna (prime righe del file):</translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation>Anteprima e assegnazione delle colonne</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Cosa verrà importato</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Righe errate</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Salta le righe errate e importa le altre</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Risultato dell’importazione</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Arrivals lists (*.csv *.txt);;All files (*)</source>
        <translation>Elenchi di arrivi (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s) arrive on {day}</source>
        <translation>
            <numerusform>%Ln ospite arriva il {day}</numerusform>
            <numerusform>%Ln ospiti arrivano il {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) for other days</source>
        <translation>
            <numerusform>%Ln riga per altri giorni</numerusform>
            <numerusform>%Ln righe per altri giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s)</source>
        <translation>
            <numerusform>%Ln riga errata</numerusform>
            <numerusform>%Ln righe errate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: these %Ln arrival(s) were imported before.</source>
        <translation>
            <numerusform>Nessuna modifica: %Ln arrivo era già stato importato.</numerusform>
            <numerusform>Nessuna modifica: questi %Ln arrivi erano già stati importati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {arrivals}: {matched}, {new}, {reminders}.</source>
        <translation>Importati: {arrivals}; {matched}, {new}, {reminders}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival(s)</source>
        <translation>
            <numerusform>%Ln arrivo</numerusform>
            <numerusform>%Ln arrivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to customers</source>
        <translation>
            <numerusform>%Ln abbinato a un cliente</numerusform>
            <numerusform>%Ln abbinati a clienti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new guest contact(s)</source>
        <translation>
            <numerusform>%Ln nuovo contatto ospite</numerusform>
            <numerusform>%Ln nuovi contatti ospite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival reminder(s) raised</source>
        <translation>
            <numerusform>%Ln promemoria di arrivo creato</numerusform>
            <numerusform>%Ln promemoria di arrivo creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aggiornato</numerusform>
            <numerusform>%Ln aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln invariato</numerusform>
            <numerusform>%Ln invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) skipped</source>
        <translation>
            <numerusform>%Ln riga errata saltata</numerusform>
            <numerusform>%Ln righe errate saltate</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Both readings fit every date in the file: only you can tell.</source>
        <translation>Entrambe le letture vanno bene per ogni data del file: solo tu puoi dirlo.</translation>
    </message>
    <message>
        <source>As detected: {format}</source>
        <translation>Come rilevato: {format}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Field of column {header}</source>
        <translation>Campo della colonna {header}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>Recognised from the column&apos;s name</source>
        <translation>Riconosciuto dal nome della colonna</translation>
    </message>
    <message>
        <source>“{header}” is recognised as {field}; to ignore it, give another column that field.</source>
        <translation>«{header}» è riconosciuto come {field}; per ignorarlo, assegna quel campo a un’altra colonna.</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Ancora niente da importare.</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>riga {line}: {why}</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has bad rows: fix them in the export, or tick “skip the bad rows”.</source>
        <translation>Non viene importato nulla finché il file ha righe errate: correggile nell’esportazione o spunta «salta le righe errate».</translation>
    </message>
    <message>
        <source>No guest arrives on {day} in this file: check the day.</source>
        <translation>In questo file nessun ospite arriva il {day}: controlla il giorno.</translation>
    </message>
    <message>
        <source>Choose the arrivals file exported by your system.</source>
        <translation>Scegli il file degli arrivi esportato dal tuo sistema.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Some names look like known customers: confirm below.</source>
        <translation>Alcuni nomi sembrano di clienti noti: conferma qui sotto.</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>Non è stato importato nulla. {error}</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Returning: {name}</source>
        <translation>Di ritorno: {name}</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Nuovo ospite</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Arrivi di oggi</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Giorno precedente</translation>
    </message>
    <message>
        <source>Arrival day</source>
        <translation>Giorno di arrivo</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Giorno successivo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Import arrivals…</source>
        <translation>Importa arrivi…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Importa gli arrivi del giorno dal tuo gestionale alberghiero (CSV)</translation>
    </message>
    <message>
        <source>Arriving guests</source>
        <translation>Ospiti in arrivo</translation>
    </message>
    <message>
        <source>Arrivals on {day}</source>
        <translation>Arrivi del {day}</translation>
    </message>
    <message>
        <source>No arrivals imported for this day. Import the arrivals list exported by your property-management system (File ▸ Import arrivals…).</source>
        <translation>Nessun arrivo importato per questo giorno. Importa l’elenco degli arrivi esportato dal tuo gestionale alberghiero (File ▸ Importa arrivi…).</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Chiudi la notifica</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Select a message first.</source>
        <translation>Seleziona prima un messaggio.</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Questo messaggio non appartiene a nessun cliente.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota salvata.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminata.</translation>
    </message>
    <message>
        <source>Follow-up set for {when}.</source>
        <translation>Ricontatto fissato per {when}.</translation>
    </message>
    <message>
        <source>Select a message from a customer to log a call or visit.</source>
        <translation>Seleziona un messaggio di un cliente per registrare una chiamata o una visita.</translation>
    </message>
    <message>
        <source>Logged in the customer&apos;s timeline.</source>
        <translation>Registrato nella cronologia del cliente.</translation>
    </message>
    <message>
        <source>Identity linked.</source>
        <translation>Identità collegata.</translation>
    </message>
    <message>
        <source>Split out into a new customer.</source>
        <translation>Separato in un nuovo cliente.</translation>
    </message>
    <message>
        <source>Merged {name} into this customer.</source>
        <translation>{name} unito a questo cliente.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Unione annullata.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Esporta tutto su {name}</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Impossibile esportare: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Esportato in {path}.</translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation>Il cliente è stato cancellato.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Room</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Ospite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Sent back by the reviewer: {comment}</source>
        <translation>Rimandata dal revisore: {comment}</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Non riuscito: {error}</translation>
    </message>
    <message>
        <source>Draft: not queued yet</source>
        <translation>Bozza: non ancora in coda</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>In attesa di revisione</translation>
    </message>
    <message>
        <source>Will be sent when online</source>
        <translation>Verrà inviata quando sarà online</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>May or may not have arrived: check the Outbox</source>
        <translation>Potrebbe essere arrivata o no: controlla la posta in uscita</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Scartata</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Reply on</source>
        <translation>Rispondi su</translation>
    </message>
    <message>
        <source>Reply in this conversation, or follow up on another of the customer&apos;s channels</source>
        <translation>Rispondi in questa conversazione o ricontatta il cliente su un altro dei suoi canali</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Note sul cliente</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Scrivi una risposta…</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lunghezza</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>Stato della risposta</translation>
    </message>
    <message>
        <source>Queue reply</source>
        <translation>Metti in coda</translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation>Metti la risposta in coda (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Inserisci un modello</translation>
    </message>
    <message>
        <source>Insert a canned reply filled in for this customer</source>
        <translation>Inserisci una risposta predefinita compilata per questo cliente</translation>
    </message>
    <message>
        <source>Replying on the site</source>
        <translation>Risposta sul sito</translation>
    </message>
    <message>
        <source>Open on the site</source>
        <translation>Apri sul sito</translation>
    </message>
    <message>
        <source>Open the review in your browser to answer it</source>
        <translation>Apri la recensione nel browser per rispondere</translation>
    </message>
    <message>
        <source>Mark answered on the site</source>
        <translation>Segna come risposta sul sito</translation>
    </message>
    <message>
        <source>You answered on the site: it stops needing a reply (Ctrl+Shift+D)</source>
        <translation>Hai risposto sul sito: non richiede più risposta (Ctrl+Maiusc+D)</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Ancora nessun modello</translation>
    </message>
    <message>
        <source>“{name}” was not used: nothing is known for {fields}.</source>
        <translation>«{name}» non è stato usato: non si sa nulla per {fields}.</translation>
    </message>
    <message>
        <source>{network} (on the site)</source>
        <translation>{network} (sul sito)</translation>
    </message>
    <message>
        <source>{network} (window closed)</source>
        <translation>{network} (finestra chiusa)</translation>
    </message>
    <message>
        <source>{network} (this conversation)</source>
        <translation>{network} (questa conversazione)</translation>
    </message>
    <message>
        <source>{choice} ★ preferred</source>
        <translation>{choice} ★ preferito</translation>
    </message>
    <message>
        <source>Answer on the site, where the review was written</source>
        <translation>Rispondi sul sito, dove è stata scritta la recensione</translation>
    </message>
    <message>
        <source>Answer in the conversation, where the customer wrote</source>
        <translation>Rispondi nella conversazione, dove ha scritto il cliente</translation>
    </message>
    <message>
        <source>Follow up with {who} on {network}: a new message, not in this thread</source>
        <translation>Ricontatta {who} su {network}: un nuovo messaggio, non in questo thread</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <source>Reply on {network}</source>
        <translation>Rispondi su {network}</translation>
    </message>
    <message>
        <source>Follow up via</source>
        <translation>Ricontatta tramite</translation>
    </message>
    <message>
        <source>Queue follow-up</source>
        <translation>Metti in coda il ricontatto</translation>
    </message>
    <message>
        <source>Write a follow-up…</source>
        <translation>Scrivi un messaggio per ricontattare…</translation>
    </message>
    <message>
        <source>Answer on {network}</source>
        <translation>Rispondi su {network}</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here. Answer on the site, then mark the review answered: it stops needing a reply and counts as your public reply.</source>
        <translation>{network} non consente di rispondere da qui. Rispondi sul sito, poi segna la recensione come risposta: non richiederà più risposta e conterà come tua risposta pubblica.</translation>
    </message>
    <message>
        <source>Answered on the site</source>
        <translation>Risposto sul sito</translation>
    </message>
    <message>
        <source>Reply #{id}</source>
        <translation>Risposta n. {id}</translation>
    </message>
    <message>
        <source>Follow-up #{id} on {network}</source>
        <translation>Ricontatto n. {id} su {network}</translation>
    </message>
    <message>
        <source>No message is selected</source>
        <translation>Nessun messaggio selezionato</translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation>Messa in coda…</translation>
    </message>
    <message>
        <source>Answer on the site</source>
        <translation>Rispondi sul sito</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Scrivi prima qualcosa</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Troppo lungo per {network}: {over} {unit} oltre il limite</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Compila prima il campo del modello {fields}</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: {network} takes only a reply written by a person, until {days} days have passed.</source>
        <translation>Sono passate più di 24 ore da quando ha scritto il cliente: {network} accetta solo una risposta scritta da una persona, finché non sono passati {days} giorni.</translation>
    </message>
    <message>
        <source>A follow-up on {network} is already queued or sent; a new one would be a second.</source>
        <translation>Un ricontatto su {network} è già in coda o inviato; uno nuovo sarebbe il secondo.</translation>
    </message>
    <message>
        <source>This message already has a reply queued or sent; a new one would be a second reply.</source>
        <translation>Questo messaggio ha già una risposta in coda o inviata; una nuova sarebbe una seconda risposta.</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one.</source>
        <translation>{network} non accetta risposte a un messaggio privato più di {days} giorni dopo l’ultimo messaggio del cliente.</translation>
    </message>
    <message>
        <source>Follow up on another channel in “Reply on”: {channels}.</source>
        <translation>Ricontatta su un altro canale in «Rispondi su»: {channels}.</translation>
    </message>
    <message>
        <source>No other channel of this customer is known: wait until they write again.</source>
        <translation>Non si conosce nessun altro canale di questo cliente: aspetta che scriva di nuovo.</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Contato in {unit}, come conta la rete</translation>
    </message>
    <message>
        <source>Queue it (Ctrl+Enter)</source>
        <translation>Mettila in coda (Ctrl+Invio)</translation>
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
        <translation>Password per app</translation>
    </message>
    <message>
        <source>Create an app password in Bluesky under Settings ▸ Privacy and security ▸ App passwords (https://bsky.app/settings/app-passwords). Do not use your main password.</source>
        <translation>Crea una password per app in Bluesky in Impostazioni ▸ Privacy e sicurezza ▸ Password per app (https://bsky.app/settings/app-passwords). Non usare la password principale.</translation>
    </message>
    <message>
        <source>Server (leave as is for bsky.social)</source>
        <translation>Server (lascialo così per bsky.social)</translation>
    </message>
    <message>
        <source>Handle (e.g. yourname.bsky.social)</source>
        <translation>Nome utente (es. tuonome.bsky.social)</translation>
    </message>
    <message>
        <source>Demo (sample messages)</source>
        <translation>Demo (messaggi di esempio)</translation>
    </message>
    <message>
        <source>Pretend the network is unreachable</source>
        <translation>Fingi che la rete non sia raggiungibile</translation>
    </message>
    <message>
        <source>E-mail (IMAP/SMTP)</source>
        <translation>E-mail (IMAP/SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password of the mailbox, used for IMAP and SMTP. Providers with two-step sign-in (Gmail, Outlook, iCloud, Yahoo) need an app password created in the account&apos;s security settings.</source>
        <translation>La password della casella, usata per IMAP e SMTP. I provider con verifica in due passaggi (Gmail, Outlook, iCloud, Yahoo) richiedono una password per app creata nelle impostazioni di sicurezza dell’account.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>IMAP server (incoming)</source>
        <translation>Server IMAP (in arrivo)</translation>
    </message>
    <message>
        <source>IMAP port (993 for TLS, 143 for STARTTLS)</source>
        <translation>Porta IMAP (993 per TLS, 143 per STARTTLS)</translation>
    </message>
    <message>
        <source>SMTP server (outgoing)</source>
        <translation>Server SMTP (in uscita)</translation>
    </message>
    <message>
        <source>SMTP port (465 for TLS, 587 for STARTTLS)</source>
        <translation>Porta SMTP (465 per TLS, 587 per STARTTLS)</translation>
    </message>
    <message>
        <source>User name (often the address)</source>
        <translation>Nome utente (spesso l’indirizzo)</translation>
    </message>
    <message>
        <source>Encryption: tls, starttls or none</source>
        <translation>Cifratura: tls, starttls o none</translation>
    </message>
    <message>
        <source>Sent folder (found automatically)</source>
        <translation>Cartella della posta inviata (trovata da sola)</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Recensioni Google</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth access token with the scope business.manage.</source>
        <translation>Accedi con il browser (l’app Google di questo computer: Impostazioni ▸ App) o incolla un token di accesso OAuth con l’ambito business.manage.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Indirizzo dell’API</translation>
    </message>
    <message>
        <source>LinkedIn page</source>
        <translation>Pagina LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with the browser as an administrator of the page (this computer&apos;s LinkedIn app: Settings ▸ Apps), or paste an access token with the scopes r_organization_social, w_organization_social and rw_organization_admin. The page number (as in linkedin.com/company/12345/admin) is needed only if you administer several pages.</source>
        <translation>Accedi con il browser come amministratore della pagina (l’app LinkedIn di questo computer: Impostazioni ▸ App) o incolla un token di accesso con gli ambiti r_organization_social, w_organization_social e rw_organization_admin. Il numero della pagina (come in linkedin.com/company/12345/admin) serve solo se amministri più pagine.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numero della pagina</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Sign in with the browser, or paste an access token: on your server open Preferences ▸ Development ▸ New application, tick the scopes “read” and “write”, submit, open the application and copy “Your access token”.</source>
        <translation>Accedi con il browser o incolla un token di accesso: sul tuo server apri Preferenze ▸ Sviluppo ▸ Nuova applicazione, spunta gli ambiti «read» e «write», invia, apri l’applicazione e copia «Il tuo token di accesso».</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Your Matrix password signs this app in once, as a device of its own; only that device&apos;s access token is kept (in the keychain), never the password. Messages in encrypted rooms cannot be read here.</source>
        <translation>La tua password Matrix fa accedere questa app una sola volta, come dispositivo a sé; si conserva solo il token di accesso di quel dispositivo (nel portachiavi), mai la password. I messaggi nelle stanze cifrate non si possono leggere qui.</translation>
    </message>
    <message>
        <source>Homeserver (e.g. https://matrix.example.org)</source>
        <translation>Homeserver (es. https://matrix.example.org)</translation>
    </message>
    <message>
        <source>User id (e.g. @desk:example.org)</source>
        <translation>ID utente (es. @reception:example.org)</translation>
    </message>
    <message>
        <source>Accept invitations to direct chats (yes/no)</source>
        <translation>Accetta gli inviti alle chat dirette (yes/no)</translation>
    </message>
    <message>
        <source>Page name or id</source>
        <translation>Nome o ID della pagina</translation>
    </message>
    <message>
        <source>Facebook Page</source>
        <translation>Pagina Facebook</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Page, with the permissions pages_show_list, pages_messaging, pages_read_engagement and pages_manage_engagement.</source>
        <translation>Accedi con il browser (l’app Meta di questo computer: Impostazioni ▸ App) o incolla un token di accesso utente di una persona che gestisce la Pagina, con le autorizzazioni pages_show_list, pages_messaging, pages_read_engagement e pages_manage_engagement.</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Facebook Page linked to the Instagram professional account, with the permissions instagram_basic, instagram_manage_messages and instagram_manage_comments.</source>
        <translation>Accedi con il browser (l’app Meta di questo computer: Impostazioni ▸ App) o incolla un token di accesso utente di una persona che gestisce la Pagina Facebook collegata all’account professionale Instagram, con le autorizzazioni instagram_basic, instagram_manage_messages e instagram_manage_comments.</translation>
    </message>
    <message>
        <source>Meta lets your app read and answer a Page&apos;s messages and comments only after App Review of its permissions (and a verified business).</source>
        <translation>Meta permette alla tua app di leggere e rispondere ai messaggi e ai commenti di una Pagina solo dopo la revisione (App Review) delle sue autorizzazioni (e con un’attività verificata).</translation>
    </message>
    <message>
        <source>X&apos;s API is paid: buy credits for your app in X&apos;s Developer Console before connecting (each post read and reply is charged).</source>
        <translation>L’API di X è a pagamento: acquista crediti per la tua app nella Developer Console di X prima di collegarti (ogni post letto e ogni risposta vengono addebitati).</translation>
    </message>
    <message>
        <source>Google opens the Business Profile APIs to a project only after you request access and Google approves it.</source>
        <translation>Google apre le API di Business Profile a un progetto solo dopo che hai richiesto l’accesso e Google l’ha approvato.</translation>
    </message>
    <message>
        <source>Enable the YouTube Data API in your Google Cloud project (10,000 quota units a day); until Google has verified your app, its sign-ins expire after 7 days.</source>
        <translation>Attiva la YouTube Data API nel tuo progetto Google Cloud (10.000 unità di quota al giorno); finché Google non ha verificato la tua app, i suoi accessi scadono dopo 7 giorni.</translation>
    </message>
    <message>
        <source>LinkedIn grants the Community Management API, needed to read and answer a Page&apos;s comments, only to apps it has reviewed and approved.</source>
        <translation>LinkedIn concede la Community Management API, necessaria per leggere e rispondere ai commenti di una Pagina, solo alle app che ha esaminato e approvato.</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot Telegram</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather, send /newbot (or /mybots for a bot you have) and copy the token it gives (it looks like 123456789:AAE…); customers then write to the bot. To answer the chats of your own Telegram Business account too, connect the bot there: Settings ▸ Telegram Business ▸ Chatbots, add the bot and allow it to reply.</source>
        <translation>In Telegram apri una chat con @BotFather, invia /newbot (o /mybots per un bot che hai già) e copia il token che ti dà (somiglia a 123456789:AAE…); i clienti scrivono poi al bot. Per rispondere anche alle chat del tuo account Telegram Business, collega lì il bot: Impostazioni ▸ Telegram Business ▸ Chatbot, aggiungi il bot e consentigli di rispondere.</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Server della Bot API</translation>
    </message>
    <message>
        <source>WordPress comments</source>
        <translation>Commenti WordPress</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Password dell’applicazione</translation>
    </message>
    <message>
        <source>In your site&apos;s dashboard open Users ▸ Profile, scroll to “Application Passwords”, type a name (e.g. Social Inbox), press “Add New Application Password” and copy it (WordPress 5.6 or newer). The user must be an Editor or Administrator. The site must use https:// unless it runs on this computer.</source>
        <translation>Nella bacheca del tuo sito apri Utenti ▸ Profilo, scorri fino a «Password delle applicazioni», digita un nome (es. Social Inbox), premi «Aggiungi nuova password dell’applicazione» e copiala (WordPress 5.6 o successivo). L’utente deve essere Editore o Amministratore. Il sito deve usare https:// a meno che giri su questo computer.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Indirizzo del sito</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s X app: Settings ▸ Apps), or paste an OAuth 2.0 user access token with the scopes tweet.read, tweet.write and users.read.</source>
        <translation>Accedi con il browser (l’app X di questo computer: Impostazioni ▸ App) o incolla un token di accesso utente OAuth 2.0 con gli ambiti tweet.read, tweet.write e users.read.</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth 2.0 access token with the scope youtube.force-ssl.</source>
        <translation>Accedi con il browser (l’app Google di questo computer: Impostazioni ▸ App) o incolla un token di accesso OAuth 2.0 con l’ambito youtube.force-ssl.</translation>
    </message>
    <message>
        <source>Daily quota (units)</source>
        <translation>Quota giornaliera (unità)</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>VIP: important; their messages come first</source>
        <translation>VIP: importante; i suoi messaggi vengono prima</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canale preferito</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Non ancora chiesto</translation>
    </message>
    <message>
        <source>Topics they want to hear about</source>
        <translation>Argomenti che gli interessano</translation>
    </message>
    <message>
        <source>e.g. events, seasonal menu (commas between)</source>
        <translation>es. eventi, menu stagionale (separati da virgole)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>e.g. regular, allergy (commas between)</source>
        <translation>es. abituale, allergia (separate da virgole)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Preferred channel:</source>
        <translation>Canale &amp;preferito:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Argomenti:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etichette:</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about.</source>
        <translation>Chiedigli come preferisce essere contattato e di cosa vuole sentir parlare.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln risultato</numerusform>
            <numerusform>%Ln risultati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln messaggio</numerusform>
            <numerusform>%Ln messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stay(s)</source>
        <translation>
            <numerusform>%Ln soggiorno</numerusform>
            <numerusform>%Ln soggiorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln non letto</numerusform>
            <numerusform>%Ln non letti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln in attesa di risposta</numerusform>
            <numerusform>%Ln in attesa di risposta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Message counts</source>
        <translation>Numero di messaggi</translation>
    </message>
</context>
<context>
    <name>CustomerBrief</name>
    <message>
        <source>Customer: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Preferisce {network}</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more pinned note(s)</source>
        <translation>
            <numerusform>…e %Ln altra nota fissata</numerusform>
            <numerusform>…e altre %Ln note fissate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer card</source>
        <translation>Scheda cliente</translation>
    </message>
    <message>
        <source>Select a message to see who wrote it.</source>
        <translation>Seleziona un messaggio per vedere chi l’ha scritto.</translation>
    </message>
    <message>
        <source>Show Customer &amp;Card</source>
        <translation>Mostra la &amp;scheda cliente</translation>
    </message>
    <message>
        <source>&amp;Go to Customer Card</source>
        <translation>&amp;Vai alla scheda cliente</translation>
    </message>
    <message>
        <source>Go to the customer card, or hide it (Ctrl+I)</source>
        <translation>Vai alla scheda cliente o nascondila (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Note from Message…</source>
        <translation>&amp;Nota dal messaggio…</translation>
    </message>
    <message>
        <source>Make a note on the customer from this message (N)</source>
        <translation>Crea una nota sul cliente da questo messaggio (N)</translation>
    </message>
    <message>
        <source>&amp;Log a Call or Visit…</source>
        <translation>&amp;Registra chiamata o visita…</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Registra una telefonata o una visita di questo cliente (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Aggiungi nota…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Unisci con…</translation>
    </message>
    <message>
        <source>&amp;Link Identity…</source>
        <translation>&amp;Collega identità…</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>Ricon&amp;tatta…</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>Modifica &amp;dettagli…</translation>
    </message>
    <message>
        <source>E&amp;xport Contact…</source>
        <translation>Es&amp;porta contatto…</translation>
    </message>
    <message>
        <source>E&amp;rase Contact…</source>
        <translation>Cance&amp;lla contatto…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Stato della scheda</translation>
    </message>
    <message>
        <source>Customer details and timeline</source>
        <translation>Dettagli e cronologia del cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome del cliente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Name, tags, VIP, preferred channel and topics</source>
        <translation>Nome, etichette, VIP, canale preferito e argomenti</translation>
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
        <translation>Segna come VIP: importante; i suoi messaggi vengono prima</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>More customer actions</source>
        <translation>Altre azioni sul cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Aggiungi nota…</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Come raggiungerlo</translation>
    </message>
    <message>
        <source>Preferred channel and topics</source>
        <translation>Canale preferito e argomenti</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Ricontatta…</translation>
    </message>
    <message>
        <source>A date to get back to them (“call back Friday”)</source>
        <translation>Una data per farsi risentire («richiamare venerdì»)</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Link identity…</source>
        <translation>Collega identità…</translation>
    </message>
    <message>
        <source>Add a handle, e-mail address or phone number by hand</source>
        <translation>Aggiungi a mano un nome utente, un indirizzo e-mail o un numero di telefono</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Soggiorni</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Chiamata o visita…</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Questo messaggio non appartiene a nessun cliente.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Questo cliente è stato cancellato.</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Preferisce {network}</translation>
    </message>
    <message>
        <source>Wants to hear about: {topics}</source>
        <translation>Vuole sentir parlare di: {topics}</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about (Edit… keeps the answer).</source>
        <translation>Chiedigli come preferisce essere contattato e di cosa vuole sentir parlare (Modifica… conserva la risposta).</translation>
    </message>
    <message>
        <source>Follow up: {when}</source>
        <translation>Ricontatto: {when}</translation>
    </message>
    <message>
        <source>No follow-up set.</source>
        <translation>Nessun ricontatto fissato.</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Camera {room}</translation>
    </message>
    <message>
        <source>Merged in: {name} ({day})</source>
        <translation>Unito: {name} ({day})</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annulla unione</translation>
    </message>
    <message>
        <source>Undo the merge with {name}</source>
        <translation>Annulla l’unione con {name}</translation>
    </message>
    <message numerus="yes">
        <source>Every message · %Ln</source>
        <translation>
            <numerusform>Messaggi · %Ln</numerusform>
            <numerusform>Messaggi · %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln messages</source>
        <translation>
            <numerusform>L’ultimo messaggio (%Ln)</numerusform>
            <numerusform>Gli ultimi %Ln messaggi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Where the data is now</source>
        <translation>Dove si trovano ora i dati</translation>
    </message>
    <message>
        <source>This window was started with --database-url, which is used instead of the choice below.</source>
        <translation>Questa finestra è stata avviata con --database-url, che vale al posto della scelta qui sotto.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Dove conservarli</translation>
    </message>
    <message>
        <source>On this &amp;computer (SQLite)</source>
        <translation>Su questo &amp;computer (SQLite)</translation>
    </message>
    <message>
        <source>Shared &amp;server (PostgreSQL)</source>
        <translation>&amp;Server condiviso (PostgreSQL)</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// address</source>
        <translation>db.example.org, o incolla un indirizzo postgresql://</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova connessione</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain. Moving to another database leaves the one in use now as it is.</source>
        <translation>La password è conservata nel portachiavi di questo computer. Passare a un altro database lascia com’è quello in uso ora.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>Usa &amp;questo database</translation>
    </message>
    <message>
        <source>On this computer, in the file {path}</source>
        <translation>Su questo computer, nel file {path}</translation>
    </message>
    <message>
        <source>On the server {host}, port {port}: database {database}, user {user}</source>
        <translation>Sul server {host}, porta {port}: database {database}, utente {user}</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>conservata nel portachiavi</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indica il server e il database.</translation>
    </message>
    <message>
        <source>The database on the server is empty.</source>
        <translation>Il database sul server è vuoto.</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s data into it (checked row by row; the data here stays as it is), or start with an empty database?</source>
        <translation>Copiare i dati di questo computer nel database (controllati riga per riga; i dati qui restano come sono) o iniziare con un database vuoto?</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data</source>
        <translation>&amp;Copia i dati di questo computer</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Inizia &amp;vuoto</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data…</source>
        <translation>Copia dei dati di questo computer…</translation>
    </message>
    <message>
        <source>{app} uses the new database from its next start.</source>
        <translation>{app} userà il nuovo database dal prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Più tardi</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in: set one up (or allow the unencrypted one), or use ~/.pgpass.</source>
        <translation>Questo computer non ha un portachiavi in cui conservare la password: configurane uno (o consenti quello non cifrato) oppure usa ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <source>Database connection</source>
        <translation>Connessione al database</translation>
    </message>
    <message>
        <source>Database connection lost: retrying…</source>
        <translation>Connessione al database persa: nuovo tentativo…</translation>
    </message>
    <message>
        <source>What you write is kept and saved when the connection returns; other desks&apos; changes show again then.</source>
        <translation>Ciò che scrivi viene conservato e salvato al ritorno della connessione; le modifiche delle altre postazioni torneranno allora visibili.</translation>
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
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <source>Demo data: sample messages, nothing is saved</source>
        <translation>Dati dimostrativi: messaggi di esempio, non viene salvato nulla</translation>
    </message>
    <message>
        <source>Sample messages in a throwaway database; nothing is saved.</source>
        <translation>Messaggi di esempio in un database usa e getta; non viene salvato nulla.</translation>
    </message>
</context>
<context>
    <name>DeskPropertyRows</name>
    <message>
        <source>Properties</source>
        <translation>Strutture</translation>
    </message>
    <message>
        <source>A property&apos;s name, e.g. Nashville</source>
        <translation>Nome di una struttura, ad es. Nashville</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Rino&amp;mina</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;property:</source>
        <translation>St&amp;ruttura di questa postazione:</translation>
    </message>
    <message>
        <source>Given on the command line (--property {name}).</source>
        <translation>Indicata dalla riga di comando (--property {name}).</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Strutture:</translation>
    </message>
    <message>
        <source>None (every property)</source>
        <translation>Nessuna (tutte le strutture)</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Resta attivo nell’area di notifica quando la finestra viene chiusa</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so closing the window quits the app. Notifications appear inside the window.</source>
        <translation>Il tuo desktop non ha un’area di notifica, quindi chiudere la finestra chiude l’app. Le notifiche compaiono nella finestra.</translation>
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
        <translation>Questa operazione cancella «{name}» e tutto ciò che l’app conserva su questa persona:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in and out</source>
        <translation>
            <numerusform>%n messaggio ricevuto o inviato</numerusform>
            <numerusform>%n messaggi ricevuti e inviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n soggiorno</numerusform>
            <numerusform>%n soggiorni</numerusform>
        </translation>
    </message>
    <message>
        <source>their reminders, queued replies and search entries</source>
        <translation>i suoi promemoria, le risposte in coda e le voci di ricerca</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the contact first to keep a copy.</source>
        <translation>L’operazione non può essere annullata. Esporta prima il contatto per conservarne una copia.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}?</source>
        <translation>Cancellare {name}?</translation>
    </message>
    <message>
        <source>Erase this customer for good?</source>
        <translation>Cancellare definitivamente questo cliente?</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Cosa verrà cancellato</translation>
    </message>
    <message>
        <source>Type the customer’s name to confirm:</source>
        <translation>Digita il nome del cliente per confermare:</translation>
    </message>
    <message>
        <source>Customer’s name, to confirm</source>
        <translation>Nome del cliente, per confermare</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Cancella tutto</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Inoltra a un collega…</translation>
    </message>
    <message>
        <source>Hand the message to a colleague, with the reason (Shift+E)</source>
        <translation>Passa il messaggio a un collega, con il motivo (Maiusc+E)</translation>
    </message>
    <message>
        <source>escalate the message to a colleague</source>
        <translation>inoltra il messaggio a un collega</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assegna…</translation>
    </message>
    <message>
        <source>Assign the message to a colleague or to yourself (Shift+A)</source>
        <translation>Assegna il messaggio a un collega o a te (Maiusc+A)</translation>
    </message>
    <message>
        <source>assign the message to someone</source>
        <translation>assegna il messaggio a qualcuno</translation>
    </message>
    <message>
        <source>&amp;Resolve Escalation…</source>
        <translation>C&amp;hiudi l’inoltro…</translation>
    </message>
    <message>
        <source>Settle the message&apos;s escalation and say what came of it (Shift+R)</source>
        <translation>Chiudi l’inoltro del messaggio e di’ com’è finita (Maiusc+R)</translation>
    </message>
    <message>
        <source>resolve the message&apos;s escalation</source>
        <translation>chiudi l’inoltro del messaggio</translation>
    </message>
    <message>
        <source>It is escalated to {name} now: escalating it again hands it on.</source>
        <translation>Ora è inoltrato a {name}: inoltrarlo di nuovo lo passa ad altri.</translation>
    </message>
    <message>
        <source>The person you choose is told on their desk; it shows under Escalated.</source>
        <translation>La persona scelta viene avvisata sulla sua postazione; compare in Inoltrati.</translation>
    </message>
    <message>
        <source>Escalate message</source>
        <translation>Inoltra il messaggio</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Inoltra</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Assign message</source>
        <translation>Assegna il messaggio</translation>
    </message>
    <message>
        <source>The message shows in Mine for the person you choose.</source>
        <translation>Il messaggio compare in Miei per la persona scelta.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assegna</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>Chiudi l’inoltro</translation>
    </message>
    <message>
        <source>Escalated to {name}. What came of it? It stays in the history.</source>
        <translation>Inoltrato a {name}. Com’è finita? Resta nella cronologia.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
</context>
<context>
    <name>EscalationHistory</name>
    <message>
        <source>Escalation history</source>
        <translation>Cronologia degli inoltri</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Inoltri</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Assegnato a {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Resolved by {name}, {time}: {outcome}</source>
        <translation>Chiuso da {name}, {time}: {outcome}</translation>
    </message>
    <message>
        <source>{by} escalated it to {to}, {time}</source>
        <translation>{by} l’ha inoltrato a {to}, {time}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with {name}</source>
        <translation>Ricontatta {name}</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Data e ora del ricontatto</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La settimana prossima</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. call back about the wedding booking</source>
        <translation>es. richiamare per la prenotazione del matrimonio</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Perché:</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Fissa il ricontatto</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Ricontatta</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Arrivi di oggi</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>&amp;Trova cliente…</translation>
    </message>
    <message>
        <source>Find a customer by a few letters of name, handle, e-mail, phone or room</source>
        <translation>Trova un cliente con poche lettere di nome, nome utente, e-mail, telefono o camera</translation>
    </message>
    <message>
        <source>find a customer (name, handle, e-mail, phone or room)</source>
        <translation>trova un cliente (nome, nome utente, e-mail, telefono o camera)</translation>
    </message>
    <message>
        <source>&amp;Import Arrivals…</source>
        <translation>&amp;Importa arrivi…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Importa gli arrivi del giorno dal tuo gestionale alberghiero (CSV)</translation>
    </message>
    <message>
        <source>Snoozed until {time}.</source>
        <translation>Posticipato fino a {time}.</translation>
    </message>
    <message>
        <source>Guest linked (merge {id}; undo with “contacts undo-merge {id}”).</source>
        <translation>Ospite collegato (unione {id}; si annulla con «contacts undo-merge {id}»).</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language is used when {app} next starts.</source>
        <translation>Una nuova lingua viene usata al prossimo avvio di {app}.</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Dove sono conservati i dati: su questo computer o su un server condiviso</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Dati:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Passaggio di consegne</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Passaggio di consegne del turno</translation>
    </message>
    <message>
        <source>What the digest covers</source>
        <translation>Cosa copre il riepilogo</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <source>This shift (last %n hour(s))</source>
        <translation>
            <numerusform>Questo turno (ultima %n ora)</numerusform>
            <numerusform>Questo turno (ultime %n ore)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Ultima %n ora</numerusform>
            <numerusform>Ultime %n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open it; this window stays open.</source>
        <translation>Fai clic su una riga (o premi Invio) per aprirla; questa finestra resta aperta.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Read the digest again (Ctrl+R)</source>
        <translation>Rileggi il riepilogo (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Handover: {since} to {until}</source>
        <translation>Passaggio di consegne: dal {since} al {until}</translation>
    </message>
    <message>
        <source>Handover at {place}: {since} to {until}</source>
        <translation>Passaggio di consegne a {place}: dal {since} al {until}</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Nuovi messaggi</translation>
    </message>
    <message>
        <source>Waiting past their target</source>
        <translation>In attesa oltre l’obiettivo</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Inoltri</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Promemoria in scadenza</translation>
    </message>
    <message>
        <source>Returning guests arriving</source>
        <translation>Ospiti abituali in arrivo</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… e %Ln altro</numerusform>
            <numerusform>… e altri %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: show the list</source>
        <translation>
            <numerusform>… e %Ln altro: mostra l’elenco</numerusform>
            <numerusform>… e altri %Ln: mostra l’elenco</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} on {network} since {time}: {count} (usual {usual})</source>
        <translation>{kind} su {network} da {time}: {count} (di solito {usual})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln messaggio</numerusform>
            <numerusform>%Ln messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Niente</translation>
    </message>
    <message>
        <source>waiting {age} (target {target})</source>
        <translation>in attesa da {age} (obiettivo {target})</translation>
    </message>
    <message>
        <source>To {to} (by {by}){reason} — {who}: {preview}</source>
        <translation>A {to} (da {by}){reason} — {who}: {preview}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>domani</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, camera {room}</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Picco</translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation>Messaggi negativi</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>&amp;Handover…</source>
        <translation>&amp;Passaggio di consegne…</translation>
    </message>
    <message>
        <source>What the next shift must know: new and waiting messages, escalations, reminders, arriving guests, alerts</source>
        <translation>Cosa deve sapere il turno successivo: messaggi nuovi e in attesa, inoltri, promemoria, ospiti in arrivo, avvisi</translation>
    </message>
    <message>
        <source>the shift handover</source>
        <translation>il passaggio di consegne</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys that work in {app}:</source>
        <translation>Tasti che funzionano in {app}:</translation>
    </message>
    <message>
        <source>About Social Inbox</source>
        <translation>Informazioni su Social Inbox</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <source>One inbox for every channel your customers write on.
Local first: your messages stay on this computer.</source>
        <translation>Un’unica posta in arrivo per tutti i canali su cui scrivono i tuoi clienti.
Prima in locale: i tuoi messaggi restano su questo computer.</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>No identity yet: link one to find their messages.</source>
        <translation>Ancora nessuna identità: collegane una per trovare i suoi messaggi.</translation>
    </message>
    <message>
        <source>last seen {ago}</source>
        <translation>visto l’ultima volta {ago}</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>non ancora visto</translation>
    </message>
    <message>
        <source>Split out</source>
        <translation>Separa</translation>
    </message>
    <message>
        <source>Split out {network} {handle}</source>
        <translation>Separa {network} {handle}</translation>
    </message>
    <message>
        <source>Move this identity and its messages to a customer of its own</source>
        <translation>Sposta questa identità e i suoi messaggi in un cliente a sé</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <source>↑ ↓ or j k</source>
        <translation>↑ ↓ o j k</translation>
    </message>
    <message>
        <source>move through the list</source>
        <translation>spostarsi nell’elenco</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>read the message in the reading pane</source>
        <translation>leggere il messaggio nel riquadro di lettura</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>tornare all’elenco</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Segna come &amp;letto</translation>
    </message>
    <message>
        <source>Mark the selected messages read or unread (U or Ctrl+U)</source>
        <translation>Segna i messaggi selezionati come letti o non letti (U o Ctrl+U)</translation>
    </message>
    <message>
        <source>mark read or unread</source>
        <translation>segna come letto o non letto</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Segna come &amp;fatto</translation>
    </message>
    <message>
        <source>Mark the selected messages done (E, D or Ctrl+D)</source>
        <translation>Segna i messaggi selezionati come fatti (E, D o Ctrl+D)</translation>
    </message>
    <message>
        <source>mark done</source>
        <translation>segna come fatto</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>Apri l’&amp;originale</translation>
    </message>
    <message>
        <source>Open the message on its network, in your browser (Ctrl+O)</source>
        <translation>Apri il messaggio sulla sua rete, nel browser (Ctrl+O)</translation>
    </message>
    <message>
        <source>open the original in your browser</source>
        <translation>apri l’originale nel browser</translation>
    </message>
    <message>
        <source>Mark &amp;Answered on the Site</source>
        <translation>Segna come risposta sul &amp;sito</translation>
    </message>
    <message>
        <source>A review on a site without replies from here (Yelp, Tripadvisor, Booking.com) was answered on the site (Ctrl+Shift+D)</source>
        <translation>Una recensione su un sito a cui non si può rispondere da qui (Yelp, Tripadvisor, Booking.com) ha avuto risposta sul sito (Ctrl+Maiusc+D)</translation>
    </message>
    <message>
        <source>mark a review answered on its site</source>
        <translation>segna una recensione come risposta sul suo sito</translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation>&amp;Cerca nei messaggi</translation>
    </message>
    <message>
        <source>search (Escape clears)</source>
        <translation>cerca (Esc cancella)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Invio</translation>
    </message>
    <message>
        <source>queue the reply (in the reply box)</source>
        <translation>metti la risposta in coda (nel riquadro della risposta)</translation>
    </message>
    <message>
        <source>Most &amp;Urgent First</source>
        <translation>Prima i più &amp;urgenti</translation>
    </message>
    <message>
        <source>Messages waiting for a reply first, ranked: VIP customers, negative tone, escalated, then the longest wait (Ctrl+Shift+R)</source>
        <translation>Prima i messaggi in attesa di risposta, in quest’ordine: clienti VIP, tono negativo, inoltrati, poi l’attesa più lunga (Ctrl+Maiusc+R)</translation>
    </message>
    <message>
        <source>most urgent first / newest first</source>
        <translation>prima i più urgenti / prima i più recenti</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Titolo dell’elenco</translation>
    </message>
    <message>
        <source>List size</source>
        <translation>Dimensione dell’elenco</translation>
    </message>
    <message>
        <source>Message list and reading pane</source>
        <translation>Elenco dei messaggi e riquadro di lettura</translation>
    </message>
    <message>
        <source>Results for “{query}”</source>
        <translation>Risultati per «{query}»</translation>
    </message>
    <message>
        <source>{count} in {list}</source>
        <translation>{count} in {list}</translation>
    </message>
    <message>
        <source>{count} · most urgent first</source>
        <translation>{count} · prima i più urgenti</translation>
    </message>
    <message>
        <source>No messages match “{query}”.

Try fewer or other words.</source>
        <translation>Nessun messaggio corrisponde a «{query}».

Prova con meno parole o con altre.</translation>
    </message>
    <message>
        <source>Fetching the demo messages…</source>
        <translation>Recupero dei messaggi dimostrativi…</translation>
    </message>
    <message>
        <source>No messages from {network} yet.</source>
        <translation>Ancora nessun messaggio da {network}.</translation>
    </message>
    <message>
        <source>No unread messages.
You are all caught up.</source>
        <translation>Nessun messaggio non letto.
Sei in pari.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a reply.</source>
        <translation>Niente attende una risposta.</translation>
    </message>
    <message>
        <source>No open escalations.

Escalate a message to a colleague with Message ▸ Escalate… (Shift+E).</source>
        <translation>Nessun inoltro aperto.

Inoltra un messaggio a un collega con Messaggio ▸ Inoltra a un collega… (Maiusc+E).</translation>
    </message>
    <message>
        <source>Nothing is assigned to you.</source>
        <translation>Non hai nulla di assegnato.</translation>
    </message>
    <message>
        <source>Fetching messages…</source>
        <translation>Recupero dei messaggi…</translation>
    </message>
    <message>
        <source>No account is connected yet.

Connect one with File ▸ Accounts… (Ctrl+Shift+A),
or from the command line: socialinbox accounts add

or try the app with sample messages: socialinbox --demo</source>
        <translation>Nessun account ancora collegato.

Collegane uno con File ▸ Account… (Ctrl+Maiusc+A),
o dalla riga di comando: socialinbox accounts add

oppure prova l’app con messaggi di esempio: socialinbox --demo</translation>
    </message>
    <message>
        <source>Your inbox is empty.

New messages appear here as they arrive.</source>
        <translation>La posta in arrivo è vuota.

I nuovi messaggi compaiono qui appena arrivano.</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Segna come &amp;non letto</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non letto</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <source>Mark as Not &amp;Done</source>
        <translation>Segna come non &amp;fatto</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fatto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Originale</translation>
    </message>
    <message>
        <source>Marked answered on the site.</source>
        <translation>Segnato come risposta sul sito.</translation>
    </message>
    <message>
        <source>Refused to open the link: only web addresses (http, https) are opened.</source>
        <translation>Apertura del link rifiutata: si aprono solo indirizzi web (http, https).</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Nessun browser web è riuscito ad aprire il link.</translation>
    </message>
    <message>
        <source>Reply queued; sending it now.</source>
        <translation>Risposta in coda; viene inviata ora.</translation>
    </message>
    <message>
        <source>Reply stored; it waits for another person&apos;s review.</source>
        <translation>Risposta salvata; attende la revisione di un’altra persona.</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Statistiche</translation>
    </message>
    <message>
        <source>Where the business stands on the six response levels (Ctrl+Shift+I)</source>
        <translation>A che punto è l’attività sui sei livelli di risposta (Ctrl+Maiusc+I)</translation>
    </message>
    <message>
        <source>open Insights: response levels and times</source>
        <translation>apri Statistiche: livelli e tempi di risposta</translation>
    </message>
    <message>
        <source>&amp;Export Insights…</source>
        <translation>Esporta statisti&amp;che…</translation>
    </message>
    <message>
        <source>Save the Insights page as CSV or as a PNG image</source>
        <translation>Salva la pagina Statistiche come CSV o come immagine PNG</translation>
    </message>
    <message>
        <source>export Insights (CSV or PNG)</source>
        <translation>esporta statistiche (CSV o PNG)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>The levels are still being read.</source>
        <translation>I livelli sono ancora in lettura.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Esporta statistiche</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>Impossibile esportare: {error}</translation>
    </message>
    <message>
        <source>Insights saved to {path}</source>
        <translation>Statistiche salvate in {path}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Where the business stands</source>
        <translation>A che punto è l’attività</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Prima risposta mediana</translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation>90% con risposta entro</translation>
    </message>
    <message>
        <source>Answered within an hour, in business hours</source>
        <translation>Con risposta entro un’ora, in orario di lavoro</translation>
    </message>
    <message>
        <source>Answered within an hour, out of hours</source>
        <translation>Con risposta entro un’ora, fuori orario</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Da sempre</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Ultima %n settimana</numerusform>
            <numerusform>Ultime %n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tutti i canali</translation>
    </message>
    <message>
        <source>Reading the levels…</source>
        <translation>Lettura dei livelli…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answered message(s)</source>
        <translation>
            <numerusform>di %n messaggio con risposta</numerusform>
            <numerusform>di %n messaggi con risposta</numerusform>
        </translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>ancora nessuna risposta</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>nessun messaggio</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{answered} of {messages}</source>
        <translation>{answered} su {messages}</translation>
    </message>
    <message>
        <source>The levels are still being read</source>
        <translation>I livelli sono ancora in lettura</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossibile scrivere {path}</translation>
    </message>
    <message>
        <source>Mostly level 0: customers get no answer; answer within a day to reach level 2</source>
        <translation>Per lo più livello 0: i clienti non ricevono risposta; rispondi entro un giorno per arrivare al livello 2</translation>
    </message>
    <message>
        <source>Mostly level 1: answers come days later; answer within 24 hours to reach level 2</source>
        <translation>Per lo più livello 1: le risposte arrivano giorni dopo; rispondi entro 24 ore per arrivare al livello 2</translation>
    </message>
    <message>
        <source>Mostly level 2: answers come within hours; answer within the hour to reach level 3</source>
        <translation>Per lo più livello 2: le risposte arrivano entro qualche ora; rispondi entro l’ora per arrivare al livello 3</translation>
    </message>
    <message>
        <source>Mostly level 3: answers come within the hour; follow up with a private message or a call to reach level 4</source>
        <translation>Per lo più livello 3: le risposte arrivano entro l’ora; prosegui con un messaggio privato o una chiamata per arrivare al livello 4</translation>
    </message>
    <message>
        <source>Mostly level 4: quick answers followed by a private message or a call; follow up by e-mail to reach level 5</source>
        <translation>Per lo più livello 4: risposte rapide seguite da un messaggio privato o una chiamata; prosegui via e-mail per arrivare al livello 5</translation>
    </message>
    <message>
        <source>Mostly level 5: quick answers followed by an e-mail; welcome them in person to reach level 6</source>
        <translation>Per lo più livello 5: risposte rapide seguite da un’e-mail; accoglili di persona per arrivare al livello 6</translation>
    </message>
    <message>
        <source>Mostly level 6: quick answers followed by service in person, the top of the scale</source>
        <translation>Per lo più livello 6: risposte rapide seguite da un servizio di persona, il massimo della scala</translation>
    </message>
    <message>
        <source>Every message is still waiting for its first answer: answer within the hour to reach level 3</source>
        <translation>Ogni messaggio attende ancora la prima risposta: rispondi entro l’ora per arrivare al livello 3</translation>
    </message>
    <message>
        <source>No messages from customers in this period yet</source>
        <translation>Ancora nessun messaggio di clienti in questo periodo</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>0 · no answer</source>
        <translation>0 · nessuna risposta</translation>
    </message>
    <message>
        <source>1 · days later</source>
        <translation>1 · giorni dopo</translation>
    </message>
    <message>
        <source>2 · within a day</source>
        <translation>2 · entro un giorno</translation>
    </message>
    <message>
        <source>3 · within the hour</source>
        <translation>3 · entro un’ora</translation>
    </message>
    <message>
        <source>4 · + private message or call</source>
        <translation>4 · + messaggio privato o chiamata</translation>
    </message>
    <message>
        <source>5 · + e-mail</source>
        <translation>5 · + e-mail</translation>
    </message>
    <message>
        <source>6 · + in person</source>
        <translation>6 · + di persona</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>Response levels per week</source>
        <translation>Livelli di risposta per settimana</translation>
    </message>
    <message>
        <source>{messages} over {weeks}</source>
        <translation>{messages} in {weeks}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages in this period</source>
        <translation>Nessun messaggio in questo periodo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Settimana dal</translation>
    </message>
    <message>
        <source>Week of {week}
{level}: {count} ({share} % of {total})</source>
        <translation>Settimana del {week}
{level}: {count} ({share}% di {total})</translation>
    </message>
</context>
<context>
    <name>LinkIdentityDialog</name>
    <message>
        <source>Link an identity to {name}</source>
        <translation>Collega un’identità a {name}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Handle, e-mail address or phone number</source>
        <translation>Nome utente, indirizzo e-mail o numero di telefono</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rete:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>Messages from this identity will belong to this customer. An identity of another customer cannot be linked: merge them instead.</source>
        <translation>I messaggi di questa identità apparterranno a questo cliente. L’identità di un altro cliente non si può collegare: uniscili invece.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@esempio.it</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+39 06 1234 5678</translation>
    </message>
    <message>
        <source>@name or a profile address</source>
        <translation>@nome o un indirizzo di profilo</translation>
    </message>
</context>
<context>
    <name>LogConversationDialog</name>
    <message>
        <source>Log a call or visit with {name}</source>
        <translation>Registra una chiamata o una visita con {name}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Date and time of the conversation</source>
        <translation>Data e ora della conversazione</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Cosa è stato detto</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Perché non è stato salvato</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Chi:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>Cosa è stato &amp;detto:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>&amp;They came in</source>
        <translation>È &amp;passato di persona</translation>
    </message>
    <message>
        <source>We &amp;spoke to them</source>
        <translation>Gli abbiamo &amp;parlato</translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation>Ha &amp;chiamato</translation>
    </message>
    <message>
        <source>We &amp;called them</source>
        <translation>Lo abbiamo chia&amp;mato</translation>
    </message>
</context>
<context>
    <name>Logged</name>
    <message>
        <source>came in</source>
        <translation>è passato di persona</translation>
    </message>
    <message>
        <source>you spoke to them</source>
        <translation>gli hai parlato</translation>
    </message>
    <message>
        <source>called</source>
        <translation>ha chiamato</translation>
    </message>
    <message>
        <source>you called them</source>
        <translation>lo hai chiamato</translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation>registrato da {name}</translation>
    </message>
</context>
<context>
    <name>LongTextView</name>
    <message numerus="yes">
        <source>Show more (%Ln more character(s))</source>
        <translation>
            <numerusform>Mostra altro (%Ln carattere in più)</numerusform>
            <numerusform>Mostra altro (%Ln caratteri in più)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupPopup</name>
    <message>
        <source>Find a customer</source>
        <translation>Trova un cliente</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room</source>
        <translation>Nome, nome utente, e-mail, telefono o camera</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room…</source>
        <translation>Nome, nome utente, e-mail, telefono o camera…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clienti corrispondenti</translation>
    </message>
    <message>
        <source>Type two or three letters. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>Digita due o tre lettere. ↑ ↓ per scegliere, Invio per aprire, Esc per chiudere.</translation>
    </message>
    <message>
        <source>No pinned notes</source>
        <translation>Nessuna nota fissata</translation>
    </message>
    <message>
        <source>Enter opens the customer; Esc closes.</source>
        <translation>Invio apre il cliente; Esc chiude.</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Nessun cliente corrisponde a «{text}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo data</source>
        <translation>{app} — Dati dimostrativi</translation>
    </message>
    <message>
        <source>Text written while the database could not be reached is kept in {path}</source>
        <translation>Il testo scritto mentre il database non era raggiungibile è conservato in {path}</translation>
    </message>
    <message>
        <source>make a note on the customer from the message</source>
        <translation>crea una nota sul cliente dal messaggio</translation>
    </message>
    <message>
        <source>show or hide the customer card</source>
        <translation>mostra o nascondi la scheda cliente</translation>
    </message>
    <message>
        <source>log a phone call or a visit with the customer</source>
        <translation>registra una telefonata o una visita del cliente</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Sidebar and content</source>
        <translation>Barra laterale e contenuto</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra di stato</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) wait and will be sent when the network can be reached.</source>
        <translation>
            <numerusform>%n risposta attende e verrà inviata quando la rete sarà raggiungibile.</numerusform>
            <numerusform>%n risposte attendono e verranno inviate quando la rete sarà raggiungibile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are waiting to be sent</source>
        <translation>Ci sono risposte in attesa di invio</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be synced; see the status bar.</source>
        <translation>
            <numerusform>%n account non è stato sincronizzato; vedi la barra di stato.</numerusform>
            <numerusform>%n account non sono stati sincronizzati; vedi la barra di stato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database connection restored.</source>
        <translation>Connessione al database ripristinata.</translation>
    </message>
    <message>
        <source>Still running in the tray. Choose Quit from its menu to stop.</source>
        <translation>Ancora attiva nell’area di notifica. Scegli Esci dal suo menu per chiuderla.</translation>
    </message>
    <message>
        <source>Something went wrong ({name}): {error}</source>
        <translation>Qualcosa è andato storto ({name}): {error}</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Una sincronizzazione è già in corso.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnostica copiata negli appunti.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>Nell’elenco dei messaggi</translation>
    </message>
    <message>
        <source>Lists and search</source>
        <translation>Elenchi e ricerca</translation>
    </message>
    <message>
        <source>Replies and customers</source>
        <translation>Risposte e clienti</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Ovunque</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Fetch new messages from every account (F5)</source>
        <translation>Scarica i nuovi messaggi da tutti gli account (F5)</translation>
    </message>
    <message>
        <source>sync now</source>
        <translation>sincronizza ora</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Imp&amp;ostazioni…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>impostazioni</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Dove sono conservati i dati: su questo computer o su un server condiviso</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>esci</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Scorciatoie da &amp;tastiera</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copia diagnostica</translation>
    </message>
    <message>
        <source>&amp;About Social Inbox</source>
        <translation>I&amp;nformazioni su Social Inbox</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>switch lists</source>
        <translation>cambia elenco</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The database reports damage</source>
        <translation>Il database segnala danni</translation>
    </message>
    <message>
        <source>Quit the app and restore the latest backup (see the README). Details: {detail}</source>
        <translation>Chiudi l’app e ripristina l’ultimo backup (vedi il README). Dettagli: {detail}</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>Il backup giornaliero non è riuscito</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>no identities</source>
        <translation>nessuna identità</translation>
    </message>
    <message>
        <source>Everything of “{other}” moves to “{keep}”:</source>
        <translation>Tutto ciò che riguarda «{other}» passa a «{keep}»:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n promemoria</numerusform>
            <numerusform>%n promemoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n soggiorno</numerusform>
            <numerusform>%n soggiorni</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etichette: {tags}</translation>
    </message>
    <message>
        <source>“{other}” will no longer be listed. You can undo the merge from {keep}’s card.</source>
        <translation>«{other}» non sarà più elencato. Puoi annullare l’unione dalla scheda di {keep}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with {name}</source>
        <translation>Unisci con {name}</translation>
    </message>
    <message>
        <source>Which customer is the same person as “{name}”?</source>
        <translation>Quale cliente è la stessa persona di «{name}»?</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trova un cliente</translation>
    </message>
    <message>
        <source>Name, handle, e-mail or phone</source>
        <translation>Nome, nome utente, e-mail o telefono</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienti</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Cosa verrà spostato</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>{line} (suggested)</source>
        <translation>{line} (suggerito)</translation>
    </message>
    <message>
        <source>Possibly the same person: {evidence}</source>
        <translation>Forse la stessa persona: {evidence}</translation>
    </message>
</context>
<context>
    <name>MergeEvidence</name>
    <message>
        <source>same name: {value}</source>
        <translation>stesso nome: {value}</translation>
    </message>
    <message>
        <source>same e-mail address: {value}</source>
        <translation>stesso indirizzo e-mail: {value}</translation>
    </message>
    <message>
        <source>same phone number: {value}</source>
        <translation>stesso numero di telefono: {value}</translation>
    </message>
    <message>
        <source>same website: {value}</source>
        <translation>stesso sito web: {value}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>This message was deleted</source>
        <translation>Questo messaggio è stato eliminato</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>mention</source>
        <translation>menzione</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>messaggio diretto</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commento</translation>
    </message>
    <message>
        <source>review</source>
        <translation>recensione</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>unread</source>
        <translation>non letto</translation>
    </message>
    <message>
        <source>{state} message from {author} on {network}, {age}: {text}</source>
        <translation>Messaggio {state} di {author} su {network}, {age}: {text}</translation>
    </message>
</context>
<context>
    <name>NameMatchList</name>
    <message>
        <source>Possible matches to confirm</source>
        <translation>Possibili corrispondenze da confermare</translation>
    </message>
    <message>
        <source>Same person? Confirm to link the guest to the customer</source>
        <translation>Stessa persona? Conferma per collegare l’ospite al cliente</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>nessuna cronologia</translation>
    </message>
    <message>
        <source>{guest} may be {name} ({evidence}; names {score}% alike)</source>
        <translation>{guest} potrebbe essere {name} ({evidence}; nomi simili al {score}%)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Link {guest} to {name}</source>
        <translation>Collega {guest} a {name}</translation>
    </message>
    <message>
        <source>Merge the guest record into {name} (can be undone)</source>
        <translation>Unisci la scheda dell’ospite a {name} (si può annullare)</translation>
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
        <translation>Telefono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Di persona</translation>
    </message>
    <message>
        <source>Hotel guest</source>
        <translation>Ospite dell’hotel</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note on {name}</source>
        <translation>Modifica la nota su {name}</translation>
    </message>
    <message>
        <source>New note on {name}</source>
        <translation>Nuova nota su {name}</translation>
    </message>
    <message>
        <source>Made from a message</source>
        <translation>Creata da un messaggio</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>La sua versione</translation>
    </message>
    <message>
        <source>{name} saved this note while you were editing it. Their version is below; yours is in the editor. Save to replace theirs with yours.</source>
        <translation>{name} ha salvato questa nota mentre la stavi modificando. La sua versione è qui sotto; la tua è nell’editor. Salvando sostituisci la sua con la tua.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Testo della nota</translation>
    </message>
    <message>
        <source>What did you learn about them? e.g. loves the cornbread; prefers e-mail</source>
        <translation>Cosa hai scoperto su di lui? es. adora il pane di mais; preferisce l’e-mail</translation>
    </message>
    <message>
        <source>&amp;Pin: show it first, and above every reply</source>
        <translation>&amp;Fissa: mostrala per prima e sopra ogni risposta</translation>
    </message>
    <message>
        <source>&amp;Sensitive: hidden until someone clicks Reveal</source>
        <translation>&amp;Riservata: nascosta finché qualcuno non fa clic su Mostra</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Sensitive note — hidden</source>
        <translation>Nota riservata — nascosta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Azioni sulla nota</translation>
    </message>
    <message>
        <source>Edit, pin, mark sensitive or delete</source>
        <translation>Modifica, fissa, segna come riservata o elimina</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fissa</translation>
    </message>
    <message>
        <source>Not &amp;sensitive</source>
        <translation>Non &amp;riservata</translation>
    </message>
    <message>
        <source>Mark &amp;sensitive</source>
        <translation>Segna come &amp;riservata</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Hide the sensitive note</source>
        <translation>Nascondi la nota riservata</translation>
    </message>
    <message>
        <source>Reveal the note</source>
        <translation>Mostra la nota</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fissata</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Scritta da</translation>
    </message>
    <message>
        <source>From a message no longer stored</source>
        <translation>Da un messaggio non più conservato</translation>
    </message>
</context>
<context>
    <name>NoteSource</name>
    <message>
        <source>From their post on {network} of {day}</source>
        <translation>Dal suo post su {network} del {day}</translation>
    </message>
    <message>
        <source>From their comment on {network} of {day}</source>
        <translation>Dal suo commento su {network} del {day}</translation>
    </message>
    <message>
        <source>From their review on {network} of {day}</source>
        <translation>Dalla sua recensione su {network} del {day}</translation>
    </message>
    <message>
        <source>From their message on {network} of {day}</source>
        <translation>Dal suo messaggio su {network} del {day}</translation>
    </message>
    <message>
        <source>From their e-mail on {network} of {day}</source>
        <translation>Dalla sua e-mail su {network} del {day}</translation>
    </message>
    <message>
        <source>From their reply on {network} of {day}</source>
        <translation>Dalla sua risposta su {network} del {day}</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>No notes yet. Write down what you learn (“loves the cornbread”); N on a message makes a note from it.</source>
        <translation>Ancora nessuna nota. Annota ciò che scopri («adora il pane di mais»); N su un messaggio ne fa una nota.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Reminder: {name}</source>
        <translation>Promemoria: {name}</translation>
    </message>
    <message>
        <source>{by} escalated a message to you</source>
        <translation>{by} ti ha inoltrato un messaggio</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>In answer to</source>
        <translation>In risposta a</translation>
    </message>
    <message>
        <source>Message being answered</source>
        <translation>Messaggio a cui si risponde</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Invia in revisione</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Rimanda indietro…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Segna come inviata</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Scarta…</translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation>Esporta il registro di controllo…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Esporta il registro di controllo</translation>
    </message>
    <message>
        <source>Write who wrote, edited, approved and sent each reply to a JSON file</source>
        <translation>Scrivi in un file JSON chi ha scritto, modificato, approvato e inviato ogni risposta</translation>
    </message>
    <message>
        <source>Selected replies…</source>
        <translation>Risposte selezionate…</translation>
    </message>
    <message>
        <source>All replies…</source>
        <translation>Tutte le risposte…</translation>
    </message>
    <message>
        <source>No replies yet. Write one under a message in the inbox.</source>
        <translation>Ancora nessuna risposta. Scrivine una sotto un messaggio nella posta in arrivo.</translation>
    </message>
    <message>
        <source>Reply #{id} · {state}</source>
        <translation>Risposta n. {id} · {state}</translation>
    </message>
    <message>
        <source>Written by {author} on {time}</source>
        <translation>Scritta da {author} il {time}</translation>
    </message>
    <message>
        <source>to {who} on {network}</source>
        <translation>a {who} su {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <source>approved by {user}</source>
        <translation>approvata da {user}</translation>
    </message>
    <message>
        <source>sent {time}</source>
        <translation>inviata {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln tentativo</numerusform>
            <numerusform>%Ln tentativi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %n reply(ies) written to {path}</source>
        <translation>
            <numerusform>Registro di controllo di %n risposta scritto in {path}</numerusform>
            <numerusform>Registro di controllo di %n risposte scritto in {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message numerus="yes">
        <source>Needing attention: %Ln</source>
        <translation>
            <numerusform>Richiede attenzione: %Ln</numerusform>
            <numerusform>Richiedono attenzione: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>In answer to {who}, {time}</source>
        <translation>In risposta a {who}, {time}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Ultimo errore: {error}</translation>
    </message>
    <message>
        <source>Sent back: {comment}</source>
        <translation>Rimandata indietro: {comment}</translation>
    </message>
    <message>
        <source>Replies need review: another person must approve your reply</source>
        <translation>Le risposte vengono riviste: un’altra persona deve approvare la tua risposta</translation>
    </message>
    <message>
        <source>Approve the reply for sending</source>
        <translation>Approva l’invio della risposta</translation>
    </message>
    <message>
        <source>Change the text and put it up for review again</source>
        <translation>Cambia il testo e rimettilo in revisione</translation>
    </message>
    <message>
        <source>Change the text (an approved reply goes back to review)</source>
        <translation>Cambia il testo (una risposta approvata torna in revisione)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation>Scarta la risposta</translation>
    </message>
    <message>
        <source>Discard reply #{id}? It will not be sent.</source>
        <translation>Scartare la risposta n. {id}? Non verrà inviata.</translation>
    </message>
    <message>
        <source>Send back to {author}</source>
        <translation>Rimanda a {author}</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>Cosa dovrebbe cambiare?</translation>
    </message>
    <message>
        <source>Reply #{id} may already have arrived. Sending it again may post it twice.</source>
        <translation>La risposta n. {id} potrebbe essere già arrivata. Inviarla di nuovo potrebbe pubblicarla due volte.</translation>
    </message>
    <message numerus="yes">
        <source>Selected reply(ies) (%n)…</source>
        <translation>
            <numerusform>Risposta selezionata (%n)…</numerusform>
            <numerusform>Risposte selezionate (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>File JSON (*.json);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>OutboxPageController</name>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>In attesa di revisione</translation>
    </message>
    <message>
        <source>Approved, waiting to send</source>
        <translation>Approvata, in attesa di invio</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscita</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Esito sconosciuto</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Scartata</translation>
    </message>
</context>
<context>
    <name>PeopleMarks</name>
    <message>
        <source>VIP customer: their messages come first</source>
        <translation>Cliente VIP: i suoi messaggi vengono prima</translation>
    </message>
    <message>
        <source>⇡ {name}</source>
        <translation>⇡ {name}</translation>
    </message>
    <message>
        <source>Escalated to {name}</source>
        <translation>Inoltrato a {name}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Assegnato a {name}</translation>
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
        <translation>Perché non è stato fatto</translation>
    </message>
</context>
<context>
    <name>PlainLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
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
        <translation>Riquadro di lettura</translation>
    </message>
    <message>
        <source>Select a message to read it.

↑ ↓ or j k move through the list, Enter opens.</source>
        <translation>Seleziona un messaggio per leggerlo.

↑ ↓ o j k si spostano nell’elenco, Invio apre.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Nessun messaggio selezionato</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Network and handle</source>
        <translation>Rete e nome utente</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Apri originale</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Registra chiamata o visita…</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>Registra una chiamata o una visita</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Registra una telefonata o una visita di questo cliente (Ctrl+L)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>sent by you</source>
        <translation>inviato da te</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>a {property}</translation>
    </message>
    <message>
        <source>{time} (edited {edited})</source>
        <translation>{time} (modificato {edited})</translation>
    </message>
    <message>
        <source>{time} (arrival: the time the sender gave, {claimed}, was impossible)</source>
        <translation>{time} (arrivo: l’ora indicata dal mittente, {claimed}, era impossibile)</translation>
    </message>
    <message>
        <source>Open the original on {host} in your browser</source>
        <translation>Apri l’originale su {host} nel browser</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened</source>
        <translation>Questo link non è un indirizzo web e non verrà aperto</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Questo messaggio è stato eliminato sulla rete.</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Da rispondere</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Risposto</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message numerus="yes">
        <source>Conversation · %Ln other message(s)</source>
        <translation>
            <numerusform>Conversazione · %Ln altro messaggio</numerusform>
            <numerusform>Conversazione · altri %Ln messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Later replies</source>
        <translation>Risposte successive</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Returning customer</source>
        <translation>Cliente abituale</translation>
    </message>
    <message>
        <source>Arriving guest</source>
        <translation>Ospite in arrivo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Ricontatto</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Chiudere il cerchio</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Ringraziare</translation>
    </message>
</context>
<context>
    <name>ReminderReason</name>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commento</translation>
    </message>
    <message>
        <source>review</source>
        <translation>recensione</translation>
    </message>
    <message>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>via e-mail</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>al telefono</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>di persona</translation>
    </message>
    <message>
        <source>in a direct message</source>
        <translation>con un messaggio diretto</translation>
    </message>
    <message>
        <source>in private</source>
        <translation>in privato</translation>
    </message>
    <message>
        <source>noted at {property}: {note}</source>
        <translation>annotato a {property}: {note}</translation>
    </message>
    <message>
        <source>{name} wrote on {network} for the first time</source>
        <translation>{name} ha scritto su {network} per la prima volta</translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote again on {network} after %Ln day(s)</source>
        <translation>
            <numerusform>{name} ha scritto di nuovo su {network} dopo %Ln giorno</numerusform>
            <numerusform>{name} ha scritto di nuovo su {network} dopo %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} called for the first time</source>
        <translation>{name} ha chiamato per la prima volta</translation>
    </message>
    <message numerus="yes">
        <source>{name} called again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} ha richiamato dopo %Ln giorno</numerusform>
            <numerusform>{name} ha richiamato dopo %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} came in for the first time</source>
        <translation>{name} è passato per la prima volta</translation>
    </message>
    <message numerus="yes">
        <source>{name} came in again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} è ripassato dopo %Ln giorno</numerusform>
            <numerusform>{name} è ripassato dopo %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln-star review</source>
        <translation>
            <numerusform>recensione da %Ln stella</numerusform>
            <numerusform>recensione da %Ln stelle</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} has had no reply: say thank you</source>
        <translation>{name}, {what} su {network}: ancora senza risposta; ringrazia</translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} was settled {how}; its readers have not seen the happy ending: close the loop in public</source>
        <translation>{name}, {what} su {network}: la questione è stata risolta {how}, ma chi legge non ha visto il lieto fine; chiudi il cerchio in pubblico</translation>
    </message>
    <message>
        <source>{name} arrives on {day}</source>
        <translation>{name} arriva il {day}</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, camera {room}</translation>
    </message>
    <message>
        <source>, until {day}</source>
        <translation>, fino al {day}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n in scadenza ora</numerusform>
            <numerusform>%n in scadenza ora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n posticipato</numerusform>
            <numerusform>%n posticipati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>Promemoria aperti</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why it fired</source>
        <translation>Perché è scattato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Message that raised the reminder</source>
        <translation>Messaggio che ha fatto scattare il promemoria</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>Risposta suggerita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Domattina</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Scegli un orario…</translation>
    </message>
    <message>
        <source>Show message</source>
        <translation>Mostra messaggio</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Apri cliente</translation>
    </message>
    <message>
        <source>Reply with suggestion</source>
        <translation>Rispondi con il suggerimento</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
    <message>
        <source>1 hour (H), tomorrow morning (T) or a time you choose (S)</source>
        <translation>1 ora (H), domattina (T) o un orario a scelta (S)</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>No reminders. When a customer with notes writes again, a guest with notes is on the arrivals list, a follow-up is due, a complaint settled in private needs a public word, or praise waits for a thank-you, it shows here.</source>
        <translation>Nessun promemoria. Quando un cliente con note scrive di nuovo, un ospite con note è nell’elenco degli arrivi, un ricontatto è in scadenza, un reclamo risolto in privato richiede una parola in pubblico o un complimento aspetta un ringraziamento, compare qui.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>in scadenza ora</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>scade {time}</translation>
    </message>
    <message>
        <source>raised {time}</source>
        <translation>creato {time}</translation>
    </message>
    <message>
        <source>times at the property ({zone})</source>
        <translation>orari della struttura ({zone})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>{who} on {network}, {time}</source>
        <translation>{who} su {network}, {time}</translation>
    </message>
</context>
<context>
    <name>ReplyEditDialog</name>
    <message>
        <source>Edit reply #{id}</source>
        <translation>Modifica la risposta n. {id}</translation>
    </message>
    <message>
        <source>To {who} on {network}</source>
        <translation>A {who} su {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>il cliente</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Commento del revisore</translation>
    </message>
    <message>
        <source>The reviewer asked: {comment}</source>
        <translation>Il revisore ha chiesto: {comment}</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Testo della risposta</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lunghezza</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save and resubmit for review</source>
        <translation>Salva e rimetti in revisione</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Scrivi prima qualcosa</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Troppo lungo per {network}: {over} {unit} oltre il limite</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Compila prima il campo del modello {fields}</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Contato in {unit}, come conta la rete</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>staff</source>
        <translation>personale</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisore</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>titolare</translation>
    </message>
</context>
<context>
    <name>RowProblem</name>
    <message>
        <source>no name</source>
        <translation>nessun nome</translation>
    </message>
    <message>
        <source>arrival date not understood: “{value}”</source>
        <translation>data di arrivo non compresa: «{value}»</translation>
    </message>
    <message>
        <source>departure date not understood: “{value}”</source>
        <translation>data di partenza non compresa: «{value}»</translation>
    </message>
    <message>
        <source>departure before arrival</source>
        <translation>partenza prima dell’arrivo</translation>
    </message>
    <message>
        <source>not an e-mail address: “{value}”</source>
        <translation>non è un indirizzo e-mail: «{value}»</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with another guest</source>
        <translation>la prenotazione {value} compare anche alla riga {lines} con un altro ospite</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with other details</source>
        <translation>la prenotazione {value} compare anche alla riga {lines} con altri dati</translation>
    </message>
    <message>
        <source>{value} (room {room}) is also on line {lines} with other details</source>
        <translation>{value} (camera {room}) compare anche alla riga {lines} con altri dati</translation>
    </message>
    <message>
        <source>{value} (no room) is also on line {lines} with other details</source>
        <translation>{value} (senza camera) compare anche alla riga {lines} con altri dati</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Returning customer after:</source>
        <translation>Cliente &amp;abituale dopo:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Replies need &amp;review before sending</source>
        <translation>Le risposte richiedono una &amp;revisione prima dell’invio</translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <translation>Aperto il {day}</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Aperto il:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Apre alle</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Chiude alle</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Orario di lavoro:</translation>
    </message>
    <message>
        <source>Used by response-time reports.</source>
        <translation>Usato dai rapporti sui tempi di risposta.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reply target, &amp;social networks:</source>
        <translation>Obiettivo di risposta, &amp;social network:</translation>
    </message>
    <message>
        <source>Reply target, &amp;e-mail:</source>
        <translation>Obiettivo di risposta, &amp;e-mail:</translation>
    </message>
    <message>
        <source>Reply target, re&amp;views:</source>
        <translation>Obiettivo di risposta, re&amp;censioni:</translation>
    </message>
    <message>
        <source>Count waiting in business &amp;hours only</source>
        <translation>Conta l’attesa solo in orario di &amp;lavoro</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Fuso orario della struttura</translation>
    </message>
    <message>
        <source>This computer&apos;s timezone</source>
        <translation>Fuso orario di questo computer</translation>
    </message>
    <message>
        <source>Property &amp;timezone:</source>
        <translation>&amp;Fuso orario della struttura:</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is.</source>
        <translation>«Oggi» per l’elenco degli arrivi e «domattina» per i promemoria sono l’ora locale della struttura, ovunque si trovi questo computer.</translation>
    </message>
    <message>
        <source>Country of local phone numbers</source>
        <translation>Paese dei numeri di telefono locali</translation>
    </message>
    <message>
        <source>None (numbers need +country code)</source>
        <translation>Nessuno (i numeri richiedono il prefisso +paese)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Numeri di telefono da:</translation>
    </message>
    <message>
        <source>Arrivals lists may write numbers without +49, +33…: read them as this.</source>
        <translation>Gli elenchi degli arrivi possono scrivere i numeri senza +49, +33…: leggili come di questo paese.</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Regole dell’attività</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages</source>
        <translation>Cerca nei messaggi</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+F). Escape clears.</source>
        <translation>Cerca in tutti i messaggi (Ctrl+F). Esc cancella.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Quiet period before a return reminder</source>
        <translation>Pausa prima di un promemoria di ritorno</translation>
    </message>
    <message>
        <source>A customer with notes who writes again after this long raises a reminder.</source>
        <translation>Un cliente con note che scrive di nuovo dopo questo tempo fa scattare un promemoria.</translation>
    </message>
    <message>
        <source>Replies need review before sending</source>
        <translation>Le risposte richiedono una revisione prima dell’invio</translation>
    </message>
    <message>
        <source>Another person must approve each reply before it goes out.</source>
        <translation>Un’altra persona deve approvare ogni risposta prima che parta.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>The days (0 is Monday) and the hours the business answers; used by response-time reports.</source>
        <translation>I giorni (0 è lunedì) e le ore in cui l’attività risponde; usati dai rapporti sui tempi di risposta.</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Fuso orario della struttura</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is; unset means this computer&apos;s zone.</source>
        <translation>«Oggi» per l’elenco degli arrivi e «domattina» per i promemoria sono l’ora locale della struttura, ovunque si trovi questo computer; se non impostato, vale il fuso di questo computer.</translation>
    </message>
    <message>
        <source>Phone numbers from</source>
        <translation>Numeri di telefono da</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +, e.g. DE (arrivals lists).</source>
        <translation>Il paese dei numeri scritti senza +, es. IT (elenchi degli arrivi).</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome dell’attività</translation>
    </message>
    <message>
        <source>The business&apos;s name as customers know it ({business} in reply templates).</source>
        <translation>Il nome dell’attività come lo conoscono i clienti ({business} nei modelli di risposta).</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Modelli di risposta</translation>
    </message>
    <message>
        <source>Canned replies every desk shares: a list of {name, text} (see core/templates.py).</source>
        <translation>Risposte predefinite condivise da tutte le postazioni: un elenco di {name, text} (vedi core/templates.py).</translation>
    </message>
    <message>
        <source>Reply target on social networks</source>
        <translation>Obiettivo di risposta sui social network</translation>
    </message>
    <message>
        <source>Mentions, comments and direct messages on every network but e-mail and reviews.</source>
        <translation>Menzioni, commenti e messaggi diretti su tutte le reti tranne e-mail e recensioni.</translation>
    </message>
    <message>
        <source>Reply target for e-mail</source>
        <translation>Obiettivo di risposta per le e-mail</translation>
    </message>
    <message>
        <source>E-mails from customers.</source>
        <translation>E-mail dei clienti.</translation>
    </message>
    <message>
        <source>Reply target for reviews</source>
        <translation>Obiettivo di risposta per le recensioni</translation>
    </message>
    <message>
        <source>Reviews on every review site.</source>
        <translation>Recensioni su tutti i siti di recensioni.</translation>
    </message>
    <message>
        <source>Count waiting in business hours</source>
        <translation>Conta l’attesa in orario di lavoro</translation>
    </message>
    <message>
        <source>Waiting times count only the business hours (a message from Saturday night waits from Monday&apos;s opening); otherwise every hour counts.</source>
        <translation>I tempi di attesa contano solo l’orario di lavoro (un messaggio del sabato sera attende dall’apertura del lunedì); altrimenti conta ogni ora.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <source>Shown on notes and replies you write from this computer.</source>
        <translation>Compare sulle note e sulle risposte che scrivi da questo computer.</translation>
    </message>
    <message>
        <source>This desk&apos;s property</source>
        <translation>Struttura di questa postazione</translation>
    </message>
    <message>
        <source>Notes written here and arrivals imported here belong to it; “Today&apos;s arrivals” shows its guests. None: every property&apos;s.</source>
        <translation>Le note scritte qui e gli arrivi importati qui le appartengono; «Arrivi di oggi» mostra i suoi ospiti. Nessuna: quelli di tutte le strutture.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, light or dark.</source>
        <translation>I colori della finestra: quelli del sistema, chiari o scuri.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The language of the window; kept per computer, used from the next start.</source>
        <translation>La lingua della finestra; salvata per computer, usata dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Resta attivo nell’area di notifica</translation>
    </message>
    <message>
        <source>New messages and reminders still reach you while the window is closed.</source>
        <translation>Nuovi messaggi e promemoria ti raggiungono anche a finestra chiusa.</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Disposizione della finestra</translation>
    </message>
    <message>
        <source>The main window&apos;s size, position and splitter positions, as last left.</source>
        <translation>Dimensioni, posizione e divisori della finestra principale, come lasciati l’ultima volta.</translation>
    </message>
    <message>
        <source>Arrivals folder</source>
        <translation>Cartella degli arrivi</translation>
    </message>
    <message>
        <source>The folder the last arrivals list was imported from; the file dialog opens there.</source>
        <translation>La cartella da cui è stato importato l’ultimo elenco degli arrivi; la finestra dei file si apre lì.</translation>
    </message>
    <message>
        <source>Customer card shown</source>
        <translation>Scheda cliente mostrata</translation>
    </message>
    <message>
        <source>Whether the customer card is shown beside the reading pane.</source>
        <translation>Se la scheda cliente è mostrata accanto al riquadro di lettura.</translation>
    </message>
    <message>
        <source>Customer card width settled</source>
        <translation>Larghezza della scheda cliente fissata</translation>
    </message>
    <message>
        <source>Set once the window has given the customer card its first width, so that a width the user chose is kept from then on.</source>
        <translation>Impostato quando la finestra ha dato alla scheda cliente la prima larghezza, perché poi resti la larghezza scelta dall’utente.</translation>
    </message>
    <message>
        <source>Keep secrets in an unencrypted file</source>
        <translation>Conserva i segreti in un file non cifrato</translation>
    </message>
    <message>
        <source>The user accepted a keyring that stores secrets in a file that is not encrypted (where no encrypted keychain exists).</source>
        <translation>L’utente ha accettato un portachiavi che salva i segreti in un file non cifrato (dove non esiste un portachiavi cifrato).</translation>
    </message>
    <message>
        <source>Longest network request (seconds)</source>
        <translation>Richiesta di rete più lunga (secondi)</translation>
    </message>
    <message>
        <source>One request to a network or mail server is given up after this long, answer included, however slowly the server keeps sending.</source>
        <translation>Una richiesta a una rete o a un server di posta viene abbandonata dopo questo tempo, risposta compresa, per quanto lentamente il server continui a inviare.</translation>
    </message>
    <message>
        <source>Longest sync round (seconds)</source>
        <translation>Giro di sincronizzazione più lungo (secondi)</translation>
    </message>
    <message>
        <source>One account&apos;s fetching and sending is stopped after this long; what arrived is kept and the rest comes in the next round.</source>
        <translation>Lo scaricamento e l’invio di un account si fermano dopo questo tempo; ciò che è arrivato resta e il resto arriva al giro successivo.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>The shared database server this computer uses; unset: the data folder&apos;s own file.</source>
        <translation>Il server di database condiviso usato da questo computer; vuoto: il file proprio della cartella dei dati.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{keys} or {last}</source>
        <translation>{keys} o {last}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Insights</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <source>{label}, {count} need attention</source>
        <translation>{label}, {count} richiedono attenzione</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>{label}, {count} due</source>
        <translation>{label}, {count} in scadenza</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Arrivi di oggi</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tutti i messaggi</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non letti</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Da rispondere</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Inoltrati</translation>
    </message>
    <message>
        <source>{label}, {count} open</source>
        <translation>{label}, {count} aperti</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Miei</translation>
    </message>
    <message>
        <source>{label}, {count} assigned to you</source>
        <translation>{label}, {count} assegnati a te</translation>
    </message>
    <message>
        <source>{label}, {count} unread</source>
        <translation>{label}, {count} non letti</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Reti</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Lists</source>
        <translation>Elenchi</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posticipa fino a</translation>
    </message>
    <message>
        <source>Show the reminder again at ({zone} time):</source>
        <translation>Mostra di nuovo il promemoria alle (ora di {zone}):</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posticipa</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Show the message in the reading pane</source>
        <translation>Mostra il messaggio nel riquadro di lettura</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no backup to restore. The file has not been changed.</source>
        <translation>Non c’è alcun backup da ripristinare. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>{app} cannot read its database.</source>
        <translation>{app} non riesce a leggere il suo database.</translation>
    </message>
    <message>
        <source>The latest good backup is from {taken}. Restore it? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>L’ultimo backup valido è del {taken}. Ripristinarlo? Il file danneggiato viene conservato accanto, rinominato, quindi non si elimina nulla.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Ripristina il backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>{app} cannot open the shared database.</source>
        <translation>{app} non riesce ad aprire il database condiviso.</translation>
    </message>
    <message>
        <source>You can try again, or use this computer&apos;s own database until the server is back (File ▸ Database… goes back to it; its data stays as it is).</source>
        <translation>Puoi riprovare oppure usare il database di questo computer finché il server non torna disponibile (File ▸ Database… riporta a esso; i suoi dati restano come sono).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>Usa il database di questo computer</translation>
    </message>
    <message>
        <source>{app} cannot open its database.</source>
        <translation>{app} non riesce ad aprire il suo database.</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed</source>
        <translation>Sola lettura: non si può modificare nulla</translation>
    </message>
    <message>
        <source>{reason}. The messages can be read; syncing, replies, notes and other changes are refused.</source>
        <translation>{reason}. I messaggi si possono leggere; sincronizzazione, risposte, note e altre modifiche vengono rifiutate.</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Possibly the same person as {name} — {evidence}</source>
        <translation>Forse la stessa persona di {name} — {evidence}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <source>Merge with {name}…</source>
        <translation>Unisci con {name}…</translation>
    </message>
    <message>
        <source>See what would move first; nothing merges yet</source>
        <translation>Guarda prima cosa verrebbe spostato; ancora non si unisce nulla</translation>
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
        <translation>Intervallo di sincronizzazione di {name}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Struttura:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Ancora nessun account.</translation>
    </message>
    <message>
        <source>How often each account looks for new messages.</source>
        <translation>Ogni quanto ciascun account cerca nuovi messaggi.</translation>
    </message>
    <message>
        <source>New messages of an account come to its property; earlier ones keep theirs.</source>
        <translation>I nuovi messaggi di un account appartengono alla sua struttura; quelli precedenti mantengono la loro.</translation>
    </message>
    <message>
        <source>Property of {name}</source>
        <translation>Struttura di {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln new message(s)</source>
        <translation>
            <numerusform>Sincronizzazione… %Ln nuovo messaggio</numerusform>
            <numerusform>Sincronizzazione… %Ln nuovi messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>Nessun account collegato</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Nessun account</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed</source>
        <translation>
            <numerusform>%n account non riuscito</numerusform>
            <numerusform>%n account non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {time}, %Ln new</source>
        <translation>
            <numerusform>{name}: sincronizzato {time}, %Ln nuovo</numerusform>
            <numerusform>{name}: sincronizzato {time}, %Ln nuovi</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {time}</source>
        <translation>{name}: sincronizzato {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) synced {time}</source>
        <translation>
            <numerusform>%n account sincronizzato {time}</numerusform>
            <numerusform>%n account sincronizzati {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>{name}: failed ({when}): {error}</source>
        <translation>{name}: non riuscito ({when}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {when}, %Ln new</source>
        <translation>
            <numerusform>{name}: sincronizzato {when}, %Ln nuovo</numerusform>
            <numerusform>{name}: sincronizzato {when}, %Ln nuovi</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {when}</source>
        <translation>{name}: sincronizzato {when}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Aggiungi un modello</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Rimuovi il modello</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Lingua del testo</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Testo del modello</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>A customer whose messages are in a language with its own text gets that text; everyone else gets the text for any language.</source>
        <translation>Un cliente i cui messaggi sono in una lingua con un proprio testo riceve quel testo; tutti gli altri ricevono il testo per qualsiasi lingua.</translation>
    </message>
    <message>
        <source>Fields: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (from a note written as “LABEL: value”). A template whose field has no value for a customer is not used.</source>
        <translation>Campi: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (da una nota scritta come «LABEL: valore»). Un modello con un campo senza valore per un cliente non viene usato.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>You · {name}</source>
        <translation>Tu · {name}</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Questo messaggio è stato eliminato sulla rete.</translation>
    </message>
    <message>
        <source>your reply</source>
        <translation>la tua risposta</translation>
    </message>
    <message>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
    <message>
        <source>{kind} from {author}</source>
        <translation>{kind} di {author}</translation>
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
        <translation>Hai risposto</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Every message of this customer</source>
        <translation>Tutti i messaggi di questo cliente</translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>negative tone</source>
        <translation>tono negativo</translation>
    </message>
    <message>
        <source>positive tone</source>
        <translation>tono positivo</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show {app}</source>
        <translation>Mostra {app}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n non letto</numerusform>
            <numerusform>%n non letti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n promemoria</numerusform>
            <numerusform>%n promemoria</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>under 1 min</source>
        <translation>meno di 1 min</translation>
    </message>
    <message>
        <source>waiting {duration}</source>
        <translation>in attesa da {duration}</translation>
    </message>
    <message>
        <source>{waiting}, past the {target} target</source>
        <translation>{waiting}, oltre l’obiettivo di {target}</translation>
    </message>
    <message>
        <source>{waiting}, close to the {target} target</source>
        <translation>{waiting}, vicino all’obiettivo di {target}</translation>
    </message>
    <message>
        <source>{waiting}, within the {target} target</source>
        <translation>{waiting}, entro l’obiettivo di {target}</translation>
    </message>
</context>
<context>
    <name>WriteOperation</name>
    <message>
        <source>The database cannot be reached: what you wrote is kept and will be saved when the connection returns.</source>
        <translation>Il database non è raggiungibile: ciò che hai scritto viene conservato e sarà salvato al ritorno della connessione.</translation>
    </message>
    <message>
        <source>The database cannot be reached: nothing was changed. Try again when the connection returns.</source>
        <translation>Il database non è raggiungibile: non è stato modificato nulla. Riprova al ritorno della connessione.</translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation>Impossibile salvare la modifica: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no account with id {id}</source>
        <translation>Non esiste un account con il numero {id}</translation>
    </message>
    <message>
        <source>No contact {id}</source>
        <translation>Nessun contatto {id}</translation>
    </message>
    <message>
        <source>No identity {id}</source>
        <translation>Nessuna identità {id}</translation>
    </message>
    <message>
        <source>There is no message with id {id}</source>
        <translation>Non esiste un messaggio con il numero {id}</translation>
    </message>
    <message>
        <source>No note {id}</source>
        <translation>Nessuna nota {id}</translation>
    </message>
    <message>
        <source>{user} changed this note while you were editing it; yours was not saved</source>
        <translation>{user} ha modificato questa nota mentre la stavi modificando; la tua non è stata salvata</translation>
    </message>
    <message>
        <source>{user} changed this customer&apos;s details while you were editing them; yours were not saved: their version is shown</source>
        <translation>{user} ha modificato i dati di questo cliente mentre li stavi modificando; i tuoi non sono stati salvati: è mostrata l’altra versione</translation>
    </message>
    <message>
        <source>No reminder {id}</source>
        <translation>Nessun promemoria {id}</translation>
    </message>
    <message>
        <source>There is no outbox item with id {id}</source>
        <translation>Non esiste un elemento della posta in uscita con il numero {id}</translation>
    </message>
    <message>
        <source>There is no alert with id {id}</source>
        <translation>Non esiste un avviso con il numero {id}</translation>
    </message>
    <message>
        <source>{by} has acknowledged this alert already</source>
        <translation>{by} ha già preso in carico questo avviso</translation>
    </message>
    <message>
        <source>The sync interval is at least {minimum} seconds</source>
        <translation>L’intervallo di sincronizzazione è di almeno {minimum} secondi</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contatto ha bisogno di un nome</translation>
    </message>
    <message>
        <source>Contact {contact_id} was merged into contact {into}</source>
        <translation>Il contatto {contact_id} è stato unito al contatto {into}</translation>
    </message>
    <message>
        <source>Give a channel and a handle</source>
        <translation>Indica un canale e un nome utente</translation>
    </message>
    <message>
        <source>Not a phone number: {handle}</source>
        <translation>Non è un numero di telefono: {handle}</translation>
    </message>
    <message>
        <source>Not a phone number, or one without its country code (+49…; the country of local numbers is set under Settings): {handle}</source>
        <translation>Non è un numero di telefono, o manca il prefisso internazionale (+39…; il paese dei numeri locali si imposta nelle Impostazioni): {handle}</translation>
    </message>
    <message>
        <source>Not an e-mail address: {handle}</source>
        <translation>Non è un indirizzo e-mail: {handle}</translation>
    </message>
    <message>
        <source>{channel} {handle} belongs to contact {contact_id}; merge the two contacts instead</source>
        <translation>{channel} {handle} appartiene al contatto {contact_id}; unisci invece i due contatti</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Un contatto non può essere unito a sé stesso</translation>
    </message>
    <message>
        <source>Merge {merge_id} does not exist or was undone already</source>
        <translation>L’unione {merge_id} non esiste o è già stata annullata</translation>
    </message>
    <message>
        <source>Contact {contact_id} is no longer merged</source>
        <translation>Il contatto {contact_id} non è più unito</translation>
    </message>
    <message>
        <source>The contact has only this identity; nothing to split</source>
        <translation>Il contatto ha solo questa identità; non c’è nulla da separare</translation>
    </message>
    <message>
        <source>A note needs some text</source>
        <translation>Una nota ha bisogno di un testo</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters</source>
        <translation>Una nota contiene al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>The message belongs to no contact</source>
        <translation>Il messaggio non appartiene a nessun contatto</translation>
    </message>
    <message>
        <source>A call or visit logged by hand cannot be answered in place: log your call back, or follow up on another of the customer&apos;s channels</source>
        <translation>A una chiamata o visita registrata a mano non si può rispondere direttamente: registra la tua richiamata o ricontatta il cliente su un altro dei suoi canali</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here: answer on the site, then mark the review answered</source>
        <translation>{network} non consente di rispondere da qui: rispondi sul sito, poi segna la recensione come risposta</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one: follow up on another of the customer&apos;s channels</source>
        <translation>{network} non accetta risposte a un messaggio privato più di {days} giorni dopo l’ultimo messaggio del cliente: ricontatta il cliente su un altro dei suoi canali</translation>
    </message>
    <message>
        <source>Only a review on a site without replies from here can be marked answered on the site</source>
        <translation>Solo una recensione su un sito a cui non si può rispondere da qui può essere segnata come risposta sul sito</translation>
    </message>
    <message>
        <source>A conversation is logged on the phone or in person</source>
        <translation>Una conversazione si registra al telefono o di persona</translation>
    </message>
    <message>
        <source>Say what the call or visit was about</source>
        <translation>Di’ di cosa si è parlato nella chiamata o nella visita</translation>
    </message>
    <message>
        <source>A logged conversation holds at most {limit} characters</source>
        <translation>Una conversazione registrata contiene al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>That time is in the future: log a conversation once it has happened</source>
        <translation>Quell’ora è nel futuro: registra una conversazione dopo che è avvenuta</translation>
    </message>
    <message>
        <source>That time is too long ago</source>
        <translation>Quell’ora è troppo lontana nel passato</translation>
    </message>
    <message>
        <source>Nobody is called “{name}”; the team: {known}</source>
        <translation>Nessuno si chiama «{name}»; il team: {known}</translation>
    </message>
    <message>
        <source>“{field}” is no role: choose staff, reviewer or owner</source>
        <translation>«{field}» non è un ruolo: scegli staff, reviewer o owner</translation>
    </message>
    <message>
        <source>A person needs a name</source>
        <translation>Una persona ha bisogno di un nome</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters</source>
        <translation>Un nome ha al massimo {limit} caratteri</translation>
    </message>
    <message>
        <source>There is no property called “{name}”; the properties: {known}</source>
        <translation>Non esiste una struttura chiamata «{name}»; le strutture: {known}</translation>
    </message>
    <message>
        <source>There is a property called “{name}” already</source>
        <translation>Esiste già una struttura chiamata «{name}»</translation>
    </message>
    <message>
        <source>That property no longer exists</source>
        <translation>Questa struttura non esiste più</translation>
    </message>
    <message>
        <source>A property needs a name</source>
        <translation>Una struttura deve avere un nome</translation>
    </message>
    <message>
        <source>“{zone}” is no timezone: use a name such as America/Chicago</source>
        <translation>«{zone}» non è un fuso orario: usa un nome come America/Chicago</translation>
    </message>
    <message>
        <source>It is escalated to {name} already</source>
        <translation>È già inoltrato a {name}</translation>
    </message>
    <message>
        <source>The message has no open escalation</source>
        <translation>Il messaggio non ha inoltri aperti</translation>
    </message>
    <message>
        <source>Say what came of it</source>
        <translation>Di’ com’è finita</translation>
    </message>
    <message>
        <source>At most {limit} characters, please</source>
        <translation>Al massimo {limit} caratteri, per favore</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder or a device): choose the exported CSV file</source>
        <translation>{file} non è un file (è una cartella o un dispositivo): scegli il file CSV esportato</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB, more than any arrivals list: choose the exported CSV file</source>
        <translation>{file} supera {megabytes} MB, più di qualsiasi elenco degli arrivi: scegli il file CSV esportato</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossibile leggere {file}: {error}</translation>
    </message>
    <message>
        <source>The database was busy (another program kept it locked): {saved} of {total} arrivals were saved. Import the file again to finish.</source>
        <translation>Il database era occupato (un altro programma lo teneva bloccato): sono stati salvati {saved} arrivi su {total}. Importa di nuovo il file per completare.</translation>
    </message>
    <message>
        <source>Dates like “{example}” can be read two ways: choose how this file writes dates</source>
        <translation>Una data come «{example}» si può leggere in due modi: scegli come questo file scrive le date</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: choose the exported CSV file</source>
        <translation>La riga {line} non si può leggere come CSV: scegli il file CSV esportato</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Il file è vuoto</translation>
    </message>
    <message>
        <source>There is no field “{field}”</source>
        <translation>Non esiste il campo «{field}»</translation>
    </message>
    <message>
        <source>The file has no column “{column}”</source>
        <translation>Il file non ha la colonna «{column}»</translation>
    </message>
    <message>
        <source>Choose the column that holds the guests&apos; names</source>
        <translation>Scegli la colonna con i nomi degli ospiti</translation>
    </message>
    <message>
        <source>Choose the column that holds the arrival dates</source>
        <translation>Scegli la colonna con le date di arrivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s): nothing was imported. Skip them to import the rest.</source>
        <translation>
            <numerusform>%Ln riga errata: non è stato importato nulla. Saltala per importare il resto.</numerusform>
            <numerusform>%Ln righe errate: non è stato importato nulla. Saltale per importare il resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation>La risposta è vuota</translation>
    </message>
    <message>
        <source>The reply still holds the template field {fields}: fill it in</source>
        <translation>La risposta contiene ancora il campo del modello {fields}: compilalo</translation>
    </message>
    <message>
        <source>Reply {id} was written by {user}; replies need review, so another person must approve it</source>
        <translation>La risposta {id} è stata scritta da {user}; le risposte vengono riviste, quindi un’altra persona deve approvarla</translation>
    </message>
    <message>
        <source>Say what should change: sending back needs a comment</source>
        <translation>Di’ cosa dovrebbe cambiare: per rimandarla serve un commento</translation>
    </message>
    <message>
        <source>Unknown channel {field}</source>
        <translation>Canale sconosciuto {field}</translation>
    </message>
    <message>
        <source>The message has no known customer to follow up with</source>
        <translation>Il messaggio non ha un cliente noto da ricontattare</translation>
    </message>
    <message>
        <source>The customer has no known address on {network}</source>
        <translation>Il cliente non ha un indirizzo noto su {network}</translation>
    </message>
    <message>
        <source>No connected account sends on {network}</source>
        <translation>Nessun account collegato invia su {network}</translation>
    </message>
    <message>
        <source>A reply in the state “{state}” cannot take this step</source>
        <translation>Una risposta nello stato «{state}» non può fare questo passo</translation>
    </message>
    <message>
        <source>The reply is {length} long; {network} takes at most {limit} ({over} too many)</source>
        <translation>La risposta è lunga {length}; {network} ne accetta al massimo {limit} ({over} di troppo)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carattere</numerusform>
            <numerusform>%Ln caratteri</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder cannot be used: a file has its name, or it cannot be made there</source>
        <translation>La cartella dei dati non si può usare: un file ha il suo nome, o non può essere creata lì</translation>
    </message>
    <message>
        <source>The backup could not be made; the details are in the log</source>
        <translation>Non è stato possibile fare il backup; i dettagli sono nel registro</translation>
    </message>
    <message>
        <source>The copy failed; nothing was kept in the new database ({detail})</source>
        <translation>La copia non è riuscita; nel nuovo database non è stato conservato nulla ({detail})</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log</source>
        <translation>Qualcosa è andato storto; i dettagli sono nel registro</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>il file o la cartella non esiste</translation>
    </message>
    <message>
        <source>you have no permission to use it</source>
        <translation>non hai il permesso di usarlo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>il disco è di sola lettura</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>è una cartella</translation>
    </message>
    <message>
        <source>{file} cannot be used: {cause}</source>
        <translation>Impossibile usare {file}: {cause}</translation>
    </message>
    <message>
        <source>The network refused the sign-in: sign in again</source>
        <translation>La rete ha rifiutato l’accesso: accedi di nuovo</translation>
    </message>
    <message>
        <source>The network asks to wait until {time}</source>
        <translation>La rete chiede di aspettare fino alle {time}</translation>
    </message>
    <message>
        <source>The network asks to wait a while before the next request</source>
        <translation>La rete chiede di aspettare un po’ prima della prossima richiesta</translation>
    </message>
    <message>
        <source>The network cannot be reached: check the connection</source>
        <translation>La rete non è raggiungibile: controlla la connessione</translation>
    </message>
    <message>
        <source>The network had a passing problem; it is tried again later</source>
        <translation>La rete ha avuto un problema passeggero; si riproverà più tardi</translation>
    </message>
    <message>
        <source>The reply must wait</source>
        <translation>La risposta deve aspettare</translation>
    </message>
    <message>
        <source>This computer does not hold the account&apos;s secret: sign in again</source>
        <translation>Questo computer non ha il segreto dell’account: accedi di nuovo</translation>
    </message>
    <message>
        <source>The network refused the request</source>
        <translation>La rete ha rifiutato la richiesta</translation>
    </message>
    <message>
        <source>Sending replies: {problem}</source>
        <translation>Invio delle risposte: {problem}</translation>
    </message>
    <message>
        <source>The database was made by a newer version of the app: install that version</source>
        <translation>Il database è stato creato da una versione più recente dell’app: installa quella versione</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database</source>
        <translation>Il file del database è danneggiato o non è un database</translation>
    </message>
    <message>
        <source>Another program keeps the database busy: try again in a moment</source>
        <translation>Un altro programma tiene occupato il database: riprova tra un momento</translation>
    </message>
    <message>
        <source>Nothing can be changed: the database can only be read</source>
        <translation>Non si può modificare nulla: il database è di sola lettura</translation>
    </message>
    <message>
        <source>The disk holding the database is full</source>
        <translation>Il disco che contiene il database è pieno</translation>
    </message>
    <message>
        <source>The database server refused the user name or password</source>
        <translation>Il server di database ha rifiutato il nome utente o la password</translation>
    </message>
    <message>
        <source>The server has no database by that name</source>
        <translation>Il server non ha un database con quel nome</translation>
    </message>
    <message>
        <source>The database server cannot be reached: check its address and port</source>
        <translation>Il server di database non è raggiungibile: controlla indirizzo e porta</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}; {minimum} or newer is needed</source>
        <translation>Il server usa PostgreSQL {version}; serve la {minimum} o successiva</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Il database non si può usare</translation>
    </message>
</context>
</TS>
