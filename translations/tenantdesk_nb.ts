<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>(none in this version)</source>
        <translation>(ingen i denne versjonen)</translation>
    </message>
    <message>
        <source>Tenantdesk on the command line: the same operations as the console, for scripts.</source>
        <translation>Tenantdesk på kommandolinjen: de samme operasjonene som i konsollen, for skript.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Kommandoen som skal kjøres.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;kommando&gt; [argumenter]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tenantdesk-cli --help for the list.</source>
        <translation>Ukjent kommando «%1». Kjør tenantdesk-cli --help for å se listen.</translation>
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
        <translation>Velg et element i listen for å se detaljene her.</translation>
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
        <translation>Velg leietakeren du vil arbeide med. Sandkasseleietakeren er en komplett skoleleietaker på denne datamaskinen: trygg for øving og opplæring, og ingenting du gjør der, når Microsoft 365.</translation>
    </message>
    <message>
        <source>Open the sandbox tenant</source>
        <translation>Åpne sandkasseleietakeren</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant…</source>
        <translation>Koble til en Microsoft 365-leietaker…</translation>
    </message>
    <message>
        <source>Connecting a Microsoft 365 tenant is not available in this version.</source>
        <translation>Tilkobling til en Microsoft 365-leietaker er ikke tilgjengelig i denne versjonen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No tenant open</source>
        <translation>Ingen leietaker åpen</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Leietaker: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget på</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logget på som %1</translation>
    </message>
    <message>
        <source>About Tenantdesk</source>
        <translation>Om Tenantdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;A Microsoft 365 console for school service desks: users, function mailboxes, distribution lists, groups, calendar permissions and licences, from a local snapshot of the tenant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;En Microsoft 365-konsoll for skolenes brukerstøtte: brukere, funksjonspostkasser, distribusjonslister, grupper, kalendertillatelser og lisenser, fra et lokalt øyeblikksbilde av leietakeren.&lt;/p&gt;&lt;p&gt;Bygd med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tenantdesk</source>
        <translation>Tenantdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
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
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox tenant</source>
        <translation>Åpne &amp;sandkasseleietakeren</translation>
    </message>
    <message>
        <source>&amp;Connect a Microsoft 365 tenant…</source>
        <translation>&amp;Koble til en Microsoft 365-leietaker…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Søk…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Refresh snapshot</source>
        <translation>&amp;Oppdater øyeblikksbilde</translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation>Gå til &amp;navigasjon</translation>
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
        <translation>Søk etter navn, adresser og skoler (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>Function mailboxes</source>
        <translation>Funksjonspostkasser</translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation>Distribusjonslister</translation>
    </message>
    <message>
        <source>Microsoft 365 groups</source>
        <translation>Microsoft 365-grupper</translation>
    </message>
    <message>
        <source>Calendar permissions</source>
        <translation>Kalendertillatelser</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation>Ingen leietaker åpen</translation>
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
        <translation>Ingen treff på søket.</translation>
    </message>
    <message>
        <source>Nothing to show yet. Objects appear here once the tenant&apos;s snapshot has been read.</source>
        <translation>Ingenting å vise ennå. Objekter vises her når øyeblikksbildet av leietakeren er lest inn.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>Det nye språket tas i bruk umiddelbart i alle åpne vinduer.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemspråk (%1)</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local Microsoft 365 school tenant (identity platform, Graph, Exchange admin REST, OneRoster) over HTTPS on 127.0.0.1. Prints one JSON line describing it, then serves until interrupted.</source>
        <translation>En lokal Microsoft 365-skoleleietaker (identitetsplattform, Graph, Exchange admin REST, OneRoster) over HTTPS på 127.0.0.1. Skriver ut én JSON-linje som beskriver den, og kjører deretter til den avbrytes.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Port det skal lyttes på (standard: en hvilken som helst ledig port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of schools (default 4).</source>
        <translation>Antall skoler (standard 4).</translation>
    </message>
    <message>
        <source>Number of users (default 400).</source>
        <translation>Antall brukere (standard 400).</translation>
    </message>
    <message>
        <source>Seed for the generated tenant (default 1).</source>
        <translation>Startverdi (seed) for den genererte leietakeren (standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Delay per request in milliseconds, as A-B (default 2-6).</source>
        <translation>Forsinkelse per forespørsel i millisekunder, som A-B (standard 2-6).</translation>
    </message>
    <message>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <source>Throttling profile: off, gentle, graph or storm (default gentle).</source>
        <translation>Begrensningsprofil: off, gentle, graph eller storm (standard gentle).</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (default none).</source>
        <translation>Simulerte feil med rater 0..1, f.eks. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (standard ingen).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Keep the tenant in this file, so changes survive a restart.</source>
        <translation>Lagre leietakeren i denne filen, slik at endringer bevares ved omstart.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--port needs a number.</source>
        <translation>--port krever et tall.</translation>
    </message>
    <message>
        <source>--schools needs a number from 1 to 500.</source>
        <translation>--schools krever et tall fra 1 til 500.</translation>
    </message>
    <message>
        <source>--users needs a number from 10 to 1000000.</source>
        <translation>--users krever et tall fra 10 til 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation>--seed krever et tall.</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Forsinkelsen «%1» er ikke et område i millisekunder, for eksempel 60-100.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Feilen «%1» forstås ikke. Bruk 503, 504, reset, truncate eller malformed med en rate mellom 0 og 1, f.eks. 503=0.05,reset=0.02.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Begrensningsprofilen «%1» er ukjent. Bruk en av: %2.</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>No snapshot</source>
        <translation>Ikke noe øyeblikksbilde</translation>
    </message>
    <message>
        <source>Snapshot: just now</source>
        <translation>Øyeblikksbilde: akkurat nå</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n minute(s) old</source>
        <translation>
            <numerusform>Øyeblikksbilde: %n minutt gammelt</numerusform>
            <numerusform>Øyeblikksbilde: %n minutter gammelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n hour(s) old</source>
        <translation>
            <numerusform>Øyeblikksbilde: %n time gammelt</numerusform>
            <numerusform>Øyeblikksbilde: %n timer gammelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n day(s) old</source>
        <translation>
            <numerusform>Øyeblikksbilde: %n dag gammelt</numerusform>
            <numerusform>Øyeblikksbilde: %n dager gammelt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the embedded sandbox tenant at start, skipping the first-run screen.</source>
        <translation>Åpne den innebygde sandkasseleietakeren ved oppstart, og hopp over velkomstskjermen.</translation>
    </message>
    <message>
        <source>Use this interface language for this run (en, da, nb, de, pl, et).</source>
        <translation>Bruk dette grensesnittspråket for denne kjøringen (en, da, nb, de, pl, et).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file once it is shown, then quit.</source>
        <translation>Lagre et bilde av hovedvinduet i denne filen når det vises, og avslutt deretter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Tenantdesk: a Microsoft 365 console for school service desks.</source>
        <translation>Tenantdesk: en Microsoft 365-konsoll for skolenes brukerstøtte.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation>Ukjent språk «%1». Bruk ett av: %2.</translation>
    </message>
    <message>
        <source>Sandbox tenant</source>
        <translation>Sandkasseleietaker</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Sandkasseleietakeren kunne ikke starte: %1</translation>
    </message>
</context>
</TS>
