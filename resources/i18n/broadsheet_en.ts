<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookmarksPanel</name>
    <message numerus="yes">
        <source>Deleted %n bookmark(s) — Undo Delete brings them back</source>
        <translation>
            <numerusform>Deleted %n bookmark — Undo Delete brings it back</numerusform>
            <numerusform>Deleted %n bookmarks — Undo Delete brings them back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>%n more error(s) since; all are in the log.</source>
        <translation>
            <numerusform>%n more error since; all are in the log.</numerusform>
            <numerusform>%n more errors since; all are in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Export %n selected story(s).</source>
        <translation>
            <numerusform>Export %n selected story.</numerusform>
            <numerusform>Export %n selected stories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message numerus="yes">
        <source>%n marked for export</source>
        <translation>
            <numerusform>%n marked for export</numerusform>
            <numerusform>%n marked for export</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n story(s) to {path}…</source>
        <translation>
            <numerusform>Exporting %n story to {path}…</numerusform>
            <numerusform>Exporting %n stories to {path}…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlineModel</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unplaced text (%n line(s))</source>
        <translation>
            <numerusform>Unplaced text (%n line)</numerusform>
            <numerusform>Unplaced text (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightBar</name>
    <message numerus="yes">
        <source>in %n story(s)</source>
        <translation>
            <numerusform>in %n story</numerusform>
            <numerusform>in %n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s)</source>
        <translation>
            <numerusform>Added %n issue</numerusform>
            <numerusform>Added %n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s) ({parsed} read, the rest from the cache)</source>
        <translation>
            <numerusform>Added %n issue ({parsed} read, the rest from the cache)</numerusform>
            <numerusform>Added %n issues ({parsed} read, the rest from the cache)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n could not be read: {reason}</source>
        <translation>
            <numerusform>; %n could not be read: {reason}</numerusform>
            <numerusform>; %n could not be read: {reason}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Opened the first of %n path(s)</source>
        <translation>
            <numerusform>Opened the first of %n path</numerusform>
            <numerusform>Opened the first of %n paths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesRelay</name>
    <message numerus="yes">
        <source>Reading the issue: %n page(s) in, more to come…</source>
        <translation>
            <numerusform>Reading the issue: %n page in, more to come…</numerusform>
            <numerusform>Reading the issue: %n pages in, more to come…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n+ stories</source>
        <translation>
            <numerusform>%n+ stories</numerusform>
            <numerusform>%n+ stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n story(s)</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreWiring</name>
    <message numerus="yes">
        <source>%n of the chosen stories could not be found; they are left out</source>
        <translation>
            <numerusform>%n of the chosen stories could not be found; it is left out</numerusform>
            <numerusform>%n of the chosen stories could not be found; they are left out</numerusform>
        </translation>
    </message>
</context>
</TS>
