<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Tamaño de la base de datos</translation>
    </message>
    <message>
        <source>Plan, hold and follow up informational interviews: learn what a career is really like from the people who do the work. Everything stays on this computer.</source>
        <translation>Planifica, haz y da seguimiento a entrevistas informativas: descubre cómo es de verdad una profesión gracias a quienes la ejercen. Todo se queda en este ordenador.</translation>
    </message>
</context>
<context>
    <name>AppearanceGroup</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is; a high-contrast desktop gets high contrast</source>
        <translation>Claro u oscuro según el escritorio; un escritorio de alto contraste recibe alto contraste</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Rank, ask, schedule</source>
        <translation>Ordena, pide, agenda</translation>
    </message>
    <message>
        <source>Score each person on your criteria and put the people you most want to talk to first, then ask the top one for 20-30 minutes in person, by phone or by video. If they decline, thank them and ask the next.</source>
        <translation>Puntúa a cada persona según tus criterios y pon primero a quienes más te interesa conocer; luego pide a la primera 20-30 minutos en persona, por teléfono o por videollamada. Si dice que no, dale las gracias y pregunta a la siguiente.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Order by score</source>
        <translation>Ordenar por puntuación</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>Criterios…</translation>
    </message>
    <message>
        <source>Add, rename, remove or reorder the criteria</source>
        <translation>Añade, renombra, quita o reordena los criterios</translation>
    </message>
    <message>
        <source>Next to ask: %1</source>
        <translation>Siguiente a quien pedir: %1</translation>
    </message>
    <message>
        <source>Everyone on the shortlist has been asked.</source>
        <translation>Ya has preguntado a todas las personas de tu lista corta.</translation>
    </message>
    <message>
        <source>Add contacts in step 2 to build your shortlist.</source>
        <translation>Añade contactos en el paso 2 para armar tu lista corta.</translation>
    </message>
    <message>
        <source>Ranked by score</source>
        <translation>Ordenado por puntuación</translation>
    </message>
</context>
<context>
    <name>AskingPanel</name>
    <message>
        <source>Choose someone on the list to see what to do next.</source>
        <translation>Elige a alguien de la lista para ver qué hacer a continuación.</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Backup of</source>
        <translation>Copia del</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Your data is as it was.</source>
        <translation>Tus datos siguen como estaban.</translation>
    </message>
    <message>
        <source>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them.</source>
        <translation>%1 hace copias de seguridad de tus datos por sí solo: al iniciarse (si algo cambió desde la última vez), antes de una actualización, antes de una importación y antes de una restauración. Guarda todas las copias de los dos últimos días y después una al día, una a la semana y una al mes, hasta un año atrás aproximadamente. Las copias que hagas aquí se guardan hasta que las borres.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>There is no backup yet: use “Back up now” to make one.</source>
        <translation>Aún no hay ninguna copia de seguridad: usa «Hacer copia ahora» para crear una.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Open backup folder</source>
        <translation>Abrir la carpeta de copias</translation>
    </message>
    <message>
        <source>finish this with your backups</source>
        <translation>terminar esto con tus copias de seguridad</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Haciendo una copia de tus datos…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia hecha</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Sin copia</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>No se pudo hacer la copia de seguridad.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La copia de seguridad no se restauró.</translation>
    </message>
    <message>
        <source>No backup was made: canceled.</source>
        <translation>No se hizo ninguna copia: cancelada.</translation>
    </message>
    <message>
        <source>The restore was canceled; your data is as it was.</source>
        <translation>Se canceló la restauración; tus datos siguen como estaban.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>¿Restaurar la copia del %1?</translation>
    </message>
    <message>
        <source>Your data will be as it was then: what you changed since is replaced. %1 first backs up your data as it is now, so you can come back to it.</source>
        <translation>Tus datos volverán a estar como entonces: lo que cambiaste después se reemplaza. Antes, %1 hace una copia de tus datos tal como están ahora, para que puedas volver a ellos.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Restaurando la copia del %1…</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Copia del %1 restaurada</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Phone: no phone number saved: add it to the contact</source>
        <translation>Teléfono: no hay ningún número guardado; añádelo al contacto</translation>
    </message>
    <message>
        <source>When you called, what they said, when to call back…</source>
        <translation>Cuándo llamaste, qué te dijeron, cuándo volver a llamar…</translation>
    </message>
    <message>
        <source>I called and asked</source>
        <translation>Llamé y lo pedí</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Qué decir</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>Notas de la llamada</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Your data is sound.</source>
        <translation>Tus datos están en buen estado.</translation>
    </message>
    <message>
        <source>SQLite checked the data file and the links between records, and %1 checked its own rules: everything is as it should be.</source>
        <translation>SQLite comprobó el archivo de datos y los vínculos entre registros, y %1 comprobó sus propias reglas: todo está como debe.</translation>
    </message>
    <message>
        <source>The data file itself is damaged. Restore a recent backup (Tools &gt; Backups): %1 backs up your data as it is first, so nothing is lost by trying.</source>
        <translation>El propio archivo de datos está dañado. Restaura una copia reciente (Herramientas &gt; Copias de seguridad): %1 primero hace una copia de tus datos tal como están, así que no pierdes nada por intentarlo.</translation>
    </message>
    <message>
        <source>Repaired:</source>
        <translation>Reparado:</translation>
    </message>
    <message>
        <source>Still to look at:</source>
        <translation>Pendiente de revisar:</translation>
    </message>
    <message>
        <source>The data file is damaged.</source>
        <translation>El archivo de datos está dañado.</translation>
    </message>
    <message>
        <source>Everything is repaired.</source>
        <translation>Todo está reparado.</translation>
    </message>
    <message>
        <source>Some things need you.</source>
        <translation>Algunas cosas necesitan tu atención.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la comprobación</translation>
    </message>
    <message>
        <source>check your data</source>
        <translation>comprobar tus datos</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <source>The same check runs from the command line: infoview check [--fix].</source>
        <translation>La misma comprobación funciona desde la línea de comandos: infoview check [--fix].</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Comprobando tus datos…</translation>
    </message>
    <message>
        <source>SQLite checks the data file, then InfoView checks its own rules.</source>
        <translation>SQLite comprueba el archivo de datos y después InfoView comprueba sus propias reglas.</translation>
    </message>
    <message>
        <source>The check could not be finished.</source>
        <translation>No se pudo terminar la comprobación.</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>Nothing was repaired.</source>
        <translation>No se reparó nada.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Find professionals to interview</source>
        <translation>Encuentra profesionales para entrevistar</translation>
    </message>
    <message>
        <source>Ask around: friends, family, professors, campus staff, professional organizations, networking sites and alumni programs. Note who introduced you: a mutual contact opens doors.</source>
        <translation>Pregunta a tu alrededor: amistades, familia, profesores, personal del campus, asociaciones profesionales, redes profesionales y programas de exalumnos. Anota quién te presentó: un contacto en común abre puertas.</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Añadir un contacto…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>No contacts in this field yet. Add the first person you could ask.</source>
        <translation>Aún no hay contactos en este campo. Añade a la primera persona a quien podrías preguntar.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in %1.</source>
        <translation>
            <numerusform>%n contacto en %1.</numerusform>
            <numerusform>%n contactos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts in %1 yet. Add the first person you could ask.</source>
        <translation>Aún no hay contactos en %1. Añade a la primera persona a quien podrías preguntar.</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> día hábil</numerusform>
            <numerusform> días hábiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Choose a career field</source>
        <translation>Elige un campo profesional</translation>
    </message>
    <message>
        <source>Pick the field to explore now, or add one. Research it first: read about the work, the pay and the path in, and note what only someone inside can tell you.</source>
        <translation>Elige el campo que quieres explorar ahora, o añade uno. Investígalo primero: lee sobre el trabajo, el sueldo y cómo se entra, y anota lo que solo alguien de dentro te puede contar.</translation>
    </message>
    <message>
        <source>Career fields</source>
        <translation>Campos profesionales</translation>
    </message>
    <message>
        <source>Add a career field…</source>
        <translation>Añadir un campo profesional…</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Notas de investigación</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Saved as you type. Links and lines to verify are under Career fields.</source>
        <translation>Se guarda mientras escribes. Los enlaces y las líneas por verificar están en Campos profesionales.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Research notes on %1</source>
        <translation>Notas de investigación sobre %1</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Back to Home</source>
        <translation>Volver a Inicio</translation>
    </message>
</context>
<context>
    <name>HolidayChoice</name>
    <message>
        <source>None: weekends only</source>
        <translation>Ninguno: solo fines de semana</translation>
    </message>
    <message>
        <source>The whole country (national holidays)</source>
        <translation>Todo el país (festivos nacionales)</translation>
    </message>
    <message>
        <source>Follow-ups and keep-in-touch reminders count business days: weekdays that are not public holidays where you live.</source>
        <translation>Los seguimientos y los recordatorios para mantener el contacto cuentan días hábiles: los días entre semana que no son festivos donde vives.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Hold the interview</source>
        <translation>Haz la entrevista</translation>
    </message>
    <message>
        <source>Keep to the time you asked for, take notes, and at the end thank them, ask how to stay in touch and who else you could talk to. Interview mode has a short checklist for each kind of meeting: in person, phone, video or email.</source>
        <translation>Respeta el tiempo que pediste, toma notas y, al final, da las gracias, pregunta cómo seguir en contacto y con quién más podrías hablar. El modo entrevista tiene una lista breve para cada tipo de encuentro: en persona, por teléfono, por video o por correo.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Empezar la entrevista</translation>
    </message>
    <message>
        <source>Open interview mode, full screen (Enter)</source>
        <translation>Abrir el modo entrevista a pantalla completa (Intro)</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) scheduled. Choose one and press Start when you sit down with the person.</source>
        <translation>
            <numerusform>%n entrevista agendada. Elígela y pulsa «Empezar la entrevista» cuando te sientes con la persona.</numerusform>
            <numerusform>%n entrevistas agendadas. Elige una y pulsa «Empezar la entrevista» cuando te sientes con la persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview scheduled yet: once a request is accepted, schedule it in step 3.</source>
        <translation>Aún no hay ninguna entrevista agendada: cuando acepten una solicitud, agéndala en el paso 3.</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Abrir las notas</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>%1 (partly translated)</source>
        <translation>%1 (traducido en parte)</translation>
    </message>
    <message>
        <source>InfoView speaks the language chosen here from the next time it starts.</source>
        <translation>InfoView usará el idioma elegido aquí a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>Preferences saved. InfoView follows the system&apos;s language from its next start.</source>
        <translation>Preferencias guardadas. InfoView seguirá el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Preferences saved. InfoView speaks %1 from its next start.</source>
        <translation>Preferencias guardadas. InfoView usará %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link to “%1”</source>
        <translation>Añadir un enlace a «%1»</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Optional: what the page is about</source>
        <translation>Opcional: de qué trata la página</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Link not opened</source>
        <translation>Enlace no abierto</translation>
    </message>
    <message>
        <source>InfoView opens only web pages (http:// or https://), so this link was not opened. Remove it, and add the page&apos;s web address instead.</source>
        <translation>InfoView solo abre páginas web (http:// o https://), así que este enlace no se abrió. Quítalo y añade en su lugar la dirección web de la página.</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Añadir enlace…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
</context>
<context>
    <name>MailProgram</name>
    <message>
        <source>No mail program opened this email.</source>
        <translation>Ningún programa de correo abrió este mensaje.</translation>
    </message>
    <message>
        <source>This computer has no mail program set up for email links. Copy the email and paste it into a new message in the mail you use (in a browser or an app): the address, the subject and the text come with it.</source>
        <translation>Este ordenador no tiene ningún programa de correo configurado para los enlaces de correo. Copia el mensaje y pégalo en uno nuevo del correo que uses (en el navegador o en una app): la dirección, el asunto y el texto van incluidos.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Sin programa de correo</translation>
    </message>
    <message>
        <source>Copy the email</source>
        <translation>Copiar el mensaje</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Posibles du&amp;plicados…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Tu pe&amp;rfil…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Comprobar la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Copias de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Guía y atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Informar de un problema…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find in this view</source>
        <translation>&amp;Buscar en esta vista</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Research notes</source>
        <translation>Notas de investigación</translation>
    </message>
    <message>
        <source>What the work is, the pay, the path in, what you read and where…
One idea a line: select the lines only an insider can answer and mark them to verify in an interview.</source>
        <translation>En qué consiste el trabajo, el sueldo, cómo se entra, qué leíste y dónde…
Una idea por línea: selecciona las líneas que solo alguien de dentro puede responder y márcalas para verificarlas en una entrevista.</translation>
    </message>
    <message>
        <source>Your research notes</source>
        <translation>Tus notas de investigación</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Compact (three lines a question)</source>
        <translation>Compacto (tres líneas por pregunta)</translation>
    </message>
    <message>
        <source>Roomy (seven lines a question)</source>
        <translation>Amplio (siete líneas por pregunta)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Días festivos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of InfoView</source>
        <translation>Idioma de InfoView</translation>
    </message>
    <message>
        <source>Question sheets</source>
        <translation>Hojas de preguntas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Room for notes</source>
        <translation>Espacio para notas</translation>
    </message>
    <message>
        <source>Requests without an answer</source>
        <translation>Solicitudes sin respuesta</translation>
    </message>
    <message>
        <source>Suggest asking the next person after</source>
        <translation>Sugerir a la siguiente persona tras</translation>
    </message>
    <message>
        <source>Suggest one polite follow-up after</source>
        <translation>Sugerir un recordatorio cortés tras</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Tu perfil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Welcome to InfoView. Tell us a little about yourself: your details fill the request emails, thank-you notes, letters and question sheets. You can change them later from Settings &gt; Your profile.</source>
        <translation>Te damos la bienvenida a InfoView. Cuéntanos un poco sobre ti: tus datos rellenan los correos de solicitud, los agradecimientos, las cartas y las hojas de preguntas. Puedes cambiarlos después en Configuración &gt; Tu perfil.</translation>
    </message>
    <message>
        <source>Your details fill the request emails, thank-you notes, letters and question sheets.</source>
        <translation>Tus datos rellenan los correos de solicitud, los agradecimientos, las cartas y las hojas de preguntas.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>School, college or employer</source>
        <translation>Colegio, universidad o empresa</translation>
    </message>
    <message>
        <source>Street, city, ZIP code: the letters&apos; sender address</source>
        <translation>Calle, código postal y ciudad: el remitente de las cartas</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>School or organization</source>
        <translation>Centro de estudios u organización</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Expected graduation</source>
        <translation>Graduación prevista</translation>
    </message>
    <message>
        <source>How decided are you?</source>
        <translation>¿Cuánto lo tienes decidido?</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar la pregunta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>What would you most like to know?</source>
        <translation>¿Qué es lo que más te gustaría saber?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>A built-in question keeps its topic.</source>
        <translation>Una pregunta incluida conserva su tema.</translation>
    </message>
    <message>
        <source>Restore the original wording and close</source>
        <translation>Recuperar la redacción original y cerrar</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Prepare questions</source>
        <translation>Prepara las preguntas</translation>
    </message>
    <message>
        <source>Choose the questions that fit how decided you are and how close you are to graduating, and put the ones you most want answered first.</source>
        <translation>Elige las preguntas que encajan con lo decidido que estás y lo cerca que tienes la graduación, y pon primero las que más quieres que te respondan.</translation>
    </message>
    <message>
        <source>Questions for</source>
        <translation>Preguntas para</translation>
    </message>
    <message>
        <source>Choose a career field in step 1 first.</source>
        <translation>Primero elige un campo profesional en el paso 1.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>It may have been moved or deleted outside %1.</source>
        <translation>Puede que se haya movido o borrado fuera de %1.</translation>
    </message>
    <message>
        <source>%1 has not changed it. When you restore a backup, the damaged file is kept beside it under a new name: nothing is deleted.</source>
        <translation>%1 no lo ha modificado. Al restaurar una copia de seguridad, el archivo dañado se conserva a su lado con otro nombre: no se borra nada.</translation>
    </message>
    <message>
        <source>Choose a backup to restore. The newest is selected.</source>
        <translation>Elige una copia de seguridad para restaurar. La más reciente está seleccionada.</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can quit and keep the file as it is (someone who knows SQLite may be able to rescue it), or start with no data.</source>
        <translation>No hay ninguna copia de seguridad que restaurar. Puedes salir y dejar el archivo como está (alguien que conozca SQLite quizá pueda rescatarlo) o empezar sin datos.</translation>
    </message>
    <message>
        <source>%1: your data needs attention</source>
        <translation>%1: tus datos necesitan atención</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <source>Start with no data…</source>
        <translation>Empezar sin datos…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your data file is missing</source>
        <translation>Falta tu archivo de datos</translation>
    </message>
    <message>
        <source>%1 cannot open your data</source>
        <translation>%1 no puede abrir tus datos</translation>
    </message>
    <message>
        <source>The damaged file is kept in %1 as %2.</source>
        <translation>El archivo dañado se conserva en %1 como %2.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>No se pudo restaurar la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Copia del %1 restaurada.</translation>
    </message>
    <message>
        <source>%1 will open empty. Your backups stay in the backups folder.</source>
        <translation>%1 se abrirá vacío. Tus copias de seguridad se quedan en su carpeta.</translation>
    </message>
    <message>
        <source>%1 will open empty. The damaged file is kept in the data folder under a new name. Your backups stay in the backups folder.</source>
        <translation>%1 se abrirá vacío. El archivo dañado se conserva en la carpeta de datos con otro nombre. Tus copias de seguridad se quedan en su carpeta.</translation>
    </message>
    <message>
        <source>Start with no data</source>
        <translation>Empezar sin datos</translation>
    </message>
    <message>
        <source>Start with no data?</source>
        <translation>¿Empezar sin datos?</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No se empezó</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside.</source>
        <translation>No se pudo apartar el archivo dañado.</translation>
    </message>
    <message>
        <source>Started with no data.</source>
        <translation>Empezaste sin datos.</translation>
    </message>
</context>
<context>
    <name>RenameFieldDialog</name>
    <message>
        <source>Rename career field “%1”</source>
        <translation>Renombrar el campo profesional «%1»</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>If something went wrong, send us this text with a few words about what you were doing. It holds no names, email addresses, notes or drafts: %1 names your records by their number only. The log folder keeps the older lines too.</source>
        <translation>Si algo salió mal, envíanos este texto con unas palabras sobre lo que estabas haciendo. No contiene nombres, direcciones de correo, notas ni borradores: %1 nombra tus registros solo por su número. La carpeta de registros guarda también las líneas anteriores.</translation>
    </message>
    <message>
        <source>(the log is empty)</source>
        <translation>(el registro está vacío)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Sistema: %1</translation>
    </message>
    <message>
        <source>The last lines of %1:</source>
        <translation>Las últimas líneas de %1:</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Texto para enviar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1 of 6 · %2</source>
        <translation>Paso %1 de 6 · %2</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Say thank you</source>
        <translation>Da las gracias</translation>
    </message>
    <message>
        <source>Send a thank-you email no later than one day after the interview, naming something they said that helped. A note card or a letter can follow.</source>
        <translation>Envía un correo de agradecimiento como mucho un día después de la entrevista, mencionando algo que te dijo y que te ayudó. Después puede ir una tarjeta o una carta.</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Escribir el agradecimiento…</translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you email(s) to send, %1 overdue.</source>
        <translation>
            <numerusform>%n correo de agradecimiento por enviar, %1 con retraso.</numerusform>
            <numerusform>%n correos de agradecimiento por enviar, %1 con retraso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you email(s) to send.</source>
        <translation>
            <numerusform>%n correo de agradecimiento por enviar.</numerusform>
            <numerusform>%n correos de agradecimiento por enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every interview has been thanked. A note card or a letter can still follow.</source>
        <translation>Ya has dado las gracias por todas las entrevistas. Todavía puede ir una tarjeta o una carta.</translation>
    </message>
    <message>
        <source>No interview held yet: after an interview, its thank-you appears here.</source>
        <translation>Aún no has hecho ninguna entrevista: después de cada una, su agradecimiento aparece aquí.</translation>
    </message>
    <message>
        <source>Ask %1…</source>
        <translation>Pedir a %1…</translation>
    </message>
    <message>
        <source>Go on with %1</source>
        <translation>Seguir con %1</translation>
    </message>
    <message>
        <source>What next: ask the next person on your list, or go on with another field.</source>
        <translation>Y ahora: pide a la siguiente persona de tu lista, o sigue con otro campo.</translation>
    </message>
    <message>
        <source>What next: find more people to talk to (step 2), or add a field (step 1).</source>
        <translation>Y ahora: busca más personas con quienes hablar (paso 2) o añade un campo (paso 1).</translation>
    </message>
</context>
<context>
    <name>TypingDialog</name>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Lo que escribiste aquí no está guardado. ¿Cerrar y perderlo?</translation>
    </message>
</context>
<context>
    <name>UnusableBackups</name>
    <message numerus="yes">
        <source>%n other backup(s) did not pass their check and are not shown.</source>
        <translation>
            <numerusform>%n copia más no superó la comprobación y no se muestra.</numerusform>
            <numerusform>%n copias más no superaron la comprobación y no se muestran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>To verify in an interview</source>
        <translation>Por verificar en una entrevista</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Career fields</source>
        <translation>Campos profesionales</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
</context>
</TS>
