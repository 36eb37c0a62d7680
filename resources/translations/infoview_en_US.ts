<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
