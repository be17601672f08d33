<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Käsud:</translation>
    </message>
    <message>
        <source>(none in this version)</source>
        <translation>(selles versioonis pole)</translation>
    </message>
    <message>
        <source>Tenantdesk on the command line: the same operations as the console, for scripts.</source>
        <translation>Tenantdesk käsureal: samad toimingud mis konsoolis, skriptide jaoks.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Käivitatav käsk.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;käsk&gt; [argumendid]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tenantdesk-cli --help for the list.</source>
        <translation>Tundmatu käsk „%1“. Loendi nägemiseks käivitage tenantdesk-cli --help.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Select an item in the list to see its details here.</source>
        <translation>Valige loendist üksus, et näha siin selle üksikasju.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tenantdesk</source>
        <translation>Tere tulemast rakendusse Tenantdesk</translation>
    </message>
    <message>
        <source>Choose the tenant to work on. The sandbox tenant is a complete school tenant on this computer: safe for practice and training, nothing you do there reaches Microsoft 365.</source>
        <translation>Valige rentnik, millega soovite töötada. Liivakasti rentnik on selles arvutis asuv täielik kooli rentnik: ohutu harjutamiseks ja koolitusteks, sest miski, mida seal teete, ei jõua Microsoft 365 teenusesse.</translation>
    </message>
    <message>
        <source>Open the sandbox tenant</source>
        <translation>Ava liivakasti rentnik</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant…</source>
        <translation>Loo ühendus Microsoft 365 rentnikuga…</translation>
    </message>
    <message>
        <source>Connecting a Microsoft 365 tenant is not available in this version.</source>
        <translation>Microsoft 365 rentnikuga ühenduse loomine pole selles versioonis saadaval.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No tenant open</source>
        <translation>Ühtki rentnikku pole avatud</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Rentnik: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Pole sisse logitud</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sisse logitud kasutajana %1</translation>
    </message>
    <message>
        <source>About Tenantdesk</source>
        <translation>Teave Tenantdeski kohta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;A Microsoft 365 console for school service desks: users, function mailboxes, distribution lists, groups, calendar permissions and licences, from a local snapshot of the tenant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;Microsoft 365 konsool koolide kasutajatoele: kasutajad, ühiskasutusega postkastid, jaotusloendid, rühmad, kalendri õigused ja litsentsid, rentniku kohaliku hetktõmmise põhjal.&lt;/p&gt;&lt;p&gt;Koostatud Qt %2 abil.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tenantdesk</source>
        <translation>Tenantdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Spikker</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox tenant</source>
        <translation>Ava &amp;liivakasti rentnik</translation>
    </message>
    <message>
        <source>&amp;Connect a Microsoft 365 tenant…</source>
        <translation>Loo &amp;ühendus Microsoft 365 rentnikuga…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Eelistused…</translation>
    </message>
    <message>
        <source>&amp;Refresh snapshot</source>
        <translation>&amp;Värskenda hetktõmmist</translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation>Liigu &amp;navigeerimispaanile</translation>
    </message>
    <message>
        <source>Go to &amp;list</source>
        <translation>Liigu &amp;loendisse</translation>
    </message>
    <message>
        <source>Go to &amp;details</source>
        <translation>Liigu &amp;üksikasjadesse</translation>
    </message>
    <message>
        <source>&amp;About Tenantdesk</source>
        <translation>&amp;Teave Tenantdeski kohta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Teave &amp;Qt kohta</translation>
    </message>
    <message>
        <source>Search names, addresses and schools (Ctrl+F)</source>
        <translation>Otsi nimesid, aadresse ja koole (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Users</source>
        <translation>Kasutajad</translation>
    </message>
    <message>
        <source>Function mailboxes</source>
        <translation>Ühiskasutusega postkastid</translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation>Jaotusloendid</translation>
    </message>
    <message>
        <source>Microsoft 365 groups</source>
        <translation>Microsoft 365 rühmad</translation>
    </message>
    <message>
        <source>Calendar permissions</source>
        <translation>Kalendri õigused</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Litsentsid</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Sätted</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Rentnik</translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation>Ühtki rentnikku pole avatud</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Koolid</translation>
    </message>
</context>
<context>
    <name>ObjectListPane</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Otsingule ei vasta midagi.</translation>
    </message>
    <message>
        <source>Nothing to show yet. Objects appear here once the tenant&apos;s snapshot has been read.</source>
        <translation>Veel pole midagi kuvada. Objektid kuvatakse siin, kui rentniku hetktõmmis on loetud.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Keel:</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>Uus keel rakendub kohe kõigile avatud akendele.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Süsteemi keel (%1)</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local Microsoft 365 school tenant (identity platform, Graph, Exchange admin REST, OneRoster) over HTTPS on 127.0.0.1. Prints one JSON line describing it, then serves until interrupted.</source>
        <translation>Kohalik Microsoft 365 kooli rentnik (identiteediplatvorm, Graph, Exchange admin REST, OneRoster) HTTPS-i kaudu aadressil 127.0.0.1. Väljastab ühe seda kirjeldava JSON-rea ja töötab seejärel, kuni see katkestatakse.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Kuulatav port (vaikimisi: suvaline vaba port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of schools (default 4).</source>
        <translation>Koolide arv (vaikimisi 4).</translation>
    </message>
    <message>
        <source>Number of users (default 400).</source>
        <translation>Kasutajate arv (vaikimisi 400).</translation>
    </message>
    <message>
        <source>Seed for the generated tenant (default 1).</source>
        <translation>Loodava rentniku juhuarvuseeme (seed) (vaikimisi 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Delay per request in milliseconds, as A-B (default 2-6).</source>
        <translation>Viivitus päringu kohta millisekundites, kujul A-B (vaikimisi 2-6).</translation>
    </message>
    <message>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <source>Throttling profile: off, gentle, graph or storm (default gentle).</source>
        <translation>Piiramisprofiil: off, gentle, graph või storm (vaikimisi gentle).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (default none).</source>
        <translation>Simuleeritud tõrked sagedusega 0..1, nt 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (vaikimisi puuduvad).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Keep the tenant in this file, so changes survive a restart.</source>
        <translation>Hoia rentnikku selles failis, et muudatused säiliksid taaskäivitamisel.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--port needs a number.</source>
        <translation>--port vajab arvu.</translation>
    </message>
    <message>
        <source>--schools needs a number from 1 to 500.</source>
        <translation>--schools vajab arvu vahemikus 1 kuni 500.</translation>
    </message>
    <message>
        <source>--users needs a number from 10 to 1000000.</source>
        <translation>--users vajab arvu vahemikus 10 kuni 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation>--seed vajab arvu.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Latentsus „%1“ ei ole millisekundite vahemik, nt 60-100.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Tõrget „%1“ ei mõisteta. Kasutage väärtusi 503, 504, reset, truncate või malformed sagedusega 0 kuni 1, nt 503=0.05,reset=0.02.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Piiramisprofiil „%1“ on tundmatu. Kasutage ühte järgmistest: %2.</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>No snapshot</source>
        <translation>Hetktõmmist pole</translation>
    </message>
    <message>
        <source>Snapshot: just now</source>
        <translation>Hetktõmmis: just praegu</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n minute(s) old</source>
        <translation>
            <numerusform>Hetktõmmis: %n minut vana</numerusform>
            <numerusform>Hetktõmmis: %n minutit vana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n hour(s) old</source>
        <translation>
            <numerusform>Hetktõmmis: %n tund vana</numerusform>
            <numerusform>Hetktõmmis: %n tundi vana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n day(s) old</source>
        <translation>
            <numerusform>Hetktõmmis: %n päev vana</numerusform>
            <numerusform>Hetktõmmis: %n päeva vana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the embedded sandbox tenant at start, skipping the first-run screen.</source>
        <translation>Ava käivitamisel sisseehitatud liivakasti rentnik ja jäta esmakäivituse kuva vahele.</translation>
    </message>
    <message>
        <source>Use this interface language for this run (en, da, nb, de, pl, et).</source>
        <translation>Kasuta selle käivituse ajal seda liidese keelt (en, da, nb, de, pl, et).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kood</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file once it is shown, then quit.</source>
        <translation>Salvesta põhiakna pilt sellesse faili, kui aken on kuvatud, ja välju seejärel.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>Tenantdesk: a Microsoft 365 console for school service desks.</source>
        <translation>Tenantdesk: Microsoft 365 konsool koolide kasutajatoele.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation>Tundmatu keel „%1“. Kasutage ühte järgmistest: %2.</translation>
    </message>
    <message>
        <source>Sandbox tenant</source>
        <translation>Liivakasti rentnik</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Liivakasti rentnikku ei õnnestunud käivitada: %1</translation>
    </message>
</context>
</TS>
