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
    <name>AccountsDialog</name>
    <message>
        <source>All contacts</source>
        <translation>All contacts</translation>
    </message>
    <message>
        <source>The contacts of one career field</source>
        <translation>The contacts of one career field</translation>
    </message>
    <message>
        <source>The contacts with one tag</source>
        <translation>The contacts with one tag</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Your interviews in your calendar and your contacts in your address book, on your phone and your other computers: %1 syncs with an account on a CalDAV/CardDAV server (Nextcloud, Fastmail, iCloud, a Radicale at home…).</source>
        <translation>Your interviews in your calendar and your contacts in your address book, on your phone and your other computers: %1 syncs with an account on a CalDAV/CardDAV server (Nextcloud, Fastmail, iCloud, a Radicale at home…).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>reach the account</source>
        <translation>reach the account</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>Remove account…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>example.org or https://dav.example.org/</source>
        <translation>example.org or https://dav.example.org/</translation>
    </message>
    <message>
        <source>or an app password</source>
        <translation>or an app password</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>The password is kept in memory until you quit %1, never saved: %1 asks for it once each time it starts.</source>
        <translation>The password is kept in memory until you quit %1, never saved: %1 asks for it once each time it starts.</translation>
    </message>
    <message>
        <source>Calendar and address book</source>
        <translation>Calendar and address book</translation>
    </message>
    <message>
        <source>Thank-yous due and keep-in-touch reminders as tasks</source>
        <translation>Thank-yous due and keep-in-touch reminders as tasks</translation>
    </message>
    <message>
        <source>Interviews in</source>
        <translation>Interviews in</translation>
    </message>
    <message>
        <source>Contacts in</source>
        <translation>Contacts in</translation>
    </message>
    <message>
        <source>Contacts to keep in the address book</source>
        <translation>Contacts to keep in the address book</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <source>Career field</source>
        <translation>Career field</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Only when I ask</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sync every</translation>
    </message>
    <message>
        <source>While %1 is open. Tools &gt; Sync now (F5) syncs at once.</source>
        <translation>While %1 is open. Tools &gt; Sync now (F5) syncs at once.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice.</source>
        <translation>
            <numerusform>%n change from the sync waits for your choice.</numerusform>
            <numerusform>%n changes from the sync wait for your choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new calendar named “InfoView”</source>
        <translation>A new calendar named “InfoView”</translation>
    </message>
    <message>
        <source>A new address book named “InfoView”</source>
        <translation>A new address book named “InfoView”</translation>
    </message>
    <message>
        <source>None: no interviews in a calendar</source>
        <translation>None: no interviews in a calendar</translation>
    </message>
    <message>
        <source>None: no contacts in an address book</source>
        <translation>None: no contacts in an address book</translation>
    </message>
    <message>
        <source>Type the server&apos;s address.</source>
        <translation>Type the server&apos;s address.</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar(s)</source>
        <translation>
            <numerusform>%n calendar</numerusform>
            <numerusform>%n calendars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address book(s)</source>
        <translation>
            <numerusform>%n address book</numerusform>
            <numerusform>%n address books</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected: %1 and %2.</source>
        <translation>Connected: %1 and %2.</translation>
    </message>
    <message>
        <source>Stopped: nothing was changed.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
    <message>
        <source>Making the calendar and address book…</source>
        <translation>Making the calendar and address book…</translation>
    </message>
    <message>
        <source>Connect, then choose a calendar or an address book to sync with.</source>
        <translation>Connect, then choose a calendar or an address book to sync with.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Stop syncing with this account?</source>
        <translation>Stop syncing with this account?</translation>
    </message>
    <message>
        <source>%1 forgets the account. Nothing is deleted: your contacts and interviews stay here, and the calendar and address book stay on the server.</source>
        <translation>%1 forgets the account. Nothing is deleted: your contacts and interviews stay here, and the calendar and address book stay on the server.</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Account removed</translation>
    </message>
</context>
<context>
    <name>AddTagsDialog</name>
    <message>
        <source>Add tags</source>
        <translation>Add tags</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message numerus="yes">
        <source>Tags to give the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Tags to give the %Ln selected contact:</numerusform>
            <numerusform>Tags to give the %Ln selected contacts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Type a tag to add.</source>
        <translation>Type a tag to add.</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <source>THANK-YOU</source>
        <translation>THANK-YOU</translation>
    </message>
    <message>
        <source>INTERVIEW</source>
        <translation>INTERVIEW</translation>
    </message>
    <message>
        <source>REQUEST</source>
        <translation>REQUEST</translation>
    </message>
    <message>
        <source>DECLINED</source>
        <translation>DECLINED</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>ASK</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
</context>
<context>
    <name>AnswerRow</name>
    <message>
        <source>Unstar the answer of %1</source>
        <translation>Unstar the answer of %1</translation>
    </message>
    <message>
        <source>Unstar this answer</source>
        <translation>Unstar this answer</translation>
    </message>
    <message>
        <source>Star the answer of %1</source>
        <translation>Star the answer of %1</translation>
    </message>
    <message>
        <source>Star this answer</source>
        <translation>Star this answer</translation>
    </message>
    <message>
        <source>Answer starred</source>
        <translation>Answer starred</translation>
    </message>
    <message>
        <source>Star taken away</source>
        <translation>Star taken away</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Nothing learned about %1 yet: once an interview is held, what you noted under each question appears here, grouped by topic.</source>
        <translation>Nothing learned about %1 yet: once an interview is held, what you noted under each question appears here, grouped by topic.</translation>
    </message>
    <message>
        <source>Research to verify</source>
        <translation>Research to verify</translation>
    </message>
</context>
<context>
    <name>AppEvents</name>
    <message>
        <source>%1 — Edit &gt; Undo brings it back</source>
        <translation>%1 — Edit &gt; Undo brings it back</translation>
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
    <name>AskingFlow</name>
    <message>
        <source>Ask by email…</source>
        <translation>Ask by email…</translation>
    </message>
    <message>
        <source>Call…</source>
        <translation>Call…</translation>
    </message>
    <message>
        <source>They accepted…</source>
        <translation>They accepted…</translation>
    </message>
    <message>
        <source>They declined…</source>
        <translation>They declined…</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>No reply yet</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>They can&apos;t after all…</source>
        <translation>They can&apos;t after all…</translation>
    </message>
    <message>
        <source>Add to calendar…</source>
        <translation>Add to calendar…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>They canceled…</source>
        <translation>They cancelled…</translation>
    </message>
    <message>
        <source>Ask %1 now</source>
        <translation>Ask %1 now</translation>
    </message>
    <message>
        <source>Not asked yet.</source>
        <translation>Not asked yet.</translation>
    </message>
    <message>
        <source>Declined. You thanked them on %1.</source>
        <translation>Declined. You thanked them on %1.</translation>
    </message>
    <message>
        <source>Accepted: agree on a time with them, then schedule it.</source>
        <translation>Accepted: agree a time with them, then schedule it.</translation>
    </message>
    <message>
        <source>Declined. Thank them for replying, and ask the next person.</source>
        <translation>Declined. Thank them for replying, and ask the next person.</translation>
    </message>
    <message>
        <source>Interview held: send your thank-you (step 6).</source>
        <translation>Interview held: send your thank-you (step 6).</translation>
    </message>
    <message>
        <source>Interview held and thanked.</source>
        <translation>Interview held and thanked.</translation>
    </message>
    <message>
        <source>Scheduled: %1, in person.</source>
        <translation>Scheduled: %1, in person.</translation>
    </message>
    <message>
        <source>Scheduled: %1, by phone.</source>
        <translation>Scheduled: %1, by phone.</translation>
    </message>
    <message>
        <source>Scheduled: %1, video call.</source>
        <translation>Scheduled: %1, video call.</translation>
    </message>
    <message>
        <source>Scheduled: %1, by email.</source>
        <translation>Scheduled: %1, by email.</translation>
    </message>
    <message>
        <source>Scheduled: %1, interview.</source>
        <translation>Scheduled: %1, interview.</translation>
    </message>
    <message>
        <source>Asked today.</source>
        <translation>Asked today.</translation>
    </message>
    <message numerus="yes">
        <source>Asked on %1, %Ln business day(s) ago.</source>
        <translation>
            <numerusform>Asked on %1, %Ln business day ago.</numerusform>
            <numerusform>Asked on %1, %Ln business days ago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked on %1.</source>
        <translation>Asked on %1.</translation>
    </message>
    <message>
        <source>Followed up on %1.</source>
        <translation>Followed up on %1.</translation>
    </message>
    <message>
        <source>Give them time to reply.</source>
        <translation>Give them time to reply.</translation>
    </message>
    <message>
        <source>Request to %1 marked as sent</source>
        <translation>Request to %1 marked as sent</translation>
    </message>
    <message>
        <source>Call recorded: request marked as asked</source>
        <translation>Call recorded: request marked as asked</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 accepted</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Interview scheduled</translation>
    </message>
    <message>
        <source>Thanks recorded; marked as declined</source>
        <translation>Thanks recorded; marked as declined</translation>
    </message>
    <message>
        <source>Follow-up recorded</source>
        <translation>Follow-up recorded</translation>
    </message>
    <message>
        <source>No reply from %1 yet</source>
        <translation>No reply from %1 yet</translation>
    </message>
    <message>
        <source>Saved %1: open it to add the interview to your calendar</source>
        <translation>Saved %1: open it to add the interview to your calendar</translation>
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
        <source>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them, and so are the two kinds a hand-over keeps: “Before a take-over” (your data before you took over another computer&apos;s) and “From another computer” (the other computer&apos;s data, when you kept yours).</source>
        <translation>%1 backs up your data by itself: when it starts (if anything changed since the last time), before an upgrade, before an import and before a restore. It keeps every backup of the last two days, then one a day, one a week and one a month, going back about a year. The backups you make here are kept until you delete them, and so are the two kinds a hand-over keeps: “Before a take-over” (your data before you took over another computer&apos;s) and “From another computer” (the other computer&apos;s data, when you kept yours).</translation>
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
    <name>BankManager</name>
    <message>
        <source>Questions in the bank</source>
        <translation>Questions in the bank</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Search the bank</source>
        <translation>Search the bank</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Search the question bank</translation>
    </message>
    <message>
        <source>Show hidden questions</source>
        <translation>Show hidden questions</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Question added to your bank</source>
        <translation>Question added to your bank</translation>
    </message>
    <message>
        <source>Question saved</source>
        <translation>Question saved</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n question(s)</source>
        <translation>
            <numerusform>Hide question</numerusform>
            <numerusform>Hide %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown in the bank again</source>
        <translation>Shown in the bank again</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n question(s)</source>
        <translation>
            <numerusform>Delete question</numerusform>
            <numerusform>Delete %n questions</numerusform>
        </translation>
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
    <name>BusinessCardDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
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
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>All files (%1)</translation>
    </message>
    <message>
        <source>Choose a photo or scan of the card</source>
        <translation>Choose a photo or scan of the card</translation>
    </message>
    <message>
        <source>(nothing stored)</source>
        <translation>(nothing stored)</translation>
    </message>
    <message>
        <source>Business card of %1</source>
        <translation>Business card of %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Type in what the card says. The contact&apos;s details are shown grayed in each box.</source>
        <translation>Type in what the card says. The contact&apos;s details are shown greyed in each box.</translation>
    </message>
    <message>
        <source>Card of %1</source>
        <translation>Card of %1</translation>
    </message>
    <message>
        <source>Choose a &amp;photo or scan…</source>
        <translation>Choose a &amp;photo or scan…</translation>
    </message>
    <message>
        <source>A PNG or JPEG of the card</source>
        <translation>A PNG or JPEG of the card</translation>
    </message>
    <message>
        <source>&amp;Remove photo</source>
        <translation>&amp;Remove photo</translation>
    </message>
    <message>
        <source>Update the contact?</source>
        <translation>Update the contact?</translation>
    </message>
    <message>
        <source>The card matches the stored contact: nothing to update.</source>
        <translation>The card matches the stored contact: nothing to update.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>On the card</translation>
    </message>
    <message>
        <source>Stored now</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>The photo could not be kept, so nothing was saved: %1. %2</source>
        <translation>The photo could not be kept, so nothing was saved: %1. %2</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>this contact</translation>
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
    <name>CardImage</name>
    <message>
        <source>The picture could not be opened: %1. %2</source>
        <translation>The picture could not be opened: %1. %2</translation>
    </message>
    <message>
        <source>This image is too large (%1 × %2 pixels): choose a photo or scan of a more usual size.</source>
        <translation>This image is too large (%1 × %2 pixels): choose a photo or scan of a more usual size.</translation>
    </message>
    <message>
        <source>This image could not be read: it may be damaged.</source>
        <translation>This image could not be read: it may be damaged.</translation>
    </message>
    <message>
        <source>This image could not be converted for keeping.</source>
        <translation>This image could not be converted for keeping.</translation>
    </message>
</context>
<context>
    <name>CardThumbnail</name>
    <message>
        <source>No photo of the card</source>
        <translation>No photo of the card</translation>
    </message>
    <message>
        <source>Photo of the business card</source>
        <translation>Photo of the business card</translation>
    </message>
    <message>
        <source>Photo of the card, %1 × %2 pixels</source>
        <translation>Photo of the card, %1 × %2 pixels</translation>
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
    <name>CheckRow</name>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>What was said: %1</source>
        <translation>What was said: %1</translation>
    </message>
    <message>
        <source>What was said about it</source>
        <translation>What was said about it</translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation>Marked %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&amp;Phone switched off</source>
        <translation>&amp;Phone switched off</translation>
    </message>
    <message>
        <source>&amp;Thanked them for their time</source>
        <translation>&amp;Thanked them for their time</translation>
    </message>
    <message>
        <source>Asked for a business &amp;card</source>
        <translation>Asked for a business &amp;card</translation>
    </message>
    <message>
        <source>Asked &amp;who else to talk to</source>
        <translation>Asked &amp;who else to talk to</translation>
    </message>
    <message>
        <source>&amp;Somewhere quiet, their number at hand</source>
        <translation>&amp;Somewhere quiet, their number at hand</translation>
    </message>
    <message>
        <source>&amp;Link, camera and microphone tested</source>
        <translation>&amp;Link, camera and microphone tested</translation>
    </message>
    <message>
        <source>Asked for their contact &amp;details</source>
        <translation>Asked for their contact &amp;details</translation>
    </message>
    <message>
        <source>Kept the questions &amp;few and short</source>
        <translation>Kept the questions &amp;few and short</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Before you start</translation>
    </message>
    <message>
        <source>Before you leave</source>
        <translation>Before you leave</translation>
    </message>
</context>
<context>
    <name>Checkpointer</name>
    <message>
        <source>tidy the data file&apos;s journal</source>
        <translation>tidy the data file&apos;s journal</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>First field</source>
        <translation>First field</translation>
    </message>
    <message>
        <source>Second field</source>
        <translation>Second field</translation>
    </message>
    <message>
        <source>Third field</source>
        <translation>Third field</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>not rated yet</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>Not said yet</source>
        <translation>Not said yet</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>New criterion</translation>
    </message>
    <message>
        <source>A criterion of your own, such as Location</source>
        <translation>A criterion of your own, such as Location</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Add interest, skills, pay and lifestyle</source>
        <translation>Add interest, skills, pay and lifestyle</translation>
    </message>
    <message>
        <source>How decided are you?</source>
        <translation>How decided are you?</translation>
    </message>
    <message>
        <source>Fit on your criteria</source>
        <translation>Fit on your criteria</translation>
    </message>
    <message>
        <source>Takeaways and starred answers</source>
        <translation>Takeaways and starred answers</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Weight (0–5)</source>
        <translation>Weight (0–5)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) talked to</source>
        <translation>
            <numerusform>%n person talked to</numerusform>
            <numerusform>%n people talked to</numerusform>
        </translation>
    </message>
    <message>
        <source>Weighted fit</source>
        <translation>Weighted fit</translation>
    </message>
    <message>
        <source>I have decided: %1</source>
        <translation>I have decided: %1</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterion removed</translation>
    </message>
    <message>
        <source>Weight saved</source>
        <translation>Weight saved</translation>
    </message>
    <message>
        <source>Remove the criterion %1</source>
        <translation>Remove the criterion %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>Star answers and write takeaways under Answers by topic: they are set side by side here.</source>
        <translation>Star answers and write takeaways under Answers by topic: they are set side by side here.</translation>
    </message>
    <message>
        <source>Rating saved</source>
        <translation>Rating saved</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Decided: the question suggestions follow</source>
        <translation>Decided: the question suggestions follow</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterion added</translation>
    </message>
    <message>
        <source>Criteria added</source>
        <translation>Criteria added</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>City, region or country</source>
        <translation>City, region or country</translation>
    </message>
    <message>
        <source>No field yet</source>
        <translation>No field yet</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
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
        <source>Profile page</source>
        <translation>Profile page</translation>
    </message>
    <message>
        <source>Career field</source>
        <translation>Career field</translation>
    </message>
    <message>
        <source>Where I found them</source>
        <translation>Where I found them</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>How well they fit (0-5 on each of the field&apos;s criteria)</source>
        <translation>How well they fit (0-5 on each of the field&apos;s criteria)</translation>
    </message>
    <message>
        <source>Weight %1 of 5</source>
        <translation>Weight %1 of 5</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Keeping in touch</translation>
    </message>
    <message>
        <source>Business card…</source>
        <translation>Business card…</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Business card</translation>
    </message>
    <message>
        <source>Open the saved contact, or save this one as a new contact.</source>
        <translation>Open the saved contact, or save this one as a new contact.</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>A contact of yours, or anyone (type a name)</source>
        <translation>A contact of yours, or anyone (type a name)</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Introduced by</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Weight %1 of 5. Type 0-5 in a cell to score.</source>
        <translation>Weight %1 of 5. Type 0-5 in a cell to score.</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>read the contacts</source>
        <translation>read the contacts</translation>
    </message>
    <message>
        <source>The table shows what it did.</source>
        <translation>The table shows what it did.</translation>
    </message>
</context>
<context>
    <name>ContactTags</name>
    <message>
        <source>Select the contacts to tag first</source>
        <translation>Select the contacts to tag first</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Add tags</translation>
    </message>
    <message>
        <source>Add tags…</source>
        <translation>Add tags…</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <source>Remove a tag…</source>
        <translation>Remove a tag…</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Rename a tag</source>
        <translation>Rename a tag</translation>
    </message>
    <message>
        <source>Merge two tags</source>
        <translation>Merge two tags</translation>
    </message>
    <message>
        <source>%1 — Edit &gt; Undo takes it back</source>
        <translation>%1 — Edit &gt; Undo takes it back</translation>
    </message>
</context>
<context>
    <name>ContactTimeline</name>
    <message>
        <source>Timeline, newest first</source>
        <translation>Timeline, newest first</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Enter or double-click opens where it happened</source>
        <translation>Enter or double-click opens where it happened</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Add a conversation…</translation>
    </message>
    <message>
        <source>A second interview, a coffee, a call, an email exchange</source>
        <translation>A second interview, a coffee, a call, an email exchange</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
    <name>ContactsView</name>
    <message>
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message>
        <source>People working in your fields. Rank each field&apos;s shortlist: who would you most like to talk to?</source>
        <translation>People working in your fields. Rank each field&apos;s shortlist: who would you most like to talk to?</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Search names, organizations, emails, phones, notes…</source>
        <translation>Search names, organisations, emails, phones, notes…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Any source</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>People you could interview go here. Add the first one: someone you know, or someone a friend, professor or alumni program introduced.</source>
        <translation>People you could interview go here. Add the first one: someone you know, or someone a friend, professor or alumni programme introduced.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ask / next step</source>
        <translation>Ask / next step</translation>
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
        <source>Order by score</source>
        <translation>Order by score</translation>
    </message>
    <message>
        <source>Criteria…</source>
        <translation>Criteria…</translation>
    </message>
    <message>
        <source>Add, rename, remove or reorder this field&apos;s criteria</source>
        <translation>Add, rename, remove or reorder this field&apos;s criteria</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <source>The same person twice: list them, and merge each pair</source>
        <translation>The same person twice: list them, and merge each pair</translation>
    </message>
    <message>
        <source>To reorder, show one career field sorted by rank, with no other filter.</source>
        <translation>To reorder, show one career field sorted by rank, with no other filter.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Contact saved</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contact first</source>
        <translation>Select a contact first</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Add a conversation…</translation>
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
        <source>Ranked by score</source>
        <translation>Ranked by score</translation>
    </message>
</context>
<context>
    <name>ConversationDialog</name>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation with %1</translation>
    </message>
    <message>
        <source>Add a conversation with %1</source>
        <translation>Add a conversation with %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>What you talked about, what they advised, what comes next</source>
        <translation>What you talked about, what they advised, what comes next</translation>
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
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Thank-you</translation>
    </message>
    <message>
        <source>Thank them…</source>
        <translation>Thank them…</translation>
    </message>
    <message>
        <source>Save, then draft the thank-you for this conversation</source>
        <translation>Save, then draft the thank-you for this conversation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this conversation and its notes (Edit &gt; Undo)</source>
        <translation>Delete this conversation and its notes (Edit &gt; Undo)</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Sent %1.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>Delete conversation with %1</source>
        <translation>Delete conversation with %1</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>a contact</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
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
        <translation>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Full screen: %4</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
</context>
<context>
    <name>ConversationQuestionsDialog</name>
    <message>
        <source>Questions: %1</source>
        <translation>Questions: %1</translation>
    </message>
    <message>
        <source>Put the questions you most want answered first. What you asked in the first interview need not be asked again: build on what they said.</source>
        <translation>Put the questions you most want answered first. What you asked in the first interview need not be asked again: build on what they said.</translation>
    </message>
</context>
<context>
    <name>ConversationThanksDialog</name>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Open in mail program</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>I sent it</translation>
    </message>
    <message>
        <source>Sent %1.</source>
        <translation>Sent %1.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>To: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No email saved</source>
        <translation>No email saved</translation>
    </message>
    <message>
        <source>Thank %1</source>
        <translation>Thank %1</translation>
    </message>
</context>
<context>
    <name>CountTile</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
    <name>CriteriaTableModel</name>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight (0-5)</source>
        <translation>Weight (0-5)</translation>
    </message>
    <message>
        <source>0 ignores this criterion, 5 makes it count most.</source>
        <translation>0 ignores this criterion, 5 makes it count most.</translation>
    </message>
</context>
<context>
    <name>DamageWatch</name>
    <message>
        <source>Restart and recover</source>
        <translation>Restart and recover</translation>
    </message>
    <message>
        <source>check your data file</source>
        <translation>check your data file</translation>
    </message>
    <message>
        <source>It is checked again at the next start.</source>
        <translation>It is checked again at the next start.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Your data file is damaged</translation>
    </message>
    <message>
        <source>What you see may be incomplete, and changes may not be saved. Restart now: %1 keeps the damaged file aside and offers your backups, newest first. If you choose Later, it does so the next time it starts.</source>
        <translation>What you see may be incomplete, and changes may not be saved. Restart now: %1 keeps the damaged file aside and offers your backups, newest first. If you choose Later, it does so the next time it starts.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
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
    <name>DeclineDialog</name>
    <message>
        <source>Thank %1 for replying</source>
        <translation>Thank %1 for replying</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>I sent it</translation>
    </message>
    <message>
        <source>Record your thanks as sent and the request as declined</source>
        <translation>Record your thanks as sent and the request as declined</translation>
    </message>
    <message>
        <source>Your thanks to %1 is recorded, and the request as declined.</source>
        <translation>Your thanks to %1 is recorded, and the request as declined.</translation>
    </message>
    <message>
        <source>Everyone on your list has been asked: add more people in step 2.</source>
        <translation>Everyone on your list has been asked: add more people in step 2.</translation>
    </message>
    <message>
        <source>Next on your list: %1.</source>
        <translation>Next on your list: %1.</translation>
    </message>
    <message>
        <source>Ask %1 now</source>
        <translation>Ask %1 now</translation>
    </message>
</context>
<context>
    <name>DeletionWords</name>
    <message numerus="yes">
        <source>Deleting %Ln contact(s)…</source>
        <translation>
            <numerusform>Deleting %Ln contact…</numerusform>
            <numerusform>Deleting %Ln contacts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Career field</source>
        <translation>Career field</translation>
    </message>
    <message>
        <source>Where they came from</source>
        <translation>Where they came from</translation>
    </message>
    <message>
        <source>Where the new contacts go</source>
        <translation>Where the new contacts go</translation>
    </message>
    <message>
        <source>New contacts are added at the end of the field&apos;s ranking. Contacts already saved keep their field and source.</source>
        <translation>New contacts are added at the end of the field&apos;s ranking. Contacts already saved keep their field and source.</translation>
    </message>
    <message>
        <source>No field yet</source>
        <translation>No field yet</translation>
    </message>
    <message>
        <source>As the file says (%1)</source>
        <translation>As the file says (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file</source>
        <translation>Save as a PDF file</translation>
    </message>
</context>
<context>
    <name>DocumentTab</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
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
    <name>DuplicatePanel</name>
    <message>
        <source>Save as a new contact anyway</source>
        <translation>Save as a new contact anyway</translation>
    </message>
    <message numerus="yes">
        <source>This looks like %1 (and %Ln more), already saved: %2.</source>
        <translation>
            <numerusform>This looks like %1 (and %Ln more), already saved: %2.</numerusform>
            <numerusform>This looks like %1 (and %Ln more), already saved: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like %1, already saved: %2.</source>
        <translation>This looks like %1, already saved: %2.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Possibly the same as</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates: no two contacts share a phone, an email or a web address, or have close names at one organization.</source>
        <translation>No possible duplicates: no two contacts share a phone, an email or a web address, or have close names at one organisation.</translation>
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
    <name>FieldDialog</name>
    <message>
        <source>Add a career field</source>
        <translation>Add a career field</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>For example: Nursing, UX design, Civil engineering</source>
        <translation>For example: Nursing, UX design, Civil engineering</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
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
    <name>FieldsView</name>
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
        <source>Career fields</source>
        <translation>Career fields</translation>
    </message>
    <message>
        <source>Research each field before you ask anyone: a busy professional&apos;s time is for what a web search cannot tell you.</source>
        <translation>Research each field before you ask anyone: a busy professional&apos;s time is for what a web search cannot tell you.</translation>
    </message>
    <message>
        <source>The career fields you are weighing go here. Add one to start your research; you can weigh several or settle on one.</source>
        <translation>The career fields you are weighing go here. Add one to start your research; you can weigh several or settle on one.</translation>
    </message>
    <message>
        <source>Add a career field</source>
        <translation>Add a career field</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>What I learned</translation>
    </message>
    <message>
        <source>Answers by topic, fields side by side, progress</source>
        <translation>Answers by topic, fields side by side, progress</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Career field added</source>
        <translation>Career field added</translation>
    </message>
    <message>
        <source>Career field renamed</source>
        <translation>Career field renamed</translation>
    </message>
    <message>
        <source>Delete career field %1</source>
        <translation>Delete career field %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Tell from the file&apos;s content</source>
        <translation>Tell from the file&apos;s content</translation>
    </message>
    <message>
        <source>Networking-site connections export (LinkedIn Connections.csv)</source>
        <translation>Networking-site connections export (LinkedIn Connections.csv)</translation>
    </message>
    <message>
        <source>Address-book CSV (Google Contacts)</source>
        <translation>Address-book CSV (Google Contacts)</translation>
    </message>
    <message>
        <source>vCard address book (.vcf)</source>
        <translation>vCard address book (.vcf)</translation>
    </message>
    <message>
        <source>Any other CSV (you choose the columns)</source>
        <translation>Any other CSV (you choose the columns)</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>The file to import</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>%1 reads a networking site&apos;s connections export, an address book saved as CSV or vCard, or any other CSV. Nothing is saved until you have seen what the import would do.</source>
        <translation>%1 reads a networking site&apos;s connections export, an address book saved as CSV or vCard, or any other CSV. Nothing is saved until you have seen what the import would do.</translation>
    </message>
    <message>
        <source>Contacts and backups (%1)</source>
        <translation>Contacts and backups (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>All files (%1)</translation>
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
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up with %1</source>
        <translation>Follow up with %1</translation>
    </message>
    <message>
        <source>I sent it</source>
        <translation>I sent it</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Thank-you email</source>
        <translation>Thank-you email</translation>
    </message>
    <message>
        <source>Note card</source>
        <translation>Note card</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue (due %1)</source>
        <translation>Overdue (due %1)</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Due by %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Thank everyone you interview within a day, by email; a note card or letter can follow.</source>
        <translation>Thank everyone you interview within a day, by email; a note card or letter can follow.</translation>
    </message>
    <message>
        <source>After an interview, the thank-you it calls for appears here with its due date. Your interviews are listed under Interviews.</source>
        <translation>After an interview, the thank-you it calls for appears here with its due date. Your interviews are listed under Interviews.</translation>
    </message>
    <message>
        <source>Go to interviews</source>
        <translation>Go to interviews</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Write thank-you…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
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
    <name>HomeView</name>
    <message>
        <source>Learn what a career is really like by talking with people who do the work.</source>
        <translation>Learn what a career is really like by talking with people who do the work.</translation>
    </message>
    <message numerus="yes">
        <source>%n career field(s)</source>
        <translation>
            <numerusform>%n career field</numerusform>
            <numerusform>%n career fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <source>Reading what to do next…</source>
        <translation>Reading what to do next…</translation>
    </message>
    <message>
        <source>read what to do next</source>
        <translation>read what to do next</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n update(s) to send</source>
        <translation>
            <numerusform>%n update to send</numerusform>
            <numerusform>%n updates to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: see Interviews and Follow-ups.</source>
        <translation>
            <numerusform>…and %n more: see Interviews and Follow-ups.</numerusform>
            <numerusform>…and %n more: see Interviews and Follow-ups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting for you today. Open the Guide to continue with the next step of the method.</source>
        <translation>Nothing is waiting for you today. Open the Guide to continue with the next step of the method.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more to keep in touch with.</source>
        <translation>
            <numerusform>…and %n more to keep in touch with.</numerusform>
            <numerusform>…and %n more to keep in touch with.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <source>Open the Guide</source>
        <translation>Open the Guide</translation>
    </message>
    <message>
        <source>Step %1 in the Guide</source>
        <translation>Step %1 in the Guide</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Undo: %1…</source>
        <translation>Undo: %1…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Redo: %1…</source>
        <translation>Redo: %1…</translation>
    </message>
    <message>
        <source>Redo import</source>
        <translation>Redo import</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Reading and matching %1…</source>
        <translation>Reading and matching %1…</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Working out what would change…</translation>
    </message>
    <message>
        <source>%1: nothing to import. Every row that could be read matches a saved contact and would change nothing.</source>
        <translation>%1: nothing to import. Every row that could be read matches a saved contact and would change nothing.</translation>
    </message>
    <message>
        <source>Canceling the restore…</source>
        <translation>Cancelling the restore…</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing was imported.</source>
        <translation>Reading was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Importing %1… %2</source>
        <translation>Importing %1… %2</translation>
    </message>
    <message>
        <source>Restoring %1… %2</source>
        <translation>Restoring %1… %2</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%Ln would change</source>
        <translation>
            <numerusform>%Ln would change</numerusform>
            <numerusform>%Ln would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln new contact</numerusform>
            <numerusform>%Ln new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) match a saved contact (%1)</source>
        <translation>
            <numerusform>%Ln row matches a saved contact (%1)</numerusform>
            <numerusform>%Ln rows match a saved contact (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeat an earlier one</source>
        <translation>
            <numerusform>%Ln row repeats an earlier one</numerusform>
            <numerusform>%Ln rows repeat an earlier one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln row rejected</numerusform>
            <numerusform>%Ln rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) not imported</source>
        <translation>
            <numerusform>%Ln value not imported</numerusform>
            <numerusform>%Ln values not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to be merged</source>
        <translation>
            <numerusform>%Ln to be merged</numerusform>
            <numerusform>%Ln to be merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) look like a saved contact (%1)</source>
        <translation>
            <numerusform>%Ln row looks like a saved contact (%1)</numerusform>
            <numerusform>%Ln rows look like a saved contact (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved contact(s)</source>
        <translation>
            <numerusform>%Ln saved contact</numerusform>
            <numerusform>%Ln saved contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Import will add %1 and update %2, all in one step you can undo.</source>
        <translation>Import will add %1 and update %2, all in one step you can undo.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contact(s) from %1</source>
        <translation>
            <numerusform>Import %Ln contact from %1</numerusform>
            <numerusform>Import %Ln contacts from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln new contact(s), updated %1 — Edit &gt; Undo removes this import</source>
        <translation>
            <numerusform>Imported %Ln new contact, updated %1 — Edit &gt; Undo removes this import</numerusform>
            <numerusform>Imported %Ln new contacts, updated %1 — Edit &gt; Undo removes this import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup restored: %Ln record(s)</source>
        <translation>
            <numerusform>Backup restored: %Ln record</numerusform>
            <numerusform>Backup restored: %Ln records</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: “%2” → “%3”</translation>
    </message>
</context>
<context>
    <name>ImportWriting</name>
    <message>
        <source>The window waits until the contacts are written.</source>
        <translation>The window waits until the contacts are written.</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>The window waits until the restore is done, so that nothing you change is mixed with the backup; Cancel stops it and leaves your data as it was.</source>
        <translation>The window waits until the restore is done, so that nothing you change is mixed with the backup; Cancel stops it and leaves your data as it was.</translation>
    </message>
    <message>
        <source>The restore was canceled; your data is as it was.</source>
        <translation>The restore was cancelled; your data is as it was.</translation>
    </message>
    <message>
        <source>This is a full %1 backup. %1 restores a backup only into an empty data folder, so that nothing is mixed or overwritten: start %1 with a new data folder and import the backup there.</source>
        <translation>This is a full %1 backup. %1 restores a backup only into an empty data folder, so that nothing is mixed or overwritten: start %1 with a new data folder and import the backup there.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>This is a full %1 backup. Restore everything it holds into this data folder?</source>
        <translation>This is a full %1 backup. Restore everything it holds into this data folder?</translation>
    </message>
</context>
<context>
    <name>InterviewLayout</name>
    <message>
        <source>Thank-you due by the end of %1, %3 %2.</source>
        <translation>Thank-you due by the end of %1 %2 %3.</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Start interview</translation>
    </message>
    <message>
        <source>Start the clock</source>
        <translation>Start the clock</translation>
    </message>
    <message>
        <source>End interview</source>
        <translation>End interview</translation>
    </message>
    <message>
        <source>Mark the interview held</source>
        <translation>Mark the interview held</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>%1; %2 leaves it</source>
        <translation>%1; %2 leaves it</translation>
    </message>
    <message>
        <source>Switch full screen on or off</source>
        <translation>Switch full screen on or off</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close interview mode</source>
        <translation>Close interview mode</translation>
    </message>
    <message>
        <source>Business card…</source>
        <translation>Business card…</translation>
    </message>
    <message>
        <source>Type in their card</source>
        <translation>Type in their card</translation>
    </message>
    <message>
        <source>Print notes…</source>
        <translation>Print notes…</translation>
    </message>
    <message>
        <source>Preview and print the notes</source>
        <translation>Preview and print the notes</translation>
    </message>
    <message>
        <source>Save notes as PDF…</source>
        <translation>Save notes as PDF…</translation>
    </message>
    <message>
        <source>Save the notes as a PDF</source>
        <translation>Save the notes as a PDF</translation>
    </message>
    <message>
        <source>Add a conversation…</source>
        <translation>Add a conversation…</translation>
    </message>
    <message>
        <source>A second interview, a coffee, a call: note it later</source>
        <translation>A second interview, a coffee, a call: note it later</translation>
    </message>
    <message>
        <source>Notes: key words are enough. They are saved as you type.</source>
        <translation>Notes: key words are enough. They are saved as you type.</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Answered</source>
        <translation>&amp;Answered</translation>
    </message>
    <message>
        <source>This question has been answered (%1)</source>
        <translation>This question has been answered (%1)</translation>
    </message>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Previous</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <source>Answered, next  ▶</source>
        <translation>Answered, next  ▶</translation>
    </message>
    <message>
        <source>Mark answered and go to the next question</source>
        <translation>Mark answered and go to the next question</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Next  ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>They suggested someone…</source>
        <translation>They suggested someone…</translation>
    </message>
    <message>
        <source>Add a person they suggested</source>
        <translation>Add a person they suggested</translation>
    </message>
    <message>
        <source>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Start: %4  ·  End: %5  ·  Full screen: %6, %7</source>
        <translation>Previous / next: %1 / %2  ·  Answered and next: %3  ·  Start: %4  ·  End: %5  ·  Full screen: %6, %7</translation>
    </message>
    <message>
        <source>Informational interview</source>
        <translation>Informational interview</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Interview with %1</translation>
    </message>
    <message>
        <source>%1 · %2 planned</source>
        <translation>%1 · %2 planned</translation>
    </message>
    <message>
        <source>Question %1 of %2 · must ask</source>
        <translation>Question %1 of %2 · must ask</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>After the %n question(s)</source>
        <translation>
            <numerusform>After the question</numerusform>
            <numerusform>After the %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions prepared</source>
        <translation>No questions prepared</translation>
    </message>
    <message>
        <source>Other notes: names to contact, advice, what to read</source>
        <translation>Other notes: names to contact, advice, what to read</translation>
    </message>
    <message>
        <source>End anyway</source>
        <translation>End anyway</translation>
    </message>
    <message>
        <source>Schedule this interview (step 3) to start it; notes can be taken now.</source>
        <translation>Schedule this interview (step 3) to start it; notes can be taken now.</translation>
    </message>
    <message>
        <source>%1 Press End again to end the interview.</source>
        <translation>%1 Press End again to end the interview.</translation>
    </message>
    <message>
        <source>Held on %1.</source>
        <translation>Held on %1.</translation>
    </message>
    <message>
        <source>Held.</source>
        <translation>Held.</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
</context>
<context>
    <name>InterviewModeWindow</name>
    <message>
        <source>That interview no longer exists.</source>
        <translation>That interview no longer exists.</translation>
    </message>
    <message>
        <source>Interview started</source>
        <translation>Interview started</translation>
    </message>
    <message>
        <source>Interview held: the thank-you is due by tomorrow</source>
        <translation>Interview held: the thank-you is due by tomorrow</translation>
    </message>
    <message>
        <source>Business card saved</source>
        <translation>Business card saved</translation>
    </message>
    <message>
        <source>Notes saved as %1</source>
        <translation>Notes saved as %1</translation>
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
    <name>InterviewsView</name>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Every request you make and the interview it becomes: asked, accepted, scheduled, held, thanked.</source>
        <translation>Every request you make and the interview it becomes: asked, accepted, scheduled, held, thanked.</translation>
    </message>
    <message>
        <source>Your requests and interviews appear here once you choose someone to ask for twenty minutes of their time.</source>
        <translation>Your requests and interviews appear here once you choose someone to ask for twenty minutes of their time.</translation>
    </message>
    <message>
        <source>Plan an interview</source>
        <translation>Plan an interview</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
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
        <source>Thank-you</source>
        <translation>Thank-you</translation>
    </message>
    <message>
        <source>Export interviews to calendar…</source>
        <translation>Export interviews to calendar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the interview with its questions and notes (Del)</source>
        <translation>Delete the interview with its questions and notes (Del)</translation>
    </message>
    <message>
        <source>Choose an interview to see what you can do next.</source>
        <translation>Choose an interview to see what you can do next.</translation>
    </message>
    <message>
        <source>Print question sheet…</source>
        <translation>Print question sheet…</translation>
    </message>
    <message>
        <source>Start interview</source>
        <translation>Start interview</translation>
    </message>
    <message>
        <source>Write thank-you…</source>
        <translation>Write thank-you…</translation>
    </message>
    <message>
        <source>No interview is scheduled yet.</source>
        <translation>No interview is scheduled yet.</translation>
    </message>
    <message>
        <source>Export interviews to calendar</source>
        <translation>Export interviews to calendar</translation>
    </message>
    <message>
        <source>InfoView interviews.ics</source>
        <translation>InfoView interviews.ics</translation>
    </message>
    <message>
        <source>save the calendar file %1</source>
        <translation>save the calendar file %1</translation>
    </message>
    <message>
        <source>Your interviews are as they were.</source>
        <translation>Your interviews are as they were.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1</source>
        <translation>
            <numerusform>Saved %n interview to %1</numerusform>
            <numerusform>Saved %n interviews to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the interview with %1</source>
        <translation>Delete the interview with %1</translation>
    </message>
    <message>
        <source>Delete an interview</source>
        <translation>Delete an interview</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>There is not enough memory to %1. %2</source>
        <translation>There is not enough memory to %1. %2</translation>
    </message>
    <message>
        <source>%1 could not %2 (%3). %4</source>
        <translation>%1 could not %2 (%3). %4</translation>
    </message>
    <message>
        <source>read this file</source>
        <translation>read this file</translation>
    </message>
    <message>
        <source>free memory</source>
        <translation>free memory</translation>
    </message>
</context>
<context>
    <name>KeepTouchActions</name>
    <message>
        <source>Update to %1 copied</source>
        <translation>Update to %1 copied</translation>
    </message>
    <message>
        <source>Update to %1 logged: next reminder on %2</source>
        <translation>Update to %1 logged: next reminder on %2</translation>
    </message>
    <message>
        <source>%1: reminder put off until %2</source>
        <translation>%1: reminder put off until %2</translation>
    </message>
</context>
<context>
    <name>KeepTouchChoice</name>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Keep in touch every</translation>
    </message>
    <message>
        <source>Keep in touch: how many</source>
        <translation>Keep in touch: how many</translation>
    </message>
    <message>
        <source>Keep in touch: weeks or months</source>
        <translation>Keep in touch: weeks or months</translation>
    </message>
    <message>
        <source>On.</source>
        <translation>On.</translation>
    </message>
    <message>
        <source>Reminders count from your last contact with them, of any kind.</source>
        <translation>Reminders count from your last contact with them, of any kind.</translation>
    </message>
    <message>
        <source>Off. %1 is %2.</source>
        <translation>Off. %1 is %2.</translation>
    </message>
</context>
<context>
    <name>KeepTouchRow</name>
    <message>
        <source>IN TOUCH</source>
        <translation>IN TOUCH</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Open in mail program</translation>
    </message>
    <message>
        <source>Copy update</source>
        <translation>Copy update</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>I did it</translation>
    </message>
    <message>
        <source>Not now (two weeks)</source>
        <translation>Not now (two weeks)</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <source>Hide this reminder for two weeks; it comes back on a business day.</source>
        <translation>Hide this reminder for two weeks; it comes back on a business day.</translation>
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
    <name>LearnedView</name>
    <message>
        <source>Add a career field under Career fields: what you learn about it gathers here.</source>
        <translation>Add a career field under Career fields: what you learn about it gathers here.</translation>
    </message>
    <message>
        <source>Reading what you learned…</source>
        <translation>Reading what you learned…</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>What I learned</translation>
    </message>
    <message>
        <source>What your interviews taught you, topic by topic; your fields side by side; and how far you have come.</source>
        <translation>What your interviews taught you, topic by topic; your fields side by side; and how far you have come.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>All fields</translation>
    </message>
    <message>
        <source>&amp;Answers by topic</source>
        <translation>&amp;Answers by topic</translation>
    </message>
    <message>
        <source>Side &amp;by side</source>
        <translation>Side &amp;by side</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <source>Fiel&amp;d</source>
        <translation>Fiel&amp;d</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>LetterTab</name>
    <message>
        <source>Their postal address, as on their business card</source>
        <translation>Their postal address, as on their business card</translation>
    </message>
    <message>
        <source>The letter as it prints</source>
        <translation>The letter as it prints</translation>
    </message>
    <message>
        <source>Your own postal address goes at the top of the letter: add it in Settings &gt; Your profile.</source>
        <translation>Your own postal address goes at the top of the letter: add it in Settings &gt; Your profile.</translation>
    </message>
    <message>
        <source>I posted it</source>
        <translation>I posted it</translation>
    </message>
    <message>
        <source>Their postal address</source>
        <translation>Their postal address</translation>
    </message>
    <message>
        <source>Thank-you letter to %1</source>
        <translation>Thank-you letter to %1</translation>
    </message>
    <message>
        <source>Posted on %1</source>
        <translation>Posted on %1</translation>
    </message>
</context>
<context>
    <name>LikelyTab</name>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Looks like</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>Merge all</source>
        <translation>Merge all</translation>
    </message>
    <message>
        <source>Add all as new</source>
        <translation>Add all as new</translation>
    </message>
    <message>
        <source>These rows match no saved contact exactly but look like one. Merging fills in that contact&apos;s empty details and keeps every other email, phone and web address, as for the contacts already saved. Rows sharing a phone, email or web address are merged unless you choose otherwise; rows with only a close name are added unless you choose to merge them.</source>
        <translation>These rows match no saved contact exactly but look like one. Merging fills in that contact&apos;s empty details and keeps every other email, phone and web address, as for the contacts already saved. Rows sharing a phone, email or web address are merged unless you choose otherwise; rows with only a close name are added unless you choose to merge them.</translation>
    </message>
    <message>
        <source>Add as a new contact</source>
        <translation>Add as a new contact</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Merge into %1</translation>
    </message>
    <message>
        <source>Import line %1 as</source>
        <translation>Import line %1 as</translation>
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
    <name>Loader</name>
    <message>
        <source>read what you learned</source>
        <translation>read what you learned</translation>
    </message>
    <message>
        <source>Nothing was changed; switch fields or views to try again.</source>
        <translation>Nothing was changed; switch fields or views to try again.</translation>
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
        <source>Profile saved</source>
        <translation>Profile saved</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <source>This view has no search box: Contacts and Questions have one.</source>
        <translation>This view has no search box: Contacts and Questions have one.</translation>
    </message>
    <message>
        <source>There is nothing to search here yet.</source>
        <translation>There is nothing to search here yet.</translation>
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
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>%1 detail</source>
        <translation>%1 detail</translation>
    </message>
    <message>
        <source>Which column is which?</source>
        <translation>Which column is which?</translation>
    </message>
    <message>
        <source>%1 guessed from the column names. Correct what is wrong. Several columns may hold emails, phones, web addresses or places: the first with a value is the main one. Columns left as “Skip” are kept in each contact&apos;s notes.</source>
        <translation>%1 guessed from the column names. Correct what is wrong. Several columns may hold emails, phones, web addresses or places: the first with a value is the main one. Columns left as “Skip” are kept in each contact&apos;s notes.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>%1 detail for the column %2</source>
        <translation>%1 detail for the column %2</translation>
    </message>
    <message>
        <source>Choose at least one column with a name or an email address.</source>
        <translation>Choose at least one column with a name or an email address.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Every email, phone and web address of both is kept; the notes are joined; interviews, scores, tags, keeping-in-touch updates and the people introduced move to the merged contact. Edit &gt; Undo separates them.</source>
        <translation>Every email, phone and web address of both is kept; the notes are joined; interviews, scores, tags, keeping-in-touch updates and the people introduced move to the merged contact. Edit &gt; Undo separates them.</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Merge contacts</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Pick the value to keep on each line.</source>
        <translation>Pick the value to keep on each line.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tags (all kept)</source>
        <translation>Tags (all kept)</translation>
    </message>
    <message>
        <source>Contacts merged — Edit &gt; Undo separates them</source>
        <translation>Contacts merged — Edit &gt; Undo separates them</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
</context>
<context>
    <name>NoteCardTab</name>
    <message>
        <source>Note card text</source>
        <translation>Note card text</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>I sent the card</source>
        <translation>I sent the card</translation>
    </message>
    <message>
        <source>A short handwritten card can follow the email. Print it on card, or copy it out by hand.</source>
        <translation>A short handwritten card can follow the email. Print it on card, or copy it out by hand.</translation>
    </message>
    <message>
        <source>Note card to %1</source>
        <translation>Note card to %1</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
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
    <name>PendingEdits</name>
    <message>
        <source>What you typed</source>
        <translation>What you typed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1 could not be saved.</translation>
    </message>
</context>
<context>
    <name>PlanInterviewDialog</name>
    <message>
        <source>Plan an interview</source>
        <translation>Plan an interview</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Whom would you like to ask for an informational interview?</source>
        <translation>Whom would you like to ask for an informational interview?</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>PointRows</name>
    <message>
        <source>Email %1</source>
        <translation>Email %1</translation>
    </message>
    <message>
        <source>Label of email %1</source>
        <translation>Label of email %1</translation>
    </message>
    <message>
        <source>Primary email: email %1</source>
        <translation>Primary email: email %1</translation>
    </message>
    <message>
        <source>Remove email %1</source>
        <translation>Remove email %1</translation>
    </message>
    <message>
        <source>Add another email</source>
        <translation>Add another email</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <source>Label of phone %1</source>
        <translation>Label of phone %1</translation>
    </message>
    <message>
        <source>Primary phone: phone %1</source>
        <translation>Primary phone: phone %1</translation>
    </message>
    <message>
        <source>Remove phone %1</source>
        <translation>Remove phone %1</translation>
    </message>
    <message>
        <source>Add another phone</source>
        <translation>Add another phone</translation>
    </message>
    <message>
        <source>Web address %1</source>
        <translation>Web address %1</translation>
    </message>
    <message>
        <source>Label of web address %1</source>
        <translation>Label of web address %1</translation>
    </message>
    <message>
        <source>Primary web address: web address %1</source>
        <translation>Primary web address: web address %1</translation>
    </message>
    <message>
        <source>Remove web address %1</source>
        <translation>Remove web address %1</translation>
    </message>
    <message>
        <source>Add another web address</source>
        <translation>Add another web address</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PopupList</name>
    <message>
        <source>Choices</source>
        <translation>Choices</translation>
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
    <name>PreviewPage</name>
    <message>
        <source>Cancel reading</source>
        <translation>Cancel reading</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>New contacts</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
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
        <translation>Job title</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Contacts already saved</source>
        <translation>Contacts already saved</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Saved contact</source>
        <translation>Saved contact</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Same as</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>What would change</translation>
    </message>
    <message>
        <source>Lines not imported</source>
        <translation>Lines not imported</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Why it is not imported</translation>
    </message>
    <message>
        <source>Rows that look like a saved contact</source>
        <translation>Rows that look like a saved contact</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>What the import would do</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>New (%Ln)</source>
        <translation>
            <numerusform>New (%Ln)</numerusform>
            <numerusform>New (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching (%Ln)</source>
        <translation>
            <numerusform>Matching (%Ln)</numerusform>
            <numerusform>Matching (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported (%Ln)</source>
        <translation>
            <numerusform>Not imported (%Ln)</numerusform>
            <numerusform>Not imported (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected (%Ln)</source>
        <translation>
            <numerusform>Rejected (%Ln)</numerusform>
            <numerusform>Rejected (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Look like saved contacts (%Ln)</source>
        <translation>
            <numerusform>Look like saved contacts (%Ln)</numerusform>
            <numerusform>Look like saved contacts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – first %Ln</source>
        <translation>
            <numerusform>%1 – first %Ln</numerusform>
            <numerusform>%1 – first %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Question sheet</source>
        <translation>Question sheet</translation>
    </message>
</context>
<context>
    <name>ProblemLog</name>
    <message>
        <source>Everything saved before this moment is safe.</source>
        <translation>Everything saved before this moment is safe.</translation>
    </message>
    <message>
        <source>Something went wrong, and %1 could not finish what you asked. Everything saved before this moment is safe. Help &gt; Report a problem… shows what to send us.</source>
        <translation>Something went wrong, and %1 could not finish what you asked. Everything saved before this moment is safe. Help &gt; Report a problem… shows what to send us.</translation>
    </message>
    <message>
        <source>finish what you asked</source>
        <translation>finish what you asked</translation>
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
    <name>ProgressCard</name>
    <message>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>No reply</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Thanked</source>
        <translation>Thanked</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Interviews per month: %1</source>
        <translation>Interviews per month: %1</translation>
    </message>
    <message>
        <source>Interviews per month</source>
        <translation>Interviews per month</translation>
    </message>
    <message>
        <source>No interview held yet.</source>
        <translation>No interview held yet.</translation>
    </message>
    <message>
        <source>Response rate — (no request sent yet).</source>
        <translation>Response rate — (no request sent yet).</translation>
    </message>
    <message>
        <source>Response rate %1% (%2 of %3 answered).</source>
        <translation>Response rate %1% (%2 of %3 answered).</translation>
    </message>
    <message>
        <source>Median wait for a reply: —.</source>
        <translation>Median wait for a reply: —.</translation>
    </message>
    <message numerus="yes">
        <source>Median wait for a reply: %n business day(s).</source>
        <translation>
            <numerusform>Median wait for a reply: %n business day.</numerusform>
            <numerusform>Median wait for a reply: %n business days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Median wait for a reply: %1 business days.</source>
        <translation>Median wait for a reply: %1 business days.</translation>
    </message>
</context>
<context>
    <name>QuestionBankTableModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>From your research</source>
        <translation>From your research</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Built in, reworded</source>
        <translation>Built in, reworded</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>%1 · hidden</source>
        <translation>%1 · hidden</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Suggested: %1</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <source>From your research: to verify</source>
        <translation>From your research: to verify</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>on your list</source>
        <translation>on your list</translation>
    </message>
</context>
<context>
    <name>QuestionDelegate</name>
    <message>
        <source>Must ask</source>
        <translation>Must ask</translation>
    </message>
    <message>
        <source>Time runs out here</source>
        <translation>Time runs out here</translation>
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
    <name>QuestionListEditor</name>
    <message>
        <source>Your questions</source>
        <translation>Your questions</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Question bank</translation>
    </message>
    <message>
        <source>Your research on this field</source>
        <translation>Your research on this field</translation>
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
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Must ask the first </source>
        <translation>Must ask the first </translation>
    </message>
    <message>
        <source>Must-ask questions</source>
        <translation>Must-ask questions</translation>
    </message>
    <message>
        <source>Type a question of your own and press Enter</source>
        <translation>Type a question of your own and press Enter</translation>
    </message>
    <message>
        <source>A question of your own</source>
        <translation>A question of your own</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Meeting </source>
        <translation>Meeting </translation>
    </message>
    <message>
        <source>Meeting length in minutes</source>
        <translation>Meeting length in minutes</translation>
    </message>
    <message>
        <source>Print question sheet…</source>
        <translation>Print question sheet…</translation>
    </message>
    <message>
        <source>Your questions, most important first</source>
        <translation>Your questions, most important first</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Suggested for you</source>
        <translation>Suggested for you</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search the question bank</source>
        <translation>Search the question bank</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Add to my list</translation>
    </message>
    <message>
        <source>Or double-click a question, or press Enter</source>
        <translation>Or double-click a question, or press Enter</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Your research</source>
        <translation>Your research</translation>
    </message>
    <message>
        <source>To verify in an interview:</source>
        <translation>To verify in an interview:</translation>
    </message>
    <message>
        <source>Also found:</source>
        <translation>Also found:</translation>
    </message>
    <message>
        <source>Your research on %1</source>
        <translation>Your research on %1</translation>
    </message>
    <message>
        <source>No research notes for this field yet. What a web search can answer should not take the professional&apos;s time: note it under Career fields.</source>
        <translation>No research notes for this field yet. What a web search can answer should not take the professional&apos;s time: note it under Career fields.</translation>
    </message>
    <message numerus="yes">
        <source>Copy the field&apos;s list (%n)</source>
        <translation>
            <numerusform>Copy the field&apos;s list (%n)</numerusform>
            <numerusform>Copy the field&apos;s list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the %n suggested question(s)</source>
        <translation>
            <numerusform>Add the suggested question</numerusform>
            <numerusform>Add the %n suggested questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Your list is empty. Start with the questions suggested for you, or pick from the bank on the right.</source>
        <translation>Your list is empty. Start with the questions suggested for you, or pick from the bank on the right.</translation>
    </message>
    <message>
        <source>Question added</source>
        <translation>Question added</translation>
    </message>
    <message>
        <source>Already on your list</source>
        <translation>Already on your list</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added</source>
        <translation>
            <numerusform>Question added</numerusform>
            <numerusform>%n questions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested question(s) added</source>
        <translation>
            <numerusform>%n suggested question added</numerusform>
            <numerusform>%n suggested questions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) copied from the field&apos;s list</source>
        <translation>
            <numerusform>%n question copied from the field&apos;s list</numerusform>
            <numerusform>%n questions copied from the field&apos;s list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n question(s)</source>
        <translation>
            <numerusform>Remove question</numerusform>
            <numerusform>Remove %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> question(s)</source>
        <translation>
            <numerusform> question</numerusform>
            <numerusform> questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Question %1, about %2 minutes</source>
        <translation>Question %1, about %2 minutes</translation>
    </message>
    <message>
        <source>must ask</source>
        <translation>must ask</translation>
    </message>
    <message>
        <source>past the meeting&apos;s time</source>
        <translation>past the meeting&apos;s time</translation>
    </message>
</context>
<context>
    <name>QuestionSideList</name>
    <message>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Names, advice, anything said outside the questions</source>
        <translation>Names, advice, anything said outside the questions</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>Must ask, still open</source>
        <translation>Must ask, still open</translation>
    </message>
    <message>
        <source>must ask, still open</source>
        <translation>must ask, still open</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>not answered yet</translation>
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
    <name>QuestionsRow</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Prepare questions…</source>
        <translation>Prepare questions…</translation>
    </message>
    <message>
        <source>Save, then choose the questions for this conversation</source>
        <translation>Save, then choose the questions for this conversation</translation>
    </message>
    <message>
        <source>Hold it…</source>
        <translation>Hold it…</translation>
    </message>
    <message>
        <source>Save, then take the questions one at a time, the answers saved as you type</source>
        <translation>Save, then take the questions one at a time, the answers saved as you type</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Print sheet…</translation>
    </message>
    <message>
        <source>Save, then print the questions to take along</source>
        <translation>Save, then print the questions to take along</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message>
        <source>Save or cancel your changes to this contact first, then hold this conversation.</source>
        <translation>Save or cancel your changes to this contact first, then hold this conversation.</translation>
    </message>
</context>
<context>
    <name>QuestionsView</name>
    <message>
        <source>%1 (career field)</source>
        <translation>%1 (career field)</translation>
    </message>
    <message>
        <source>Interview with %1 — %2</source>
        <translation>Interview with %1 — %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Put the questions you most want answered first: an interview cut short still covers them.</source>
        <translation>Put the questions you most want answered first: an interview cut short still covers them.</translation>
    </message>
    <message>
        <source>Add your own question</source>
        <translation>Add your own question</translation>
    </message>
    <message>
        <source>Each career field, and each interview, has its own list of questions. Add a career field first.</source>
        <translation>Each career field, and each interview, has its own list of questions. Add a career field first.</translation>
    </message>
    <message>
        <source>Go to Career fields</source>
        <translation>Go to Career fields</translation>
    </message>
    <message>
        <source>Questions to ask go here. Add a career field to prepare a list for it, or add a question of your own.</source>
        <translation>Questions to ask go here. Add a career field to prepare a list for it, or add a question of your own.</translation>
    </message>
    <message>
        <source>Questions for</source>
        <translation>Questions for</translation>
    </message>
    <message>
        <source>Question lists</source>
        <translation>Question lists</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Question bank</translation>
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
    <name>ReferralChainsBox</name>
    <message>
        <source>No referrals yet: in interview mode, They suggested someone (Ctrl+R) adds one.</source>
        <translation>No referrals yet: in interview mode, They suggested someone (Ctrl+R) adds one.</translation>
    </message>
    <message>
        <source>Referral chains</source>
        <translation>Referral chains</translation>
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
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;How to reach them:</source>
        <translation>&amp;How to reach them:</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>How to reach them</translation>
    </message>
    <message>
        <source>They suggested someone</source>
        <translation>They suggested someone</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Who did %1 suggest you talk to? Type what you know: the rest can wait. They join the same field&apos;s list, introduced by %1.</source>
        <translation>Who did %1 suggest you talk to? Type what you know: the rest can wait. They join the same field&apos;s list, introduced by %1.</translation>
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
        <source>e.g. mention my name; best by phone</source>
        <translation>e.g. mention my name; best by phone</translation>
    </message>
    <message>
        <source>%1 added to the list, introduced by this person</source>
        <translation>%1 added to the list, introduced by this person</translation>
    </message>
</context>
<context>
    <name>RemoveTagDialog</name>
    <message>
        <source>Remove a tag</source>
        <translation>Remove a tag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 of %3)</translation>
    </message>
    <message numerus="yes">
        <source>The tag to take off the %Ln selected contact(s):</source>
        <translation>
            <numerusform>The tag to take off the %Ln selected contact:</numerusform>
            <numerusform>The tag to take off the %Ln selected contacts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>None of them carries a tag.</source>
        <translation>None of them carries a tag.</translation>
    </message>
    <message>
        <source>None of the selected contacts carries a tag.</source>
        <translation>None of the selected contacts carries a tag.</translation>
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
    <name>RenameTagDialog</name>
    <message>
        <source>Rename a tag</source>
        <translation>Rename a tag</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>The new name</source>
        <translation>The new name</translation>
    </message>
    <message>
        <source>Every contact carrying the tag gets the new name.</source>
        <translation>Every contact carrying the tag gets the new name.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>New name</translation>
    </message>
    <message>
        <source>No contact carries a tag yet.</source>
        <translation>No contact carries a tag yet.</translation>
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
    <name>ResearchPanel</name>
    <message>
        <source>Saved as you type. Select what only someone inside the field can tell you, then mark it.</source>
        <translation>Saved as you type. Select what only someone inside the field can tell you, then mark it.</translation>
    </message>
    <message>
        <source>Verify in an interview</source>
        <translation>Verify in an interview</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Research notes</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to verify in an interview</source>
        <translation>
            <numerusform>%n line to verify in an interview</numerusform>
            <numerusform>%n lines to verify in an interview</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved.</source>
        <translation>Some of what you typed could not be saved.</translation>
    </message>
    <message>
        <source>If you close now, it is lost. Stay to copy it somewhere safe or to try again.</source>
        <translation>If you close now, it is lost. Stay to copy it somewhere safe or to try again.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Close anyway</translation>
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
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Names, notes, answers, research, questions, drafts…</source>
        <translation>Names, notes, answers, research, questions, drafts…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <source>Type a word, or the first letters of one.</source>
        <translation>Type a word, or the first letters of one.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown, more below</source>
        <translation>
            <numerusform>%Ln shown, more below</numerusform>
            <numerusform>%Ln shown, more below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message numerus="yes">
        <source>%1 (%n line(s))</source>
        <translation>
            <numerusform>%1 (%n line)</numerusform>
            <numerusform>%1 (%n lines)</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes page</source>
        <translation>Notes page</translation>
    </message>
    <message>
        <source>Sheet options</source>
        <translation>Sheet options</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Room for notes:</source>
        <translation>Room for notes:</translation>
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
        <translation>Search names, organisations…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>read the list</source>
        <translation>read the list</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Search: %1</translation>
    </message>
</context>
<context>
    <name>StartWork</name>
    <message>
        <source>back up your data</source>
        <translation>back up your data</translation>
    </message>
    <message>
        <source>It is tried again next time.</source>
        <translation>It is tried again next time.</translation>
    </message>
    <message>
        <source>No automatic backup was made: %1</source>
        <translation>No automatic backup was made: %1</translation>
    </message>
    <message>
        <source>update the question bank</source>
        <translation>update the question bank</translation>
    </message>
    <message>
        <source>It is tried next time.</source>
        <translation>It is tried next time.</translation>
    </message>
    <message>
        <source>%1 is already open: here it is.</source>
        <translation>%1 is already open: here it is.</translation>
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
    <name>SyncConflictsDialog</name>
    <message>
        <source>Changes to choose between</source>
        <translation>Changes to choose between</translation>
    </message>
    <message>
        <source>Nothing waits for your choice.</source>
        <translation>Nothing waits for your choice.</translation>
    </message>
    <message>
        <source>These changed both in InfoView and in your address book since the last sync, or were deleted in the address book. Choose what to keep; what you leave for later waits here.</source>
        <translation>These changed both in InfoView and in your address book since the last sync, or were deleted in the address book. Choose what to keep; what you leave for later waits here.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>In InfoView</source>
        <translation>In InfoView</translation>
    </message>
    <message>
        <source>In the address book</source>
        <translation>In the address book</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Keep for %1, %2</translation>
    </message>
    <message>
        <source>InfoView&apos;s (sent at the next sync)</source>
        <translation>InfoView&apos;s (sent at the next sync)</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The contact: put it back in the address book</source>
        <translation>The contact: put it back in the address book</translation>
    </message>
    <message>
        <source>Nothing: delete the contact in InfoView</source>
        <translation>Nothing: delete the contact in InfoView</translation>
    </message>
    <message>
        <source>InfoView&apos;s</source>
        <translation>InfoView&apos;s</translation>
    </message>
    <message>
        <source>The address book&apos;s</source>
        <translation>The address book&apos;s</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) in InfoView?</source>
        <translation>
            <numerusform>Delete %n contact in InfoView?</numerusform>
            <numerusform>Delete %n contacts in InfoView?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their cards were deleted in your address book. Edit &gt; Undo brings them back.</source>
        <translation>Their cards were deleted in your address book. Edit &gt; Undo brings them back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Your choices are saved</source>
        <translation>Your choices are saved</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>Delete contact %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>sync with your account</source>
        <translation>sync with your account</translation>
    </message>
    <message>
        <source>What was synced is kept.</source>
        <translation>What was synced is kept.</translation>
    </message>
    <message>
        <source>read your account</source>
        <translation>read your account</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The sync was stopped. What was synced is kept; the next sync goes on.</source>
        <translation>The sync was stopped. What was synced is kept; the next sync goes on.</translation>
    </message>
</context>
<context>
    <name>SyncPasswordDialog</name>
    <message>
        <source>Sync password</source>
        <translation>Sync password</translation>
    </message>
    <message>
        <source>The password of %1 at %2:</source>
        <translation>The password of %1 at %2:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>%1 keeps it in memory until you quit and never writes it anywhere: it asks again the next time it starts.</source>
        <translation>%1 keeps it in memory until you quit and never writes it anywhere: it asks again the next time it starts.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Cancel the sync</translation>
    </message>
    <message>
        <source>Type the password…</source>
        <translation>Type the password…</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>%n to choose…</source>
        <translation>
            <numerusform>%n to choose…</numerusform>
            <numerusform>%n to choose…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice</source>
        <translation>
            <numerusform>%n change from the sync waits for your choice</numerusform>
            <numerusform>%n changes from the sync wait for your choice</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync waits for your password</source>
        <translation>Sync waits for your password</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n contact(s) changed from your address book</source>
        <translation>
            <numerusform>Synced at %1: %n contact changed from your address book</numerusform>
            <numerusform>Synced at %1: %n contacts changed from your address book</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced: trying again at %1</source>
        <translation>Not synced: trying again at %1</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Stopping the sync…</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove tag %1</source>
        <translation>Remove tag %1</translation>
    </message>
    <message>
        <source>Remove this tag</source>
        <translation>Remove this tag</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>Add a tag, then Enter</source>
        <translation>Add a tag, then Enter</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Add a tag</translation>
    </message>
</context>
<context>
    <name>TagWords</name>
    <message numerus="yes">
        <source>Tag %Ln contact(s)</source>
        <translation>
            <numerusform>Tag %Ln contact</numerusform>
            <numerusform>Tag %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Untag %Ln contact(s)</source>
        <translation>
            <numerusform>Untag %Ln contact</numerusform>
            <numerusform>Untag %Ln contacts</numerusform>
        </translation>
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
        <source>Took over the hand-over from “%1” of %2</source>
        <translation>Took over the hand-over from “%1” of %2</translation>
    </message>
    <message>
        <source>Not taken over</source>
        <translation>Not taken over</translation>
    </message>
</context>
<context>
    <name>TakeawayEditor</name>
    <message>
        <source>My takeaway: %1</source>
        <translation>My takeaway: %1</translation>
    </message>
    <message>
        <source>My takeaway on this topic, in my own words…</source>
        <translation>My takeaway on this topic, in my own words…</translation>
    </message>
    <message>
        <source>Your takeaway</source>
        <translation>Your takeaway</translation>
    </message>
    <message>
        <source>Takeaway saved</source>
        <translation>Takeaway saved</translation>
    </message>
</context>
<context>
    <name>ThankYouChecker</name>
    <message>
        <source>Before you send</source>
        <translation>Before you send</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n word (aim under %1)</numerusform>
            <numerusform>%n words (aim under %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace %1 with your own words</source>
        <translation>Replace %1 with your own words</translation>
    </message>
    <message>
        <source>Names something specific they said</source>
        <translation>Names something specific they said</translation>
    </message>
    <message>
        <source>Name one specific thing they said that helped you</source>
        <translation>Name one specific thing they said that helped you</translation>
    </message>
    <message>
        <source>Your email or phone is under your name</source>
        <translation>Your email or phone is under your name</translation>
    </message>
    <message>
        <source>Sign with your email or phone, so they can reply</source>
        <translation>Sign with your email or phone, so they can reply</translation>
    </message>
    <message>
        <source>Your thank-you still says %1. Replace it with one thing they said before you send it.

Did you fix it in your mail program and send it?</source>
        <translation>Your thank-you still says %1. Replace it with one thing they said before you send it.

Did you fix it in your mail program and send it?</translation>
    </message>
    <message>
        <source>Mark it sent anyway</source>
        <translation>Mark it sent anyway</translation>
    </message>
    <message>
        <source>Go back and fix it</source>
        <translation>Go back and fix it</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>Placeholder left in</translation>
    </message>
</context>
<context>
    <name>ThankYouDialog</name>
    <message>
        <source>Thank %1</source>
        <translation>Thank %1</translation>
    </message>
    <message>
        <source>e.g. Your advice to build a portfolio first helped most.</source>
        <translation>e.g. Your advice to build a portfolio first helped most.</translation>
    </message>
    <message>
        <source>Use this line</source>
        <translation>Use this line</translation>
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
        <source>I sent it</source>
        <translation>I sent it</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Note card</source>
        <translation>Note card</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Something specific</source>
        <translation>Something specific</translation>
    </message>
    <message>
        <source>Name one thing they said that helped you. Pick a line from your notes, or type your own.</source>
        <translation>Name one thing they said that helped you. Pick a line from your notes, or type your own.</translation>
    </message>
    <message>
        <source>Your point, as it goes into the drafts:</source>
        <translation>Your point, as it goes into the drafts:</translation>
    </message>
    <message>
        <source>To: %1 (no email saved)</source>
        <translation>To: %1 (no email saved)</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <source>No notes for this interview: type your point below.</source>
        <translation>No notes for this interview: type your point below.</translation>
    </message>
    <message>
        <source>You can thank them once the interview has been held.</source>
        <translation>You can thank them once the interview has been held.</translation>
    </message>
    <message>
        <source>Thank-you email sent on %1.</source>
        <translation>Thank-you email sent on %1.</translation>
    </message>
    <message>
        <source>Overdue: the thank-you email was due on %1. Send it now.</source>
        <translation>Overdue: the thank-you email was due on %1. Send it now.</translation>
    </message>
    <message>
        <source>Send the thank-you email today.</source>
        <translation>Send the thank-you email today.</translation>
    </message>
    <message>
        <source>Send the thank-you email by %1.</source>
        <translation>Send the thank-you email by %1.</translation>
    </message>
    <message>
        <source>Sent on %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Card sent on %1</source>
        <translation>Card sent on %1</translation>
    </message>
    <message>
        <source>You rewrote the sentence where the point went: add the point where it fits.</source>
        <translation>You rewrote the sentence where the point went: add the point where it fits.</translation>
    </message>
    <message>
        <source>Keeping in touch with %1 saved</source>
        <translation>Keeping in touch with %1 saved</translation>
    </message>
    <message>
        <source>Thank-you to %1 recorded as sent</source>
        <translation>Thank-you to %1 recorded as sent</translation>
    </message>
    <message>
        <source>Note card to %1 recorded as sent</source>
        <translation>Note card to %1 recorded as sent</translation>
    </message>
    <message>
        <source>Letter to %1 recorded as posted</source>
        <translation>Letter to %1 recorded as posted</translation>
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
    <name>TimelineActions</name>
    <message>
        <source>Save or cancel your changes to this contact first, then open it.</source>
        <translation>Save or cancel your changes to this contact first, then open it.</translation>
    </message>
    <message>
        <source>Conversation added</source>
        <translation>Conversation added</translation>
    </message>
    <message>
        <source>Conversation saved</source>
        <translation>Conversation saved</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>TopicSection</name>
    <message numerus="yes">
        <source>Show %n more (%1 of %2 not shown yet)</source>
        <translation>
            <numerusform>Show %n more (%1 of %2 not shown yet)</numerusform>
            <numerusform>Show %n more (%1 of %2 not shown yet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more answer(s) on %1</source>
        <translation>
            <numerusform>Show %n more answer on %1</numerusform>
            <numerusform>Show %n more answers on %1</numerusform>
        </translation>
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
    <name>Undo</name>
    <message>
        <source>Undo: %1…</source>
        <translation>Undo: %1…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo: %1…</source>
        <translation>Redo: %1…</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>UndoImportOffer</name>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
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
    <name>WeightDelegate</name>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
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
