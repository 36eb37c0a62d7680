<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_US">
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
        <translation>About %1</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Open the data folder</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Database size</source>
        <translation>Database size</translation>
    </message>
    <message>
        <source>Plan, hold and follow up informational interviews: learn what a career is really like from the people who do the work. Everything stays on this computer.</source>
        <translation>Plan, hold and follow up informational interviews: learn what a career is really like from the people who do the work. Everything stays on this computer.</translation>
    </message>
</context>
<context>
    <name>AppearanceGroup</name>
    <message>
        <source>&amp;Follow the system</source>
        <translation>&amp;Follow the system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is; a high-contrast desktop gets high contrast</source>
        <translation>Light or dark as the desktop is; a high-contrast desktop gets high contrast</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Rank, ask, schedule</source>
        <translation>Rank, ask, schedule</translation>
    </message>
    <message>
        <source>Score each person on your criteria and put the people you most want to talk to first, then ask the top one for 20-30 minutes in person, by phone or by video. If they decline, thank them and ask the next.</source>
        <translation>Score each person on your criteria and put the people you most want to talk to first, then ask the top one for 20-30 minutes in person, by phone or by video. If they decline, thank them and ask the next.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Order by score</source>
        <translation>Order by score</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>Criteria…</translation>
    </message>
    <message>
        <source>Add, rename, remove or reorder the criteria</source>
        <translation>Add, rename, remove or reorder the criteria</translation>
    </message>
    <message>
        <source>Next to ask: %1</source>
        <translation>Next to ask: %1</translation>
    </message>
    <message>
        <source>Everyone on the shortlist has been asked.</source>
        <translation>Everyone on the shortlist has been asked.</translation>
    </message>
    <message>
        <source>Add contacts in step 2 to build your shortlist.</source>
        <translation>Add contacts in step 2 to build your shortlist.</translation>
    </message>
    <message>
        <source>Ranked by score</source>
        <translation>Ranked by score</translation>
    </message>
</context>
<context>
    <name>AskingPanel</name>
    <message>
        <source>Choose someone on the list to see what to do next.</source>
        <translation>Choose someone on the list to see what to do next.</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Backup of</source>
        <translation>Backup of</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Your data is as it was.</source>
        <translation>Your data is as it was.</translation>
    </message>
    <message>
        <source>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them.</source>
        <translation>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>There is no backup yet: use “Back up now” to make one.</source>
        <translation>There is no backup yet: use “Back up now” to make one.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Open backup folder</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <source>finish this with your backups</source>
        <translation>finish this with your backups</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Backing up your data…</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>No backup</source>
        <translation>No backup</translation>
    </message>
    <message>
        <source>The backup could not be made.</source>
        <translation>The backup could not be made.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>The backup was not restored.</translation>
    </message>
    <message>
        <source>No backup was made: canceled.</source>
        <translation>No backup was made: cancelled.</translation>
    </message>
    <message>
        <source>The restore was canceled; your data is as it was.</source>
        <translation>The restore was cancelled; your data is as it was.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>Restore the backup of %1?</translation>
    </message>
    <message>
        <source>Your data will be as it was then: what you changed since is replaced. %1 first backs up your data as it is now, so you can come back to it.</source>
        <translation>Your data will be as it was then: what you changed since is replaced. %1 first backs up your data as it is now, so you can come back to it.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restoring the backup of %1…</source>
        <translation>Restoring the backup of %1…</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Restored the backup of %1</translation>
    </message>
</context>
<context>
    <name>BulkWorkDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>finish “%1”</source>
        <translation>finish “%1”</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Cancel the work</translation>
    </message>
    <message>
        <source>Cancel stops it and changes nothing.</source>
        <translation>Cancel stops it and changes nothing.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>InfoView could not finish “%1”.</source>
        <translation>InfoView could not finish “%1”.</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Phone: no phone number saved: add it to the contact</source>
        <translation>Phone: no phone number saved: add it to the contact</translation>
    </message>
    <message>
        <source>When you called, what they said, when to call back…</source>
        <translation>When you called, what they said, when to call back…</translation>
    </message>
    <message>
        <source>I called and asked</source>
        <translation>I called and asked</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>What to say</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>Notes of the call</translation>
    </message>
</context>
<context>
    <name>CheckReportDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Your data is sound.</source>
        <translation>Your data is sound.</translation>
    </message>
    <message>
        <source>SQLite checked the data file and the links between records, and %1 checked its own rules: everything is as it should be.</source>
        <translation>SQLite checked the data file and the links between records, and %1 checked its own rules: everything is as it should be.</translation>
    </message>
    <message>
        <source>The data file itself is damaged. Restore a recent backup (Tools &gt; Backups): %1 backs up your data as it is first, so nothing is lost by trying.</source>
        <translation>The data file itself is damaged. Restore a recent backup (Tools &gt; Backups): %1 backs up your data as it is first, so nothing is lost by trying.</translation>
    </message>
    <message>
        <source>Repaired:</source>
        <translation>Repaired:</translation>
    </message>
    <message>
        <source>Still to look at:</source>
        <translation>Still to look at:</translation>
    </message>
    <message>
        <source>The data file is damaged.</source>
        <translation>The data file is damaged.</translation>
    </message>
    <message>
        <source>Everything is repaired.</source>
        <translation>Everything is repaired.</translation>
    </message>
    <message>
        <source>Some things need you.</source>
        <translation>Some things need you.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>What the check found</translation>
    </message>
    <message>
        <source>check your data</source>
        <translation>check your data</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>The same check runs from the command line: infoview check [--fix].</source>
        <translation>The same check runs from the command line: infoview check [--fix].</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Checking your data…</translation>
    </message>
    <message>
        <source>SQLite checks the data file, then InfoView checks its own rules.</source>
        <translation>SQLite checks the data file, then InfoView checks its own rules.</translation>
    </message>
    <message>
        <source>The check could not be finished.</source>
        <translation>The check could not be finished.</translation>
    </message>
    <message>
        <source>The check was canceled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message>
        <source>Nothing was repaired.</source>
        <translation>Nothing was repaired.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Find professionals to interview</source>
        <translation>Find professionals to interview</translation>
    </message>
    <message>
        <source>Ask around: friends, family, professors, campus staff, professional organizations, networking sites and alumni programs. Note who introduced you: a mutual contact opens doors.</source>
        <translation>Ask around: friends, family, professors, campus staff, professional organisations, networking sites and alumni programmes. Note who introduced you: a mutual contact opens doors.</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Add a contact…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>No contacts in this field yet. Add the first person you could ask.</source>
        <translation>No contacts in this field yet. Add the first person you could ask.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in %1.</source>
        <translation>
            <numerusform>%n contact in %1.</numerusform>
            <numerusform>%n contacts in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contacts in %1 yet. Add the first person you could ask.</source>
        <translation>No contacts in %1 yet. Add the first person you could ask.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Score each contact from 0 to 5 on these criteria, in the table of contacts. The weight says how much a criterion counts in the score: 0 ignores it, 5 counts most. Scores follow each change at once.</source>
        <translation>Score each contact from 0 to 5 on these criteria, in the table of contacts. The weight says how much a criterion counts in the score: 0 ignores it, 5 counts most. Scores follow each change at once.</translation>
    </message>
    <message>
        <source>Criteria for %1</source>
        <translation>Criteria for %1</translation>
    </message>
    <message>
        <source>A new criterion, e.g. Works with data daily</source>
        <translation>A new criterion, e.g. Works with data daily</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add the criterion typed (Enter)</source>
        <translation>Add the criterion typed (Enter)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterion added</translation>
    </message>
    <message>
        <source>Remove a criterion</source>
        <translation>Remove a criterion</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Remove “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>You gave %n contact(s) a score on it: those scores are removed too, and the weighted scores follow.</source>
        <translation>
            <numerusform>You gave %n contact a score on it: those scores are removed too, and the weighted scores follow.</numerusform>
            <numerusform>You gave %n contacts a score on it: those scores are removed too, and the weighted scores follow.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterion removed</translation>
    </message>
    <message>
        <source>Not added yet</source>
        <translation>Not added yet</translation>
    </message>
    <message>
        <source>“%1” is typed but not added.</source>
        <translation>“%1” is typed but not added.</translation>
    </message>
    <message>
        <source>Add it before closing?</source>
        <translation>Add it before closing?</translation>
    </message>
    <message>
        <source>Add it</source>
        <translation>Add it</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>DaysBox</name>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> business day</numerusform>
            <numerusform> business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>To: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>To: %1 (no email address saved: add it in your mail program)</source>
        <translation>To: %1 (no email address saved: add it in your mail program)</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Open in mail program</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Your data is as it was, and so is any file of that name.</source>
        <translation>Your data is as it was, and so is any file of that name.</translation>
    </message>
    <message>
        <source>Contacts as CSV (spreadsheets and other programs)</source>
        <translation>Contacts as CSV (spreadsheets and other programs)</translation>
    </message>
    <message>
        <source>InfoView contacts</source>
        <translation>InfoView contacts</translation>
    </message>
    <message>
        <source>Contacts as vCard 4.0 (address books, phones)</source>
        <translation>Contacts as vCard 4.0 (address books, phones)</translation>
    </message>
    <message>
        <source>Scheduled interviews as a calendar file (.ics)</source>
        <translation>Scheduled interviews as a calendar file (.ics)</translation>
    </message>
    <message>
        <source>InfoView interviews</source>
        <translation>InfoView interviews</translation>
    </message>
    <message>
        <source>Everything, as a backup InfoView can restore (.json)</source>
        <translation>Everything, as a backup InfoView can restore (.json)</translation>
    </message>
    <message>
        <source>InfoView backup</source>
        <translation>InfoView backup</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard files (*.vcf)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>InfoView backups (*.json)</source>
        <translation>InfoView backups (*.json)</translation>
    </message>
    <message>
        <source>Any spreadsheet or address book can read it; InfoView reads it back.</source>
        <translation>Any spreadsheet or address book can read it; InfoView reads it back.</translation>
    </message>
    <message>
        <source>One file with every card; address books and phones import it.</source>
        <translation>One file with every card; address books and phones import it.</translation>
    </message>
    <message>
        <source>Every interview with a date and time, in one file your calendar program opens; exporting again updates the same events.</source>
        <translation>Every interview with a date and time, in one file your calendar program opens; exporting again updates the same events.</translation>
    </message>
    <message>
        <source>Every table, exactly: restore it into an empty data folder with File &gt; Import. Keep it somewhere safe: it holds all your notes.</source>
        <translation>Every table, exactly: restore it into an empty data folder with File &gt; Import. Keep it somewhere safe: it holds all your notes.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>All contacts (%1)</translation>
    </message>
    <message>
        <source>The selected contacts (%1)</source>
        <translation>The selected contacts (%1)</translation>
    </message>
    <message>
        <source>Made for a spreadsheet (Excel, LibreOffice, Numbers)</source>
        <translation>Made for a spreadsheet (Excel, LibreOffice, Numbers)</translation>
    </message>
    <message>
        <source>Adds a byte-order mark so that a spreadsheet shows accents correctly.</source>
        <translation>Adds a byte-order mark so that a spreadsheet shows accents correctly.</translation>
    </message>
    <message>
        <source>Cells as they are, for a program (not for a spreadsheet)</source>
        <translation>Cells as they are, for a program (not for a spreadsheet)</translation>
    </message>
    <message>
        <source>By default a cell starting with = + - @, a tab or a line break is written with a leading apostrophe, so that a spreadsheet shows it as text (+1-555-0100 stays +1-555-0100) and runs no formula; InfoView&apos;s own import removes it. Check this only for a program that reads the file.</source>
        <translation>By default a cell starting with = + - @, a tab or a line break is written with a leading apostrophe, so that a spreadsheet shows it as text (+1-555-0100 stays +1-555-0100) and runs no formula; InfoView&apos;s own import removes it. Check this only for a program that reads the file.</translation>
    </message>
    <message>
        <source>File to export to</source>
        <translation>File to export to</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Which contacts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>write this file</source>
        <translation>write this file</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choose a file to write.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message>
        <source>Choose a career field</source>
        <translation>Choose a career field</translation>
    </message>
    <message>
        <source>Pick the field to explore now, or add one. Research it first: read about the work, the pay and the path in, and note what only someone inside can tell you.</source>
        <translation>Pick the field to explore now, or add one. Research it first: read about the work, the pay and the path in, and note what only someone inside can tell you.</translation>
    </message>
    <message>
        <source>Career fields</source>
        <translation>Career fields</translation>
    </message>
    <message>
        <source>Add a career field…</source>
        <translation>Add a career field…</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Research notes</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Saved as you type. Links and lines to verify are under Career fields.</source>
        <translation>Saved as you type. Links and lines to verify are under Career fields.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Research notes on %1</source>
        <translation>Research notes on %1</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <source>Hand-over folder</source>
        <translation>Hand-over folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Choose the hand-over folder</source>
        <translation>Choose the hand-over folder</translation>
    </message>
</context>
<context>
    <name>GuideWizard</name>
    <message>
        <source>Back to Home</source>
        <translation>Back to Home</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over to another computer</source>
        <translation>Hand over to another computer</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>write the hand-over</source>
        <translation>write the hand-over</translation>
    </message>
    <message>
        <source>Your data is as it was.</source>
        <translation>Your data is as it was.</translation>
    </message>
    <message>
        <source>Write a copy of your data into a folder that goes with you to the other computer: a synced folder (Dropbox, OneDrive, Syncthing…) or a USB stick. The copy is checked before it is kept. On the other computer, choose File &gt; Take over from another computer… and the same folder.</source>
        <translation>Write a copy of your data into a folder that goes with you to the other computer: a synced folder (Dropbox, OneDrive, Syncthing…) or a USB stick. The copy is checked before it is kept. On the other computer, choose File &gt; Take over from another computer… and the same folder.</translation>
    </message>
    <message>
        <source>Choose a folder that exists first.</source>
        <translation>Choose a folder that exists first.</translation>
    </message>
    <message>
        <source>Writing the hand-over…</source>
        <translation>Writing the hand-over…</translation>
    </message>
    <message>
        <source>Handed over (%1). On the other computer, choose File &gt; Take over from another computer… and this folder.</source>
        <translation>Handed over (%1). On the other computer, choose File &gt; Take over from another computer… and this folder.</translation>
    </message>
    <message>
        <source>The hand-over that was in the folder came from another computer and was never taken over here: it is kept in Tools &gt; Backups.</source>
        <translation>The hand-over that was in the folder came from another computer and was never taken over here: it is kept in Tools &gt; Backups.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>The hand-over could not be written.</source>
        <translation>The hand-over could not be written.</translation>
    </message>
    <message>
        <source>Canceled: no hand-over was written.</source>
        <translation>Cancelled: no hand-over was written.</translation>
    </message>
</context>
<context>
    <name>HelpGuideDialog</name>
    <message>
        <source>Choose a career field</source>
        <translation>Choose a career field</translation>
    </message>
    <message>
        <source>Pick a field to explore and research it first: the work, the pay and the path in. Note what only someone inside can tell you.</source>
        <translation>Pick a field to explore and research it first: the work, the pay and the path in. Note what only someone inside can tell you.</translation>
    </message>
    <message>
        <source>Find professionals to interview</source>
        <translation>Find professionals to interview</translation>
    </message>
    <message>
        <source>Ask friends, family, teachers, alumni and networking sites. Note who introduced you: a mutual contact opens doors.</source>
        <translation>Ask friends, family, teachers, alumni and networking sites. Note who introduced you: a mutual contact opens doors.</translation>
    </message>
    <message>
        <source>Rank, ask, schedule</source>
        <translation>Rank, ask, schedule</translation>
    </message>
    <message>
        <source>Score each person on your criteria, then ask the top one for 20-30 minutes. No answer after a few business days? Ask the next person.</source>
        <translation>Score each person on your criteria, then ask the top one for 20-30 minutes. No answer after a few business days? Ask the next person.</translation>
    </message>
    <message>
        <source>Prepare questions</source>
        <translation>Prepare questions</translation>
    </message>
    <message>
        <source>Choose questions that fit how decided you are, put the ones you most want answered first, and print the question sheet.</source>
        <translation>Choose questions that fit how decided you are, put the ones you most want answered first, and print the question sheet.</translation>
    </message>
    <message>
        <source>Hold the interview</source>
        <translation>Hold the interview</translation>
    </message>
    <message>
        <source>Keep to the time you asked for and take notes. At the end, ask how to stay in touch and who else you could talk to.</source>
        <translation>Keep to the time you asked for and take notes. At the end, ask how to stay in touch and who else you could talk to.</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Say thank you</translation>
    </message>
    <message>
        <source>Send a thank-you within a day, naming something they said that helped. A note card or a letter can follow.</source>
        <translation>Send a thank-you within a day, naming something they said that helped. A note card or a letter can follow.</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>Mark answered and go to the next question</source>
        <translation>Mark answered and go to the next question</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Start the clock</translation>
    </message>
    <message>
        <source>End the interview</source>
        <translation>End the interview</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Business card</translation>
    </message>
    <message>
        <source>They suggested someone: add that person</source>
        <translation>They suggested someone: add that person</translation>
    </message>
    <message>
        <source>Print the notes</source>
        <translation>Print the notes</translation>
    </message>
    <message>
        <source>Save the notes as PDF</source>
        <translation>Save the notes as PDF</translation>
    </message>
    <message>
        <source>Close interview mode</source>
        <translation>Close interview mode</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Contacts table</source>
        <translation>Contacts table</translation>
    </message>
    <message>
        <source>Open the contact</source>
        <translation>Open the contact</translation>
    </message>
    <message>
        <source>Delete the selected contacts</source>
        <translation>Delete the selected contacts</translation>
    </message>
    <message>
        <source>Move the selected contacts up or down the ranking</source>
        <translation>Move the selected contacts up or down the ranking</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <source>Add the selected questions to the list</source>
        <translation>Add the selected questions to the list</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Move the criterion up or down</source>
        <translation>Move the criterion up or down</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Anywhere in the window</translation>
    </message>
    <message>
        <source>Career fields list</source>
        <translation>Career fields list</translation>
    </message>
    <message>
        <source>Interview mode</source>
        <translation>Interview mode</translation>
    </message>
    <message>
        <source>How %1 works</source>
        <translation>How %1 works</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>%1 guide</source>
        <translation>%1 guide</translation>
    </message>
    <message>
        <source>Guide and shortcuts</source>
        <translation>Guide and shortcuts</translation>
    </message>
</context>
<context>
    <name>HolidayChoice</name>
    <message>
        <source>None: weekends only</source>
        <translation>None: weekends only</translation>
    </message>
    <message>
        <source>The whole country (national holidays)</source>
        <translation>The whole country (national holidays)</translation>
    </message>
    <message>
        <source>Follow-ups and keep-in-touch reminders count business days: weekdays that are not public holidays where you live.</source>
        <translation>Follow-ups and keep-in-touch reminders count business days: weekdays that are not public holidays where you live.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <translation>When</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Hold the interview</source>
        <translation>Hold the interview</translation>
    </message>
    <message>
        <source>Keep to the time you asked for, take notes, and at the end thank them, ask how to stay in touch and who else you could talk to. Interview mode has a short checklist for each kind of meeting: in person, phone, video or email.</source>
        <translation>Keep to the time you asked for, take notes, and at the end thank them, ask how to stay in touch and who else you could talk to. Interview mode has a short checklist for each kind of meeting: in person, phone, video or email.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Start interview</translation>
    </message>
    <message>
        <source>Open interview mode, full screen (Enter)</source>
        <translation>Open interview mode, full screen (Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) scheduled. Choose one and press Start when you sit down with the person.</source>
        <translation>
            <numerusform>%n interview scheduled. Choose one and press Start when you sit down with the person.</numerusform>
            <numerusform>%n interviews scheduled. Choose one and press Start when you sit down with the person.</numerusform>
        </translation>
    </message>
    <message>
        <source>No interview scheduled yet: once a request is accepted, schedule it in step 3.</source>
        <translation>No interview scheduled yet: once a request is accepted, schedule it in step 3.</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Open notes</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Use the current language</source>
        <translation>Use the current language</translation>
    </message>
    <message>
        <source>Put the questions from the bank in the language InfoView speaks now. Questions you wrote or reworded stay as they are.</source>
        <translation>Put the questions from the bank in the language InfoView speaks now. Questions you wrote or reworded stay as they are.</translation>
    </message>
    <message>
        <source>The questions from the bank are already in the current language.</source>
        <translation>The questions from the bank are already in the current language.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) now in the current language: Edit &gt; Undo goes back.</source>
        <translation>
            <numerusform>%n question now in the current language: Edit &gt; Undo goes back.</numerusform>
            <numerusform>%n questions now in the current language: Edit &gt; Undo goes back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) you reworded kept as you wrote them.</source>
        <translation>
            <numerusform>%n question you reworded kept as you wrote it.</numerusform>
            <numerusform>%n questions you reworded kept as you wrote them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>%1 (partly translated)</source>
        <translation>%1 (partly translated)</translation>
    </message>
    <message>
        <source>InfoView speaks the language chosen here from the next time it starts.</source>
        <translation>InfoView speaks the language chosen here from the next time it starts.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferences saved</translation>
    </message>
    <message>
        <source>Preferences saved. InfoView follows the system&apos;s language from its next start.</source>
        <translation>Preferences saved. InfoView follows the system&apos;s language from its next start.</translation>
    </message>
    <message>
        <source>Preferences saved. InfoView speaks %1 from its next start.</source>
        <translation>Preferences saved. InfoView speaks %1 from its next start.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link to “%1”</source>
        <translation>Add a link to “%1”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>https://www.bls.gov/ooh/…</source>
        <translation>https://nationalcareers.service.gov.uk/…</translation>
    </message>
    <message>
        <source>Optional: what the page is about</source>
        <translation>Optional: what the page is about</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>LinksBox</name>
    <message>
        <source>Link not opened</source>
        <translation>Link not opened</translation>
    </message>
    <message>
        <source>InfoView opens only web pages (http:// or https://), so this link was not opened. Remove it, and add the page&apos;s web address instead.</source>
        <translation>InfoView opens only web pages (http:// or https://), so this link was not opened. Remove it, and add the page&apos;s web address instead.</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Add link…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
        <translation>No mail program opened this email.</translation>
    </message>
    <message>
        <source>This computer has no mail program set up for email links. Copy the email and paste it into a new message in the mail you use (in a browser or an app): the address, the subject and the text come with it.</source>
        <translation>This computer has no mail program set up for email links. Copy the email and paste it into a new message in the mail you use (in a browser or an app): the address, the subject and the text come with it.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>No mail program</translation>
    </message>
    <message>
        <source>Copy the email</source>
        <translation>Copy the email</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Possible &amp;duplicates…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Your &amp;profile…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>P&amp;references…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>&amp;Check database…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Guide and shortcuts</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Report a problem…</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;About %1</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find in this view</source>
        <translation>&amp;Find in this view</translation>
    </message>
    <message>
        <source>Add ta&amp;g…</source>
        <translation>Add ta&amp;g…</translation>
    </message>
    <message>
        <source>Remo&amp;ve tag…</source>
        <translation>Remo&amp;ve tag…</translation>
    </message>
    <message>
        <source>Rena&amp;me tag…</source>
        <translation>Rena&amp;me tag…</translation>
    </message>
    <message>
        <source>&amp;Hand over to another computer…</source>
        <translation>&amp;Hand over to another computer…</translation>
    </message>
    <message>
        <source>&amp;Take over from another computer…</source>
        <translation>&amp;Take over from another computer…</translation>
    </message>
    <message>
        <source>Another computer handed over newer data: File &gt; Take over from another computer…</source>
        <translation>Another computer handed over newer data: File &gt; Take over from another computer…</translation>
    </message>
    <message>
        <source>Your data is in a synced folder</source>
        <translation>Your data is in a synced folder</translation>
    </message>
    <message>
        <source>InfoView keeps your data in %1, a folder that %2 copies between computers.</source>
        <translation>InfoView keeps your data in %1, a folder that %2 copies between computers.</translation>
    </message>
    <message>
        <source>The data of an open program must not be in a synced folder: %1 can copy the file while InfoView writes to it, and the copies on two computers can undo each other&apos;s changes or damage the file. Move the data folder out of the synced folder (start InfoView with --data-dir, or set INFOVIEW_DATA_DIR), and carry your data with File &gt; Hand over to another computer… instead.</source>
        <translation>The data of an open program must not be in a synced folder: %1 can copy the file while InfoView writes to it, and the copies on two computers can undo each other&apos;s changes or damage the file. Move the data folder out of the synced folder (start InfoView with --data-dir, or set INFOVIEW_DATA_DIR), and carry your data with File &gt; Hand over to another computer… instead.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Research notes</source>
        <translation>Research notes</translation>
    </message>
    <message>
        <source>What the work is, the pay, the path in, what you read and where…
One idea a line: select the lines only an insider can answer and mark them to verify in an interview.</source>
        <translation>What the work is, the pay, the path in, what you read and where…
One idea a line: select the lines only an insider can answer and mark them to verify in an interview.</translation>
    </message>
    <message>
        <source>Your research notes</source>
        <translation>Your research notes</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
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
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Compact (three lines a question)</source>
        <translation>Compact (three lines a question)</translation>
    </message>
    <message>
        <source>Roomy (seven lines a question)</source>
        <translation>Roomy (seven lines a question)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of InfoView</source>
        <translation>Language of InfoView</translation>
    </message>
    <message>
        <source>Question sheets</source>
        <translation>Question sheets</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Room for notes</source>
        <translation>Room for notes</translation>
    </message>
    <message>
        <source>Requests without an answer</source>
        <translation>Requests without an answer</translation>
    </message>
    <message>
        <source>Suggest asking the next person after</source>
        <translation>Suggest asking the next person after</translation>
    </message>
    <message>
        <source>Suggest one polite follow-up after</source>
        <translation>Suggest one polite follow-up after</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Welcome to InfoView. Tell us a little about yourself: your details fill the request emails, thank-you notes, letters and question sheets. You can change them later from Settings &gt; Your profile.</source>
        <translation>Welcome to InfoView. Tell us a little about yourself: your details fill the request emails, thank-you notes, letters and question sheets. You can change them later from Settings &gt; Your profile.</translation>
    </message>
    <message>
        <source>Your details fill the request emails, thank-you notes, letters and question sheets.</source>
        <translation>Your details fill the request emails, thank-you notes, letters and question sheets.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>School, college or employer</source>
        <translation>School, college or employer</translation>
    </message>
    <message>
        <source>Street, city, ZIP code: the letters&apos; sender address</source>
        <translation>Street, town, postcode: the letters&apos; sender address</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>YYYY-MM</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Not sure yet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>School or organization</source>
        <translation>School or organisation</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Expected graduation</source>
        <translation>Expected graduation</translation>
    </message>
    <message>
        <source>How decided are you?</source>
        <translation>How decided are you?</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Skip for now</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add your own question</source>
        <translation>Add your own question</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>What would you most like to know?</source>
        <translation>What would you most like to know?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>A built-in question keeps its topic.</source>
        <translation>A built-in question keeps its topic.</translation>
    </message>
    <message>
        <source>Restore the original wording and close</source>
        <translation>Restore the original wording and close</translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Prepare questions</source>
        <translation>Prepare questions</translation>
    </message>
    <message>
        <source>Choose the questions that fit how decided you are and how close you are to graduating, and put the ones you most want answered first.</source>
        <translation>Choose the questions that fit how decided you are and how close you are to graduating, and put the ones you most want answered first.</translation>
    </message>
    <message>
        <source>Questions for</source>
        <translation>Questions for</translation>
    </message>
    <message>
        <source>Choose a career field in step 1 first.</source>
        <translation>Choose a career field in step 1 first.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>It may have been moved or deleted outside %1.</source>
        <translation>It may have been moved or deleted outside %1.</translation>
    </message>
    <message>
        <source>%1 has not changed it. When you restore a backup, the damaged file is kept beside it under a new name: nothing is deleted.</source>
        <translation>%1 has not changed it. When you restore a backup, the damaged file is kept beside it under a new name: nothing is deleted.</translation>
    </message>
    <message>
        <source>Choose a backup to restore. The newest is selected.</source>
        <translation>Choose a backup to restore. The newest is selected.</translation>
    </message>
    <message>
        <source>There is no backup to restore. You can quit and keep the file as it is (someone who knows SQLite may be able to rescue it), or start with no data.</source>
        <translation>There is no backup to restore. You can quit and keep the file as it is (someone who knows SQLite may be able to rescue it), or start with no data.</translation>
    </message>
    <message>
        <source>%1: your data needs attention</source>
        <translation>%1: your data needs attention</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Start with no data…</source>
        <translation>Start with no data…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Your data file is missing</source>
        <translation>Your data file is missing</translation>
    </message>
    <message>
        <source>%1 cannot open your data</source>
        <translation>%1 cannot open your data</translation>
    </message>
    <message>
        <source>The damaged file is kept in %1 as %2.</source>
        <translation>The damaged file is kept in %1 as %2.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>The backup could not be restored.</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Restored the backup of %1.</translation>
    </message>
    <message>
        <source>%1 will open empty. Your backups stay in the backups folder.</source>
        <translation>%1 will open empty. Your backups stay in the backups folder.</translation>
    </message>
    <message>
        <source>%1 will open empty. The damaged file is kept in the data folder under a new name. Your backups stay in the backups folder.</source>
        <translation>%1 will open empty. The damaged file is kept in the data folder under a new name. Your backups stay in the backups folder.</translation>
    </message>
    <message>
        <source>Start with no data</source>
        <translation>Start with no data</translation>
    </message>
    <message>
        <source>Start with no data?</source>
        <translation>Start with no data?</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>The damaged file could not be moved aside.</source>
        <translation>The damaged file could not be moved aside.</translation>
    </message>
    <message>
        <source>Started with no data.</source>
        <translation>Started with no data.</translation>
    </message>
</context>
<context>
    <name>RenameFieldDialog</name>
    <message>
        <source>Rename career field “%1”</source>
        <translation>Rename career field “%1”</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
</context>
<context>
    <name>ReportProblemDialog</name>
    <message>
        <source>If something went wrong, send us this text with a few words about what you were doing. It holds no names, email addresses, notes or drafts: %1 names your records by their number only. The log folder keeps the older lines too.</source>
        <translation>If something went wrong, send us this text with a few words about what you were doing. It holds no names, email addresses, notes or drafts: %1 names your records by their number only. The log folder keeps the older lines too.</translation>
    </message>
    <message>
        <source>(the log is empty)</source>
        <translation>(the log is empty)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>The last lines of %1:</source>
        <translation>The last lines of %1:</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>Text to send</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>RequestChecker</name>
    <message>
        <source>Before you send</source>
        <translation>Before you send</translation>
    </message>
    <message>
        <source>Short and specific works best: who you are, why them, and one clear question.</source>
        <translation>Short and specific works best: who you are, why them, and one clear question.</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n word (aim under %1)</numerusform>
            <numerusform>%n words (aim under %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Words about jobs or hiring: %1. Ask to learn, not for a job.</source>
        <translation>Words about jobs or hiring: %1. Ask to learn, not for a job.</translation>
    </message>
    <message>
        <source>No words about jobs or hiring</source>
        <translation>No words about jobs or hiring</translation>
    </message>
    <message>
        <source>Names the connection</source>
        <translation>Names the connection</translation>
    </message>
    <message>
        <source>Say who introduced you or how you found them</source>
        <translation>Say who introduced you or how you found them</translation>
    </message>
    <message>
        <source>Ends with a question</source>
        <translation>Ends with a question</translation>
    </message>
    <message>
        <source>End with a question, such as asking for a time</source>
        <translation>End with a question, such as asking for a time</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Ask %1 for an informational interview</source>
        <translation>Ask %1 for an informational interview</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>I sent it</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Start again from a new draft? What you wrote in this one is replaced.</source>
        <translation>Start again from a new draft? What you wrote in this one is replaced.</translation>
    </message>
    <message>
        <source>Keep my draft</source>
        <translation>Keep my draft</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Start again?</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Address, building and room</source>
        <translation>Address, building and room</translation>
    </message>
    <message>
        <source>The number to call, and who calls whom</source>
        <translation>The number to call, and who calls whom</translation>
    </message>
    <message>
        <source>Link to the video call (https://…)</source>
        <translation>Link to the video call (https://…)</translation>
    </message>
    <message>
        <source>The email address to write to</source>
        <translation>The email address to write to</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Interview with %1</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <source>The interview is saved as it was.</source>
        <translation>The interview is saved as it was.</translation>
    </message>
    <message>
        <source>save the calendar file %1</source>
        <translation>save the calendar file %1</translation>
    </message>
    <message>
        <source>Schedule the interview with %1</source>
        <translation>Schedule the interview with %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>When and where will you talk with %1?</source>
        <translation>When and where will you talk with %1?</translation>
    </message>
    <message>
        <source>Save and add to calendar…</source>
        <translation>Save and add to calendar…</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>No time yet</translation>
    </message>
    <message>
        <source>Mark %1 as accepted; schedule later</source>
        <translation>Mark %1 as accepted; schedule later</translation>
    </message>
    <message>
        <source>ddd MMM d, yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Place or link</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/London.</source>
        <translation>Choose a time zone from the list, such as Europe/London.</translation>
    </message>
    <message>
        <source>The clocks go forward at this time that day: pick another time.</source>
        <translation>The clocks go forward at this time that day: pick another time.</translation>
    </message>
    <message>
        <source>This time happens twice that day (clocks go back): the first is used.</source>
        <translation>This time happens twice that day (clocks go back): the first is used.</translation>
    </message>
    <message>
        <source>Add the link to the video call when they send it.</source>
        <translation>Add the link to the video call when they send it.</translation>
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
        <translation>Step %1 of 6 · %2</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <source>Take over from another computer</source>
        <translation>Take over from another computer</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Keep my data</translation>
    </message>
    <message>
        <source>take over the data</source>
        <translation>take over the data</translation>
    </message>
    <message>
        <source>Your data is as it was.</source>
        <translation>Your data is as it was.</translation>
    </message>
    <message>
        <source>Open the data another computer handed over into a folder. Your data here is kept as a backup first, listed in Tools &gt; Backups.</source>
        <translation>Open the data another computer handed over into a folder. Your data here is kept as a backup first, listed in Tools &gt; Backups.</translation>
    </message>
    <message>
        <source>Looking at the hand-over…</source>
        <translation>Looking at the hand-over…</translation>
    </message>
    <message>
        <source>Use the hand-over</source>
        <translation>Use the hand-over</translation>
    </message>
    <message>
        <source>There is no hand-over in this folder.</source>
        <translation>There is no hand-over in this folder.</translation>
    </message>
    <message>
        <source>This folder holds the hand-over from “%1” of %2, newer than your data here, which has not changed since. Take it over? Your data here is kept as a backup.</source>
        <translation>This folder holds the hand-over from “%1” of %2, newer than your data here, which has not changed since. Take it over? Your data here is kept as a backup.</translation>
    </message>
    <message>
        <source>This folder holds the hand-over from “%1” of %2, but your data here has changes that it does not hold. Choose which to keep: the other is kept as a backup, listed in Tools &gt; Backups.</source>
        <translation>This folder holds the hand-over from “%1” of %2, but your data here has changes that it does not hold. Choose which to keep: the other is kept as a backup, listed in Tools &gt; Backups.</translation>
    </message>
    <message>
        <source>Your data here already holds the hand-over from “%1” of %2: there is nothing newer to take over.</source>
        <translation>Your data here already holds the hand-over from “%1” of %2: there is nothing newer to take over.</translation>
    </message>
    <message>
        <source>Took over the hand-over from “%1” of %2</source>
        <translation>Took over the hand-over from “%1” of %2</translation>
    </message>
    <message>
        <source>Taking over the hand-over…</source>
        <translation>Taking over the hand-over…</translation>
    </message>
    <message>
        <source>Keeping the hand-over as a backup…</source>
        <translation>Keeping the hand-over as a backup…</translation>
    </message>
    <message>
        <source>Your data is kept; the hand-over is a backup now</source>
        <translation>Your data is kept; the hand-over is a backup now</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>Not taken over</translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
    <message>
        <source>Say thank you</source>
        <translation>Say thank you</translation>
    </message>
    <message>
        <source>Send a thank-you email no later than one day after the interview, naming something they said that helped. A note card or a letter can follow.</source>
        <translation>Send a thank-you email no later than one day after the interview, naming something they said that helped. A note card or a letter can follow.</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Write thank-you…</translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you email(s) to send, %1 overdue.</source>
        <translation>
            <numerusform>%n thank-you email to send, %1 overdue.</numerusform>
            <numerusform>%n thank-you emails to send, %1 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thank-you email(s) to send.</source>
        <translation>
            <numerusform>%n thank-you email to send.</numerusform>
            <numerusform>%n thank-you emails to send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every interview has been thanked. A note card or a letter can still follow.</source>
        <translation>Every interview has been thanked. A note card or a letter can still follow.</translation>
    </message>
    <message>
        <source>No interview held yet: after an interview, its thank-you appears here.</source>
        <translation>No interview held yet: after an interview, its thank-you appears here.</translation>
    </message>
    <message>
        <source>Ask %1…</source>
        <translation>Ask %1…</translation>
    </message>
    <message>
        <source>Go on with %1</source>
        <translation>Go on with %1</translation>
    </message>
    <message>
        <source>What next: ask the next person on your list, or go on with another field.</source>
        <translation>What next: ask the next person on your list, or go on with another field.</translation>
    </message>
    <message>
        <source>What next: find more people to talk to (step 2), or add a field (step 1).</source>
        <translation>What next: find more people to talk to (step 2), or add a field (step 1).</translation>
    </message>
</context>
<context>
    <name>TypingDialog</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>What you typed here is not saved. Close and lose it?</translation>
    </message>
</context>
<context>
    <name>UnusableBackups</name>
    <message numerus="yes">
        <source>%n other backup(s) did not pass their check and are not shown.</source>
        <translation>
            <numerusform>%n other backup did not pass its check and is not shown.</numerusform>
            <numerusform>%n other backups did not pass their check and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyBox</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>To verify in an interview</source>
        <translation>To verify in an interview</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Career fields</source>
        <translation>Career fields</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>What I learned</translation>
    </message>
</context>
<context>
    <name>WorkPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Cancel the work</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>
