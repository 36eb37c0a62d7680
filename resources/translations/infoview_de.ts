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
    <name>AccountsDialog</name>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>The contacts of one career field</source>
        <translation>Die Kontakte eines Berufsfelds</translation>
    </message>
    <message>
        <source>The contacts with one tag</source>
        <translation>Die Kontakte mit einem Tag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Your interviews in your calendar and your contacts in your address book, on your phone and your other computers: %1 syncs with an account on a CalDAV/CardDAV server (Nextcloud, Fastmail, iCloud, a Radicale at home…).</source>
        <translation>Ihre Gespräche in Ihrem Kalender und Ihre Kontakte in Ihrem Adressbuch, auf dem Handy und Ihren anderen Computern: %1 synchronisiert mit einem Konto auf einem CalDAV/CardDAV-Server (Nextcloud, Fastmail, iCloud, ein Radicale zu Hause …).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>reach the account</source>
        <translation>das Konto erreichen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>Konto entfernen…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>example.org or https://dav.example.org/</source>
        <translation>example.org oder https://dav.example.org/</translation>
    </message>
    <message>
        <source>or an app password</source>
        <translation>oder ein App-Passwort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The password is kept in memory until you quit %1, never saved: %1 asks for it once each time it starts.</source>
        <translation>Das Passwort bleibt nur im Arbeitsspeicher, bis Sie %1 beenden, und wird nie gespeichert: %1 fragt bei jedem Start einmal danach.</translation>
    </message>
    <message>
        <source>Calendar and address book</source>
        <translation>Kalender und Adressbuch</translation>
    </message>
    <message>
        <source>Thank-yous due and keep-in-touch reminders as tasks</source>
        <translation>Fällige Dankschreiben und Erinnerungen zum Kontakthalten als Aufgaben</translation>
    </message>
    <message>
        <source>Interviews in</source>
        <translation>Gespräche in</translation>
    </message>
    <message>
        <source>Contacts in</source>
        <translation>Kontakte in</translation>
    </message>
    <message>
        <source>Contacts to keep in the address book</source>
        <translation>Kontakte im Adressbuch</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <source>Career field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Nur auf Wunsch</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Synchronisieren alle</translation>
    </message>
    <message>
        <source>While %1 is open. Tools &gt; Sync now (F5) syncs at once.</source>
        <translation>Solange %1 geöffnet ist. Extras &gt; Jetzt synchronisieren (F5) synchronisiert sofort.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice.</source>
        <translation>
            <numerusform>%n Änderung aus der Synchronisierung wartet auf Ihre Entscheidung.</numerusform>
            <numerusform>%n Änderungen aus der Synchronisierung warten auf Ihre Entscheidung.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new calendar named “InfoView”</source>
        <translation>Ein neuer Kalender namens „InfoView“</translation>
    </message>
    <message>
        <source>A new address book named “InfoView”</source>
        <translation>Ein neues Adressbuch namens „InfoView“</translation>
    </message>
    <message>
        <source>None: no interviews in a calendar</source>
        <translation>Keiner: keine Gespräche in einem Kalender</translation>
    </message>
    <message>
        <source>None: no contacts in an address book</source>
        <translation>Keines: keine Kontakte in einem Adressbuch</translation>
    </message>
    <message>
        <source>Type the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n Kalender</numerusform>
            <numerusform>%n Kalender</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address book(s)</source>
        <translation>
            <numerusform>%n Adressbuch</numerusform>
            <numerusform>%n Adressbücher</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1 and %2.</source>
        <translation>Verbunden: %1 und %2.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Making the calendar and address book…</source>
        <translation>Kalender und Adressbuch werden angelegt…</translation>
    </message>
    <message>
        <source>Connect, then choose a calendar or an address book to sync with.</source>
        <translation>Verbinden Sie sich und wählen Sie dann einen Kalender oder ein Adressbuch zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Stop syncing with this account?</source>
        <translation>Nicht mehr mit diesem Konto synchronisieren?</translation>
    </message>
    <message>
        <source>%1 forgets the account. Nothing is deleted: your contacts and interviews stay here, and the calendar and address book stay on the server.</source>
        <translation>%1 vergisst das Konto. Gelöscht wird nichts: Ihre Kontakte und Gespräche bleiben hier, Kalender und Adressbuch bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Konto entfernt</translation>
    </message>
</context>
<context>
    <name>AddTagsDialog</name>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Tags to give the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Tags für den ausgewählten Kontakt:</numerusform>
            <numerusform>Tags für die %Ln ausgewählten Kontakte:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Type a tag to add.</source>
        <translation>Geben Sie ein Tag zum Hinzufügen ein.</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <source>THANK-YOU</source>
        <translation>DANK</translation>
    </message>
    <message>
        <source>INTERVIEW</source>
        <translation>GESPRÄCH</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <source>DECLINED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>FRAGEN</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Unstar the answer of %1</source>
        <translation>Stern von der Antwort von %1 entfernen</translation>
    </message>
    <message>
        <source>Unstar this answer</source>
        <translation>Stern von dieser Antwort entfernen</translation>
    </message>
    <message>
        <source>Star the answer of %1</source>
        <translation>Antwort von %1 mit Stern markieren</translation>
    </message>
    <message>
        <source>Star this answer</source>
        <translation>Diese Antwort mit Stern markieren</translation>
    </message>
    <message>
        <source>Answer starred</source>
        <translation>Antwort mit Stern markiert</translation>
    </message>
    <message>
        <source>Star taken away</source>
        <translation>Stern entfernt</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Nothing learned about %1 yet: once an interview is held, what you noted under each question appears here, grouped by topic.</source>
        <translation>Noch nichts über %1 gelernt: Sobald ein Gespräch geführt ist, erscheint hier, was Sie unter jeder Frage notiert haben, nach Themen geordnet.</translation>
    </message>
    <message>
        <source>Research to verify</source>
        <translation>Zu prüfende Recherche</translation>
    </message>
</context>
<context>
    <name>AppEvents</name>
    <message>
        <source>%1 — Edit &gt; Undo brings it back</source>
        <translation>%1 — Bearbeiten &gt; Rückgängig stellt es wieder her</translation>
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
    <name>AskingFlow</name>
    <message>
        <source>Ask by email…</source>
        <translation>Per E-Mail anfragen…</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>Anrufen…</translation>
    </message>
    <message>
        <source>They accepted…</source>
        <translation>Zugesagt…</translation>
    </message>
    <message>
        <source>They declined…</source>
        <translation>Abgesagt…</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Nachfassen…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Termin planen…</translation>
    </message>
    <message>
        <source>They can&apos;t after all…</source>
        <translation>Kann doch nicht…</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Zum Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Termin verschieben…</translation>
    </message>
    <message>
        <source>They canceled…</source>
        <translation>Termin abgesagt…</translation>
    </message>
    <message>
        <source>Ask %1 now</source>
        <translation>Jetzt %1 anfragen</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Noch nicht angefragt.</translation>
    </message>
    <message>
        <source>Declined. You thanked them on %1.</source>
        <translation>Abgesagt. Sie haben sich am %1 bedankt.</translation>
    </message>
    <message>
        <source>Accepted: agree on a time with them, then schedule it.</source>
        <translation>Zugesagt: Vereinbaren Sie eine Uhrzeit und planen Sie dann den Termin.</translation>
    </message>
    <message>
        <source>Declined. Thank them for replying, and ask the next person.</source>
        <translation>Abgesagt. Bedanken Sie sich für die Antwort und fragen Sie die nächste Person.</translation>
    </message>
    <message>
        <source>Interview held: send your thank-you (step 6).</source>
        <translation>Gespräch geführt: Senden Sie Ihren Dank (Schritt 6).</translation>
    </message>
    <message>
        <source>Interview held and thanked.</source>
        <translation>Gespräch geführt und Dank gesendet.</translation>
    </message>
    <message>
        <source>Scheduled: %1, in person.</source>
        <translation>Geplant: %1, persönlich.</translation>
    </message>
    <message>
        <source>Scheduled: %1, by phone.</source>
        <translation>Geplant: %1, per Telefon.</translation>
    </message>
    <message>
        <source>Scheduled: %1, video call.</source>
        <translation>Geplant: %1, per Videoanruf.</translation>
    </message>
    <message>
        <source>Scheduled: %1, by email.</source>
        <translation>Geplant: %1, per E-Mail.</translation>
    </message>
    <message>
        <source>Scheduled: %1, interview.</source>
        <translation>Gespräch geplant: %1.</translation>
    </message>
    <message>
        <source>Asked today.</source>
        <translation>Heute angefragt.</translation>
    </message>
    <message numerus="yes">
        <source>Asked on %1, %Ln business day(s) ago.</source>
        <translation>
            <numerusform>Am %1 angefragt, vor %Ln Werktag.</numerusform>
            <numerusform>Am %1 angefragt, vor %Ln Werktagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked on %1.</source>
        <translation>Am %1 angefragt.</translation>
    </message>
    <message>
        <source>Followed up on %1.</source>
        <translation>Am %1 nachgefasst.</translation>
    </message>
    <message>
        <source>Give them time to reply.</source>
        <translation>Geben Sie der Person Zeit für eine Antwort.</translation>
    </message>
    <message>
        <source>Request to %1 marked as sent</source>
        <translation>Anfrage an %1 als gesendet markiert</translation>
    </message>
    <message>
        <source>Call recorded: request marked as asked</source>
        <translation>Anruf festgehalten: Anfrage als gestellt markiert</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 hat zugesagt</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Gespräch geplant</translation>
    </message>
    <message>
        <source>Thanks recorded; marked as declined</source>
        <translation>Dank festgehalten; als abgesagt markiert</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Nachfassen festgehalten</translation>
    </message>
    <message>
        <source>No reply from %1 yet</source>
        <translation>Noch keine Antwort von %1</translation>
    </message>
    <message>
        <source>Saved %1: open it to add the interview to your calendar</source>
        <translation>%1 gespeichert: Öffnen Sie die Datei, um das Gespräch in Ihren Kalender aufzunehmen</translation>
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
        <source>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them, and so are the two kinds a hand-over keeps: “Before a take-over” (your data before you took over another computer&apos;s) and “From another computer” (the other computer&apos;s data, when you kept yours).</source>
        <translation>%1 sichert Ihre Daten selbst: beim Start (wenn sich seit dem letzten Mal etwas geändert hat), vor einem Update, vor einem Import und vor einer Wiederherstellung. Es behält jede Sicherung der letzten zwei Tage, danach eine pro Tag, eine pro Woche und eine pro Monat, bis etwa ein Jahr zurück. Die Sicherungen, die Sie hier anlegen, bleiben, bis Sie sie löschen, ebenso die beiden Arten, die eine Übergabe behält: „Vor einer Übernahme“ (Ihre Daten, bevor Sie die eines anderen Computers übernommen haben) und „Von einem anderen Computer“ (dessen Daten, wenn Sie Ihre behalten haben).</translation>
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
    <name>BankManager</name>
    <message>
        <source>Questions in the bank</source>
        <translation>Fragen in der Sammlung</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation>Sammlung durchsuchen</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Fragensammlung durchsuchen</translation>
    </message>
    <message>
        <source>Show hidden questions</source>
        <translation>Ausgeblendete Fragen anzeigen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Question added to your bank</source>
        <translation>Frage zu Ihrer Sammlung hinzugefügt</translation>
    </message>
    <message>
        <source>Question saved</source>
        <translation>Frage gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n question(s)</source>
        <translation>
            <numerusform>Frage ausblenden</numerusform>
            <numerusform>%n Fragen ausblenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown in the bank again</source>
        <translation>Wieder in der Sammlung angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Frage löschen</numerusform>
            <numerusform>%n Fragen löschen</numerusform>
        </translation>
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
    <name>BusinessCardDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
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
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
    <message>
        <source>Choose a photo or scan of the card</source>
        <translation>Foto oder Scan der Karte wählen</translation>
    </message>
    <message>
        <source>(nothing stored)</source>
        <translation>(nichts gespeichert)</translation>
    </message>
    <message>
        <source>Business card of %1</source>
        <translation>Visitenkarte von %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Type in what the card says. The contact&apos;s details are shown grayed in each box.</source>
        <translation>Tippen Sie ab, was auf der Karte steht. Die Angaben des Kontakts stehen grau in jedem Feld.</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <translation>Karte von %1</translation>
    </message>
    <message>
        <source>Choose a &amp;photo or scan…</source>
        <translation>&amp;Foto oder Scan wählen…</translation>
    </message>
    <message>
        <source>A PNG or JPEG of the card</source>
        <translation>Ein PNG oder JPEG der Karte</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>Foto &amp;entfernen</translation>
    </message>
    <message>
        <source>Update the contact?</source>
        <translation>Kontakt aktualisieren?</translation>
    </message>
    <message>
        <source>The card matches the stored contact: nothing to update.</source>
        <translation>Die Karte stimmt mit dem gespeicherten Kontakt überein: Es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>Auf der Karte</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Jetzt gespeichert</translation>
    </message>
    <message>
        <source>The photo could not be kept, so nothing was saved: %1. %2</source>
        <translation>Das Foto konnte nicht gespeichert werden, daher wurde nichts gespeichert: %1. %2</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesem Kontakt</translation>
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
    <name>CardImage</name>
    <message>
        <source>The picture could not be opened: %1. %2</source>
        <translation>Das Bild konnte nicht geöffnet werden: %1. %2</translation>
    </message>
    <message>
        <source>This image is too large (%1 × %2 pixels): choose a photo or scan of a more usual size.</source>
        <translation>Dieses Bild ist zu groß (%1 × %2 Pixel): Wählen Sie ein Foto oder einen Scan in üblicher Größe.</translation>
    </message>
    <message>
        <source>This image could not be read: it may be damaged.</source>
        <translation>Dieses Bild konnte nicht gelesen werden: Es ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <source>This image could not be converted for keeping.</source>
        <translation>Dieses Bild konnte nicht zum Speichern umgewandelt werden.</translation>
    </message>
</context>
<context>
    <name>CardThumbnail</name>
    <message>
        <source>No photo of the card</source>
        <translation>Kein Foto der Karte</translation>
    </message>
    <message>
        <source>Photo of the business card</source>
        <translation>Foto der Visitenkarte</translation>
    </message>
    <message>
        <source>Photo of the card, %1 × %2 pixels</source>
        <translation>Foto der Karte, %1 × %2 Pixel</translation>
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
    <name>CheckRow</name>
    <message>
        <source>Mark</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>What was said: %1</source>
        <translation>Was gesagt wurde: %1</translation>
    </message>
    <message>
        <source>What was said about it</source>
        <translation>Was dazu gesagt wurde</translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation>Vermerkt: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Phone switched off</source>
        <translation>&amp;Telefon ausgeschaltet</translation>
    </message>
    <message>
        <source>&amp;Thanked them for their time</source>
        <translation>Für die Zeit be&amp;dankt</translation>
    </message>
    <message>
        <source>Asked for a business &amp;card</source>
        <translation>Um eine &amp;Visitenkarte gebeten</translation>
    </message>
    <message>
        <source>Asked &amp;who else to talk to</source>
        <translation>Nach &amp;weiteren Kontakten gefragt</translation>
    </message>
    <message>
        <source>&amp;Somewhere quiet, their number at hand</source>
        <translation>&amp;Ruhiger Ort, Nummer zur Hand</translation>
    </message>
    <message>
        <source>&amp;Link, camera and microphone tested</source>
        <translation>&amp;Link, Kamera und Mikrofon getestet</translation>
    </message>
    <message>
        <source>Asked for their contact &amp;details</source>
        <translation>Nach den &amp;Kontaktdaten gefragt</translation>
    </message>
    <message>
        <source>Kept the questions &amp;few and short</source>
        <translation>Wenige, kur&amp;ze Fragen gestellt</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Before you leave</source>
        <translation>Bevor Sie gehen</translation>
    </message>
</context>
<context>
    <name>Checkpointer</name>
    <message>
        <source>tidy the data file&apos;s journal</source>
        <translation>das Journal der Datendatei aufräumen</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>First field</source>
        <translation>Erstes Berufsfeld</translation>
    </message>
    <message>
        <source>Second field</source>
        <translation>Zweites Berufsfeld</translation>
    </message>
    <message>
        <source>Third field</source>
        <translation>Drittes Berufsfeld</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation>Noch nicht angegeben</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>A criterion of your own, such as Location</source>
        <translation>Ein eigenes Kriterium, z. B. Standort</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Add interest, skills, pay and lifestyle</source>
        <translation>Interesse, Fähigkeiten, Bezahlung und Lebensstil hinzufügen</translation>
    </message>
    <message>
        <source>How decided are you?</source>
        <translation>Wie entschieden sind Sie?</translation>
    </message>
    <message>
        <source>Fit on your criteria</source>
        <translation>Passung nach Ihren Kriterien</translation>
    </message>
    <message>
        <source>Takeaways and starred answers</source>
        <translation>Fazit und markierte Antworten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Weight (0–5)</source>
        <translation>Gewichtung (0–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) talked to</source>
        <translation>
            <numerusform>%n Person befragt</numerusform>
            <numerusform>%n Personen befragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted fit</source>
        <translation>Gewichtete Passung</translation>
    </message>
    <message>
        <source>I have decided: %1</source>
        <translation>Für %1 entschieden</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Kriterium entfernt</translation>
    </message>
    <message>
        <source>Weight saved</source>
        <translation>Gewichtung gespeichert</translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Kriterium %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewichtung von %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Star answers and write takeaways under Answers by topic: they are set side by side here.</source>
        <translation>Markieren Sie Antworten mit Stern und schreiben Sie Ihr Fazit unter „Antworten nach Thema“: Hier stehen sie nebeneinander.</translation>
    </message>
    <message>
        <source>Rating saved</source>
        <translation>Bewertung gespeichert</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Decided: the question suggestions follow</source>
        <translation>Entschieden: Die Fragenvorschläge passen sich an</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Kriterium hinzugefügt</translation>
    </message>
    <message>
        <source>Criteria added</source>
        <translation>Kriterien hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>City, region or country</source>
        <translation>Stadt, Region oder Land</translation>
    </message>
    <message>
        <source>No field yet</source>
        <translation>Noch kein Berufsfeld</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
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
        <source>Profile page</source>
        <translation>Profilseite</translation>
    </message>
    <message>
        <source>Career field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Where I found them</source>
        <translation>Woher ich die Person kenne</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vermittelt von</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>How well they fit (0-5 on each of the field&apos;s criteria)</source>
        <translation>Wie gut die Person passt (0–5 je Kriterium des Berufsfelds)</translation>
    </message>
    <message>
        <source>Weight %1 of 5</source>
        <translation>Gewichtung %1 von 5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Business card…</source>
        <translation>Visitenkarte…</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Visitenkarte</translation>
    </message>
    <message>
        <source>Open the saved contact, or save this one as a new contact.</source>
        <translation>Öffnen Sie den gespeicherten Kontakt oder speichern Sie diesen als neuen Kontakt.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>A contact of yours, or anyone (type a name)</source>
        <translation>Einer Ihrer Kontakte oder irgendjemand (Namen eingeben)</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Vermittelt von</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Weight %1 of 5. Type 0-5 in a cell to score.</source>
        <translation>Gewichtung %1 von 5. Geben Sie 0–5 in eine Zelle ein, um zu bewerten.</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>read the contacts</source>
        <translation>die Kontakte lesen</translation>
    </message>
    <message>
        <source>The table shows what it did.</source>
        <translation>Die Tabelle zeigt den bisherigen Stand.</translation>
    </message>
</context>
<context>
    <name>ContactTags</name>
    <message>
        <source>Select the contacts to tag first</source>
        <translation>Wählen Sie zuerst die Kontakte für die Tags aus</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Tags hinzufügen</translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation>Tags werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Tag wird entfernt…</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>Rename a tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <source>Merge two tags</source>
        <translation>Zwei Tags zusammenführen</translation>
    </message>
    <message>
        <source>%1 — Edit &gt; Undo takes it back</source>
        <translation>%1 – Bearbeiten &gt; Rückgängig nimmt es zurück</translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <source>Timeline, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Enter or double-click opens where it happened</source>
        <translation>Eingabetaste oder Doppelklick öffnet, wo es geschah</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Gespräch hinzufügen…</translation>
    </message>
    <message>
        <source>A second interview, a coffee, a call, an email exchange</source>
        <translation>Ein zweites Gespräch, ein Kaffee, ein Anruf, ein E-Mail-Austausch</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
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
    <name>ContactsView</name>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>People working in your fields. Rank each field&apos;s shortlist: who would you most like to talk to?</source>
        <translation>Menschen, die in Ihren Berufsfeldern arbeiten. Ordnen Sie die engere Wahl jedes Berufsfelds: Mit wem würden Sie am liebsten sprechen?</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Search names, organizations, emails, phones, notes…</source>
        <translation>Namen, Organisationen, E-Mails, Telefone, Notizen suchen…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>People you could interview go here. Add the first one: someone you know, or someone a friend, professor or alumni program introduced.</source>
        <translation>Hier stehen die Menschen, die Sie befragen könnten. Fügen Sie die erste Person hinzu: jemanden, den Sie kennen, oder jemanden, den Ihnen Freunde, Lehrende oder ein Alumni-Programm vorgestellt haben.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Ask / next step</source>
        <translation>Anfragen / nächster Schritt</translation>
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
        <source>Order by score</source>
        <translation>Nach Punkten ordnen</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>Kriterien…</translation>
    </message>
    <message>
        <source>Add, rename, remove or reorder this field&apos;s criteria</source>
        <translation>Kriterien dieses Berufsfelds hinzufügen, umbenennen, entfernen oder umordnen</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Mögliche Duplikate…</translation>
    </message>
    <message>
        <source>The same person twice: list them, and merge each pair</source>
        <translation>Dieselbe Person zweimal: auflisten und jedes Paar zusammenführen</translation>
    </message>
    <message>
        <source>To reorder, show one career field sorted by rank, with no other filter.</source>
        <translation>Zum Umordnen zeigen Sie ein Berufsfeld nach Rang sortiert, ohne weiteren Filter.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Kontakt hinzugefügt</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Kontakt gespeichert</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt löschen</numerusform>
            <numerusform>%Ln Kontakte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contact first</source>
        <translation>Wählen Sie zuerst einen Kontakt aus</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Gespräch hinzufügen…</translation>
    </message>
    <message>
        <source>Add ta&amp;g…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Tag &amp;entfernen…</translation>
    </message>
    <message>
        <source>Ranked by score</source>
        <translation>Nach Punkten geordnet</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>Add a conversation with %1</source>
        <translation>Gespräch mit %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>What you talked about, what they advised, what comes next</source>
        <translation>Worüber Sie sprachen, was man Ihnen riet, wie es weitergeht</translation>
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
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Thank them…</source>
        <translation>Danken…</translation>
    </message>
    <message>
        <source>Save, then draft the thank-you for this conversation</source>
        <translation>Speichern, dann den Dank für dieses Gespräch entwerfen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this conversation and its notes (Edit &gt; Undo)</source>
        <translation>Dieses Gespräch und seine Notizen löschen (Bearbeiten &gt; Rückgängig)</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Gesendet am %1.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Delete conversation with %1</source>
        <translation>Gespräch mit %1 löschen</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>einem Kontakt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>ConversationModeWindow</name>
    <message>
        <source>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Full screen: %4</source>
        <translation>Zurück / weiter: %1 / %2  ·  Beantwortet und weiter: %3  ·  Vollbild: %4</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
</context>
<context>
    <name>ConversationQuestionsDialog</name>
    <message>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <source>Put the questions you most want answered first. What you asked in the first interview need not be asked again: build on what they said.</source>
        <translation>Stellen Sie die Fragen an den Anfang, deren Antworten Ihnen am wichtigsten sind. Was Sie im ersten Gespräch gefragt haben, müssen Sie nicht noch einmal fragen: Bauen Sie auf dem Gesagten auf.</translation>
    </message>
</context>
<context>
    <name>ConversationThanksDialog</name>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ich habe sie gesendet</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Gesendet am %1.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>An: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No email saved</source>
        <translation>Keine E-Mail-Adresse gespeichert</translation>
    </message>
    <message>
        <source>Thank %1</source>
        <translation>%1 danken</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
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
    <name>CriteriaTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight (0-5)</source>
        <translation>Gewicht (0–5)</translation>
    </message>
    <message>
        <source>0 ignores this criterion, 5 makes it count most.</source>
        <translation>0 lässt dieses Kriterium außer Acht, 5 gibt ihm das größte Gewicht.</translation>
    </message>
</context>
<context>
    <name>DamageWatch</name>
    <message>
        <source>Restart and recover</source>
        <translation>Neu starten und wiederherstellen</translation>
    </message>
    <message>
        <source>check your data file</source>
        <translation>Ihre Datendatei prüfen</translation>
    </message>
    <message>
        <source>It is checked again at the next start.</source>
        <translation>Sie wird beim nächsten Start erneut geprüft.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Ihre Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>What you see may be incomplete, and changes may not be saved. Restart now: %1 keeps the damaged file aside and offers your backups, newest first. If you choose Later, it does so the next time it starts.</source>
        <translation>Was Sie sehen, ist möglicherweise unvollständig, und Änderungen werden vielleicht nicht gespeichert. Starten Sie jetzt neu: %1 legt die beschädigte Datei beiseite und bietet Ihnen Ihre Sicherungen an, die neueste zuerst. Wenn Sie „Später“ wählen, geschieht das beim nächsten Start.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
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
    <name>DeclineDialog</name>
    <message>
        <source>Thank %1 for replying</source>
        <translation>%1 für die Antwort danken</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ich habe sie gesendet</translation>
    </message>
    <message>
        <source>Record your thanks as sent and the request as declined</source>
        <translation>Ihren Dank als gesendet und die Anfrage als abgesagt festhalten</translation>
    </message>
    <message>
        <source>Your thanks to %1 is recorded, and the request as declined.</source>
        <translation>Ihr Dank an %1 ist festgehalten, die Anfrage als abgesagt.</translation>
    </message>
    <message>
        <source>Everyone on your list has been asked: add more people in step 2.</source>
        <translation>Alle auf Ihrer Liste sind angefragt: Fügen Sie in Schritt 2 weitere Personen hinzu.</translation>
    </message>
    <message>
        <source>Next on your list: %1.</source>
        <translation>Als Nächstes auf Ihrer Liste: %1.</translation>
    </message>
    <message>
        <source>Ask %1 now</source>
        <translation>Jetzt %1 anfragen</translation>
    </message>
</context>
<context>
    <name>DeletionWords</name>
    <message numerus="yes">
        <source>Deleting %Ln contact(s)…</source>
        <translation>
            <numerusform>%Ln Kontakt wird gelöscht…</numerusform>
            <numerusform>%Ln Kontakte werden gelöscht…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Career field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>Woher sie kommen</translation>
    </message>
    <message>
        <source>Where the new contacts go</source>
        <translation>Wohin die neuen Kontakte kommen</translation>
    </message>
    <message>
        <source>New contacts are added at the end of the field&apos;s ranking. Contacts already saved keep their field and source.</source>
        <translation>Neue Kontakte kommen ans Ende der Rangfolge des Berufsfelds. Bereits gespeicherte Kontakte behalten ihr Berufsfeld und ihre Herkunft.</translation>
    </message>
    <message>
        <source>No field yet</source>
        <translation>Noch kein Berufsfeld</translation>
    </message>
    <message>
        <source>As the file says (%1)</source>
        <translation>Wie in der Datei angegeben (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Als PDF-Datei speichern</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert unter %1</translation>
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
    <name>DuplicatePanel</name>
    <message>
        <source>Save as a new contact anyway</source>
        <translation>Trotzdem als neuen Kontakt speichern</translation>
    </message>
    <message numerus="yes">
        <source>This looks like %1 (and %Ln more), already saved: %2.</source>
        <translation>
            <numerusform>Das sieht aus wie %1 (und %Ln weiterer Kontakt), schon gespeichert: %2.</numerusform>
            <numerusform>Das sieht aus wie %1 (und %Ln weitere Kontakte), schon gespeichert: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like %1, already saved: %2.</source>
        <translation>Das sieht aus wie %1, schon gespeichert: %2.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Möglicherweise dieselbe Person wie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Mögliche Duplikate werden gesucht…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln mögliches Duplikat</numerusform>
            <numerusform>%Ln mögliche Duplikate</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: no two contacts share a phone, an email or a web address, or have close names at one organization.</source>
        <translation>Keine möglichen Duplikate: Keine zwei Kontakte teilen eine Telefonnummer, eine E-Mail- oder Webadresse oder haben ähnliche Namen in derselben Organisation.</translation>
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
    <name>FieldDialog</name>
    <message>
        <source>Add a career field</source>
        <translation>Berufsfeld hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>For example: Nursing, UX design, Civil engineering</source>
        <translation>Zum Beispiel: Pflege, UX-Design, Bauingenieurwesen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>FieldsView</name>
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
        <source>Career fields</source>
        <translation>Berufsfelder</translation>
    </message>
    <message>
        <source>Research each field before you ask anyone: a busy professional&apos;s time is for what a web search cannot tell you.</source>
        <translation>Recherchieren Sie jedes Berufsfeld, bevor Sie jemanden fragen: Die Zeit vielbeschäftigter Fachleute ist für das da, was keine Websuche beantworten kann.</translation>
    </message>
    <message>
        <source>The career fields you are weighing go here. Add one to start your research; you can weigh several or settle on one.</source>
        <translation>Hier stehen die Berufsfelder, die Sie abwägen. Fügen Sie eines hinzu, um mit der Recherche zu beginnen; Sie können mehrere vergleichen oder sich auf eines festlegen.</translation>
    </message>
    <message>
        <source>Add a career field</source>
        <translation>Berufsfeld hinzufügen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Nach oben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Nach unten (Strg+Runter)</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>Answers by topic, fields side by side, progress</source>
        <translation>Antworten nach Thema, Berufsfelder im Vergleich, Fortschritt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Career field added</source>
        <translation>Berufsfeld hinzugefügt</translation>
    </message>
    <message>
        <source>Career field renamed</source>
        <translation>Berufsfeld umbenannt</translation>
    </message>
    <message>
        <source>Delete career field %1</source>
        <translation>Berufsfeld %1 löschen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Tell from the file&apos;s content</source>
        <translation>Am Inhalt der Datei erkennen</translation>
    </message>
    <message>
        <source>Networking-site connections export (LinkedIn Connections.csv)</source>
        <translation>Kontaktexport eines Karrierenetzwerks (LinkedIn Connections.csv)</translation>
    </message>
    <message>
        <source>Address-book CSV (Google Contacts)</source>
        <translation>Adressbuch als CSV (Google Kontakte)</translation>
    </message>
    <message>
        <source>vCard address book (.vcf)</source>
        <translation>vCard-Adressbuch (.vcf)</translation>
    </message>
    <message>
        <source>Any other CSV (you choose the columns)</source>
        <translation>Jede andere CSV-Datei (Sie wählen die Spalten)</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Art der Datei</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>%1 reads a networking site&apos;s connections export, an address book saved as CSV or vCard, or any other CSV. Nothing is saved until you have seen what the import would do.</source>
        <translation>%1 liest den Kontaktexport eines Karrierenetzwerks, ein als CSV oder vCard gespeichertes Adressbuch oder jede andere CSV-Datei. Gespeichert wird erst, nachdem Sie gesehen haben, was der Import tun würde.</translation>
    </message>
    <message>
        <source>Contacts and backups (%1)</source>
        <translation>Kontakte und Sicherungen (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with %1</source>
        <translation>Bei %1 nachfassen</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>Ich habe sie gesendet</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <source>Thank-you email</source>
        <translation>Dankes-E-Mail</translation>
    </message>
    <message>
        <source>Note card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Überfällig (fällig am %1)</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Fällig bis %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>Thank everyone you interview within a day, by email; a note card or letter can follow.</source>
        <translation>Danken Sie allen Gesprächspartnern innerhalb eines Tages per E-Mail; eine Karte oder ein Brief kann folgen.</translation>
    </message>
    <message>
        <source>After an interview, the thank-you it calls for appears here with its due date. Your interviews are listed under Interviews.</source>
        <translation>Nach einem Gespräch erscheint hier der fällige Dank mit seinem Termin. Ihre Gespräche finden Sie unter Gespräche.</translation>
    </message>
    <message>
        <source>Go to interviews</source>
        <translation>Zu den Gesprächen</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Dank schreiben…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
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
        <translation>Erinnerungen zum Nachfassen und zum Kontakthalten zählen Werktage: Wochentage, die dort, wo Sie leben, keine gesetzlichen Feiertage sind.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Learn what a career is really like by talking with people who do the work.</source>
        <translation>Erfahren Sie, wie ein Beruf wirklich ist, im Gespräch mit Menschen, die ihn ausüben.</translation>
    </message>
    <message numerus="yes">
        <source>%n career field(s)</source>
        <translation>
            <numerusform>%n Berufsfeld</numerusform>
            <numerusform>%n Berufsfelder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n Gespräch</numerusform>
            <numerusform>%n Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Als Nächstes zu tun</translation>
    </message>
    <message>
        <source>Reading what to do next…</source>
        <translation>Die nächsten Schritte werden gelesen…</translation>
    </message>
    <message>
        <source>read what to do next</source>
        <translation>die nächsten Schritte lesen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) to send</source>
        <translation>
            <numerusform>%n Update zu senden</numerusform>
            <numerusform>%n Updates zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see Interviews and Follow-ups.</source>
        <translation>
            <numerusform>…und %n weiterer Eintrag: siehe Gespräche und Nachbereitung.</numerusform>
            <numerusform>…und %n weitere: siehe Gespräche und Nachbereitung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for you today. Open the Guide to continue with the next step of the method.</source>
        <translation>Heute steht nichts an. Öffnen Sie den Leitfaden, um mit dem nächsten Schritt der Methode weiterzumachen.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more to keep in touch with.</source>
        <translation>
            <numerusform>…und %n weitere Person, mit der Sie in Kontakt bleiben.</numerusform>
            <numerusform>…und %n weitere Personen, mit denen Sie in Kontakt bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Open the Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Step %1 in the Guide</source>
        <translation>Schritt %1 im Leitfaden</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Undo: %1…</source>
        <translation>Rückgängig: %1…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Redo: %1…</source>
        <translation>Wiederholen: %1…</translation>
    </message>
    <message>
        <source>Redo import</source>
        <translation>Import wiederholen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>%1 wird gelesen und abgeglichen…</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Es wird ermittelt, was sich ändern würde…</translation>
    </message>
    <message>
        <source>%1: nothing to import. Every row that could be read matches a saved contact and would change nothing.</source>
        <translation>%1: nichts zu importieren. Jede lesbare Zeile entspricht einem gespeicherten Kontakt und würde nichts ändern.</translation>
    </message>
    <message>
        <source>Canceling the restore…</source>
        <translation>Die Wiederherstellung wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Das Lesen wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing %1… %2</source>
        <translation>%1 wird importiert… %2</translation>
    </message>
    <message>
        <source>Restoring %1… %2</source>
        <translation>%1 wird wiederhergestellt… %2</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln would change</source>
        <translation>
            <numerusform>%Ln würde sich ändern</numerusform>
            <numerusform>%Ln würden sich ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln neuer Kontakt</numerusform>
            <numerusform>%Ln neue Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) match a saved contact (%1)</source>
        <translation>
            <numerusform>%Ln Zeile entspricht einem gespeicherten Kontakt (%1)</numerusform>
            <numerusform>%Ln Zeilen entsprechen einem gespeicherten Kontakt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier one</source>
        <translation>
            <numerusform>%Ln Zeile wiederholt eine frühere</numerusform>
            <numerusform>%Ln Zeilen wiederholen eine frühere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt</numerusform>
            <numerusform>%Ln Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) not imported</source>
        <translation>
            <numerusform>%Ln Wert nicht importiert</numerusform>
            <numerusform>%Ln Werte nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to be merged</source>
        <translation>
            <numerusform>%Ln zum Zusammenführen</numerusform>
            <numerusform>%Ln zum Zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like a saved contact (%1)</source>
        <translation>
            <numerusform>%Ln Zeile ähnelt einem gespeicherten Kontakt (%1)</numerusform>
            <numerusform>%Ln Zeilen ähneln einem gespeicherten Kontakt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved contact(s)</source>
        <translation>
            <numerusform>%Ln gespeicherten Kontakt</numerusform>
            <numerusform>%Ln gespeicherte Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Import will add %1 and update %2, all in one step you can undo.</source>
        <translation>Der Import fügt %1 hinzu und aktualisiert %2, alles in einem Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s) from %1</source>
        <translation>
            <numerusform>%Ln Kontakt aus %1 importieren</numerusform>
            <numerusform>%Ln Kontakte aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new contact(s), updated %1 — Edit &gt; Undo removes this import</source>
        <translation>
            <numerusform>%Ln neuer Kontakt importiert, %1 aktualisiert — Bearbeiten &gt; Rückgängig entfernt diesen Import</numerusform>
            <numerusform>%Ln neue Kontakte importiert, %1 aktualisiert — Bearbeiten &gt; Rückgängig entfernt diesen Import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup restored: %Ln record(s)</source>
        <translation>
            <numerusform>Sicherung wiederhergestellt: %Ln Eintrag</numerusform>
            <numerusform>Sicherung wiederhergestellt: %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
</context>
<context>
    <name>ImportWriting</name>
    <message>
        <source>The window waits until the contacts are written.</source>
        <translation>Das Fenster wartet, bis die Kontakte geschrieben sind.</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The window waits until the restore is done, so that nothing you change is mixed with the backup; Cancel stops it and leaves your data as it was.</source>
        <translation>Das Fenster wartet, bis die Wiederherstellung fertig ist, damit sich nichts, was Sie ändern, mit der Sicherung vermischt; „Abbrechen“ hält sie an und lässt Ihre Daten, wie sie waren.</translation>
    </message>
    <message>
        <source>The restore was canceled; your data is as it was.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>This is a full %1 backup. %1 restores a backup only into an empty data folder, so that nothing is mixed or overwritten: start %1 with a new data folder and import the backup there.</source>
        <translation>Dies ist eine vollständige Sicherung von %1. %1 stellt eine Sicherung nur in einem leeren Datenordner wieder her, damit nichts vermischt oder überschrieben wird: Starten Sie %1 mit einem neuen Datenordner und importieren Sie die Sicherung dort.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>This is a full %1 backup. Restore everything it holds into this data folder?</source>
        <translation>Dies ist eine vollständige Sicherung von %1. Alles, was sie enthält, in diesem Datenordner wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>InterviewLayout</name>
    <message>
        <source>Thank-you due by the end of %1, %3 %2.</source>
        <translation>Ihr Dank ist bis spätestens %1, %2. %3 fällig.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Die Uhr starten</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>Gespräch beenden</translation>
    </message>
    <message>
        <source>Mark the interview held</source>
        <translation>Das Gespräch als geführt markieren</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>%1; %2 leaves it</source>
        <translation>%1; %2 beendet es</translation>
    </message>
    <message>
        <source>Switch full screen on or off</source>
        <translation>Vollbild ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close interview mode</source>
        <translation>Gesprächsmodus schließen</translation>
    </message>
    <message>
        <source>Business card…</source>
        <translation>Visitenkarte…</translation>
    </message>
    <message>
        <source>Type in their card</source>
        <translation>Ihre Visitenkarte abtippen</translation>
    </message>
    <message>
        <source>Print notes…</source>
        <translation>Notizen drucken…</translation>
    </message>
    <message>
        <source>Preview and print the notes</source>
        <translation>Die Notizen ansehen und drucken</translation>
    </message>
    <message>
        <source>Save notes as PDF…</source>
        <translation>Notizen als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the notes as a PDF</source>
        <translation>Die Notizen als PDF speichern</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Gespräch hinzufügen…</translation>
    </message>
    <message>
        <source>A second interview, a coffee, a call: note it later</source>
        <translation>Ein zweites Gespräch, ein Kaffee, ein Anruf: später festhalten</translation>
    </message>
    <message>
        <source>Notes: key words are enough. They are saved as you type.</source>
        <translation>Notizen: Stichworte genügen. Sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Beantwortet</translation>
    </message>
    <message>
        <source>This question has been answered (%1)</source>
        <translation>Diese Frage ist beantwortet (%1)</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>Answered, next  ▶</source>
        <translation>Beantwortet, weiter  ▶</translation>
    </message>
    <message>
        <source>Mark answered and go to the next question</source>
        <translation>Als beantwortet markieren und zur nächsten Frage gehen</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>They suggested someone…</source>
        <translation>Jemanden empfohlen…</translation>
    </message>
    <message>
        <source>Add a person they suggested</source>
        <translation>Eine empfohlene Person hinzufügen</translation>
    </message>
    <message>
        <source>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Start: %4  ·  End: %5  ·  Full screen: %6, %7</source>
        <translation>Zurück / weiter: %1 / %2  ·  Beantwortet und weiter: %3  ·  Beginnen: %4  ·  Beenden: %5  ·  Vollbild: %6, %7</translation>
    </message>
    <message>
        <source>Informational interview</source>
        <translation>Informationsgespräch</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>%1 · %2 planned</source>
        <translation>%1 · %2 geplant</translation>
    </message>
    <message>
        <source>Question %1 of %2 · must ask</source>
        <translation>Frage %1 von %2 · Pflichtfrage</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>After the %n question(s)</source>
        <translation>
            <numerusform>Nach der Frage</numerusform>
            <numerusform>Nach den %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions prepared</source>
        <translation>Keine Fragen vorbereitet</translation>
    </message>
    <message>
        <source>Other notes: names to contact, advice, what to read</source>
        <translation>Weitere Notizen: Namen für neue Kontakte, Ratschläge, Lesetipps</translation>
    </message>
    <message>
        <source>End anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Schedule this interview (step 3) to start it; notes can be taken now.</source>
        <translation>Planen Sie dieses Gespräch (Schritt 3), um es zu beginnen; Notizen können Sie schon jetzt machen.</translation>
    </message>
    <message>
        <source>%1 Press End again to end the interview.</source>
        <translation>%1 Klicken Sie erneut auf Beenden, um das Gespräch zu beenden.</translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation>Gespräch geführt am %1.</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Gespräch geführt.</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
</context>
<context>
    <name>InterviewModeWindow</name>
    <message>
        <source>That interview no longer exists.</source>
        <translation>Dieses Gespräch gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Interview started</source>
        <translation>Gespräch begonnen</translation>
    </message>
    <message>
        <source>Interview held: the thank-you is due by tomorrow</source>
        <translation>Gespräch geführt: Ihr Dank ist bis morgen fällig</translation>
    </message>
    <message>
        <source>Business card saved</source>
        <translation>Visitenkarte gespeichert</translation>
    </message>
    <message>
        <source>Notes saved as %1</source>
        <translation>Notizen gespeichert als %1</translation>
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
    <name>InterviewsView</name>
    <message>
        <source>Interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Every request you make and the interview it becomes: asked, accepted, scheduled, held, thanked.</source>
        <translation>Jede Anfrage, die Sie stellen, und das Gespräch, das daraus wird: angefragt, zugesagt, geplant, geführt, bedankt.</translation>
    </message>
    <message>
        <source>Your requests and interviews appear here once you choose someone to ask for twenty minutes of their time.</source>
        <translation>Ihre Anfragen und Gespräche erscheinen hier, sobald Sie jemanden auswählen, den Sie um zwanzig Minuten Zeit bitten.</translation>
    </message>
    <message>
        <source>Plan an interview</source>
        <translation>Gespräch planen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Berufsfeld</translation>
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
        <source>Thank-you</source>
        <translation>Dank</translation>
    </message>
    <message>
        <source>Export interviews to calendar…</source>
        <translation>Gespräche in den Kalender exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the interview with its questions and notes (Del)</source>
        <translation>Das Gespräch mit seinen Fragen und Notizen löschen (Entf)</translation>
    </message>
    <message>
        <source>Choose an interview to see what you can do next.</source>
        <translation>Wählen Sie ein Gespräch, um zu sehen, was Sie als Nächstes tun können.</translation>
    </message>
    <message>
        <source>Print question sheet…</source>
        <translation>Fragebogen drucken…</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Gespräch beginnen</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Dank schreiben…</translation>
    </message>
    <message>
        <source>No interview is scheduled yet.</source>
        <translation>Es ist noch kein Gespräch geplant.</translation>
    </message>
    <message>
        <source>Export interviews to calendar</source>
        <translation>Gespräche in den Kalender exportieren</translation>
    </message>
    <message>
        <source>InfoView interviews.ics</source>
        <translation>InfoView-Gespräche.ics</translation>
    </message>
    <message>
        <source>save the calendar file %1</source>
        <translation>die Kalenderdatei %1 speichern</translation>
    </message>
    <message>
        <source>Your interviews are as they were.</source>
        <translation>Ihre Gespräche sind unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1</source>
        <translation>
            <numerusform>%n Gespräch in %1 gespeichert</numerusform>
            <numerusform>%n Gespräche in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the interview with %1</source>
        <translation>Gespräch mit %1 löschen</translation>
    </message>
    <message>
        <source>Delete an interview</source>
        <translation>Ein Gespräch löschen</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is not enough memory to %1. %2</source>
        <translation>Der Speicher reicht nicht, um %1. %2</translation>
    </message>
    <message>
        <source>%1 could not %2 (%3). %4</source>
        <translation>%1 konnte nicht %2 (%3). %4</translation>
    </message>
    <message>
        <source>read this file</source>
        <translation>diese Datei lesen</translation>
    </message>
    <message>
        <source>free memory</source>
        <translation>Speicher freigeben</translation>
    </message>
</context>
<context>
    <name>KeepTouchActions</name>
    <message>
        <source>Update to %1 copied</source>
        <translation>Update an %1 kopiert</translation>
    </message>
    <message>
        <source>Update to %1 logged: next reminder on %2</source>
        <translation>Update an %1 vermerkt: nächste Erinnerung am %2</translation>
    </message>
    <message>
        <source>%1: reminder put off until %2</source>
        <translation>%1: Erinnerung verschoben bis %2</translation>
    </message>
</context>
<context>
    <name>KeepTouchChoice</name>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>In Kontakt bleiben alle</translation>
    </message>
    <message>
        <source>Keep in touch: how many</source>
        <translation>In Kontakt bleiben: wie viele</translation>
    </message>
    <message>
        <source>Keep in touch: weeks or months</source>
        <translation>In Kontakt bleiben: Wochen oder Monate</translation>
    </message>
    <message>
        <source>On.</source>
        <translation>Ein.</translation>
    </message>
    <message>
        <source>Reminders count from your last contact with them, of any kind.</source>
        <translation>Erinnerungen zählen ab Ihrem letzten Kontakt mit der Person, gleich welcher Art.</translation>
    </message>
    <message>
        <source>Off. %1 is %2.</source>
        <translation>Aus. %1 (%2).</translation>
    </message>
</context>
<context>
    <name>KeepTouchRow</name>
    <message>
        <source>IN TOUCH</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Copy update</source>
        <translation>Update kopieren</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not now (two weeks)</source>
        <translation>Nicht jetzt (zwei Wochen)</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>Hide this reminder for two weeks; it comes back on a business day.</source>
        <translation>Diese Erinnerung zwei Wochen lang ausblenden; sie kommt an einem Werktag wieder.</translation>
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
    <name>LearnedView</name>
    <message>
        <source>Add a career field under Career fields: what you learn about it gathers here.</source>
        <translation>Fügen Sie unter „Berufsfelder“ ein Berufsfeld hinzu: Was Sie darüber erfahren, sammelt sich hier.</translation>
    </message>
    <message>
        <source>Reading what you learned…</source>
        <translation>Ihre Erkenntnisse werden gelesen…</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
    <message>
        <source>What your interviews taught you, topic by topic; your fields side by side; and how far you have come.</source>
        <translation>Was Ihnen Ihre Gespräche gezeigt haben, Thema für Thema; Ihre Berufsfelder nebeneinander; und wie weit Sie gekommen sind.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Berufsfelder</translation>
    </message>
    <message>
        <source>&amp;Answers by topic</source>
        <translation>&amp;Antworten nach Thema</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>Fiel&amp;d</source>
        <translation>Berufs&amp;feld</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>LetterTab</name>
    <message>
        <source>Their postal address, as on their business card</source>
        <translation>Die Postanschrift, wie auf der Visitenkarte</translation>
    </message>
    <message>
        <source>The letter as it prints</source>
        <translation>Der Brief, wie er gedruckt wird</translation>
    </message>
    <message>
        <source>Your own postal address goes at the top of the letter: add it in Settings &gt; Your profile.</source>
        <translation>Ihre eigene Postanschrift steht oben im Brief: Tragen Sie sie unter Einstellungen &gt; Ihr Profil ein.</translation>
    </message>
    <message>
        <source>I posted it</source>
        <translation>Ich habe ihn abgeschickt</translation>
    </message>
    <message>
        <source>Their postal address</source>
        <translation>Postanschrift der Person</translation>
    </message>
    <message>
        <source>Thank-you letter to %1</source>
        <translation>Dankesbrief an %1</translation>
    </message>
    <message>
        <source>Posted on %1</source>
        <translation>Abgeschickt am %1</translation>
    </message>
</context>
<context>
    <name>LikelyTab</name>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Alle zusammenführen</translation>
    </message>
    <message>
        <source>Add all as new</source>
        <translation>Alle als neu hinzufügen</translation>
    </message>
    <message>
        <source>These rows match no saved contact exactly but look like one. Merging fills in that contact&apos;s empty details and keeps every other email, phone and web address, as for the contacts already saved. Rows sharing a phone, email or web address are merged unless you choose otherwise; rows with only a close name are added unless you choose to merge them.</source>
        <translation>Diese Zeilen entsprechen keinem gespeicherten Kontakt genau, ähneln aber einem. Beim Zusammenführen werden die leeren Angaben dieses Kontakts ergänzt und alle weiteren E-Mail-Adressen, Telefonnummern und Webadressen behalten, wie bei den bereits gespeicherten Kontakten. Zeilen mit gleicher Telefonnummer, E-Mail- oder Webadresse werden zusammengeführt, sofern Sie nichts anderes wählen; Zeilen mit nur ähnlichem Namen werden hinzugefügt, sofern Sie sie nicht zusammenführen.</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Als neuen Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Mit %1 zusammenführen</translation>
    </message>
    <message>
        <source>Import line %1 as</source>
        <translation>Zeile %1 importieren als</translation>
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
    <name>Loader</name>
    <message>
        <source>read what you learned</source>
        <translation>lesen, was Sie gelernt haben</translation>
    </message>
    <message>
        <source>Nothing was changed; switch fields or views to try again.</source>
        <translation>Es wurde nichts geändert; wechseln Sie das Berufsfeld oder die Ansicht, um es erneut zu versuchen.</translation>
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
        <source>Profile saved</source>
        <translation>Profil gespeichert</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Überall &amp;suchen…</translation>
    </message>
    <message>
        <source>This view has no search box: Contacts and Questions have one.</source>
        <translation>Diese Ansicht hat kein Suchfeld: Kontakte und Fragen haben eines.</translation>
    </message>
    <message>
        <source>There is nothing to search here yet.</source>
        <translation>Hier gibt es noch nichts zu durchsuchen.</translation>
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
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>Angabe in %1</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Welche Spalte ist welche?</translation>
    </message>
    <message>
        <source>%1 guessed from the column names. Correct what is wrong. Several columns may hold emails, phones, web addresses or places: the first with a value is the main one. Columns left as “Skip” are kept in each contact&apos;s notes.</source>
        <translation>%1 hat anhand der Spaltennamen geraten. Korrigieren Sie, was falsch ist. Mehrere Spalten können E-Mail-Adressen, Telefonnummern, Webadressen oder Orte enthalten: Die erste mit einem Wert ist die wichtigste. Spalten, die auf „Überspringen“ bleiben, werden in den Notizen des Kontakts aufbewahrt.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>%1 detail for the column %2</source>
        <translation>Angabe in %1 für die Spalte %2</translation>
    </message>
    <message>
        <source>Choose at least one column with a name or an email address.</source>
        <translation>Wählen Sie mindestens eine Spalte mit einem Namen oder einer E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Every email, phone and web address of both is kept; the notes are joined; interviews, scores, tags, keeping-in-touch updates and the people introduced move to the merged contact. Edit &gt; Undo separates them.</source>
        <translation>Alle E-Mail-Adressen, Telefonnummern und Webadressen beider bleiben erhalten; die Notizen werden zusammengefügt; Gespräche, Bewertungen, Tags, Neuigkeiten zum Kontakthalten und vermittelte Personen gehen auf den zusammengeführten Kontakt über. Bearbeiten &gt; Rückgängig trennt sie wieder.</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Pick the value to keep on each line.</source>
        <translation>Wählen Sie in jeder Zeile den Wert, der bleiben soll.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tags (all kept)</source>
        <translation>Tags (alle bleiben)</translation>
    </message>
    <message>
        <source>Contacts merged — Edit &gt; Undo separates them</source>
        <translation>Kontakte zusammengeführt — Bearbeiten &gt; Rückgängig trennt sie</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
</context>
<context>
    <name>NoteCardTab</name>
    <message>
        <source>Note card text</source>
        <translation>Text der Dankeskarte</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>I sent the card</source>
        <translation>Ich habe die Karte geschickt</translation>
    </message>
    <message>
        <source>A short handwritten card can follow the email. Print it on card, or copy it out by hand.</source>
        <translation>Nach der E-Mail kann eine kurze handgeschriebene Karte folgen. Drucken Sie sie auf Karton, oder schreiben Sie sie von Hand ab.</translation>
    </message>
    <message>
        <source>Note card to %1</source>
        <translation>Dankeskarte an %1</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
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
    <name>PendingEdits</name>
    <message>
        <source>What you typed</source>
        <translation>Was Sie eingegeben haben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PlanInterviewDialog</name>
    <message>
        <source>Plan an interview</source>
        <translation>Gespräch planen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Whom would you like to ask for an informational interview?</source>
        <translation>Wen möchten Sie um ein Informationsgespräch bitten?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>PointRows</name>
    <message>
        <source>Email %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>Label of email %1</source>
        <translation>Bezeichnung der E-Mail %1</translation>
    </message>
    <message>
        <source>Primary email: email %1</source>
        <translation>Haupt-E-Mail: E-Mail %1</translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation>E-Mail %1 entfernen</translation>
    </message>
    <message>
        <source>Add another email</source>
        <translation>Weitere E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>Label of phone %1</source>
        <translation>Bezeichnung von Telefon %1</translation>
    </message>
    <message>
        <source>Primary phone: phone %1</source>
        <translation>Haupttelefon: Telefon %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Telefon %1 entfernen</translation>
    </message>
    <message>
        <source>Add another phone</source>
        <translation>Weitere Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Web address %1</source>
        <translation>Webadresse %1</translation>
    </message>
    <message>
        <source>Label of web address %1</source>
        <translation>Bezeichnung der Webadresse %1</translation>
    </message>
    <message>
        <source>Primary web address: web address %1</source>
        <translation>Haupt-Webadresse: Webadresse %1</translation>
    </message>
    <message>
        <source>Remove web address %1</source>
        <translation>Webadresse %1 entfernen</translation>
    </message>
    <message>
        <source>Add another web address</source>
        <translation>Weitere Webadresse hinzufügen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PopupList</name>
    <message>
        <source>Choices</source>
        <translation>Auswahl</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Contacts already saved</source>
        <translation>Bereits gespeicherte Kontakte</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Saved contact</source>
        <translation>Gespeicherter Kontakt</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Gleich wie</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>Was sich ändern würde</translation>
    </message>
    <message>
        <source>Lines not imported</source>
        <translation>Nicht importierte Zeilen</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Warum sie nicht importiert wird</translation>
    </message>
    <message>
        <source>Rows that look like a saved contact</source>
        <translation>Zeilen, die einem gespeicherten Kontakt ähneln</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Was der Import tun würde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>Neu (%Ln)</numerusform>
            <numerusform>Neu (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching (%Ln)</source>
        <translation>
            <numerusform>Übereinstimmend (%Ln)</numerusform>
            <numerusform>Übereinstimmend (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%Ln)</source>
        <translation>
            <numerusform>Nicht importiert (%Ln)</numerusform>
            <numerusform>Nicht importiert (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Abgelehnt (%Ln)</numerusform>
            <numerusform>Abgelehnt (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look like saved contacts (%Ln)</source>
        <translation>
            <numerusform>Ähneln gespeicherten Kontakten (%Ln)</numerusform>
            <numerusform>Ähneln gespeicherten Kontakten (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – first %Ln</source>
        <translation>
            <numerusform>%1 – erste %Ln</numerusform>
            <numerusform>%1 – erste %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Question sheet</source>
        <translation>Fragebogen</translation>
    </message>
</context>
<context>
    <name>ProblemLog</name>
    <message>
        <source>Everything saved before this moment is safe.</source>
        <translation>Alles, was vor diesem Moment gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>Something went wrong, and %1 could not finish what you asked. Everything saved before this moment is safe. Help &gt; Report a problem… shows what to send us.</source>
        <translation>Etwas ist schiefgegangen, und %1 konnte nicht zu Ende führen, worum Sie gebeten haben. Alles, was vor diesem Moment gespeichert wurde, ist sicher. Hilfe &gt; Ein Problem melden… zeigt, was Sie uns schicken können.</translation>
    </message>
    <message>
        <source>finish what you asked</source>
        <translation>zu Ende führen, worum Sie gebeten haben</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
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
    <name>ProgressCard</name>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Geführt</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Gedankt</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Interviews per month: %1</source>
        <translation>Gespräche pro Monat: %1</translation>
    </message>
    <message>
        <source>Interviews per month</source>
        <translation>Gespräche pro Monat</translation>
    </message>
    <message>
        <source>No interview held yet.</source>
        <translation>Noch kein Gespräch geführt.</translation>
    </message>
    <message>
        <source>Response rate — (no request sent yet).</source>
        <translation>Antwortquote — (noch keine Anfrage gesendet).</translation>
    </message>
    <message>
        <source>Response rate %1% (%2 of %3 answered).</source>
        <translation>Antwortquote %1 % (%2 von %3 beantwortet).</translation>
    </message>
    <message>
        <source>Median wait for a reply: —.</source>
        <translation>Mittlere Wartezeit auf eine Antwort (Median): —.</translation>
    </message>
    <message numerus="yes">
        <source>Median wait for a reply: %n business day(s).</source>
        <translation>
            <numerusform>Mittlere Wartezeit auf eine Antwort (Median): %n Werktag.</numerusform>
            <numerusform>Mittlere Wartezeit auf eine Antwort (Median): %n Werktage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median wait for a reply: %1 business days.</source>
        <translation>Mittlere Wartezeit auf eine Antwort (Median): %1 Werktage.</translation>
    </message>
</context>
<context>
    <name>QuestionBankTableModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>From your research</source>
        <translation>Aus Ihrer Recherche</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Built in, reworded</source>
        <translation>Vorgegeben, umformuliert</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Vorgegeben</translation>
    </message>
    <message>
        <source>%1 · hidden</source>
        <translation>%1 · ausgeblendet</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Vorgeschlagen: %1</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>From your research: to verify</source>
        <translation>Aus Ihrer Recherche: zu prüfen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>on your list</source>
        <translation>auf Ihrer Liste</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>Must ask</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <source>Time runs out here</source>
        <translation>Hier ist die Zeit um</translation>
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
    <name>QuestionListEditor</name>
    <message>
        <source>Your questions</source>
        <translation>Ihre Fragen</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
    </message>
    <message>
        <source>Your research on this field</source>
        <translation>Ihre Recherche zu diesem Berufsfeld</translation>
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
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Must ask the first </source>
        <translation>Pflicht: die ersten </translation>
    </message>
    <message>
        <source>Must-ask questions</source>
        <translation>Pflichtfragen</translation>
    </message>
    <message>
        <source>Type a question of your own and press Enter</source>
        <translation>Eigene Frage eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation>Eine eigene Frage</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Meeting </source>
        <translation>Gespräch: </translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Gesprächsdauer in Minuten</translation>
    </message>
    <message>
        <source>Print question sheet…</source>
        <translation>Fragebogen drucken…</translation>
    </message>
    <message>
        <source>Your questions, most important first</source>
        <translation>Ihre Fragen, die wichtigsten zuerst</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Für Sie vorgeschlagen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Fragensammlung durchsuchen</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Zu meiner Liste hinzufügen</translation>
    </message>
    <message>
        <source>Or double-click a question, or press Enter</source>
        <translation>Oder doppelklicken Sie auf eine Frage oder drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Your research</source>
        <translation>Ihre Recherche</translation>
    </message>
    <message>
        <source>To verify in an interview:</source>
        <translation>In einem Gespräch zu prüfen:</translation>
    </message>
    <message>
        <source>Also found:</source>
        <translation>Außerdem gefunden:</translation>
    </message>
    <message>
        <source>Your research on %1</source>
        <translation>Ihre Recherche zu %1</translation>
    </message>
    <message>
        <source>No research notes for this field yet. What a web search can answer should not take the professional&apos;s time: note it under Career fields.</source>
        <translation>Noch keine Recherchenotizen zu diesem Berufsfeld. Was eine Websuche beantworten kann, sollte nicht die Zeit Ihres Gesprächspartners kosten: Notieren Sie es unter „Berufsfelder“.</translation>
    </message>
    <message numerus="yes">
        <source>Copy the field&apos;s list (%n)</source>
        <translation>
            <numerusform>Liste des Berufsfelds kopieren (%n)</numerusform>
            <numerusform>Liste des Berufsfelds kopieren (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n suggested question(s)</source>
        <translation>
            <numerusform>Die vorgeschlagene Frage hinzufügen</numerusform>
            <numerusform>Die %n vorgeschlagenen Fragen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your list is empty. Start with the questions suggested for you, or pick from the bank on the right.</source>
        <translation>Ihre Liste ist leer. Beginnen Sie mit den für Sie vorgeschlagenen Fragen oder wählen Sie rechts aus der Sammlung.</translation>
    </message>
    <message>
        <source>Question added</source>
        <translation>Frage hinzugefügt</translation>
    </message>
    <message>
        <source>Already on your list</source>
        <translation>Bereits auf Ihrer Liste</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added</source>
        <translation>
            <numerusform>Frage hinzugefügt</numerusform>
            <numerusform>%n Fragen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested question(s) added</source>
        <translation>
            <numerusform>%n vorgeschlagene Frage hinzugefügt</numerusform>
            <numerusform>%n vorgeschlagene Fragen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) copied from the field&apos;s list</source>
        <translation>
            <numerusform>%n Frage aus der Liste des Berufsfelds kopiert</numerusform>
            <numerusform>%n Fragen aus der Liste des Berufsfelds kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n question(s)</source>
        <translation>
            <numerusform>Frage entfernen</numerusform>
            <numerusform>%n Fragen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> question(s)</source>
        <translation>
            <numerusform> Frage</numerusform>
            <numerusform> Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Question %1, about %2 minutes</source>
        <translation>Frage %1, etwa %2 Minuten</translation>
    </message>
    <message>
        <source>must ask</source>
        <translation>Pflichtfrage</translation>
    </message>
    <message>
        <source>past the meeting&apos;s time</source>
        <translation>nach Ablauf der Gesprächszeit</translation>
    </message>
</context>
<context>
    <name>QuestionSideList</name>
    <message>
        <source>Other notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Names, advice, anything said outside the questions</source>
        <translation>Namen, Ratschläge, alles, was außerhalb der Fragen gesagt wurde</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>Must ask, still open</source>
        <translation>Pflichtfrage, noch offen</translation>
    </message>
    <message>
        <source>must ask, still open</source>
        <translation>Pflichtfrage, noch offen</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
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
    <name>QuestionsRow</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Prepare questions…</source>
        <translation>Fragen vorbereiten…</translation>
    </message>
    <message>
        <source>Save, then choose the questions for this conversation</source>
        <translation>Speichern, dann die Fragen für dieses Gespräch auswählen</translation>
    </message>
    <message>
        <source>Hold it…</source>
        <translation>Durchführen…</translation>
    </message>
    <message>
        <source>Save, then take the questions one at a time, the answers saved as you type</source>
        <translation>Speichern, dann die Fragen einzeln durchgehen; die Antworten werden beim Tippen gespeichert</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Fragebogen drucken…</translation>
    </message>
    <message>
        <source>Save, then print the questions to take along</source>
        <translation>Speichern, dann die Fragen zum Mitnehmen drucken</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>Save or cancel your changes to this contact first, then hold this conversation.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen an diesem Kontakt und führen Sie dann dieses Gespräch.</translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <source>%1 (career field)</source>
        <translation>%1 (Berufsfeld)</translation>
    </message>
    <message>
        <source>Interview with %1 — %2</source>
        <translation>Gespräch mit %1 — %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Put the questions you most want answered first: an interview cut short still covers them.</source>
        <translation>Stellen Sie die Fragen nach vorn, deren Antwort Ihnen am wichtigsten ist: So sind sie auch in einem verkürzten Gespräch abgedeckt.</translation>
    </message>
    <message>
        <source>Add your own question</source>
        <translation>Eigene Frage hinzufügen</translation>
    </message>
    <message>
        <source>Each career field, and each interview, has its own list of questions. Add a career field first.</source>
        <translation>Jedes Berufsfeld und jedes Gespräch hat eine eigene Fragenliste. Fügen Sie zuerst ein Berufsfeld hinzu.</translation>
    </message>
    <message>
        <source>Go to Career fields</source>
        <translation>Zu den Berufsfeldern</translation>
    </message>
    <message>
        <source>Questions to ask go here. Add a career field to prepare a list for it, or add a question of your own.</source>
        <translation>Hier stehen die Fragen, die Sie stellen möchten. Fügen Sie ein Berufsfeld hinzu, um eine Liste dafür vorzubereiten, oder eine eigene Frage.</translation>
    </message>
    <message>
        <source>Questions for</source>
        <translation>Fragen für</translation>
    </message>
    <message>
        <source>Question lists</source>
        <translation>Fragenlisten</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragensammlung</translation>
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
    <name>ReferralChainsBox</name>
    <message>
        <source>No referrals yet: in interview mode, They suggested someone (Ctrl+R) adds one.</source>
        <translation>Noch keine Empfehlungen: Im Gesprächsmodus fügt „Jemanden empfohlen“ (Strg+R) eine hinzu.</translation>
    </message>
    <message>
        <source>Referral chains</source>
        <translation>Wer wen empfahl</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;How to reach them:</source>
        <translation>&amp;Wie erreichbar:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
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
        <source>How to reach them</source>
        <translation>Wie erreichbar</translation>
    </message>
    <message>
        <source>They suggested someone</source>
        <translation>Jemand wurde empfohlen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Who did %1 suggest you talk to? Type what you know: the rest can wait. They join the same field&apos;s list, introduced by %1.</source>
        <translation>Mit wem sollten Sie laut %1 sprechen? Geben Sie ein, was Sie wissen: Der Rest kann warten. Die Person kommt auf die Liste desselben Berufsfelds, vorgestellt von %1.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>e.g. mention my name; best by phone</source>
        <translation>z. B. meinen Namen nennen; am besten telefonisch</translation>
    </message>
    <message>
        <source>%1 added to the list, introduced by this person</source>
        <translation>%1 zur Liste hinzugefügt, vermittelt von dieser Person</translation>
    </message>
</context>
<context>
    <name>RemoveTagDialog</name>
    <message>
        <source>Remove a tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Das Tag, das vom ausgewählten Kontakt entfernt wird:</numerusform>
            <numerusform>Das Tag, das von den %Ln ausgewählten Kontakten entfernt wird:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>None of them carries a tag.</source>
        <translation>Keiner davon hat ein Tag.</translation>
    </message>
    <message>
        <source>None of the selected contacts carries a tag.</source>
        <translation>Keiner der ausgewählten Kontakte hat ein Tag.</translation>
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
    <name>RenameTagDialog</name>
    <message>
        <source>Rename a tag</source>
        <translation>Tag umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>Der neue Name</translation>
    </message>
    <message>
        <source>Every contact carrying the tag gets the new name.</source>
        <translation>Alle Kontakte mit diesem Tag erhalten den neuen Namen.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>No contact carries a tag yet.</source>
        <translation>Noch hat kein Kontakt ein Tag.</translation>
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
    <name>ResearchPanel</name>
    <message>
        <source>Saved as you type. Select what only someone inside the field can tell you, then mark it.</source>
        <translation>Wird beim Tippen gespeichert. Markieren Sie, was Ihnen nur jemand aus dem Berufsfeld sagen kann, und übernehmen Sie es.</translation>
    </message>
    <message>
        <source>Verify in an interview</source>
        <translation>Im Gespräch prüfen</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to verify in an interview</source>
        <translation>
            <numerusform>%n Zeile im Gespräch zu prüfen</numerusform>
            <numerusform>%n Zeilen im Gespräch zu prüfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved.</source>
        <translation>Einiges von dem, was Sie eingegeben haben, konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>If you close now, it is lost. Stay to copy it somewhere safe or to try again.</source>
        <translation>Wenn Sie jetzt schließen, geht es verloren. Bleiben Sie, um es an einen sicheren Ort zu kopieren oder es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Names, notes, answers, research, questions, drafts…</source>
        <translation>Namen, Notizen, Antworten, Recherche, Fragen, Entwürfe…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>Type a word, or the first letters of one.</source>
        <translation>Geben Sie ein Wort oder seine ersten Buchstaben ein.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, more below</source>
        <translation>
            <numerusform>%Ln angezeigt, weitere darunter</numerusform>
            <numerusform>%Ln angezeigt, weitere darunter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n Zeile)</numerusform>
            <numerusform>%1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes page</source>
        <translation>Notizseite</translation>
    </message>
    <message>
        <source>Sheet options</source>
        <translation>Optionen des Fragebogens</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Room for notes:</source>
        <translation>Platz für Notizen:</translation>
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
    <name>SqlRecordsView</name>
    <message>
        <source>Search names, organizations…</source>
        <translation>Namen, Organisationen suchen…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>read the list</source>
        <translation>die Liste lesen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suchen: %1</translation>
    </message>
</context>
<context>
    <name>StartWork</name>
    <message>
        <source>back up your data</source>
        <translation>Ihre Daten sichern</translation>
    </message>
    <message>
        <source>It is tried again next time.</source>
        <translation>Es wird beim nächsten Mal erneut versucht.</translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation>Es wurde keine automatische Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>update the question bank</source>
        <translation>die Fragensammlung aktualisieren</translation>
    </message>
    <message>
        <source>It is tried next time.</source>
        <translation>Es wird beim nächsten Mal versucht.</translation>
    </message>
    <message>
        <source>%1 is already open: here it is.</source>
        <translation>%1 ist bereits geöffnet: Hier ist es.</translation>
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
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changes to choose between</source>
        <translation>Änderungen zur Auswahl</translation>
    </message>
    <message>
        <source>Nothing waits for your choice.</source>
        <translation>Nichts wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>These changed both in InfoView and in your address book since the last sync, or were deleted in the address book. Choose what to keep; what you leave for later waits here.</source>
        <translation>Dies wurde seit der letzten Synchronisierung sowohl in InfoView als auch in Ihrem Adressbuch geändert oder im Adressbuch gelöscht. Wählen Sie, was bleiben soll; was Sie auf später verschieben, wartet hier.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>In InfoView</source>
        <translation>In InfoView</translation>
    </message>
    <message>
        <source>In the address book</source>
        <translation>Im Adressbuch</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Was behalten für %1, %2</translation>
    </message>
    <message>
        <source>InfoView&apos;s (sent at the next sync)</source>
        <translation>Den aus InfoView (wird bei der nächsten Synchronisierung gesendet)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The contact: put it back in the address book</source>
        <translation>Den Kontakt: wieder ins Adressbuch stellen</translation>
    </message>
    <message>
        <source>Nothing: delete the contact in InfoView</source>
        <translation>Nichts: den Kontakt in InfoView löschen</translation>
    </message>
    <message>
        <source>InfoView&apos;s</source>
        <translation>Den aus InfoView</translation>
    </message>
    <message>
        <source>The address book&apos;s</source>
        <translation>Den aus dem Adressbuch</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) in InfoView?</source>
        <translation>
            <numerusform>%n Kontakt in InfoView löschen?</numerusform>
            <numerusform>%n Kontakte in InfoView löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their cards were deleted in your address book. Edit &gt; Undo brings them back.</source>
        <translation>Ihre Karten wurden in Ihrem Adressbuch gelöscht. Bearbeiten &gt; Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Your choices are saved</source>
        <translation>Ihre Auswahl ist gespeichert</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Kontakt %1 löschen</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>sync with your account</source>
        <translation>mit Ihrem Konto synchronisieren</translation>
    </message>
    <message>
        <source>What was synced is kept.</source>
        <translation>Was schon synchronisiert ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>read your account</source>
        <translation>Ihr Konto lesen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was synced is kept; the next sync goes on.</source>
        <translation>Die Synchronisierung wurde abgebrochen. Was schon synchronisiert ist, bleibt erhalten; die nächste Synchronisierung macht weiter.</translation>
    </message>
</context>
<context>
    <name>SyncPasswordDialog</name>
    <message>
        <source>Sync password</source>
        <translation>Passwort für die Synchronisierung</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>Das Passwort von %1 bei %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>%1 keeps it in memory until you quit and never writes it anywhere: it asks again the next time it starts.</source>
        <translation>%1 behält es nur im Arbeitsspeicher, bis Sie das Programm beenden, und schreibt es nirgends hin: Beim nächsten Start fragt es erneut.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt der Synchronisierung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Type the password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synchronisiert um %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n to choose…</source>
        <translation>
            <numerusform>%n zu entscheiden …</numerusform>
            <numerusform>%n zu entscheiden …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice</source>
        <translation>
            <numerusform>%n Änderung aus der Synchronisierung wartet auf Ihre Entscheidung</numerusform>
            <numerusform>%n Änderungen aus der Synchronisierung warten auf Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiert…</translation>
    </message>
    <message>
        <source>Sync waits for your password</source>
        <translation>Die Synchronisierung wartet auf Ihr Passwort</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n contact(s) changed from your address book</source>
        <translation>
            <numerusform>Synchronisiert um %1: %n Kontakt aus Ihrem Adressbuch geändert</numerusform>
            <numerusform>Synchronisiert um %1: %n Kontakte aus Ihrem Adressbuch geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: trying again at %1</source>
        <translation>Nicht synchronisiert: neuer Versuch um %1</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Synchronisierung wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Dieses Tag entfernen</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Tag eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
</context>
<context>
    <name>TagWords</name>
    <message numerus="yes">
        <source>Tag %Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt taggen</numerusform>
            <numerusform>%Ln Kontakte taggen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln contact(s)</source>
        <translation>
            <numerusform>Tag von %Ln Kontakt entfernen</numerusform>
            <numerusform>Tag von %Ln Kontakten entfernen</numerusform>
        </translation>
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
        <source>Took over the hand-over from “%1” of %2</source>
        <translation>Übergabe von „%1“ vom %2 übernommen</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>Nicht übernommen</translation>
    </message>
</context>
<context>
    <name>TakeawayEditor</name>
    <message>
        <source>My takeaway: %1</source>
        <translation>Mein Fazit: %1</translation>
    </message>
    <message>
        <source>My takeaway on this topic, in my own words…</source>
        <translation>Mein Fazit zu diesem Thema, in meinen eigenen Worten…</translation>
    </message>
    <message>
        <source>Your takeaway</source>
        <translation>Ihr Fazit</translation>
    </message>
    <message>
        <source>Takeaway saved</source>
        <translation>Fazit gespeichert</translation>
    </message>
</context>
<context>
    <name>ThankYouChecker</name>
    <message>
        <source>Before you send</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n Wort (Ziel: unter %1)</numerusform>
            <numerusform>%n Wörter (Ziel: unter %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 with your own words</source>
        <translation>Ersetzen Sie %1 durch eigene Worte</translation>
    </message>
    <message>
        <source>Names something specific they said</source>
        <translation>Nennt etwas Konkretes, das die Person gesagt hat</translation>
    </message>
    <message>
        <source>Name one specific thing they said that helped you</source>
        <translation>Nennen Sie eine konkrete Aussage, die Ihnen geholfen hat</translation>
    </message>
    <message>
        <source>Your email or phone is under your name</source>
        <translation>Ihre E-Mail-Adresse oder Telefonnummer steht unter Ihrem Namen</translation>
    </message>
    <message>
        <source>Sign with your email or phone, so they can reply</source>
        <translation>Unterschreiben Sie mit E-Mail-Adresse oder Telefonnummer, damit man Ihnen antworten kann</translation>
    </message>
    <message>
        <source>Your thank-you still says %1. Replace it with one thing they said before you send it.

Did you fix it in your mail program and send it?</source>
        <translation>In Ihrer Dankesnachricht steht noch %1. Ersetzen Sie das vor dem Senden durch eine konkrete Aussage der Person.

Haben Sie es in Ihrem E-Mail-Programm korrigiert und gesendet?</translation>
    </message>
    <message>
        <source>Mark it sent anyway</source>
        <translation>Trotzdem als gesendet markieren</translation>
    </message>
    <message>
        <source>Go back and fix it</source>
        <translation>Zurück und korrigieren</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>Platzhalter nicht ersetzt</translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <source>Thank %1</source>
        <translation>Dank an %1</translation>
    </message>
    <message>
        <source>e.g. Your advice to build a portfolio first helped most.</source>
        <translation>z. B. Ihr Rat, zuerst ein Portfolio aufzubauen, hat mir am meisten geholfen.</translation>
    </message>
    <message>
        <source>Use this line</source>
        <translation>Diese Zeile verwenden</translation>
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
        <source>I sent it</source>
        <translation>Ich habe sie gesendet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Note card</source>
        <translation>Dankeskarte</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Something specific</source>
        <translation>Etwas Konkretes</translation>
    </message>
    <message>
        <source>Name one thing they said that helped you. Pick a line from your notes, or type your own.</source>
        <translation>Nennen Sie etwas, das die Person gesagt hat und das Ihnen geholfen hat. Wählen Sie eine Zeile aus Ihren Notizen, oder schreiben Sie selbst eine.</translation>
    </message>
    <message>
        <source>Your point, as it goes into the drafts:</source>
        <translation>Ihr Punkt, wie er in die Entwürfe eingeht:</translation>
    </message>
    <message>
        <source>To: %1 (no email saved)</source>
        <translation>An: %1 (keine E-Mail-Adresse gespeichert)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Weitere Notizen</translation>
    </message>
    <message>
        <source>No notes for this interview: type your point below.</source>
        <translation>Keine Notizen zu diesem Gespräch: Schreiben Sie Ihren Punkt unten.</translation>
    </message>
    <message>
        <source>You can thank them once the interview has been held.</source>
        <translation>Sie können sich bedanken, sobald das Gespräch geführt ist.</translation>
    </message>
    <message>
        <source>Thank-you email sent on %1.</source>
        <translation>Dankes-E-Mail gesendet am %1.</translation>
    </message>
    <message>
        <source>Overdue: the thank-you email was due on %1. Send it now.</source>
        <translation>Überfällig: Die Dankes-E-Mail war am %1 fällig. Senden Sie sie jetzt.</translation>
    </message>
    <message>
        <source>Send the thank-you email today.</source>
        <translation>Senden Sie die Dankes-E-Mail heute.</translation>
    </message>
    <message>
        <source>Send the thank-you email by %1.</source>
        <translation>Senden Sie die Dankes-E-Mail bis %1.</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Card sent on %1</source>
        <translation>Karte geschickt am %1</translation>
    </message>
    <message>
        <source>You rewrote the sentence where the point went: add the point where it fits.</source>
        <translation>Sie haben den Satz umgeschrieben, in dem Ihr Punkt stand: Fügen Sie ihn dort ein, wo er passt.</translation>
    </message>
    <message>
        <source>Keeping in touch with %1 saved</source>
        <translation>In Kontakt bleiben mit %1: gespeichert</translation>
    </message>
    <message>
        <source>Thank-you to %1 recorded as sent</source>
        <translation>Dank an %1 als gesendet vermerkt</translation>
    </message>
    <message>
        <source>Note card to %1 recorded as sent</source>
        <translation>Dankeskarte an %1 als geschickt vermerkt</translation>
    </message>
    <message>
        <source>Letter to %1 recorded as posted</source>
        <translation>Brief an %1 als abgeschickt vermerkt</translation>
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
    <name>TimelineActions</name>
    <message>
        <source>Save or cancel your changes to this contact first, then open it.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen an diesem Kontakt und öffnen Sie es dann.</translation>
    </message>
    <message>
        <source>Conversation added</source>
        <translation>Gespräch hinzugefügt</translation>
    </message>
    <message>
        <source>Conversation saved</source>
        <translation>Gespräch gespeichert</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>TopicSection</name>
    <message numerus="yes">
        <source>Show %n more (%1 of %2 not shown yet)</source>
        <translation>
            <numerusform>%n weitere anzeigen (%1 von %2 noch nicht angezeigt)</numerusform>
            <numerusform>%n weitere anzeigen (%1 von %2 noch nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more answer(s) on %1</source>
        <translation>
            <numerusform>%n weitere Antwort zu %1 anzeigen</numerusform>
            <numerusform>%n weitere Antworten zu %1 anzeigen</numerusform>
        </translation>
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
    <name>Undo</name>
    <message>
        <source>Undo: %1…</source>
        <translation>Rückgängig: %1…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo: %1…</source>
        <translation>Wiederholen: %1…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>UndoImportOffer</name>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
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
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Was ich gelernt habe</translation>
    </message>
</context>
<context>
    <name>WeightDelegate</name>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
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
