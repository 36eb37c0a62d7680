<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
<context>
    <name>AppearanceGroup</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is; a high-contrast desktop gets high contrast</source>
        <translation>Hell oder dunkel wie der Desktop; ein Desktop mit hohem Kontrast bekommt hohen Kontrast</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> Werktag</numerusform>
            <numerusform> Werktagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HolidayChoice</name>
    <message>
        <source>None: weekends only</source>
        <translation>Keines: nur Wochenenden</translation>
    </message>
    <message>
        <source>The whole country (national holidays)</source>
        <translation>Das ganze Land (landesweite Feiertage)</translation>
    </message>
    <message>
        <source>Follow-ups and keep-in-touch reminders count business days: weekdays that are not public holidays where you live.</source>
        <translation>Nachfassen und Erinnerungen zum Kontakthalten zählen Werktage: Wochentage, die dort, wo Sie leben, keine gesetzlichen Feiertage sind.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>%1 (partly translated)</source>
        <translation>%1 (teilweise übersetzt)</translation>
    </message>
    <message>
        <source>InfoView speaks the language chosen here from the next time it starts.</source>
        <translation>InfoView verwendet die hier gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Preferences saved. InfoView follows the system&apos;s language from its next start.</source>
        <translation>Einstellungen gespeichert. InfoView folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Preferences saved. InfoView speaks %1 from its next start.</source>
        <translation>Einstellungen gespeichert. InfoView verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Mögliche &amp;Duplikate…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Ihr &amp;Profil…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>InfoView &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Datenbank &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Anleitung und Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Ein &amp;Problem melden…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Überall &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find in this view</source>
        <translation>In dieser Ansicht &amp;suchen</translation>
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
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Compact (three lines a question)</source>
        <translation>Kompakt (drei Zeilen je Frage)</translation>
    </message>
    <message>
        <source>Roomy (seven lines a question)</source>
        <translation>Großzügig (sieben Zeilen je Frage)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Gesetzliche Feiertage</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of InfoView</source>
        <translation>Sprache von InfoView</translation>
    </message>
    <message>
        <source>Question sheets</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Room for notes</source>
        <translation>Platz für Notizen</translation>
    </message>
    <message>
        <source>Requests without an answer</source>
        <translation>Anfragen ohne Antwort</translation>
    </message>
    <message>
        <source>Suggest asking the next person after</source>
        <translation>Nächste Person vorschlagen nach</translation>
    </message>
    <message>
        <source>Suggest one polite follow-up after</source>
        <translation>Eine höfliche Nachfrage vorschlagen nach</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Career fields</source>
        <translation>Berufsfelder</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
</context>
</TS>
