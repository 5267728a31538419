<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>caseline::CaseDocument</name>
    <message numerus="yes">
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::MainWindow</name>
    <message numerus="yes">
        <source>Added %n event(s) to the story</source>
        <translation>
            <numerusform>Added %n event to the story</numerusform>
            <numerusform>Added %n events to the story</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::SourceReaderPanel</name>
    <message numerus="yes">
        <source>%n quote(s) cite this source</source>
        <translation>
            <numerusform>%n quote cites this source</numerusform>
            <numerusform>%n quotes cite this source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the previous source; found in “%1” (%n source(s) hold these words).</source>
        <translation>
            <numerusform>Not in the previous source; found in “%1” (%n source holds these words).</numerusform>
            <numerusform>Not in the previous source; found in “%1” (%n sources hold these words).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) hold these words, but not together as typed.</source>
        <translation>
            <numerusform>%n source holds these words, but not together as typed.</numerusform>
            <numerusform>%n sources hold these words, but not together as typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::SourcesToCheckView</name>
    <message numerus="yes">
        <source>%n quote(s) do not match its text</source>
        <translation>
            <numerusform>%n quote does not match its text</numerusform>
            <numerusform>%n quotes do not match its text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no text kept: %n quote(s) unchecked</source>
        <translation>
            <numerusform>no text kept: %n quote unchecked</numerusform>
            <numerusform>no text kept: %n quotes unchecked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n quote(s) match their sources</source>
        <translation>
            <numerusform>The %n quote matches its source</numerusform>
            <numerusform>All %n quotes match their sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::TimelineView</name>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n matching event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n matching event</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n matching events</numerusform>
        </translation>
    </message>
</context>
</TS>
