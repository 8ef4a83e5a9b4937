<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountForm</name>
    <message>
        <source>Connect an account</source>
        <translation>Conectar una cuenta</translation>
    </message>
    <message>
        <source>Sign in again: {name}</source>
        <translation>Volver a iniciar sesión: {name}</translation>
    </message>
    <message>
        <source>Kind of account</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>e.g. Front desk</source>
        <translation>p. ej., Recepción</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Iniciar sesión con el &amp;navegador…</translation>
    </message>
    <message>
        <source>{label} (optional):</source>
        <translation>{label} (opcional):</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Open the &amp;page that explains it</source>
        <translation>Abrir la &amp;página que lo explica</translation>
    </message>
    <message>
        <source>Checking the account with the network…</source>
        <translation>Comprobando la cuenta con la red…</translation>
    </message>
    <message>
        <source>Checking the new sign-in with the network…</source>
        <translation>Comprobando el nuevo inicio de sesión con la red…</translation>
    </message>
    <message>
        <source>Enter the server address first (https://…).</source>
        <translation>Escriba primero la dirección del servidor (https://…).</translation>
    </message>
    <message>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Esperando a que permita el acceso en el navegador…</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); see the log.</source>
        <translation>Error inesperado ({kind}); consulte el registro.</translation>
    </message>
</context>
<context>
    <name>AccountsController</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Cuentas…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts (Ctrl+Shift+A)</source>
        <translation>Añadir, volver a iniciar sesión o quitar cuentas (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>add, sign in again or remove accounts</source>
        <translation>añadir, volver a iniciar sesión o quitar cuentas</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Cuentas conectadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Cuenta seleccionada</translation>
    </message>
    <message>
        <source>No account is connected yet. Press Add… to connect one.</source>
        <translation>Todavía no hay ninguna cuenta conectada. Pulse Añadir… para conectar una.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>&amp;Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Store secrets in the unencrypted keyring file anyway (anyone who can read</source>
        <translation>Guardar de todos modos los secretos en el archivo de llavero sin cifrar (quien pueda leer</translation>
    </message>
    <message>
        <source> your files can read them)</source>
        <translation> sus archivos podrá leerlos)</translation>
    </message>
    <message>
        <source>Secrets are stored unencrypted by {backend}, as chosen in the settings.</source>
        <translation>Los secretos se guardan sin cifrar mediante {backend}, como se eligió en la configuración.</translation>
    </message>
    <message>
        <source>No secure keychain is available (found {backend}); secrets are kept in memory until the app closes and must be entered again next time.</source>
        <translation>No hay ningún llavero seguro disponible (encontrado: {backend}); los secretos se guardan en memoria hasta que se cierre la aplicación y habrá que volver a escribirlos la próxima vez.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove “{name}”?</source>
        <translation>¿Quitar «{name}»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln message(s) are deleted from this computer and its sign-in is forgotten. Notes and contacts stay. This cannot be undone.</source>
        <translation>
            <numerusform>Su %Ln mensaje se borra de este equipo y se olvida su inicio de sesión. Las notas y los contactos se conservan. No se puede deshacer.</numerusform>
            <numerusform>Sus %Ln mensajes se borran de este equipo y se olvida su inicio de sesión. Las notas y los contactos se conservan. No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Todavía sin sincronizar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>quota: %1 of %2 used</source>
        <translation>cuota: %1 de %2 usadas</translation>
    </message>
    <message>
        <source>being synced by %1</source>
        <translation>lo está sincronizando %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Última sincronización: {time}</translation>
    </message>
    <message>
        <source>{last}; next: {time}</source>
        <translation>{last}; próxima: {time}</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Al día {time}</translation>
    </message>
    <message>
        <source>next {time}</source>
        <translation>luego {time}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>CUENTAS</translation>
    </message>
    <message>
        <source>Account states</source>
        <translation>Estados de las cuentas</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <source>Add, sign in again or remove accounts</source>
        <translation>Añadir, volver a iniciar sesión o quitar cuentas</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>en {property}</translation>
    </message>
</context>
<context>
    <name>Age</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{age} ago</source>
        <translation>hace {age}</translation>
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
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
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
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Unusual activity on {network}</source>
        <translation>Actividad inusual en {network}</translation>
    </message>
    <message>
        <source>Many negative messages on {network}</source>
        <translation>Muchos mensajes negativos en {network}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>{messages} since {time}; usually {usual} an hour at this time.</source>
        <translation>{messages} desde {time}; lo habitual son {usual} por hora a esta hora.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them negative.</source>
        <translation>
            <numerusform>%n de ellos negativo.</numerusform>
            <numerusform>%n de ellos negativos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Messages</source>
        <translation>Mostrar los mensajes</translation>
    </message>
    <message>
        <source>List the messages of this alert (Ctrl+Shift+M)</source>
        <translation>Listar los mensajes de esta alerta (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Atender</translation>
    </message>
    <message>
        <source>Say you are on it: the alert leaves every desk (Ctrl+Shift+K)</source>
        <translation>Indique que se ocupa: la alerta desaparece de todos los puestos (Ctrl+Mayús+K)</translation>
    </message>
</context>
<context>
    <name>AlertsController</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Show Alert &amp;Messages</source>
        <translation>Mostrar &amp;mensajes de la alerta</translation>
    </message>
    <message>
        <source>List the messages of the newest crisis alert (Ctrl+Shift+M)</source>
        <translation>Listar los mensajes de la alerta de crisis más reciente (Ctrl+Mayús+M)</translation>
    </message>
    <message>
        <source>list the messages of the newest crisis alert</source>
        <translation>listar los mensajes de la alerta de crisis más reciente</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Alert</source>
        <translation>A&amp;tender la alerta</translation>
    </message>
    <message>
        <source>Acknowledge the newest crisis alert (Ctrl+Shift+K)</source>
        <translation>Atender la alerta de crisis más reciente (Ctrl+Mayús+K)</translation>
    </message>
    <message>
        <source>acknowledge the newest crisis alert</source>
        <translation>atender la alerta de crisis más reciente</translation>
    </message>
    <message>
        <source>Alert on {network} since {time}</source>
        <translation>Alerta en {network} desde {time}</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alerta atendida.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>&amp;X client id:</source>
        <translation>ID de cliente de &amp;X:</translation>
    </message>
    <message>
        <source>&amp;Google client id:</source>
        <translation>ID de cliente de &amp;Google:</translation>
    </message>
    <message>
        <source>&amp;Meta app id:</source>
        <translation>ID de app de &amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;LinkedIn client id:</source>
        <translation>ID de cliente de &amp;LinkedIn:</translation>
    </message>
    <message>
        <source>Google, Meta and LinkedIn also ask for the app&apos;s client secret: keep it in the keychain with “socialinbox accounts app-secret google” (or meta, linkedin).</source>
        <translation>Google, Meta y LinkedIn piden también el secreto de cliente de la app: guárdelo en el llavero con «socialinbox accounts app-secret google» (o meta, linkedin).</translation>
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
            <numerusform>%n huésped</numerusform>
            <numerusform>%n huéspedes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returning</source>
        <translation>
            <numerusform>%n habitual</numerusform>
            <numerusform>%n habituales</numerusform>
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
        <translation>UTF-16 (texto Unicode de Excel)</translation>
    </message>
    <message>
        <source>UTF-16 LE without BOM</source>
        <translation>UTF-16 LE sin BOM</translation>
    </message>
    <message>
        <source>UTF-16 BE without BOM</source>
        <translation>UTF-16 BE sin BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Import arrivals</source>
        <translation>Importar llegadas</translation>
    </message>
    <message>
        <source>Arrivals file</source>
        <translation>Archivo de llegadas</translation>
    </message>
    <message>
        <source>A CSV export of the day&apos;s arrivals</source>
        <translation>Una exportación CSV de las llegadas del día</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>If names show odd characters (Ã¼ instead of ü), try another encoding</source>
        <translation>Si los nombres muestran caracteres raros (Ã± en lugar de ñ), pruebe otra codificación</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Arrival day to import</source>
        <translation>Día de llegada que importar</translation>
    </message>
    <message>
        <source>Arrivals &amp;on:</source>
        <translation>Llegadas &amp;el:</translation>
    </message>
    <message>
        <source>Property the list is for</source>
        <translation>Establecimiento al que corresponde la lista</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>For p&amp;roperty:</source>
        <translation>Para el &amp;establecimiento:</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Preview — choose what each column holds (first rows of the file):</source>
        <translation>Vista previa: elija qué contiene cada columna (primeras filas del archivo):</translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation>Vista previa y asignación de columnas</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Qué se importará</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Bad rows</source>
        <translation>Filas erróneas</translation>
    </message>
    <message>
        <source>&amp;Skip the bad rows and import the others</source>
        <translation>&amp;Omitir las filas erróneas e importar las demás</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Arrivals lists (*.csv *.txt);;All files (*)</source>
        <translation>Listas de llegadas (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest(s) arrive on {day}</source>
        <translation>
            <numerusform>%Ln huésped llega el {day}</numerusform>
            <numerusform>%Ln huéspedes llegan el {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) for other days</source>
        <translation>
            <numerusform>%Ln fila de otros días</numerusform>
            <numerusform>%Ln filas de otros días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s)</source>
        <translation>
            <numerusform>%Ln fila errónea</numerusform>
            <numerusform>%Ln filas erróneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing changed: these %Ln arrival(s) were imported before.</source>
        <translation>
            <numerusform>Nada ha cambiado: %Ln llegada ya se había importado.</numerusform>
            <numerusform>Nada ha cambiado: estas %Ln llegadas ya se habían importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {arrivals}: {matched}, {new}, {reminders}.</source>
        <translation>Importado: {arrivals}; {matched}, {new}, {reminders}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival(s)</source>
        <translation>
            <numerusform>%Ln llegada</numerusform>
            <numerusform>%Ln llegadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matched to customers</source>
        <translation>
            <numerusform>%Ln asociada a un cliente</numerusform>
            <numerusform>%Ln asociadas a clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new guest contact(s)</source>
        <translation>
            <numerusform>%Ln contacto de huésped nuevo</numerusform>
            <numerusform>%Ln contactos de huésped nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln arrival reminder(s) raised</source>
        <translation>
            <numerusform>%Ln recordatorio de llegada creado</numerusform>
            <numerusform>%Ln recordatorios de llegada creados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizada</numerusform>
            <numerusform>%Ln actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s) skipped</source>
        <translation>
            <numerusform>%Ln fila errónea omitida</numerusform>
            <numerusform>%Ln filas erróneas omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Both readings fit every date in the file: only you can tell.</source>
        <translation>Ambas lecturas encajan con todas las fechas del archivo: solo usted puede decidirlo.</translation>
    </message>
    <message>
        <source>As detected: {format}</source>
        <translation>Según lo detectado: {format}</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Field of column {header}</source>
        <translation>Campo de la columna {header}</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Recognised from the column&apos;s name</source>
        <translation>Reconocido por el nombre de la columna</translation>
    </message>
    <message>
        <source>“{header}” is recognised as {field}; to ignore it, give another column that field.</source>
        <translation>«{header}» se reconoce como {field}; para ignorarla, asigne ese campo a otra columna.</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Todavía no hay nada que importar.</translation>
    </message>
    <message>
        <source>line {line}: {why}</source>
        <translation>línea {line}: {why}</translation>
    </message>
    <message>
        <source>Nothing is imported while the file has bad rows: fix them in the export, or tick “skip the bad rows”.</source>
        <translation>No se importa nada mientras el archivo tenga filas erróneas: corríjalas en la exportación o marque «omitir las filas erróneas».</translation>
    </message>
    <message>
        <source>No guest arrives on {day} in this file: check the day.</source>
        <translation>En este archivo no llega ningún huésped el {day}: compruebe el día.</translation>
    </message>
    <message>
        <source>Choose the arrivals file exported by your system.</source>
        <translation>Elija el archivo de llegadas exportado por su sistema.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Some names look like known customers: confirm below.</source>
        <translation>Algunos nombres parecen de clientes conocidos: confírmelo abajo.</translation>
    </message>
    <message>
        <source>Nothing was imported. {error}</source>
        <translation>No se ha importado nada. {error}</translation>
    </message>
</context>
<context>
    <name>ArrivalsModel</name>
    <message>
        <source>Returning: {name}</source>
        <translation>Vuelve: {name}</translation>
    </message>
    <message>
        <source>New guest</source>
        <translation>Huésped nuevo</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Arrival day</source>
        <translation>Día de llegada</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Import arrivals…</source>
        <translation>Importar llegadas…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Importar las llegadas del día desde su sistema de gestión hotelera (CSV)</translation>
    </message>
    <message>
        <source>Arriving guests</source>
        <translation>Huéspedes que llegan</translation>
    </message>
    <message>
        <source>Arrivals on {day}</source>
        <translation>Llegadas del {day}</translation>
    </message>
    <message>
        <source>No arrivals imported for this day. Import the arrivals list exported by your property-management system (File ▸ Import arrivals…).</source>
        <translation>No hay llegadas importadas para este día. Importe la lista de llegadas que exporta su sistema de gestión hotelera (Archivo ▸ Importar llegadas…).</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Cerrar la notificación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Select a message first.</source>
        <translation>Seleccione primero un mensaje.</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Este mensaje no pertenece a ningún cliente.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota borrada.</translation>
    </message>
    <message>
        <source>Follow-up set for {when}.</source>
        <translation>Seguimiento fijado para {when}.</translation>
    </message>
    <message>
        <source>Select a message from a customer to log a call or visit.</source>
        <translation>Seleccione un mensaje de un cliente para registrar una llamada o visita.</translation>
    </message>
    <message>
        <source>Logged in the customer&apos;s timeline.</source>
        <translation>Registrado en la cronología del cliente.</translation>
    </message>
    <message>
        <source>Identity linked.</source>
        <translation>Identidad vinculada.</translation>
    </message>
    <message>
        <source>Split out into a new customer.</source>
        <translation>Separado en un cliente nuevo.</translation>
    </message>
    <message>
        <source>Merged {name} into this customer.</source>
        <translation>{name} fusionado con este cliente.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Fusión deshecha.</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportar todo sobre {name}</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>No se pudo exportar: {error}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>The customer was erased.</source>
        <translation>El cliente se ha borrado.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
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
        <translation>Devuelta por el revisor: {comment}</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Falló: {error}</translation>
    </message>
    <message>
        <source>Draft: not queued yet</source>
        <translation>Borrador: todavía no está en cola</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Esperando revisión</translation>
    </message>
    <message>
        <source>Will be sent when online</source>
        <translation>Se enviará al haber conexión</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>May or may not have arrived: check the Outbox</source>
        <translation>Puede que haya llegado o no: consulte la bandeja de salida</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply on</source>
        <translation>Responder en</translation>
    </message>
    <message>
        <source>Reply in this conversation, or follow up on another of the customer&apos;s channels</source>
        <translation>Responder en esta conversación o hacer un seguimiento en otro canal del cliente</translation>
    </message>
    <message>
        <source>Customer notes</source>
        <translation>Notas del cliente</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Escriba una respuesta…</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Reply status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Queue reply</source>
        <translation>Poner en cola</translation>
    </message>
    <message>
        <source>Queue the reply (Ctrl+Enter)</source>
        <translation>Poner la respuesta en la cola de envío (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Insert a template</source>
        <translation>Insertar una plantilla</translation>
    </message>
    <message>
        <source>Insert a canned reply filled in for this customer</source>
        <translation>Insertar una respuesta predefinida rellenada para este cliente</translation>
    </message>
    <message>
        <source>Replying on the site</source>
        <translation>Respuesta en el sitio</translation>
    </message>
    <message>
        <source>Open on the site</source>
        <translation>Abrir en el sitio</translation>
    </message>
    <message>
        <source>Open the review in your browser to answer it</source>
        <translation>Abrir la reseña en el navegador para responderla</translation>
    </message>
    <message>
        <source>Mark answered on the site</source>
        <translation>Marcar como respondida en el sitio</translation>
    </message>
    <message>
        <source>You answered on the site: it stops needing a reply (Ctrl+Shift+D)</source>
        <translation>Ha respondido en el sitio: ya no necesita respuesta (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Todavía no hay plantillas</translation>
    </message>
    <message>
        <source>“{name}” was not used: nothing is known for {fields}.</source>
        <translation>No se usó «{name}»: no se sabe nada de {fields}.</translation>
    </message>
    <message>
        <source>{network} (on the site)</source>
        <translation>{network} (en el sitio)</translation>
    </message>
    <message>
        <source>{network} (window closed)</source>
        <translation>{network} (ventana cerrada)</translation>
    </message>
    <message>
        <source>{network} (this conversation)</source>
        <translation>{network} (esta conversación)</translation>
    </message>
    <message>
        <source>{choice} ★ preferred</source>
        <translation>{choice} ★ preferido</translation>
    </message>
    <message>
        <source>Answer on the site, where the review was written</source>
        <translation>Responder en el sitio, donde se escribió la reseña</translation>
    </message>
    <message>
        <source>Answer in the conversation, where the customer wrote</source>
        <translation>Responder en la conversación, donde escribió el cliente</translation>
    </message>
    <message>
        <source>Follow up with {who} on {network}: a new message, not in this thread</source>
        <translation>Hacer un seguimiento con {who} en {network}: un mensaje nuevo, fuera de este hilo</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Reply on {network}</source>
        <translation>Responder en {network}</translation>
    </message>
    <message>
        <source>Follow up via</source>
        <translation>Seguimiento por</translation>
    </message>
    <message>
        <source>Queue follow-up</source>
        <translation>Poner el seguimiento en cola</translation>
    </message>
    <message>
        <source>Write a follow-up…</source>
        <translation>Escriba un seguimiento…</translation>
    </message>
    <message>
        <source>Answer on {network}</source>
        <translation>Responder en {network}</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here. Answer on the site, then mark the review answered: it stops needing a reply and counts as your public reply.</source>
        <translation>{network} no permite responder desde aquí. Responda en el sitio y después marque la reseña como respondida: ya no necesitará respuesta y contará como su respuesta pública.</translation>
    </message>
    <message>
        <source>Answered on the site</source>
        <translation>Respondida en el sitio</translation>
    </message>
    <message>
        <source>Reply #{id}</source>
        <translation>Respuesta n.º {id}</translation>
    </message>
    <message>
        <source>Follow-up #{id} on {network}</source>
        <translation>Seguimiento n.º {id} en {network}</translation>
    </message>
    <message>
        <source>No message is selected</source>
        <translation>No hay ningún mensaje seleccionado</translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation>Poniendo en cola…</translation>
    </message>
    <message>
        <source>Answer on the site</source>
        <translation>Responder en el sitio</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Escriba algo primero</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Demasiado largo para {network}: {over} {unit} por encima del límite</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Rellene primero el campo de plantilla {fields}</translation>
    </message>
    <message>
        <source>More than 24 hours since the customer wrote: {network} takes only a reply written by a person, until {days} days have passed.</source>
        <translation>Han pasado más de 24 horas desde que escribió el cliente: {network} solo admite una respuesta escrita por una persona, hasta que pasen {days} días.</translation>
    </message>
    <message>
        <source>A follow-up on {network} is already queued or sent; a new one would be a second.</source>
        <translation>Ya hay un seguimiento en {network} en cola o enviado; uno nuevo sería el segundo.</translation>
    </message>
    <message>
        <source>This message already has a reply queued or sent; a new one would be a second reply.</source>
        <translation>Este mensaje ya tiene una respuesta en cola o enviada; una nueva sería una segunda respuesta.</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one.</source>
        <translation>{network} no admite respuestas a un mensaje privado más de {days} días después del último mensaje del cliente.</translation>
    </message>
    <message>
        <source>Follow up on another channel in “Reply on”: {channels}.</source>
        <translation>Haga un seguimiento en otro canal de «Responder en»: {channels}.</translation>
    </message>
    <message>
        <source>No other channel of this customer is known: wait until they write again.</source>
        <translation>No se conoce ningún otro canal de este cliente: espere a que vuelva a escribir.</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Contado en {unit}, como cuenta la red</translation>
    </message>
    <message>
        <source>Queue it (Ctrl+Enter)</source>
        <translation>Ponerla en cola (Ctrl+Intro)</translation>
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
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>Create an app password in Bluesky under Settings ▸ Privacy and security ▸ App passwords (https://bsky.app/settings/app-passwords). Do not use your main password.</source>
        <translation>Cree una contraseña de aplicación en Bluesky en Ajustes ▸ Privacidad y seguridad ▸ Contraseñas de aplicación (https://bsky.app/settings/app-passwords). No use su contraseña principal.</translation>
    </message>
    <message>
        <source>Server (leave as is for bsky.social)</source>
        <translation>Servidor (déjelo así para bsky.social)</translation>
    </message>
    <message>
        <source>Handle (e.g. yourname.bsky.social)</source>
        <translation>Usuario (p. ej., sunombre.bsky.social)</translation>
    </message>
    <message>
        <source>Demo (sample messages)</source>
        <translation>Demostración (mensajes de ejemplo)</translation>
    </message>
    <message>
        <source>Pretend the network is unreachable</source>
        <translation>Simular que no se puede llegar a la red</translation>
    </message>
    <message>
        <source>E-mail (IMAP/SMTP)</source>
        <translation>Correo (IMAP/SMTP)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of the mailbox, used for IMAP and SMTP. Providers with two-step sign-in (Gmail, Outlook, iCloud, Yahoo) need an app password created in the account&apos;s security settings.</source>
        <translation>La contraseña del buzón, para IMAP y SMTP. Los proveedores con verificación en dos pasos (Gmail, Outlook, iCloud, Yahoo) necesitan una contraseña de aplicación creada en los ajustes de seguridad de la cuenta.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>IMAP server (incoming)</source>
        <translation>Servidor IMAP (entrante)</translation>
    </message>
    <message>
        <source>IMAP port (993 for TLS, 143 for STARTTLS)</source>
        <translation>Puerto IMAP (993 para TLS, 143 para STARTTLS)</translation>
    </message>
    <message>
        <source>SMTP server (outgoing)</source>
        <translation>Servidor SMTP (saliente)</translation>
    </message>
    <message>
        <source>SMTP port (465 for TLS, 587 for STARTTLS)</source>
        <translation>Puerto SMTP (465 para TLS, 587 para STARTTLS)</translation>
    </message>
    <message>
        <source>User name (often the address)</source>
        <translation>Nombre de usuario (a menudo la dirección)</translation>
    </message>
    <message>
        <source>Encryption: tls, starttls or none</source>
        <translation>Cifrado: tls, starttls o none</translation>
    </message>
    <message>
        <source>Sent folder (found automatically)</source>
        <translation>Carpeta de enviados (se encuentra sola)</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Reseñas de Google</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth access token with the scope business.manage.</source>
        <translation>Inicie sesión con el navegador (la app de Google de este equipo: Configuración ▸ Apps) o pegue un token de acceso OAuth con el ámbito business.manage.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>LinkedIn page</source>
        <translation>Página de LinkedIn</translation>
    </message>
    <message>
        <source>Sign in with the browser as an administrator of the page (this computer&apos;s LinkedIn app: Settings ▸ Apps), or paste an access token with the scopes r_organization_social, w_organization_social and rw_organization_admin. The page number (as in linkedin.com/company/12345/admin) is needed only if you administer several pages.</source>
        <translation>Inicie sesión con el navegador como administrador de la página (la app de LinkedIn de este equipo: Configuración ▸ Apps) o pegue un token de acceso con los ámbitos r_organization_social, w_organization_social y rw_organization_admin. El número de página (como en linkedin.com/company/12345/admin) solo hace falta si administra varias páginas.</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Sign in with the browser, or paste an access token: on your server open Preferences ▸ Development ▸ New application, tick the scopes “read” and “write”, submit, open the application and copy “Your access token”.</source>
        <translation>Inicie sesión con el navegador o pegue un token de acceso: en su servidor abra Preferencias ▸ Desarrollo ▸ Nueva aplicación, marque los ámbitos «read» y «write», envíe, abra la aplicación y copie «Tu token de acceso».</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Your Matrix password signs this app in once, as a device of its own; only that device&apos;s access token is kept (in the keychain), never the password. Messages in encrypted rooms cannot be read here.</source>
        <translation>Su contraseña de Matrix inicia sesión de esta aplicación una sola vez, como un dispositivo propio; solo se guarda el token de acceso de ese dispositivo (en el llavero), nunca la contraseña. Los mensajes de salas cifradas no se pueden leer aquí.</translation>
    </message>
    <message>
        <source>Homeserver (e.g. https://matrix.example.org)</source>
        <translation>Servidor base (p. ej., https://matrix.example.org)</translation>
    </message>
    <message>
        <source>User id (e.g. @desk:example.org)</source>
        <translation>ID de usuario (p. ej., @recepcion:example.org)</translation>
    </message>
    <message>
        <source>Accept invitations to direct chats (yes/no)</source>
        <translation>Aceptar invitaciones a chats directos (yes/no)</translation>
    </message>
    <message>
        <source>Page name or id</source>
        <translation>Nombre o ID de la página</translation>
    </message>
    <message>
        <source>Facebook Page</source>
        <translation>Página de Facebook</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Page, with the permissions pages_show_list, pages_messaging, pages_read_engagement and pages_manage_engagement.</source>
        <translation>Inicie sesión con el navegador (la app de Meta de este equipo: Configuración ▸ Apps) o pegue un token de acceso de usuario de una persona que gestione la página, con los permisos pages_show_list, pages_messaging, pages_read_engagement y pages_manage_engagement.</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Meta app: Settings ▸ Apps), or paste a user access token of a person who manages the Facebook Page linked to the Instagram professional account, with the permissions instagram_basic, instagram_manage_messages and instagram_manage_comments.</source>
        <translation>Inicie sesión con el navegador (la app de Meta de este equipo: Configuración ▸ Apps) o pegue un token de acceso de usuario de una persona que gestione la página de Facebook vinculada a la cuenta profesional de Instagram, con los permisos instagram_basic, instagram_manage_messages e instagram_manage_comments.</translation>
    </message>
    <message>
        <source>Meta lets your app read and answer a Page&apos;s messages and comments only after App Review of its permissions (and a verified business).</source>
        <translation>Meta solo deja que su app lea y responda los mensajes y comentarios de una página tras la revisión (App Review) de sus permisos (y con un negocio verificado).</translation>
    </message>
    <message>
        <source>X&apos;s API is paid: buy credits for your app in X&apos;s Developer Console before connecting (each post read and reply is charged).</source>
        <translation>La API de X es de pago: compre créditos para su app en la Developer Console de X antes de conectar (cada publicación leída y cada respuesta se cobran).</translation>
    </message>
    <message>
        <source>Google opens the Business Profile APIs to a project only after you request access and Google approves it.</source>
        <translation>Google solo abre las API de Business Profile a un proyecto después de que usted solicite acceso y Google lo apruebe.</translation>
    </message>
    <message>
        <source>Enable the YouTube Data API in your Google Cloud project (10,000 quota units a day); until Google has verified your app, its sign-ins expire after 7 days.</source>
        <translation>Active la YouTube Data API en su proyecto de Google Cloud (10.000 unidades de cuota al día); hasta que Google verifique su app, sus inicios de sesión caducan a los 7 días.</translation>
    </message>
    <message>
        <source>LinkedIn grants the Community Management API, needed to read and answer a Page&apos;s comments, only to apps it has reviewed and approved.</source>
        <translation>LinkedIn solo concede la Community Management API, necesaria para leer y responder los comentarios de una página, a las apps que ha revisado y aprobado.</translation>
    </message>
    <message>
        <source>Telegram bot</source>
        <translation>Bot de Telegram</translation>
    </message>
    <message>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <source>In Telegram, open a chat with @BotFather, send /newbot (or /mybots for a bot you have) and copy the token it gives (it looks like 123456789:AAE…); customers then write to the bot. To answer the chats of your own Telegram Business account too, connect the bot there: Settings ▸ Telegram Business ▸ Chatbots, add the bot and allow it to reply.</source>
        <translation>En Telegram, abra un chat con @BotFather, envíe /newbot (o /mybots para un bot que ya tenga) y copie el token que le da (se parece a 123456789:AAE…); los clientes escriben entonces al bot. Para responder también los chats de su propia cuenta de Telegram Business, conecte allí el bot: Ajustes ▸ Telegram Business ▸ Chatbots, añada el bot y permítale responder.</translation>
    </message>
    <message>
        <source>Bot API server</source>
        <translation>Servidor de la Bot API</translation>
    </message>
    <message>
        <source>WordPress comments</source>
        <translation>Comentarios de WordPress</translation>
    </message>
    <message>
        <source>Application password</source>
        <translation>Contraseña de aplicación</translation>
    </message>
    <message>
        <source>In your site&apos;s dashboard open Users ▸ Profile, scroll to “Application Passwords”, type a name (e.g. Social Inbox), press “Add New Application Password” and copy it (WordPress 5.6 or newer). The user must be an Editor or Administrator. The site must use https:// unless it runs on this computer.</source>
        <translation>En el escritorio de su sitio abra Usuarios ▸ Perfil, baje hasta «Contraseñas de aplicación», escriba un nombre (p. ej., Social Inbox), pulse «Añadir nueva contraseña de aplicación» y cópiela (WordPress 5.6 o posterior). El usuario debe ser Editor o Administrador. El sitio debe usar https:// salvo que funcione en este equipo.</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Dirección del sitio</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s X app: Settings ▸ Apps), or paste an OAuth 2.0 user access token with the scopes tweet.read, tweet.write and users.read.</source>
        <translation>Inicie sesión con el navegador (la app de X de este equipo: Configuración ▸ Apps) o pegue un token de acceso de usuario OAuth 2.0 con los ámbitos tweet.read, tweet.write y users.read.</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Sign in with the browser (this computer&apos;s Google app: Settings ▸ Apps), or paste an OAuth 2.0 access token with the scope youtube.force-ssl.</source>
        <translation>Inicie sesión con el navegador (la app de Google de este equipo: Configuración ▸ Apps) o pegue un token de acceso OAuth 2.0 con el ámbito youtube.force-ssl.</translation>
    </message>
    <message>
        <source>Daily quota (units)</source>
        <translation>Cuota diaria (unidades)</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>VIP: important; their messages come first</source>
        <translation>VIP: importante; sus mensajes van primero</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Todavía no se ha preguntado</translation>
    </message>
    <message>
        <source>Topics they want to hear about</source>
        <translation>Temas sobre los que quiere saber</translation>
    </message>
    <message>
        <source>e.g. events, seasonal menu (commas between)</source>
        <translation>p. ej., eventos, menú de temporada (separados por comas)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>e.g. regular, allergy (commas between)</source>
        <translation>p. ej., habitual, alergia (separadas por comas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Preferred channel:</source>
        <translation>Canal &amp;preferido:</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Temas:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about.</source>
        <translation>Pregúntele cómo quiere que le contacten y sobre qué quiere saber.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stay(s)</source>
        <translation>
            <numerusform>%Ln estancia</numerusform>
            <numerusform>%Ln estancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unread</source>
        <translation>
            <numerusform>%Ln sin leer</numerusform>
            <numerusform>%Ln sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for a reply</source>
        <translation>
            <numerusform>%Ln espera respuesta</numerusform>
            <numerusform>%Ln esperan respuesta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsLabel</name>
    <message>
        <source>Message counts</source>
        <translation>Número de mensajes</translation>
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
        <translation>Prefiere {network}</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more pinned note(s)</source>
        <translation>
            <numerusform>…y %Ln nota fijada más</numerusform>
            <numerusform>…y %Ln notas fijadas más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Customer card</source>
        <translation>Ficha del cliente</translation>
    </message>
    <message>
        <source>Select a message to see who wrote it.</source>
        <translation>Seleccione un mensaje para ver quién lo escribió.</translation>
    </message>
    <message>
        <source>Show Customer &amp;Card</source>
        <translation>&amp;Mostrar la ficha del cliente</translation>
    </message>
    <message>
        <source>&amp;Go to Customer Card</source>
        <translation>&amp;Ir a la ficha del cliente</translation>
    </message>
    <message>
        <source>Go to the customer card, or hide it (Ctrl+I)</source>
        <translation>Ir a la ficha del cliente u ocultarla (Ctrl+I)</translation>
    </message>
    <message>
        <source>&amp;Note from Message…</source>
        <translation>&amp;Nota desde el mensaje…</translation>
    </message>
    <message>
        <source>Make a note on the customer from this message (N)</source>
        <translation>Crear una nota sobre el cliente a partir de este mensaje (N)</translation>
    </message>
    <message>
        <source>&amp;Log a Call or Visit…</source>
        <translation>Registrar una llamada o &amp;visita…</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Anotar una llamada telefónica o una visita de este cliente (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add Note…</source>
        <translation>&amp;Añadir nota…</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Link Identity…</source>
        <translation>Vincular una identida&amp;d…</translation>
    </message>
    <message>
        <source>&amp;Follow Up…</source>
        <translation>Hacer &amp;seguimiento…</translation>
    </message>
    <message>
        <source>&amp;Edit Details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <source>E&amp;xport Contact…</source>
        <translation>E&amp;xportar contacto…</translation>
    </message>
    <message>
        <source>E&amp;rase Contact…</source>
        <translation>&amp;Borrar contacto…</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Card status</source>
        <translation>Estado de la ficha</translation>
    </message>
    <message>
        <source>Customer details and timeline</source>
        <translation>Datos y cronología del cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Name, tags, VIP, preferred channel and topics</source>
        <translation>Nombre, etiquetas, VIP, canal preferido y temas</translation>
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
        <translation>Marcar como VIP: importante; sus mensajes van primero</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More customer actions</source>
        <translation>Más acciones del cliente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>Preferred channel and topics</source>
        <translation>Canal preferido y temas</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Hacer seguimiento…</translation>
    </message>
    <message>
        <source>A date to get back to them (“call back Friday”)</source>
        <translation>Una fecha para volver a contactar («llamar el viernes»)</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>Link identity…</source>
        <translation>Vincular identidad…</translation>
    </message>
    <message>
        <source>Add a handle, e-mail address or phone number by hand</source>
        <translation>Añadir a mano un usuario, una dirección de correo o un número de teléfono</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Estancias</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Llamada o visita…</translation>
    </message>
    <message>
        <source>This message belongs to no customer.</source>
        <translation>Este mensaje no pertenece a ningún cliente.</translation>
    </message>
    <message>
        <source>This customer was erased.</source>
        <translation>Este cliente se ha borrado.</translation>
    </message>
    <message>
        <source>Prefers {network}</source>
        <translation>Prefiere {network}</translation>
    </message>
    <message>
        <source>Wants to hear about: {topics}</source>
        <translation>Quiere saber sobre: {topics}</translation>
    </message>
    <message>
        <source>Ask them how they want to be contacted, and what they want to hear about (Edit… keeps the answer).</source>
        <translation>Pregúntele cómo quiere que le contacten y sobre qué quiere saber (Editar… guarda la respuesta).</translation>
    </message>
    <message>
        <source>Follow up: {when}</source>
        <translation>Seguimiento: {when}</translation>
    </message>
    <message>
        <source>No follow-up set.</source>
        <translation>Sin seguimiento fijado.</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>Habitación {room}</translation>
    </message>
    <message>
        <source>Merged in: {name} ({day})</source>
        <translation>Fusionado: {name} ({day})</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer fusión</translation>
    </message>
    <message>
        <source>Undo the merge with {name}</source>
        <translation>Deshacer la fusión con {name}</translation>
    </message>
    <message numerus="yes">
        <source>Every message · %Ln</source>
        <translation>
            <numerusform>Mensajes · %Ln</numerusform>
            <numerusform>Mensajes · %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest %Ln messages</source>
        <translation>
            <numerusform>El mensaje más reciente (%Ln)</numerusform>
            <numerusform>Los %Ln mensajes más recientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Where the data is now</source>
        <translation>Dónde están los datos ahora</translation>
    </message>
    <message>
        <source>This window was started with --database-url, which is used instead of the choice below.</source>
        <translation>Esta ventana se abrió con --database-url, que se usa en lugar de la opción de abajo.</translation>
    </message>
    <message>
        <source>Where to keep it</source>
        <translation>Dónde guardarlos</translation>
    </message>
    <message>
        <source>On this &amp;computer (SQLite)</source>
        <translation>En este &amp;equipo (SQLite)</translation>
    </message>
    <message>
        <source>Shared &amp;server (PostgreSQL)</source>
        <translation>&amp;Servidor compartido (PostgreSQL)</translation>
    </message>
    <message>
        <source>db.example.org, or paste a postgresql:// address</source>
        <translation>db.example.org, o pegue una dirección postgresql://</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain. Moving to another database leaves the one in use now as it is.</source>
        <translation>La contraseña se guarda en el llavero de este equipo. Pasar a otra base de datos deja la actual tal como está.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>Usar esta base de &amp;datos</translation>
    </message>
    <message>
        <source>On this computer, in the file {path}</source>
        <translation>En este equipo, en el archivo {path}</translation>
    </message>
    <message>
        <source>On the server {host}, port {port}: database {database}, user {user}</source>
        <translation>En el servidor {host}, puerto {port}: base de datos {database}, usuario {user}</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>The database on the server is empty.</source>
        <translation>La base de datos del servidor está vacía.</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s data into it (checked row by row; the data here stays as it is), or start with an empty database?</source>
        <translation>¿Copiar en ella los datos de este equipo (comprobados fila por fila; los datos de aquí quedan tal como están) o empezar con una base de datos vacía?</translation>
    </message>
    <message>
        <source>&amp;Copy this computer&apos;s data</source>
        <translation>&amp;Copiar los datos de este equipo</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Empezar &amp;vacía</translation>
    </message>
    <message>
        <source>Copying this computer&apos;s data…</source>
        <translation>Copiando los datos de este equipo…</translation>
    </message>
    <message>
        <source>{app} uses the new database from its next start.</source>
        <translation>{app} usará la nueva base de datos a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep the password in: set one up (or allow the unencrypted one), or use ~/.pgpass.</source>
        <translation>Este equipo no tiene llavero donde guardar la contraseña: configure uno (o permita el no cifrado) o use ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>DatabaseStatus</name>
    <message>
        <source>Database connection</source>
        <translation>Conexión con la base de datos</translation>
    </message>
    <message>
        <source>Database connection lost: retrying…</source>
        <translation>Se perdió la conexión con la base de datos: reintentando…</translation>
    </message>
    <message>
        <source>What you write is kept and saved when the connection returns; other desks&apos; changes show again then.</source>
        <translation>Lo que escribe se conserva y se guarda cuando vuelva la conexión; entonces volverán a verse los cambios de los otros puestos.</translation>
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
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Demo data: sample messages, nothing is saved</source>
        <translation>Datos de demostración: mensajes de ejemplo, no se guarda nada</translation>
    </message>
    <message>
        <source>Sample messages in a throwaway database; nothing is saved.</source>
        <translation>Mensajes de ejemplo en una base de datos desechable; no se guarda nada.</translation>
    </message>
</context>
<context>
    <name>DeskPropertyRows</name>
    <message>
        <source>Properties</source>
        <translation>Establecimientos</translation>
    </message>
    <message>
        <source>A property&apos;s name, e.g. Nashville</source>
        <translation>Nombre de un establecimiento, p. ej. Nashville</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Rena&amp;me</source>
        <translation>Ca&amp;mbiar nombre</translation>
    </message>
    <message>
        <source>This desk&apos;s &amp;property:</source>
        <translation>&amp;Establecimiento de este puesto:</translation>
    </message>
    <message>
        <source>Given on the command line (--property {name}).</source>
        <translation>Indicado en la línea de órdenes (--property {name}).</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Establecimientos:</translation>
    </message>
    <message>
        <source>None (every property)</source>
        <translation>Ninguno (todos los establecimientos)</translation>
    </message>
</context>
<context>
    <name>DesktopPage</name>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so closing the window quits the app. Notifications appear inside the window.</source>
        <translation>Su escritorio no tiene bandeja del sistema: al cerrar la ventana se sale de la aplicación. Las notificaciones aparecen dentro de la ventana.</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
</context>
<context>
    <name>Erase</name>
    <message>
        <source>This erases “{name}” and everything the app holds about them:</source>
        <translation>Esto borra «{name}» y todo lo que la aplicación guarda sobre esa persona:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in and out</source>
        <translation>
            <numerusform>%n mensaje recibido o enviado</numerusform>
            <numerusform>%n mensajes recibidos y enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n estancia</numerusform>
            <numerusform>%n estancias</numerusform>
        </translation>
    </message>
    <message>
        <source>their reminders, queued replies and search entries</source>
        <translation>sus recordatorios, respuestas en cola y entradas de búsqueda</translation>
    </message>
    <message>
        <source>This cannot be undone. Export the contact first to keep a copy.</source>
        <translation>No se puede deshacer. Exporte primero el contacto para conservar una copia.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase {name}?</source>
        <translation>¿Borrar a {name}?</translation>
    </message>
    <message>
        <source>Erase this customer for good?</source>
        <translation>¿Borrar este cliente para siempre?</translation>
    </message>
    <message>
        <source>What will be erased</source>
        <translation>Qué se borrará</translation>
    </message>
    <message>
        <source>Type the customer’s name to confirm:</source>
        <translation>Escriba el nombre del cliente para confirmar:</translation>
    </message>
    <message>
        <source>Customer’s name, to confirm</source>
        <translation>Nombre del cliente, para confirmar</translation>
    </message>
    <message>
        <source>Erase everything</source>
        <translation>Borrarlo todo</translation>
    </message>
</context>
<context>
    <name>EscalationDesk</name>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>Hand the message to a colleague, with the reason (Shift+E)</source>
        <translation>Pasar el mensaje a un compañero, con el motivo (Mayús+E)</translation>
    </message>
    <message>
        <source>escalate the message to a colleague</source>
        <translation>escalar el mensaje a un compañero</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Asignar…</translation>
    </message>
    <message>
        <source>Assign the message to a colleague or to yourself (Shift+A)</source>
        <translation>Asignar el mensaje a un compañero o a usted (Mayús+A)</translation>
    </message>
    <message>
        <source>assign the message to someone</source>
        <translation>asignar el mensaje a alguien</translation>
    </message>
    <message>
        <source>&amp;Resolve Escalation…</source>
        <translation>&amp;Resolver escalado…</translation>
    </message>
    <message>
        <source>Settle the message&apos;s escalation and say what came of it (Shift+R)</source>
        <translation>Cerrar el escalado del mensaje e indicar el resultado (Mayús+R)</translation>
    </message>
    <message>
        <source>resolve the message&apos;s escalation</source>
        <translation>resolver el escalado del mensaje</translation>
    </message>
    <message>
        <source>It is escalated to {name} now: escalating it again hands it on.</source>
        <translation>Ahora está escalado a {name}: escalarlo de nuevo lo traspasa.</translation>
    </message>
    <message>
        <source>The person you choose is told on their desk; it shows under Escalated.</source>
        <translation>Se avisa a la persona elegida en su puesto; aparece en Escalados.</translation>
    </message>
    <message>
        <source>Escalate message</source>
        <translation>Escalar mensaje</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Assign message</source>
        <translation>Asignar mensaje</translation>
    </message>
    <message>
        <source>The message shows in Mine for the person you choose.</source>
        <translation>El mensaje aparece en Míos para la persona elegida.</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Resolve escalation</source>
        <translation>Resolver escalado</translation>
    </message>
    <message>
        <source>Escalated to {name}. What came of it? It stays in the history.</source>
        <translation>Escalado a {name}. ¿Cuál fue el resultado? Queda en el historial.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
</context>
<context>
    <name>EscalationHistory</name>
    <message>
        <source>Escalation history</source>
        <translation>Historial de escalados</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Asignado a {name}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved by {name}, {time}: {outcome}</source>
        <translation>Resuelto por {name}, {time}: {outcome}</translation>
    </message>
    <message>
        <source>{by} escalated it to {to}, {time}</source>
        <translation>{by} lo escaló a {to}, {time}</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with {name}</source>
        <translation>Hacer seguimiento con {name}</translation>
    </message>
    <message>
        <source>Follow-up date and time</source>
        <translation>Fecha y hora del seguimiento</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semana que viene</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. call back about the wedding booking</source>
        <translation>p. ej., llamar por la reserva de la boda</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>Set follow-up</source>
        <translation>Fijar seguimiento</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>FrontDesk</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <source>&amp;Find Customer…</source>
        <translation>&amp;Buscar cliente…</translation>
    </message>
    <message>
        <source>Find a customer by a few letters of name, handle, e-mail, phone or room</source>
        <translation>Buscar un cliente con unas letras del nombre, usuario, correo, teléfono o habitación</translation>
    </message>
    <message>
        <source>find a customer (name, handle, e-mail, phone or room)</source>
        <translation>buscar un cliente (nombre, usuario, correo, teléfono o habitación)</translation>
    </message>
    <message>
        <source>&amp;Import Arrivals…</source>
        <translation>&amp;Importar llegadas…</translation>
    </message>
    <message>
        <source>Import the day&apos;s arrivals from your property-management system (CSV)</source>
        <translation>Importar las llegadas del día desde su sistema de gestión hotelera (CSV)</translation>
    </message>
    <message>
        <source>Snoozed until {time}.</source>
        <translation>Pospuesto hasta {time}.</translation>
    </message>
    <message>
        <source>Guest linked (merge {id}; undo with “contacts undo-merge {id}”).</source>
        <translation>Huésped vinculado (fusión {id}; se deshace con «contacts undo-merge {id}»).</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used when {app} next starts.</source>
        <translation>Un idioma nuevo se usa la próxima vez que se inicie {app}.</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Base de datos…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Dónde se guardan los datos: en este equipo o en un servidor compartido</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Relevo</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Relevo de turno</translation>
    </message>
    <message>
        <source>What the digest covers</source>
        <translation>Qué abarca el resumen</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <source>This shift (last %n hour(s))</source>
        <translation>
            <numerusform>Este turno (última %n hora)</numerusform>
            <numerusform>Este turno (últimas %n horas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Última %n hora</numerusform>
            <numerusform>Últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a line (or press Enter) to open it; this window stays open.</source>
        <translation>Haga clic en una línea (o pulse Intro) para abrirla; esta ventana sigue abierta.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Read the digest again (Ctrl+R)</source>
        <translation>Volver a leer el resumen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Handover: {since} to {until}</source>
        <translation>Relevo: de {since} a {until}</translation>
    </message>
    <message>
        <source>Handover at {place}: {since} to {until}</source>
        <translation>Relevo en {place}: de {since} a {until}</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <source>Waiting past their target</source>
        <translation>Esperando más allá del objetivo</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Reminders due</source>
        <translation>Recordatorios pendientes</translation>
    </message>
    <message>
        <source>Returning guests arriving</source>
        <translation>Clientes habituales que llegan</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more: show the list</source>
        <translation>
            <numerusform>… y %Ln más: mostrar la lista</numerusform>
            <numerusform>… y %Ln más: mostrar la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} on {network} since {time}: {count} (usual {usual})</source>
        <translation>{kind} en {network} desde {time}: {count} (lo habitual: {usual})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>waiting {age} (target {target})</source>
        <translation>esperando {age} (objetivo {target})</translation>
    </message>
    <message>
        <source>To {to} (by {by}){reason} — {who}: {preview}</source>
        <translation>Para {to} (de {by}){reason} — {who}: {preview}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, habitación {room}</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Negative messages</source>
        <translation>Mensajes negativos</translation>
    </message>
</context>
<context>
    <name>HandoverView</name>
    <message>
        <source>&amp;Handover…</source>
        <translation>&amp;Relevo…</translation>
    </message>
    <message>
        <source>What the next shift must know: new and waiting messages, escalations, reminders, arriving guests, alerts</source>
        <translation>Lo que el siguiente turno debe saber: mensajes nuevos y en espera, escalados, recordatorios, huéspedes que llegan, alertas</translation>
    </message>
    <message>
        <source>the shift handover</source>
        <translation>el relevo de turno</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys that work in {app}:</source>
        <translation>Teclas que funcionan en {app}:</translation>
    </message>
    <message>
        <source>About Social Inbox</source>
        <translation>Acerca de Social Inbox</translation>
    </message>
    <message>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <source>One inbox for every channel your customers write on.
Local first: your messages stay on this computer.</source>
        <translation>Una bandeja de entrada para todos los canales en los que escriben sus clientes.
Primero en local: sus mensajes se quedan en este equipo.</translation>
    </message>
</context>
<context>
    <name>IdentityRow</name>
    <message>
        <source>No identity yet: link one to find their messages.</source>
        <translation>Todavía no hay identidad: vincule una para encontrar sus mensajes.</translation>
    </message>
    <message>
        <source>last seen {ago}</source>
        <translation>visto por última vez {ago}</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>todavía no visto</translation>
    </message>
    <message>
        <source>Split out</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Split out {network} {handle}</source>
        <translation>Separar {network} {handle}</translation>
    </message>
    <message>
        <source>Move this identity and its messages to a customer of its own</source>
        <translation>Mover esta identidad y sus mensajes a un cliente propio</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>↑ ↓ or j k</source>
        <translation>↑ ↓ o j k</translation>
    </message>
    <message>
        <source>move through the list</source>
        <translation>moverse por la lista</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>read the message in the reading pane</source>
        <translation>leer el mensaje en el panel de lectura</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>volver a la lista</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark the selected messages read or unread (U or Ctrl+U)</source>
        <translation>Marcar los mensajes seleccionados como leídos o no leídos (U o Ctrl+U)</translation>
    </message>
    <message>
        <source>mark read or unread</source>
        <translation>marcar como leído o no leído</translation>
    </message>
    <message>
        <source>Mark as &amp;Done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>Mark the selected messages done (E, D or Ctrl+D)</source>
        <translation>Marcar los mensajes seleccionados como hechos (E, D o Ctrl+D)</translation>
    </message>
    <message>
        <source>mark done</source>
        <translation>marcar como hecho</translation>
    </message>
    <message>
        <source>&amp;Open Original</source>
        <translation>Abrir el &amp;original</translation>
    </message>
    <message>
        <source>Open the message on its network, in your browser (Ctrl+O)</source>
        <translation>Abrir el mensaje en su red, en el navegador (Ctrl+O)</translation>
    </message>
    <message>
        <source>open the original in your browser</source>
        <translation>abrir el original en el navegador</translation>
    </message>
    <message>
        <source>Mark &amp;Answered on the Site</source>
        <translation>Marcar como respondida en el &amp;sitio</translation>
    </message>
    <message>
        <source>A review on a site without replies from here (Yelp, Tripadvisor, Booking.com) was answered on the site (Ctrl+Shift+D)</source>
        <translation>Una reseña en un sitio que no admite respuestas desde aquí (Yelp, Tripadvisor, Booking.com) se respondió en el sitio (Ctrl+Mayús+D)</translation>
    </message>
    <message>
        <source>mark a review answered on its site</source>
        <translation>marcar una reseña como respondida en su sitio</translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation>&amp;Buscar mensajes</translation>
    </message>
    <message>
        <source>search (Escape clears)</source>
        <translation>buscar (Esc borra)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <source>queue the reply (in the reply box)</source>
        <translation>poner la respuesta en cola (en el cuadro de respuesta)</translation>
    </message>
    <message>
        <source>Most &amp;Urgent First</source>
        <translation>Lo más &amp;urgente primero</translation>
    </message>
    <message>
        <source>Messages waiting for a reply first, ranked: VIP customers, negative tone, escalated, then the longest wait (Ctrl+Shift+R)</source>
        <translation>Primero los mensajes que esperan respuesta, ordenados: clientes VIP, tono negativo, escalados y después la espera más larga (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>most urgent first / newest first</source>
        <translation>lo más urgente primero / lo más reciente primero</translation>
    </message>
    <message>
        <source>List title</source>
        <translation>Título de la lista</translation>
    </message>
    <message>
        <source>List size</source>
        <translation>Tamaño de la lista</translation>
    </message>
    <message>
        <source>Message list and reading pane</source>
        <translation>Lista de mensajes y panel de lectura</translation>
    </message>
    <message>
        <source>Results for “{query}”</source>
        <translation>Resultados de «{query}»</translation>
    </message>
    <message>
        <source>{count} in {list}</source>
        <translation>{count} en {list}</translation>
    </message>
    <message>
        <source>{count} · most urgent first</source>
        <translation>{count} · lo más urgente primero</translation>
    </message>
    <message>
        <source>No messages match “{query}”.

Try fewer or other words.</source>
        <translation>Ningún mensaje coincide con «{query}».

Pruebe con menos palabras o con otras.</translation>
    </message>
    <message>
        <source>Fetching the demo messages…</source>
        <translation>Obteniendo los mensajes de demostración…</translation>
    </message>
    <message>
        <source>No messages from {network} yet.</source>
        <translation>Todavía no hay mensajes de {network}.</translation>
    </message>
    <message>
        <source>No unread messages.
You are all caught up.</source>
        <translation>No hay mensajes sin leer.
Está al día.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a reply.</source>
        <translation>Nada espera respuesta.</translation>
    </message>
    <message>
        <source>No open escalations.

Escalate a message to a colleague with Message ▸ Escalate… (Shift+E).</source>
        <translation>No hay escalados abiertos.

Escale un mensaje a un compañero con Mensaje ▸ Escalar… (Mayús+E).</translation>
    </message>
    <message>
        <source>Nothing is assigned to you.</source>
        <translation>No tiene nada asignado.</translation>
    </message>
    <message>
        <source>Fetching messages…</source>
        <translation>Obteniendo mensajes…</translation>
    </message>
    <message>
        <source>No account is connected yet.

Connect one with File ▸ Accounts… (Ctrl+Shift+A),
or from the command line: socialinbox accounts add

or try the app with sample messages: socialinbox --demo</source>
        <translation>Todavía no hay ninguna cuenta conectada.

Conecte una con Archivo ▸ Cuentas… (Ctrl+Mayús+A),
o desde la línea de órdenes: socialinbox accounts add

o pruebe la aplicación con mensajes de ejemplo: socialinbox --demo</translation>
    </message>
    <message>
        <source>Your inbox is empty.

New messages appear here as they arrive.</source>
        <translation>Su bandeja de entrada está vacía.

Los mensajes nuevos aparecen aquí en cuanto llegan.</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leído</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Mark as Not &amp;Done</source>
        <translation>Marcar como no &amp;hecho</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Marked answered on the site.</source>
        <translation>Marcada como respondida en el sitio.</translation>
    </message>
    <message>
        <source>Refused to open the link: only web addresses (http, https) are opened.</source>
        <translation>No se abrió el enlace: solo se abren direcciones web (http, https).</translation>
    </message>
    <message>
        <source>No web browser could open the link.</source>
        <translation>Ningún navegador web pudo abrir el enlace.</translation>
    </message>
    <message>
        <source>Reply queued; sending it now.</source>
        <translation>Respuesta en cola; se envía ahora.</translation>
    </message>
    <message>
        <source>Reply stored; it waits for another person&apos;s review.</source>
        <translation>Respuesta guardada; espera la revisión de otra persona.</translation>
    </message>
</context>
<context>
    <name>InsightsController</name>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>Where the business stands on the six response levels (Ctrl+Shift+I)</source>
        <translation>Dónde está el negocio en los seis niveles de respuesta (Ctrl+Mayús+I)</translation>
    </message>
    <message>
        <source>open Insights: response levels and times</source>
        <translation>abrir Estadísticas: niveles y tiempos de respuesta</translation>
    </message>
    <message>
        <source>&amp;Export Insights…</source>
        <translation>E&amp;xportar estadísticas…</translation>
    </message>
    <message>
        <source>Save the Insights page as CSV or as a PNG image</source>
        <translation>Guardar la página Estadísticas como CSV o como imagen PNG</translation>
    </message>
    <message>
        <source>export Insights (CSV or PNG)</source>
        <translation>exportar estadísticas (CSV o PNG)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>The levels are still being read.</source>
        <translation>Los niveles todavía se están leyendo.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Insights</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Could not export: {error}</source>
        <translation>No se pudo exportar: {error}</translation>
    </message>
    <message>
        <source>Insights saved to {path}</source>
        <translation>Estadísticas guardadas en {path}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Where the business stands</source>
        <translation>Dónde está el negocio</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Mediana de la primera respuesta</translation>
    </message>
    <message>
        <source>90% answered within</source>
        <translation>90 % respondidos en menos de</translation>
    </message>
    <message>
        <source>Answered within an hour, in business hours</source>
        <translation>Respondidos en menos de una hora, en horario comercial</translation>
    </message>
    <message>
        <source>Answered within an hour, out of hours</source>
        <translation>Respondidos en menos de una hora, fuera de horario</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Última %n semana</numerusform>
            <numerusform>Últimas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Reading the levels…</source>
        <translation>Leyendo los niveles…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n answered message(s)</source>
        <translation>
            <numerusform>de %n mensaje respondido</numerusform>
            <numerusform>de %n mensajes respondidos</numerusform>
        </translation>
    </message>
    <message>
        <source>no answers yet</source>
        <translation>todavía sin respuestas</translation>
    </message>
    <message>
        <source>no messages</source>
        <translation>sin mensajes</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{answered} of {messages}</source>
        <translation>{answered} de {messages}</translation>
    </message>
    <message>
        <source>The levels are still being read</source>
        <translation>Los niveles todavía se están leyendo</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>No se pudo escribir {path}</translation>
    </message>
    <message>
        <source>Mostly level 0: customers get no answer; answer within a day to reach level 2</source>
        <translation>Sobre todo nivel 0: los clientes no reciben respuesta; responda en el día para llegar al nivel 2</translation>
    </message>
    <message>
        <source>Mostly level 1: answers come days later; answer within 24 hours to reach level 2</source>
        <translation>Sobre todo nivel 1: las respuestas llegan días después; responda en 24 horas para llegar al nivel 2</translation>
    </message>
    <message>
        <source>Mostly level 2: answers come within hours; answer within the hour to reach level 3</source>
        <translation>Sobre todo nivel 2: las respuestas llegan en horas; responda en la hora para llegar al nivel 3</translation>
    </message>
    <message>
        <source>Mostly level 3: answers come within the hour; follow up with a private message or a call to reach level 4</source>
        <translation>Sobre todo nivel 3: las respuestas llegan en la hora; haga un seguimiento con un mensaje privado o una llamada para llegar al nivel 4</translation>
    </message>
    <message>
        <source>Mostly level 4: quick answers followed by a private message or a call; follow up by e-mail to reach level 5</source>
        <translation>Sobre todo nivel 4: respuestas rápidas seguidas de un mensaje privado o una llamada; haga un seguimiento por correo para llegar al nivel 5</translation>
    </message>
    <message>
        <source>Mostly level 5: quick answers followed by an e-mail; welcome them in person to reach level 6</source>
        <translation>Sobre todo nivel 5: respuestas rápidas seguidas de un correo; recíbalos en persona para llegar al nivel 6</translation>
    </message>
    <message>
        <source>Mostly level 6: quick answers followed by service in person, the top of the scale</source>
        <translation>Sobre todo nivel 6: respuestas rápidas seguidas de atención en persona, lo más alto de la escala</translation>
    </message>
    <message>
        <source>Every message is still waiting for its first answer: answer within the hour to reach level 3</source>
        <translation>Todos los mensajes esperan aún su primera respuesta: responda en la hora para llegar al nivel 3</translation>
    </message>
    <message>
        <source>No messages from customers in this period yet</source>
        <translation>Todavía no hay mensajes de clientes en este periodo</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>0 · no answer</source>
        <translation>0 · sin respuesta</translation>
    </message>
    <message>
        <source>1 · days later</source>
        <translation>1 · días después</translation>
    </message>
    <message>
        <source>2 · within a day</source>
        <translation>2 · en el día</translation>
    </message>
    <message>
        <source>3 · within the hour</source>
        <translation>3 · en la hora</translation>
    </message>
    <message>
        <source>4 · + private message or call</source>
        <translation>4 · + mensaje privado o llamada</translation>
    </message>
    <message>
        <source>5 · + e-mail</source>
        <translation>5 · + correo</translation>
    </message>
    <message>
        <source>6 · + in person</source>
        <translation>6 · + en persona</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>Response levels per week</source>
        <translation>Niveles de respuesta por semana</translation>
    </message>
    <message>
        <source>{messages} over {weeks}</source>
        <translation>{messages} en {weeks}</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>No messages in this period</source>
        <translation>No hay mensajes en este periodo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana que empieza</translation>
    </message>
    <message>
        <source>Week of {week}
{level}: {count} ({share} % of {total})</source>
        <translation>Semana del {week}
{level}: {count} ({share} % de {total})</translation>
    </message>
</context>
<context>
    <name>LinkIdentityDialog</name>
    <message>
        <source>Link an identity to {name}</source>
        <translation>Vincular una identidad a {name}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Handle, e-mail address or phone number</source>
        <translation>Usuario, dirección de correo o número de teléfono</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Messages from this identity will belong to this customer. An identity of another customer cannot be linked: merge them instead.</source>
        <translation>Los mensajes de esta identidad pertenecerán a este cliente. No se puede vincular la identidad de otro cliente: fusiónelos en su lugar.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>+44 20 7946 0958</source>
        <translation>+34 912 345 678</translation>
    </message>
    <message>
        <source>@name or a profile address</source>
        <translation>@nombre o una dirección de perfil</translation>
    </message>
</context>
<context>
    <name>LogConversationDialog</name>
    <message>
        <source>Log a call or visit with {name}</source>
        <translation>Registrar una llamada o visita con {name}</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Date and time of the conversation</source>
        <translation>Fecha y hora de la conversación</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>Why it was not saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>&amp;Qué se dijo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;They came in</source>
        <translation>&amp;Vino en persona</translation>
    </message>
    <message>
        <source>We &amp;spoke to them</source>
        <translation>&amp;Hablamos con él</translation>
    </message>
    <message>
        <source>&amp;They called</source>
        <translation>Él &amp;llamó</translation>
    </message>
    <message>
        <source>We &amp;called them</source>
        <translation>&amp;Lo llamamos</translation>
    </message>
</context>
<context>
    <name>Logged</name>
    <message>
        <source>came in</source>
        <translation>vino en persona</translation>
    </message>
    <message>
        <source>you spoke to them</source>
        <translation>usted habló con él</translation>
    </message>
    <message>
        <source>called</source>
        <translation>llamó</translation>
    </message>
    <message>
        <source>you called them</source>
        <translation>usted lo llamó</translation>
    </message>
    <message>
        <source>logged by {name}</source>
        <translation>registrado por {name}</translation>
    </message>
</context>
<context>
    <name>LongTextView</name>
    <message numerus="yes">
        <source>Show more (%Ln more character(s))</source>
        <translation>
            <numerusform>Mostrar más (%Ln carácter más)</numerusform>
            <numerusform>Mostrar más (%Ln caracteres más)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookupPopup</name>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room</source>
        <translation>Nombre, usuario, correo, teléfono o habitación</translation>
    </message>
    <message>
        <source>Name, handle, e-mail, phone or room…</source>
        <translation>Nombre, usuario, correo, teléfono o habitación…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <source>Type two or three letters. ↑ ↓ to choose, Enter to open, Esc to close.</source>
        <translation>Escriba dos o tres letras. ↑ ↓ para elegir, Intro para abrir, Esc para cerrar.</translation>
    </message>
    <message>
        <source>No pinned notes</source>
        <translation>No hay notas fijadas</translation>
    </message>
    <message>
        <source>Enter opens the customer; Esc closes.</source>
        <translation>Intro abre el cliente; Esc cierra.</translation>
    </message>
    <message>
        <source>No customer matches “{text}”.</source>
        <translation>Ningún cliente coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} — Demo data</source>
        <translation>{app} — Datos de demostración</translation>
    </message>
    <message>
        <source>Text written while the database could not be reached is kept in {path}</source>
        <translation>El texto escrito mientras no se podía llegar a la base de datos se conserva en {path}</translation>
    </message>
    <message>
        <source>make a note on the customer from the message</source>
        <translation>crear una nota sobre el cliente a partir del mensaje</translation>
    </message>
    <message>
        <source>show or hide the customer card</source>
        <translation>mostrar u ocultar la ficha del cliente</translation>
    </message>
    <message>
        <source>log a phone call or a visit with the customer</source>
        <translation>registrar una llamada o una visita del cliente</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Sidebar and content</source>
        <translation>Barra lateral y contenido</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) wait and will be sent when the network can be reached.</source>
        <translation>
            <numerusform>%n respuesta espera y se enviará cuando se pueda llegar a la red.</numerusform>
            <numerusform>%n respuestas esperan y se enviarán cuando se pueda llegar a la red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies are waiting to be sent</source>
        <translation>Hay respuestas esperando a enviarse</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) could not be synced; see the status bar.</source>
        <translation>
            <numerusform>%n cuenta no se pudo sincronizar; vea la barra de estado.</numerusform>
            <numerusform>%n cuentas no se pudieron sincronizar; vea la barra de estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Database connection restored.</source>
        <translation>Conexión con la base de datos restablecida.</translation>
    </message>
    <message>
        <source>Still running in the tray. Choose Quit from its menu to stop.</source>
        <translation>Sigue en la bandeja del sistema. Elija Salir en su menú para cerrarla.</translation>
    </message>
    <message>
        <source>Something went wrong ({name}): {error}</source>
        <translation>Algo ha fallado ({name}): {error}</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard.</source>
        <translation>Diagnóstico copiado al portapapeles.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>In the message list</source>
        <translation>En la lista de mensajes</translation>
    </message>
    <message>
        <source>Lists and search</source>
        <translation>Listas y búsqueda</translation>
    </message>
    <message>
        <source>Replies and customers</source>
        <translation>Respuestas y clientes</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Sincro&amp;nizar ahora</translation>
    </message>
    <message>
        <source>Fetch new messages from every account (F5)</source>
        <translation>Obtener los mensajes nuevos de todas las cuentas (F5)</translation>
    </message>
    <message>
        <source>sync now</source>
        <translation>sincronizar ahora</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>Base de &amp;datos…</translation>
    </message>
    <message>
        <source>Where the data is kept: this computer or a shared server</source>
        <translation>Dónde se guardan los datos: en este equipo o en un servidor compartido</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>&amp;Copiar diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About Social Inbox</source>
        <translation>Acerca &amp;de Social Inbox</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>switch lists</source>
        <translation>cambiar de lista</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The database reports damage</source>
        <translation>La base de datos indica daños</translation>
    </message>
    <message>
        <source>Quit the app and restore the latest backup (see the README). Details: {detail}</source>
        <translation>Salga de la aplicación y restaure la última copia de seguridad (vea el README). Detalles: {detail}</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>La copia de seguridad diaria falló</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>no identities</source>
        <translation>sin identidades</translation>
    </message>
    <message>
        <source>Everything of “{other}” moves to “{keep}”:</source>
        <translation>Todo lo de «{other}» pasa a «{keep}»:</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s)</source>
        <translation>
            <numerusform>%n estancia</numerusform>
            <numerusform>%n estancias</numerusform>
        </translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
    <message>
        <source>“{other}” will no longer be listed. You can undo the merge from {keep}’s card.</source>
        <translation>«{other}» dejará de aparecer. Puede deshacer la fusión desde la ficha de {keep}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with {name}</source>
        <translation>Fusionar con {name}</translation>
    </message>
    <message>
        <source>Which customer is the same person as “{name}”?</source>
        <translation>¿Qué cliente es la misma persona que «{name}»?</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Name, handle, e-mail or phone</source>
        <translation>Nombre, usuario, correo o teléfono</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>What will move</source>
        <translation>Qué se moverá</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>{line} (suggested)</source>
        <translation>{line} (sugerido)</translation>
    </message>
    <message>
        <source>Possibly the same person: {evidence}</source>
        <translation>Posiblemente la misma persona: {evidence}</translation>
    </message>
</context>
<context>
    <name>MergeEvidence</name>
    <message>
        <source>same name: {value}</source>
        <translation>mismo nombre: {value}</translation>
    </message>
    <message>
        <source>same e-mail address: {value}</source>
        <translation>misma dirección de correo: {value}</translation>
    </message>
    <message>
        <source>same phone number: {value}</source>
        <translation>mismo número de teléfono: {value}</translation>
    </message>
    <message>
        <source>same website: {value}</source>
        <translation>mismo sitio web: {value}</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <source>This message was deleted</source>
        <translation>Este mensaje se eliminó</translation>
    </message>
</context>
<context>
    <name>MessageKind</name>
    <message>
        <source>mention</source>
        <translation>mención</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>mensaje directo</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>review</source>
        <translation>reseña</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>{state} message from {author} on {network}, {age}: {text}</source>
        <translation>Mensaje {state} de {author} en {network}, {age}: {text}</translation>
    </message>
</context>
<context>
    <name>NameMatchList</name>
    <message>
        <source>Possible matches to confirm</source>
        <translation>Posibles coincidencias que confirmar</translation>
    </message>
    <message>
        <source>Same person? Confirm to link the guest to the customer</source>
        <translation>¿La misma persona? Confirme para vincular al huésped con el cliente</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>sin historial</translation>
    </message>
    <message>
        <source>{guest} may be {name} ({evidence}; names {score}% alike)</source>
        <translation>{guest} puede ser {name} ({evidence}; nombres parecidos al {score} %)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link {guest} to {name}</source>
        <translation>Vincular {guest} con {name}</translation>
    </message>
    <message>
        <source>Merge the guest record into {name} (can be undone)</source>
        <translation>Fusionar la ficha del huésped con {name} (se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Hotel guest</source>
        <translation>Huésped del hotel</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Edit note on {name}</source>
        <translation>Editar la nota sobre {name}</translation>
    </message>
    <message>
        <source>New note on {name}</source>
        <translation>Nota nueva sobre {name}</translation>
    </message>
    <message>
        <source>Made from a message</source>
        <translation>Creada a partir de un mensaje</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>{name} saved this note while you were editing it. Their version is below; yours is in the editor. Save to replace theirs with yours.</source>
        <translation>{name} guardó esta nota mientras usted la editaba. Su versión está abajo; la de usted, en el editor. Al guardar, la suya sustituye a la de {name}.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>What did you learn about them? e.g. loves the cornbread; prefers e-mail</source>
        <translation>¿Qué ha sabido de él? p. ej., le encanta el pan de maíz; prefiere el correo</translation>
    </message>
    <message>
        <source>&amp;Pin: show it first, and above every reply</source>
        <translation>&amp;Fijar: mostrarla primero y encima de cada respuesta</translation>
    </message>
    <message>
        <source>&amp;Sensitive: hidden until someone clicks Reveal</source>
        <translation>&amp;Confidencial: oculta hasta que alguien pulse Mostrar</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Sensitive note — hidden</source>
        <translation>Nota confidencial — oculta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note actions</source>
        <translation>Acciones de la nota</translation>
    </message>
    <message>
        <source>Edit, pin, mark sensitive or delete</source>
        <translation>Editar, fijar, marcar como confidencial o borrar</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Desfijar</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Fijar</translation>
    </message>
    <message>
        <source>Not &amp;sensitive</source>
        <translation>No &amp;confidencial</translation>
    </message>
    <message>
        <source>Mark &amp;sensitive</source>
        <translation>Marcar como &amp;confidencial</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the sensitive note</source>
        <translation>Ocultar la nota confidencial</translation>
    </message>
    <message>
        <source>Reveal the note</source>
        <translation>Mostrar la nota</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrita por</translation>
    </message>
    <message>
        <source>From a message no longer stored</source>
        <translation>De un mensaje que ya no se conserva</translation>
    </message>
</context>
<context>
    <name>NoteSource</name>
    <message>
        <source>From their post on {network} of {day}</source>
        <translation>De su publicación en {network} del {day}</translation>
    </message>
    <message>
        <source>From their comment on {network} of {day}</source>
        <translation>De su comentario en {network} del {day}</translation>
    </message>
    <message>
        <source>From their review on {network} of {day}</source>
        <translation>De su reseña en {network} del {day}</translation>
    </message>
    <message>
        <source>From their message on {network} of {day}</source>
        <translation>De su mensaje en {network} del {day}</translation>
    </message>
    <message>
        <source>From their e-mail on {network} of {day}</source>
        <translation>De su correo en {network} del {day}</translation>
    </message>
    <message>
        <source>From their reply on {network} of {day}</source>
        <translation>De su respuesta en {network} del {day}</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>No notes yet. Write down what you learn (“loves the cornbread”); N on a message makes a note from it.</source>
        <translation>Todavía no hay notas. Anote lo que sepa («le encanta el pan de maíz»); N sobre un mensaje crea una nota a partir de él.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Reminder: {name}</source>
        <translation>Recordatorio: {name}</translation>
    </message>
    <message>
        <source>{by} escalated a message to you</source>
        <translation>{by} le ha escalado un mensaje</translation>
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
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>In answer to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>Message being answered</source>
        <translation>Mensaje que se responde</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Export audit trail…</source>
        <translation>Exportar registro de auditoría…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>Write who wrote, edited, approved and sent each reply to a JSON file</source>
        <translation>Escribir en un archivo JSON quién escribió, editó, aprobó y envió cada respuesta</translation>
    </message>
    <message>
        <source>Selected replies…</source>
        <translation>Respuestas seleccionadas…</translation>
    </message>
    <message>
        <source>All replies…</source>
        <translation>Todas las respuestas…</translation>
    </message>
    <message>
        <source>No replies yet. Write one under a message in the inbox.</source>
        <translation>Todavía no hay respuestas. Escriba una debajo de un mensaje en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>Reply #{id} · {state}</source>
        <translation>Respuesta n.º {id} · {state}</translation>
    </message>
    <message>
        <source>Written by {author} on {time}</source>
        <translation>Escrita por {author} el {time}</translation>
    </message>
    <message>
        <source>to {who} on {network}</source>
        <translation>para {who} en {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>approved by {user}</source>
        <translation>aprobada por {user}</translation>
    </message>
    <message>
        <source>sent {time}</source>
        <translation>enviada {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln intento</numerusform>
            <numerusform>%Ln intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail of %n reply(ies) written to {path}</source>
        <translation>
            <numerusform>Registro de auditoría de %n respuesta escrito en {path}</numerusform>
            <numerusform>Registro de auditoría de %n respuestas escrito en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Needing attention: %Ln</source>
        <translation>
            <numerusform>Requiere atención: %Ln</numerusform>
            <numerusform>Requieren atención: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>In answer to {who}, {time}</source>
        <translation>En respuesta a {who}, {time}</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>Último error: {error}</translation>
    </message>
    <message>
        <source>Sent back: {comment}</source>
        <translation>Devuelta: {comment}</translation>
    </message>
    <message>
        <source>Replies need review: another person must approve your reply</source>
        <translation>Las respuestas se revisan: otra persona debe aprobar su respuesta</translation>
    </message>
    <message>
        <source>Approve the reply for sending</source>
        <translation>Aprobar el envío de la respuesta</translation>
    </message>
    <message>
        <source>Change the text and put it up for review again</source>
        <translation>Cambiar el texto y volver a enviarlo a revisión</translation>
    </message>
    <message>
        <source>Change the text (an approved reply goes back to review)</source>
        <translation>Cambiar el texto (una respuesta aprobada vuelve a revisión)</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Discard reply</source>
        <translation>Descartar respuesta</translation>
    </message>
    <message>
        <source>Discard reply #{id}? It will not be sent.</source>
        <translation>¿Descartar la respuesta n.º {id}? No se enviará.</translation>
    </message>
    <message>
        <source>Send back to {author}</source>
        <translation>Devolver a {author}</translation>
    </message>
    <message>
        <source>What should change?</source>
        <translation>¿Qué debería cambiar?</translation>
    </message>
    <message>
        <source>Reply #{id} may already have arrived. Sending it again may post it twice.</source>
        <translation>Puede que la respuesta n.º {id} ya haya llegado. Enviarla de nuevo podría publicarla dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Selected reply(ies) (%n)…</source>
        <translation>
            <numerusform>Respuesta seleccionada (%n)…</numerusform>
            <numerusform>Respuestas seleccionadas (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OutboxPageController</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Esperando revisión</translation>
    </message>
    <message>
        <source>Approved, waiting to send</source>
        <translation>Aprobada, esperando envío</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
</context>
<context>
    <name>PeopleMarks</name>
    <message>
        <source>VIP customer: their messages come first</source>
        <translation>Cliente VIP: sus mensajes van primero</translation>
    </message>
    <message>
        <source>⇡ {name}</source>
        <translation>⇡ {name}</translation>
    </message>
    <message>
        <source>Escalated to {name}</source>
        <translation>Escalado a {name}</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>Asignado a {name}</translation>
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
        <translation>Por qué no se hizo</translation>
    </message>
</context>
<context>
    <name>PlainLabel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
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
        <translation>Panel de lectura</translation>
    </message>
    <message>
        <source>Select a message to read it.

↑ ↓ or j k move through the list, Enter opens.</source>
        <translation>Seleccione un mensaje para leerlo.

↑ ↓ o j k se mueven por la lista, Intro abre.</translation>
    </message>
    <message>
        <source>No message selected</source>
        <translation>Ningún mensaje seleccionado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Network and handle</source>
        <translation>Red y usuario</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Log call or visit…</source>
        <translation>Registrar llamada o visita…</translation>
    </message>
    <message>
        <source>Log a call or visit</source>
        <translation>Registrar una llamada o visita</translation>
    </message>
    <message>
        <source>Write down a phone call or a visit with this customer (Ctrl+L)</source>
        <translation>Anotar una llamada telefónica o una visita de este cliente (Ctrl+L)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>sent by you</source>
        <translation>enviado por usted</translation>
    </message>
    <message>
        <source>at {property}</source>
        <translation>en {property}</translation>
    </message>
    <message>
        <source>{time} (edited {edited})</source>
        <translation>{time} (editado {edited})</translation>
    </message>
    <message>
        <source>{time} (arrival: the time the sender gave, {claimed}, was impossible)</source>
        <translation>{time} (llegada: la hora que dio el remitente, {claimed}, era imposible)</translation>
    </message>
    <message>
        <source>Open the original on {host} in your browser</source>
        <translation>Abrir el original en {host} en el navegador</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened</source>
        <translation>Este enlace no es una dirección web y no se abrirá</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Este mensaje se eliminó en la red.</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Necesita respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message numerus="yes">
        <source>Conversation · %Ln other message(s)</source>
        <translation>
            <numerusform>Conversación · %Ln mensaje más</numerusform>
            <numerusform>Conversación · %Ln mensajes más</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Later replies</source>
        <translation>Respuestas posteriores</translation>
    </message>
</context>
<context>
    <name>ReminderKind</name>
    <message>
        <source>Returning customer</source>
        <translation>Cliente habitual</translation>
    </message>
    <message>
        <source>Arriving guest</source>
        <translation>Huésped que llega</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Close the loop</source>
        <translation>Cerrar el círculo</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Dar las gracias</translation>
    </message>
</context>
<context>
    <name>ReminderReason</name>
    <message>
        <source>post</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>review</source>
        <translation>reseña</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>por correo</translation>
    </message>
    <message>
        <source>on the phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>in a direct message</source>
        <translation>por mensaje directo</translation>
    </message>
    <message>
        <source>in private</source>
        <translation>en privado</translation>
    </message>
    <message>
        <source>noted at {property}: {note}</source>
        <translation>anotado en {property}: {note}</translation>
    </message>
    <message>
        <source>{name} wrote on {network} for the first time</source>
        <translation>{name} escribió en {network} por primera vez</translation>
    </message>
    <message numerus="yes">
        <source>{name} wrote again on {network} after %Ln day(s)</source>
        <translation>
            <numerusform>{name} volvió a escribir en {network} después de %Ln día</numerusform>
            <numerusform>{name} volvió a escribir en {network} después de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} called for the first time</source>
        <translation>{name} llamó por primera vez</translation>
    </message>
    <message numerus="yes">
        <source>{name} called again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} volvió a llamar después de %Ln día</numerusform>
            <numerusform>{name} volvió a llamar después de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} came in for the first time</source>
        <translation>{name} vino por primera vez</translation>
    </message>
    <message numerus="yes">
        <source>{name} came in again after %Ln day(s)</source>
        <translation>
            <numerusform>{name} volvió a venir después de %Ln día</numerusform>
            <numerusform>{name} volvió a venir después de %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln-star review</source>
        <translation>
            <numerusform>reseña de %Ln estrella</numerusform>
            <numerusform>reseña de %Ln estrellas</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} has had no reply: say thank you</source>
        <translation>{name}, {what} en {network}: sigue sin respuesta; dé las gracias</translation>
    </message>
    <message>
        <source>{name}&apos;s {what} on {network} was settled {how}; its readers have not seen the happy ending: close the loop in public</source>
        <translation>{name}, {what} en {network}: se resolvió {how}, pero sus lectores no han visto el final feliz; cierre el círculo en público</translation>
    </message>
    <message>
        <source>{name} arrives on {day}</source>
        <translation>{name} llega el {day}</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, habitación {room}</translation>
    </message>
    <message>
        <source>, until {day}</source>
        <translation>, hasta el {day}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n due now</source>
        <translation>
            <numerusform>%n vence ahora</numerusform>
            <numerusform>%n vencen ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed</source>
        <translation>
            <numerusform>%n pospuesto</numerusform>
            <numerusform>%n pospuestos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Open reminders</source>
        <translation>Recordatorios abiertos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Why it fired</source>
        <translation>Por qué saltó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Message that raised the reminder</source>
        <translation>Mensaje que creó el recordatorio</translation>
    </message>
    <message>
        <source>Suggested reply</source>
        <translation>Respuesta sugerida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Mañana por la mañana</translation>
    </message>
    <message>
        <source>Choose a time…</source>
        <translation>Elegir una hora…</translation>
    </message>
    <message>
        <source>Show message</source>
        <translation>Mostrar mensaje</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Reply with suggestion</source>
        <translation>Responder con la sugerencia</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>1 hour (H), tomorrow morning (T) or a time you choose (S)</source>
        <translation>1 hora (H), mañana por la mañana (T) o la hora que elija (S)</translation>
    </message>
    <message>
        <source>{action} ({key})</source>
        <translation>{action} ({key})</translation>
    </message>
    <message>
        <source>No reminders. When a customer with notes writes again, a guest with notes is on the arrivals list, a follow-up is due, a complaint settled in private needs a public word, or praise waits for a thank-you, it shows here.</source>
        <translation>No hay recordatorios. Cuando un cliente con notas vuelve a escribir, un huésped con notas está en la lista de llegadas, vence un seguimiento, una queja resuelta en privado necesita unas palabras en público o un elogio espera un agradecimiento, aparece aquí.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>due {time}</source>
        <translation>vence {time}</translation>
    </message>
    <message>
        <source>raised {time}</source>
        <translation>creado {time}</translation>
    </message>
    <message>
        <source>times at the property ({zone})</source>
        <translation>horas del establecimiento ({zone})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>{who} on {network}, {time}</source>
        <translation>{who} en {network}, {time}</translation>
    </message>
</context>
<context>
    <name>ReplyEditDialog</name>
    <message>
        <source>Edit reply #{id}</source>
        <translation>Editar la respuesta n.º {id}</translation>
    </message>
    <message>
        <source>To {who} on {network}</source>
        <translation>Para {who} en {network}</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Comentario del revisor</translation>
    </message>
    <message>
        <source>The reviewer asked: {comment}</source>
        <translation>El revisor pidió: {comment}</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save and resubmit for review</source>
        <translation>Guardar y volver a enviar a revisión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Write something first</source>
        <translation>Escriba algo primero</translation>
    </message>
    <message>
        <source>Too long for {network}: {over} {unit} over the limit</source>
        <translation>Demasiado largo para {network}: {over} {unit} por encima del límite</translation>
    </message>
    <message>
        <source>Fill in the template field {fields} first</source>
        <translation>Rellene primero el campo de plantilla {fields}</translation>
    </message>
    <message>
        <source>Counted in {unit}, as the network counts</source>
        <translation>Contado en {unit}, como cuenta la red</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propietario</translation>
    </message>
</context>
<context>
    <name>RowProblem</name>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>arrival date not understood: “{value}”</source>
        <translation>fecha de llegada no entendida: «{value}»</translation>
    </message>
    <message>
        <source>departure date not understood: “{value}”</source>
        <translation>fecha de salida no entendida: «{value}»</translation>
    </message>
    <message>
        <source>departure before arrival</source>
        <translation>salida antes de la llegada</translation>
    </message>
    <message>
        <source>not an e-mail address: “{value}”</source>
        <translation>no es una dirección de correo: «{value}»</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with another guest</source>
        <translation>la reserva {value} también está en la línea {lines} con otro huésped</translation>
    </message>
    <message>
        <source>reservation {value} is also on line {lines} with other details</source>
        <translation>la reserva {value} también está en la línea {lines} con otros datos</translation>
    </message>
    <message>
        <source>{value} (room {room}) is also on line {lines} with other details</source>
        <translation>{value} (habitación {room}) también está en la línea {lines} con otros datos</translation>
    </message>
    <message>
        <source>{value} (no room) is also on line {lines} with other details</source>
        <translation>{value} (sin habitación) también está en la línea {lines} con otros datos</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>&amp;Returning customer after:</source>
        <translation>Cliente &amp;habitual después de:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Replies need &amp;review before sending</source>
        <translation>Las respuestas necesitan &amp;revisión antes de enviarse</translation>
    </message>
    <message>
        <source>Open on {day}</source>
        <translation>Abierto el {day}</translation>
    </message>
    <message>
        <source>Open on:</source>
        <translation>Abierto el:</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Abre a las</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Cierra a las</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Horario comercial:</translation>
    </message>
    <message>
        <source>Used by response-time reports.</source>
        <translation>Lo usan los informes de tiempos de respuesta.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reply target, &amp;social networks:</source>
        <translation>Objetivo de respuesta, redes &amp;sociales:</translation>
    </message>
    <message>
        <source>Reply target, &amp;e-mail:</source>
        <translation>Objetivo de respuesta, &amp;correo:</translation>
    </message>
    <message>
        <source>Reply target, re&amp;views:</source>
        <translation>Objetivo de respuesta, re&amp;señas:</translation>
    </message>
    <message>
        <source>Count waiting in business &amp;hours only</source>
        <translation>Contar la espera solo en horario &amp;comercial</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Zona horaria del establecimiento</translation>
    </message>
    <message>
        <source>This computer&apos;s timezone</source>
        <translation>Zona horaria de este equipo</translation>
    </message>
    <message>
        <source>Property &amp;timezone:</source>
        <translation>&amp;Zona horaria del establecimiento:</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is.</source>
        <translation>«Hoy» en la lista de llegadas y «mañana por la mañana» en los recordatorios son la hora local del establecimiento, esté donde esté este equipo.</translation>
    </message>
    <message>
        <source>Country of local phone numbers</source>
        <translation>País de los números de teléfono locales</translation>
    </message>
    <message>
        <source>None (numbers need +country code)</source>
        <translation>Ninguno (los números necesitan el prefijo +país)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Teléfonos de:</translation>
    </message>
    <message>
        <source>Arrivals lists may write numbers without +49, +33…: read them as this.</source>
        <translation>Las listas de llegadas pueden escribir los números sin +49, +33…: leerlos como de este país.</translation>
    </message>
    <message>
        <source>Business rules</source>
        <translation>Reglas del negocio</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Search every message (Ctrl+F). Escape clears.</source>
        <translation>Buscar en todos los mensajes (Ctrl+F). Esc borra.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Quiet period before a return reminder</source>
        <translation>Periodo de calma antes de un recordatorio de regreso</translation>
    </message>
    <message>
        <source>A customer with notes who writes again after this long raises a reminder.</source>
        <translation>Un cliente con notas que vuelve a escribir tras este tiempo crea un recordatorio.</translation>
    </message>
    <message>
        <source>Replies need review before sending</source>
        <translation>Las respuestas necesitan revisión antes de enviarse</translation>
    </message>
    <message>
        <source>Another person must approve each reply before it goes out.</source>
        <translation>Otra persona debe aprobar cada respuesta antes de que salga.</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario comercial</translation>
    </message>
    <message>
        <source>The days (0 is Monday) and the hours the business answers; used by response-time reports.</source>
        <translation>Los días (0 es lunes) y las horas en que responde el negocio; lo usan los informes de tiempos de respuesta.</translation>
    </message>
    <message>
        <source>Property timezone</source>
        <translation>Zona horaria del establecimiento</translation>
    </message>
    <message>
        <source>“Today” for the arrivals list and “tomorrow morning” for reminders are the property&apos;s local time, wherever this computer is; unset means this computer&apos;s zone.</source>
        <translation>«Hoy» en la lista de llegadas y «mañana por la mañana» en los recordatorios son la hora local del establecimiento, esté donde esté este equipo; sin ajuste, la zona de este equipo.</translation>
    </message>
    <message>
        <source>Phone numbers from</source>
        <translation>Teléfonos de</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +, e.g. DE (arrivals lists).</source>
        <translation>El país de los números escritos sin +, p. ej., ES (listas de llegadas).</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>The business&apos;s name as customers know it ({business} in reply templates).</source>
        <translation>El nombre del negocio tal como lo conocen los clientes ({business} en las plantillas de respuesta).</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Plantillas de respuesta</translation>
    </message>
    <message>
        <source>Canned replies every desk shares: a list of {name, text} (see core/templates.py).</source>
        <translation>Respuestas predefinidas que comparten todos los puestos: una lista de {name, text} (vea core/templates.py).</translation>
    </message>
    <message>
        <source>Reply target on social networks</source>
        <translation>Objetivo de respuesta en redes sociales</translation>
    </message>
    <message>
        <source>Mentions, comments and direct messages on every network but e-mail and reviews.</source>
        <translation>Menciones, comentarios y mensajes directos en todas las redes salvo el correo y las reseñas.</translation>
    </message>
    <message>
        <source>Reply target for e-mail</source>
        <translation>Objetivo de respuesta para el correo</translation>
    </message>
    <message>
        <source>E-mails from customers.</source>
        <translation>Correos de clientes.</translation>
    </message>
    <message>
        <source>Reply target for reviews</source>
        <translation>Objetivo de respuesta para las reseñas</translation>
    </message>
    <message>
        <source>Reviews on every review site.</source>
        <translation>Reseñas en todos los sitios de reseñas.</translation>
    </message>
    <message>
        <source>Count waiting in business hours</source>
        <translation>Contar la espera en horario comercial</translation>
    </message>
    <message>
        <source>Waiting times count only the business hours (a message from Saturday night waits from Monday&apos;s opening); otherwise every hour counts.</source>
        <translation>Los tiempos de espera solo cuentan el horario comercial (un mensaje del sábado por la noche espera desde la apertura del lunes); si no, cuenta cada hora.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Shown on notes and replies you write from this computer.</source>
        <translation>Aparece en las notas y respuestas que escribe desde este equipo.</translation>
    </message>
    <message>
        <source>This desk&apos;s property</source>
        <translation>Establecimiento de este puesto</translation>
    </message>
    <message>
        <source>Notes written here and arrivals imported here belong to it; “Today&apos;s arrivals” shows its guests. None: every property&apos;s.</source>
        <translation>Las notas escritas aquí y las llegadas importadas aquí le pertenecen; «Llegadas de hoy» muestra sus huéspedes. Ninguno: los de todos los establecimientos.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>The colours of the window: the system&apos;s, light or dark.</source>
        <translation>Los colores de la ventana: los del sistema, claros u oscuros.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window; kept per computer, used from the next start.</source>
        <translation>El idioma de la ventana; se guarda por equipo y se usa desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>New messages and reminders still reach you while the window is closed.</source>
        <translation>Los mensajes nuevos y los recordatorios le llegan aunque la ventana esté cerrada.</translation>
    </message>
    <message>
        <source>Window layout</source>
        <translation>Disposición de la ventana</translation>
    </message>
    <message>
        <source>The main window&apos;s size, position and splitter positions, as last left.</source>
        <translation>El tamaño, la posición y los separadores de la ventana principal, como se dejaron.</translation>
    </message>
    <message>
        <source>Arrivals folder</source>
        <translation>Carpeta de llegadas</translation>
    </message>
    <message>
        <source>The folder the last arrivals list was imported from; the file dialog opens there.</source>
        <translation>La carpeta de la que se importó la última lista de llegadas; el diálogo de archivos se abre allí.</translation>
    </message>
    <message>
        <source>Customer card shown</source>
        <translation>Ficha del cliente visible</translation>
    </message>
    <message>
        <source>Whether the customer card is shown beside the reading pane.</source>
        <translation>Si la ficha del cliente se muestra junto al panel de lectura.</translation>
    </message>
    <message>
        <source>Customer card width settled</source>
        <translation>Anchura de la ficha del cliente fijada</translation>
    </message>
    <message>
        <source>Set once the window has given the customer card its first width, so that a width the user chose is kept from then on.</source>
        <translation>Se marca cuando la ventana ha dado a la ficha del cliente su primera anchura, para conservar después la anchura que elija el usuario.</translation>
    </message>
    <message>
        <source>Keep secrets in an unencrypted file</source>
        <translation>Guardar los secretos en un archivo sin cifrar</translation>
    </message>
    <message>
        <source>The user accepted a keyring that stores secrets in a file that is not encrypted (where no encrypted keychain exists).</source>
        <translation>El usuario aceptó un llavero que guarda los secretos en un archivo sin cifrar (donde no existe un llavero cifrado).</translation>
    </message>
    <message>
        <source>Longest network request (seconds)</source>
        <translation>Petición de red más larga (segundos)</translation>
    </message>
    <message>
        <source>One request to a network or mail server is given up after this long, answer included, however slowly the server keeps sending.</source>
        <translation>Una petición a una red o a un servidor de correo se abandona tras este tiempo, respuesta incluida, por despacio que siga enviando el servidor.</translation>
    </message>
    <message>
        <source>Longest sync round (seconds)</source>
        <translation>Ronda de sincronización más larga (segundos)</translation>
    </message>
    <message>
        <source>One account&apos;s fetching and sending is stopped after this long; what arrived is kept and the rest comes in the next round.</source>
        <translation>La obtención y el envío de una cuenta se detienen tras este tiempo; lo que llegó se conserva y el resto llega en la siguiente ronda.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>The shared database server this computer uses; unset: the data folder&apos;s own file.</source>
        <translation>El servidor de base de datos compartido que usa este equipo; vacío: el archivo propio de la carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
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
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>{label}, {count} need attention</source>
        <translation>{label}, {count} requieren atención</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>{label}, {count} due</source>
        <translation>{label}, {count} pendientes</translation>
    </message>
    <message>
        <source>Today&apos;s arrivals</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Todos los mensajes</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>Needs reply</source>
        <translation>Por responder</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>{label}, {count} open</source>
        <translation>{label}, {count} abiertos</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>{label}, {count} assigned to you</source>
        <translation>{label}, {count} asignados a usted</translation>
    </message>
    <message>
        <source>{label}, {count} unread</source>
        <translation>{label}, {count} sin leer</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
</context>
<context>
    <name>SidebarView</name>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Show the reminder again at ({zone} time):</source>
        <translation>Volver a mostrar el recordatorio a las (hora de {zone}):</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
</context>
<context>
    <name>SourceLink</name>
    <message>
        <source>Show the message in the reading pane</source>
        <translation>Mostrar el mensaje en el panel de lectura</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no backup to restore. The file has not been changed.</source>
        <translation>No hay ninguna copia de seguridad que restaurar. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>{app} cannot read its database.</source>
        <translation>{app} no puede leer su base de datos.</translation>
    </message>
    <message>
        <source>The latest good backup is from {taken}. Restore it? The damaged file is kept beside it, renamed, so nothing is deleted.</source>
        <translation>La última copia de seguridad válida es del {taken}. ¿Restaurarla? El archivo dañado se conserva al lado, con otro nombre, así que no se borra nada.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>{app} cannot open the shared database.</source>
        <translation>{app} no puede abrir la base de datos compartida.</translation>
    </message>
    <message>
        <source>You can try again, or use this computer&apos;s own database until the server is back (File ▸ Database… goes back to it; its data stays as it is).</source>
        <translation>Puede volver a intentarlo o usar la base de datos de este equipo hasta que el servidor vuelva (Archivo ▸ Base de datos… vuelve a ella; sus datos quedan tal como están).</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Use this computer&apos;s database</source>
        <translation>Usar la base de datos de este equipo</translation>
    </message>
    <message>
        <source>{app} cannot open its database.</source>
        <translation>{app} no puede abrir su base de datos.</translation>
    </message>
    <message>
        <source>Read only: nothing can be changed</source>
        <translation>Solo lectura: no se puede cambiar nada</translation>
    </message>
    <message>
        <source>{reason}. The messages can be read; syncing, replies, notes and other changes are refused.</source>
        <translation>{reason}. Los mensajes se pueden leer; la sincronización, las respuestas, las notas y otros cambios se rechazan.</translation>
    </message>
</context>
<context>
    <name>SuggestionBox</name>
    <message>
        <source>Possibly the same person as {name} — {evidence}</source>
        <translation>Posiblemente la misma persona que {name} — {evidence}</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge with {name}…</source>
        <translation>Fusionar con {name}…</translation>
    </message>
    <message>
        <source>See what would move first; nothing merges yet</source>
        <translation>Ver primero qué se movería; todavía no se fusiona nada</translation>
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
        <translation>Intervalo de sincronización de {name}</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Establecimiento:</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Todavía no hay cuentas.</translation>
    </message>
    <message>
        <source>How often each account looks for new messages.</source>
        <translation>Cada cuánto busca cada cuenta mensajes nuevos.</translation>
    </message>
    <message>
        <source>New messages of an account come to its property; earlier ones keep theirs.</source>
        <translation>Los mensajes nuevos de una cuenta pertenecen a su establecimiento; los anteriores conservan el suyo.</translation>
    </message>
    <message>
        <source>Property of {name}</source>
        <translation>Establecimiento de {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %Ln new message(s)</source>
        <translation>
            <numerusform>Sincronizando… %Ln mensaje nuevo</numerusform>
            <numerusform>Sincronizando… %Ln mensajes nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts connected</source>
        <translation>No hay cuentas conectadas</translation>
    </message>
    <message>
        <source>No accounts</source>
        <translation>Sin cuentas</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) failed</source>
        <translation>
            <numerusform>%n cuenta falló</numerusform>
            <numerusform>%n cuentas fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Todavía sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {time}, %Ln new</source>
        <translation>
            <numerusform>{name}: sincronizado {time}, %Ln nuevo</numerusform>
            <numerusform>{name}: sincronizado {time}, %Ln nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {time}</source>
        <translation>{name}: sincronizado {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) synced {time}</source>
        <translation>
            <numerusform>%n cuenta sincronizada {time}</numerusform>
            <numerusform>%n cuentas sincronizadas {time}</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{name}: failed ({when}): {error}</source>
        <translation>{name}: falló ({when}): {error}</translation>
    </message>
    <message numerus="yes">
        <source>{name}: synced {when}, %Ln new</source>
        <translation>
            <numerusform>{name}: sincronizado {when}, %Ln nuevo</numerusform>
            <numerusform>{name}: sincronizado {when}, %Ln nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: synced {when}</source>
        <translation>{name}: sincronizado {when}</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a template</source>
        <translation>Añadir una plantilla</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the template</source>
        <translation>Quitar la plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Language of the text</source>
        <translation>Idioma del texto</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>A customer whose messages are in a language with its own text gets that text; everyone else gets the text for any language.</source>
        <translation>Un cliente cuyos mensajes están en un idioma con texto propio recibe ese texto; los demás reciben el texto para cualquier idioma.</translation>
    </message>
    <message>
        <source>Fields: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (from a note written as “LABEL: value”). A template whose field has no value for a customer is not used.</source>
        <translation>Campos: {first_name}, {name}, {channel}, {business}, {last_message_date}, {note:LABEL} (de una nota escrita como «LABEL: valor»). No se usa una plantilla si uno de sus campos no tiene valor para un cliente.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Plantilla nueva</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <source>You · {name}</source>
        <translation>Usted · {name}</translation>
    </message>
    <message>
        <source>This message was deleted on the network.</source>
        <translation>Este mensaje se eliminó en la red.</translation>
    </message>
    <message>
        <source>your reply</source>
        <translation>su respuesta</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
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
        <translation>Usted respondió</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Every message of this customer</source>
        <translation>Todos los mensajes de este cliente</translation>
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
        <translation>Mostrar {app}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n recordatorio</numerusform>
            <numerusform>%n recordatorios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <source>under 1 min</source>
        <translation>menos de 1 min</translation>
    </message>
    <message>
        <source>waiting {duration}</source>
        <translation>esperando {duration}</translation>
    </message>
    <message>
        <source>{waiting}, past the {target} target</source>
        <translation>{waiting}, por encima del objetivo de {target}</translation>
    </message>
    <message>
        <source>{waiting}, close to the {target} target</source>
        <translation>{waiting}, cerca del objetivo de {target}</translation>
    </message>
    <message>
        <source>{waiting}, within the {target} target</source>
        <translation>{waiting}, dentro del objetivo de {target}</translation>
    </message>
</context>
<context>
    <name>WriteOperation</name>
    <message>
        <source>The database cannot be reached: what you wrote is kept and will be saved when the connection returns.</source>
        <translation>No se puede llegar a la base de datos: lo que ha escrito se conserva y se guardará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>The database cannot be reached: nothing was changed. Try again when the connection returns.</source>
        <translation>No se puede llegar a la base de datos: no se ha cambiado nada. Vuelva a intentarlo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation>No se pudo guardar el cambio: {error}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no account with id {id}</source>
        <translation>No hay ninguna cuenta con el número {id}</translation>
    </message>
    <message>
        <source>No contact {id}</source>
        <translation>No existe el contacto {id}</translation>
    </message>
    <message>
        <source>No identity {id}</source>
        <translation>No existe la identidad {id}</translation>
    </message>
    <message>
        <source>There is no message with id {id}</source>
        <translation>No hay ningún mensaje con el número {id}</translation>
    </message>
    <message>
        <source>No note {id}</source>
        <translation>No existe la nota {id}</translation>
    </message>
    <message>
        <source>{user} changed this note while you were editing it; yours was not saved</source>
        <translation>{user} cambió esta nota mientras usted la editaba; la suya no se guardó</translation>
    </message>
    <message>
        <source>{user} changed this customer&apos;s details while you were editing them; yours were not saved: their version is shown</source>
        <translation>{user} cambió los datos de este cliente mientras usted los editaba; los suyos no se guardaron: se muestra la otra versión</translation>
    </message>
    <message>
        <source>No reminder {id}</source>
        <translation>No existe el recordatorio {id}</translation>
    </message>
    <message>
        <source>There is no outbox item with id {id}</source>
        <translation>No hay ningún elemento de la bandeja de salida con el número {id}</translation>
    </message>
    <message>
        <source>There is no alert with id {id}</source>
        <translation>No hay ninguna alerta con el número {id}</translation>
    </message>
    <message>
        <source>{by} has acknowledged this alert already</source>
        <translation>{by} ya ha atendido esta alerta</translation>
    </message>
    <message>
        <source>The sync interval is at least {minimum} seconds</source>
        <translation>El intervalo de sincronización es de al menos {minimum} segundos</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contacto necesita un nombre</translation>
    </message>
    <message>
        <source>Contact {contact_id} was merged into contact {into}</source>
        <translation>El contacto {contact_id} se fusionó con el contacto {into}</translation>
    </message>
    <message>
        <source>Give a channel and a handle</source>
        <translation>Indique un canal y un usuario</translation>
    </message>
    <message>
        <source>Not a phone number: {handle}</source>
        <translation>No es un número de teléfono: {handle}</translation>
    </message>
    <message>
        <source>Not a phone number, or one without its country code (+49…; the country of local numbers is set under Settings): {handle}</source>
        <translation>No es un número de teléfono, o le falta el prefijo del país (+34…; el país de los números locales se fija en Configuración): {handle}</translation>
    </message>
    <message>
        <source>Not an e-mail address: {handle}</source>
        <translation>No es una dirección de correo: {handle}</translation>
    </message>
    <message>
        <source>{channel} {handle} belongs to contact {contact_id}; merge the two contacts instead</source>
        <translation>{channel} {handle} pertenece al contacto {contact_id}; fusione los dos contactos en su lugar</translation>
    </message>
    <message>
        <source>A contact cannot be merged with itself</source>
        <translation>Un contacto no se puede fusionar consigo mismo</translation>
    </message>
    <message>
        <source>Merge {merge_id} does not exist or was undone already</source>
        <translation>La fusión {merge_id} no existe o ya se deshizo</translation>
    </message>
    <message>
        <source>Contact {contact_id} is no longer merged</source>
        <translation>El contacto {contact_id} ya no está fusionado</translation>
    </message>
    <message>
        <source>The contact has only this identity; nothing to split</source>
        <translation>El contacto solo tiene esta identidad; no hay nada que separar</translation>
    </message>
    <message>
        <source>A note needs some text</source>
        <translation>Una nota necesita algo de texto</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters</source>
        <translation>Una nota admite como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>The message belongs to no contact</source>
        <translation>El mensaje no pertenece a ningún contacto</translation>
    </message>
    <message>
        <source>A call or visit logged by hand cannot be answered in place: log your call back, or follow up on another of the customer&apos;s channels</source>
        <translation>Una llamada o visita registrada a mano no se puede responder en el sitio: registre su llamada de vuelta o haga un seguimiento en otro canal del cliente</translation>
    </message>
    <message>
        <source>{network} lets nobody reply from here: answer on the site, then mark the review answered</source>
        <translation>{network} no permite responder desde aquí: responda en el sitio y después marque la reseña como respondida</translation>
    </message>
    <message>
        <source>{network} takes no reply to a private message more than {days} days after the customer&apos;s last one: follow up on another of the customer&apos;s channels</source>
        <translation>{network} no admite respuestas a un mensaje privado más de {days} días después del último mensaje del cliente: haga un seguimiento en otro de sus canales</translation>
    </message>
    <message>
        <source>Only a review on a site without replies from here can be marked answered on the site</source>
        <translation>Solo una reseña en un sitio que no admite respuestas desde aquí se puede marcar como respondida en el sitio</translation>
    </message>
    <message>
        <source>A conversation is logged on the phone or in person</source>
        <translation>Una conversación se registra por teléfono o en persona</translation>
    </message>
    <message>
        <source>Say what the call or visit was about</source>
        <translation>Indique de qué trató la llamada o la visita</translation>
    </message>
    <message>
        <source>A logged conversation holds at most {limit} characters</source>
        <translation>Una conversación registrada admite como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>That time is in the future: log a conversation once it has happened</source>
        <translation>Esa hora está en el futuro: registre una conversación cuando haya tenido lugar</translation>
    </message>
    <message>
        <source>That time is too long ago</source>
        <translation>Esa hora es demasiado antigua</translation>
    </message>
    <message>
        <source>Nobody is called “{name}”; the team: {known}</source>
        <translation>Nadie se llama «{name}»; el equipo: {known}</translation>
    </message>
    <message>
        <source>“{field}” is no role: choose staff, reviewer or owner</source>
        <translation>«{field}» no es un rol: elija staff, reviewer u owner</translation>
    </message>
    <message>
        <source>A person needs a name</source>
        <translation>Una persona necesita un nombre</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters</source>
        <translation>Un nombre tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>There is no property called “{name}”; the properties: {known}</source>
        <translation>No hay ningún establecimiento llamado «{name}»; los establecimientos: {known}</translation>
    </message>
    <message>
        <source>There is a property called “{name}” already</source>
        <translation>Ya hay un establecimiento llamado «{name}»</translation>
    </message>
    <message>
        <source>That property no longer exists</source>
        <translation>Ese establecimiento ya no existe</translation>
    </message>
    <message>
        <source>A property needs a name</source>
        <translation>Un establecimiento necesita un nombre</translation>
    </message>
    <message>
        <source>“{zone}” is no timezone: use a name such as America/Chicago</source>
        <translation>«{zone}» no es una zona horaria: use un nombre como America/Chicago</translation>
    </message>
    <message>
        <source>It is escalated to {name} already</source>
        <translation>Ya está escalado a {name}</translation>
    </message>
    <message>
        <source>The message has no open escalation</source>
        <translation>El mensaje no tiene ningún escalado abierto</translation>
    </message>
    <message>
        <source>Say what came of it</source>
        <translation>Indique cuál fue el resultado</translation>
    </message>
    <message>
        <source>At most {limit} characters, please</source>
        <translation>Como máximo {limit} caracteres, por favor</translation>
    </message>
    <message>
        <source>{file} is not a file (a folder or a device): choose the exported CSV file</source>
        <translation>{file} no es un archivo (es una carpeta o un dispositivo): elija el archivo CSV exportado</translation>
    </message>
    <message>
        <source>{file} is larger than {megabytes} MB, more than any arrivals list: choose the exported CSV file</source>
        <translation>{file} ocupa más de {megabytes} MB, más que cualquier lista de llegadas: elija el archivo CSV exportado</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>No se puede leer {file}: {error}</translation>
    </message>
    <message>
        <source>The database was busy (another program kept it locked): {saved} of {total} arrivals were saved. Import the file again to finish.</source>
        <translation>La base de datos estaba ocupada (otro programa la mantenía bloqueada): se guardaron {saved} de {total} llegadas. Vuelva a importar el archivo para terminar.</translation>
    </message>
    <message>
        <source>Dates like “{example}” can be read two ways: choose how this file writes dates</source>
        <translation>Una fecha como «{example}» se puede leer de dos maneras: elija cómo escribe las fechas este archivo</translation>
    </message>
    <message>
        <source>Line {line} cannot be read as CSV: choose the exported CSV file</source>
        <translation>La línea {line} no se puede leer como CSV: elija el archivo CSV exportado</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>There is no field “{field}”</source>
        <translation>No existe el campo «{field}»</translation>
    </message>
    <message>
        <source>The file has no column “{column}”</source>
        <translation>El archivo no tiene la columna «{column}»</translation>
    </message>
    <message>
        <source>Choose the column that holds the guests&apos; names</source>
        <translation>Elija la columna con los nombres de los huéspedes</translation>
    </message>
    <message>
        <source>Choose the column that holds the arrival dates</source>
        <translation>Elija la columna con las fechas de llegada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bad row(s): nothing was imported. Skip them to import the rest.</source>
        <translation>
            <numerusform>%Ln fila errónea: no se importó nada. Omítala para importar el resto.</numerusform>
            <numerusform>%Ln filas erróneas: no se importó nada. Omítalas para importar el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply is empty</source>
        <translation>La respuesta está vacía</translation>
    </message>
    <message>
        <source>The reply still holds the template field {fields}: fill it in</source>
        <translation>La respuesta aún contiene el campo de plantilla {fields}: rellénelo</translation>
    </message>
    <message>
        <source>Reply {id} was written by {user}; replies need review, so another person must approve it</source>
        <translation>La respuesta {id} la escribió {user}; las respuestas se revisan, así que otra persona debe aprobarla</translation>
    </message>
    <message>
        <source>Say what should change: sending back needs a comment</source>
        <translation>Indique qué debería cambiar: devolverla necesita un comentario</translation>
    </message>
    <message>
        <source>Unknown channel {field}</source>
        <translation>Canal desconocido {field}</translation>
    </message>
    <message>
        <source>The message has no known customer to follow up with</source>
        <translation>El mensaje no tiene ningún cliente conocido con quien hacer seguimiento</translation>
    </message>
    <message>
        <source>The customer has no known address on {network}</source>
        <translation>El cliente no tiene ninguna dirección conocida en {network}</translation>
    </message>
    <message>
        <source>No connected account sends on {network}</source>
        <translation>Ninguna cuenta conectada envía en {network}</translation>
    </message>
    <message>
        <source>A reply in the state “{state}” cannot take this step</source>
        <translation>Una respuesta en estado «{state}» no puede dar este paso</translation>
    </message>
    <message>
        <source>The reply is {length} long; {network} takes at most {limit} ({over} too many)</source>
        <translation>La respuesta mide {length}; {network} admite como máximo {limit} ({over} de más)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>The data folder cannot be used: a file has its name, or it cannot be made there</source>
        <translation>No se puede usar la carpeta de datos: un archivo tiene su nombre o no se puede crear allí</translation>
    </message>
    <message>
        <source>The backup could not be made; the details are in the log</source>
        <translation>No se pudo hacer la copia de seguridad; los detalles están en el registro</translation>
    </message>
    <message>
        <source>The copy failed; nothing was kept in the new database ({detail})</source>
        <translation>La copia ha fallado; no se ha guardado nada en la nueva base de datos ({detail})</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log</source>
        <translation>Algo ha fallado; los detalles están en el registro</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>you have no permission to use it</source>
        <translation>no tiene permiso para usarlo</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>{file} cannot be used: {cause}</source>
        <translation>No se puede usar {file}: {cause}</translation>
    </message>
    <message>
        <source>The network refused the sign-in: sign in again</source>
        <translation>La red rechazó el inicio de sesión: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>The network asks to wait until {time}</source>
        <translation>La red pide esperar hasta {time}</translation>
    </message>
    <message>
        <source>The network asks to wait a while before the next request</source>
        <translation>La red pide esperar un rato antes de la siguiente petición</translation>
    </message>
    <message>
        <source>The network cannot be reached: check the connection</source>
        <translation>No se puede llegar a la red: compruebe la conexión</translation>
    </message>
    <message>
        <source>The network had a passing problem; it is tried again later</source>
        <translation>La red tuvo un problema pasajero; se reintentará más tarde</translation>
    </message>
    <message>
        <source>The reply must wait</source>
        <translation>La respuesta debe esperar</translation>
    </message>
    <message>
        <source>This computer does not hold the account&apos;s secret: sign in again</source>
        <translation>Este equipo no guarda el secreto de la cuenta: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>The network refused the request</source>
        <translation>La red rechazó la petición</translation>
    </message>
    <message>
        <source>Sending replies: {problem}</source>
        <translation>Enviando respuestas: {problem}</translation>
    </message>
    <message>
        <source>The database was made by a newer version of the app: install that version</source>
        <translation>La base de datos la creó una versión más reciente de la aplicación: instale esa versión</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database</source>
        <translation>El archivo de la base de datos está dañado o no es una base de datos</translation>
    </message>
    <message>
        <source>Another program keeps the database busy: try again in a moment</source>
        <translation>Otro programa mantiene ocupada la base de datos: inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>Nothing can be changed: the database can only be read</source>
        <translation>No se puede cambiar nada: la base de datos es de solo lectura</translation>
    </message>
    <message>
        <source>The disk holding the database is full</source>
        <translation>El disco que contiene la base de datos está lleno</translation>
    </message>
    <message>
        <source>The database server refused the user name or password</source>
        <translation>El servidor de base de datos ha rechazado el usuario o la contraseña</translation>
    </message>
    <message>
        <source>The server has no database by that name</source>
        <translation>El servidor no tiene ninguna base de datos con ese nombre</translation>
    </message>
    <message>
        <source>The database server cannot be reached: check its address and port</source>
        <translation>No se puede acceder al servidor de base de datos: compruebe su dirección y su puerto</translation>
    </message>
    <message>
        <source>The server runs PostgreSQL {version}; {minimum} or newer is needed</source>
        <translation>El servidor usa PostgreSQL {version}; se necesita {minimum} o posterior</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>No se puede usar la base de datos</translation>
    </message>
</context>
</TS>
