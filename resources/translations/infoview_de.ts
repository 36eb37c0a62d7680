<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en_US">
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
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Größe der Datenbank</translation>
    </message>
    <message>
        <source>Plan, hold and follow up informational interviews: learn what a career is really like from the people who do the work. Everything stays on this computer.</source>
        <translation>Informationsgespräche planen, führen und nachbereiten: Erfahren Sie von den Menschen, die die Arbeit machen, wie ein Beruf wirklich ist. Alles bleibt auf diesem Computer.</translation>
    </message>
</context>
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
    <name>AskPage</name>
    <message>
        <source>Rank, ask, schedule</source>
        <translation>Ordnen, anfragen, Termin planen</translation>
    </message>
    <message>
        <source>Score each person on your criteria and put the people you most want to talk to first, then ask the top one for 20-30 minutes in person, by phone or by video. If they decline, thank them and ask the next.</source>
        <translation>Bewerten Sie jede Person nach Ihren Kriterien und stellen Sie die Menschen nach vorn, mit denen Sie am liebsten sprechen möchten. Bitten Sie dann die erste um 20–30 Minuten – persönlich, am Telefon oder per Video. Sagt sie ab, danken Sie ihr und fragen Sie die nächste.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Order by score</source>
        <translation>Nach Punkten ordnen</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>Kriterien…</translation>
    </message>
    <message>
        <source>Add, rename, remove or reorder the criteria</source>
        <translation>Kriterien hinzufügen, umbenennen, entfernen oder umordnen</translation>
    </message>
    <message>
        <source>Next to ask: %1</source>
        <translation>Als Nächstes anfragen: %1</translation>
    </message>
    <message>
        <source>Everyone on the shortlist has been asked.</source>
        <translation>Alle auf der engeren Wahl wurden angefragt.</translation>
    </message>
    <message>
        <source>Add contacts in step 2 to build your shortlist.</source>
        <translation>Fügen Sie in Schritt 2 Kontakte hinzu, um Ihre engere Wahl zusammenzustellen.</translation>
    </message>
    <message>
        <source>Ranked by score</source>
        <translation>Nach Punkten geordnet</translation>
    </message>
</context>
<context>
    <name>AskingPanel</name>
    <message>
        <source>Choose someone on the list to see what to do next.</source>
        <translation>Wählen Sie jemanden in der Liste, um zu sehen, was als Nächstes zu tun ist.</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Backup of</source>
        <translation>Sicherung vom</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Your data is as it was.</source>
        <translation>Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them.</source>
        <translation>%1 sichert Ihre Daten selbst: beim Start (wenn sich seit dem letzten Mal etwas geändert hat), vor einem Update, vor einem Import und vor einer Wiederherstellung. Es behält jede Sicherung der letzten zwei Tage, danach eine pro Tag, eine pro Woche und eine pro Monat, bis etwa ein Jahr zurück. Die Sicherungen, die Sie hier anlegen, bleiben, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>There is no backup yet: use “Back up now” to make one.</source>
        <translation>Es gibt noch keine Sicherung: Legen Sie mit „Jetzt sichern“ eine an.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Open backup folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>finish this with your backups</source>
        <translation>diese Aufgabe mit Ihren Sicherungen abschließen</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Ihre Daten werden gesichert…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>Keine Sicherung</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>Die Sicherung konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>No backup was made: canceled.</source>
        <translation>Keine Sicherung angelegt: abgebrochen.</translation>
    </message>
    <message>
        <source>The restore was canceled; your data is as it was.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Die Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Your data will be as it was then: what you changed since is replaced. %1 first backs up your data as it is now, so you can come back to it.</source>
        <translation>Ihre Daten sind dann wie zu jenem Zeitpunkt: Was Sie seither geändert haben, wird ersetzt. %1 sichert vorher Ihre jetzigen Daten, sodass Sie zu ihnen zurückkehren können.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Die Sicherung vom %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Sicherung vom %1 wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>BulkWorkDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>finish “%1”</source>
        <translation>„%1“ abschließen</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Cancel stops it and changes nothing.</source>
        <translation>„Abbrechen“ hält den Vorgang an und ändert nichts.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>InfoView could not finish “%1”.</source>
        <translation>InfoView konnte „%1“ nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Phone: no phone number saved: add it to the contact</source>
        <translation>Telefon: keine Nummer gespeichert – tragen Sie sie beim Kontakt ein</translation>
    </message>
    <message>
        <source>When you called, what they said, when to call back…</source>
        <translation>Wann Sie angerufen haben, was gesagt wurde, wann Sie zurückrufen…</translation>
    </message>
    <message>
        <source>I called and asked</source>
        <translation>Ich habe angerufen und gefragt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Was Sie sagen können</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>Notizen zum Anruf</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your data is sound.</source>
        <translation>Ihre Daten sind in Ordnung.</translation>
    </message>
    <message>
        <source>SQLite checked the data file and the links between records, and %1 checked its own rules: everything is as it should be.</source>
        <translation>SQLite hat die Datendatei und die Verknüpfungen zwischen den Einträgen geprüft, und %1 seine eigenen Regeln: Alles ist so, wie es sein soll.</translation>
    </message>
    <message>
        <source>The data file itself is damaged. Restore a recent backup (Tools &gt; Backups): %1 backs up your data as it is first, so nothing is lost by trying.</source>
        <translation>Die Datendatei selbst ist beschädigt. Stellen Sie eine neuere Sicherung wieder her (Extras &gt; Sicherungen): %1 sichert zuerst Ihre Daten, wie sie jetzt sind, sodass ein Versuch nichts kostet.</translation>
    </message>
    <message>
        <source>Repaired:</source>
        <translation>Repariert:</translation>
    </message>
    <message>
        <source>Still to look at:</source>
        <translation>Noch zu prüfen:</translation>
    </message>
    <message>
        <source>The data file is damaged.</source>
        <translation>Die Datendatei ist beschädigt.</translation>
    </message>
    <message>
        <source>Everything is repaired.</source>
        <translation>Alles ist repariert.</translation>
    </message>
    <message>
        <source>Some things need you.</source>
        <translation>Einiges braucht Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung gefunden hat</translation>
    </message>
    <message>
        <source>check your data</source>
        <translation>Ihre Daten prüfen</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sicherungen…</translation>
    </message>
    <message>
        <source>The same check runs from the command line: infoview check [--fix].</source>
        <translation>Dieselbe Prüfung läuft auch in der Befehlszeile: infoview check [--fix].</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Ihre Daten werden geprüft…</translation>
    </message>
    <message>
        <source>SQLite checks the data file, then InfoView checks its own rules.</source>
        <translation>SQLite prüft die Datendatei, danach prüft InfoView seine eigenen Regeln.</translation>
    </message>
    <message>
        <source>The check could not be finished.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was repaired.</source>
        <translation>Es wurde nichts repariert.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Find professionals to interview</source>
        <translation>Fachleute für Gespräche finden</translation>
    </message>
    <message>
        <source>Ask around: friends, family, professors, campus staff, professional organizations, networking sites and alumni programs. Note who introduced you: a mutual contact opens doors.</source>
        <translation>Hören Sie sich um: Freunde, Familie, Lehrende, Beschäftigte der Hochschule, Berufsverbände, Netzwerkseiten und Alumni-Programme. Notieren Sie, wer Sie vorgestellt hat: Ein gemeinsamer Kontakt öffnet Türen.</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No contacts in this field yet. Add the first person you could ask.</source>
        <translation>Noch keine Kontakte in diesem Berufsfeld. Fügen Sie die erste Person hinzu, die Sie fragen könnten.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in %1.</source>
        <translation>
            <numerusform>%n Kontakt in %1.</numerusform>
            <numerusform>%n Kontakte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts in %1 yet. Add the first person you could ask.</source>
        <translation>Noch keine Kontakte in %1. Fügen Sie die erste Person hinzu, die Sie fragen könnten.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Score each contact from 0 to 5 on these criteria, in the table of contacts. The weight says how much a criterion counts in the score: 0 ignores it, 5 counts most. Scores follow each change at once.</source>
        <translation>Bewerten Sie jeden Kontakt in der Kontakttabelle mit 0 bis 5 Punkten nach diesen Kriterien. Die Gewichtung sagt, wie stark ein Kriterium zählt: 0 lässt es weg, 5 zählt am meisten. Die Punkte folgen jeder Änderung sofort.</translation>
    </message>
    <message>
        <source>Criteria for %1</source>
        <translation>Kriterien für %1</translation>
    </message>
    <message>
        <source>A new criterion, e.g. Works with data daily</source>
        <translation>Ein neues Kriterium, z. B. Arbeitet täglich mit Daten</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the criterion typed (Enter)</source>
        <translation>Das eingegebene Kriterium hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Kriterium hinzugefügt</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>„%1“ entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>You gave %n contact(s) a score on it: those scores are removed too, and the weighted scores follow.</source>
        <translation>
            <numerusform>Sie haben %n Kontakt danach bewertet: Diese Punkte werden ebenfalls entfernt, und die gewichteten Punktzahlen passen sich an.</numerusform>
            <numerusform>Sie haben %n Kontakte danach bewertet: Diese Punkte werden ebenfalls entfernt, und die gewichteten Punktzahlen passen sich an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Kriterium entfernt</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>Noch nicht hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” is typed but not added.</source>
        <translation>„%1“ ist eingegeben, aber nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Add it before closing?</source>
        <translation>Vor dem Schließen hinzufügen?</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Hierbleiben</translation>
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
    <name>DraftEditor</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>An: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To: %1 (no email address saved: add it in your mail program)</source>
        <translation>An: %1 (keine E-Mail-Adresse gespeichert – tragen Sie sie im E-Mail-Programm ein)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Your data is as it was, and so is any file of that name.</source>
        <translation>Ihre Daten sind unverändert, ebenso jede Datei dieses Namens.</translation>
    </message>
    <message>
        <source>Contacts as CSV (spreadsheets and other programs)</source>
        <translation>Kontakte als CSV (Tabellenkalkulation und andere Programme)</translation>
    </message>
    <message>
        <source>InfoView contacts</source>
        <translation>InfoView-Kontakte</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0 (address books, phones)</source>
        <translation>Kontakte als vCard 4.0 (Adressbücher, Telefone)</translation>
    </message>
    <message>
        <source>Scheduled interviews as a calendar file (.ics)</source>
        <translation>Geplante Gespräche als Kalenderdatei (.ics)</translation>
    </message>
    <message>
        <source>InfoView interviews</source>
        <translation>InfoView-Gespräche</translation>
    </message>
    <message>
        <source>Everything, as a backup InfoView can restore (.json)</source>
        <translation>Alles, als Sicherung, die InfoView wiederherstellen kann (.json)</translation>
    </message>
    <message>
        <source>InfoView backup</source>
        <translation>InfoView-Sicherung</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>InfoView backups (*.json)</source>
        <translation>InfoView-Sicherungen (*.json)</translation>
    </message>
    <message>
        <source>Any spreadsheet or address book can read it; InfoView reads it back.</source>
        <translation>Jede Tabellenkalkulation und jedes Adressbuch kann sie lesen; InfoView liest sie wieder ein.</translation>
    </message>
    <message>
        <source>One file with every card; address books and phones import it.</source>
        <translation>Eine Datei mit allen Karten; Adressbücher und Telefone importieren sie.</translation>
    </message>
    <message>
        <source>Every interview with a date and time, in one file your calendar program opens; exporting again updates the same events.</source>
        <translation>Jedes Gespräch mit Datum und Uhrzeit in einer Datei, die Ihr Kalenderprogramm öffnet; ein erneuter Export aktualisiert dieselben Termine.</translation>
    </message>
    <message>
        <source>Every table, exactly: restore it into an empty data folder with File &gt; Import. Keep it somewhere safe: it holds all your notes.</source>
        <translation>Jede Tabelle, genau: Stellen Sie sie mit Datei &gt; Importieren in einem leeren Datenordner wieder her. Bewahren Sie sie sicher auf: Sie enthält alle Ihre Notizen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>Alle Kontakte (%1)</translation>
    </message>
    <message>
        <source>The selected contacts (%1)</source>
        <translation>Die ausgewählten Kontakte (%1)</translation>
    </message>
    <message>
        <source>Made for a spreadsheet (Excel, LibreOffice, Numbers)</source>
        <translation>Für eine Tabellenkalkulation (Excel, LibreOffice, Numbers)</translation>
    </message>
    <message>
        <source>Adds a byte-order mark so that a spreadsheet shows accents correctly.</source>
        <translation>Fügt eine Byte-Order-Markierung hinzu, damit eine Tabellenkalkulation Umlaute und Akzente richtig zeigt.</translation>
    </message>
    <message>
        <source>Cells as they are, for a program (not for a spreadsheet)</source>
        <translation>Zellen unverändert, für ein Programm (nicht für eine Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>By default a cell starting with = + - @, a tab or a line break is written with a leading apostrophe, so that a spreadsheet shows it as text (+1-555-0100 stays +1-555-0100) and runs no formula; InfoView&apos;s own import removes it. Check this only for a program that reads the file.</source>
        <translation>Standardmäßig erhält eine Zelle, die mit = + - @, einem Tabulator oder einem Zeilenumbruch beginnt, ein vorangestelltes Apostroph, damit eine Tabellenkalkulation sie als Text zeigt (+1-555-0100 bleibt +1-555-0100) und keine Formel ausführt; der Import von InfoView entfernt es wieder. Wählen Sie dies nur für ein Programm, das die Datei liest.</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>Zieldatei des Exports</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Welche Kontakte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>write this file</source>
        <translation>diese Datei schreiben</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Choose a career field</source>
        <translation>Ein Berufsfeld wählen</translation>
    </message>
    <message>
        <source>Pick the field to explore now, or add one. Research it first: read about the work, the pay and the path in, and note what only someone inside can tell you.</source>
        <translation>Wählen Sie das Berufsfeld, das Sie jetzt erkunden möchten, oder fügen Sie eines hinzu. Recherchieren Sie zuerst: Lesen Sie über die Arbeit, die Bezahlung und den Einstieg, und notieren Sie, was Ihnen nur jemand aus dem Feld sagen kann.</translation>
    </message>
    <message>
        <source>Career fields</source>
        <translation>Berufsfelder</translation>
    </message>
    <message>
        <source>Add a career field…</source>
        <translation>Berufsfeld hinzufügen…</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Saved as you type. Links and lines to verify are under Career fields.</source>
        <translation>Wird beim Tippen gespeichert. Links und zu prüfende Zeilen finden Sie unter Berufsfelder.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Research notes on %1</source>
        <translation>Recherchenotizen zu %1</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Hand-over folder</source>
        <translation>Übergabeordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Choose the hand-over folder</source>
        <translation>Übergabeordner auswählen</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Back to Home</source>
        <translation>Zurück zum Start</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over to another computer</source>
        <translation>An einen anderen Computer übergeben</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>write the hand-over</source>
        <translation>die Übergabe schreiben</translation>
    </message>
    <message>
        <source>Your data is as it was.</source>
        <translation>Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Write a copy of your data into a folder that goes with you to the other computer: a synced folder (Dropbox, OneDrive, Syncthing…) or a USB stick. The copy is checked before it is kept. On the other computer, choose File &gt; Take over from another computer… and the same folder.</source>
        <translation>Schreiben Sie eine Kopie Ihrer Daten in einen Ordner, der mit Ihnen zum anderen Computer kommt: einen synchronisierten Ordner (Dropbox, OneDrive, Syncthing…) oder einen USB-Stick. Die Kopie wird geprüft, bevor sie behalten wird. Wählen Sie auf dem anderen Computer Datei &gt; Von einem anderen Computer übernehmen… und denselben Ordner.</translation>
    </message>
    <message>
        <source>Choose a folder that exists first.</source>
        <translation>Wählen Sie zuerst einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Writing the hand-over…</source>
        <translation>Die Übergabe wird geschrieben…</translation>
    </message>
    <message>
        <source>Handed over (%1). On the other computer, choose File &gt; Take over from another computer… and this folder.</source>
        <translation>Übergeben (%1). Wählen Sie auf dem anderen Computer Datei &gt; Von einem anderen Computer übernehmen… und diesen Ordner.</translation>
    </message>
    <message>
        <source>The hand-over that was in the folder came from another computer and was never taken over here: it is kept in Tools &gt; Backups.</source>
        <translation>Die Übergabe, die im Ordner lag, kam von einem anderen Computer und wurde hier nie übernommen: Sie ist unter Extras &gt; Sicherungen aufbewahrt.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Nicht übergeben</translation>
    </message>
    <message>
        <source>The hand-over could not be written.</source>
        <translation>Die Übergabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Canceled: no hand-over was written.</source>
        <translation>Abgebrochen: Es wurde keine Übergabe geschrieben.</translation>
    </message>
</context>
<context>
    <name>HelpGuideDialog</name>
    <message>
        <source>Choose a career field</source>
        <translation>Ein Berufsfeld wählen</translation>
    </message>
    <message>
        <source>Pick a field to explore and research it first: the work, the pay and the path in. Note what only someone inside can tell you.</source>
        <translation>Wählen Sie ein Berufsfeld und recherchieren Sie es zuerst: die Arbeit, die Bezahlung, den Einstieg. Notieren Sie, was Ihnen nur jemand aus dem Feld sagen kann.</translation>
    </message>
    <message>
        <source>Find professionals to interview</source>
        <translation>Fachleute für Gespräche finden</translation>
    </message>
    <message>
        <source>Ask friends, family, teachers, alumni and networking sites. Note who introduced you: a mutual contact opens doors.</source>
        <translation>Fragen Sie Freunde, Familie, Lehrende, Alumni und in beruflichen Netzwerken. Notieren Sie, wer Sie vorgestellt hat: Ein gemeinsamer Kontakt öffnet Türen.</translation>
    </message>
    <message>
        <source>Rank, ask, schedule</source>
        <translation>Ordnen, anfragen, Termin planen</translation>
    </message>
    <message>
        <source>Score each person on your criteria, then ask the top one for 20-30 minutes. No answer after a few business days? Ask the next person.</source>
        <translation>Bewerten Sie jede Person nach Ihren Kriterien und bitten Sie dann die erste um 20–30 Minuten. Nach ein paar Werktagen keine Antwort? Fragen Sie die nächste Person.</translation>
    </message>
    <message>
        <source>Prepare questions</source>
        <translation>Fragen vorbereiten</translation>
    </message>
    <message>
        <source>Choose questions that fit how decided you are, put the ones you most want answered first, and print the question sheet.</source>
        <translation>Wählen Sie Fragen, die dazu passen, wie entschieden Sie sind, stellen Sie die wichtigsten nach vorn und drucken Sie den Fragebogen.</translation>
    </message>
    <message>
        <source>Hold the interview</source>
        <translation>Das Gespräch führen</translation>
    </message>
    <message>
        <source>Keep to the time you asked for and take notes. At the end, ask how to stay in touch and who else you could talk to.</source>
        <translation>Halten Sie die erbetene Zeit ein und machen Sie Notizen. Fragen Sie am Ende, wie Sie in Kontakt bleiben können und mit wem Sie noch sprechen könnten.</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Danke sagen</translation>
    </message>
    <message>
        <source>Send a thank-you within a day, naming something they said that helped. A note card or a letter can follow.</source>
        <translation>Bedanken Sie sich innerhalb eines Tages und nennen Sie etwas, das Ihnen geholfen hat. Eine Karte oder ein Brief kann folgen.</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Mark answered and go to the next question</source>
        <translation>Als beantwortet markieren und zur nächsten Frage</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Uhr starten</translation>
    </message>
    <message>
        <source>End the interview</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Visitenkarte</translation>
    </message>
    <message>
        <source>They suggested someone: add that person</source>
        <translation>Jemand wurde empfohlen: diese Person hinzufügen</translation>
    </message>
    <message>
        <source>Print the notes</source>
        <translation>Notizen drucken</translation>
    </message>
    <message>
        <source>Save the notes as PDF</source>
        <translation>Notizen als PDF speichern</translation>
    </message>
    <message>
        <source>Close interview mode</source>
        <translation>Gesprächsmodus schließen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Contacts table</source>
        <translation>Kontakttabelle</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Kontakt öffnen</translation>
    </message>
    <message>
        <source>Delete the selected contacts</source>
        <translation>Ausgewählte Kontakte löschen</translation>
    </message>
    <message>
        <source>Move the selected contacts up or down the ranking</source>
        <translation>Ausgewählte Kontakte in der Rangfolge nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <source>Add the selected questions to the list</source>
        <translation>Ausgewählte Fragen zur Liste hinzufügen</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Move the criterion up or down</source>
        <translation>Kriterium nach oben oder unten verschieben</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>Career fields list</source>
        <translation>Liste der Berufsfelder</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Gesprächsmodus</translation>
    </message>
    <message>
        <source>How %1 works</source>
        <translation>So funktioniert %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 guide</source>
        <translation>%1-Leitfaden</translation>
    </message>
    <message>
        <source>Guide and shortcuts</source>
        <translation>Leitfaden und Tastenkürzel</translation>
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
    <name>InterviewPage</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Hold the interview</source>
        <translation>Das Gespräch führen</translation>
    </message>
    <message>
        <source>Keep to the time you asked for, take notes, and at the end thank them, ask how to stay in touch and who else you could talk to. Interview mode has a short checklist for each kind of meeting: in person, phone, video or email.</source>
        <translation>Halten Sie die erbetene Zeit ein, machen Sie Notizen, und bedanken Sie sich am Ende, fragen Sie, wie Sie in Kontakt bleiben können und mit wem Sie noch sprechen könnten. Der Gesprächsmodus hat eine kurze Checkliste für jede Form: persönlich, Telefon, Video oder E-Mail.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Open interview mode, full screen (Enter)</source>
        <translation>Gesprächsmodus im Vollbild öffnen (Eingabetaste)</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) scheduled. Choose one and press Start when you sit down with the person.</source>
        <translation>
            <numerusform>%n Gespräch geplant. Wählen Sie es aus und drücken Sie „Gespräch beginnen“, wenn Sie mit der Person zusammensitzen.</numerusform>
            <numerusform>%n Gespräche geplant. Wählen Sie eines aus und drücken Sie „Gespräch beginnen“, wenn Sie mit der Person zusammensitzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview scheduled yet: once a request is accepted, schedule it in step 3.</source>
        <translation>Noch kein Gespräch geplant: Sobald eine Anfrage angenommen ist, planen Sie den Termin in Schritt 3.</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Notizen öffnen</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Use the current language</source>
        <translation>Aktuelle Sprache verwenden</translation>
    </message>
    <message>
        <source>Put the questions from the bank in the language InfoView speaks now. Questions you wrote or reworded stay as they are.</source>
        <translation>Setzt die Fragen aus der Fragensammlung in die Sprache, die InfoView jetzt spricht. Fragen, die Sie selbst geschrieben oder umformuliert haben, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The questions from the bank are already in the current language.</source>
        <translation>Die Fragen aus der Fragensammlung sind bereits in der aktuellen Sprache.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) now in the current language: Edit &gt; Undo goes back.</source>
        <translation>
            <numerusform>%n Frage jetzt in der aktuellen Sprache: Bearbeiten &gt; Rückgängig stellt sie wieder her.</numerusform>
            <numerusform>%n Fragen jetzt in der aktuellen Sprache: Bearbeiten &gt; Rückgängig stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you reworded kept as you wrote them.</source>
        <translation>
            <numerusform>%n von Ihnen umformulierte Frage blieb, wie Sie sie geschrieben haben.</numerusform>
            <numerusform>%n von Ihnen umformulierte Fragen blieben, wie Sie sie geschrieben haben.</numerusform>
        </translation>
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
    <name>LinkDialog</name>
    <message>
        <source>Add a link to “%1”</source>
        <translation>Link zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>https://www.bls.gov/ooh/…</source>
        <translation>https://web.arbeitsagentur.de/berufenet/…</translation>
    </message>
    <message>
        <source>Optional: what the page is about</source>
        <translation>Optional: worum es auf der Seite geht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>InfoView opens only web pages (http:// or https://), so this link was not opened. Remove it, and add the page&apos;s web address instead.</source>
        <translation>InfoView öffnet nur Webseiten (http:// oder https://), deshalb wurde dieser Link nicht geöffnet. Entfernen Sie ihn und fügen Sie stattdessen die Webadresse der Seite hinzu.</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Link hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>MailProgram</name>
    <message>
        <source>No mail program opened this email.</source>
        <translation>Kein E-Mail-Programm hat diese E-Mail geöffnet.</translation>
    </message>
    <message>
        <source>This computer has no mail program set up for email links. Copy the email and paste it into a new message in the mail you use (in a browser or an app): the address, the subject and the text come with it.</source>
        <translation>Auf diesem Computer ist kein E-Mail-Programm für E-Mail-Links eingerichtet. Kopieren Sie die E-Mail und fügen Sie sie in eine neue Nachricht in Ihrem E-Mail-Dienst ein (im Browser oder in einer App): Adresse, Betreff und Text kommen mit.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>Copy the email</source>
        <translation>E-Mail kopieren</translation>
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
    <message>
        <source>Add ta&amp;g…</source>
        <translation>Tag &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Tag &amp;entfernen…</translation>
    </message>
    <message>
        <source>Rena&amp;me tag…</source>
        <translation>Tag u&amp;mbenennen…</translation>
    </message>
    <message>
        <source>&amp;Hand over to another computer…</source>
        <translation>&amp;An einen anderen Computer übergeben…</translation>
    </message>
    <message>
        <source>&amp;Take over from another computer…</source>
        <translation>&amp;Von einem anderen Computer übernehmen…</translation>
    </message>
    <message>
        <source>Another computer handed over newer data: File &gt; Take over from another computer…</source>
        <translation>Ein anderer Computer hat neuere Daten übergeben: Datei &gt; Von einem anderen Computer übernehmen…</translation>
    </message>
    <message>
        <source>Your data is in a synced folder</source>
        <translation>Ihre Daten liegen in einem synchronisierten Ordner</translation>
    </message>
    <message>
        <source>InfoView keeps your data in %1, a folder that %2 copies between computers.</source>
        <translation>InfoView bewahrt Ihre Daten in %1 auf, einem Ordner, den %2 zwischen Computern kopiert.</translation>
    </message>
    <message>
        <source>The data of an open program must not be in a synced folder: %1 can copy the file while InfoView writes to it, and the copies on two computers can undo each other&apos;s changes or damage the file. Move the data folder out of the synced folder (start InfoView with --data-dir, or set INFOVIEW_DATA_DIR), and carry your data with File &gt; Hand over to another computer… instead.</source>
        <translation>Die Daten eines geöffneten Programms gehören nicht in einen synchronisierten Ordner: %1 kann die Datei kopieren, während InfoView in sie schreibt, und die Kopien auf zwei Computern können gegenseitig Änderungen rückgängig machen oder die Datei beschädigen. Verschieben Sie den Datenordner aus dem synchronisierten Ordner (starten Sie InfoView mit --data-dir oder setzen Sie INFOVIEW_DATA_DIR), und nehmen Sie Ihre Daten stattdessen mit Datei &gt; An einen anderen Computer übergeben… mit.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>What the work is, the pay, the path in, what you read and where…
One idea a line: select the lines only an insider can answer and mark them to verify in an interview.</source>
        <translation>Was die Arbeit ist, die Bezahlung, der Einstieg, was Sie wo gelesen haben…
Ein Gedanke pro Zeile: Markieren Sie die Zeilen, die nur jemand aus dem Feld beantworten kann, zum Prüfen im Gespräch.</translation>
    </message>
    <message>
        <source>Your research notes</source>
        <translation>Ihre Recherchenotizen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
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
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Welcome to InfoView. Tell us a little about yourself: your details fill the request emails, thank-you notes, letters and question sheets. You can change them later from Settings &gt; Your profile.</source>
        <translation>Willkommen bei InfoView. Erzählen Sie ein wenig über sich: Ihre Angaben erscheinen in Anfrage-E-Mails, Dankesnachrichten, Briefen und Fragebögen. Sie können sie später unter Einstellungen &gt; Ihr Profil ändern.</translation>
    </message>
    <message>
        <source>Your details fill the request emails, thank-you notes, letters and question sheets.</source>
        <translation>Ihre Angaben erscheinen in Anfrage-E-Mails, Dankesnachrichten, Briefen und Fragebögen.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>School, college or employer</source>
        <translation>Schule, Hochschule oder Arbeitgeber</translation>
    </message>
    <message>
        <source>Street, city, ZIP code: the letters&apos; sender address</source>
        <translation>Straße, PLZ und Ort: die Absenderadresse der Briefe</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>JJJJ-MM</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch unsicher</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>School or organization</source>
        <translation>Schule oder Organisation</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Expected graduation</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>How decided are you?</source>
        <translation>Wie entschieden sind Sie?</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Jetzt überspringen</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>What would you most like to know?</source>
        <translation>Was möchten Sie am liebsten wissen?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>A built-in question keeps its topic.</source>
        <translation>Eine mitgelieferte Frage behält ihr Thema.</translation>
    </message>
    <message>
        <source>Restore the original wording and close</source>
        <translation>Ursprünglichen Wortlaut wiederherstellen und schließen</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Prepare questions</source>
        <translation>Fragen vorbereiten</translation>
    </message>
    <message>
        <source>Choose the questions that fit how decided you are and how close you are to graduating, and put the ones you most want answered first.</source>
        <translation>Wählen Sie die Fragen, die dazu passen, wie entschieden Sie sind und wie nah Ihr Abschluss ist, und stellen Sie die wichtigsten nach vorn.</translation>
    </message>
    <message>
        <source>Questions for</source>
        <translation>Fragen für</translation>
    </message>
    <message>
        <source>Choose a career field in step 1 first.</source>
        <translation>Wählen Sie zuerst in Schritt 1 ein Berufsfeld.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>It may have been moved or deleted outside %1.</source>
        <translation>Sie wurde vielleicht außerhalb von %1 verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>%1 has not changed it. When you restore a backup, the damaged file is kept beside it under a new name: nothing is deleted.</source>
        <translation>%1 hat sie nicht verändert. Wenn Sie eine Sicherung wiederherstellen, bleibt die beschädigte Datei unter neuem Namen daneben erhalten: Nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Choose a backup to restore. The newest is selected.</source>
        <translation>Wählen Sie eine Sicherung zum Wiederherstellen. Die neueste ist ausgewählt.</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can quit and keep the file as it is (someone who knows SQLite may be able to rescue it), or start with no data.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Sie können beenden und die Datei so lassen, wie sie ist (wer sich mit SQLite auskennt, kann sie vielleicht retten), oder ohne Daten beginnen.</translation>
    </message>
    <message>
        <source>%1: your data needs attention</source>
        <translation>%1: Ihre Daten brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with no data…</source>
        <translation>Ohne Daten beginnen…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your data file is missing</source>
        <translation>Ihre Datendatei fehlt</translation>
    </message>
    <message>
        <source>%1 cannot open your data</source>
        <translation>%1 kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>The damaged file is kept in %1 as %2.</source>
        <translation>Die beschädigte Datei liegt in %1 als %2.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sicherung vom %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 will open empty. Your backups stay in the backups folder.</source>
        <translation>%1 öffnet sich leer. Ihre Sicherungen bleiben im Sicherungsordner.</translation>
    </message>
    <message>
        <source>%1 will open empty. The damaged file is kept in the data folder under a new name. Your backups stay in the backups folder.</source>
        <translation>%1 öffnet sich leer. Die beschädigte Datei bleibt unter neuem Namen im Datenordner. Ihre Sicherungen bleiben im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Start with no data</source>
        <translation>Ohne Daten beginnen</translation>
    </message>
    <message>
        <source>Start with no data?</source>
        <translation>Ohne Daten beginnen?</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside.</source>
        <translation>Die beschädigte Datei konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Started with no data.</source>
        <translation>Ohne Daten begonnen.</translation>
    </message>
</context>
<context>
    <name>RenameFieldDialog</name>
    <message>
        <source>Rename career field “%1”</source>
        <translation>Berufsfeld „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>If something went wrong, send us this text with a few words about what you were doing. It holds no names, email addresses, notes or drafts: %1 names your records by their number only. The log folder keeps the older lines too.</source>
        <translation>Wenn etwas schiefgegangen ist, schicken Sie uns diesen Text mit ein paar Worten dazu, was Sie gerade getan haben. Er enthält keine Namen, E-Mail-Adressen, Notizen oder Entwürfe: %1 bezeichnet Ihre Einträge nur mit ihrer Nummer. Der Protokollordner enthält auch die älteren Zeilen.</translation>
    </message>
    <message>
        <source>(the log is empty)</source>
        <translation>(das Protokoll ist leer)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>The last lines of %1:</source>
        <translation>Die letzten Zeilen von %1:</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Zu sendender Text</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>RequestChecker</name>
    <message>
        <source>Before you send</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <source>Short and specific works best: who you are, why them, and one clear question.</source>
        <translation>Kurz und konkret wirkt am besten: wer Sie sind, warum gerade diese Person, und eine klare Frage.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n Wort (Ziel: unter %1)</numerusform>
            <numerusform>%n Wörter (Ziel: unter %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Words about jobs or hiring: %1. Ask to learn, not for a job.</source>
        <translation>Wörter über Stellen oder Einstellungen: %1. Bitten Sie um Wissen, nicht um eine Stelle.</translation>
    </message>
    <message>
        <source>No words about jobs or hiring</source>
        <translation>Keine Wörter über Stellen oder Einstellungen</translation>
    </message>
    <message>
        <source>Names the connection</source>
        <translation>Nennt die Verbindung</translation>
    </message>
    <message>
        <source>Say who introduced you or how you found them</source>
        <translation>Sagen Sie, wer Sie vorgestellt hat oder wie Sie auf die Person gekommen sind</translation>
    </message>
    <message>
        <source>Ends with a question</source>
        <translation>Endet mit einer Frage</translation>
    </message>
    <message>
        <source>End with a question, such as asking for a time</source>
        <translation>Enden Sie mit einer Frage, etwa nach einem Termin</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Ask %1 for an informational interview</source>
        <translation>%1 um ein Informationsgespräch bitten</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ich habe sie gesendet</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start again from a new draft? What you wrote in this one is replaced.</source>
        <translation>Mit einem neuen Entwurf neu beginnen? Was Sie in diesem geschrieben haben, wird ersetzt.</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Meinen Entwurf behalten</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Neu beginnen?</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Address, building and room</source>
        <translation>Adresse, Gebäude und Raum</translation>
    </message>
    <message>
        <source>The number to call, and who calls whom</source>
        <translation>Die Nummer und wer wen anruft</translation>
    </message>
    <message>
        <source>Link to the video call (https://…)</source>
        <translation>Link zum Videoanruf (https://…)</translation>
    </message>
    <message>
        <source>The email address to write to</source>
        <translation>Die E-Mail-Adresse, an die Sie schreiben</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <source>The interview is saved as it was.</source>
        <translation>Das Gespräch ist so gespeichert wie zuvor.</translation>
    </message>
    <message>
        <source>save the calendar file %1</source>
        <translation>die Kalenderdatei %1 speichern</translation>
    </message>
    <message>
        <source>Schedule the interview with %1</source>
        <translation>Gespräch mit %1 planen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>When and where will you talk with %1?</source>
        <translation>Wann und wo sprechen Sie mit %1?</translation>
    </message>
    <message>
        <source>Save and add to calendar…</source>
        <translation>Speichern und zum Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Noch kein Termin</translation>
    </message>
    <message>
        <source>Mark %1 as accepted; schedule later</source>
        <translation>%1 als zugesagt markieren; Termin später planen</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/London.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>The clocks go forward at this time that day: pick another time.</source>
        <translation>An diesem Tag wird zu dieser Zeit die Uhr vorgestellt: Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>This time happens twice that day (clocks go back): the first is used.</source>
        <translation>Diese Uhrzeit gibt es an dem Tag zweimal (die Uhr wird zurückgestellt): Die erste gilt.</translation>
    </message>
    <message>
        <source>Add the link to the video call when they send it.</source>
        <translation>Fügen Sie den Link zum Videoanruf hinzu, sobald Sie ihn bekommen.</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1 of 6 · %2</source>
        <translation>Schritt %1 von 6 · %2</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over from another computer</source>
        <translation>Von einem anderen Computer übernehmen</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Nachsehen</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>take over the data</source>
        <translation>die Daten übernehmen</translation>
    </message>
    <message>
        <source>Your data is as it was.</source>
        <translation>Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Open the data another computer handed over into a folder. Your data here is kept as a backup first, listed in Tools &gt; Backups.</source>
        <translation>Öffnen Sie die Daten, die ein anderer Computer in einen Ordner übergeben hat. Ihre Daten hier werden zuerst als Sicherung aufbewahrt, aufgeführt unter Extras &gt; Sicherungen.</translation>
    </message>
    <message>
        <source>Looking at the hand-over…</source>
        <translation>Die Übergabe wird geprüft…</translation>
    </message>
    <message>
        <source>Use the hand-over</source>
        <translation>Die Übergabe verwenden</translation>
    </message>
    <message>
        <source>There is no hand-over in this folder.</source>
        <translation>In diesem Ordner liegt keine Übergabe.</translation>
    </message>
    <message>
        <source>This folder holds the hand-over from “%1” of %2, newer than your data here, which has not changed since. Take it over? Your data here is kept as a backup.</source>
        <translation>Dieser Ordner enthält die Übergabe von „%1“ vom %2, neuer als Ihre Daten hier, die sich seither nicht geändert haben. Übernehmen? Ihre Daten hier werden als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>This folder holds the hand-over from “%1” of %2, but your data here has changes that it does not hold. Choose which to keep: the other is kept as a backup, listed in Tools &gt; Backups.</source>
        <translation>Dieser Ordner enthält die Übergabe von „%1“ vom %2, aber Ihre Daten hier haben Änderungen, die die Übergabe nicht enthält. Wählen Sie, welche Sie behalten: Die anderen werden als Sicherung aufbewahrt, aufgeführt unter Extras &gt; Sicherungen.</translation>
    </message>
    <message>
        <source>Your data here already holds the hand-over from “%1” of %2: there is nothing newer to take over.</source>
        <translation>Ihre Daten hier enthalten die Übergabe von „%1“ vom %2 bereits: Es gibt nichts Neueres zu übernehmen.</translation>
    </message>
    <message>
        <source>Took over the hand-over from “%1” of %2</source>
        <translation>Übergabe von „%1“ vom %2 übernommen</translation>
    </message>
    <message>
        <source>Taking over the hand-over…</source>
        <translation>Die Übergabe wird übernommen…</translation>
    </message>
    <message>
        <source>Keeping the hand-over as a backup…</source>
        <translation>Die Übergabe wird als Sicherung aufbewahrt…</translation>
    </message>
    <message>
        <source>Your data is kept; the hand-over is a backup now</source>
        <translation>Ihre Daten bleiben; die Übergabe ist jetzt eine Sicherung</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>Nicht übernommen</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Say thank you</source>
        <translation>Danke sagen</translation>
    </message>
    <message>
        <source>Send a thank-you email no later than one day after the interview, naming something they said that helped. A note card or a letter can follow.</source>
        <translation>Schicken Sie spätestens einen Tag nach dem Gespräch eine Dankes-E-Mail und nennen Sie etwas, das Ihnen geholfen hat. Eine Karte oder ein Brief kann folgen.</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Dank schreiben…</translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you email(s) to send, %1 overdue.</source>
        <translation>
            <numerusform>%n Dankes-E-Mail zu senden, %1 überfällig.</numerusform>
            <numerusform>%n Dankes-E-Mails zu senden, %1 überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you email(s) to send.</source>
        <translation>
            <numerusform>%n Dankes-E-Mail zu senden.</numerusform>
            <numerusform>%n Dankes-E-Mails zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every interview has been thanked. A note card or a letter can still follow.</source>
        <translation>Für jedes Gespräch wurde gedankt. Eine Karte oder ein Brief kann noch folgen.</translation>
    </message>
    <message>
        <source>No interview held yet: after an interview, its thank-you appears here.</source>
        <translation>Noch kein Gespräch geführt: Nach einem Gespräch erscheint sein Dank hier.</translation>
    </message>
    <message>
        <source>Ask %1…</source>
        <translation>%1 anfragen…</translation>
    </message>
    <message>
        <source>Go on with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>What next: ask the next person on your list, or go on with another field.</source>
        <translation>Wie weiter: Fragen Sie die nächste Person auf Ihrer Liste, oder machen Sie mit einem anderen Berufsfeld weiter.</translation>
    </message>
    <message>
        <source>What next: find more people to talk to (step 2), or add a field (step 1).</source>
        <translation>Wie weiter: Finden Sie weitere Gesprächspartner (Schritt 2) oder fügen Sie ein Berufsfeld hinzu (Schritt 1).</translation>
    </message>
</context>
<context>
    <name>TypingDialog</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Was Sie hier eingegeben haben, ist nicht gespeichert. Schließen und verwerfen?</translation>
    </message>
</context>
<context>
    <name>UnusableBackups</name>
    <message numerus="yes">
        <source>%n other backup(s) did not pass their check and are not shown.</source>
        <translation>
            <numerusform>%n weitere Sicherung hat die Prüfung nicht bestanden und wird nicht angezeigt.</numerusform>
            <numerusform>%n weitere Sicherungen haben die Prüfung nicht bestanden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>To verify in an interview</source>
        <translation>Im Gespräch zu prüfen</translation>
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
<context>
    <name>WorkPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
</TS>
