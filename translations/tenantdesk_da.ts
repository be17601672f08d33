<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>(none in this version)</source>
        <translation>(ingen i denne version)</translation>
    </message>
    <message>
        <source>Tenantdesk on the command line: the same operations as the console, for scripts.</source>
        <translation>Tenantdesk på kommandolinjen: de samme handlinger som i konsollen, til scripts.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Den kommando, der skal køres.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;kommando&gt; [argumenter]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tenantdesk-cli --help for the list.</source>
        <translation>Ukendt kommando &quot;%1&quot;. Kør tenantdesk-cli --help for at se listen.</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Select an item in the list to see its details here.</source>
        <translation>Vælg et element på listen for at se detaljerne her.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tenantdesk</source>
        <translation>Velkommen til Tenantdesk</translation>
    </message>
    <message>
        <source>Choose the tenant to work on. The sandbox tenant is a complete school tenant on this computer: safe for practice and training, nothing you do there reaches Microsoft 365.</source>
        <translation>Vælg den lejer, du vil arbejde med. Sandkasselejeren er en komplet skolelejer på denne computer: sikker til øvelse og undervisning, og intet, du gør der, når ud til Microsoft 365.</translation>
    </message>
    <message>
        <source>Open the sandbox tenant</source>
        <translation>Åbn sandkasselejeren</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant…</source>
        <translation>Opret forbindelse til en Microsoft 365-lejer…</translation>
    </message>
    <message>
        <source>Connecting a Microsoft 365 tenant is not available in this version.</source>
        <translation>Det er ikke muligt at oprette forbindelse til en Microsoft 365-lejer i denne version.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No tenant open</source>
        <translation>Ingen lejer åben</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Lejer: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logget ind som %1</translation>
    </message>
    <message>
        <source>About Tenantdesk</source>
        <translation>Om Tenantdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;A Microsoft 365 console for school service desks: users, function mailboxes, distribution lists, groups, calendar permissions and licences, from a local snapshot of the tenant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;En Microsoft 365-konsol til skolernes Servicedesk: brugere, funktionspostkasser, distributionslister, grupper, kalendertilladelser og licenser ud fra et lokalt øjebliksbillede af lejeren.&lt;/p&gt;&lt;p&gt;Bygget med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tenantdesk</source>
        <translation>Tenantdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox tenant</source>
        <translation>Åbn &amp;sandkasselejeren</translation>
    </message>
    <message>
        <source>&amp;Connect a Microsoft 365 tenant…</source>
        <translation>&amp;Opret forbindelse til en Microsoft 365-lejer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Refresh snapshot</source>
        <translation>&amp;Opdater øjebliksbillede</translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation>Gå til &amp;navigation</translation>
    </message>
    <message>
        <source>Go to &amp;list</source>
        <translation>Gå til &amp;liste</translation>
    </message>
    <message>
        <source>Go to &amp;details</source>
        <translation>Gå til &amp;detaljer</translation>
    </message>
    <message>
        <source>&amp;About Tenantdesk</source>
        <translation>&amp;Om Tenantdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Search names, addresses and schools (Ctrl+F)</source>
        <translation>Søg efter navne, adresser og skoler (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
    </message>
    <message>
        <source>Function mailboxes</source>
        <translation>Funktionspostkasser</translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation>Distributionslister</translation>
    </message>
    <message>
        <source>Microsoft 365 groups</source>
        <translation>Microsoft 365-grupper</translation>
    </message>
    <message>
        <source>Calendar permissions</source>
        <translation>Kalendertilladelser</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lejer</translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation>Ingen lejer åben</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
</context>
<context>
    <name>ObjectListPane</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Intet matcher søgningen.</translation>
    </message>
    <message>
        <source>Nothing to show yet. Objects appear here once the tenant&apos;s snapshot has been read.</source>
        <translation>Der er intet at vise endnu. Objekter vises her, når lejerens øjebliksbillede er indlæst.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>Det nye sprog anvendes straks i alle åbne vinduer.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprog (%1)</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local Microsoft 365 school tenant (identity platform, Graph, Exchange admin REST, OneRoster) over HTTPS on 127.0.0.1. Prints one JSON line describing it, then serves until interrupted.</source>
        <translation>En lokal Microsoft 365-skolelejer (identitetsplatform, Graph, Exchange admin REST, OneRoster) over HTTPS på 127.0.0.1. Udskriver én JSON-linje, der beskriver den, og kører derefter, indtil den afbrydes.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Port, der skal lyttes på (standard: en vilkårlig ledig port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of schools (default 4).</source>
        <translation>Antal skoler (standard 4).</translation>
    </message>
    <message>
        <source>Number of users (default 400).</source>
        <translation>Antal brugere (standard 400).</translation>
    </message>
    <message>
        <source>Seed for the generated tenant (default 1).</source>
        <translation>Startværdi (seed) for den genererede lejer (standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Delay per request in milliseconds, as A-B (default 2-6).</source>
        <translation>Forsinkelse pr. anmodning i millisekunder, som A-B (standard 2-6).</translation>
    </message>
    <message>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <source>Throttling profile: off, gentle, graph or storm (default gentle).</source>
        <translation>Begrænsningsprofil: off, gentle, graph eller storm (standard gentle).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (default none).</source>
        <translation>Simulerede fejl med rater 0..1, f.eks. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (standard ingen).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Keep the tenant in this file, so changes survive a restart.</source>
        <translation>Gem lejeren i denne fil, så ændringer bevares efter en genstart.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--port needs a number.</source>
        <translation>--port kræver et tal.</translation>
    </message>
    <message>
        <source>--schools needs a number from 1 to 500.</source>
        <translation>--schools kræver et tal fra 1 til 500.</translation>
    </message>
    <message>
        <source>--users needs a number from 10 to 1000000.</source>
        <translation>--users kræver et tal fra 10 til 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation>--seed kræver et tal.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Forsinkelsen &quot;%1&quot; er ikke et interval i millisekunder som f.eks. 60-100.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Fejlen &quot;%1&quot; blev ikke forstået. Brug 503, 504, reset, truncate eller malformed med en rate mellem 0 og 1, f.eks. 503=0.05,reset=0.02.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Begrænsningsprofilen &quot;%1&quot; er ukendt. Brug en af: %2.</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>No snapshot</source>
        <translation>Intet øjebliksbillede</translation>
    </message>
    <message>
        <source>Snapshot: just now</source>
        <translation>Øjebliksbillede: netop nu</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n minute(s) old</source>
        <translation>
            <numerusform>Øjebliksbillede: %n minut gammelt</numerusform>
            <numerusform>Øjebliksbillede: %n minutter gammelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n hour(s) old</source>
        <translation>
            <numerusform>Øjebliksbillede: %n time gammelt</numerusform>
            <numerusform>Øjebliksbillede: %n timer gammelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n day(s) old</source>
        <translation>
            <numerusform>Øjebliksbillede: %n dag gammelt</numerusform>
            <numerusform>Øjebliksbillede: %n dage gammelt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the embedded sandbox tenant at start, skipping the first-run screen.</source>
        <translation>Åbn den indbyggede sandkasselejer ved start, og spring velkomstskærmen over.</translation>
    </message>
    <message>
        <source>Use this interface language for this run (en, da, nb, de, pl, et).</source>
        <translation>Brug dette sprog i brugerfladen under denne kørsel (en, da, nb, de, pl, et).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file once it is shown, then quit.</source>
        <translation>Gem et billede af hovedvinduet i denne fil, når det vises, og afslut derefter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Tenantdesk: a Microsoft 365 console for school service desks.</source>
        <translation>Tenantdesk: en Microsoft 365-konsol til skolernes Servicedesk.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation>Ukendt sprog &quot;%1&quot;. Brug et af: %2.</translation>
    </message>
    <message>
        <source>Sandbox tenant</source>
        <translation>Sandkasselejer</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Sandkasselejeren kunne ikke starte: %1</translation>
    </message>
</context>
</TS>
