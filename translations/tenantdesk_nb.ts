<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AccessTokenProvider</name>
    <message>
        <source>Profile %1 is not signed in. Sign in to continue.</source>
        <translation>Profilen %1 er ikke logget på. Logg på for å fortsette.</translation>
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
        <translation>Ikke logget på</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Logget på som %1</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>&amp;Bytt profil</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Ingen profiler ennå</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Logg av…</translation>
    </message>
</context>
<context>
    <name>BlockingSession</name>
    <message>
        <source>Sign in in your web browser. If it did not open, visit:</source>
        <translation>Logg på i nettleseren. Hvis den ikke ble åpnet, går du til:</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %3 minutes).</source>
        <translation>Du logger på ved å åpne %1 på en hvilken som helst enhet og skrive inn koden %2 (gyldig i %3 minutter).</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The console could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Konsollen kunne ikke lytte på 127.0.0.1 etter svaret fra nettleseren.</translation>
    </message>
    <message>
        <source>The sign-in is complete. You can close this browser window and return to Tenantdesk.</source>
        <translation>Påloggingen er fullført. Du kan lukke dette nettleservinduet og gå tilbake til Tenantdesk.</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored.</source>
        <translation>Denne forespørselen hører ikke til påloggingen som pågår, og ble ignorert.</translation>
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
        <translation>Kan se når jeg er opptatt</translation>
    </message>
    <message>
        <source>Can view titles and locations</source>
        <comment>calendar sharing level (limited details)</comment>
        <translation>Kan se titler og steder</translation>
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
        <translation>Representant</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>calendar sharing level: a role Outlook has no name for</comment>
        <translation>Egendefinert</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The certificate file %1 of the profile could not be read.</source>
        <translation>Sertifikatfilen %1 for profilen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no certificate.</source>
        <translation>Sertifikatfilen for profilen inneholder ikke noe sertifikat.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no usable RSA private key. The key must be in the same PEM file as the certificate and not be encrypted.</source>
        <translation>Sertifikatfilen for profilen inneholder ingen brukbar privat RSA-nøkkel. Nøkkelen må ligge i samme PEM-fil som sertifikatet og kan ikke være kryptert.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsSignIn</name>
    <message>
        <source>No client secret is stored for profile %1. Sign in with the application&apos;s secret again.</source>
        <translation>Ingen klienthemmelighet er lagret for profilen %1. Logg på med hemmeligheten til programmet på nytt.</translation>
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
    <message>
        <source>The tenant profile to use (default: the current one).</source>
        <translation>Leietakerprofilen som skal brukes (standard: den gjeldende).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>No profile chosen. Use --profile NAME, or add one with: tenantdesk-cli profile add</source>
        <translation>Ingen profil er valgt. Bruk --profile NAME, eller legg til en med: tenantdesk-cli profile add</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Det finnes ingen profil med navnet «%1».</translation>
    </message>
    <message>
        <source>Log every request and step to standard error.</source>
        <translation>Logg hver forespørsel og hvert trinn til standard feil.</translation>
    </message>
    <message>
        <source>Run tenantdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Kjør tenantdesk-cli KOMMANDO --help for å se alternativene til en kommando.</translation>
    </message>
</context>
<context>
    <name>ConnectTenantWizard</name>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation>Pålogget, men profilen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant</source>
        <translation>Koble til en Microsoft 365-leietaker</translation>
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
    <name>Error</name>
    <message>
        <source>The object was not found in the tenant. It may have been deleted or renamed.</source>
        <translation>Objektet ble ikke funnet i leietakeren. Det kan ha blitt slettet eller fått nytt navn.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the request: the signed-in account lacks the permission or the admin role it needs.</source>
        <translation>Microsoft 365 avviste forespørselen: Kontoen som er pålogget, mangler tillatelsen eller administratorrollen som kreves.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the sign-in. Sign in again.</source>
        <translation>Microsoft 365 godtok ikke påloggingen. Logg på igjen.</translation>
    </message>
    <message>
        <source>The change conflicts with an object that already exists in the tenant.</source>
        <translation>Endringen er i konflikt med et objekt som allerede finnes i leietakeren.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the request as invalid.</source>
        <translation>Microsoft 365 avviste forespørselen som ugyldig.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired; a full read is needed.</source>
        <translation>Den lagrede endringssporingskoblingen er utløpt. En fullstendig innlesing er nødvendig.</translation>
    </message>
    <message>
        <source>Microsoft 365 had an internal error. Try again later.</source>
        <translation>Det oppstod en intern feil i Microsoft 365. Prøv igjen senere.</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with an error (HTTP %1).</source>
        <translation>Microsoft 365 svarte med en feil (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in was refused: an administrator has not consented to Tenantdesk in this tenant, or the user declined.</source>
        <translation>Påloggingen ble avvist: En administrator har ikke gitt samtykke til Tenantdesk i denne leietakeren, eller brukeren avslo.</translation>
    </message>
    <message>
        <source>Sign-in failed: the tenant in the profile does not exist or the account belongs to another tenant.</source>
        <translation>Påloggingen mislyktes: Leietakeren i profilen finnes ikke, eller kontoen tilhører en annen leietaker.</translation>
    </message>
    <message>
        <source>Sign-in failed: the application (client) id in the profile is not registered in this tenant.</source>
        <translation>Påloggingen mislyktes: Program-ID-en (klient) i profilen er ikke registrert i denne leietakeren.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret or certificate was not accepted.</source>
        <translation>Påloggingen mislyktes: Klienthemmeligheten eller sertifikatet ble ikke godtatt.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Påloggingskoden utløp før den ble brukt. Start påloggingen på nytt.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Den lagrede påloggingen er ikke lenger gyldig. Logg på igjen.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Påloggingen mislyktes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (where)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>Kunne ikke nå serveren. Kontroller nettverkstilkoblingen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Sertifikatet til serveren er ikke klarert, så tilkoblingen ble avvist.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarte ikke i tide.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Microsoft 365 is throttling requests and kept doing so after several retries. Try again in a few minutes.</source>
        <translation>Microsoft 365 begrenser forespørslene og fortsatte med det etter flere nye forsøk. Prøv igjen om noen minutter.</translation>
    </message>
    <message>
        <source>The server sent an answer Tenantdesk could not understand.</source>
        <translation>Serveren sendte et svar som Tenantdesk ikke kunne forstå.</translation>
    </message>
    <message>
        <source>Refused to send data over an unencrypted connection (only loopback may use plain HTTP).</source>
        <translation>Sending av data over en ukryptert tilkobling ble avvist (bare loopback-adressen kan bruke ukryptert HTTP).</translation>
    </message>
    <message>
        <source>You are not signed in to this tenant, or the sign-in has expired. Sign in again.</source>
        <translation>Du er ikke logget på denne leietakeren, eller påloggingen er utløpt. Logg på igjen.</translation>
    </message>
    <message>
        <source>The settings are incomplete or wrong.</source>
        <translation>Innstillingene er ufullstendige eller feil.</translation>
    </message>
    <message>
        <source>Could not read or write local data.</source>
        <translation>Kunne ikke lese eller skrive lokale data.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Serveren svarte: %1</translation>
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
        <translation>Forespørsels-ID: %1.</translation>
    </message>
    <message>
        <source>The change was sent, but its answer was lost, so it is not known whether Microsoft 365 made it. Check the object before trying again.</source>
        <translation>Endringen ble sendt, men svaret gikk tapt, så det er ukjent om Microsoft 365 gjennomførte den. Kontroller objektet før du prøver igjen.</translation>
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
    <name>GraphCommand</name>
    <message>
        <source>Make one Microsoft Graph call (GET, POST, PATCH, PUT, DELETE) and print the answer.</source>
        <translation>Utfør ett Microsoft Graph-kall (GET, POST, PATCH, PUT, DELETE), og skriv ut svaret.</translation>
    </message>
    <message>
        <source>JSON body, or @FILE to read it from a file.</source>
        <translation>JSON-innhold, eller @FILE for å lese det fra en fil.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Extra request header &quot;Name: value&quot;.</source>
        <translation>Ekstra hode i forespørselen, «Name: value».</translation>
    </message>
    <message>
        <source>header</source>
        <translation>hode</translation>
    </message>
    <message>
        <source>Follow @odata.nextLink and print every page&apos;s items.</source>
        <translation>Følg @odata.nextLink, og skriv ut elementene fra alle sidene.</translation>
    </message>
    <message>
        <source>GET, POST, PATCH, PUT or DELETE.</source>
        <translation>GET, POST, PATCH, PUT eller DELETE.</translation>
    </message>
    <message>
        <source>Path below the profile&apos;s Graph URL, e.g. /users.</source>
        <translation>Bane under Graph-URL-en til profilen, f.eks. /users.</translation>
    </message>
    <message>
        <source>Usage: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</source>
        <translation>Bruk: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &quot;Name: value&quot;.</source>
        <translation>Hodet «%1» har ikke formen «Name: value».</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Innholdet er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <source>--all works with GET only.</source>
        <translation>--all fungerer bare med GET.</translation>
    </message>
    <message>
        <source>HTTP %1, no content.</source>
        <translation>HTTP %1, ikke noe innhold.</translation>
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
    <message>
        <source>Sign out</source>
        <translation>Logg av</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Logg av</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>&amp;Avbryt oppdatering</translation>
    </message>
    <message>
        <source>Sign out %1? Tenantdesk forgets this sign-in on this computer. The local snapshot of the tenant stays readable offline unless you delete it too.</source>
        <translation>Logge av %1? Tenantdesk glemmer denne påloggingen på denne datamaskinen. Leietakerens lokale øyeblikksbilde kan fortsatt leses frakoblet, med mindre du også sletter det.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local snapshot (the people, classes and their data) from this computer</source>
        <translation>&amp;Slett også det lokale øyeblikksbildet (personene, faggruppene og dataene deres) fra denne datamaskinen</translation>
    </message>
</context>
<context>
    <name>MsalCacheFile</name>
    <message>
        <source>%1 is not a regular file. Choose another file name for the exported token cache.</source>
        <translation>%1 er ikke en vanlig fil. Velg et annet filnavn for den eksporterte tokenbufferen.</translation>
    </message>
    <message>
        <source>The token cache could not be written to %1.</source>
        <translation>Tokenbufferen kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>The token cache file %1 could not be read.</source>
        <translation>Tokenbufferfilen %1 kunne ikke leses.</translation>
    </message>
    <message>
        <source>The file %1 is not an MSAL token cache.</source>
        <translation>Filen %1 er ikke en MSAL-tokenbuffer.</translation>
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
        <source>Tenantdesk does not show this list yet.</source>
        <translation>Tenantdesk viser ikke denne listen ennå.</translation>
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
    <name>ProfileCommand</name>
    <message>
        <source>Could not read standard input.</source>
        <translation>Kunne ikke lese standard inndata.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The sandbox line is not a JSON object (%1 at character %2).</source>
        <translation>Sandkasselinjen er ikke et JSON-objekt (%1 ved tegn %2).</translation>
    </message>
    <message>
        <source>%1, valid until %2, SHA-256 %3</source>
        <translation>%1, gyldig til %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Add, list, show, remove or choose tenant profiles.</source>
        <translation>Legg til, list opp, vis, fjern eller velg leietakerprofiler.</translation>
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
        <translation>Bruk:
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
        <translation>Leietaker-ID eller domene.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>leietaker</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Program-ID (klient).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in, if different.</source>
        <translation>Program-ID for pålogging uten tilsyn, hvis den er en annen.</translation>
    </message>
    <message>
        <source>Sign-in method.</source>
        <translation>Påloggingsmetode.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metode</translation>
    </message>
    <message>
        <source>Sign-in authority URL.</source>
        <translation>URL for påloggingsautoritet.</translation>
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
        <translation>PEM-fil med sertifikatet og nøkkelen til programmet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>PEM file with a CA certificate trusted for this profile only.</source>
        <translation>PEM-fil med et CA-sertifikat som bare er klarert for denne profilen.</translation>
    </message>
    <message>
        <source>The JSON line tenantdesk-sandbox printed (text, file or -).</source>
        <translation>JSON-linjen som tenantdesk-sandbox skrev ut (tekst, fil eller -).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Navnet på profilen.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Ukjent påloggingsmetode «%1».</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 inneholder ikke noe PEM-sertifikat.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Profilen ble ikke lagret: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Profilen «%1» er oppdatert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Profilen «%1» er lagt til.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tenantdesk-cli profile add NAME ...</source>
        <translation>Ingen profiler ennå. Legg til en med: tenantdesk-cli profile add NAME ...</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Det finnes ingen profil med navnet «%1».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in</source>
        <translation>Program-ID for pålogging uten tilsyn</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Påloggingsmetode</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoritet</translation>
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
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Klarert sertifikat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed from the keychain; the profile was kept.</source>
        <translation>Hemmelighetene til profilen kunne ikke fjernes fra nøkkelringen. Profilen ble beholdt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the current profile.</source>
        <translation>«%1» er nå gjeldende profil.</translation>
    </message>
    <message>
        <source>The profile&apos;s local snapshot could not be deleted; the profile was kept.</source>
        <translation>Det lokale øyeblikksbildet til profilen kunne ikke slettes. Profilen ble beholdt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its sign-in secrets and its local snapshot.</source>
        <translation>Profilen «%1» er fjernet sammen med påloggingshemmelighetene og det lokale øyeblikksbildet.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refresh snapshot</source>
        <translation>Oppdater øyeblikksbilde</translation>
    </message>
    <message>
        <source>The snapshot could not be refreshed: %1</source>
        <translation>Øyeblikksbildet kunne ikke oppdateres: %1</translation>
    </message>
    <message>
        <source>Refreshing the snapshot…</source>
        <translation>Oppdaterer øyeblikksbildet…</translation>
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
        <translation>%1, %2 per sekund</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, ca. %n minutt igjen</numerusform>
            <numerusform>%1, ca. %n minutter igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, ca. %n sekund igjen</numerusform>
            <numerusform>%1, ca. %n sekunder igjen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Try to read the tenant again (F5)</source>
        <translation>Prøv å lese inn leietakeren på nytt (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the snapshot as it was (Esc)</source>
        <translation>Stopp oppdateringen, og behold øyeblikksbildet slik det var (Esc)</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Oppdateringen mislyktes: %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the snapshot is as it was.</source>
        <translation>Oppdateringen ble avbrutt. Øyeblikksbildet er uendret.</translation>
    </message>
    <message>
        <source>Snapshot refreshed.</source>
        <translation>Øyeblikksbildet er oppdatert.</translation>
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
    <message>
        <source>Behave as Microsoft 365 does where it is harder on clients: strict, or a comma list of switches such as upn-ranges,page-token-expiry=120 (default off; the README lists every switch).</source>
        <translation>Oppfør deg som Microsoft 365 der det er strengere mot klienter: strict, eller en kommaliste med brytere som upn-ranges,page-token-expiry=120 (standard off; README beskriver hver bryter).</translation>
    </message>
    <message>
        <source>flat: the --latency-ms delay per request; graph: 60-100 ms plus about 1 ms per object returned, an estimate of real Graph (default flat).</source>
        <translation>flat: forsinkelsen fra --latency-ms per forespørsel; graph: 60-100 ms pluss omtrent 1 ms per returnert objekt, et anslag for ekte Graph (standard flat).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (default none).</source>
        <translation>Simulerte feil med rater 0..1, f.eks. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (standard ingen).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Forsinkelsen «%1» er ikke et område i millisekunder, for eksempel 60-100.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Begrensningsprofilen «%1» er ukjent. Bruk en av: %2.</translation>
    </message>
    <message>
        <source>Realism switch &quot;%1&quot; is not understood. Use strict, off or a comma list of: %2.</source>
        <translation>Realismebryteren «%1» forstås ikke. Bruk strict, off eller en kommaliste med: %2.</translation>
    </message>
    <message>
        <source>Latency model &quot;%1&quot; is unknown. Use flat or graph.</source>
        <translation>Forsinkelsesmodellen «%1» er ukjent. Bruk flat eller graph.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, reset-after-body, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Feilen «%1» forstås ikke. Bruk 503, 504, reset, reset-after-body, truncate eller malformed med en rate mellom 0 og 1, f.eks. 503=0.05,reset=0.02.</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox tenant&apos;s start-up line is not valid JSON (%1).</source>
        <translation>Oppstartslinjen fra sandkasseleietakeren er ikke gyldig JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox tenant printed &quot;%1&quot; instead of its start-up line.</source>
        <translation>Sandkasseleietakeren skrev «%1» i stedet for oppstartslinjen.</translation>
    </message>
    <message>
        <source>The sandbox tenant was stopped before it was ready.</source>
        <translation>Sandkasseleietakeren ble stoppet før den var klar.</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed before it was ready.</source>
        <translation>Sandkasseleietakeren krasjet før den var klar.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped before it was ready (exit code %1).</source>
        <translation>Sandkasseleietakeren stoppet før den var klar (avslutningskode %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed.</source>
        <translation>Sandkasseleietakeren krasjet.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped unexpectedly (exit code %1).</source>
        <translation>Sandkasseleietakeren stoppet uventet (avslutningskode %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started from %1: %2</source>
        <translation>Sandkasseleietakeren kunne ikke startes fra %1: %2</translation>
    </message>
    <message>
        <source>%1 Its last error output: %2</source>
        <comment>a sentence, then what the sandbox last wrote to standard error</comment>
        <translation>%1 Siste feilutskrift: %2</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Sign in to the profile&apos;s tenant.</source>
        <translation>Logg på leietakeren til profilen.</translation>
    </message>
    <message>
        <source>Show who is signed in to the profile.</source>
        <translation>Vis hvem som er logget på profilen.</translation>
    </message>
    <message>
        <source>Export or import the token cache in MSAL&apos;s format (export-msal-cache, import-msal-cache).</source>
        <translation>Eksporter eller importer tokenbufferen i MSAL-format (export-msal-cache, import-msal-cache).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Logget på som %1.</translation>
    </message>
    <message>
        <source>Sign in with a code on another device.</source>
        <translation>Logg på med en kode på en annen enhet.</translation>
    </message>
    <message>
        <source>Sign in in the web browser.</source>
        <translation>Logg på i nettleseren.</translation>
    </message>
    <message>
        <source>Sign in as the application with the client secret in this environment variable.</source>
        <translation>Logg på som programmet med klienthemmeligheten i denne miljøvariabelen.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>variabel</translation>
    </message>
    <message>
        <source>Sign in as the application with this PEM certificate and key.</source>
        <translation>Logg på som programmet med dette PEM-sertifikatet og denne nøkkelen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>login takes no positional arguments.</source>
        <translation>login tar ingen posisjonsargumenter.</translation>
    </message>
    <message>
        <source>Choose one sign-in method.</source>
        <translation>Velg én påloggingsmetode.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Miljøvariabelen %1 er tom eller ikke angitt.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;; its tokens and secrets were removed from the keychain.</source>
        <translation>Logget av «%1». Tokenene og hemmelighetene ble fjernet fra nøkkelringen.</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;. Run: tenantdesk-cli --profile &quot;%1&quot; login</source>
        <translation>Ikke logget på «%1». Kjør: tenantdesk-cli --profile &quot;%1&quot; login</translation>
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
        <translation>Leietaker: %1</translation>
    </message>
    <message>
        <source>Access to %1 until %2</source>
        <translation>Tilgang til %1 frem til %2</translation>
    </message>
    <message>
        <source>Usage:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</source>
        <translation>Bruk:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</translation>
    </message>
    <message>
        <source>Warning: %1 now holds refresh tokens that let anyone with the file act as the signed-in account. It was created readable by you only; delete it when done.</source>
        <translation>Advarsel: %1 inneholder nå oppdateringstokener som lar alle som har filen, opptre som kontoen som er pålogget. Filen ble opprettet slik at bare du kan lese den. Slett den når du er ferdig.</translation>
    </message>
    <message>
        <source>Token cache imported into the keychain for &quot;%1&quot;.</source>
        <translation>Tokenbufferen ble importert til nøkkelringen for «%1».</translation>
    </message>
    <message>
        <source>Sign out: remove the profile&apos;s tokens and secrets (--delete-snapshot: its local snapshot too).</source>
        <translation>Logg av: fjern profilens tokener og hemmeligheter (--delete-snapshot: også det lokale øyeblikksbildet).</translation>
    </message>
    <message>
        <source>logout takes no arguments but --delete-snapshot.</source>
        <translation>logout tar ingen argumenter utenom --delete-snapshot.</translation>
    </message>
    <message>
        <source>The local snapshot was kept: %1</source>
        <translation>Det lokale øyeblikksbildet ble beholdt: %1</translation>
    </message>
    <message>
        <source>Its local snapshot (the tenant&apos;s people) was deleted from this computer.</source>
        <translation>Det lokale øyeblikksbildet (leietakerens personer) ble slettet fra denne datamaskinen.</translation>
    </message>
    <message>
        <source>Usage: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate FILE]</source>
        <translation>Bruk: login [--device-code | --browser | --client-secret-env VARIABEL | --certificate FIL]</translation>
    </message>
    <message>
        <source>Usage: logout [--delete-snapshot]</source>
        <translation>Bruk: logout [--delete-snapshot]</translation>
    </message>
    <message>
        <source>Usage: whoami [--json]</source>
        <translation>Bruk: whoami [--json]</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>The sign-in was refused or cancelled. Sign in again, and accept the permissions the console asks for.</source>
        <translation>Påloggingen ble avvist eller avbrutt. Logg på igjen, og godta tillatelsene som konsollen ber om.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the application&apos;s credentials. Check the client secret or certificate of the profile.</source>
        <translation>Microsoft 365 godtok ikke legitimasjonen til programmet. Kontroller klienthemmeligheten eller sertifikatet i profilen.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Påloggingen er ikke lenger gyldig. Logg på igjen.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Påloggingskoden utløp før den ble brukt. Start påloggingen på nytt.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Påloggingen ble avslått på den andre enheten.</translation>
    </message>
</context>
<context>
    <name>SignInHint</name>
    <message>
        <source>The sign-in was cancelled. Choose Try again to start over.</source>
        <translation>Påloggingen ble avbrutt. Velg Prøv igjen for å begynne på nytt.</translation>
    </message>
    <message>
        <source>Tenantdesk could not reach the sign-in service. Check that this computer is online and that any proxy lets it through, then try again.</source>
        <translation>Tenantdesk kunne ikke nå påloggingstjenesten. Kontroller at datamaskinen er koblet til Internett, og at en eventuell proxy slipper trafikken gjennom. Prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s certificate is not trusted. If your network inspects HTTPS traffic, go back to the first page and add your IT department&apos;s certificate authority under Advanced.</source>
        <translation>Sertifikatet til påloggingstjenesten er ikke klarert. Hvis nettverket ditt inspiserer HTTPS-trafikk, går du tilbake til den første siden og legger til sertifiseringsinstansen til IT-avdelingen under Avansert.</translation>
    </message>
    <message>
        <source>An address in the profile uses plain HTTP. Go back to the first page and use HTTPS addresses.</source>
        <translation>En adresse i profilen bruker ukryptert HTTP. Gå tilbake til den første siden, og bruk HTTPS-adresser.</translation>
    </message>
    <message>
        <source>Something in the profile is incomplete or wrong. Go back and check the fields.</source>
        <translation>Noe i profilen er ufullstendig eller feil. Gå tilbake, og kontroller feltene.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Check that your keyring is unlocked, then try again.</source>
        <translation>Systemets nøkkelring kunne ikke brukes. Kontroller at nøkkelringen er låst opp, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this tenant. Go back to the first page and check the tenant id or domain.</source>
        <translation>Microsoft 365 kjenner ikke denne leietakeren. Gå tilbake til den første siden, og kontroller leietaker-ID-en eller domenet.</translation>
    </message>
    <message>
        <source>The application (client) id is not registered in this tenant. Go back to the first page and check the application id and the tenant.</source>
        <translation>Program-ID-en (klient) er ikke registrert i denne leietakeren. Gå tilbake til den første siden, og kontroller program-ID-en og leietakeren.</translation>
    </message>
    <message>
        <source>The account you signed in with belongs to another organisation. Sign in with an account of this tenant.</source>
        <translation>Kontoen du logget på med, tilhører en annen organisasjon. Logg på med en konto i denne leietakeren.</translation>
    </message>
    <message>
        <source>The application has not been given consent in this tenant. Ask a global administrator to grant admin consent for it in the Microsoft Entra admin center, then try again.</source>
        <translation>Programmet har ikke fått samtykke i denne leietakeren. Be en global administrator om å gi administratorsamtykke for programmet i Microsoft Entra-administrasjonssenteret, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The tenant did not accept the application&apos;s secret or certificate. Check that it belongs to this application and has not expired, then try again.</source>
        <translation>Leietakeren godtok ikke hemmeligheten eller sertifikatet til programmet. Kontroller at det hører til dette programmet og ikke er utløpt, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Choose Try again for a new code.</source>
        <translation>Koden utløp før påloggingen var fullført. Velg Prøv igjen for å få en ny kode.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Choose Try again and sign in with an account of this tenant.</source>
        <translation>Påloggingen ble avslått. Velg Prøv igjen, og logg på med en konto i denne leietakeren.</translation>
    </message>
    <message>
        <source>The application&apos;s registration does not allow Tenantdesk&apos;s reply address. Ask the administrator to add http://localhost as a redirect address for mobile and desktop applications.</source>
        <translation>Programregistreringen tillater ikke svaradressen til Tenantdesk. Be administratoren om å legge til http://localhost som omdirigeringsadresse for mobil- og skrivebordsprogrammer.</translation>
    </message>
    <message>
        <source>The sign-in service is busy. Wait a minute, then try again.</source>
        <translation>Påloggingstjenesten er opptatt. Vent et minutt, og prøv deretter igjen.</translation>
    </message>
    <message>
        <source>Choose Try again. If it keeps failing, give the details below to your service desk.</source>
        <translation>Velg Prøv igjen. Hvis det fortsatt mislykkes, gir du detaljene nedenfor til brukerstøtten.</translation>
    </message>
</context>
<context>
    <name>SignInMethodPage</name>
    <message>
        <source>&amp;Web browser (recommended)</source>
        <translation>Nett&amp;leser (anbefales)</translation>
    </message>
    <message>
        <source>You sign in with your own account in the browser, with multi-factor authentication as usual.</source>
        <translation>Du logger på med din egen konto i nettleseren, med flerfaktorautentisering som vanlig.</translation>
    </message>
    <message>
        <source>&amp;Code on another device</source>
        <translation>&amp;Kode på en annen enhet</translation>
    </message>
    <message>
        <source>For computers without a usable browser: you enter a short code on a phone or another computer.</source>
        <translation>For datamaskiner uten en brukbar nettleser: Du skriver inn en kort kode på en telefon eller en annen datamaskin.</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret</source>
        <translation>Program med klient&amp;hemmelighet</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a secret from its registration.</source>
        <translation>For jobber uten tilsyn: Tenantdesk logger på som programmet, med en hemmelighet fra registreringen av programmet.</translation>
    </message>
    <message>
        <source>Application with a cer&amp;tificate</source>
        <translation>Program med &amp;sertifikat</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a certificate uploaded to its registration.</source>
        <translation>For jobber uten tilsyn: Tenantdesk logger på som programmet, med et sertifikat som er lastet opp til registreringen av programmet.</translation>
    </message>
    <message>
        <source>Application credentials</source>
        <translation>Programlegitimasjon</translation>
    </message>
    <message>
        <source>Application (client) &amp;id:</source>
        <translation>&amp;Program-ID (klient):</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Kl&amp;ienthemmelighet:</translation>
    </message>
    <message>
        <source>Certificate and &amp;key:</source>
        <translation>S&amp;ertifikat og nøkkel:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Enter the client secret from the application&apos;s registration.</source>
        <translation>Skriv inn klienthemmeligheten fra registreringen av programmet.</translation>
    </message>
    <message>
        <source>Choose the PEM file with the application&apos;s certificate and its private key.</source>
        <translation>Velg PEM-filen med sertifikatet til programmet og den private nøkkelen.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Sertifikatfilen %1 kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Filen %1 inneholder ikke et sertifikat i PEM-format.</translation>
    </message>
    <message>
        <source>The file %1 has the certificate but not its private key. Choose a PEM file with both.</source>
        <translation>Filen %1 inneholder sertifikatet, men ikke den private nøkkelen. Velg en PEM-fil som inneholder begge.</translation>
    </message>
    <message>
        <source>Choose the certificate and key</source>
        <translation>Velg sertifikatet og nøkkelen</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-filer (*.pem);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Påloggingsmetode</translation>
    </message>
    <message>
        <source>How Tenantdesk signs in to the tenant.</source>
        <translation>Hvordan Tenantdesk logger på leietakeren.</translation>
    </message>
    <message>
        <source>The same as on the first page</source>
        <translation>Den samme som på den første siden</translation>
    </message>
    <message>
        <source>The same as on the first page (%1)</source>
        <translation>Den samme som på den første siden (%1)</translation>
    </message>
    <message>
        <source>The secret goes to this computer&apos;s keychain, never into Tenantdesk&apos;s settings.</source>
        <translation>Hemmeligheten lagres i nøkkelringen på denne datamaskinen, aldri i innstillingene til Tenantdesk.</translation>
    </message>
    <message>
        <source>Tenantdesk remembers where the file is; keep it where only you can read it.</source>
        <translation>Tenantdesk husker hvor filen ligger. Oppbevar den der bare du kan lese den.</translation>
    </message>
</context>
<context>
    <name>SigningInPage</name>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Kontakter påloggingstjenesten…</translation>
    </message>
    <message>
        <source>A browser window has opened. Sign in there; Tenantdesk continues by itself when you are done.</source>
        <translation>Et nettleservindu er åpnet. Logg på der. Tenantdesk fortsetter av seg selv når du er ferdig.</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address in a browser yourself:</source>
        <translation>Hvis det ikke ble åpnet noe nettleservindu, åpner du denne adressen i en nettleser selv:</translation>
    </message>
    <message>
        <source>On a phone or another computer, open the address below, enter this code and sign in:</source>
        <translation>Åpne adressen nedenfor på en telefon eller en annen datamaskin, skriv inn denne koden, og logg på:</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopier kode</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Details for the service desk</source>
        <translation>Detaljer for brukerstøtten</translation>
    </message>
    <message>
        <source>The code has expired. Choose Back and then Next for a new code.</source>
        <translation>Koden er utløpt. Velg Tilbake og deretter Neste for å få en ny kode.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>Koden utløper om %n minutt.</numerusform>
            <numerusform>Koden utløper om %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Logger på</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant. Back or Cancel stops the sign-in.</source>
        <translation>Logg på med en konto i leietakeren. Tilbake eller Avbryt stopper påloggingen.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Påloggingen lyktes ikke.</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>Påloggingen lyktes.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Logget på som %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Bring the local snapshot up to date (full sync the first time, then changes only).</source>
        <translation>Oppdater det lokale øyeblikksbildet (full synkronisering første gang, deretter bare endringer).</translation>
    </message>
    <message>
        <source>List users from the local snapshot (works offline).</source>
        <translation>List opp brukere fra det lokale øyeblikksbildet (fungerer frakoblet).</translation>
    </message>
    <message>
        <source>List the snapshot&apos;s generations, or show what changed between two (list, diff).</source>
        <translation>List opp generasjonene til øyeblikksbildet, eller vis hva som er endret mellom to av dem (list, diff).</translation>
    </message>
    <message>
        <source>Read everything again instead of only the changes.</source>
        <translation>Les inn alt på nytt i stedet for bare endringene.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Skriv ut sammendraget som JSON.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 16).</source>
        <translation>Antall samtidige forespørsler (standard 16).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antall</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync tar ingen posisjonsargumenter.</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 requests, %4 objects/s</source>
        <translation>%1: %2 objekter, %3 forespørsler, %4 objekter/s</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(ca. %1 s igjen)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>Full sync complete (generation %1).</source>
        <translation>Full synkronisering fullført (generasjon %1).</translation>
    </message>
    <message>
        <source>Changes applied (generation %1).</source>
        <translation>Endringene er tatt i bruk (generasjon %1).</translation>
    </message>
    <message>
        <source>%1 requests, %2 retries, %3 s</source>
        <translation>%1 forespørsler, %2 nye forsøk, %3 s</translation>
    </message>
    <message>
        <source>Only users whose name, address or school contains this text.</source>
        <translation>Bare brukere der navnet, adressen eller skolen inneholder denne teksten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Only users of this school (name or id).</source>
        <translation>Bare brukere ved denne skolen (navn eller ID).</translation>
    </message>
    <message>
        <source>school</source>
        <translation>skole</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Skriv ut JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Skriv ut CSV.</translation>
    </message>
    <message>
        <source>Usage: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</source>
        <translation>Bruk: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</translation>
    </message>
    <message>
        <source>There is no snapshot of &quot;%1&quot; yet. Run: tenantdesk-cli --profile &quot;%1&quot; sync</source>
        <translation>Det finnes ennå ikke noe øyeblikksbilde av «%1». Kjør: tenantdesk-cli --profile &quot;%1&quot; sync</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n bruker.</numerusform>
            <numerusform>%n brukere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Bruk:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  +%5 ~%6 -%7</source>
        <translation>%1  %2  %3  %4  +%5 ~%6 -%7</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>endringer</translation>
    </message>
    <message>
        <source>Only changes that concern this school (id).</source>
        <translation>Bare endringer som gjelder denne skolen (ID).</translation>
    </message>
    <message>
        <source>Usage: snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Bruk: snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>A and B are generation numbers; see: snapshot list</source>
        <translation>A og B er generasjonsnumre. Se: snapshot list</translation>
    </message>
    <message>
        <source>No differences between generation %1 and %2.</source>
        <translation>Ingen forskjeller mellom generasjon %1 og %2.</translation>
    </message>
    <message>
        <source>Usage: sync [--full] [--json] [--parallel COUNT]</source>
        <translation>Bruk: sync [--full] [--json] [--parallel ANTALL]</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The local snapshot could not be read or written (step: %1).</source>
        <translation>Det lokale øyeblikksbildet kunne ikke leses eller skrives (trinn: %1).</translation>
    </message>
    <message>
        <source>The local snapshot was written by a newer version of Tenantdesk (schema %1; this version reads up to schema %2). Update Tenantdesk or remove the snapshot file.</source>
        <translation>Det lokale øyeblikksbildet ble skrevet av en nyere versjon av Tenantdesk (skjema %1, denne versjonen leser opptil skjema %2). Oppdater Tenantdesk, eller fjern øyeblikksbildefilen.</translation>
    </message>
    <message>
        <source>The local snapshot is being updated; try again when the refresh has finished.</source>
        <translation>Det lokale øyeblikksbildet oppdateres. Prøv igjen når oppdateringen er fullført.</translation>
    </message>
    <message>
        <source>The local snapshot %1 could not be deleted: %2</source>
        <translation>Det lokale øyeblikksbildet %1 kunne ikke slettes: %2</translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation>låsefilen kan ikke opprettes</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Refresh %1 is not in the local snapshot: it did not finish, or it is older than the refreshes the snapshot keeps.</source>
        <translation>Oppdatering %1 finnes ikke i det lokale øyeblikksbildet: Den ble ikke fullført, eller den er eldre enn oppdateringene som øyeblikksbildet beholder.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>The local snapshot %1 could not be deleted: it is being read or refreshed. Try again when that has finished.</source>
        <translation>Det lokale øyeblikksbildet %1 kunne ikke slettes: det blir lest eller oppdatert. Prøv igjen når det er ferdig.</translation>
    </message>
</context>
<context>
    <name>SnapshotSync</name>
    <message>
        <source>Preparing the full sync</source>
        <translation>Forbereder full synkronisering</translation>
    </message>
    <message>
        <source>Listing users, groups and schools</source>
        <translation>Lister opp brukere, grupper og skoler</translation>
    </message>
    <message>
        <source>Replaying changes made during the sync</source>
        <translation>Spiller av endringer som ble gjort under synkroniseringen</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>Henter endringer</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired, so a full sync is done instead.</source>
        <translation>Den lagrede endringssporingskoblingen er utløpt, så det utføres en full synkronisering i stedet.</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>Lagrer øyeblikksbildet</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>No update of the local snapshot is in progress.</source>
        <translation>Ingen oppdatering av det lokale øyeblikksbildet pågår.</translation>
    </message>
    <message>
        <source>Another Tenantdesk window or process is updating the local snapshot.</source>
        <translation>Et annet Tenantdesk-vindu eller en annen Tenantdesk-prosess oppdaterer det lokale øyeblikksbildet.</translation>
    </message>
    <message>
        <source>Only a full read can tell which objects no longer exist.</source>
        <translation>Bare en fullstendig innlesing kan avgjøre hvilke objekter som ikke lenger finnes.</translation>
    </message>
    <message>
        <source>The snapshot was not updated because an earlier write failed.</source>
        <translation>Øyeblikksbildet ble ikke oppdatert fordi en tidligere skriving mislyktes.</translation>
    </message>
</context>
<context>
    <name>TenantDetailsPage</name>
    <message>
        <source>Tenantdesk needs to know which tenant to open and which registered application it signs in with. Your Microsoft 365 administrator finds both in the Microsoft Entra admin center.</source>
        <translation>Tenantdesk må vite hvilken leietaker som skal åpnes, og hvilket registrert program den logger på med. Microsoft 365-administratoren din finner begge deler i Microsoft Entra-administrasjonssenteret.</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>&amp;Profilnavn:</translation>
    </message>
    <message>
        <source>For example: Odense schools</source>
        <translation>For eksempel: Skolene i Bergen</translation>
    </message>
    <message>
        <source>&amp;Tenant id or domain:</source>
        <translation>&amp;Leietaker-ID eller domene:</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>Program-ID (&amp;klient):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avansert</translation>
    </message>
    <message>
        <source>Sign-in a&amp;uthority:</source>
        <translation>Påloggingsa&amp;utoritet:</translation>
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
        <translation>Klarert sertifiserings&amp;instans:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Only needed when your network inspects HTTPS traffic: a PEM file with the certificate of the authority your IT department uses.</source>
        <translation>Trengs bare når nettverket ditt inspiserer HTTPS-trafikk: en PEM-fil med sertifikatet til sertifiseringsinstansen som IT-avdelingen bruker.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Filen %1 for sertifiseringsinstansen kan ikke leses: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Filen %1 inneholder ikke et sertifikat i PEM-format.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists on this computer. Choose another name.</source>
        <translation>Det finnes allerede en profil med navnet «%1» på denne datamaskinen. Velg et annet navn.</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>Velg sertifiseringsinstansen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-sertifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Leietaker</translation>
    </message>
    <message>
        <source>Which Microsoft 365 tenant to connect, and the application registered in it for Tenantdesk.</source>
        <translation>Hvilken Microsoft 365-leietaker som skal kobles til, og programmet som er registrert i den for Tenantdesk.</translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificate authorities</source>
        <translation>Ingen: Stol på sertifiseringsinstansene til systemet</translation>
    </message>
    <message>
        <source>Keep the certificate authority saved in this profile</source>
        <translation>Behold sertifiseringsinstansen som er lagret i denne profilen</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Kunne ikke skrive innstillingsfilen %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s start-up line has no &quot;%1&quot; field.</source>
        <translation>Oppstartslinjen fra sandkassen mangler feltet «%1».</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profilen må ha et navn.</translation>
    </message>
    <message>
        <source>Enter the tenant id or one of its domains.</source>
        <translation>Skriv inn leietaker-ID-en eller et av domenene.</translation>
    </message>
    <message>
        <source>Enter the application (client) id.</source>
        <translation>Skriv inn program-ID-en (klient).</translation>
    </message>
    <message>
        <source>The Graph and Exchange resource identifiers must not be empty.</source>
        <translation>Ressursidentifikatorene for Graph og Exchange kan ikke være tomme.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the path of a PEM file with the certificate and its key.</source>
        <translation>Sertifikatpålogging krever banen til en PEM-fil med sertifikatet og nøkkelen.</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Nettleser</translation>
    </message>
    <message>
        <source>Code on another device</source>
        <translation>Kode på en annen enhet</translation>
    </message>
    <message>
        <source>Application with a client secret</source>
        <translation>Program med klienthemmelighet</translation>
    </message>
    <message>
        <source>Application with a certificate</source>
        <translation>Program med sertifikat</translation>
    </message>
    <message>
        <source>The sign-in authority is not a valid URL.</source>
        <translation>Påloggingsautoriteten er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The sign-in authority must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Påloggingsautoriteten må bruke HTTPS (vanlig HTTP er bare tillatt mot denne datamaskinen).</translation>
    </message>
    <message>
        <source>The Graph URL is not a valid URL.</source>
        <translation>Graph-URL-en er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Graph-URL-en må bruke HTTPS (vanlig HTTP er bare tillatt mot denne datamaskinen).</translation>
    </message>
    <message>
        <source>The Exchange URL is not a valid URL.</source>
        <translation>Exchange-URL-en er ikke en gyldig URL.</translation>
    </message>
    <message>
        <source>The Exchange URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Exchange-URL-en må bruke HTTPS (vanlig HTTP er bare tillatt mot denne datamaskinen).</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>The certificate %1 is not the one saved in the profile. Save it in the profile first.</source>
        <translation>Sertifikatet %1 er ikke det som er lagret i profilen. Lagre det i profilen først.</translation>
    </message>
    <message>
        <source>The sign-in worked but could not be saved in the keychain: %1</source>
        <translation>Påloggingen lyktes, men kunne ikke lagres i nøkkelringen: %1</translation>
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
    <message>
        <source>Offline — no snapshot of this tenant yet</source>
        <translation>Frakoblet — ingen øyeblikksbilde av denne leietakeren ennå</translation>
    </message>
    <message>
        <source>Offline — showing the snapshot from just now</source>
        <translation>Frakoblet — viser øyeblikksbildet fra akkurat nå</translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n minute(s) ago</source>
        <translation>
            <numerusform>Frakoblet — viser øyeblikksbildet fra for %n minutt siden</numerusform>
            <numerusform>Frakoblet — viser øyeblikksbildet fra for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n hour(s) ago</source>
        <translation>
            <numerusform>Frakoblet — viser øyeblikksbildet fra for %n time siden</numerusform>
            <numerusform>Frakoblet — viser øyeblikksbildet fra for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n day(s) ago</source>
        <translation>
            <numerusform>Frakoblet — viser øyeblikksbildet fra for %n dag siden</numerusform>
            <numerusform>Frakoblet — viser øyeblikksbildet fra for %n dager siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCacheStore</name>
    <message>
        <source>The saved sign-in of profile %1 could not be read from the keychain.</source>
        <translation>Den lagrede påloggingen for profilen %1 kunne ikke leses fra nøkkelringen.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 could not be saved in the keychain.</source>
        <translation>Påloggingen for profilen %1 kunne ikke lagres i nøkkelringen.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be read from the keychain.</source>
        <translation>Klienthemmeligheten for profilen %1 kunne ikke leses fra nøkkelringen.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be saved in the keychain.</source>
        <translation>Klienthemmeligheten for profilen %1 kunne ikke lagres i nøkkelringen.</translation>
    </message>
    <message>
        <source>The secrets of profile %1 could not be removed from the keychain.</source>
        <translation>Hemmelighetene for profilen %1 kunne ikke fjernes fra nøkkelringen.</translation>
    </message>
    <message>
        <source>The saved sign-in of profile %1 in the keychain is damaged. Sign in again.</source>
        <translation>Den lagrede påloggingen for profilen %1 i nøkkelringen er skadet. Logg på igjen.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in answer could not be checked. Sign in again.</source>
        <translation>Svaret på påloggingen kunne ikke kontrolleres. Logg på igjen.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued to another application (%1) than this profile&apos;s (%2).</source>
        <translation>Svaret på påloggingen er utstedt til en annen app (%1) enn denne profilens (%2).</translation>
    </message>
    <message>
        <source>The account signed in belongs to another tenant (%1) than this profile&apos;s (%2).</source>
        <translation>Kontoen som er pålogget, tilhører en annen leietaker (%1) enn denne profilens (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. Check that this computer&apos;s date and time are right, and sign in again.</source>
        <translation>Svaret på påloggingen har allerede utløpt. Kontroller at datamaskinens dato og klokkeslett er riktige, og logg på igjen.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Enabled</source>
        <comment>user account state: can sign in</comment>
        <translation>Aktivert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>user account state: sign-in blocked</comment>
        <translation>Deaktivert</translation>
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
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>users list column</comment>
        <translation>E-post</translation>
    </message>
    <message>
        <source>School</source>
        <comment>users list column</comment>
        <translation>Skole</translation>
    </message>
    <message>
        <source>Licences</source>
        <comment>users list column</comment>
        <translation>Lisenser</translation>
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
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skoler</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last read from the tenant</source>
        <translation>Sist lest inn fra leietakeren</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Leser inn øyeblikksbildet…</translation>
    </message>
    <message>
        <source>No snapshot yet — Refresh (F5) to read the tenant.</source>
        <translation>Ikke noe øyeblikksbilde ennå — velg Oppdater (F5) for å lese inn leietakeren.</translation>
    </message>
    <message>
        <source>No user matches the search or the school chosen.</source>
        <translation>Ingen brukere samsvarer med søket eller den valgte skolen.</translation>
    </message>
    <message>
        <source>The snapshot holds no users.</source>
        <translation>Øyeblikksbildet inneholder ingen brukere.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n bruker</numerusform>
            <numerusform>%n brukere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <comment>users list: the users shown of all users in the snapshot</comment>
        <translation>
            <numerusform>%1 av %n bruker</numerusform>
            <numerusform>%1 av %n brukere</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Kunne ikke lese øyeblikksbildet: %1</translation>
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
    <message>
        <source>The sandbox tenant&apos;s profile could not be saved: %1</source>
        <translation>Profilen til sandkasseleietakeren kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg av</translation>
    </message>
    <message>
        <source>Tenantdesk could not sign out: %1</source>
        <translation>Tenantdesk kunne ikke logge av: %1</translation>
    </message>
    <message>
        <source>Signed out, but the local snapshot was not deleted: %1</source>
        <translation>Logget av, men det lokale øyeblikksbildet ble ikke slettet: %1</translation>
    </message>
</context>
</TS>
