<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountsDialog</name>
    <message numerus="yes">
        <source>%n change(s) from the sync wait for your choice.</source>
        <translation>
            <numerusform>%n change from the sync waits for your choice.</numerusform>
            <numerusform>%n changes from the sync wait for your choice.</numerusform>
        </translation>
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
</context>
<context>
    <name>AddTagsDialog</name>
    <message numerus="yes">
        <source>Tags to give the %Ln selected contact(s):</source>
        <translation>
            <numerusform>Tags to give the %Ln selected contact:</numerusform>
            <numerusform>Tags to give the %Ln selected contacts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AskingFlow</name>
    <message numerus="yes">
        <source>Asked on %1, %Ln business day(s) ago.</source>
        <translation>
            <numerusform>Asked on %1, %Ln business day ago.</numerusform>
            <numerusform>Asked on %1, %Ln business days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankManager</name>
    <message numerus="yes">
        <source>Hide %n question(s)</source>
        <translation>
            <numerusform>Hide question</numerusform>
            <numerusform>Hide %n questions</numerusform>
        </translation>
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
    <name>ComparePanel</name>
    <message numerus="yes">
        <source>%n person(s) talked to</source>
        <translation>
            <numerusform>%n person talked to</numerusform>
            <numerusform>%n people talked to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s) in %1.</source>
        <translation>
            <numerusform>%n contact in %1.</numerusform>
            <numerusform>%n contacts in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message numerus="yes">
        <source>You gave %n contact(s) a score on it: those scores are removed too, and the weighted scores follow.</source>
        <translation>
            <numerusform>You gave %n contact a score on it: those scores are removed too, and the weighted scores follow.</numerusform>
            <numerusform>You gave %n contacts a score on it: those scores are removed too, and the weighted scores follow.</numerusform>
        </translation>
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
    <name>DuplicatePanel</name>
    <message numerus="yes">
        <source>This looks like %1 (and %Ln more), already saved: %2.</source>
        <translation>
            <numerusform>This looks like %1 (and %Ln more), already saved: %2.</numerusform>
            <numerusform>This looks like %1 (and %Ln more), already saved: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeView</name>
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
    <message numerus="yes">
        <source>…and %n more to keep in touch with.</source>
        <translation>
            <numerusform>…and %n more to keep in touch with.</numerusform>
            <numerusform>…and %n more to keep in touch with.</numerusform>
        </translation>
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
</context>
<context>
    <name>InterviewLayout</name>
    <message numerus="yes">
        <source>After the %n question(s)</source>
        <translation>
            <numerusform>After the question</numerusform>
            <numerusform>After the %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message numerus="yes">
        <source>%n interview(s) scheduled. Choose one and press Start when you sit down with the person.</source>
        <translation>
            <numerusform>%n interview scheduled. Choose one and press Start when you sit down with the person.</numerusform>
            <numerusform>%n interviews scheduled. Choose one and press Start when you sit down with the person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsView</name>
    <message numerus="yes">
        <source>Saved %n interview(s) to %1</source>
        <translation>
            <numerusform>Saved %n interview to %1</numerusform>
            <numerusform>Saved %n interviews to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
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
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
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
    <name>ProgressCard</name>
    <message numerus="yes">
        <source>Median wait for a reply: %n business day(s).</source>
        <translation>
            <numerusform>Median wait for a reply: %n business day.</numerusform>
            <numerusform>Median wait for a reply: %n business days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionListEditor</name>
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
    <name>RemoveTagDialog</name>
    <message numerus="yes">
        <source>The tag to take off the %Ln selected contact(s):</source>
        <translation>
            <numerusform>The tag to take off the %Ln selected contact:</numerusform>
            <numerusform>The tag to take off the %Ln selected contacts:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestChecker</name>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n word (aim under %1)</numerusform>
            <numerusform>%n words (aim under %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResearchPanel</name>
    <message numerus="yes">
        <source>%n line(s) to verify in an interview</source>
        <translation>
            <numerusform>%n line to verify in an interview</numerusform>
            <numerusform>%n lines to verify in an interview</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
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
    <name>SyncConflictsDialog</name>
    <message numerus="yes">
        <source>Delete %n contact(s) in InfoView?</source>
        <translation>
            <numerusform>Delete %n contact in InfoView?</numerusform>
            <numerusform>Delete %n contacts in InfoView?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
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
    <message numerus="yes">
        <source>Synced at %1: %n contact(s) changed from your address book</source>
        <translation>
            <numerusform>Synced at %1: %n contact changed from your address book</numerusform>
            <numerusform>Synced at %1: %n contacts changed from your address book</numerusform>
        </translation>
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
    <name>ThankYouChecker</name>
    <message numerus="yes">
        <source>%n word(s) (aim under %1)</source>
        <translation>
            <numerusform>%n word (aim under %1)</numerusform>
            <numerusform>%n words (aim under %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThanksPage</name>
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
    <name>UnusableBackups</name>
    <message numerus="yes">
        <source>%n other backup(s) did not pass their check and are not shown.</source>
        <translation>
            <numerusform>%n other backup did not pass its check and is not shown.</numerusform>
            <numerusform>%n other backups did not pass their check and are not shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
