<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
