<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>AccessTokenProvider</name>
    <message>
        <source>Profile %1 is not signed in. Sign in to continue.</source>
        <translation>Profiil %1 pole sisse logitud. Jätkamiseks logige sisse.</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
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
        <source>S&amp;witch profile</source>
        <translation>&amp;Vaheta profiili</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Profiile veel pole</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Logi välja…</translation>
    </message>
</context>
<context>
    <name>BlockingSession</name>
    <message>
        <source>Sign in in your web browser. If it did not open, visit:</source>
        <translation>Logige sisse veebibrauseris. Kui brauser ei avanenud, külastage aadressi:</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %3 minutes).</source>
        <translation>Sisselogimiseks avage mis tahes seadmes %1 ja sisestage kood %2 (kehtivusaeg: %3 min).</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The console could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Konsool ei saanud brauseri vastuse ootamiseks aadressil 127.0.0.1 kuulata.</translation>
    </message>
    <message>
        <source>The sign-in is complete. You can close this browser window and return to Tenantdesk.</source>
        <translation>Sisselogimine on lõpule viidud. Võite selle brauseriakna sulgeda ja naasta Tenantdeski.</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored.</source>
        <translation>See päring ei kuulu käimasoleva sisselogimise juurde ja jäeti tähelepanuta.</translation>
    </message>
</context>
<context>
    <name>CalendarRoleTable</name>
    <message>
        <source>Not shared</source>
        <comment>calendar sharing level</comment>
        <translation>Pole jagatud</translation>
    </message>
    <message>
        <source>Can view when I&apos;m busy</source>
        <comment>calendar sharing level (free/busy)</comment>
        <translation>Saab näha, millal olen hõivatud</translation>
    </message>
    <message>
        <source>Can view titles and locations</source>
        <comment>calendar sharing level (limited details)</comment>
        <translation>Saab näha pealkirju ja asukohti</translation>
    </message>
    <message>
        <source>Can view all details</source>
        <comment>calendar sharing level</comment>
        <translation>Saab näha kõiki üksikasju</translation>
    </message>
    <message>
        <source>Can edit</source>
        <comment>calendar sharing level</comment>
        <translation>Saab redigeerida</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>calendar sharing level</comment>
        <translation>Delegaat</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>calendar sharing level: a role Outlook has no name for</comment>
        <translation>Kohandatud</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The certificate file %1 of the profile could not be read.</source>
        <translation>Profiili sertifikaadifaili %1 ei saanud lugeda.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no certificate.</source>
        <translation>Profiili sertifikaadifail ei sisalda sertifikaati.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no usable RSA private key. The key must be in the same PEM file as the certificate and not be encrypted.</source>
        <translation>Profiili sertifikaadifail ei sisalda kasutatavat RSA privaatvõtit. Võti peab olema sertifikaadiga samas PEM-failis ega tohi olla krüptitud.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsSignIn</name>
    <message>
        <source>No client secret is stored for profile %1. Sign in with the application&apos;s secret again.</source>
        <translation>Profiili %1 jaoks pole kliendi saladust salvestatud. Logige uuesti sisse rakenduse saladusega.</translation>
    </message>
</context>
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
    <message>
        <source>The tenant profile to use (default: the current one).</source>
        <translation>Kasutatav rentniku profiil (vaikimisi: praegune).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>No profile chosen. Use --profile NAME, or add one with: tenantdesk-cli profile add</source>
        <translation>Profiili pole valitud. Kasutage suvandit --profile NAME või lisage profiil käsuga: tenantdesk-cli profile add</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Profiili nimega „%1“ pole.</translation>
    </message>
    <message>
        <source>Log every request and step to standard error.</source>
        <translation>Logi iga päring ja etapp standardsesse veaväljundisse.</translation>
    </message>
    <message>
        <source>Run tenantdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Käsu valikute nägemiseks käivitage tenantdesk-cli KÄSK --help.</translation>
    </message>
</context>
<context>
    <name>ConnectTenantWizard</name>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation>Sisse logitud, kuid profiili ei saanud salvestada: %1</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant</source>
        <translation>Ühenduse loomine Microsoft 365 rentnikuga</translation>
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
    <name>Error</name>
    <message>
        <source>The object was not found in the tenant. It may have been deleted or renamed.</source>
        <translation>Objekti ei leitud rentnikust. Võimalik, et see on kustutatud või ümber nimetatud.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the request: the signed-in account lacks the permission or the admin role it needs.</source>
        <translation>Microsoft 365 keeldus päringust: sisselogitud kontol puudub vajalik õigus või administraatoriroll.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the sign-in. Sign in again.</source>
        <translation>Microsoft 365 ei aktsepteerinud sisselogimist. Logige uuesti sisse.</translation>
    </message>
    <message>
        <source>The change conflicts with an object that already exists in the tenant.</source>
        <translation>Muudatus on vastuolus rentnikus juba olemasoleva objektiga.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the request as invalid.</source>
        <translation>Microsoft 365 lükkas päringu kehtetuna tagasi.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired; a full read is needed.</source>
        <translation>Salvestatud muudatuste jälgimise link on aegunud; vaja on täielikku lugemist.</translation>
    </message>
    <message>
        <source>Microsoft 365 had an internal error. Try again later.</source>
        <translation>Microsoft 365 teenuses ilmnes sisemine tõrge. Proovige hiljem uuesti.</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with an error (HTTP %1).</source>
        <translation>Microsoft 365 vastas tõrkega (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in was refused: an administrator has not consented to Tenantdesk in this tenant, or the user declined.</source>
        <translation>Sisselogimisest keelduti: administraator pole selles rentnikus Tenantdeskile nõusolekut andnud või kasutaja keeldus nõusolekust.</translation>
    </message>
    <message>
        <source>Sign-in failed: the tenant in the profile does not exist or the account belongs to another tenant.</source>
        <translation>Sisselogimine nurjus: profiilis määratud rentnikku pole olemas või konto kuulub teisele rentnikule.</translation>
    </message>
    <message>
        <source>Sign-in failed: the application (client) id in the profile is not registered in this tenant.</source>
        <translation>Sisselogimine nurjus: profiilis määratud rakenduse (kliendi) ID pole selles rentnikus registreeritud.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret or certificate was not accepted.</source>
        <translation>Sisselogimine nurjus: kliendi saladust või sertifikaati ei aktsepteeritud.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Sisselogimiskood aegus enne kasutamist. Alustage sisselogimist uuesti.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Salvestatud sisselogimine ei kehti enam. Logige uuesti sisse.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Sisselogimine nurjus.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (where)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>Serveriga ei saadud ühendust. Kontrollige võrguühendust.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Serveri sertifikaat pole usaldusväärne, seetõttu ühendusest keelduti.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Server ei vastanud õigel ajal.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Tühistatud.</translation>
    </message>
    <message>
        <source>Microsoft 365 is throttling requests and kept doing so after several retries. Try again in a few minutes.</source>
        <translation>Microsoft 365 piirab päringuid ja jätkas piiramist ka pärast mitut uuesti proovimist. Proovige mõne minuti pärast uuesti.</translation>
    </message>
    <message>
        <source>The server sent an answer Tenantdesk could not understand.</source>
        <translation>Server saatis vastuse, millest Tenantdesk aru ei saanud.</translation>
    </message>
    <message>
        <source>Refused to send data over an unencrypted connection (only loopback may use plain HTTP).</source>
        <translation>Andmete saatmisest krüptimata ühenduse kaudu keelduti (lihtsat HTTP-d tohib kasutada ainult tagasisilmusaadressil).</translation>
    </message>
    <message>
        <source>You are not signed in to this tenant, or the sign-in has expired. Sign in again.</source>
        <translation>Te pole sellesse rentnikku sisse logitud või sisselogimine on aegunud. Logige uuesti sisse.</translation>
    </message>
    <message>
        <source>The settings are incomplete or wrong.</source>
        <translation>Sätted on puudulikud või valed.</translation>
    </message>
    <message>
        <source>Could not read or write local data.</source>
        <translation>Kohalikke andmeid ei saanud lugeda ega kirjutada.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Serveri vastus: %1</translation>
    </message>
    <message>
        <source>Code: %1.</source>
        <translation>Kood: %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1.</source>
        <translation>HTTP olek: %1.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Päringu ID: %1.</translation>
    </message>
    <message>
        <source>The change was sent, but its answer was lost, so it is not known whether Microsoft 365 made it. Check the object before trying again.</source>
        <translation>Muudatus saadeti, kuid vastus läks kaduma, seega pole teada, kas Microsoft 365 selle tegi. Kontrollige objekti enne uuesti proovimist.</translation>
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
    <name>GraphCommand</name>
    <message>
        <source>Make one Microsoft Graph call (GET, POST, PATCH, PUT, DELETE) and print the answer.</source>
        <translation>Tee üks Microsoft Graphi päring (GET, POST, PATCH, PUT, DELETE) ja väljasta vastus.</translation>
    </message>
    <message>
        <source>JSON body, or @FILE to read it from a file.</source>
        <translation>Päringu sisu JSON-vormingus või @FILE, et lugeda see failist.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Extra request header &quot;Name: value&quot;.</source>
        <translation>Täiendav päringu päis kujul &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>päis</translation>
    </message>
    <message>
        <source>Follow @odata.nextLink and print every page&apos;s items.</source>
        <translation>Järgi linki @odata.nextLink ja väljasta kõigi lehtede üksused.</translation>
    </message>
    <message>
        <source>GET, POST, PATCH, PUT or DELETE.</source>
        <translation>GET, POST, PATCH, PUT või DELETE.</translation>
    </message>
    <message>
        <source>Path below the profile&apos;s Graph URL, e.g. /users.</source>
        <translation>Tee profiili Graphi URL-i all, nt /users.</translation>
    </message>
    <message>
        <source>Usage: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</source>
        <translation>Kasutus: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &quot;Name: value&quot;.</source>
        <translation>Päis „%1“ ei ole kujul &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Faili %1 ei saanud lugeda: %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Päringu sisu ei ole kehtiv JSON: %1 märgi %2 juures.</translation>
    </message>
    <message>
        <source>--all works with GET only.</source>
        <translation>--all töötab ainult koos GET-iga.</translation>
    </message>
    <message>
        <source>HTTP %1, no content.</source>
        <translation>HTTP %1, sisu puudub.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s).</source>
        <translation>
            <numerusform>%n üksus, lehti: %1.</numerusform>
            <numerusform>%n üksust, lehti: %1.</numerusform>
        </translation>
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
    <message>
        <source>Sign out</source>
        <translation>Logi välja</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Logi välja</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>&amp;Katkesta värskendamine</translation>
    </message>
    <message>
        <source>Sign out %1? Tenantdesk forgets this sign-in on this computer. The local snapshot of the tenant stays readable offline unless you delete it too.</source>
        <translation>Kas logida %1 välja? Tenantdesk unustab selle sisselogimise selles arvutis. Rentniku kohalik hetktõmmis jääb võrguühenduseta loetavaks, kui te seda ka ei kustuta.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local snapshot (the people, classes and their data) from this computer</source>
        <translation>&amp;Kustuta sellest arvutist ka kohalik hetktõmmis (isikud, õpperühmad ja nende andmed)</translation>
    </message>
</context>
<context>
    <name>MsalCacheFile</name>
    <message>
        <source>%1 is not a regular file. Choose another file name for the exported token cache.</source>
        <translation>%1 ei ole tavaline fail. Valige eksporditud lubade vahemälu jaoks mõni muu failinimi.</translation>
    </message>
    <message>
        <source>The token cache could not be written to %1.</source>
        <translation>Lubade vahemälu ei saanud kirjutada faili %1.</translation>
    </message>
    <message>
        <source>The token cache file %1 could not be read.</source>
        <translation>Lubade vahemälu faili %1 ei saanud lugeda.</translation>
    </message>
    <message>
        <source>The file %1 is not an MSAL token cache.</source>
        <translation>Fail %1 ei ole MSAL-i lubade vahemälu.</translation>
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
        <source>Tenantdesk does not show this list yet.</source>
        <translation>Tenantdesk seda loendit veel ei näita.</translation>
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
    <name>ProfileCommand</name>
    <message>
        <source>Could not read standard input.</source>
        <translation>Standardsisendit ei saanud lugeda.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Faili %1 ei saanud lugeda: %2</translation>
    </message>
    <message>
        <source>The sandbox line is not a JSON object (%1 at character %2).</source>
        <translation>Liivakasti rida ei ole JSON-objekt (%1 märgi %2 juures).</translation>
    </message>
    <message>
        <source>%1, valid until %2, SHA-256 %3</source>
        <translation>%1, kehtib kuni %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Add, list, show, remove or choose tenant profiles.</source>
        <translation>Lisa, loetle, kuva, eemalda või vali rentniku profiile.</translation>
    </message>
    <message>
        <source>Usage:
  profile add NAME --tenant TENANT --client-id ID [--method METHOD] [--authority URL]
              [--graph-url URL] [--exchange-url URL] [--app-client-id ID]
              [--certificate PEM] [--trusted-certificate PEM]
  profile add NAME --from-sandbox JSON|FILE|-
  profile list [--json]
  profile show NAME [--json]
  profile remove NAME
  profile use NAME
METHOD is browser, device-code, client-secret or client-certificate.</source>
        <translation>Kasutus:
  profile add NAME --tenant TENANT --client-id ID [--method METHOD] [--authority URL]
              [--graph-url URL] [--exchange-url URL] [--app-client-id ID]
              [--certificate PEM] [--trusted-certificate PEM]
  profile add NAME --from-sandbox JSON|FILE|-
  profile list [--json]
  profile show NAME [--json]
  profile remove NAME
  profile use NAME
METHOD on browser, device-code, client-secret või client-certificate.</translation>
    </message>
    <message>
        <source>Tenant id or domain.</source>
        <translation>Rentniku ID või domeen.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>rentnik</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Rakenduse (kliendi) ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in, if different.</source>
        <translation>Rakenduse ID järelevalveta sisselogimiseks, kui see on erinev.</translation>
    </message>
    <message>
        <source>Sign-in method.</source>
        <translation>Sisselogimismeetod.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>meetod</translation>
    </message>
    <message>
        <source>Sign-in authority URL.</source>
        <translation>Sisselogimise autoriteedi URL.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Microsoft Graph URL.</source>
        <translation>Microsoft Graphi URL.</translation>
    </message>
    <message>
        <source>Exchange Online URL.</source>
        <translation>Exchange Online’i URL.</translation>
    </message>
    <message>
        <source>PEM file with the application&apos;s certificate and key.</source>
        <translation>PEM-fail rakenduse sertifikaadi ja võtmega.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>PEM file with a CA certificate trusted for this profile only.</source>
        <translation>PEM-fail sertifitseerimiskeskuse sertifikaadiga, mida usaldatakse ainult selle profiili puhul.</translation>
    </message>
    <message>
        <source>The JSON line tenantdesk-sandbox printed (text, file or -).</source>
        <translation>JSON-rida, mille tenantdesk-sandbox väljastas (tekst, fail või -).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Profiili nimi.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Tundmatu sisselogimismeetod „%1“.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ei sisalda PEM-sertifikaati.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Profiili ei salvestatud: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Profiil „%1“ on värskendatud.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Profiil „%1“ on lisatud.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tenantdesk-cli profile add NAME ...</source>
        <translation>Profiile veel pole. Lisage profiil käsuga: tenantdesk-cli profile add NAME ...</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Profiili nimega „%1“ pole.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Rentnik</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Kliendi ID</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in</source>
        <translation>Rakenduse ID järelevalveta sisselogimiseks</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Sisselogimismeetod</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoriteet</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikaat</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Usaldusväärne sertifikaat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed from the keychain; the profile was kept.</source>
        <translation>Profiili saladusi ei saanud võtmehoidlast eemaldada; profiil jäeti alles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the current profile.</source>
        <translation>„%1“ on nüüd praegune profiil.</translation>
    </message>
    <message>
        <source>The profile&apos;s local snapshot could not be deleted; the profile was kept.</source>
        <translation>Profiili kohalikku hetktõmmist ei saanud kustutada; profiil jäeti alles.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its sign-in secrets and its local snapshot.</source>
        <translation>Profiil „%1” eemaldati koos sisselogimissaladuste ja kohaliku hetktõmmisega.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refresh snapshot</source>
        <translation>Värskenda hetktõmmist</translation>
    </message>
    <message>
        <source>The snapshot could not be refreshed: %1</source>
        <translation>Hetktõmmist ei saanud värskendada: %1</translation>
    </message>
    <message>
        <source>Refreshing the snapshot…</source>
        <translation>Hetktõmmise värskendamine…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s)</source>
        <comment>refresh progress: phase, objects read so far</comment>
        <translation>
            <numerusform>%1: %n objekt</numerusform>
            <numerusform>%1: %n objekti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 per second</source>
        <comment>refresh progress: the text so far, objects read per second</comment>
        <translation>%1, %2 sekundis</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, jäänud umbes %n minut</numerusform>
            <numerusform>%1, jäänud umbes %n minutit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, jäänud umbes %n sekund</numerusform>
            <numerusform>%1, jäänud umbes %n sekundit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Värskenda</translation>
    </message>
    <message>
        <source>Try to read the tenant again (F5)</source>
        <translation>Proovi rentnikku uuesti lugeda (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the snapshot as it was (Esc)</source>
        <translation>Peata värskendamine ja jäta hetktõmmis muutmata (Esc)</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Värskendamine nurjus: %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the snapshot is as it was.</source>
        <translation>Värskendamine tühistati; hetktõmmis jäi muutmata.</translation>
    </message>
    <message>
        <source>Snapshot refreshed.</source>
        <translation>Hetktõmmis on värskendatud.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Üksikasjad…</translation>
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
    <message>
        <source>Behave as Microsoft 365 does where it is harder on clients: strict, or a comma list of switches such as upn-ranges,page-token-expiry=120 (default off; the README lists every switch).</source>
        <translation>Käitu nagu Microsoft 365 seal, kus see on klientide suhtes rangem: strict või komadega eraldatud lülitite loend, näiteks upn-ranges,page-token-expiry=120 (vaikimisi off; README kirjeldab iga lülitit).</translation>
    </message>
    <message>
        <source>flat: the --latency-ms delay per request; graph: 60-100 ms plus about 1 ms per object returned, an estimate of real Graph (default flat).</source>
        <translation>flat: --latency-ms viivitus päringu kohta; graph: 60–100 ms pluss umbes 1 ms iga tagastatud objekti kohta, hinnang päris Graphile (vaikimisi flat).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MUDEL</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (default none).</source>
        <translation>Simuleeritud tõrked sagedusega 0..1, nt 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (vaikimisi puuduvad).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Latentsus „%1“ ei ole millisekundite vahemik, nt 60-100.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Piiramisprofiil „%1“ on tundmatu. Kasutage ühte järgmistest: %2.</translation>
    </message>
    <message>
        <source>Realism switch &quot;%1&quot; is not understood. Use strict, off or a comma list of: %2.</source>
        <translation>Realismilülitit „%1” ei mõisteta. Kasuta strict, off või komadega eraldatud loendit: %2.</translation>
    </message>
    <message>
        <source>Latency model &quot;%1&quot; is unknown. Use flat or graph.</source>
        <translation>Latentsusmudel „%1” on tundmatu. Kasuta flat või graph.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, reset-after-body, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Tõrget „%1“ ei mõisteta. Kasutage väärtusi 503, 504, reset, reset-after-body, truncate või malformed sagedusega 0 kuni 1, nt 503=0.05,reset=0.02.</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox tenant&apos;s start-up line is not valid JSON (%1).</source>
        <translation>Liivakasti rentniku käivitusrida ei ole kehtiv JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox tenant printed &quot;%1&quot; instead of its start-up line.</source>
        <translation>Liivakasti rentnik väljastas käivitusrea asemel „%1“.</translation>
    </message>
    <message>
        <source>The sandbox tenant was stopped before it was ready.</source>
        <translation>Liivakasti rentnik peatati enne, kui see oli valmis.</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed before it was ready.</source>
        <translation>Liivakasti rentnik jooksis kokku enne, kui see oli valmis.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped before it was ready (exit code %1).</source>
        <translation>Liivakasti rentnik lõpetas töö enne, kui see oli valmis (väljumiskood %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed.</source>
        <translation>Liivakasti rentnik jooksis kokku.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped unexpectedly (exit code %1).</source>
        <translation>Liivakasti rentnik lõpetas ootamatult töö (väljumiskood %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started from %1: %2</source>
        <translation>Liivakasti rentnikku ei õnnestunud käivitada failist %1: %2</translation>
    </message>
    <message>
        <source>%1 Its last error output: %2</source>
        <comment>a sentence, then what the sandbox last wrote to standard error</comment>
        <translation>%1 Viimane veaväljund: %2</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Sign in to the profile&apos;s tenant.</source>
        <translation>Logi sisse profiili rentnikku.</translation>
    </message>
    <message>
        <source>Show who is signed in to the profile.</source>
        <translation>Kuva, kes on profiili sisse logitud.</translation>
    </message>
    <message>
        <source>Export or import the token cache in MSAL&apos;s format (export-msal-cache, import-msal-cache).</source>
        <translation>Ekspordi või impordi lubade vahemälu MSAL-i vormingus (export-msal-cache, import-msal-cache).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sisse logitud kasutajana %1.</translation>
    </message>
    <message>
        <source>Sign in with a code on another device.</source>
        <translation>Logi sisse koodiga teises seadmes.</translation>
    </message>
    <message>
        <source>Sign in in the web browser.</source>
        <translation>Logi sisse veebibrauseris.</translation>
    </message>
    <message>
        <source>Sign in as the application with the client secret in this environment variable.</source>
        <translation>Logi sisse rakendusena, kasutades selles keskkonnamuutujas olevat kliendi saladust.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>muutuja</translation>
    </message>
    <message>
        <source>Sign in as the application with this PEM certificate and key.</source>
        <translation>Logi sisse rakendusena, kasutades seda PEM-sertifikaati ja võtit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>login takes no positional arguments.</source>
        <translation>login ei võta positsioonilisi argumente.</translation>
    </message>
    <message>
        <source>Choose one sign-in method.</source>
        <translation>Valige üks sisselogimismeetod.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Keskkonnamuutuja %1 on tühi või määramata.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;; its tokens and secrets were removed from the keychain.</source>
        <translation>Profiilist „%1“ on välja logitud; selle load ja saladused eemaldati võtmehoidlast.</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;. Run: tenantdesk-cli --profile &quot;%1&quot; login</source>
        <translation>Profiili „%1“ pole sisse logitud. Käivitage: tenantdesk-cli --profile &quot;%1&quot; login</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profiil: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Rentnik: %1</translation>
    </message>
    <message>
        <source>Access to %1 until %2</source>
        <translation>Juurdepääs ressursile %1 kuni %2</translation>
    </message>
    <message>
        <source>Usage:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</source>
        <translation>Kasutus:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</translation>
    </message>
    <message>
        <source>Warning: %1 now holds refresh tokens that let anyone with the file act as the signed-in account. It was created readable by you only; delete it when done.</source>
        <translation>Hoiatus: fail %1 sisaldab nüüd värskenduslubasid, millega igaüks, kellel see fail on, saab tegutseda sisselogitud kontona. Fail loodi nii, et ainult teie saate seda lugeda; kustutage see, kui olete lõpetanud.</translation>
    </message>
    <message>
        <source>Token cache imported into the keychain for &quot;%1&quot;.</source>
        <translation>Lubade vahemälu imporditi profiili „%1“ võtmehoidlasse.</translation>
    </message>
    <message>
        <source>Sign out: remove the profile&apos;s tokens and secrets (--delete-snapshot: its local snapshot too).</source>
        <translation>Logi välja: eemalda profiili load ja saladused (--delete-snapshot: ka selle kohalik hetktõmmis).</translation>
    </message>
    <message>
        <source>logout takes no arguments but --delete-snapshot.</source>
        <translation>logout ei võta peale --delete-snapshot argumente.</translation>
    </message>
    <message>
        <source>The local snapshot was kept: %1</source>
        <translation>Kohalik hetktõmmis jäeti alles: %1</translation>
    </message>
    <message>
        <source>Its local snapshot (the tenant&apos;s people) was deleted from this computer.</source>
        <translation>Selle kohalik hetktõmmis (rentniku isikud) kustutati sellest arvutist.</translation>
    </message>
    <message>
        <source>Usage: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate FILE]</source>
        <translation>Kasutus: login [--device-code | --browser | --client-secret-env MUUTUJA | --certificate FAIL]</translation>
    </message>
    <message>
        <source>Usage: logout [--delete-snapshot]</source>
        <translation>Kasutus: logout [--delete-snapshot]</translation>
    </message>
    <message>
        <source>Usage: whoami [--json]</source>
        <translation>Kasutus: whoami [--json]</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>The sign-in was refused or cancelled. Sign in again, and accept the permissions the console asks for.</source>
        <translation>Sisselogimisest keelduti või see tühistati. Logige uuesti sisse ja nõustuge õigustega, mida konsool küsib.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the application&apos;s credentials. Check the client secret or certificate of the profile.</source>
        <translation>Microsoft 365 ei aktsepteerinud rakenduse identimisteavet. Kontrollige profiili kliendi saladust või sertifikaati.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Sisselogimine ei kehti enam. Logige uuesti sisse.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Sisselogimiskood aegus enne kasutamist. Alustage sisselogimist uuesti.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Sisselogimisest keelduti teises seadmes.</translation>
    </message>
</context>
<context>
    <name>SignInHint</name>
    <message>
        <source>The sign-in was cancelled. Choose Try again to start over.</source>
        <translation>Sisselogimine tühistati. Otsast alustamiseks valige Proovi uuesti.</translation>
    </message>
    <message>
        <source>Tenantdesk could not reach the sign-in service. Check that this computer is online and that any proxy lets it through, then try again.</source>
        <translation>Tenantdesk ei saanud sisselogimisteenusega ühendust. Veenduge, et see arvuti on võrgus ja et puhverserver (kui seda kasutatakse) ühendust ei blokeeri, seejärel proovige uuesti.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s certificate is not trusted. If your network inspects HTTPS traffic, go back to the first page and add your IT department&apos;s certificate authority under Advanced.</source>
        <translation>Sisselogimisteenuse sertifikaat pole usaldusväärne. Kui teie võrk kontrollib HTTPS-liiklust, minge tagasi esimesele lehele ja lisage jaotises Täpsemalt oma IT-osakonna sertifitseerimiskeskus.</translation>
    </message>
    <message>
        <source>An address in the profile uses plain HTTP. Go back to the first page and use HTTPS addresses.</source>
        <translation>Profiilis olev aadress kasutab lihtsat HTTP-d. Minge tagasi esimesele lehele ja kasutage HTTPS-aadresse.</translation>
    </message>
    <message>
        <source>Something in the profile is incomplete or wrong. Go back and check the fields.</source>
        <translation>Midagi profiilis on puudulik või vale. Minge tagasi ja kontrollige välju.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Check that your keyring is unlocked, then try again.</source>
        <translation>Süsteemi võtmehoidlat ei saanud kasutada. Veenduge, et teie võtmehoidla on lukust avatud, seejärel proovige uuesti.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this tenant. Go back to the first page and check the tenant id or domain.</source>
        <translation>Microsoft 365 ei tunne seda rentnikku. Minge tagasi esimesele lehele ja kontrollige rentniku ID-d või domeeni.</translation>
    </message>
    <message>
        <source>The application (client) id is not registered in this tenant. Go back to the first page and check the application id and the tenant.</source>
        <translation>Rakenduse (kliendi) ID pole selles rentnikus registreeritud. Minge tagasi esimesele lehele ja kontrollige rakenduse ID-d ja rentnikku.</translation>
    </message>
    <message>
        <source>The account you signed in with belongs to another organisation. Sign in with an account of this tenant.</source>
        <translation>Konto, millega sisse logisite, kuulub teisele organisatsioonile. Logige sisse selle rentniku kontoga.</translation>
    </message>
    <message>
        <source>The application has not been given consent in this tenant. Ask a global administrator to grant admin consent for it in the Microsoft Entra admin center, then try again.</source>
        <translation>Rakendusele pole selles rentnikus nõusolekut antud. Paluge globaalsel administraatoril anda rakendusele Microsoft Entra halduskeskuses administraatori nõusolek, seejärel proovige uuesti.</translation>
    </message>
    <message>
        <source>The tenant did not accept the application&apos;s secret or certificate. Check that it belongs to this application and has not expired, then try again.</source>
        <translation>Rentnik ei aktsepteerinud rakenduse saladust või sertifikaati. Veenduge, et see kuulub sellele rakendusele ega ole aegunud, seejärel proovige uuesti.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Choose Try again for a new code.</source>
        <translation>Kood aegus enne sisselogimise lõpetamist. Uue koodi saamiseks valige Proovi uuesti.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Choose Try again and sign in with an account of this tenant.</source>
        <translation>Sisselogimisest keelduti. Valige Proovi uuesti ja logige sisse selle rentniku kontoga.</translation>
    </message>
    <message>
        <source>The application&apos;s registration does not allow Tenantdesk&apos;s reply address. Ask the administrator to add http://localhost as a redirect address for mobile and desktop applications.</source>
        <translation>Rakenduse registreering ei luba Tenantdeski vastuseaadressi. Paluge administraatoril lisada http://localhost mobiili- ja töölauarakenduste ümbersuunamisaadressiks.</translation>
    </message>
    <message>
        <source>The sign-in service is busy. Wait a minute, then try again.</source>
        <translation>Sisselogimisteenus on hõivatud. Oodake minut ja proovige seejärel uuesti.</translation>
    </message>
    <message>
        <source>Choose Try again. If it keeps failing, give the details below to your service desk.</source>
        <translation>Valige Proovi uuesti. Kui tõrge kordub, andke allolevad üksikasjad oma kasutajatoele.</translation>
    </message>
</context>
<context>
    <name>SignInMethodPage</name>
    <message>
        <source>&amp;Web browser (recommended)</source>
        <translation>&amp;Veebibrauser (soovitatav)</translation>
    </message>
    <message>
        <source>You sign in with your own account in the browser, with multi-factor authentication as usual.</source>
        <translation>Logite brauseris sisse oma kontoga, kasutades nagu tavaliselt mitmikautentimist.</translation>
    </message>
    <message>
        <source>&amp;Code on another device</source>
        <translation>&amp;Kood teises seadmes</translation>
    </message>
    <message>
        <source>For computers without a usable browser: you enter a short code on a phone or another computer.</source>
        <translation>Arvutitele, kus pole kasutatavat brauserit: sisestate lühikese koodi telefonis või mõnes teises arvutis.</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret</source>
        <translation>Rakendus kliendi sal&amp;adusega</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a secret from its registration.</source>
        <translation>Järelevalveta tööde jaoks: Tenantdesk logib sisse rakendusena, kasutades rakenduse registreeringu saladust.</translation>
    </message>
    <message>
        <source>Application with a cer&amp;tificate</source>
        <translation>Rakendus se&amp;rtifikaadiga</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a certificate uploaded to its registration.</source>
        <translation>Järelevalveta tööde jaoks: Tenantdesk logib sisse rakendusena, kasutades rakenduse registreeringusse üles laaditud sertifikaati.</translation>
    </message>
    <message>
        <source>Application credentials</source>
        <translation>Rakenduse identimisteave</translation>
    </message>
    <message>
        <source>Application (client) &amp;id:</source>
        <translation>Rakenduse (kliendi) &amp;ID:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Kliendi sala&amp;dus:</translation>
    </message>
    <message>
        <source>Certificate and &amp;key:</source>
        <translation>Sertifikaat ja võ&amp;ti:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Enter the client secret from the application&apos;s registration.</source>
        <translation>Sisestage rakenduse registreeringu kliendi saladus.</translation>
    </message>
    <message>
        <source>Choose the PEM file with the application&apos;s certificate and its private key.</source>
        <translation>Valige PEM-fail, mis sisaldab rakenduse sertifikaati ja selle privaatvõtit.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Sertifikaadifaili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Fail %1 ei sisalda PEM-vormingus sertifikaati.</translation>
    </message>
    <message>
        <source>The file %1 has the certificate but not its private key. Choose a PEM file with both.</source>
        <translation>Failis %1 on sertifikaat, kuid mitte selle privaatvõti. Valige PEM-fail, mis sisaldab mõlemat.</translation>
    </message>
    <message>
        <source>Choose the certificate and key</source>
        <translation>Sertifikaadi ja võtme valimine</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-failid (*.pem);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Sisselogimismeetod</translation>
    </message>
    <message>
        <source>How Tenantdesk signs in to the tenant.</source>
        <translation>Kuidas Tenantdesk rentnikku sisse logib.</translation>
    </message>
    <message>
        <source>The same as on the first page</source>
        <translation>Sama mis esimesel lehel</translation>
    </message>
    <message>
        <source>The same as on the first page (%1)</source>
        <translation>Sama mis esimesel lehel (%1)</translation>
    </message>
    <message>
        <source>The secret goes to this computer&apos;s keychain, never into Tenantdesk&apos;s settings.</source>
        <translation>Saladus salvestatakse selle arvuti võtmehoidlasse, mitte kunagi Tenantdeski sätetesse.</translation>
    </message>
    <message>
        <source>Tenantdesk remembers where the file is; keep it where only you can read it.</source>
        <translation>Tenantdesk jätab meelde, kus fail asub; hoidke seda kohas, kus ainult teie saate seda lugeda.</translation>
    </message>
</context>
<context>
    <name>SigningInPage</name>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Sisselogimisteenusega ühenduse loomine…</translation>
    </message>
    <message>
        <source>A browser window has opened. Sign in there; Tenantdesk continues by itself when you are done.</source>
        <translation>Avati brauseriaken. Logige seal sisse; kui olete lõpetanud, jätkab Tenantdesk automaatselt.</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address in a browser yourself:</source>
        <translation>Kui brauseriakent ei avanenud, avage see aadress ise brauseris:</translation>
    </message>
    <message>
        <source>On a phone or another computer, open the address below, enter this code and sign in:</source>
        <translation>Avage telefonis või mõnes teises arvutis allolev aadress, sisestage see kood ja logige sisse:</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopeeri kood</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Proovi uuesti</translation>
    </message>
    <message>
        <source>Details for the service desk</source>
        <translation>Üksikasjad kasutajatoele</translation>
    </message>
    <message>
        <source>The code has expired. Choose Back and then Next for a new code.</source>
        <translation>Kood on aegunud. Uue koodi saamiseks valige Back ja seejärel Next.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>Kood aegub %n minuti pärast.</numerusform>
            <numerusform>Kood aegub %n minuti pärast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Sisselogimine</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant. Back or Cancel stops the sign-in.</source>
        <translation>Logige sisse rentniku kontoga. Back või Cancel peatab sisselogimise.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Sisselogimine ei õnnestunud.</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>Sisselogimine õnnestus.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sisse logitud kasutajana %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Bring the local snapshot up to date (full sync the first time, then changes only).</source>
        <translation>Värskenda kohalikku hetktõmmist (esimesel korral täielik sünkroonimine, seejärel ainult muudatused).</translation>
    </message>
    <message>
        <source>List users from the local snapshot (works offline).</source>
        <translation>Loetle kasutajad kohalikust hetktõmmisest (töötab võrguühenduseta).</translation>
    </message>
    <message>
        <source>List the snapshot&apos;s generations, or show what changed between two (list, diff).</source>
        <translation>Loetle hetktõmmise põlvkonnad või kuva, mis kahe põlvkonna vahel muutus (list, diff).</translation>
    </message>
    <message>
        <source>Read everything again instead of only the changes.</source>
        <translation>Loe kõik uuesti, mitte ainult muudatused.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Väljasta kokkuvõte JSON-vormingus.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 16).</source>
        <translation>Samaaegsete päringute arv (vaikimisi 16).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>arv</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync ei võta positsioonilisi argumente.</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 requests, %4 objects/s</source>
        <translation>%1: %2 objekti, %3 päringut, %4 objekti/s</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(jäänud umbes %1 s)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Tühistamine…</translation>
    </message>
    <message>
        <source>Full sync complete (generation %1).</source>
        <translation>Täielik sünkroonimine on lõpule viidud (põlvkond %1).</translation>
    </message>
    <message>
        <source>Changes applied (generation %1).</source>
        <translation>Muudatused on rakendatud (põlvkond %1).</translation>
    </message>
    <message>
        <source>%1 requests, %2 retries, %3 s</source>
        <translation>%1 päringut, %2 korduskatset, %3 s</translation>
    </message>
    <message>
        <source>Only users whose name, address or school contains this text.</source>
        <translation>Ainult kasutajad, kelle nimi, aadress või kool sisaldab seda teksti.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Only users of this school (name or id).</source>
        <translation>Ainult selle kooli kasutajad (nimi või ID).</translation>
    </message>
    <message>
        <source>school</source>
        <translation>kool</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Väljasta JSON-vormingus.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Väljasta CSV-vormingus.</translation>
    </message>
    <message>
        <source>Usage: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</source>
        <translation>Kasutus: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</translation>
    </message>
    <message>
        <source>There is no snapshot of &quot;%1&quot; yet. Run: tenantdesk-cli --profile &quot;%1&quot; sync</source>
        <translation>Profiilist „%1“ pole veel hetktõmmist. Käivitage: tenantdesk-cli --profile &quot;%1&quot; sync</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n kasutaja.</numerusform>
            <numerusform>%n kasutajat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Kasutus:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  +%5 ~%6 -%7</source>
        <translation>%1  %2  %3  %4  +%5 ~%6 -%7</translation>
    </message>
    <message>
        <source>full</source>
        <translation>täielik</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>muudatused</translation>
    </message>
    <message>
        <source>Only changes that concern this school (id).</source>
        <translation>Ainult seda kooli puudutavad muudatused (ID).</translation>
    </message>
    <message>
        <source>Usage: snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Kasutus: snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>A and B are generation numbers; see: snapshot list</source>
        <translation>A ja B on põlvkondade numbrid; vt: snapshot list</translation>
    </message>
    <message>
        <source>No differences between generation %1 and %2.</source>
        <translation>Põlvkondade %1 ja %2 vahel erinevusi pole.</translation>
    </message>
    <message>
        <source>Usage: sync [--full] [--json] [--parallel COUNT]</source>
        <translation>Kasutus: sync [--full] [--json] [--parallel ARV]</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The local snapshot could not be read or written (step: %1).</source>
        <translation>Kohalikku hetktõmmist ei saanud lugeda ega kirjutada (etapp: %1).</translation>
    </message>
    <message>
        <source>The local snapshot was written by a newer version of Tenantdesk (schema %1; this version reads up to schema %2). Update Tenantdesk or remove the snapshot file.</source>
        <translation>Kohaliku hetktõmmise kirjutas Tenantdeski uuem versioon (skeem %1; see versioon loeb kuni skeemini %2). Värskendage Tenantdeski või eemaldage hetktõmmise fail.</translation>
    </message>
    <message>
        <source>The local snapshot is being updated; try again when the refresh has finished.</source>
        <translation>Kohalikku hetktõmmist värskendatakse; proovige uuesti, kui värskendamine on lõppenud.</translation>
    </message>
    <message>
        <source>The local snapshot %1 could not be deleted: %2</source>
        <translation>Kohalikku hetktõmmist %1 ei saanud kustutada: %2</translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation>selle lukufaili ei saa luua</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Refresh %1 is not in the local snapshot: it did not finish, or it is older than the refreshes the snapshot keeps.</source>
        <translation>Värskendust %1 pole kohalikus hetktõmmises: see ei lõppenud või on vanem kui hetktõmmises säilitatavad värskendused.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>The local snapshot %1 could not be deleted: it is being read or refreshed. Try again when that has finished.</source>
        <translation>Kohalikku hetktõmmist %1 ei saanud kustutada: seda loetakse või värskendatakse. Proovige uuesti, kui see on lõppenud.</translation>
    </message>
</context>
<context>
    <name>SnapshotSync</name>
    <message>
        <source>Preparing the full sync</source>
        <translation>Täieliku sünkroonimise ettevalmistamine</translation>
    </message>
    <message>
        <source>Listing users, groups and schools</source>
        <translation>Kasutajate, rühmade ja koolide loetlemine</translation>
    </message>
    <message>
        <source>Replaying changes made during the sync</source>
        <translation>Sünkroonimise ajal tehtud muudatuste taasesitamine</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>Muudatuste toomine</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired, so a full sync is done instead.</source>
        <translation>Salvestatud muudatuste jälgimise link on aegunud, seetõttu tehakse selle asemel täielik sünkroonimine.</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>Hetktõmmise salvestamine</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>No update of the local snapshot is in progress.</source>
        <translation>Kohaliku hetktõmmise värskendamine ei ole pooleli.</translation>
    </message>
    <message>
        <source>Another Tenantdesk window or process is updating the local snapshot.</source>
        <translation>Kohalikku hetktõmmist värskendab mõni teine Tenantdeski aken või protsess.</translation>
    </message>
    <message>
        <source>Only a full read can tell which objects no longer exist.</source>
        <translation>Ainult täielik lugemine võimaldab kindlaks teha, milliseid objekte enam pole.</translation>
    </message>
    <message>
        <source>The snapshot was not updated because an earlier write failed.</source>
        <translation>Hetktõmmist ei värskendatud, sest varasem kirjutamine nurjus.</translation>
    </message>
</context>
<context>
    <name>TenantDetailsPage</name>
    <message>
        <source>Tenantdesk needs to know which tenant to open and which registered application it signs in with. Your Microsoft 365 administrator finds both in the Microsoft Entra admin center.</source>
        <translation>Tenantdesk peab teadma, millist rentnikku avada ja millise registreeritud rakendusega sisse logida. Teie Microsoft 365 administraator leiab mõlemad Microsoft Entra halduskeskusest.</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profiili ni&amp;mi:</translation>
    </message>
    <message>
        <source>For example: Odense schools</source>
        <translation>Näiteks: Tartu koolid</translation>
    </message>
    <message>
        <source>&amp;Tenant id or domain:</source>
        <translation>&amp;Rentniku ID või domeen:</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>Rakenduse (kliendi) &amp;ID:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Täpsemalt</translation>
    </message>
    <message>
        <source>Sign-in a&amp;uthority:</source>
        <translation>Sisselogimise a&amp;utoriteet:</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>&amp;Graphi URL:</translation>
    </message>
    <message>
        <source>E&amp;xchange URL:</source>
        <translation>E&amp;xchange’i URL:</translation>
    </message>
    <message>
        <source>Trusted certificate authorit&amp;y:</source>
        <translation>Usaldusväärne sertifitseerimis&amp;keskus:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Only needed when your network inspects HTTPS traffic: a PEM file with the certificate of the authority your IT department uses.</source>
        <translation>Vajalik ainult siis, kui teie võrk kontrollib HTTPS-liiklust: PEM-fail, mis sisaldab teie IT-osakonna kasutatava sertifitseerimiskeskuse sertifikaati.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Sertifitseerimiskeskuse faili %1 ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Fail %1 ei sisalda PEM-vormingus sertifikaati.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists on this computer. Choose another name.</source>
        <translation>Profiil nimega „%1“ on selles arvutis juba olemas. Valige mõni muu nimi.</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>Sertifitseerimiskeskuse valimine</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-sertifikaadid (*.pem *.crt *.cer);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Rentnik</translation>
    </message>
    <message>
        <source>Which Microsoft 365 tenant to connect, and the application registered in it for Tenantdesk.</source>
        <translation>Microsoft 365 rentnik, millega ühendus luua, ja selles Tenantdeski jaoks registreeritud rakendus.</translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificate authorities</source>
        <translation>Puudub: usalda süsteemi sertifitseerimiskeskusi</translation>
    </message>
    <message>
        <source>Keep the certificate authority saved in this profile</source>
        <translation>Säilita sellesse profiili salvestatud sertifitseerimiskeskus</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Sätete faili %1 ei saanud kirjutada.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s start-up line has no &quot;%1&quot; field.</source>
        <translation>Liivakasti käivitusreal puudub väli „%1“.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profiilil peab olema nimi.</translation>
    </message>
    <message>
        <source>Enter the tenant id or one of its domains.</source>
        <translation>Sisestage rentniku ID või üks selle domeenidest.</translation>
    </message>
    <message>
        <source>Enter the application (client) id.</source>
        <translation>Sisestage rakenduse (kliendi) ID.</translation>
    </message>
    <message>
        <source>The Graph and Exchange resource identifiers must not be empty.</source>
        <translation>Graphi ja Exchange’i ressursiidentifikaatorid ei tohi olla tühjad.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the path of a PEM file with the certificate and its key.</source>
        <translation>Sertifikaadiga sisselogimiseks on vaja sertifikaati ja selle võtit sisaldava PEM-faili teed.</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Veebibrauser</translation>
    </message>
    <message>
        <source>Code on another device</source>
        <translation>Kood teises seadmes</translation>
    </message>
    <message>
        <source>Application with a client secret</source>
        <translation>Rakendus kliendi saladusega</translation>
    </message>
    <message>
        <source>Application with a certificate</source>
        <translation>Rakendus sertifikaadiga</translation>
    </message>
    <message>
        <source>The sign-in authority is not a valid URL.</source>
        <translation>Sisselogimise autoriteet ei ole kehtiv URL.</translation>
    </message>
    <message>
        <source>The sign-in authority must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Sisselogimise autoriteet peab kasutama HTTPS-i (tavaline HTTP on lubatud ainult ühenduseks selle arvutiga).</translation>
    </message>
    <message>
        <source>The Graph URL is not a valid URL.</source>
        <translation>Graphi URL ei ole kehtiv URL.</translation>
    </message>
    <message>
        <source>The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Graphi URL peab kasutama HTTPS-i (tavaline HTTP on lubatud ainult ühenduseks selle arvutiga).</translation>
    </message>
    <message>
        <source>The Exchange URL is not a valid URL.</source>
        <translation>Exchange’i URL ei ole kehtiv URL.</translation>
    </message>
    <message>
        <source>The Exchange URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Exchange’i URL peab kasutama HTTPS-i (tavaline HTTP on lubatud ainult ühenduseks selle arvutiga).</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>The certificate %1 is not the one saved in the profile. Save it in the profile first.</source>
        <translation>Sertifikaat %1 ei ole profiili salvestatud sertifikaat. Salvestage see esmalt profiili.</translation>
    </message>
    <message>
        <source>The sign-in worked but could not be saved in the keychain: %1</source>
        <translation>Sisselogimine õnnestus, kuid seda ei saanud võtmehoidlasse salvestada: %1</translation>
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
    <message>
        <source>Offline — no snapshot of this tenant yet</source>
        <translation>Võrguühenduseta — selle rentniku hetktõmmist veel pole</translation>
    </message>
    <message>
        <source>Offline — showing the snapshot from just now</source>
        <translation>Võrguühenduseta — kuvatakse just praegu tehtud hetktõmmist</translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n minute(s) ago</source>
        <translation>
            <numerusform>Võrguühenduseta — kuvatakse %n minuti eest tehtud hetktõmmist</numerusform>
            <numerusform>Võrguühenduseta — kuvatakse %n minuti eest tehtud hetktõmmist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n hour(s) ago</source>
        <translation>
            <numerusform>Võrguühenduseta — kuvatakse %n tunni eest tehtud hetktõmmist</numerusform>
            <numerusform>Võrguühenduseta — kuvatakse %n tunni eest tehtud hetktõmmist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n day(s) ago</source>
        <translation>
            <numerusform>Võrguühenduseta — kuvatakse %n päeva eest tehtud hetktõmmist</numerusform>
            <numerusform>Võrguühenduseta — kuvatakse %n päeva eest tehtud hetktõmmist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCacheStore</name>
    <message>
        <source>The saved sign-in of profile %1 could not be read from the keychain.</source>
        <translation>Profiili %1 salvestatud sisselogimist ei saanud võtmehoidlast lugeda.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 could not be saved in the keychain.</source>
        <translation>Profiili %1 sisselogimist ei saanud võtmehoidlasse salvestada.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be read from the keychain.</source>
        <translation>Profiili %1 kliendi saladust ei saanud võtmehoidlast lugeda.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be saved in the keychain.</source>
        <translation>Profiili %1 kliendi saladust ei saanud võtmehoidlasse salvestada.</translation>
    </message>
    <message>
        <source>The secrets of profile %1 could not be removed from the keychain.</source>
        <translation>Profiili %1 saladusi ei saanud võtmehoidlast eemaldada.</translation>
    </message>
    <message>
        <source>The saved sign-in of profile %1 in the keychain is damaged. Sign in again.</source>
        <translation>Profiili %1 võtmehoidlasse salvestatud sisselogimine on rikutud. Logige uuesti sisse.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in answer could not be checked. Sign in again.</source>
        <translation>Sisselogimise vastust ei õnnestunud kontrollida. Logi uuesti sisse.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued to another application (%1) than this profile&apos;s (%2).</source>
        <translation>Sisselogimise vastus on välja antud teisele rakendusele (%1) kui selle profiili oma (%2).</translation>
    </message>
    <message>
        <source>The account signed in belongs to another tenant (%1) than this profile&apos;s (%2).</source>
        <translation>Sisse logitud konto kuulub teisele rentnikule (%1) kui selle profiili oma (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>teadmata</translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. Check that this computer&apos;s date and time are right, and sign in again.</source>
        <translation>Sisselogimise vastus on juba aegunud. Kontrolli, et selle arvuti kuupäev ja kellaaeg on õiged, ja logi uuesti sisse.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Enabled</source>
        <comment>user account state: can sign in</comment>
        <translation>Lubatud</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>user account state: sign-in blocked</comment>
        <translation>Keelatud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>user account state: in the tenant&apos;s recycle bin, restorable</comment>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>users list column</comment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>users list column: the userPrincipalName used to sign in</comment>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>users list column</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <source>School</source>
        <comment>users list column</comment>
        <translation>Kool</translation>
    </message>
    <message>
        <source>Licences</source>
        <comment>users list column</comment>
        <translation>Litsentsid</translation>
    </message>
    <message>
        <source>State</source>
        <comment>users list column: enabled, disabled or deleted</comment>
        <translation>Olek</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>(none)</source>
        <comment>details pane: an empty field</comment>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osakond</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Koolid</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Litsentsid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Last read from the tenant</source>
        <translation>Viimati rentnikust loetud</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Hetktõmmise lugemine…</translation>
    </message>
    <message>
        <source>No snapshot yet — Refresh (F5) to read the tenant.</source>
        <translation>Hetktõmmist veel pole — rentniku lugemiseks valige Värskenda (F5).</translation>
    </message>
    <message>
        <source>No user matches the search or the school chosen.</source>
        <translation>Otsingule või valitud koolile ei vasta ükski kasutaja.</translation>
    </message>
    <message>
        <source>The snapshot holds no users.</source>
        <translation>Hetktõmmis ei sisalda kasutajaid.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n kasutaja</numerusform>
            <numerusform>%n kasutajat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <comment>users list: the users shown of all users in the snapshot</comment>
        <translation>
            <numerusform>%1 / %n kasutaja</numerusform>
            <numerusform>%1 / %n kasutajat</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Hetktõmmist ei saanud lugeda: %1</translation>
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
    <message>
        <source>The sandbox tenant&apos;s profile could not be saved: %1</source>
        <translation>Liivakasti rentniku profiili ei saanud salvestada: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logi välja</translation>
    </message>
    <message>
        <source>Tenantdesk could not sign out: %1</source>
        <translation>Tenantdesk ei saanud välja logida: %1</translation>
    </message>
    <message>
        <source>Signed out, but the local snapshot was not deleted: %1</source>
        <translation>Välja logitud, kuid kohalikku hetktõmmist ei kustutatud: %1</translation>
    </message>
</context>
</TS>
