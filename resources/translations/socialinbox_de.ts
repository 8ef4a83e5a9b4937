<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>0 · no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · days later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · + private message or call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · + e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 · + in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;page that explains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the account with the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the new sign-in with the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address first (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); see the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, sign in again or remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected yet. Press Add… to connect one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store secrets in the unencrypted keyring file anyway (anyone who can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> your files can read them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its {count} message(s) are deleted from this computer and its sign-in is forgotten. Notes and contacts stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show the Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages of this alert (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say you are on it: the alert leaves every desk (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsController</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Alert &amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the messages of the newest crisis alert (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the messages of the newest crisis alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the newest crisis alert (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge the newest crisis alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert on {network} since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>&amp;X client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Google client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meta app id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LinkedIn client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google, Meta and LinkedIn also ask for the app&apos;s client secret: keep it in the keychain with “socialinbox accounts app-secret google” (or meta, linkedin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsDialog</name>
    <message>
        <source>Import arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export of the day&apos;s arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If names show odd characters (Ã¼ instead of ü), try another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival day to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — choose what each column holds (first rows of the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals lists (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates like “{example}” can be read two ways. Choose how this file writes dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both readings fit every date in the file: only you can tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected: {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of column {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised from the column&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{header}” is recognised as {field}; to ignore it, give another column that field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} guest(s) arrive on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) for other days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bad row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported while the file has bad rows: fix them in the export, or tick “skip the bad rows”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest arrives on {day} in this file: check the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the arrivals file exported by your system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: these {count} arrival(s) were imported before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {imported} arrival(s): {matched} matched to customers, {new} new guest contact(s), {reminders} arrival reminder(s) raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bad row(s) skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some names look like known customers: confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Returning: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import arrivals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arriving guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrivals imported for this day. Import the arrivals list exported by your property-management system (File ▸ Import arrivals…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Select a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up set for {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message from a customer to log a call or visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in the customer&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split out into a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged {name} into this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply in this conversation, or follow up on another of the customer&apos;s channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned reply filled in for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the review in your browser to answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark answered on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered on the site: it stops needing a reply (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not used: nothing is known for {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} (on the site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} (this conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{choice} ★ preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on the site, where the review was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in the conversation, where the customer wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {who} on {network}: a new message, not in this thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here. Answer on the site, then mark the review answered: it stops needing a reply and counts as your public reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up #{id} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up on {network} is already queued or sent; a new one would be a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message already has a reply queued or sent; a new one would be a second reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue it (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: important; their messages come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics they want to hear about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. events, seasonal menu (commas between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. regular, allergy (commas between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Message counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see who wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Customer &amp;Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Customer Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the customer card, or hide it (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note from Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a note on the customer from this message (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log a Call or Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, tags, VIP, preferred channel and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as VIP: important; their messages come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channel and topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date to get back to them (“call back Friday”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a handle, e-mail address or phone number by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to hear about: {topics}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about (Edit… keeps the answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged in: {name} ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {count} messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTime</name>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: sample messages, nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample messages in a throwaway database; nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so closing the window quits the app. Notifications appear inside the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this customer for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer’s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer’s name, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the message to a colleague, with the reason (Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalate the message to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the message to a colleague or to yourself (Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign the message to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve Escalation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle the message&apos;s escalation and say what came of it (Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolve the message&apos;s escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is escalated to {name} now: escalating it again hands it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you choose is told on their desk; it shows under Escalated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message shows in Mine for the person you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to {name}. What came of it? It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationHistory</name>
    <message>
        <source>Escalation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by {name}, {time}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{by} escalated it to {to}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. call back about the wedding booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by a few letters of name, handle, e-mail, phone or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a customer (name, handle, e-mail, phone or room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Arrivals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest linked (merge {id}; undo with “contacts undo-merge {id}”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the digest covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open it; this window stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the digest again (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover: {since} to {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting past their target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning guests arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more: show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {age} (target {target})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {to} (by {by}){reason} — {who}: {preview}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} on {network} since {time}: {count} messages (usual {usual})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>&amp;Handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next shift must know: new and waiting messages, escalations, reminders, arriving guests, alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift handover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>No identity yet: link one to find their messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen {age} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split out {network} {handle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this identity and its messages to a customer of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ or j k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move through the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the message in the reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages read or unread (U or Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected messages done (E, D or Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the message on its network, in your browser (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the original in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Answered on the Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review on a site without replies from here (Yelp, Tripadvisor, Booking.com) was answered on the site (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a review answered on its site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search (Escape clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue the reply (in the reply box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most &amp;Urgent First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages waiting for a reply first, ranked: VIP customers, negative tone, escalated, then the longest wait (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most urgent first / newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message list and reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} · most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages match “{query}”.

Try fewer or other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the demo messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages from {network} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread messages.
You are all caught up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting for a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open escalations.

Escalate a message to a colleague with Message ▸ Escalate… (Shift+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is connected yet.

Connect one with File ▸ Accounts… (Ctrl+Shift+A),
or from the command line: socialinbox accounts add

or try the app with sample messages: socialinbox --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your inbox is empty.

New messages appear here as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Not &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked answered on the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to open the link: only web addresses (http, https) are opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued; sending it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply stored; it waits for another person&apos;s review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the business stands on the six response levels (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open Insights: response levels and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Insights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Insights page as CSV or as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export Insights (CSV or PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels are still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the business stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within an hour, in business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within an hour, out of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {messages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levels are still being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Response levels per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{messages} over {weeks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {week}
{level}: {count} ({share} % of {total})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkIdentityDialog</name>
    <message>
        <source>Link an identity to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle, e-mail address or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from this identity will belong to this customer. An identity of another customer cannot be linked: merge them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@name or a profile address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogConversationDialog</name>
    <message>
        <source>Log a call or visit with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;spoke to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We &amp;called them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Logged</name>
    <message>
        <source>came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you spoke to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you called them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupPopup</name>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two or three letters. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pinned notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the customer; Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a note on the customer from the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or hide the customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log a phone call or a visit with the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar and content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies are waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running in the tray. Choose Quit from its menu to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({name}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which customer is the same person as “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, handle, e-mail or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{line} (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly the same person: {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} message from {author} on {network}, {age}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameMatchList</name>
    <message>
        <source>Possible matches to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person? Confirm to link the guest to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guest} may be {name} ({evidence}; names {score}% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link {guest} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the guest record into {name} (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note on {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn about them? e.g. loves the cornbread; prefers e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin: show it first, and above every reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitive: hidden until someone clicks Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Sensitive note — hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, pin, mark sensitive or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not &amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the sensitive note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a message no longer stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSource</name>
    <message>
        <source>From their {kind} on {network} of {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>No notes yet. Write down what you learn (“loves the cornbread”); N on a message makes a note from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In answer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message being answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write who wrote, edited, approved and sent each reply to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No replies yet. Write one under a message in the inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #{id} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by {author} on {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {who} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} attempt(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In answer to {who}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies need review: another person must approve your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the reply for sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text and put it up for review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text (an approved reply goes back to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard reply #{id}? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply #{id} may already have arrived. Sending it again may post it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPageController</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtNotifier</name>
    <message>
        <source>Social Inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to read it.

↑ ↓ or j k move through the list, Enter opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} (edited {edited})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} (arrival: the time the sender gave, {claimed}, was impossible)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original on {host} in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message that raised the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply with suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour (H), tomorrow morning (T) or a time you choose (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders. When a customer with notes writes again, a guest with notes is on the arrivals list, a follow-up is due, a complaint settled in private needs a public word, or praise waits for a thank-you, it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times at the property ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on {network}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyEditDialog</name>
    <message>
        <source>Edit reply #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To {who} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer asked: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and resubmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Returning customer after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies need &amp;review before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by response-time reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply target, &amp;social networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply target, &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply target, re&amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count waiting in business &amp;hours only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s timezone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property &amp;timezone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of local phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (numbers need +country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals lists may write numbers without +49, +33…: read them as this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every message (Ctrl+F). Escape clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{keys} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, {count} need attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the reminder again at ({zone} time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Show the message in the reading pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no backup to restore. The file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} cannot read its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is from {taken}. Restore it? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} cannot open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. The messages can be read; syncing, replies, notes and other changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Possibly the same person as {name} — {evidence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what would move first; nothing merges yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each account looks for new messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: failed ({when}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (from a note written as “LABEL: value”). A template whose field has no value for a customer is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>You · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} from {author}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>{who} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You replied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Every message of this customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tone</name>
    <message>
        <source>negative tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting}, past the {target} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting}, close to the {target} target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting}, within the {target} target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteOperation</name>
    <message>
        <source>Could not save the change: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
