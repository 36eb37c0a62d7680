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
    <name>AccountsDialog</name>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>The contacts of one career field</source>
        <translation>Los contactos de un campo profesional</translation>
    </message>
    <message>
        <source>The contacts with one tag</source>
        <translation>Los contactos con una etiqueta</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Your interviews in your calendar and your contacts in your address book, on your phone and your other computers: %1 syncs with an account on a CalDAV/CardDAV server (Nextcloud, Fastmail, iCloud, a Radicale at home…).</source>
        <translation>Tus entrevistas en tu calendario y tus contactos en tu libreta de direcciones, en el móvil y en tus otros ordenadores: %1 se sincroniza con una cuenta en un servidor CalDAV/CardDAV (Nextcloud, Fastmail, iCloud, un Radicale en casa…).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>reach the account</source>
        <translation>conectar con la cuenta</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>Quitar la cuenta…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>example.org or https://dav.example.org/</source>
        <translation>example.org o https://dav.example.org/</translation>
    </message>
    <message>
        <source>or an app password</source>
        <translation>o una contraseña de aplicación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The password is kept in memory until you quit %1, never saved: %1 asks for it once each time it starts.</source>
        <translation>La contraseña se guarda en memoria hasta que cierras %1, nunca en disco: %1 te la pide una vez cada vez que se inicia.</translation>
    </message>
    <message>
        <source>Calendar and address book</source>
        <translation>Calendario y libreta de direcciones</translation>
    </message>
    <message>
        <source>Thank-yous due and keep-in-touch reminders as tasks</source>
        <translation>Agradecimientos pendientes y recordatorios para mantener el contacto como tareas</translation>
    </message>
    <message>
        <source>Interviews in</source>
        <translation>Entrevistas en</translation>
    </message>
    <message>
        <source>Contacts in</source>
        <translation>Contactos en</translation>
    </message>
    <message>
        <source>Contacts to keep in the address book</source>
        <translation>Contactos que mantener en la libreta de direcciones</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Cuáles</translation>
    </message>
    <message>
        <source>Career field</source>
        <translation>Campo profesional</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo cuando lo pida</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sincronizar cada</translation>
    </message>
    <message>
        <source>While %1 is open. Tools &gt; Sync now (F5) syncs at once.</source>
        <translation>Mientras %1 está abierto. Herramientas &gt; Sincronizar ahora (F5) sincroniza al momento.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice.</source>
        <translation>
            <numerusform>%n cambio de la sincronización espera tu decisión.</numerusform>
            <numerusform>%n cambios de la sincronización esperan tu decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new calendar named “InfoView”</source>
        <translation>Un calendario nuevo llamado «InfoView»</translation>
    </message>
    <message>
        <source>A new address book named “InfoView”</source>
        <translation>Una libreta de direcciones nueva llamada «InfoView»</translation>
    </message>
    <message>
        <source>None: no interviews in a calendar</source>
        <translation>Ninguno: sin entrevistas en un calendario</translation>
    </message>
    <message>
        <source>None: no contacts in an address book</source>
        <translation>Ninguna: sin contactos en una libreta de direcciones</translation>
    </message>
    <message>
        <source>Type the server&apos;s address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escribe tu usuario.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendario</numerusform>
            <numerusform>%n calendarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address book(s)</source>
        <translation>
            <numerusform>%n libreta de direcciones</numerusform>
            <numerusform>%n libretas de direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1 and %2.</source>
        <translation>Conectado: %1 y %2.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Detenido: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Making the calendar and address book…</source>
        <translation>Creando el calendario y la libreta de direcciones…</translation>
    </message>
    <message>
        <source>Connect, then choose a calendar or an address book to sync with.</source>
        <translation>Conecta y elige un calendario o una libreta de direcciones con los que sincronizar.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>Stop syncing with this account?</source>
        <translation>¿Dejar de sincronizar con esta cuenta?</translation>
    </message>
    <message>
        <source>%1 forgets the account. Nothing is deleted: your contacts and interviews stay here, and the calendar and address book stay on the server.</source>
        <translation>%1 olvida la cuenta. No se borra nada: tus contactos y entrevistas se quedan aquí, y el calendario y la libreta de direcciones se quedan en el servidor.</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Cuenta quitada</translation>
    </message>
</context>
<context>
    <name>AddTagsDialog</name>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message numerus="yes">
        <source>Tags to give the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Etiquetas para el contacto seleccionado:</numerusform>
            <numerusform>Etiquetas para los %Ln contactos seleccionados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Type a tag to add.</source>
        <translation>Escribe una etiqueta para añadirla.</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <source>THANK-YOU</source>
        <translation>GRACIAS</translation>
    </message>
    <message>
        <source>INTERVIEW</source>
        <translation>ENTREVISTA</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>SOLICITUD</translation>
    </message>
    <message>
        <source>DECLINED</source>
        <translation>RECHAZADA</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>PEDIR</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Unstar the answer of %1</source>
        <translation>Quitar la estrella a la respuesta de %1</translation>
    </message>
    <message>
        <source>Unstar this answer</source>
        <translation>Quitar la estrella a esta respuesta</translation>
    </message>
    <message>
        <source>Star the answer of %1</source>
        <translation>Marcar con estrella la respuesta de %1</translation>
    </message>
    <message>
        <source>Star this answer</source>
        <translation>Marcar esta respuesta con estrella</translation>
    </message>
    <message>
        <source>Answer starred</source>
        <translation>Respuesta marcada con estrella</translation>
    </message>
    <message>
        <source>Star taken away</source>
        <translation>Estrella quitada</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Nothing learned about %1 yet: once an interview is held, what you noted under each question appears here, grouped by topic.</source>
        <translation>Aún no hay nada aprendido sobre %1: cuando hagas una entrevista, lo que anotaste bajo cada pregunta aparecerá aquí, agrupado por tema.</translation>
    </message>
    <message>
        <source>Research to verify</source>
        <translation>Información por comprobar</translation>
    </message>
</context>
<context>
    <name>AppEvents</name>
    <message>
        <source>%1 — Edit &gt; Undo brings it back</source>
        <translation>%1 — Editar &gt; Deshacer lo recupera</translation>
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
    <name>AskingFlow</name>
    <message>
        <source>Ask by email…</source>
        <translation>Pedir por correo…</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>Llamar…</translation>
    </message>
    <message>
        <source>They accepted…</source>
        <translation>Ha aceptado…</translation>
    </message>
    <message>
        <source>They declined…</source>
        <translation>Ha rechazado…</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Enviar un recordatorio…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Agendar…</translation>
    </message>
    <message>
        <source>They can&apos;t after all…</source>
        <translation>Al final no puede…</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Añadir al calendario…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Cambiar la fecha…</translation>
    </message>
    <message>
        <source>They canceled…</source>
        <translation>Ha cancelado…</translation>
    </message>
    <message>
        <source>Ask %1 now</source>
        <translation>Preguntar ahora a %1</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Aún no has preguntado.</translation>
    </message>
    <message>
        <source>Declined. You thanked them on %1.</source>
        <translation>Ha rechazado. Le diste las gracias el %1.</translation>
    </message>
    <message>
        <source>Accepted: agree on a time with them, then schedule it.</source>
        <translation>Ha aceptado: acordad una hora y luego agenda la entrevista.</translation>
    </message>
    <message>
        <source>Declined. Thank them for replying, and ask the next person.</source>
        <translation>Ha rechazado. Agradécele la respuesta y pregunta a la siguiente persona.</translation>
    </message>
    <message>
        <source>Interview held: send your thank-you (step 6).</source>
        <translation>Entrevista hecha: envía tu agradecimiento (paso 6).</translation>
    </message>
    <message>
        <source>Interview held and thanked.</source>
        <translation>Entrevista hecha y agradecida.</translation>
    </message>
    <message>
        <source>Scheduled: %1, in person.</source>
        <translation>Agendada: %1, en persona.</translation>
    </message>
    <message>
        <source>Scheduled: %1, by phone.</source>
        <translation>Agendada: %1, por teléfono.</translation>
    </message>
    <message>
        <source>Scheduled: %1, video call.</source>
        <translation>Agendada: %1, por videollamada.</translation>
    </message>
    <message>
        <source>Scheduled: %1, by email.</source>
        <translation>Agendada: %1, por correo electrónico.</translation>
    </message>
    <message>
        <source>Scheduled: %1, interview.</source>
        <translation>Entrevista agendada: %1.</translation>
    </message>
    <message>
        <source>Asked today.</source>
        <translation>Preguntaste hoy.</translation>
    </message>
    <message numerus="yes">
        <source>Asked on %1, %Ln business day(s) ago.</source>
        <translation>
            <numerusform>Preguntaste el %1, hace %Ln día hábil.</numerusform>
            <numerusform>Preguntaste el %1, hace %Ln días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked on %1.</source>
        <translation>Preguntaste el %1.</translation>
    </message>
    <message>
        <source>Followed up on %1.</source>
        <translation>Recordatorio enviado el %1.</translation>
    </message>
    <message>
        <source>Give them time to reply.</source>
        <translation>Dale tiempo para responder.</translation>
    </message>
    <message>
        <source>Request to %1 marked as sent</source>
        <translation>Solicitud a %1 marcada como enviada</translation>
    </message>
    <message>
        <source>Call recorded: request marked as asked</source>
        <translation>Llamada registrada: solicitud marcada como hecha</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 ha aceptado</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Entrevista agendada</translation>
    </message>
    <message>
        <source>Thanks recorded; marked as declined</source>
        <translation>Agradecimiento registrado; marcada como rechazada</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Recordatorio registrado</translation>
    </message>
    <message>
        <source>No reply from %1 yet</source>
        <translation>Aún sin respuesta de %1</translation>
    </message>
    <message>
        <source>Saved %1: open it to add the interview to your calendar</source>
        <translation>Guardado %1: ábrelo para añadir la entrevista a tu calendario</translation>
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
        <source>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them, and so are the two kinds a hand-over keeps: “Before a take-over” (your data before you took over another computer&apos;s) and “From another computer” (the other computer&apos;s data, when you kept yours).</source>
        <translation>%1 hace copias de seguridad de tus datos por sí solo: al iniciarse (si algo cambió desde la última vez), antes de una actualización, antes de una importación y antes de una restauración. Guarda todas las copias de los dos últimos días y después una al día, una a la semana y una al mes, hasta un año atrás aproximadamente. Las copias que hagas aquí se guardan hasta que las borres, igual que los dos tipos que guarda un traspaso: «Antes de un traspaso» (tus datos antes de traer los de otro ordenador) y «De otro ordenador» (los datos del otro ordenador, cuando te quedaste con los tuyos).</translation>
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
    <name>BankManager</name>
    <message>
        <source>Questions in the bank</source>
        <translation>Preguntas del banco</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation>Buscar en el banco</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Buscar en el banco de preguntas</translation>
    </message>
    <message>
        <source>Show hidden questions</source>
        <translation>Mostrar las preguntas ocultas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Question added to your bank</source>
        <translation>Pregunta añadida a tu banco</translation>
    </message>
    <message>
        <source>Question saved</source>
        <translation>Pregunta guardada</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n question(s)</source>
        <translation>
            <numerusform>Ocultar la pregunta</numerusform>
            <numerusform>Ocultar %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown in the bank again</source>
        <translation>Se vuelve a mostrar en el banco</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Eliminar la pregunta</numerusform>
            <numerusform>Eliminar %n preguntas</numerusform>
        </translation>
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
    <name>BusinessCardDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
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
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
    </message>
    <message>
        <source>Choose a photo or scan of the card</source>
        <translation>Elige una foto o un escaneo de la tarjeta</translation>
    </message>
    <message>
        <source>(nothing stored)</source>
        <translation>(nada guardado)</translation>
    </message>
    <message>
        <source>Business card of %1</source>
        <translation>Tarjeta de visita de %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Type in what the card says. The contact&apos;s details are shown grayed in each box.</source>
        <translation>Escribe lo que dice la tarjeta. Los datos del contacto aparecen en gris en cada casilla.</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <translation>Tarjeta de %1</translation>
    </message>
    <message>
        <source>Choose a &amp;photo or scan…</source>
        <translation>Elegir una &amp;foto o un escaneo…</translation>
    </message>
    <message>
        <source>A PNG or JPEG of the card</source>
        <translation>Un PNG o JPEG de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Quitar la foto</translation>
    </message>
    <message>
        <source>Update the contact?</source>
        <translation>¿Actualizar el contacto?</translation>
    </message>
    <message>
        <source>The card matches the stored contact: nothing to update.</source>
        <translation>La tarjeta coincide con el contacto guardado: no hay nada que actualizar.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>En la tarjeta</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Guardado ahora</translation>
    </message>
    <message>
        <source>The photo could not be kept, so nothing was saved: %1. %2</source>
        <translation>No se pudo guardar la foto, así que no se guardó nada: %1. %2</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
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
    <name>CardImage</name>
    <message>
        <source>The picture could not be opened: %1. %2</source>
        <translation>No se pudo abrir la imagen: %1. %2</translation>
    </message>
    <message>
        <source>This image is too large (%1 × %2 pixels): choose a photo or scan of a more usual size.</source>
        <translation>Esta imagen es demasiado grande (%1 × %2 píxeles): elige una foto o un escaneo de un tamaño más habitual.</translation>
    </message>
    <message>
        <source>This image could not be read: it may be damaged.</source>
        <translation>No se pudo leer esta imagen: puede que esté dañada.</translation>
    </message>
    <message>
        <source>This image could not be converted for keeping.</source>
        <translation>No se pudo convertir esta imagen para guardarla.</translation>
    </message>
</context>
<context>
    <name>CardThumbnail</name>
    <message>
        <source>No photo of the card</source>
        <translation>No hay foto de la tarjeta</translation>
    </message>
    <message>
        <source>Photo of the business card</source>
        <translation>Foto de la tarjeta de visita</translation>
    </message>
    <message>
        <source>Photo of the card, %1 × %2 pixels</source>
        <translation>Foto de la tarjeta, %1 × %2 píxeles</translation>
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
    <name>CheckRow</name>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>What was said: %1</source>
        <translation>Lo que se dijo: %1</translation>
    </message>
    <message>
        <source>What was said about it</source>
        <translation>Lo que se dijo al respecto</translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation>Marcado: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Phone switched off</source>
        <translation>&amp;Teléfono apagado</translation>
    </message>
    <message>
        <source>&amp;Thanked them for their time</source>
        <translation>Le di las &amp;gracias por su tiempo</translation>
    </message>
    <message>
        <source>Asked for a business &amp;card</source>
        <translation>Pedí una tarjeta de &amp;visita</translation>
    </message>
    <message>
        <source>Asked &amp;who else to talk to</source>
        <translation>Pregunté con &amp;quién más hablar</translation>
    </message>
    <message>
        <source>&amp;Somewhere quiet, their number at hand</source>
        <translation>&amp;Sitio tranquilo, su número a mano</translation>
    </message>
    <message>
        <source>&amp;Link, camera and microphone tested</source>
        <translation>&amp;Enlace, cámara y micrófono probados</translation>
    </message>
    <message>
        <source>Asked for their contact &amp;details</source>
        <translation>Pedí sus &amp;datos de contacto</translation>
    </message>
    <message>
        <source>Kept the questions &amp;few and short</source>
        <translation>Pocas preguntas y &amp;breves</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Before you leave</source>
        <translation>Antes de despedirte</translation>
    </message>
</context>
<context>
    <name>Checkpointer</name>
    <message>
        <source>tidy the data file&apos;s journal</source>
        <translation>ordenar el diario del archivo de datos</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>First field</source>
        <translation>Primer campo</translation>
    </message>
    <message>
        <source>Second field</source>
        <translation>Segundo campo</translation>
    </message>
    <message>
        <source>Third field</source>
        <translation>Tercer campo</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>sin valorar todavía</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation>Aún no indicado</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Criterio nuevo</translation>
    </message>
    <message>
        <source>A criterion of your own, such as Location</source>
        <translation>Un criterio propio, como Ubicación</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>Add interest, skills, pay and lifestyle</source>
        <translation>Añadir interés, habilidades, sueldo y estilo de vida</translation>
    </message>
    <message>
        <source>How decided are you?</source>
        <translation>¿Cuánto lo tienes decidido?</translation>
    </message>
    <message>
        <source>Fit on your criteria</source>
        <translation>Encaje según tus criterios</translation>
    </message>
    <message>
        <source>Takeaways and starred answers</source>
        <translation>Conclusiones y respuestas destacadas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Weight (0–5)</source>
        <translation>Peso (0–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) talked to</source>
        <translation>
            <numerusform>%n persona consultada</numerusform>
            <numerusform>%n personas consultadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted fit</source>
        <translation>Encaje ponderado</translation>
    </message>
    <message>
        <source>I have decided: %1</source>
        <translation>Me he decidido: %1</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterio quitado</translation>
    </message>
    <message>
        <source>Weight saved</source>
        <translation>Peso guardado</translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Quitar el criterio %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message>
        <source>Star answers and write takeaways under Answers by topic: they are set side by side here.</source>
        <translation>Destaca respuestas con estrella y escribe conclusiones en Respuestas por tema: aquí se ponen una al lado de la otra.</translation>
    </message>
    <message>
        <source>Rating saved</source>
        <translation>Valoración guardada</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Decided: the question suggestions follow</source>
        <translation>Decidido: las preguntas sugeridas se adaptan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterio añadido</translation>
    </message>
    <message>
        <source>Criteria added</source>
        <translation>Criterios añadidos</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>City, region or country</source>
        <translation>Ciudad, región o país</translation>
    </message>
    <message>
        <source>No field yet</source>
        <translation>Aún sin campo</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
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
        <source>Profile page</source>
        <translation>Página de perfil</translation>
    </message>
    <message>
        <source>Career field</source>
        <translation>Campo profesional</translation>
    </message>
    <message>
        <source>Where I found them</source>
        <translation>Cómo di con esta persona</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>How well they fit (0-5 on each of the field&apos;s criteria)</source>
        <translation>Cuánto encaja (0-5 en cada criterio del campo)</translation>
    </message>
    <message>
        <source>Weight %1 of 5</source>
        <translation>Peso %1 de 5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Business card…</source>
        <translation>Tarjeta de visita…</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Tarjeta de visita</translation>
    </message>
    <message>
        <source>Open the saved contact, or save this one as a new contact.</source>
        <translation>Abre el contacto guardado o guarda este como un contacto nuevo.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>A contact of yours, or anyone (type a name)</source>
        <translation>Uno de tus contactos o cualquier persona (escribe un nombre)</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Weight %1 of 5. Type 0-5 in a cell to score.</source>
        <translation>Peso %1 de 5. Escribe de 0 a 5 en una celda para puntuar.</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>read the contacts</source>
        <translation>leer los contactos</translation>
    </message>
    <message>
        <source>The table shows what it did.</source>
        <translation>La tabla sigue mostrando lo que tenía.</translation>
    </message>
</context>
<context>
    <name>ContactTags</name>
    <message>
        <source>Select the contacts to tag first</source>
        <translation>Primero selecciona los contactos que quieres etiquetar</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Añadir etiquetas</translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation>Añadiendo etiquetas…</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Quitando una etiqueta…</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Rename a tag</source>
        <translation>Cambiar el nombre de una etiqueta</translation>
    </message>
    <message>
        <source>Merge two tags</source>
        <translation>Unir dos etiquetas</translation>
    </message>
    <message>
        <source>%1 — Edit &gt; Undo takes it back</source>
        <translation>%1 — Editar &gt; Deshacer lo revierte</translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <source>Timeline, newest first</source>
        <translation>Historial, lo más reciente primero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Enter or double-click opens where it happened</source>
        <translation>Intro o doble clic lo abre donde ocurrió</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Añadir una conversación…</translation>
    </message>
    <message>
        <source>A second interview, a coffee, a call, an email exchange</source>
        <translation>Una segunda entrevista, un café, una llamada, un intercambio de correos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
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
    <name>ContactsView</name>
    <message>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>People working in your fields. Rank each field&apos;s shortlist: who would you most like to talk to?</source>
        <translation>Personas que trabajan en tus campos. Ordena la lista corta de cada campo: ¿con quién te gustaría más hablar?</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Search names, organizations, emails, phones, notes…</source>
        <translation>Buscar nombres, organizaciones, correos, teléfonos, notas…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>People you could interview go here. Add the first one: someone you know, or someone a friend, professor or alumni program introduced.</source>
        <translation>Aquí van las personas a las que podrías entrevistar. Añade la primera: alguien que conozcas, o alguien que te presentó una amistad, un profesor o un programa de antiguos alumnos.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Ask / next step</source>
        <translation>Pedir / siguiente paso</translation>
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
        <source>Order by score</source>
        <translation>Ordenar por puntuación</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>Criterios…</translation>
    </message>
    <message>
        <source>Add, rename, remove or reorder this field&apos;s criteria</source>
        <translation>Añade, renombra, quita o reordena los criterios de este campo</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Posibles duplicados…</translation>
    </message>
    <message>
        <source>The same person twice: list them, and merge each pair</source>
        <translation>La misma persona dos veces: muéstralas y une cada pareja</translation>
    </message>
    <message>
        <source>To reorder, show one career field sorted by rank, with no other filter.</source>
        <translation>Para reordenar, muestra un solo campo profesional ordenado por puesto, sin otro filtro.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contacto añadido</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contact first</source>
        <translation>Primero selecciona un contacto</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Añadir una conversación…</translation>
    </message>
    <message>
        <source>Add ta&amp;g…</source>
        <translation>Añadir eti&amp;queta…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>&amp;Quitar etiqueta…</translation>
    </message>
    <message>
        <source>Ranked by score</source>
        <translation>Ordenado por puntuación</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message>
        <source>Add a conversation with %1</source>
        <translation>Añadir una conversación con %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>What you talked about, what they advised, what comes next</source>
        <translation>De qué hablaron, qué te aconsejó, qué viene después</translation>
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
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Thank them…</source>
        <translation>Dar las gracias…</translation>
    </message>
    <message>
        <source>Save, then draft the thank-you for this conversation</source>
        <translation>Guardar y redactar el agradecimiento por esta conversación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this conversation and its notes (Edit &gt; Undo)</source>
        <translation>Eliminar esta conversación y sus notas (Editar &gt; Deshacer)</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Enviado el %1.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Aún no enviado.</translation>
    </message>
    <message>
        <source>Delete conversation with %1</source>
        <translation>Eliminar la conversación con %1</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ConversationModeWindow</name>
    <message>
        <source>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Full screen: %4</source>
        <translation>Anterior / siguiente: %1 / %2  ·  Respondida y siguiente: %3  ·  Pantalla completa: %4</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
</context>
<context>
    <name>ConversationQuestionsDialog</name>
    <message>
        <source>Questions: %1</source>
        <translation>Preguntas: %1</translation>
    </message>
    <message>
        <source>Put the questions you most want answered first. What you asked in the first interview need not be asked again: build on what they said.</source>
        <translation>Pon primero las preguntas que más quieres que te respondan. Lo que preguntaste en la primera entrevista no hace falta repetirlo: parte de lo que te dijeron.</translation>
    </message>
</context>
<context>
    <name>ConversationThanksDialog</name>
    <message>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ya lo envié</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Enviado el %1.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Aún no enviado.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Para: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No email saved</source>
        <translation>No hay ningún correo guardado</translation>
    </message>
    <message>
        <source>Thank %1</source>
        <translation>Dar las gracias a %1</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
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
    <name>CriteriaTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Weight (0-5)</source>
        <translation>Peso (0-5)</translation>
    </message>
    <message>
        <source>0 ignores this criterion, 5 makes it count most.</source>
        <translation>0 ignora este criterio, 5 le da el mayor peso.</translation>
    </message>
</context>
<context>
    <name>DamageWatch</name>
    <message>
        <source>Restart and recover</source>
        <translation>Reiniciar y recuperar</translation>
    </message>
    <message>
        <source>check your data file</source>
        <translation>comprobar tu archivo de datos</translation>
    </message>
    <message>
        <source>It is checked again at the next start.</source>
        <translation>Se volverá a comprobar en el próximo inicio.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Tu archivo de datos está dañado</translation>
    </message>
    <message>
        <source>What you see may be incomplete, and changes may not be saved. Restart now: %1 keeps the damaged file aside and offers your backups, newest first. If you choose Later, it does so the next time it starts.</source>
        <translation>Lo que ves puede estar incompleto y los cambios podrían no guardarse. Reinicia ahora: %1 aparta el archivo dañado y te ofrece tus copias de seguridad, la más reciente primero. Si eliges Más tarde, lo hará la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
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
    <name>DeclineDialog</name>
    <message>
        <source>Thank %1 for replying</source>
        <translation>Agradecer a %1 su respuesta</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ya lo envié</translation>
    </message>
    <message>
        <source>Record your thanks as sent and the request as declined</source>
        <translation>Registrar tu agradecimiento como enviado y la solicitud como rechazada</translation>
    </message>
    <message>
        <source>Your thanks to %1 is recorded, and the request as declined.</source>
        <translation>Tu agradecimiento a %1 queda registrado, y la solicitud como rechazada.</translation>
    </message>
    <message>
        <source>Everyone on your list has been asked: add more people in step 2.</source>
        <translation>Ya preguntaste a todas las personas de tu lista: añade más en el paso 2.</translation>
    </message>
    <message>
        <source>Next on your list: %1.</source>
        <translation>Siguiente en tu lista: %1.</translation>
    </message>
    <message>
        <source>Ask %1 now</source>
        <translation>Preguntar ahora a %1</translation>
    </message>
</context>
<context>
    <name>DeletionWords</name>
    <message numerus="yes">
        <source>Deleting %Ln contact(s)…</source>
        <translation>
            <numerusform>Eliminando %Ln contacto…</numerusform>
            <numerusform>Eliminando %Ln contactos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Career field</source>
        <translation>Campo profesional</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>De dónde vienen</translation>
    </message>
    <message>
        <source>Where the new contacts go</source>
        <translation>Adónde van los contactos nuevos</translation>
    </message>
    <message>
        <source>New contacts are added at the end of the field&apos;s ranking. Contacts already saved keep their field and source.</source>
        <translation>Los contactos nuevos se añaden al final de la clasificación del campo. Los contactos ya guardados conservan su campo y su origen.</translation>
    </message>
    <message>
        <source>No field yet</source>
        <translation>Aún sin campo</translation>
    </message>
    <message>
        <source>As the file says (%1)</source>
        <translation>Lo que diga el archivo (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Guardar como archivo PDF</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado en %1</translation>
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
    <name>DuplicatePanel</name>
    <message>
        <source>Save as a new contact anyway</source>
        <translation>Guardar de todos modos como contacto nuevo</translation>
    </message>
    <message numerus="yes">
        <source>This looks like %1 (and %Ln more), already saved: %2.</source>
        <translation>
            <numerusform>Parece %1 (y %Ln más), ya guardado: %2.</numerusform>
            <numerusform>Parece %1 (y %Ln más), ya guardados: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like %1, already saved: %2.</source>
        <translation>Parece %1, ya guardado: %2.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Quizá la misma persona que</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Buscando posibles duplicados…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln posible duplicado</numerusform>
            <numerusform>%Ln posibles duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: no two contacts share a phone, an email or a web address, or have close names at one organization.</source>
        <translation>No hay posibles duplicados: ningún par de contactos comparte teléfono, correo electrónico ni dirección web, ni tiene nombres parecidos en una misma organización.</translation>
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
    <name>FieldDialog</name>
    <message>
        <source>Add a career field</source>
        <translation>Añadir un campo profesional</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>For example: Nursing, UX design, Civil engineering</source>
        <translation>Por ejemplo: Enfermería, Diseño UX, Ingeniería civil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
    <name>FieldsView</name>
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
        <source>Career fields</source>
        <translation>Campos profesionales</translation>
    </message>
    <message>
        <source>Research each field before you ask anyone: a busy professional&apos;s time is for what a web search cannot tell you.</source>
        <translation>Investiga cada campo antes de pedir nada a nadie: el tiempo de un profesional ocupado es para lo que una búsqueda en internet no puede decirte.</translation>
    </message>
    <message>
        <source>The career fields you are weighing go here. Add one to start your research; you can weigh several or settle on one.</source>
        <translation>Aquí van los campos profesionales que estás considerando. Añade uno para empezar a investigar; puedes comparar varios o quedarte con uno.</translation>
    </message>
    <message>
        <source>Add a career field</source>
        <translation>Añadir un campo profesional</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Subir (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Bajar (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>Answers by topic, fields side by side, progress</source>
        <translation>Respuestas por tema, campos comparados, progreso</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>Career field added</source>
        <translation>Campo profesional añadido</translation>
    </message>
    <message>
        <source>Career field renamed</source>
        <translation>Campo profesional renombrado</translation>
    </message>
    <message>
        <source>Delete career field %1</source>
        <translation>Eliminar el campo profesional %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Tell from the file&apos;s content</source>
        <translation>Deducirlo del contenido del archivo</translation>
    </message>
    <message>
        <source>Networking-site connections export (LinkedIn Connections.csv)</source>
        <translation>Exportación de contactos de una red profesional (LinkedIn Connections.csv)</translation>
    </message>
    <message>
        <source>Address-book CSV (Google Contacts)</source>
        <translation>CSV de libreta de direcciones (Google Contactos)</translation>
    </message>
    <message>
        <source>vCard address book (.vcf)</source>
        <translation>Libreta de direcciones vCard (.vcf)</translation>
    </message>
    <message>
        <source>Any other CSV (you choose the columns)</source>
        <translation>Cualquier otro CSV (tú eliges las columnas)</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>El archivo que quieres importar</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>%1 reads a networking site&apos;s connections export, an address book saved as CSV or vCard, or any other CSV. Nothing is saved until you have seen what the import would do.</source>
        <translation>%1 lee la exportación de contactos de una red profesional, una libreta de direcciones guardada como CSV o vCard, o cualquier otro CSV. No se guarda nada hasta que hayas visto lo que haría la importación.</translation>
    </message>
    <message>
        <source>Contacts and backups (%1)</source>
        <translation>Contactos y copias de seguridad (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with %1</source>
        <translation>Recordatorio a %1</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ya lo envié</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Thank-you email</source>
        <translation>Correo de agradecimiento</translation>
    </message>
    <message>
        <source>Note card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado el %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Atrasado (vencía el %1)</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Thank everyone you interview within a day, by email; a note card or letter can follow.</source>
        <translation>Da las gracias a cada persona entrevistada en el plazo de un día, por correo; después puede ir una tarjeta o una carta.</translation>
    </message>
    <message>
        <source>After an interview, the thank-you it calls for appears here with its due date. Your interviews are listed under Interviews.</source>
        <translation>Después de una entrevista, aquí aparece el agradecimiento que corresponde, con su fecha límite. Tus entrevistas están en Entrevistas.</translation>
    </message>
    <message>
        <source>Go to interviews</source>
        <translation>Ir a Entrevistas</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Escribir el agradecimiento…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
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
        <translation>Los recordatorios tras una solicitud y los de mantener el contacto cuentan días hábiles: los días entre semana que no son festivos donde vives.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Learn what a career is really like by talking with people who do the work.</source>
        <translation>Descubre cómo es de verdad una profesión hablando con quienes la ejercen.</translation>
    </message>
    <message numerus="yes">
        <source>%n career field(s)</source>
        <translation>
            <numerusform>%n campo profesional</numerusform>
            <numerusform>%n campos profesionales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entrevista</numerusform>
            <numerusform>%n entrevistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Reading what to do next…</source>
        <translation>Leyendo qué hacer ahora…</translation>
    </message>
    <message>
        <source>read what to do next</source>
        <translation>leer qué hacer ahora</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) to send</source>
        <translation>
            <numerusform>%n novedad por enviar</numerusform>
            <numerusform>%n novedades por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see Interviews and Follow-ups.</source>
        <translation>
            <numerusform>…y %n más: mira Entrevistas y Seguimientos.</numerusform>
            <numerusform>…y %n más: mira Entrevistas y Seguimientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for you today. Open the Guide to continue with the next step of the method.</source>
        <translation>Hoy no tienes nada pendiente. Abre la Guía para seguir con el siguiente paso del método.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more to keep in touch with.</source>
        <translation>
            <numerusform>…y %n persona más con quien mantener el contacto.</numerusform>
            <numerusform>…y %n personas más con quienes mantener el contacto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Editar el perfil</translation>
    </message>
    <message>
        <source>Open the Guide</source>
        <translation>Abrir la Guía</translation>
    </message>
    <message>
        <source>Step %1 in the Guide</source>
        <translation>Paso %1 de la Guía</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Undo: %1…</source>
        <translation>Deshacer: %1…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <source>Redo: %1…</source>
        <translation>Rehacer: %1…</translation>
    </message>
    <message>
        <source>Redo import</source>
        <translation>Rehacer la importación</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elige primero un archivo.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>Leyendo y comparando %1…</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Calculando qué cambiaría…</translation>
    </message>
    <message>
        <source>%1: nothing to import. Every row that could be read matches a saved contact and would change nothing.</source>
        <translation>%1: no hay nada que importar. Cada fila que se pudo leer coincide con un contacto guardado y no cambiaría nada.</translation>
    </message>
    <message>
        <source>Canceling the restore…</source>
        <translation>Cancelando la restauración…</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Se canceló la lectura; no se importó nada.</translation>
    </message>
    <message>
        <source>Importing %1… %2</source>
        <translation>Importando %1… %2</translation>
    </message>
    <message>
        <source>Restoring %1… %2</source>
        <translation>Restaurando %1… %2</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln would change</source>
        <translation>
            <numerusform>cambiaría %Ln</numerusform>
            <numerusform>cambiarían %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln contacto nuevo</numerusform>
            <numerusform>%Ln contactos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) match a saved contact (%1)</source>
        <translation>
            <numerusform>%Ln fila coincide con un contacto guardado (%1)</numerusform>
            <numerusform>%Ln filas coinciden con un contacto guardado (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier one</source>
        <translation>
            <numerusform>%Ln fila repite una anterior</numerusform>
            <numerusform>%Ln filas repiten una anterior</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln fila rechazada</numerusform>
            <numerusform>%Ln filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) not imported</source>
        <translation>
            <numerusform>%Ln valor sin importar</numerusform>
            <numerusform>%Ln valores sin importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to be merged</source>
        <translation>
            <numerusform>%Ln para fusionar</numerusform>
            <numerusform>%Ln para fusionar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like a saved contact (%1)</source>
        <translation>
            <numerusform>%Ln fila se parece a un contacto guardado (%1)</numerusform>
            <numerusform>%Ln filas se parecen a un contacto guardado (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved contact(s)</source>
        <translation>
            <numerusform>%Ln contacto guardado</numerusform>
            <numerusform>%Ln contactos guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>Import will add %1 and update %2, all in one step you can undo.</source>
        <translation>La importación añadirá %1 y actualizará %2, todo en un solo paso que puedes deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s) from %1</source>
        <translation>
            <numerusform>Importar %Ln contacto de %1</numerusform>
            <numerusform>Importar %Ln contactos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new contact(s), updated %1 — Edit &gt; Undo removes this import</source>
        <translation>
            <numerusform>Se importó %Ln contacto nuevo y se actualizaron %1 — Editar &gt; Deshacer quita esta importación</numerusform>
            <numerusform>Se importaron %Ln contactos nuevos y se actualizaron %1 — Editar &gt; Deshacer quita esta importación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup restored: %Ln record(s)</source>
        <translation>
            <numerusform>Copia de seguridad restaurada: %Ln registro</numerusform>
            <numerusform>Copia de seguridad restaurada: %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: «%2» → «%3»</translation>
    </message>
</context>
<context>
    <name>ImportWriting</name>
    <message>
        <source>The window waits until the contacts are written.</source>
        <translation>La ventana espera hasta que se escriban los contactos.</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>The window waits until the restore is done, so that nothing you change is mixed with the backup; Cancel stops it and leaves your data as it was.</source>
        <translation>La ventana espera hasta que termine la restauración, para que nada de lo que cambies se mezcle con la copia; Cancelar la detiene y deja tus datos como estaban.</translation>
    </message>
    <message>
        <source>The restore was canceled; your data is as it was.</source>
        <translation>Se canceló la restauración; tus datos siguen como estaban.</translation>
    </message>
    <message>
        <source>This is a full %1 backup. %1 restores a backup only into an empty data folder, so that nothing is mixed or overwritten: start %1 with a new data folder and import the backup there.</source>
        <translation>Esta es una copia de seguridad completa de %1. %1 solo restaura una copia en una carpeta de datos vacía, para que nada se mezcle ni se sobrescriba: inicia %1 con una carpeta de datos nueva e importa allí la copia.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>This is a full %1 backup. Restore everything it holds into this data folder?</source>
        <translation>Esta es una copia de seguridad completa de %1. ¿Restaurar todo lo que contiene en esta carpeta de datos?</translation>
    </message>
</context>
<context>
    <name>InterviewLayout</name>
    <message>
        <source>Thank-you due by the end of %1, %3 %2.</source>
        <translation>Envía el agradecimiento antes de que termine el %1 %2 de %3.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Empezar la entrevista</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Poner en marcha el reloj</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>Terminar la entrevista</translation>
    </message>
    <message>
        <source>Mark the interview held</source>
        <translation>Marcar la entrevista como hecha</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>%1; %2 leaves it</source>
        <translation>%1; %2 para salir</translation>
    </message>
    <message>
        <source>Switch full screen on or off</source>
        <translation>Activar o desactivar la pantalla completa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close interview mode</source>
        <translation>Cerrar el modo entrevista</translation>
    </message>
    <message>
        <source>Business card…</source>
        <translation>Tarjeta de visita…</translation>
    </message>
    <message>
        <source>Type in their card</source>
        <translation>Escribe los datos de su tarjeta</translation>
    </message>
    <message>
        <source>Print notes…</source>
        <translation>Imprimir las notas…</translation>
    </message>
    <message>
        <source>Preview and print the notes</source>
        <translation>Ver e imprimir las notas</translation>
    </message>
    <message>
        <source>Save notes as PDF…</source>
        <translation>Guardar las notas como PDF…</translation>
    </message>
    <message>
        <source>Save the notes as a PDF</source>
        <translation>Guardar las notas en un PDF</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Añadir una conversación…</translation>
    </message>
    <message>
        <source>A second interview, a coffee, a call: note it later</source>
        <translation>Una segunda entrevista, un café, una llamada: anótalo después</translation>
    </message>
    <message>
        <source>Notes: key words are enough. They are saved as you type.</source>
        <translation>Notas: bastan palabras clave. Se guardan mientras escribes.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Respondida</translation>
    </message>
    <message>
        <source>This question has been answered (%1)</source>
        <translation>Esta pregunta ya está respondida (%1)</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Anterior</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Answered, next  ▶</source>
        <translation>Respondida, siguiente  ▶</translation>
    </message>
    <message>
        <source>Mark answered and go to the next question</source>
        <translation>Marcar como respondida y pasar a la siguiente pregunta</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>They suggested someone…</source>
        <translation>Me recomendó a alguien…</translation>
    </message>
    <message>
        <source>Add a person they suggested</source>
        <translation>Añadir a una persona que te recomendó</translation>
    </message>
    <message>
        <source>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Start: %4  ·  End: %5  ·  Full screen: %6, %7</source>
        <translation>Anterior / siguiente: %1 / %2  ·  Respondida y siguiente: %3  ·  Empezar: %4  ·  Terminar: %5  ·  Pantalla completa: %6, %7</translation>
    </message>
    <message>
        <source>Informational interview</source>
        <translation>Entrevista informativa</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Entrevista con %1</translation>
    </message>
    <message>
        <source>%1 · %2 planned</source>
        <translation>%1 · %2 previstos</translation>
    </message>
    <message>
        <source>Question %1 of %2 · must ask</source>
        <translation>Pregunta %1 de %2 · imprescindible</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>After the %n question(s)</source>
        <translation>
            <numerusform>Después de la pregunta</numerusform>
            <numerusform>Después de las %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions prepared</source>
        <translation>No hay preguntas preparadas</translation>
    </message>
    <message>
        <source>Other notes: names to contact, advice, what to read</source>
        <translation>Otras notas: personas a quienes escribir, consejos, qué leer</translation>
    </message>
    <message>
        <source>End anyway</source>
        <translation>Terminar de todos modos</translation>
    </message>
    <message>
        <source>Schedule this interview (step 3) to start it; notes can be taken now.</source>
        <translation>Agenda esta entrevista (paso 3) para empezarla; ya puedes tomar notas.</translation>
    </message>
    <message>
        <source>%1 Press End again to end the interview.</source>
        <translation>%1 Pulsa Terminar otra vez para terminar la entrevista.</translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation>Entrevista hecha el %1.</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Entrevista hecha.</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
</context>
<context>
    <name>InterviewModeWindow</name>
    <message>
        <source>That interview no longer exists.</source>
        <translation>Esa entrevista ya no existe.</translation>
    </message>
    <message>
        <source>Interview started</source>
        <translation>Entrevista empezada</translation>
    </message>
    <message>
        <source>Interview held: the thank-you is due by tomorrow</source>
        <translation>Entrevista hecha: envía el agradecimiento a más tardar mañana</translation>
    </message>
    <message>
        <source>Business card saved</source>
        <translation>Tarjeta de visita guardada</translation>
    </message>
    <message>
        <source>Notes saved as %1</source>
        <translation>Notas guardadas como %1</translation>
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
    <name>InterviewsView</name>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Every request you make and the interview it becomes: asked, accepted, scheduled, held, thanked.</source>
        <translation>Cada solicitud que haces y la entrevista en que se convierte: pedida, aceptada, agendada, realizada, agradecida.</translation>
    </message>
    <message>
        <source>Your requests and interviews appear here once you choose someone to ask for twenty minutes of their time.</source>
        <translation>Tus solicitudes y entrevistas aparecen aquí en cuanto eliges a alguien a quien pedir veinte minutos de su tiempo.</translation>
    </message>
    <message>
        <source>Plan an interview</source>
        <translation>Planear una entrevista</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
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
        <source>Thank-you</source>
        <translation>Agradecimiento</translation>
    </message>
    <message>
        <source>Export interviews to calendar…</source>
        <translation>Exportar las entrevistas al calendario…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the interview with its questions and notes (Del)</source>
        <translation>Eliminar la entrevista con sus preguntas y notas (Supr)</translation>
    </message>
    <message>
        <source>Choose an interview to see what you can do next.</source>
        <translation>Elige una entrevista para ver qué puedes hacer ahora.</translation>
    </message>
    <message>
        <source>Print question sheet…</source>
        <translation>Imprimir la hoja de preguntas…</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Empezar la entrevista</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Escribir el agradecimiento…</translation>
    </message>
    <message>
        <source>No interview is scheduled yet.</source>
        <translation>Aún no hay ninguna entrevista agendada.</translation>
    </message>
    <message>
        <source>Export interviews to calendar</source>
        <translation>Exportar las entrevistas al calendario</translation>
    </message>
    <message>
        <source>InfoView interviews.ics</source>
        <translation>Entrevistas InfoView.ics</translation>
    </message>
    <message>
        <source>save the calendar file %1</source>
        <translation>guardar el archivo de calendario %1</translation>
    </message>
    <message>
        <source>Your interviews are as they were.</source>
        <translation>Tus entrevistas siguen como estaban.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1</source>
        <translation>
            <numerusform>%n entrevista guardada en %1</numerusform>
            <numerusform>%n entrevistas guardadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the interview with %1</source>
        <translation>Eliminar la entrevista con %1</translation>
    </message>
    <message>
        <source>Delete an interview</source>
        <translation>Eliminar una entrevista</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>There is not enough memory to %1. %2</source>
        <translation>No hay memoria suficiente para %1. %2</translation>
    </message>
    <message>
        <source>%1 could not %2 (%3). %4</source>
        <translation>%1 no pudo %2 (%3). %4</translation>
    </message>
    <message>
        <source>read this file</source>
        <translation>leer este archivo</translation>
    </message>
    <message>
        <source>free memory</source>
        <translation>liberar memoria</translation>
    </message>
</context>
<context>
    <name>KeepTouchActions</name>
    <message>
        <source>Update to %1 copied</source>
        <translation>Novedades para %1 copiadas</translation>
    </message>
    <message>
        <source>Update to %1 logged: next reminder on %2</source>
        <translation>Novedades para %1 anotadas: próximo recordatorio el %2</translation>
    </message>
    <message>
        <source>%1: reminder put off until %2</source>
        <translation>%1: recordatorio aplazado hasta el %2</translation>
    </message>
</context>
<context>
    <name>KeepTouchChoice</name>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Mantener el contacto cada</translation>
    </message>
    <message>
        <source>Keep in touch: how many</source>
        <translation>Mantener el contacto: cuántas</translation>
    </message>
    <message>
        <source>Keep in touch: weeks or months</source>
        <translation>Mantener el contacto: semanas o meses</translation>
    </message>
    <message>
        <source>On.</source>
        <translation>Activado.</translation>
    </message>
    <message>
        <source>Reminders count from your last contact with them, of any kind.</source>
        <translation>Los recordatorios cuentan desde tu último contacto con esa persona, del tipo que sea.</translation>
    </message>
    <message>
        <source>Off. %1 is %2.</source>
        <translation>Desactivado. %1 (%2).</translation>
    </message>
</context>
<context>
    <name>KeepTouchRow</name>
    <message>
        <source>IN TOUCH</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Copy update</source>
        <translation>Copiar las novedades</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Ya lo hice</translation>
    </message>
    <message>
        <source>Not now (two weeks)</source>
        <translation>Ahora no (dos semanas)</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Borrador: %1</translation>
    </message>
    <message>
        <source>Hide this reminder for two weeks; it comes back on a business day.</source>
        <translation>Ocultar este recordatorio dos semanas; vuelve en un día hábil.</translation>
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
    <name>LearnedView</name>
    <message>
        <source>Add a career field under Career fields: what you learn about it gathers here.</source>
        <translation>Añade un campo profesional en Campos profesionales: lo que aprendas sobre él se reúne aquí.</translation>
    </message>
    <message>
        <source>Reading what you learned…</source>
        <translation>Leyendo lo que aprendiste…</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Lo que aprendí</translation>
    </message>
    <message>
        <source>What your interviews taught you, topic by topic; your fields side by side; and how far you have come.</source>
        <translation>Lo que te enseñaron tus entrevistas, tema por tema; tus campos uno al lado del otro; y cuánto has avanzado.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Todos los campos</translation>
    </message>
    <message>
        <source>&amp;Answers by topic</source>
        <translation>&amp;Respuestas por tema</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <source>Fiel&amp;d</source>
        <translation>&amp;Campo</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
</context>
<context>
    <name>LetterTab</name>
    <message>
        <source>Their postal address, as on their business card</source>
        <translation>Su dirección postal, tal como figura en su tarjeta de visita</translation>
    </message>
    <message>
        <source>The letter as it prints</source>
        <translation>La carta tal como se imprimirá</translation>
    </message>
    <message>
        <source>Your own postal address goes at the top of the letter: add it in Settings &gt; Your profile.</source>
        <translation>Tu propia dirección postal va en la parte superior de la carta: añádela en Configuración &gt; Tu perfil.</translation>
    </message>
    <message>
        <source>I posted it</source>
        <translation>Ya la envié por correo</translation>
    </message>
    <message>
        <source>Their postal address</source>
        <translation>Su dirección postal</translation>
    </message>
    <message>
        <source>Thank-you letter to %1</source>
        <translation>Carta de agradecimiento a %1</translation>
    </message>
    <message>
        <source>Posted on %1</source>
        <translation>Enviada por correo el %1</translation>
    </message>
</context>
<context>
    <name>LikelyTab</name>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Fusionar todas</translation>
    </message>
    <message>
        <source>Add all as new</source>
        <translation>Añadir todas como nuevas</translation>
    </message>
    <message>
        <source>These rows match no saved contact exactly but look like one. Merging fills in that contact&apos;s empty details and keeps every other email, phone and web address, as for the contacts already saved. Rows sharing a phone, email or web address are merged unless you choose otherwise; rows with only a close name are added unless you choose to merge them.</source>
        <translation>Estas filas no coinciden exactamente con ningún contacto guardado, pero se parecen a uno. Al fusionar, se completan los datos vacíos de ese contacto y se conservan todos los demás correos, teléfonos y direcciones web, igual que con los contactos ya guardados. Las filas que comparten teléfono, correo o dirección web se fusionan salvo que elijas otra cosa; las que solo tienen un nombre parecido se añaden salvo que elijas fusionarlas.</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Añadir como contacto nuevo</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Fusionar con %1</translation>
    </message>
    <message>
        <source>Import line %1 as</source>
        <translation>Importar la línea %1 como</translation>
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
    <name>Loader</name>
    <message>
        <source>read what you learned</source>
        <translation>leer lo que has aprendido</translation>
    </message>
    <message>
        <source>Nothing was changed; switch fields or views to try again.</source>
        <translation>No se cambió nada; cambia de campo o de vista para volver a intentarlo.</translation>
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
        <source>Profile saved</source>
        <translation>Perfil guardado</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <source>This view has no search box: Contacts and Questions have one.</source>
        <translation>Esta vista no tiene cuadro de búsqueda: Contactos y Preguntas sí lo tienen.</translation>
    </message>
    <message>
        <source>There is nothing to search here yet.</source>
        <translation>Aquí todavía no hay nada que buscar.</translation>
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
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>Dato de %1</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <source>%1 guessed from the column names. Correct what is wrong. Several columns may hold emails, phones, web addresses or places: the first with a value is the main one. Columns left as “Skip” are kept in each contact&apos;s notes.</source>
        <translation>%1 lo ha deducido de los nombres de las columnas. Corrige lo que esté mal. Varias columnas pueden contener correos, teléfonos, direcciones web o lugares: la primera con un valor es la principal. Las columnas que dejes en «Omitir» se guardan en las notas de cada contacto.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>%1 detail for the column %2</source>
        <translation>Dato de %1 para la columna %2</translation>
    </message>
    <message>
        <source>Choose at least one column with a name or an email address.</source>
        <translation>Elige al menos una columna con un nombre o una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Every email, phone and web address of both is kept; the notes are joined; interviews, scores, tags, keeping-in-touch updates and the people introduced move to the merged contact. Edit &gt; Undo separates them.</source>
        <translation>Se conservan todos los correos, teléfonos y direcciones web de ambos; las notas se unen; las entrevistas, puntuaciones, etiquetas, noticias para seguir en contacto y las personas presentadas pasan al contacto fusionado. Editar &gt; Deshacer los vuelve a separar.</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionar contactos</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Pick the value to keep on each line.</source>
        <translation>Elige en cada línea el valor que quieres conservar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tags (all kept)</source>
        <translation>Etiquetas (se conservan todas)</translation>
    </message>
    <message>
        <source>Contacts merged — Edit &gt; Undo separates them</source>
        <translation>Contactos fusionados — Editar &gt; Deshacer los separa</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 con %2</translation>
    </message>
</context>
<context>
    <name>NoteCardTab</name>
    <message>
        <source>Note card text</source>
        <translation>Texto de la tarjeta</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar el texto</translation>
    </message>
    <message>
        <source>I sent the card</source>
        <translation>Ya envié la tarjeta</translation>
    </message>
    <message>
        <source>A short handwritten card can follow the email. Print it on card, or copy it out by hand.</source>
        <translation>Tras el correo puede ir una breve tarjeta escrita a mano. Imprímela en cartulina o cópiala a mano.</translation>
    </message>
    <message>
        <source>Note card to %1</source>
        <translation>Tarjeta de agradecimiento a %1</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
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
    <name>PendingEdits</name>
    <message>
        <source>What you typed</source>
        <translation>Lo que escribiste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1: no se pudo guardar.</translation>
    </message>
</context>
<context>
    <name>PlanInterviewDialog</name>
    <message>
        <source>Plan an interview</source>
        <translation>Planear una entrevista</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Whom would you like to ask for an informational interview?</source>
        <translation>¿A quién te gustaría pedirle una entrevista informativa?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>PointRows</name>
    <message>
        <source>Email %1</source>
        <translation>Correo electrónico %1</translation>
    </message>
    <message>
        <source>Label of email %1</source>
        <translation>Etiqueta del correo electrónico %1</translation>
    </message>
    <message>
        <source>Primary email: email %1</source>
        <translation>Correo electrónico principal: correo %1</translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation>Quitar el correo electrónico %1</translation>
    </message>
    <message>
        <source>Add another email</source>
        <translation>Añadir otro correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Teléfono %1</translation>
    </message>
    <message>
        <source>Label of phone %1</source>
        <translation>Etiqueta del teléfono %1</translation>
    </message>
    <message>
        <source>Primary phone: phone %1</source>
        <translation>Teléfono principal: teléfono %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Quitar el teléfono %1</translation>
    </message>
    <message>
        <source>Add another phone</source>
        <translation>Añadir otro teléfono</translation>
    </message>
    <message>
        <source>Web address %1</source>
        <translation>Dirección web %1</translation>
    </message>
    <message>
        <source>Label of web address %1</source>
        <translation>Etiqueta de la dirección web %1</translation>
    </message>
    <message>
        <source>Primary web address: web address %1</source>
        <translation>Dirección web principal: dirección web %1</translation>
    </message>
    <message>
        <source>Remove web address %1</source>
        <translation>Quitar la dirección web %1</translation>
    </message>
    <message>
        <source>Add another web address</source>
        <translation>Añadir otra dirección web</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>PopupList</name>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Cancel reading</source>
        <translation>Cancelar la lectura</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Contactos nuevos</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Contacts already saved</source>
        <translation>Contactos ya guardados</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Saved contact</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Igual que</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Qué cambiaría</translation>
    </message>
    <message>
        <source>Lines not imported</source>
        <translation>Líneas sin importar</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Por qué no se importa</translation>
    </message>
    <message>
        <source>Rows that look like a saved contact</source>
        <translation>Filas que se parecen a un contacto guardado</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>Nuevos (%Ln)</numerusform>
            <numerusform>Nuevos (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching (%Ln)</source>
        <translation>
            <numerusform>Coincidentes (%Ln)</numerusform>
            <numerusform>Coincidentes (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%Ln)</source>
        <translation>
            <numerusform>Sin importar (%Ln)</numerusform>
            <numerusform>Sin importar (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Rechazadas (%Ln)</numerusform>
            <numerusform>Rechazadas (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look like saved contacts (%Ln)</source>
        <translation>
            <numerusform>Parecidas a contactos guardados (%Ln)</numerusform>
            <numerusform>Parecidas a contactos guardados (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – first %Ln</source>
        <translation>
            <numerusform>%1 – primeras %Ln</numerusform>
            <numerusform>%1 – primeras %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Question sheet</source>
        <translation>Hoja de preguntas</translation>
    </message>
</context>
<context>
    <name>ProblemLog</name>
    <message>
        <source>Everything saved before this moment is safe.</source>
        <translation>Todo lo guardado antes de este momento está a salvo.</translation>
    </message>
    <message>
        <source>Something went wrong, and %1 could not finish what you asked. Everything saved before this moment is safe. Help &gt; Report a problem… shows what to send us.</source>
        <translation>Algo salió mal y %1 no pudo terminar lo que pediste. Todo lo guardado antes de este momento está a salvo. Ayuda &gt; Informar de un problema… muestra qué enviarnos.</translation>
    </message>
    <message>
        <source>finish what you asked</source>
        <translation>terminar lo que pediste</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
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
    <name>ProgressCard</name>
    <message>
        <source>Asked</source>
        <translation>Solicitadas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Agradecidas</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Interviews per month: %1</source>
        <translation>Entrevistas por mes: %1</translation>
    </message>
    <message>
        <source>Interviews per month</source>
        <translation>Entrevistas por mes</translation>
    </message>
    <message>
        <source>No interview held yet.</source>
        <translation>Aún no se ha hecho ninguna entrevista.</translation>
    </message>
    <message>
        <source>Response rate — (no request sent yet).</source>
        <translation>Tasa de respuesta: — (aún no has enviado ninguna solicitud).</translation>
    </message>
    <message>
        <source>Response rate %1% (%2 of %3 answered).</source>
        <translation>Tasa de respuesta: %1 % (%2 de %3 respondidas).</translation>
    </message>
    <message>
        <source>Median wait for a reply: —.</source>
        <translation>Espera mediana de una respuesta: —.</translation>
    </message>
    <message numerus="yes">
        <source>Median wait for a reply: %n business day(s).</source>
        <translation>
            <numerusform>Espera mediana de una respuesta: %n día hábil.</numerusform>
            <numerusform>Espera mediana de una respuesta: %n días hábiles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median wait for a reply: %1 business days.</source>
        <translation>Espera mediana de una respuesta: %1 días hábiles.</translation>
    </message>
</context>
<context>
    <name>QuestionBankTableModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>From your research</source>
        <translation>De tu investigación</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>Built in, reworded</source>
        <translation>Incluida, reformulada</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Incluida</translation>
    </message>
    <message>
        <source>%1 · hidden</source>
        <translation>%1 · oculta</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugerida: %1</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerida</translation>
    </message>
    <message>
        <source>From your research: to verify</source>
        <translation>De tu investigación: por comprobar</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>on your list</source>
        <translation>en tu lista</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>Must ask</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Time runs out here</source>
        <translation>Aquí se acaba el tiempo</translation>
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
    <name>QuestionListEditor</name>
    <message>
        <source>Your questions</source>
        <translation>Tus preguntas</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
    </message>
    <message>
        <source>Your research on this field</source>
        <translation>Tu investigación sobre este campo</translation>
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
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Must ask the first </source>
        <translation>Imprescindibles: las primeras </translation>
    </message>
    <message>
        <source>Must-ask questions</source>
        <translation>Preguntas imprescindibles</translation>
    </message>
    <message>
        <source>Type a question of your own and press Enter</source>
        <translation>Escribe una pregunta propia y pulsa Intro</translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation>Una pregunta propia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting </source>
        <translation>Reunión de </translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Duración de la reunión en minutos</translation>
    </message>
    <message>
        <source>Print question sheet…</source>
        <translation>Imprimir la hoja de preguntas…</translation>
    </message>
    <message>
        <source>Your questions, most important first</source>
        <translation>Tus preguntas, las más importantes primero</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Sugeridas para ti</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Buscar en el banco de preguntas</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Añadir a mi lista</translation>
    </message>
    <message>
        <source>Or double-click a question, or press Enter</source>
        <translation>O haz doble clic en una pregunta, o pulsa Intro</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Your research</source>
        <translation>Tu investigación</translation>
    </message>
    <message>
        <source>To verify in an interview:</source>
        <translation>Por comprobar en una entrevista:</translation>
    </message>
    <message>
        <source>Also found:</source>
        <translation>También encontraste:</translation>
    </message>
    <message>
        <source>Your research on %1</source>
        <translation>Tu investigación sobre %1</translation>
    </message>
    <message>
        <source>No research notes for this field yet. What a web search can answer should not take the professional&apos;s time: note it under Career fields.</source>
        <translation>Aún no hay notas de investigación para este campo. Lo que puede responder una búsqueda en internet no debería ocupar el tiempo del profesional: anótalo en Campos profesionales.</translation>
    </message>
    <message numerus="yes">
        <source>Copy the field&apos;s list (%n)</source>
        <translation>
            <numerusform>Copiar la lista del campo (%n)</numerusform>
            <numerusform>Copiar la lista del campo (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n suggested question(s)</source>
        <translation>
            <numerusform>Añadir la pregunta sugerida</numerusform>
            <numerusform>Añadir las %n preguntas sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your list is empty. Start with the questions suggested for you, or pick from the bank on the right.</source>
        <translation>Tu lista está vacía. Empieza con las preguntas sugeridas para ti o elige del banco de la derecha.</translation>
    </message>
    <message>
        <source>Question added</source>
        <translation>Pregunta añadida</translation>
    </message>
    <message>
        <source>Already on your list</source>
        <translation>Ya está en tu lista</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added</source>
        <translation>
            <numerusform>Pregunta añadida</numerusform>
            <numerusform>%n preguntas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested question(s) added</source>
        <translation>
            <numerusform>%n pregunta sugerida añadida</numerusform>
            <numerusform>%n preguntas sugeridas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) copied from the field&apos;s list</source>
        <translation>
            <numerusform>%n pregunta copiada de la lista del campo</numerusform>
            <numerusform>%n preguntas copiadas de la lista del campo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n question(s)</source>
        <translation>
            <numerusform>Quitar la pregunta</numerusform>
            <numerusform>Quitar %n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> question(s)</source>
        <translation>
            <numerusform> pregunta</numerusform>
            <numerusform> preguntas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Question %1, about %2 minutes</source>
        <translation>Pregunta %1, unos %2 minutos</translation>
    </message>
    <message>
        <source>must ask</source>
        <translation>imprescindible</translation>
    </message>
    <message>
        <source>past the meeting&apos;s time</source>
        <translation>fuera del tiempo de la reunión</translation>
    </message>
</context>
<context>
    <name>QuestionSideList</name>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Names, advice, anything said outside the questions</source>
        <translation>Nombres, consejos, todo lo dicho fuera de las preguntas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>Must ask, still open</source>
        <translation>Imprescindible, aún sin responder</translation>
    </message>
    <message>
        <source>must ask, still open</source>
        <translation>imprescindible, aún sin responder</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin responder</translation>
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
    <name>QuestionsRow</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Prepare questions…</source>
        <translation>Preparar las preguntas…</translation>
    </message>
    <message>
        <source>Save, then choose the questions for this conversation</source>
        <translation>Guardar y elegir las preguntas para esta conversación</translation>
    </message>
    <message>
        <source>Hold it…</source>
        <translation>Realizarla…</translation>
    </message>
    <message>
        <source>Save, then take the questions one at a time, the answers saved as you type</source>
        <translation>Guardar y recorrer las preguntas una a una; las respuestas se guardan mientras escribes</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Imprimir la hoja…</translation>
    </message>
    <message>
        <source>Save, then print the questions to take along</source>
        <translation>Guardar e imprimir las preguntas para llevarlas</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>Save or cancel your changes to this contact first, then hold this conversation.</source>
        <translation>Primero guarda o cancela tus cambios en este contacto; luego realiza esta conversación.</translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <source>%1 (career field)</source>
        <translation>%1 (campo profesional)</translation>
    </message>
    <message>
        <source>Interview with %1 — %2</source>
        <translation>Entrevista con %1 — %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Put the questions you most want answered first: an interview cut short still covers them.</source>
        <translation>Pon primero las preguntas que más quieres que te respondan: así, aunque la entrevista se acorte, quedarán cubiertas.</translation>
    </message>
    <message>
        <source>Add your own question</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Each career field, and each interview, has its own list of questions. Add a career field first.</source>
        <translation>Cada campo profesional, y cada entrevista, tiene su propia lista de preguntas. Primero añade un campo profesional.</translation>
    </message>
    <message>
        <source>Go to Career fields</source>
        <translation>Ir a Campos profesionales</translation>
    </message>
    <message>
        <source>Questions to ask go here. Add a career field to prepare a list for it, or add a question of your own.</source>
        <translation>Aquí van las preguntas que harás. Añade un campo profesional para preparar su lista, o añade una pregunta propia.</translation>
    </message>
    <message>
        <source>Questions for</source>
        <translation>Preguntas para</translation>
    </message>
    <message>
        <source>Question lists</source>
        <translation>Listas de preguntas</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Banco de preguntas</translation>
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
    <name>ReferralChainsBox</name>
    <message>
        <source>No referrals yet: in interview mode, They suggested someone (Ctrl+R) adds one.</source>
        <translation>Aún no hay recomendaciones: en el modo entrevista, «Me recomendó a alguien» (Ctrl+R) añade una.</translation>
    </message>
    <message>
        <source>Referral chains</source>
        <translation>Cadenas de recomendaciones</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;How to reach them:</source>
        <translation>Cómo &amp;contactar:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>They suggested someone</source>
        <translation>Te recomendó a alguien</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Who did %1 suggest you talk to? Type what you know: the rest can wait. They join the same field&apos;s list, introduced by %1.</source>
        <translation>¿Con quién te sugirió hablar %1? Escribe lo que sepas: el resto puede esperar. Se añade a la lista del mismo campo, presentado por %1.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <source>e.g. mention my name; best by phone</source>
        <translation>p. ej., menciona mi nombre; mejor por teléfono</translation>
    </message>
    <message>
        <source>%1 added to the list, introduced by this person</source>
        <translation>%1 añadido a la lista, presentado por esta persona</translation>
    </message>
</context>
<context>
    <name>RemoveTagDialog</name>
    <message>
        <source>Remove a tag</source>
        <translation>Quitar una etiqueta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %Ln selected contact(s):</source>
        <translation>
            <numerusform>La etiqueta que quitar al contacto seleccionado:</numerusform>
            <numerusform>La etiqueta que quitar a los %Ln contactos seleccionados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>None of them carries a tag.</source>
        <translation>Ninguno tiene etiquetas.</translation>
    </message>
    <message>
        <source>None of the selected contacts carries a tag.</source>
        <translation>Ninguno de los contactos seleccionados tiene etiquetas.</translation>
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
    <name>RenameTagDialog</name>
    <message>
        <source>Rename a tag</source>
        <translation>Cambiar el nombre de una etiqueta</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>El nombre nuevo</translation>
    </message>
    <message>
        <source>Every contact carrying the tag gets the new name.</source>
        <translation>Todos los contactos con esta etiqueta reciben el nombre nuevo.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <source>No contact carries a tag yet.</source>
        <translation>Aún ningún contacto tiene etiquetas.</translation>
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
    <name>ResearchPanel</name>
    <message>
        <source>Saved as you type. Select what only someone inside the field can tell you, then mark it.</source>
        <translation>Se guarda mientras escribes. Selecciona lo que solo alguien de dentro del campo puede decirte y márcalo.</translation>
    </message>
    <message>
        <source>Verify in an interview</source>
        <translation>Verificar en una entrevista</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Notas de investigación</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to verify in an interview</source>
        <translation>
            <numerusform>%n línea por verificar en una entrevista</numerusform>
            <numerusform>%n líneas por verificar en una entrevista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved.</source>
        <translation>Parte de lo que escribiste no se pudo guardar.</translation>
    </message>
    <message>
        <source>If you close now, it is lost. Stay to copy it somewhere safe or to try again.</source>
        <translation>Si cierras ahora, se perderá. Quédate para copiarlo en un lugar seguro o para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Names, notes, answers, research, questions, drafts…</source>
        <translation>Nombres, notas, respuestas, investigación, preguntas, borradores…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>Type a word, or the first letters of one.</source>
        <translation>Escribe una palabra o sus primeras letras.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, more below</source>
        <translation>
            <numerusform>%Ln mostrado, hay más abajo</numerusform>
            <numerusform>%Ln mostrados, hay más abajo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln encontrado</numerusform>
            <numerusform>%Ln encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n línea)</numerusform>
            <numerusform>%1 (%n líneas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes page</source>
        <translation>Página de notas</translation>
    </message>
    <message>
        <source>Sheet options</source>
        <translation>Opciones de la hoja</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Room for notes:</source>
        <translation>Espacio para notas:</translation>
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
    <name>SqlRecordsView</name>
    <message>
        <source>Search names, organizations…</source>
        <translation>Buscar nombres, organizaciones…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>read the list</source>
        <translation>leer la lista</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Buscar: %1</translation>
    </message>
</context>
<context>
    <name>StartWork</name>
    <message>
        <source>back up your data</source>
        <translation>hacer una copia de seguridad de tus datos</translation>
    </message>
    <message>
        <source>It is tried again next time.</source>
        <translation>Se volverá a intentar la próxima vez.</translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation>No se hizo la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>update the question bank</source>
        <translation>actualizar el banco de preguntas</translation>
    </message>
    <message>
        <source>It is tried next time.</source>
        <translation>Se intentará la próxima vez.</translation>
    </message>
    <message>
        <source>%1 is already open: here it is.</source>
        <translation>%1 ya está abierto: aquí lo tienes.</translation>
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
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changes to choose between</source>
        <translation>Cambios entre los que elegir</translation>
    </message>
    <message>
        <source>Nothing waits for your choice.</source>
        <translation>No hay nada pendiente de tu decisión.</translation>
    </message>
    <message>
        <source>These changed both in InfoView and in your address book since the last sync, or were deleted in the address book. Choose what to keep; what you leave for later waits here.</source>
        <translation>Esto cambió tanto en InfoView como en tu libreta de direcciones desde la última sincronización, o se borró en la libreta. Elige qué conservar; lo que dejes para más tarde te espera aquí.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>In InfoView</source>
        <translation>En InfoView</translation>
    </message>
    <message>
        <source>In the address book</source>
        <translation>En la libreta de direcciones</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Qué conservar de %1, %2</translation>
    </message>
    <message>
        <source>InfoView&apos;s (sent at the next sync)</source>
        <translation>El de InfoView (se envía en la próxima sincronización)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>The contact: put it back in the address book</source>
        <translation>El contacto: volver a ponerlo en la libreta</translation>
    </message>
    <message>
        <source>Nothing: delete the contact in InfoView</source>
        <translation>Nada: borrar el contacto en InfoView</translation>
    </message>
    <message>
        <source>InfoView&apos;s</source>
        <translation>El de InfoView</translation>
    </message>
    <message>
        <source>The address book&apos;s</source>
        <translation>El de la libreta</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Borrar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) in InfoView?</source>
        <translation>
            <numerusform>¿Borrar %n contacto en InfoView?</numerusform>
            <numerusform>¿Borrar %n contactos en InfoView?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their cards were deleted in your address book. Edit &gt; Undo brings them back.</source>
        <translation>Sus fichas se borraron en tu libreta de direcciones. Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Your choices are saved</source>
        <translation>Tus decisiones están guardadas</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Borrar el contacto %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>sync with your account</source>
        <translation>sincronizar con tu cuenta</translation>
    </message>
    <message>
        <source>What was synced is kept.</source>
        <translation>Lo ya sincronizado se conserva.</translation>
    </message>
    <message>
        <source>read your account</source>
        <translation>leer tu cuenta</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was synced is kept; the next sync goes on.</source>
        <translation>La sincronización se detuvo. Lo ya sincronizado se conserva; la próxima sincronización sigue desde ahí.</translation>
    </message>
</context>
<context>
    <name>SyncPasswordDialog</name>
    <message>
        <source>Sync password</source>
        <translation>Contraseña de sincronización</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>La contraseña de %1 en %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>%1 keeps it in memory until you quit and never writes it anywhere: it asks again the next time it starts.</source>
        <translation>%1 la guarda en memoria hasta que lo cierras y nunca la escribe en ningún sitio: te la vuelve a pedir la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Type the password…</source>
        <translation>Escribir la contraseña…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n to choose…</source>
        <translation>
            <numerusform>%n por decidir…</numerusform>
            <numerusform>%n por decidir…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice</source>
        <translation>
            <numerusform>%n cambio de la sincronización espera tu decisión</numerusform>
            <numerusform>%n cambios de la sincronización esperan tu decisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync waits for your password</source>
        <translation>La sincronización espera tu contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n contact(s) changed from your address book</source>
        <translation>
            <numerusform>Sincronizado a las %1: %n contacto cambiado desde tu libreta de direcciones</numerusform>
            <numerusform>Sincronizado a las %1: %n contactos cambiados desde tu libreta de direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: trying again at %1</source>
        <translation>Sin sincronizar: se reintentará a las %1</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Deteniendo la sincronización…</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Quitar esta etiqueta</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Añade una etiqueta y pulsa Intro</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
</context>
<context>
    <name>TagWords</name>
    <message numerus="yes">
        <source>Tag %Ln contact(s)</source>
        <translation>
            <numerusform>Etiquetar %Ln contacto</numerusform>
            <numerusform>Etiquetar %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln contact(s)</source>
        <translation>
            <numerusform>Quitar la etiqueta a %Ln contacto</numerusform>
            <numerusform>Quitar la etiqueta a %Ln contactos</numerusform>
        </translation>
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
        <source>Took over the hand-over from “%1” of %2</source>
        <translation>Traspaso de «%1» del %2 recogido</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>No recogido</translation>
    </message>
</context>
<context>
    <name>TakeawayEditor</name>
    <message>
        <source>My takeaway: %1</source>
        <translation>Mi conclusión: %1</translation>
    </message>
    <message>
        <source>My takeaway on this topic, in my own words…</source>
        <translation>Mi conclusión sobre este tema, con mis propias palabras…</translation>
    </message>
    <message>
        <source>Your takeaway</source>
        <translation>Tu conclusión</translation>
    </message>
    <message>
        <source>Takeaway saved</source>
        <translation>Conclusión guardada</translation>
    </message>
</context>
<context>
    <name>ThankYouChecker</name>
    <message>
        <source>Before you send</source>
        <translation>Antes de enviar</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n palabra (procura no pasar de %1)</numerusform>
            <numerusform>%n palabras (procura no pasar de %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 with your own words</source>
        <translation>Sustituye %1 por tus propias palabras</translation>
    </message>
    <message>
        <source>Names something specific they said</source>
        <translation>Menciona algo concreto que te dijo</translation>
    </message>
    <message>
        <source>Name one specific thing they said that helped you</source>
        <translation>Menciona algo concreto que te dijo y que te ayudó</translation>
    </message>
    <message>
        <source>Your email or phone is under your name</source>
        <translation>Tu correo o tu teléfono figura bajo tu nombre</translation>
    </message>
    <message>
        <source>Sign with your email or phone, so they can reply</source>
        <translation>Firma con tu correo o tu teléfono para que pueda responderte</translation>
    </message>
    <message>
        <source>Your thank-you still says %1. Replace it with one thing they said before you send it.

Did you fix it in your mail program and send it?</source>
        <translation>Tu agradecimiento todavía dice %1. Sustitúyelo por algo concreto que te dijo antes de enviarlo.

¿Lo corregiste en tu programa de correo y lo enviaste?</translation>
    </message>
    <message>
        <source>Mark it sent anyway</source>
        <translation>Marcarlo como enviado de todos modos</translation>
    </message>
    <message>
        <source>Go back and fix it</source>
        <translation>Volver y corregirlo</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>Queda un marcador de posición</translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <source>Thank %1</source>
        <translation>Dar las gracias a %1</translation>
    </message>
    <message>
        <source>e.g. Your advice to build a portfolio first helped most.</source>
        <translation>p. ej.: Tu consejo de preparar primero un portafolio fue lo que más me ayudó.</translation>
    </message>
    <message>
        <source>Use this line</source>
        <translation>Usar esta línea</translation>
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
        <source>I sent it</source>
        <translation>Ya lo envié</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Note card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Something specific</source>
        <translation>Algo concreto</translation>
    </message>
    <message>
        <source>Name one thing they said that helped you. Pick a line from your notes, or type your own.</source>
        <translation>Menciona algo que te dijo y que te ayudó. Elige una línea de tus notas o escribe la tuya.</translation>
    </message>
    <message>
        <source>Your point, as it goes into the drafts:</source>
        <translation>Tu frase, tal como entra en los borradores:</translation>
    </message>
    <message>
        <source>To: %1 (no email saved)</source>
        <translation>Para: %1 (sin correo guardado)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Otras notas</translation>
    </message>
    <message>
        <source>No notes for this interview: type your point below.</source>
        <translation>No hay notas de esta entrevista: escribe tu frase abajo.</translation>
    </message>
    <message>
        <source>You can thank them once the interview has been held.</source>
        <translation>Podrás dar las gracias cuando se haya hecho la entrevista.</translation>
    </message>
    <message>
        <source>Thank-you email sent on %1.</source>
        <translation>Correo de agradecimiento enviado el %1.</translation>
    </message>
    <message>
        <source>Overdue: the thank-you email was due on %1. Send it now.</source>
        <translation>Con retraso: el correo de agradecimiento tocaba el %1. Envíalo ya.</translation>
    </message>
    <message>
        <source>Send the thank-you email today.</source>
        <translation>Envía hoy el correo de agradecimiento.</translation>
    </message>
    <message>
        <source>Send the thank-you email by %1.</source>
        <translation>Envía el correo de agradecimiento a más tardar el %1.</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Enviado el %1</translation>
    </message>
    <message>
        <source>Card sent on %1</source>
        <translation>Tarjeta enviada el %1</translation>
    </message>
    <message>
        <source>You rewrote the sentence where the point went: add the point where it fits.</source>
        <translation>Reescribiste la frase donde iba tu punto: añádelo donde encaje.</translation>
    </message>
    <message>
        <source>Keeping in touch with %1 saved</source>
        <translation>Guardado cómo mantener el contacto con %1</translation>
    </message>
    <message>
        <source>Thank-you to %1 recorded as sent</source>
        <translation>Agradecimiento a %1 registrado como enviado</translation>
    </message>
    <message>
        <source>Note card to %1 recorded as sent</source>
        <translation>Tarjeta a %1 registrada como enviada</translation>
    </message>
    <message>
        <source>Letter to %1 recorded as posted</source>
        <translation>Carta a %1 registrada como enviada</translation>
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
    <name>TimelineActions</name>
    <message>
        <source>Save or cancel your changes to this contact first, then open it.</source>
        <translation>Primero guarda o cancela tus cambios en este contacto; luego ábrelo.</translation>
    </message>
    <message>
        <source>Conversation added</source>
        <translation>Conversación añadida</translation>
    </message>
    <message>
        <source>Conversation saved</source>
        <translation>Conversación guardada</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>TopicSection</name>
    <message numerus="yes">
        <source>Show %n more (%1 of %2 not shown yet)</source>
        <translation>
            <numerusform>Mostrar %n más (%1 de %2 sin mostrar)</numerusform>
            <numerusform>Mostrar %n más (%1 de %2 sin mostrar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more answer(s) on %1</source>
        <translation>
            <numerusform>Mostrar %n respuesta más sobre %1</numerusform>
            <numerusform>Mostrar %n respuestas más sobre %1</numerusform>
        </translation>
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
    <name>Undo</name>
    <message>
        <source>Undo: %1…</source>
        <translation>Deshacer: %1…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo: %1…</source>
        <translation>Rehacer: %1…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>UndoImportOffer</name>
    <message>
        <source>Undo import</source>
        <translation>Deshacer la importación</translation>
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
    <name>WeightDelegate</name>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
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
