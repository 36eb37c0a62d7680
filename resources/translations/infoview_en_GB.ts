<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_US">
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
</TS>
