<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
</TS>
