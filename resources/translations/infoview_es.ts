<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en_US">
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
