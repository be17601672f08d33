<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GraphCommand</name>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s).</source>
        <translation>
            <numerusform>%n item in %1 page(s).</numerusform>
            <numerusform>%n items in %1 page(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message numerus="yes">
        <source>%1: %n object(s)</source>
        <comment>refresh progress: phase, objects read so far</comment>
        <translation>
            <numerusform>%1: %n object</numerusform>
            <numerusform>%1: %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, about %n minute left</numerusform>
            <numerusform>%1, about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, about %n second left</numerusform>
            <numerusform>%1, about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigningInPage</name>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>The code expires in %n minute.</numerusform>
            <numerusform>The code expires in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message numerus="yes">
        <source>Snapshot: %n minute(s) old</source>
        <translation>
            <numerusform>Snapshot: %n minute old</numerusform>
            <numerusform>Snapshot: %n minutes old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n hour(s) old</source>
        <translation>
            <numerusform>Snapshot: %n hour old</numerusform>
            <numerusform>Snapshot: %n hours old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n day(s) old</source>
        <translation>
            <numerusform>Snapshot: %n day old</numerusform>
            <numerusform>Snapshot: %n days old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n minute(s) ago</source>
        <translation>
            <numerusform>Offline — showing the snapshot from %n minute ago</numerusform>
            <numerusform>Offline — showing the snapshot from %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n hour(s) ago</source>
        <translation>
            <numerusform>Offline — showing the snapshot from %n hour ago</numerusform>
            <numerusform>Offline — showing the snapshot from %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n day(s) ago</source>
        <translation>
            <numerusform>Offline — showing the snapshot from %n day ago</numerusform>
            <numerusform>Offline — showing the snapshot from %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <comment>users list: the users shown of all users in the snapshot</comment>
        <translation>
            <numerusform>%1 of %n user</numerusform>
            <numerusform>%1 of %n users</numerusform>
        </translation>
    </message>
</context>
</TS>
