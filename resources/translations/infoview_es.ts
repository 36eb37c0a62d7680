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
    <name>BulkWorkDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>finish “%1”</source>
        <translation>terminar «%1»</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <source>Cancel stops it and changes nothing.</source>
        <translation>«Cancelar» lo detiene y no cambia nada.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>InfoView could not finish “%1”.</source>
        <translation>InfoView no pudo terminar «%1».</translation>
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
    <name>CriteriaDialog</name>
    <message>
        <source>Score each contact from 0 to 5 on these criteria, in the table of contacts. The weight says how much a criterion counts in the score: 0 ignores it, 5 counts most. Scores follow each change at once.</source>
        <translation>Puntúa a cada contacto de 0 a 5 en estos criterios, en la tabla de contactos. El peso indica cuánto cuenta un criterio en la puntuación: 0 lo ignora, 5 es lo que más cuenta. Las puntuaciones se actualizan con cada cambio.</translation>
    </message>
    <message>
        <source>Criteria for %1</source>
        <translation>Criterios para %1</translation>
    </message>
    <message>
        <source>A new criterion, e.g. Works with data daily</source>
        <translation>Un criterio nuevo, p. ej., Trabaja con datos a diario</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Criterio nuevo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the criterion typed (Enter)</source>
        <translation>Añadir el criterio escrito (Intro)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterio añadido</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Quitar un criterio</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>¿Quitar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>You gave %n contact(s) a score on it: those scores are removed too, and the weighted scores follow.</source>
        <translation>
            <numerusform>Has puntuado a %n contacto en él: esa puntuación también se quita y las puntuaciones ponderadas se actualizan.</numerusform>
            <numerusform>Has puntuado a %n contactos en él: esas puntuaciones también se quitan y las puntuaciones ponderadas se actualizan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterio quitado</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>Aún sin añadir</translation>
    </message>
    <message>
        <source>“%1” is typed but not added.</source>
        <translation>«%1» está escrito pero no añadido.</translation>
    </message>
    <message>
        <source>Add it before closing?</source>
        <translation>¿Añadirlo antes de cerrar?</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Añadirlo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
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
    <name>DraftEditor</name>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Para: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To: %1 (no email address saved: add it in your mail program)</source>
        <translation>Para: %1 (no hay dirección de correo guardada: añádela en tu programa de correo)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Your data is as it was, and so is any file of that name.</source>
        <translation>Tus datos siguen como estaban, y también cualquier archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Contacts as CSV (spreadsheets and other programs)</source>
        <translation>Contactos en CSV (hojas de cálculo y otros programas)</translation>
    </message>
    <message>
        <source>InfoView contacts</source>
        <translation>Contactos de InfoView</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0 (address books, phones)</source>
        <translation>Contactos en vCard 4.0 (libretas de direcciones, teléfonos)</translation>
    </message>
    <message>
        <source>Scheduled interviews as a calendar file (.ics)</source>
        <translation>Entrevistas agendadas como archivo de calendario (.ics)</translation>
    </message>
    <message>
        <source>InfoView interviews</source>
        <translation>Entrevistas de InfoView</translation>
    </message>
    <message>
        <source>Everything, as a backup InfoView can restore (.json)</source>
        <translation>Todo, como copia de seguridad que InfoView puede restaurar (.json)</translation>
    </message>
    <message>
        <source>InfoView backup</source>
        <translation>Copia de seguridad de InfoView</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>InfoView backups (*.json)</source>
        <translation>Copias de seguridad de InfoView (*.json)</translation>
    </message>
    <message>
        <source>Any spreadsheet or address book can read it; InfoView reads it back.</source>
        <translation>Cualquier hoja de cálculo o libreta de direcciones puede leerlo; InfoView también lo vuelve a leer.</translation>
    </message>
    <message>
        <source>One file with every card; address books and phones import it.</source>
        <translation>Un archivo con todas las tarjetas; las libretas de direcciones y los teléfonos lo importan.</translation>
    </message>
    <message>
        <source>Every interview with a date and time, in one file your calendar program opens; exporting again updates the same events.</source>
        <translation>Todas las entrevistas con fecha y hora, en un archivo que abre tu programa de calendario; si vuelves a exportar, se actualizan los mismos eventos.</translation>
    </message>
    <message>
        <source>Every table, exactly: restore it into an empty data folder with File &gt; Import. Keep it somewhere safe: it holds all your notes.</source>
        <translation>Todas las tablas, exactas: restáurala en una carpeta de datos vacía con Archivo &gt; Importar. Guárdala en un lugar seguro: contiene todas tus notas.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>Todos los contactos (%1)</translation>
    </message>
    <message>
        <source>The selected contacts (%1)</source>
        <translation>Los contactos seleccionados (%1)</translation>
    </message>
    <message>
        <source>Made for a spreadsheet (Excel, LibreOffice, Numbers)</source>
        <translation>Para una hoja de cálculo (Excel, LibreOffice, Numbers)</translation>
    </message>
    <message>
        <source>Adds a byte-order mark so that a spreadsheet shows accents correctly.</source>
        <translation>Añade una marca de orden de bytes para que la hoja de cálculo muestre bien los acentos.</translation>
    </message>
    <message>
        <source>Cells as they are, for a program (not for a spreadsheet)</source>
        <translation>Celdas tal cual, para un programa (no para una hoja de cálculo)</translation>
    </message>
    <message>
        <source>By default a cell starting with = + - @, a tab or a line break is written with a leading apostrophe, so that a spreadsheet shows it as text (+1-555-0100 stays +1-555-0100) and runs no formula; InfoView&apos;s own import removes it. Check this only for a program that reads the file.</source>
        <translation>Por defecto, una celda que empieza por = + - @, un tabulador o un salto de línea se escribe con un apóstrofo delante, para que la hoja de cálculo la muestre como texto (+1-555-0100 sigue siendo +1-555-0100) y no ejecute ninguna fórmula; la importación de InfoView lo quita. Márcalo solo para un programa que lea el archivo.</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Archivo al que exportar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Qué contactos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>write this file</source>
        <translation>escribir este archivo</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elige un archivo en el que escribir.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
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
    <name>FolderRow</name>
    <message>
        <source>Hand-over folder</source>
        <translation>Carpeta de traspaso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Choose the hand-over folder</source>
        <translation>Elige la carpeta de traspaso</translation>
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
    <name>HandOverDialog</name>
    <message>
        <source>Hand over to another computer</source>
        <translation>Pasar a otro ordenador</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Pasar</translation>
    </message>
    <message>
        <source>write the hand-over</source>
        <translation>escribir el traspaso</translation>
    </message>
    <message>
        <source>Your data is as it was.</source>
        <translation>Tus datos siguen como estaban.</translation>
    </message>
    <message>
        <source>Write a copy of your data into a folder that goes with you to the other computer: a synced folder (Dropbox, OneDrive, Syncthing…) or a USB stick. The copy is checked before it is kept. On the other computer, choose File &gt; Take over from another computer… and the same folder.</source>
        <translation>Escribe una copia de tus datos en una carpeta que llegue contigo al otro ordenador: una carpeta sincronizada (Dropbox, OneDrive, Syncthing…) o una memoria USB. La copia se comprueba antes de guardarla. En el otro ordenador, elige Archivo &gt; Recoger de otro ordenador… y la misma carpeta.</translation>
    </message>
    <message>
        <source>Choose a folder that exists first.</source>
        <translation>Elige primero una carpeta que exista.</translation>
    </message>
    <message>
        <source>Writing the hand-over…</source>
        <translation>Escribiendo el traspaso…</translation>
    </message>
    <message>
        <source>Handed over (%1). On the other computer, choose File &gt; Take over from another computer… and this folder.</source>
        <translation>Traspaso hecho (%1). En el otro ordenador, elige Archivo &gt; Recoger de otro ordenador… y esta carpeta.</translation>
    </message>
    <message>
        <source>The hand-over that was in the folder came from another computer and was never taken over here: it is kept in Tools &gt; Backups.</source>
        <translation>El traspaso que había en la carpeta venía de otro ordenador y nunca se recogió aquí: se guarda en Herramientas &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspaso hecho</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Sin traspaso</translation>
    </message>
    <message>
        <source>The hand-over could not be written.</source>
        <translation>No se pudo escribir el traspaso.</translation>
    </message>
    <message>
        <source>Canceled: no hand-over was written.</source>
        <translation>Cancelado: no se escribió ningún traspaso.</translation>
    </message>
</context>
<context>
    <name>HelpGuideDialog</name>
    <message>
        <source>Choose a career field</source>
        <translation>Elige un campo profesional</translation>
    </message>
    <message>
        <source>Pick a field to explore and research it first: the work, the pay and the path in. Note what only someone inside can tell you.</source>
        <translation>Elige un campo que explorar e investígalo primero: el trabajo, el sueldo y cómo se entra. Anota lo que solo alguien de dentro te puede contar.</translation>
    </message>
    <message>
        <source>Find professionals to interview</source>
        <translation>Encuentra profesionales para entrevistar</translation>
    </message>
    <message>
        <source>Ask friends, family, teachers, alumni and networking sites. Note who introduced you: a mutual contact opens doors.</source>
        <translation>Pregunta a amistades, familia, profesores, exalumnos y en redes profesionales. Anota quién te presentó: un contacto en común abre puertas.</translation>
    </message>
    <message>
        <source>Rank, ask, schedule</source>
        <translation>Ordena, pide, agenda</translation>
    </message>
    <message>
        <source>Score each person on your criteria, then ask the top one for 20-30 minutes. No answer after a few business days? Ask the next person.</source>
        <translation>Puntúa a cada persona según tus criterios y pide a la primera 20-30 minutos. ¿Sin respuesta tras unos días hábiles? Pregunta a la siguiente.</translation>
    </message>
    <message>
        <source>Prepare questions</source>
        <translation>Prepara las preguntas</translation>
    </message>
    <message>
        <source>Choose questions that fit how decided you are, put the ones you most want answered first, and print the question sheet.</source>
        <translation>Elige preguntas que encajen con lo decidido que estás, pon primero las que más te importan e imprime la hoja de preguntas.</translation>
    </message>
    <message>
        <source>Hold the interview</source>
        <translation>Haz la entrevista</translation>
    </message>
    <message>
        <source>Keep to the time you asked for and take notes. At the end, ask how to stay in touch and who else you could talk to.</source>
        <translation>Respeta el tiempo que pediste y toma notas. Al final, pregunta cómo seguir en contacto y con quién más podrías hablar.</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Da las gracias</translation>
    </message>
    <message>
        <source>Send a thank-you within a day, naming something they said that helped. A note card or a letter can follow.</source>
        <translation>Envía un agradecimiento en menos de un día, mencionando algo que te dijo y que te ayudó. Después puede ir una tarjeta o una carta.</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Mark answered and go to the next question</source>
        <translation>Marcar como respondida e ir a la siguiente</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Poner en marcha el reloj</translation>
    </message>
    <message>
        <source>End the interview</source>
        <translation>Terminar la entrevista</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Tarjeta de visita</translation>
    </message>
    <message>
        <source>They suggested someone: add that person</source>
        <translation>Te recomendó a alguien: añadir a esa persona</translation>
    </message>
    <message>
        <source>Print the notes</source>
        <translation>Imprimir las notas</translation>
    </message>
    <message>
        <source>Save the notes as PDF</source>
        <translation>Guardar las notas en PDF</translation>
    </message>
    <message>
        <source>Close interview mode</source>
        <translation>Cerrar el modo entrevista</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
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
        <source>Contacts table</source>
        <translation>Tabla de contactos</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Abrir el contacto</translation>
    </message>
    <message>
        <source>Delete the selected contacts</source>
        <translation>Eliminar los contactos seleccionados</translation>
    </message>
    <message>
        <source>Move the selected contacts up or down the ranking</source>
        <translation>Subir o bajar los contactos seleccionados en la clasificación</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Add the selected questions to the list</source>
        <translation>Añadir las preguntas seleccionadas a la lista</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Move the criterion up or down</source>
        <translation>Subir o bajar el criterio</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>En cualquier parte de la ventana</translation>
    </message>
    <message>
        <source>Career fields list</source>
        <translation>Lista de campos profesionales</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Modo entrevista</translation>
    </message>
    <message>
        <source>How %1 works</source>
        <translation>Cómo funciona %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 guide</source>
        <translation>Guía de %1</translation>
    </message>
    <message>
        <source>Guide and shortcuts</source>
        <translation>Guía y atajos de teclado</translation>
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
    <name>LanguageButton</name>
    <message>
        <source>Use the current language</source>
        <translation>Usar el idioma actual</translation>
    </message>
    <message>
        <source>Put the questions from the bank in the language InfoView speaks now. Questions you wrote or reworded stay as they are.</source>
        <translation>Pone las preguntas del banco en el idioma que usa InfoView ahora. Las preguntas que escribiste o modificaste se quedan como están.</translation>
    </message>
    <message>
        <source>The questions from the bank are already in the current language.</source>
        <translation>Las preguntas del banco ya están en el idioma actual.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) now in the current language: Edit &gt; Undo goes back.</source>
        <translation>
            <numerusform>%n pregunta ahora en el idioma actual: Editar &gt; Deshacer vuelve atrás.</numerusform>
            <numerusform>%n preguntas ahora en el idioma actual: Editar &gt; Deshacer vuelve atrás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you reworded kept as you wrote them.</source>
        <translation>
            <numerusform>Se ha conservado %n pregunta que modificaste, tal como la escribiste.</numerusform>
            <numerusform>Se han conservado %n preguntas que modificaste, tal como las escribiste.</numerusform>
        </translation>
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
        <source>https://www.bls.gov/ooh/…</source>
        <translation>https://www.todofp.es/…</translation>
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
    <message>
        <source>Add ta&amp;g…</source>
        <translation>&amp;Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Rena&amp;me tag…</source>
        <translation>Cambiar &amp;nombre de etiqueta…</translation>
    </message>
    <message>
        <source>&amp;Hand over to another computer…</source>
        <translation>&amp;Pasar a otro ordenador…</translation>
    </message>
    <message>
        <source>&amp;Take over from another computer…</source>
        <translation>&amp;Recoger de otro ordenador…</translation>
    </message>
    <message>
        <source>Another computer handed over newer data: File &gt; Take over from another computer…</source>
        <translation>Otro ordenador ha pasado datos más recientes: Archivo &gt; Recoger de otro ordenador…</translation>
    </message>
    <message>
        <source>Your data is in a synced folder</source>
        <translation>Tus datos están en una carpeta sincronizada</translation>
    </message>
    <message>
        <source>InfoView keeps your data in %1, a folder that %2 copies between computers.</source>
        <translation>InfoView guarda tus datos en %1, una carpeta que %2 copia entre ordenadores.</translation>
    </message>
    <message>
        <source>The data of an open program must not be in a synced folder: %1 can copy the file while InfoView writes to it, and the copies on two computers can undo each other&apos;s changes or damage the file. Move the data folder out of the synced folder (start InfoView with --data-dir, or set INFOVIEW_DATA_DIR), and carry your data with File &gt; Hand over to another computer… instead.</source>
        <translation>Los datos de un programa abierto no deben estar en una carpeta sincronizada: %1 puede copiar el archivo mientras InfoView escribe en él, y las copias de dos ordenadores pueden deshacer los cambios de la otra o dañar el archivo. Saca la carpeta de datos de la carpeta sincronizada (inicia InfoView con --data-dir o define INFOVIEW_DATA_DIR) y lleva tus datos con Archivo &gt; Pasar a otro ordenador….</translation>
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
    <name>RequestChecker</name>
    <message>
        <source>Before you send</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>Short and specific works best: who you are, why them, and one clear question.</source>
        <translation>Lo breve y concreto funciona mejor: quién eres, por qué esa persona y una pregunta clara.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n palabra (procura no pasar de %1)</numerusform>
            <numerusform>%n palabras (procura no pasar de %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Words about jobs or hiring: %1. Ask to learn, not for a job.</source>
        <translation>Palabras sobre empleo o contratación: %1. Pide aprender, no un trabajo.</translation>
    </message>
    <message>
        <source>No words about jobs or hiring</source>
        <translation>Ninguna palabra sobre empleo o contratación</translation>
    </message>
    <message>
        <source>Names the connection</source>
        <translation>Menciona el contacto en común</translation>
    </message>
    <message>
        <source>Say who introduced you or how you found them</source>
        <translation>Di quién te presentó o cómo diste con esa persona</translation>
    </message>
    <message>
        <source>Ends with a question</source>
        <translation>Termina con una pregunta</translation>
    </message>
    <message>
        <source>End with a question, such as asking for a time</source>
        <translation>Termina con una pregunta, por ejemplo pidiendo un momento</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Ask %1 for an informational interview</source>
        <translation>Pedir a %1 una entrevista informativa</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ya lo envié</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start again from a new draft? What you wrote in this one is replaced.</source>
        <translation>¿Empezar de nuevo con otro borrador? Lo que escribiste en este se reemplaza.</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Conservar mi borrador</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Address, building and room</source>
        <translation>Dirección, edificio y sala</translation>
    </message>
    <message>
        <source>The number to call, and who calls whom</source>
        <translation>El número al que llamar y quién llama a quién</translation>
    </message>
    <message>
        <source>Link to the video call (https://…)</source>
        <translation>Enlace a la videollamada (https://…)</translation>
    </message>
    <message>
        <source>The email address to write to</source>
        <translation>La dirección de correo a la que escribir</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Entrevista con %1</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>The interview is saved as it was.</source>
        <translation>La entrevista queda guardada como estaba.</translation>
    </message>
    <message>
        <source>save the calendar file %1</source>
        <translation>guardar el archivo de calendario %1</translation>
    </message>
    <message>
        <source>Schedule the interview with %1</source>
        <translation>Agendar la entrevista con %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>When and where will you talk with %1?</source>
        <translation>¿Cuándo y dónde hablarás con %1?</translation>
    </message>
    <message>
        <source>Save and add to calendar…</source>
        <translation>Guardar y añadir al calendario…</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Aún sin hora</translation>
    </message>
    <message>
        <source>Mark %1 as accepted; schedule later</source>
        <translation>Marcar que %1 aceptó; agendar más tarde</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lugar o enlace</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/London.</source>
        <translation>Elige una zona horaria de la lista, como Europe/Madrid.</translation>
    </message>
    <message>
        <source>The clocks go forward at this time that day: pick another time.</source>
        <translation>Ese día se adelantan los relojes a esta hora: elige otra.</translation>
    </message>
    <message>
        <source>This time happens twice that day (clocks go back): the first is used.</source>
        <translation>Esta hora se repite ese día (se atrasan los relojes): se usa la primera.</translation>
    </message>
    <message>
        <source>Add the link to the video call when they send it.</source>
        <translation>Añade el enlace a la videollamada cuando te lo envíen.</translation>
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
    <name>TakeOverDialog</name>
    <message>
        <source>Take over from another computer</source>
        <translation>Recoger de otro ordenador</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Recoger</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>take over the data</source>
        <translation>recoger los datos</translation>
    </message>
    <message>
        <source>Your data is as it was.</source>
        <translation>Tus datos siguen como estaban.</translation>
    </message>
    <message>
        <source>Open the data another computer handed over into a folder. Your data here is kept as a backup first, listed in Tools &gt; Backups.</source>
        <translation>Abre los datos que otro ordenador pasó a una carpeta. Antes, tus datos de aquí se guardan como copia de seguridad, en Herramientas &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Looking at the hand-over…</source>
        <translation>Examinando el traspaso…</translation>
    </message>
    <message>
        <source>Use the hand-over</source>
        <translation>Usar el traspaso</translation>
    </message>
    <message>
        <source>There is no hand-over in this folder.</source>
        <translation>No hay ningún traspaso en esta carpeta.</translation>
    </message>
    <message>
        <source>This folder holds the hand-over from “%1” of %2, newer than your data here, which has not changed since. Take it over? Your data here is kept as a backup.</source>
        <translation>Esta carpeta contiene el traspaso de «%1» del %2, más reciente que tus datos de aquí, que no han cambiado desde entonces. ¿Recogerlo? Tus datos de aquí se guardan como copia de seguridad.</translation>
    </message>
    <message>
        <source>This folder holds the hand-over from “%1” of %2, but your data here has changes that it does not hold. Choose which to keep: the other is kept as a backup, listed in Tools &gt; Backups.</source>
        <translation>Esta carpeta contiene el traspaso de «%1» del %2, pero tus datos de aquí tienen cambios que el traspaso no incluye. Elige cuáles conservar: los otros se guardan como copia de seguridad, en Herramientas &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Your data here already holds the hand-over from “%1” of %2: there is nothing newer to take over.</source>
        <translation>Tus datos de aquí ya contienen el traspaso de «%1» del %2: no hay nada más reciente que recoger.</translation>
    </message>
    <message>
        <source>Took over the hand-over from “%1” of %2</source>
        <translation>Traspaso de «%1» del %2 recogido</translation>
    </message>
    <message>
        <source>Taking over the hand-over…</source>
        <translation>Recogiendo el traspaso…</translation>
    </message>
    <message>
        <source>Keeping the hand-over as a backup…</source>
        <translation>Guardando el traspaso como copia de seguridad…</translation>
    </message>
    <message>
        <source>Your data is kept; the hand-over is a backup now</source>
        <translation>Tus datos se conservan; el traspaso es ahora una copia de seguridad</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>No recogido</translation>
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
<context>
    <name>WorkPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
</TS>
