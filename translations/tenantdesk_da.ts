<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>AccessTokenProvider</name>
    <message>
        <source>Profile %1 is not signed in. Sign in to continue.</source>
        <translation>Profilen %1 er ikke logget ind. Log ind for at fortsætte.</translation>
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
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logget ind som %1</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>S&amp;kift profil</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Ingen profiler endnu</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>Log &amp;ud…</translation>
    </message>
</context>
<context>
    <name>BlockingSession</name>
    <message>
        <source>Sign in in your web browser. If it did not open, visit:</source>
        <translation>Log ind i din webbrowser. Hvis den ikke blev åbnet, skal du gå til:</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %3 minutes).</source>
        <translation>Du logger ind ved at åbne %1 på en hvilken som helst enhed og angive koden %2 (gyldig i %3 minutter).</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The console could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Konsollen kunne ikke lytte på 127.0.0.1 efter browserens svar.</translation>
    </message>
    <message>
        <source>The sign-in is complete. You can close this browser window and return to Tenantdesk.</source>
        <translation>Du er nu logget ind. Du kan lukke dette browservindue og vende tilbage til Tenantdesk.</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored.</source>
        <translation>Denne forespørgsel hører ikke til det igangværende logind og blev ignoreret.</translation>
    </message>
</context>
<context>
    <name>CalendarRoleTable</name>
    <message>
        <source>Not shared</source>
        <comment>calendar sharing level</comment>
        <translation>Ikke delt</translation>
    </message>
    <message>
        <source>Can view when I&apos;m busy</source>
        <comment>calendar sharing level (free/busy)</comment>
        <translation>Kan se, hvornår jeg har travlt</translation>
    </message>
    <message>
        <source>Can view titles and locations</source>
        <comment>calendar sharing level (limited details)</comment>
        <translation>Kan se titler og placeringer</translation>
    </message>
    <message>
        <source>Can view all details</source>
        <comment>calendar sharing level</comment>
        <translation>Kan se alle detaljer</translation>
    </message>
    <message>
        <source>Can edit</source>
        <comment>calendar sharing level</comment>
        <translation>Kan redigere</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>calendar sharing level</comment>
        <translation>Stedfortræder</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>calendar sharing level: a role Outlook has no name for</comment>
        <translation>Brugerdefineret</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The certificate file %1 of the profile could not be read.</source>
        <translation>Profilens certifikatfil %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no certificate.</source>
        <translation>Profilens certifikatfil indeholder intet certifikat.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no usable RSA private key. The key must be in the same PEM file as the certificate and not be encrypted.</source>
        <translation>Profilens certifikatfil indeholder ingen brugbar privat RSA-nøgle. Nøglen skal ligge i samme PEM-fil som certifikatet og må ikke være krypteret.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsSignIn</name>
    <message>
        <source>No client secret is stored for profile %1. Sign in with the application&apos;s secret again.</source>
        <translation>Der er ikke gemt nogen klienthemmelighed for profilen %1. Log ind med programmets hemmelighed igen.</translation>
    </message>
</context>
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
    <message>
        <source>The tenant profile to use (default: the current one).</source>
        <translation>Den lejerprofil, der skal bruges (standard: den aktuelle).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>No profile chosen. Use --profile NAME, or add one with: tenantdesk-cli profile add</source>
        <translation>Der er ikke valgt nogen profil. Brug --profile NAME, eller tilføj en med: tenantdesk-cli profile add</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Der findes ingen profil med navnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Log every request and step to standard error.</source>
        <translation>Log hver anmodning og hvert trin til standardfejl.</translation>
    </message>
    <message>
        <source>Run tenantdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Kør tenantdesk-cli KOMMANDO --help for at se en kommandos indstillinger.</translation>
    </message>
</context>
<context>
    <name>ConnectTenantWizard</name>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation>Du er logget ind, men profilen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant</source>
        <translation>Opret forbindelse til en Microsoft 365-lejer</translation>
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
    <name>Error</name>
    <message>
        <source>The object was not found in the tenant. It may have been deleted or renamed.</source>
        <translation>Objektet blev ikke fundet i lejeren. Det er muligvis blevet slettet eller omdøbt.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the request: the signed-in account lacks the permission or the admin role it needs.</source>
        <translation>Microsoft 365 afviste anmodningen: Den konto, der er logget ind, mangler den nødvendige tilladelse eller administratorrolle.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the sign-in. Sign in again.</source>
        <translation>Microsoft 365 accepterede ikke login. Log ind igen.</translation>
    </message>
    <message>
        <source>The change conflicts with an object that already exists in the tenant.</source>
        <translation>Ændringen er i konflikt med et objekt, der allerede findes i lejeren.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the request as invalid.</source>
        <translation>Microsoft 365 afviste anmodningen som ugyldig.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired; a full read is needed.</source>
        <translation>Det gemte link til ændringssporing er udløbet; en fuld indlæsning er nødvendig.</translation>
    </message>
    <message>
        <source>Microsoft 365 had an internal error. Try again later.</source>
        <translation>Der opstod en intern fejl i Microsoft 365. Prøv igen senere.</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with an error (HTTP %1).</source>
        <translation>Microsoft 365 svarede med en fejl (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in was refused: an administrator has not consented to Tenantdesk in this tenant, or the user declined.</source>
        <translation>Login blev afvist: En administrator har ikke givet samtykke til Tenantdesk i denne lejer, eller brugeren afslog.</translation>
    </message>
    <message>
        <source>Sign-in failed: the tenant in the profile does not exist or the account belongs to another tenant.</source>
        <translation>Login mislykkedes: Lejeren i profilen findes ikke, eller kontoen tilhører en anden lejer.</translation>
    </message>
    <message>
        <source>Sign-in failed: the application (client) id in the profile is not registered in this tenant.</source>
        <translation>Login mislykkedes: Program-id&apos;et (klient-id&apos;et) i profilen er ikke registreret i denne lejer.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret or certificate was not accepted.</source>
        <translation>Login mislykkedes: Klienthemmeligheden eller certifikatet blev ikke accepteret.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Loginkoden udløb, før den blev brugt. Start login forfra.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Det gemte login er ikke længere gyldigt. Log ind igen.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Login mislykkedes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (where)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>Serveren kunne ikke nås. Kontrollér netværksforbindelsen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Der er ikke tillid til serverens certifikat, så forbindelsen blev afvist.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarede ikke i tide.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>Microsoft 365 is throttling requests and kept doing so after several retries. Try again in a few minutes.</source>
        <translation>Microsoft 365 begrænser anmodningerne og blev ved med det efter flere nye forsøg. Prøv igen om et par minutter.</translation>
    </message>
    <message>
        <source>The server sent an answer Tenantdesk could not understand.</source>
        <translation>Serveren sendte et svar, som Tenantdesk ikke kunne forstå.</translation>
    </message>
    <message>
        <source>Refused to send data over an unencrypted connection (only loopback may use plain HTTP).</source>
        <translation>Data blev ikke sendt, fordi forbindelsen er ukrypteret (kun loopback må bruge almindelig HTTP).</translation>
    </message>
    <message>
        <source>You are not signed in to this tenant, or the sign-in has expired. Sign in again.</source>
        <translation>Du er ikke logget ind på denne lejer, eller dit login er udløbet. Log ind igen.</translation>
    </message>
    <message>
        <source>The settings are incomplete or wrong.</source>
        <translation>Indstillingerne er ufuldstændige eller forkerte.</translation>
    </message>
    <message>
        <source>Could not read or write local data.</source>
        <translation>Lokale data kunne ikke læses eller skrives.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Serveren svarede: %1</translation>
    </message>
    <message>
        <source>Code: %1.</source>
        <translation>Kode: %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1.</source>
        <translation>HTTP-status: %1.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Anmodnings-id: %1.</translation>
    </message>
    <message>
        <source>The change was sent, but its answer was lost, so it is not known whether Microsoft 365 made it. Check the object before trying again.</source>
        <translation>Ændringen blev sendt, men svaret gik tabt, så det vides ikke, om Microsoft 365 gennemførte den. Kontrollér objektet, før du prøver igen.</translation>
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
    <name>GraphCommand</name>
    <message>
        <source>Make one Microsoft Graph call (GET, POST, PATCH, PUT, DELETE) and print the answer.</source>
        <translation>Foretag ét Microsoft Graph-kald (GET, POST, PATCH, PUT, DELETE), og udskriv svaret.</translation>
    </message>
    <message>
        <source>JSON body, or @FILE to read it from a file.</source>
        <translation>JSON-brødtekst, eller @FILE for at læse den fra en fil.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Extra request header &quot;Name: value&quot;.</source>
        <translation>Ekstra header i anmodningen &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>Follow @odata.nextLink and print every page&apos;s items.</source>
        <translation>Følg @odata.nextLink, og udskriv elementerne fra alle sider.</translation>
    </message>
    <message>
        <source>GET, POST, PATCH, PUT or DELETE.</source>
        <translation>GET, POST, PATCH, PUT eller DELETE.</translation>
    </message>
    <message>
        <source>Path below the profile&apos;s Graph URL, e.g. /users.</source>
        <translation>Sti under profilens Graph-URL, f.eks. /users.</translation>
    </message>
    <message>
        <source>Usage: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</source>
        <translation>Brug: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &quot;Name: value&quot;.</source>
        <translation>Headeren &quot;%1&quot; har ikke formen &quot;Name: value&quot;.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Brødteksten er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <source>--all works with GET only.</source>
        <translation>--all virker kun med GET.</translation>
    </message>
    <message>
        <source>HTTP %1, no content.</source>
        <translation>HTTP %1, intet indhold.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s).</source>
        <translation>
            <numerusform>%n element på %1 side(r).</numerusform>
            <numerusform>%n elementer på %1 side(r).</numerusform>
        </translation>
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
    <message>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Log ud</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>&amp;Annullér opdatering</translation>
    </message>
    <message>
        <source>Sign out %1? Tenantdesk forgets this sign-in on this computer. The local snapshot of the tenant stays readable offline unless you delete it too.</source>
        <translation>Log %1 ud? Tenantdesk glemmer denne login på denne computer. Lejerens lokale øjebliksbillede kan stadig læses offline, medmindre du også sletter det.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local snapshot (the people, classes and their data) from this computer</source>
        <translation>&amp;Slet også det lokale øjebliksbillede (personerne, holdene og deres data) fra denne computer</translation>
    </message>
</context>
<context>
    <name>MsalCacheFile</name>
    <message>
        <source>%1 is not a regular file. Choose another file name for the exported token cache.</source>
        <translation>%1 er ikke en almindelig fil. Vælg et andet filnavn til den eksporterede tokencache.</translation>
    </message>
    <message>
        <source>The token cache could not be written to %1.</source>
        <translation>Tokencachen kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>The token cache file %1 could not be read.</source>
        <translation>Tokencachefilen %1 kunne ikke læses.</translation>
    </message>
    <message>
        <source>The file %1 is not an MSAL token cache.</source>
        <translation>Filen %1 er ikke en MSAL-tokencache.</translation>
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
        <source>Tenantdesk does not show this list yet.</source>
        <translation>Tenantdesk viser ikke denne liste endnu.</translation>
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
    <name>ProfileCommand</name>
    <message>
        <source>Could not read standard input.</source>
        <translation>Standardinput kunne ikke læses.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>The sandbox line is not a JSON object (%1 at character %2).</source>
        <translation>Sandkasselinjen er ikke et JSON-objekt (%1 ved tegn %2).</translation>
    </message>
    <message>
        <source>%1, valid until %2, SHA-256 %3</source>
        <translation>%1, gyldigt indtil %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Add, list, show, remove or choose tenant profiles.</source>
        <translation>Tilføj, oplist, vis, fjern eller vælg lejerprofiler.</translation>
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
        <translation>Brug:
  profile add NAME --tenant TENANT --client-id ID [--method METHOD] [--authority URL]
              [--graph-url URL] [--exchange-url URL] [--app-client-id ID]
              [--certificate PEM] [--trusted-certificate PEM]
  profile add NAME --from-sandbox JSON|FILE|-
  profile list [--json]
  profile show NAME [--json]
  profile remove NAME
  profile use NAME
METHOD er browser, device-code, client-secret eller client-certificate.</translation>
    </message>
    <message>
        <source>Tenant id or domain.</source>
        <translation>Lejer-id eller domæne.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>lejer</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Program-id (klient-id).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in, if different.</source>
        <translation>Program-id til uovervåget login, hvis det er et andet.</translation>
    </message>
    <message>
        <source>Sign-in method.</source>
        <translation>Loginmetode.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metode</translation>
    </message>
    <message>
        <source>Sign-in authority URL.</source>
        <translation>URL til loginmyndighed.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Microsoft Graph URL.</source>
        <translation>Microsoft Graph-URL.</translation>
    </message>
    <message>
        <source>Exchange Online URL.</source>
        <translation>Exchange Online-URL.</translation>
    </message>
    <message>
        <source>PEM file with the application&apos;s certificate and key.</source>
        <translation>PEM-fil med programmets certifikat og nøgle.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>PEM file with a CA certificate trusted for this profile only.</source>
        <translation>PEM-fil med et CA-certifikat, der kun er tillid til i denne profil.</translation>
    </message>
    <message>
        <source>The JSON line tenantdesk-sandbox printed (text, file or -).</source>
        <translation>Den JSON-linje, som tenantdesk-sandbox udskrev (tekst, fil eller -).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Profilens navn.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Ukendt loginmetode &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 indeholder intet PEM-certifikat.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Profilen blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Profilen &quot;%1&quot; er opdateret.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Profilen &quot;%1&quot; er tilføjet.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tenantdesk-cli profile add NAME ...</source>
        <translation>Ingen profiler endnu. Tilføj en med: tenantdesk-cli profile add NAME ...</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Der findes ingen profil med navnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lejer</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Klient-id</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in</source>
        <translation>Program-id til uovervåget login</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Loginmetode</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Myndighed</translation>
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
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Betroet certifikat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed from the keychain; the profile was kept.</source>
        <translation>Profilens hemmeligheder kunne ikke fjernes fra nøgleringen; profilen blev bevaret.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the current profile.</source>
        <translation>&quot;%1&quot; er nu den aktuelle profil.</translation>
    </message>
    <message>
        <source>The profile&apos;s local snapshot could not be deleted; the profile was kept.</source>
        <translation>Profilens lokale øjebliksbillede kunne ikke slettes; profilen blev bevaret.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its sign-in secrets and its local snapshot.</source>
        <translation>Profilen »%1« er fjernet sammen med dens login-hemmeligheder og dens lokale øjebliksbillede.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refresh snapshot</source>
        <translation>Opdater øjebliksbillede</translation>
    </message>
    <message>
        <source>The snapshot could not be refreshed: %1</source>
        <translation>Øjebliksbilledet kunne ikke opdateres: %1</translation>
    </message>
    <message>
        <source>Refreshing the snapshot…</source>
        <translation>Opdaterer øjebliksbilledet…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s)</source>
        <comment>refresh progress: phase, objects read so far</comment>
        <translation>
            <numerusform>%1: %n objekt</numerusform>
            <numerusform>%1: %n objekter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 per second</source>
        <comment>refresh progress: the text so far, objects read per second</comment>
        <translation>%1, %2 pr. sekund</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, ca. %n minut tilbage</numerusform>
            <numerusform>%1, ca. %n minutter tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, ca. %n sekund tilbage</numerusform>
            <numerusform>%1, ca. %n sekunder tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdater</translation>
    </message>
    <message>
        <source>Try to read the tenant again (F5)</source>
        <translation>Prøv at indlæse lejeren igen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the snapshot as it was (Esc)</source>
        <translation>Stop opdateringen, og behold øjebliksbilledet, som det var (Esc)</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Opdateringen mislykkedes: %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the snapshot is as it was.</source>
        <translation>Opdateringen blev annulleret; øjebliksbilledet er uændret.</translation>
    </message>
    <message>
        <source>Snapshot refreshed.</source>
        <translation>Øjebliksbilledet er opdateret.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detaljer…</translation>
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
    <message>
        <source>Behave as Microsoft 365 does where it is harder on clients: strict, or a comma list of switches such as upn-ranges,page-token-expiry=120 (default off; the README lists every switch).</source>
        <translation>Opfør dig som Microsoft 365, hvor det er hårdere for klienter: strict eller en kommasepareret liste af kontakter som upn-ranges,page-token-expiry=120 (standard off; README&apos;en beskriver hver kontakt).</translation>
    </message>
    <message>
        <source>flat: the --latency-ms delay per request; graph: 60-100 ms plus about 1 ms per object returned, an estimate of real Graph (default flat).</source>
        <translation>flat: forsinkelsen fra --latency-ms pr. forespørgsel; graph: 60-100 ms plus cirka 1 ms pr. returneret objekt, et skøn over rigtig Graph (standard flat).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (default none).</source>
        <translation>Simulerede fejl med rater 0..1, f.eks. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (standard ingen).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Forsinkelsen &quot;%1&quot; er ikke et interval i millisekunder som f.eks. 60-100.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Begrænsningsprofilen &quot;%1&quot; er ukendt. Brug en af: %2.</translation>
    </message>
    <message>
        <source>Realism switch &quot;%1&quot; is not understood. Use strict, off or a comma list of: %2.</source>
        <translation>Realismekontakten &quot;%1&quot; forstås ikke. Brug strict, off eller en kommasepareret liste af: %2.</translation>
    </message>
    <message>
        <source>Latency model &quot;%1&quot; is unknown. Use flat or graph.</source>
        <translation>Forsinkelsesmodellen &quot;%1&quot; er ukendt. Brug flat eller graph.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, reset-after-body, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Fejlen &quot;%1&quot; blev ikke forstået. Brug 503, 504, reset, reset-after-body, truncate eller malformed med en rate mellem 0 og 1, f.eks. 503=0.05,reset=0.02.</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox tenant&apos;s start-up line is not valid JSON (%1).</source>
        <translation>Sandkasselejerens startlinje er ikke gyldig JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox tenant printed &quot;%1&quot; instead of its start-up line.</source>
        <translation>Sandkasselejeren skrev „%1“ i stedet for sin startlinje.</translation>
    </message>
    <message>
        <source>The sandbox tenant was stopped before it was ready.</source>
        <translation>Sandkasselejeren blev stoppet, før den var klar.</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed before it was ready.</source>
        <translation>Sandkasselejeren gik ned, før den var klar.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped before it was ready (exit code %1).</source>
        <translation>Sandkasselejeren stoppede, før den var klar (slutkode %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed.</source>
        <translation>Sandkasselejeren gik ned.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped unexpectedly (exit code %1).</source>
        <translation>Sandkasselejeren stoppede uventet (slutkode %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started from %1: %2</source>
        <translation>Sandkasselejeren kunne ikke startes fra %1: %2</translation>
    </message>
    <message>
        <source>%1 Its last error output: %2</source>
        <comment>a sentence, then what the sandbox last wrote to standard error</comment>
        <translation>%1 Dens sidste fejludskrift: %2</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Sign in to the profile&apos;s tenant.</source>
        <translation>Log ind på profilens lejer.</translation>
    </message>
    <message>
        <source>Show who is signed in to the profile.</source>
        <translation>Vis, hvem der er logget ind på profilen.</translation>
    </message>
    <message>
        <source>Export or import the token cache in MSAL&apos;s format (export-msal-cache, import-msal-cache).</source>
        <translation>Eksportér eller importér tokencachen i MSAL-format (export-msal-cache, import-msal-cache).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Logget ind som %1.</translation>
    </message>
    <message>
        <source>Sign in with a code on another device.</source>
        <translation>Log ind med en kode på en anden enhed.</translation>
    </message>
    <message>
        <source>Sign in in the web browser.</source>
        <translation>Log ind i webbrowseren.</translation>
    </message>
    <message>
        <source>Sign in as the application with the client secret in this environment variable.</source>
        <translation>Log ind som programmet med klienthemmeligheden i denne miljøvariabel.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>Sign in as the application with this PEM certificate and key.</source>
        <translation>Log ind som programmet med dette PEM-certifikat og denne nøgle.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>login takes no positional arguments.</source>
        <translation>login tager ingen positionelle argumenter.</translation>
    </message>
    <message>
        <source>Choose one sign-in method.</source>
        <translation>Vælg én loginmetode.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Miljøvariablen %1 er tom eller ikke angivet.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;; its tokens and secrets were removed from the keychain.</source>
        <translation>Logget ud af &quot;%1&quot;; profilens tokens og hemmeligheder er fjernet fra nøgleringen.</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;. Run: tenantdesk-cli --profile &quot;%1&quot; login</source>
        <translation>Ikke logget ind på &quot;%1&quot;. Kør: tenantdesk-cli --profile &quot;%1&quot; login</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Lejer: %1</translation>
    </message>
    <message>
        <source>Access to %1 until %2</source>
        <translation>Adgang til %1 indtil %2</translation>
    </message>
    <message>
        <source>Usage:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</source>
        <translation>Brug:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</translation>
    </message>
    <message>
        <source>Warning: %1 now holds refresh tokens that let anyone with the file act as the signed-in account. It was created readable by you only; delete it when done.</source>
        <translation>Advarsel: %1 indeholder nu opdateringstokens, som lader enhver med filen handle som den konto, der er logget ind. Filen er oprettet, så kun du kan læse den; slet den, når du er færdig.</translation>
    </message>
    <message>
        <source>Token cache imported into the keychain for &quot;%1&quot;.</source>
        <translation>Tokencachen er importeret til nøgleringen for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign out: remove the profile&apos;s tokens and secrets (--delete-snapshot: its local snapshot too).</source>
        <translation>Log ud: fjern profilens tokens og hemmeligheder (--delete-snapshot: også dens lokale øjebliksbillede).</translation>
    </message>
    <message>
        <source>logout takes no arguments but --delete-snapshot.</source>
        <translation>logout tager ingen argumenter ud over --delete-snapshot.</translation>
    </message>
    <message>
        <source>The local snapshot was kept: %1</source>
        <translation>Det lokale øjebliksbillede blev beholdt: %1</translation>
    </message>
    <message>
        <source>Its local snapshot (the tenant&apos;s people) was deleted from this computer.</source>
        <translation>Dens lokale øjebliksbillede (lejerens personer) blev slettet fra denne computer.</translation>
    </message>
    <message>
        <source>Usage: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate FILE]</source>
        <translation>Brug: login [--device-code | --browser | --client-secret-env VARIABEL | --certificate FIL]</translation>
    </message>
    <message>
        <source>Usage: logout [--delete-snapshot]</source>
        <translation>Brug: logout [--delete-snapshot]</translation>
    </message>
    <message>
        <source>Usage: whoami [--json]</source>
        <translation>Brug: whoami [--json]</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>The sign-in was refused or cancelled. Sign in again, and accept the permissions the console asks for.</source>
        <translation>Login blev afvist eller annulleret. Log ind igen, og accepter de tilladelser, som konsollen beder om.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the application&apos;s credentials. Check the client secret or certificate of the profile.</source>
        <translation>Microsoft 365 accepterede ikke programmets legitimationsoplysninger. Kontrollér profilens klienthemmelighed eller certifikat.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Login er ikke længere gyldigt. Log ind igen.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Loginkoden udløb, før den blev brugt. Start login forfra.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Login blev afvist på den anden enhed.</translation>
    </message>
</context>
<context>
    <name>SignInHint</name>
    <message>
        <source>The sign-in was cancelled. Choose Try again to start over.</source>
        <translation>Login blev annulleret. Vælg Prøv igen for at starte forfra.</translation>
    </message>
    <message>
        <source>Tenantdesk could not reach the sign-in service. Check that this computer is online and that any proxy lets it through, then try again.</source>
        <translation>Tenantdesk kunne ikke få forbindelse til logintjenesten. Kontrollér, at computeren er online, og at en eventuel proxy tillader forbindelsen, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s certificate is not trusted. If your network inspects HTTPS traffic, go back to the first page and add your IT department&apos;s certificate authority under Advanced.</source>
        <translation>Der er ikke tillid til logintjenestens certifikat. Hvis dit netværk inspicerer HTTPS-trafik, skal du gå tilbage til den første side og tilføje din IT-afdelings nøglecenter under Avanceret.</translation>
    </message>
    <message>
        <source>An address in the profile uses plain HTTP. Go back to the first page and use HTTPS addresses.</source>
        <translation>En adresse i profilen bruger almindelig HTTP. Gå tilbage til den første side, og brug HTTPS-adresser.</translation>
    </message>
    <message>
        <source>Something in the profile is incomplete or wrong. Go back and check the fields.</source>
        <translation>Noget i profilen er ufuldstændigt eller forkert. Gå tilbage, og kontrollér felterne.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Check that your keyring is unlocked, then try again.</source>
        <translation>Systemets nøglering kunne ikke bruges. Kontrollér, at din nøglering er låst op, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this tenant. Go back to the first page and check the tenant id or domain.</source>
        <translation>Microsoft 365 kender ikke denne lejer. Gå tilbage til den første side, og kontrollér lejer-id&apos;et eller domænet.</translation>
    </message>
    <message>
        <source>The application (client) id is not registered in this tenant. Go back to the first page and check the application id and the tenant.</source>
        <translation>Program-id&apos;et (klient-id&apos;et) er ikke registreret i denne lejer. Gå tilbage til den første side, og kontrollér program-id&apos;et og lejeren.</translation>
    </message>
    <message>
        <source>The account you signed in with belongs to another organisation. Sign in with an account of this tenant.</source>
        <translation>Den konto, du loggede ind med, tilhører en anden organisation. Log ind med en konto fra denne lejer.</translation>
    </message>
    <message>
        <source>The application has not been given consent in this tenant. Ask a global administrator to grant admin consent for it in the Microsoft Entra admin center, then try again.</source>
        <translation>Programmet har ikke fået samtykke i denne lejer. Bed en global administrator om at give administratorsamtykke til programmet i Microsoft Entra Administration, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>The tenant did not accept the application&apos;s secret or certificate. Check that it belongs to this application and has not expired, then try again.</source>
        <translation>Lejeren accepterede ikke programmets hemmelighed eller certifikat. Kontrollér, at hemmeligheden eller certifikatet hører til dette program og ikke er udløbet, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Choose Try again for a new code.</source>
        <translation>Koden udløb, før login blev fuldført. Vælg Prøv igen for at få en ny kode.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Choose Try again and sign in with an account of this tenant.</source>
        <translation>Login blev afvist. Vælg Prøv igen, og log ind med en konto fra denne lejer.</translation>
    </message>
    <message>
        <source>The application&apos;s registration does not allow Tenantdesk&apos;s reply address. Ask the administrator to add http://localhost as a redirect address for mobile and desktop applications.</source>
        <translation>Programmets registrering tillader ikke Tenantdesks svaradresse. Bed administratoren om at tilføje http://localhost som omdirigeringsadresse for mobil- og skrivebordsprogrammer.</translation>
    </message>
    <message>
        <source>The sign-in service is busy. Wait a minute, then try again.</source>
        <translation>Logintjenesten er optaget. Vent et minut, og prøv derefter igen.</translation>
    </message>
    <message>
        <source>Choose Try again. If it keeps failing, give the details below to your service desk.</source>
        <translation>Vælg Prøv igen. Hvis det bliver ved med at mislykkes, skal du give oplysningerne nedenfor til din Servicedesk.</translation>
    </message>
</context>
<context>
    <name>SignInMethodPage</name>
    <message>
        <source>&amp;Web browser (recommended)</source>
        <translation>&amp;Webbrowser (anbefales)</translation>
    </message>
    <message>
        <source>You sign in with your own account in the browser, with multi-factor authentication as usual.</source>
        <translation>Du logger ind med din egen konto i browseren med multifaktorgodkendelse som sædvanligt.</translation>
    </message>
    <message>
        <source>&amp;Code on another device</source>
        <translation>&amp;Kode på en anden enhed</translation>
    </message>
    <message>
        <source>For computers without a usable browser: you enter a short code on a phone or another computer.</source>
        <translation>Til computere uden en brugbar browser: Du angiver en kort kode på en telefon eller en anden computer.</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret</source>
        <translation>Program med en klient&amp;hemmelighed</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a secret from its registration.</source>
        <translation>Til uovervågede job: Tenantdesk logger ind som programmet med en hemmelighed fra programmets registrering.</translation>
    </message>
    <message>
        <source>Application with a cer&amp;tificate</source>
        <translation>Program med et certi&amp;fikat</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a certificate uploaded to its registration.</source>
        <translation>Til uovervågede job: Tenantdesk logger ind som programmet med et certifikat, der er uploadet til programmets registrering.</translation>
    </message>
    <message>
        <source>Application credentials</source>
        <translation>Programmets legitimationsoplysninger</translation>
    </message>
    <message>
        <source>Application (client) &amp;id:</source>
        <translation>Program-&amp;id (klient):</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Klienthemm&amp;elighed:</translation>
    </message>
    <message>
        <source>Certificate and &amp;key:</source>
        <translation>&amp;Certifikat og nøgle:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>Enter the client secret from the application&apos;s registration.</source>
        <translation>Angiv klienthemmeligheden fra programmets registrering.</translation>
    </message>
    <message>
        <source>Choose the PEM file with the application&apos;s certificate and its private key.</source>
        <translation>Vælg PEM-filen med programmets certifikat og den tilhørende private nøgle.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Certifikatfilen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Filen %1 indeholder ikke et certifikat i PEM-format.</translation>
    </message>
    <message>
        <source>The file %1 has the certificate but not its private key. Choose a PEM file with both.</source>
        <translation>Filen %1 indeholder certifikatet, men ikke den tilhørende private nøgle. Vælg en PEM-fil, der indeholder begge dele.</translation>
    </message>
    <message>
        <source>Choose the certificate and key</source>
        <translation>Vælg certifikatet og nøglen</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-filer (*.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Loginmetode</translation>
    </message>
    <message>
        <source>How Tenantdesk signs in to the tenant.</source>
        <translation>Sådan logger Tenantdesk ind på lejeren.</translation>
    </message>
    <message>
        <source>The same as on the first page</source>
        <translation>Det samme som på den første side</translation>
    </message>
    <message>
        <source>The same as on the first page (%1)</source>
        <translation>Det samme som på den første side (%1)</translation>
    </message>
    <message>
        <source>The secret goes to this computer&apos;s keychain, never into Tenantdesk&apos;s settings.</source>
        <translation>Hemmeligheden gemmes i denne computers nøglering, aldrig i Tenantdesks indstillinger.</translation>
    </message>
    <message>
        <source>Tenantdesk remembers where the file is; keep it where only you can read it.</source>
        <translation>Tenantdesk husker, hvor filen ligger; opbevar den et sted, hvor kun du kan læse den.</translation>
    </message>
</context>
<context>
    <name>SigningInPage</name>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Kontakter logintjenesten…</translation>
    </message>
    <message>
        <source>A browser window has opened. Sign in there; Tenantdesk continues by itself when you are done.</source>
        <translation>Der er åbnet et browservindue. Log ind der; Tenantdesk fortsætter automatisk, når du er færdig.</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address in a browser yourself:</source>
        <translation>Hvis der ikke blev åbnet et browservindue, skal du selv åbne denne adresse i en browser:</translation>
    </message>
    <message>
        <source>On a phone or another computer, open the address below, enter this code and sign in:</source>
        <translation>Åbn adressen nedenfor på en telefon eller en anden computer, angiv denne kode, og log ind:</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiér kode</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Details for the service desk</source>
        <translation>Oplysninger til Servicedesk</translation>
    </message>
    <message>
        <source>The code has expired. Choose Back and then Next for a new code.</source>
        <translation>Koden er udløbet. Vælg Tilbage og derefter Næste for at få en ny kode.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>Koden udløber om %n minut.</numerusform>
            <numerusform>Koden udløber om %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Logger ind</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant. Back or Cancel stops the sign-in.</source>
        <translation>Log ind med en konto fra lejeren. Tilbage eller Annuller afbryder login.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Login lykkedes ikke.</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>Login lykkedes.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Logget ind som %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Bring the local snapshot up to date (full sync the first time, then changes only).</source>
        <translation>Opdater det lokale øjebliksbillede (fuld synkronisering første gang, derefter kun ændringer).</translation>
    </message>
    <message>
        <source>List users from the local snapshot (works offline).</source>
        <translation>Oplist brugere fra det lokale øjebliksbillede (virker offline).</translation>
    </message>
    <message>
        <source>List the snapshot&apos;s generations, or show what changed between two (list, diff).</source>
        <translation>Oplist øjebliksbilledets generationer, eller vis, hvad der er ændret mellem to af dem (list, diff).</translation>
    </message>
    <message>
        <source>Read everything again instead of only the changes.</source>
        <translation>Indlæs alt igen i stedet for kun ændringerne.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Udskriv oversigten som JSON.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 16).</source>
        <translation>Antal samtidige anmodninger (standard 16).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync tager ingen positionelle argumenter.</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 requests, %4 objects/s</source>
        <translation>%1: %2 objekter, %3 anmodninger, %4 objekter/s</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(ca. %1 s tilbage)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>Full sync complete (generation %1).</source>
        <translation>Fuld synkronisering fuldført (generation %1).</translation>
    </message>
    <message>
        <source>Changes applied (generation %1).</source>
        <translation>Ændringerne er anvendt (generation %1).</translation>
    </message>
    <message>
        <source>%1 requests, %2 retries, %3 s</source>
        <translation>%1 anmodninger, %2 nye forsøg, %3 s</translation>
    </message>
    <message>
        <source>Only users whose name, address or school contains this text.</source>
        <translation>Kun brugere, hvis navn, adresse eller skole indeholder denne tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Only users of this school (name or id).</source>
        <translation>Kun brugere fra denne skole (navn eller id).</translation>
    </message>
    <message>
        <source>school</source>
        <translation>skole</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Udskriv JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Udskriv CSV.</translation>
    </message>
    <message>
        <source>Usage: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</source>
        <translation>Brug: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</translation>
    </message>
    <message>
        <source>There is no snapshot of &quot;%1&quot; yet. Run: tenantdesk-cli --profile &quot;%1&quot; sync</source>
        <translation>Der findes endnu intet øjebliksbillede af &quot;%1&quot;. Kør: tenantdesk-cli --profile &quot;%1&quot; sync</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n bruger.</numerusform>
            <numerusform>%n brugere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Brug:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  +%5 ~%6 -%7</source>
        <translation>%1  %2  %3  %4  +%5 ~%6 -%7</translation>
    </message>
    <message>
        <source>full</source>
        <translation>fuld</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>ændringer</translation>
    </message>
    <message>
        <source>Only changes that concern this school (id).</source>
        <translation>Kun ændringer, der vedrører denne skole (id).</translation>
    </message>
    <message>
        <source>Usage: snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Brug: snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>A and B are generation numbers; see: snapshot list</source>
        <translation>A og B er generationsnumre; se: snapshot list</translation>
    </message>
    <message>
        <source>No differences between generation %1 and %2.</source>
        <translation>Ingen forskelle mellem generation %1 og %2.</translation>
    </message>
    <message>
        <source>Usage: sync [--full] [--json] [--parallel COUNT]</source>
        <translation>Brug: sync [--full] [--json] [--parallel ANTAL]</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The local snapshot could not be read or written (step: %1).</source>
        <translation>Det lokale øjebliksbillede kunne ikke læses eller skrives (trin: %1).</translation>
    </message>
    <message>
        <source>The local snapshot was written by a newer version of Tenantdesk (schema %1; this version reads up to schema %2). Update Tenantdesk or remove the snapshot file.</source>
        <translation>Det lokale øjebliksbillede er skrevet af en nyere version af Tenantdesk (skema %1; denne version kan læse op til skema %2). Opdater Tenantdesk, eller fjern filen med øjebliksbilledet.</translation>
    </message>
    <message>
        <source>The local snapshot is being updated; try again when the refresh has finished.</source>
        <translation>Det lokale øjebliksbillede er ved at blive opdateret; prøv igen, når opdateringen er færdig.</translation>
    </message>
    <message>
        <source>The local snapshot %1 could not be deleted: %2</source>
        <translation>Det lokale øjebliksbillede %1 kunne ikke slettes: %2</translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation>dens låsefil kan ikke oprettes</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Refresh %1 is not in the local snapshot: it did not finish, or it is older than the refreshes the snapshot keeps.</source>
        <translation>Opdatering %1 findes ikke i det lokale øjebliksbillede: Den blev ikke fuldført, eller den er ældre end de opdateringer, som øjebliksbilledet gemmer.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>The local snapshot %1 could not be deleted: it is being read or refreshed. Try again when that has finished.</source>
        <translation>Det lokale øjebliksbillede %1 kunne ikke slettes: det bliver læst eller opdateret. Prøv igen, når det er færdigt.</translation>
    </message>
</context>
<context>
    <name>SnapshotSync</name>
    <message>
        <source>Preparing the full sync</source>
        <translation>Forbereder den fulde synkronisering</translation>
    </message>
    <message>
        <source>Listing users, groups and schools</source>
        <translation>Henter brugere, grupper og skoler</translation>
    </message>
    <message>
        <source>Replaying changes made during the sync</source>
        <translation>Genafspiller ændringer, der blev foretaget under synkroniseringen</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>Henter ændringer</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired, so a full sync is done instead.</source>
        <translation>Det gemte link til ændringssporing er udløbet, så der udføres en fuld synkronisering i stedet.</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>Gemmer øjebliksbilledet</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>No update of the local snapshot is in progress.</source>
        <translation>Der er ingen igangværende opdatering af det lokale øjebliksbillede.</translation>
    </message>
    <message>
        <source>Another Tenantdesk window or process is updating the local snapshot.</source>
        <translation>Et andet Tenantdesk-vindue eller en anden Tenantdesk-proces opdaterer det lokale øjebliksbillede.</translation>
    </message>
    <message>
        <source>Only a full read can tell which objects no longer exist.</source>
        <translation>Kun en fuld indlæsning kan afgøre, hvilke objekter der ikke længere findes.</translation>
    </message>
    <message>
        <source>The snapshot was not updated because an earlier write failed.</source>
        <translation>Øjebliksbilledet blev ikke opdateret, fordi en tidligere skrivning mislykkedes.</translation>
    </message>
</context>
<context>
    <name>TenantDetailsPage</name>
    <message>
        <source>Tenantdesk needs to know which tenant to open and which registered application it signs in with. Your Microsoft 365 administrator finds both in the Microsoft Entra admin center.</source>
        <translation>Tenantdesk skal vide, hvilken lejer der skal åbnes, og hvilket registreret program der bruges til at logge ind. Din Microsoft 365-administrator kan finde begge dele i Microsoft Entra Administration.</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Pro&amp;filnavn:</translation>
    </message>
    <message>
        <source>For example: Odense schools</source>
        <translation>For eksempel: Skoler i Odense</translation>
    </message>
    <message>
        <source>&amp;Tenant id or domain:</source>
        <translation>&amp;Lejer-id eller domæne:</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>&amp;Program-id (klient):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanceret</translation>
    </message>
    <message>
        <source>Sign-in a&amp;uthority:</source>
        <translation>Login&amp;myndighed:</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>&amp;Graph-URL:</translation>
    </message>
    <message>
        <source>E&amp;xchange URL:</source>
        <translation>E&amp;xchange-URL:</translation>
    </message>
    <message>
        <source>Trusted certificate authorit&amp;y:</source>
        <translation>Betroet nøgle&amp;center:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <source>Only needed when your network inspects HTTPS traffic: a PEM file with the certificate of the authority your IT department uses.</source>
        <translation>Kun nødvendigt, når dit netværk inspicerer HTTPS-trafik: en PEM-fil med certifikatet for det nøglecenter, som din IT-afdeling bruger.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Nøglecenterfilen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Filen %1 indeholder ikke et certifikat i PEM-format.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists on this computer. Choose another name.</source>
        <translation>Der findes allerede en profil med navnet “%1” på denne computer. Vælg et andet navn.</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>Vælg nøglecentret</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Lejer</translation>
    </message>
    <message>
        <source>Which Microsoft 365 tenant to connect, and the application registered in it for Tenantdesk.</source>
        <translation>Den Microsoft 365-lejer, der skal oprettes forbindelse til, og det program, der er registreret i den til Tenantdesk.</translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificate authorities</source>
        <translation>Ingen: Hav tillid til systemets nøglecentre</translation>
    </message>
    <message>
        <source>Keep the certificate authority saved in this profile</source>
        <translation>Behold det nøglecenter, der er gemt i denne profil</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Indstillingsfilen %1 kunne ikke skrives.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s start-up line has no &quot;%1&quot; field.</source>
        <translation>Sandkassens startlinje har intet &quot;%1&quot;-felt.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profilen skal have et navn.</translation>
    </message>
    <message>
        <source>Enter the tenant id or one of its domains.</source>
        <translation>Angiv lejer-id&apos;et eller et af lejerens domæner.</translation>
    </message>
    <message>
        <source>Enter the application (client) id.</source>
        <translation>Angiv program-id&apos;et (klient-id&apos;et).</translation>
    </message>
    <message>
        <source>The Graph and Exchange resource identifiers must not be empty.</source>
        <translation>Ressource-id&apos;erne for Graph og Exchange må ikke være tomme.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the path of a PEM file with the certificate and its key.</source>
        <translation>Login med certifikat kræver stien til en PEM-fil med certifikatet og den tilhørende nøgle.</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <source>Code on another device</source>
        <translation>Kode på en anden enhed</translation>
    </message>
    <message>
        <source>Application with a client secret</source>
        <translation>Program med en klienthemmelighed</translation>
    </message>
    <message>
        <source>Application with a certificate</source>
        <translation>Program med et certifikat</translation>
    </message>
    <message>
        <source>The sign-in authority is not a valid URL.</source>
        <translation>Loginmyndigheden er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The sign-in authority must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Loginmyndigheden skal bruge HTTPS (almindelig HTTP er kun tilladt til denne computer).</translation>
    </message>
    <message>
        <source>The Graph URL is not a valid URL.</source>
        <translation>Graph-URL&apos;en er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Graph-URL&apos;en skal bruge HTTPS (almindelig HTTP er kun tilladt til denne computer).</translation>
    </message>
    <message>
        <source>The Exchange URL is not a valid URL.</source>
        <translation>Exchange-URL&apos;en er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The Exchange URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Exchange-URL&apos;en skal bruge HTTPS (almindelig HTTP er kun tilladt til denne computer).</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>The certificate %1 is not the one saved in the profile. Save it in the profile first.</source>
        <translation>Certifikatet %1 er ikke det, der er gemt i profilen. Gem det i profilen først.</translation>
    </message>
    <message>
        <source>The sign-in worked but could not be saved in the keychain: %1</source>
        <translation>Login lykkedes, men kunne ikke gemmes i nøgleringen: %1</translation>
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
    <message>
        <source>Offline — no snapshot of this tenant yet</source>
        <translation>Offline — der er endnu intet øjebliksbillede af denne lejer</translation>
    </message>
    <message>
        <source>Offline — showing the snapshot from just now</source>
        <translation>Offline — viser øjebliksbilledet fra netop nu</translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n minute(s) ago</source>
        <translation>
            <numerusform>Offline — viser øjebliksbilledet fra for %n minut siden</numerusform>
            <numerusform>Offline — viser øjebliksbilledet fra for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n hour(s) ago</source>
        <translation>
            <numerusform>Offline — viser øjebliksbilledet fra for %n time siden</numerusform>
            <numerusform>Offline — viser øjebliksbilledet fra for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n day(s) ago</source>
        <translation>
            <numerusform>Offline — viser øjebliksbilledet fra for %n dag siden</numerusform>
            <numerusform>Offline — viser øjebliksbilledet fra for %n dage siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCacheStore</name>
    <message>
        <source>The saved sign-in of profile %1 could not be read from the keychain.</source>
        <translation>Det gemte login for profilen %1 kunne ikke læses fra nøgleringen.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 could not be saved in the keychain.</source>
        <translation>Login for profilen %1 kunne ikke gemmes i nøgleringen.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be read from the keychain.</source>
        <translation>Klienthemmeligheden for profilen %1 kunne ikke læses fra nøgleringen.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be saved in the keychain.</source>
        <translation>Klienthemmeligheden for profilen %1 kunne ikke gemmes i nøgleringen.</translation>
    </message>
    <message>
        <source>The secrets of profile %1 could not be removed from the keychain.</source>
        <translation>Hemmelighederne for profilen %1 kunne ikke fjernes fra nøgleringen.</translation>
    </message>
    <message>
        <source>The saved sign-in of profile %1 in the keychain is damaged. Sign in again.</source>
        <translation>Det gemte login for profilen %1 i nøgleringen er beskadiget. Log ind igen.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in answer could not be checked. Sign in again.</source>
        <translation>Svaret på logindet kunne ikke kontrolleres. Log ind igen.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued to another application (%1) than this profile&apos;s (%2).</source>
        <translation>Svaret på logindet er udstedt til en anden app (%1) end denne profils (%2).</translation>
    </message>
    <message>
        <source>The account signed in belongs to another tenant (%1) than this profile&apos;s (%2).</source>
        <translation>Den konto, der er logget ind, hører til en anden lejer (%1) end denne profils (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. Check that this computer&apos;s date and time are right, and sign in again.</source>
        <translation>Svaret på logindet er allerede udløbet. Kontroller, at computerens dato og klokkeslæt er korrekte, og log ind igen.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Enabled</source>
        <comment>user account state: can sign in</comment>
        <translation>Aktiveret</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>user account state: sign-in blocked</comment>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>user account state: in the tenant&apos;s recycle bin, restorable</comment>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>users list column</comment>
        <translation>Navn</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>users list column: the userPrincipalName used to sign in</comment>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>users list column</comment>
        <translation>Mail</translation>
    </message>
    <message>
        <source>School</source>
        <comment>users list column</comment>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Licences</source>
        <comment>users list column</comment>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>State</source>
        <comment>users list column: enabled, disabled or deleted</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>(none)</source>
        <comment>details pane: an empty field</comment>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last read from the tenant</source>
        <translation>Senest indlæst fra lejeren</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Indlæser øjebliksbilledet…</translation>
    </message>
    <message>
        <source>No snapshot yet — Refresh (F5) to read the tenant.</source>
        <translation>Intet øjebliksbillede endnu — vælg Opdater (F5) for at indlæse lejeren.</translation>
    </message>
    <message>
        <source>No user matches the search or the school chosen.</source>
        <translation>Ingen brugere matcher søgningen eller den valgte skole.</translation>
    </message>
    <message>
        <source>The snapshot holds no users.</source>
        <translation>Øjebliksbilledet indeholder ingen brugere.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n bruger</numerusform>
            <numerusform>%n brugere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <comment>users list: the users shown of all users in the snapshot</comment>
        <translation>
            <numerusform>%1 af %n bruger</numerusform>
            <numerusform>%1 af %n brugere</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Øjebliksbilledet kunne ikke læses: %1</translation>
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
    <message>
        <source>The sandbox tenant&apos;s profile could not be saved: %1</source>
        <translation>Sandkasselejerens profil kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <source>Tenantdesk could not sign out: %1</source>
        <translation>Tenantdesk kunne ikke logge ud: %1</translation>
    </message>
    <message>
        <source>Signed out, but the local snapshot was not deleted: %1</source>
        <translation>Logget ud, men det lokale øjebliksbillede blev ikke slettet: %1</translation>
    </message>
</context>
</TS>
