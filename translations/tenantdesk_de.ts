<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>(none in this version)</source>
        <translation>(in dieser Version keine)</translation>
    </message>
    <message>
        <source>Tenantdesk on the command line: the same operations as the console, for scripts.</source>
        <translation>Tenantdesk auf der Befehlszeile: dieselben Vorgänge wie in der Konsole, für Skripts.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;Befehl&gt; [Argumente]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tenantdesk-cli --help for the list.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie tenantdesk-cli --help aus, um die Liste anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an item in the list to see its details here.</source>
        <translation>Wählen Sie ein Element in der Liste aus, um hier seine Details anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tenantdesk</source>
        <translation>Willkommen bei Tenantdesk</translation>
    </message>
    <message>
        <source>Choose the tenant to work on. The sandbox tenant is a complete school tenant on this computer: safe for practice and training, nothing you do there reaches Microsoft 365.</source>
        <translation>Wählen Sie den Mandanten aus, mit dem Sie arbeiten möchten. Der Sandbox-Mandant ist ein vollständiger Schulmandant auf diesem Computer: sicher zum Üben und für Schulungen – nichts, was Sie dort tun, erreicht Microsoft 365.</translation>
    </message>
    <message>
        <source>Open the sandbox tenant</source>
        <translation>Sandbox-Mandant öffnen</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant…</source>
        <translation>Mit einem Microsoft 365-Mandanten verbinden…</translation>
    </message>
    <message>
        <source>Connecting a Microsoft 365 tenant is not available in this version.</source>
        <translation>Das Verbinden mit einem Microsoft 365-Mandanten ist in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No tenant open</source>
        <translation>Kein Mandant geöffnet</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>About Tenantdesk</source>
        <translation>Über Tenantdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;A Microsoft 365 console for school service desks: users, function mailboxes, distribution lists, groups, calendar permissions and licences, from a local snapshot of the tenant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;Eine Microsoft 365-Konsole für Servicedesks von Schulen: Benutzer, Funktionspostfächer, Verteilerlisten, Gruppen, Kalenderberechtigungen und Lizenzen, auf Basis einer lokalen Momentaufnahme des Mandanten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tenantdesk</source>
        <translation>Tenantdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox tenant</source>
        <translation>&amp;Sandbox-Mandant öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect a Microsoft 365 tenant…</source>
        <translation>Mit Microsoft 365-Mandanten &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Refresh snapshot</source>
        <translation>Momentaufnahme &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation>Zur &amp;Navigation wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;list</source>
        <translation>Zur &amp;Liste wechseln</translation>
    </message>
    <message>
        <source>Go to &amp;details</source>
        <translation>Zu den &amp;Details wechseln</translation>
    </message>
    <message>
        <source>&amp;About Tenantdesk</source>
        <translation>&amp;Über Tenantdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Search names, addresses and schools (Ctrl+F)</source>
        <translation>Namen, Adressen und Schulen durchsuchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Function mailboxes</source>
        <translation>Funktionspostfächer</translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation>Verteilerlisten</translation>
    </message>
    <message>
        <source>Microsoft 365 groups</source>
        <translation>Microsoft 365-Gruppen</translation>
    </message>
    <message>
        <source>Calendar permissions</source>
        <translation>Kalenderberechtigungen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation>Kein Mandant geöffnet</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
</context>
<context>
    <name>ObjectListPane</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Keine Treffer für die Suche.</translation>
    </message>
    <message>
        <source>Nothing to show yet. Objects appear here once the tenant&apos;s snapshot has been read.</source>
        <translation>Noch nichts anzuzeigen. Objekte werden hier angezeigt, sobald die Momentaufnahme des Mandanten gelesen wurde.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>Die neue Sprache gilt sofort für alle geöffneten Fenster.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local Microsoft 365 school tenant (identity platform, Graph, Exchange admin REST, OneRoster) over HTTPS on 127.0.0.1. Prints one JSON line describing it, then serves until interrupted.</source>
        <translation>Ein lokaler Microsoft 365-Schulmandant (Identitätsplattform, Graph, Exchange-Admin-REST, OneRoster) über HTTPS auf 127.0.0.1. Gibt eine JSON-Zeile mit seiner Beschreibung aus und läuft dann, bis er unterbrochen wird.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Port, auf dem gelauscht wird (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of schools (default 4).</source>
        <translation>Anzahl der Schulen (Standard: 4).</translation>
    </message>
    <message>
        <source>Number of users (default 400).</source>
        <translation>Anzahl der Benutzer (Standard: 400).</translation>
    </message>
    <message>
        <source>Seed for the generated tenant (default 1).</source>
        <translation>Startwert (Seed) für den generierten Mandanten (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Delay per request in milliseconds, as A-B (default 2-6).</source>
        <translation>Verzögerung pro Anfrage in Millisekunden, als A-B (Standard: 2-6).</translation>
    </message>
    <message>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <source>Throttling profile: off, gentle, graph or storm (default gentle).</source>
        <translation>Drosselungsprofil: off, gentle, graph oder storm (Standard: gentle).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (default none).</source>
        <translation>Simulierte Fehler mit Raten von 0..1, z. B. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (Standard: keine).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Keep the tenant in this file, so changes survive a restart.</source>
        <translation>Den Mandanten in dieser Datei speichern, damit Änderungen einen Neustart überstehen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--port needs a number.</source>
        <translation>--port erfordert eine Zahl.</translation>
    </message>
    <message>
        <source>--schools needs a number from 1 to 500.</source>
        <translation>--schools erfordert eine Zahl von 1 bis 500.</translation>
    </message>
    <message>
        <source>--users needs a number from 10 to 1000000.</source>
        <translation>--users erfordert eine Zahl von 10 bis 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation>--seed erfordert eine Zahl.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Latenz „%1“ ist kein Millisekundenbereich wie z. B. 60-100.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Fehler „%1“ wird nicht verstanden. Verwenden Sie 503, 504, reset, truncate oder malformed mit einer Rate zwischen 0 und 1, z. B. 503=0.05,reset=0.02.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Drosselungsprofil „%1“ ist unbekannt. Verwenden Sie eines der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>No snapshot</source>
        <translation>Keine Momentaufnahme</translation>
    </message>
    <message>
        <source>Snapshot: just now</source>
        <translation>Momentaufnahme: gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n minute(s) old</source>
        <translation>
            <numerusform>Momentaufnahme: %n Minute alt</numerusform>
            <numerusform>Momentaufnahme: %n Minuten alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n hour(s) old</source>
        <translation>
            <numerusform>Momentaufnahme: %n Stunde alt</numerusform>
            <numerusform>Momentaufnahme: %n Stunden alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n day(s) old</source>
        <translation>
            <numerusform>Momentaufnahme: %n Tag alt</numerusform>
            <numerusform>Momentaufnahme: %n Tage alt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the embedded sandbox tenant at start, skipping the first-run screen.</source>
        <translation>Beim Start den eingebetteten Sandbox-Mandanten öffnen und den Begrüßungsbildschirm überspringen.</translation>
    </message>
    <message>
        <source>Use this interface language for this run (en, da, nb, de, pl, et).</source>
        <translation>Diese Oberflächensprache für diesen Lauf verwenden (en, da, nb, de, pl, et).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file once it is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters in dieser Datei speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Tenantdesk: a Microsoft 365 console for school service desks.</source>
        <translation>Tenantdesk: eine Microsoft 365-Konsole für Servicedesks von Schulen.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unbekannte Sprache „%1“. Verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Sandbox tenant</source>
        <translation>Sandbox-Mandant</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Der Sandbox-Mandant konnte nicht gestartet werden: %1</translation>
    </message>
</context>
</TS>
