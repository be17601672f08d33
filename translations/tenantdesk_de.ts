<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessTokenProvider</name>
    <message>
        <source>Profile %1 is not signed in. Sign in to continue.</source>
        <translation>Das Profil %1 ist nicht angemeldet. Melden Sie sich an, um fortzufahren.</translation>
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
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
</context>
<context>
    <name>BlockingSession</name>
    <message>
        <source>Sign in in your web browser. If it did not open, visit:</source>
        <translation>Melden Sie sich in Ihrem Webbrowser an. Falls er sich nicht geöffnet hat, besuchen Sie:</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %3 minutes).</source>
        <translation>Öffnen Sie zum Anmelden %1 auf einem beliebigen Gerät, und geben Sie den Code %2 ein (%3 Minuten gültig).</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The console could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Die Konsole konnte auf 127.0.0.1 nicht auf die Antwort des Browsers lauschen.</translation>
    </message>
    <message>
        <source>The sign-in is complete. You can close this browser window and return to Tenantdesk.</source>
        <translation>Die Anmeldung ist abgeschlossen. Sie können dieses Browserfenster schließen und zu Tenantdesk zurückkehren.</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored.</source>
        <translation>Diese Anfrage gehört nicht zur laufenden Anmeldung und wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>CalendarRoleTable</name>
    <message>
        <source>Not shared</source>
        <comment>calendar sharing level</comment>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Can view when I&apos;m busy</source>
        <comment>calendar sharing level (free/busy)</comment>
        <translation>Nur Verfügbarkeit</translation>
    </message>
    <message>
        <source>Can view titles and locations</source>
        <comment>calendar sharing level (limited details)</comment>
        <translation>Eingeschränkte Termindetails</translation>
    </message>
    <message>
        <source>Can view all details</source>
        <comment>calendar sharing level</comment>
        <translation>Alle Termindetails</translation>
    </message>
    <message>
        <source>Can edit</source>
        <comment>calendar sharing level</comment>
        <translation>Alle Termindetails mit Bearbeitung</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>calendar sharing level</comment>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>calendar sharing level: a role Outlook has no name for</comment>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The certificate file %1 of the profile could not be read.</source>
        <translation>Die Zertifikatdatei %1 des Profils konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no certificate.</source>
        <translation>Die Zertifikatdatei des Profils enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no usable RSA private key. The key must be in the same PEM file as the certificate and not be encrypted.</source>
        <translation>Die Zertifikatdatei des Profils enthält keinen verwendbaren privaten RSA-Schlüssel. Der Schlüssel muss sich in derselben PEM-Datei wie das Zertifikat befinden und darf nicht verschlüsselt sein.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsSignIn</name>
    <message>
        <source>No client secret is stored for profile %1. Sign in with the application&apos;s secret again.</source>
        <translation>Für das Profil %1 ist kein geheimer Clientschlüssel gespeichert. Melden Sie sich erneut mit dem geheimen Schlüssel der Anwendung an.</translation>
    </message>
</context>
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
    <message>
        <source>The tenant profile to use (default: the current one).</source>
        <translation>Das zu verwendende Mandantenprofil (Standard: das aktuelle).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No profile chosen. Use --profile NAME, or add one with: tenantdesk-cli profile add</source>
        <translation>Kein Profil ausgewählt. Verwenden Sie --profile NAME, oder fügen Sie eines hinzu mit: tenantdesk-cli profile add</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Log every request and step to standard error.</source>
        <translation>Jede Anforderung und jeden Schritt in der Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>Run tenantdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Führen Sie tenantdesk-cli BEFEHL --help aus, um die Optionen eines Befehls anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ConnectTenantWizard</name>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation>Angemeldet, aber das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant</source>
        <translation>Mit einem Microsoft 365-Mandanten verbinden</translation>
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
    <name>Error</name>
    <message>
        <source>The object was not found in the tenant. It may have been deleted or renamed.</source>
        <translation>Das Objekt wurde im Mandanten nicht gefunden. Möglicherweise wurde es gelöscht oder umbenannt.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the request: the signed-in account lacks the permission or the admin role it needs.</source>
        <translation>Microsoft 365 hat die Anforderung abgelehnt: Dem angemeldeten Konto fehlt die erforderliche Berechtigung oder Administratorrolle.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the sign-in. Sign in again.</source>
        <translation>Microsoft 365 hat die Anmeldung nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The change conflicts with an object that already exists in the tenant.</source>
        <translation>Die Änderung steht in Konflikt mit einem Objekt, das im Mandanten bereits vorhanden ist.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the request as invalid.</source>
        <translation>Microsoft 365 hat die Anforderung als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired; a full read is needed.</source>
        <translation>Der gespeicherte Link zur Änderungsnachverfolgung ist abgelaufen; ein vollständiges Einlesen ist erforderlich.</translation>
    </message>
    <message>
        <source>Microsoft 365 had an internal error. Try again later.</source>
        <translation>In Microsoft 365 ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with an error (HTTP %1).</source>
        <translation>Microsoft 365 hat mit einem Fehler geantwortet (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in was refused: an administrator has not consented to Tenantdesk in this tenant, or the user declined.</source>
        <translation>Die Anmeldung wurde abgelehnt: Ein Administrator hat Tenantdesk in diesem Mandanten nicht zugestimmt, oder der Benutzer hat die Zustimmung verweigert.</translation>
    </message>
    <message>
        <source>Sign-in failed: the tenant in the profile does not exist or the account belongs to another tenant.</source>
        <translation>Fehler bei der Anmeldung: Der Mandant im Profil ist nicht vorhanden, oder das Konto gehört zu einem anderen Mandanten.</translation>
    </message>
    <message>
        <source>Sign-in failed: the application (client) id in the profile is not registered in this tenant.</source>
        <translation>Fehler bei der Anmeldung: Die Anwendungs-ID (Client) im Profil ist in diesem Mandanten nicht registriert.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret or certificate was not accepted.</source>
        <translation>Fehler bei der Anmeldung: Der geheime Clientschlüssel oder das Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Fehler bei der Anmeldung.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (where)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Überprüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Das Zertifikat des Servers ist nicht vertrauenswürdig, daher wurde die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Microsoft 365 is throttling requests and kept doing so after several retries. Try again in a few minutes.</source>
        <translation>Microsoft 365 drosselt die Anforderungen, auch nach mehreren Wiederholungsversuchen. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer Tenantdesk could not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die Tenantdesk nicht verstehen konnte.</translation>
    </message>
    <message>
        <source>Refused to send data over an unencrypted connection (only loopback may use plain HTTP).</source>
        <translation>Das Senden von Daten über eine unverschlüsselte Verbindung wurde abgelehnt (nur Loopback darf einfaches HTTP verwenden).</translation>
    </message>
    <message>
        <source>You are not signed in to this tenant, or the sign-in has expired. Sign in again.</source>
        <translation>Sie sind bei diesem Mandanten nicht angemeldet, oder die Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The settings are incomplete or wrong.</source>
        <translation>Die Einstellungen sind unvollständig oder falsch.</translation>
    </message>
    <message>
        <source>Could not read or write local data.</source>
        <translation>Lokale Daten konnten nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Code: %1.</source>
        <translation>Code: %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1.</source>
        <translation>HTTP-Status: %1.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Anforderungs-ID: %1.</translation>
    </message>
    <message>
        <source>The change was sent, but its answer was lost, so it is not known whether Microsoft 365 made it. Check the object before trying again.</source>
        <translation>Die Änderung wurde gesendet, aber die Antwort ging verloren. Daher ist unbekannt, ob Microsoft 365 sie ausgeführt hat. Prüfen Sie das Objekt, bevor Sie es erneut versuchen.</translation>
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
    <name>GraphCommand</name>
    <message>
        <source>Make one Microsoft Graph call (GET, POST, PATCH, PUT, DELETE) and print the answer.</source>
        <translation>Einen Microsoft Graph-Aufruf ausführen (GET, POST, PATCH, PUT, DELETE) und die Antwort ausgeben.</translation>
    </message>
    <message>
        <source>JSON body, or @FILE to read it from a file.</source>
        <translation>Anforderungstext als JSON oder @FILE, um ihn aus einer Datei zu lesen.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Extra request header &quot;Name: value&quot;.</source>
        <translation>Zusätzlicher Anforderungsheader „Name: Wert“.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Follow @odata.nextLink and print every page&apos;s items.</source>
        <translation>@odata.nextLink folgen und die Elemente aller Seiten ausgeben.</translation>
    </message>
    <message>
        <source>GET, POST, PATCH, PUT or DELETE.</source>
        <translation>GET, POST, PATCH, PUT oder DELETE.</translation>
    </message>
    <message>
        <source>Path below the profile&apos;s Graph URL, e.g. /users.</source>
        <translation>Pfad unterhalb der Graph-URL des Profils, z. B. /users.</translation>
    </message>
    <message>
        <source>Usage: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</source>
        <translation>Verwendung: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &quot;Name: value&quot;.</source>
        <translation>Der Header „%1“ hat nicht die Form „Name: Wert“.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Der Anforderungstext ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>--all works with GET only.</source>
        <translation>--all funktioniert nur mit GET.</translation>
    </message>
    <message>
        <source>HTTP %1, no content.</source>
        <translation>HTTP %1, kein Inhalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s).</source>
        <translation>
            <numerusform>%n Element auf %1 Seite(n).</numerusform>
            <numerusform>%n Elemente auf %1 Seite(n).</numerusform>
        </translation>
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
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>Aktualisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Sign out %1? Tenantdesk forgets this sign-in on this computer. The local snapshot of the tenant stays readable offline unless you delete it too.</source>
        <translation>%1 abmelden? Tenantdesk vergisst diese Anmeldung auf diesem Computer. Die lokale Momentaufnahme des Mandanten bleibt offline lesbar, sofern Sie sie nicht ebenfalls löschen.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local snapshot (the people, classes and their data) from this computer</source>
        <translation>Auch die lokale Momentaufnahme (Personen, Kurse und ihre Daten) von diesem Computer &amp;löschen</translation>
    </message>
</context>
<context>
    <name>MsalCacheFile</name>
    <message>
        <source>%1 is not a regular file. Choose another file name for the exported token cache.</source>
        <translation>%1 ist keine reguläre Datei. Wählen Sie einen anderen Dateinamen für den exportierten Tokencache.</translation>
    </message>
    <message>
        <source>The token cache could not be written to %1.</source>
        <translation>Der Tokencache konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The token cache file %1 could not be read.</source>
        <translation>Die Tokencachedatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 is not an MSAL token cache.</source>
        <translation>Die Datei %1 ist kein MSAL-Tokencache.</translation>
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
        <source>Tenantdesk does not show this list yet.</source>
        <translation>Tenantdesk zeigt diese Liste noch nicht an.</translation>
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
    <name>ProfileCommand</name>
    <message>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sandbox line is not a JSON object (%1 at character %2).</source>
        <translation>Die Sandbox-Zeile ist kein JSON-Objekt (%1 bei Zeichen %2).</translation>
    </message>
    <message>
        <source>%1, valid until %2, SHA-256 %3</source>
        <translation>%1, gültig bis %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Add, list, show, remove or choose tenant profiles.</source>
        <translation>Mandantenprofile hinzufügen, auflisten, anzeigen, entfernen oder auswählen.</translation>
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
        <translation>Verwendung:
  profile add NAME --tenant TENANT --client-id ID [--method METHOD] [--authority URL]
              [--graph-url URL] [--exchange-url URL] [--app-client-id ID]
              [--certificate PEM] [--trusted-certificate PEM]
  profile add NAME --from-sandbox JSON|FILE|-
  profile list [--json]
  profile show NAME [--json]
  profile remove NAME
  profile use NAME
METHOD ist browser, device-code, client-secret oder client-certificate.</translation>
    </message>
    <message>
        <source>Tenant id or domain.</source>
        <translation>Mandanten-ID oder Domäne.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in, if different.</source>
        <translation>Anwendungs-ID für die unbeaufsichtigte Anmeldung, falls abweichend.</translation>
    </message>
    <message>
        <source>Sign-in method.</source>
        <translation>Anmeldemethode.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Sign-in authority URL.</source>
        <translation>URL der Anmeldeautorität.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
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
        <translation>PEM-Datei mit dem Zertifikat und dem Schlüssel der Anwendung.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>PEM file with a CA certificate trusted for this profile only.</source>
        <translation>PEM-Datei mit einem Zertifikat einer Zertifizierungsstelle, die nur für dieses Profil als vertrauenswürdig gilt.</translation>
    </message>
    <message>
        <source>The JSON line tenantdesk-sandbox printed (text, file or -).</source>
        <translation>Die JSON-Zeile, die tenantdesk-sandbox ausgegeben hat (Text, Datei oder -).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Unbekannte Anmeldemethode „%1“.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Profil „%1“ wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Profil „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tenantdesk-cli profile add NAME ...</source>
        <translation>Noch keine Profile. Fügen Sie eines hinzu mit: tenantdesk-cli profile add NAME ...</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in</source>
        <translation>Anwendungs-ID für die unbeaufsichtigte Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorität</translation>
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
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed from the keychain; the profile was kept.</source>
        <translation>Die geheimen Schlüssel des Profils konnten nicht aus dem Schlüsselbund entfernt werden; das Profil wurde beibehalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the current profile.</source>
        <translation>„%1“ ist jetzt das aktuelle Profil.</translation>
    </message>
    <message>
        <source>The profile&apos;s local snapshot could not be deleted; the profile was kept.</source>
        <translation>Die lokale Momentaufnahme des Profils konnte nicht gelöscht werden; das Profil wurde beibehalten.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its sign-in secrets and its local snapshot.</source>
        <translation>Profil „%1“ wurde mit seinen Anmeldegeheimnissen und seiner lokalen Momentaufnahme entfernt.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refresh snapshot</source>
        <translation>Momentaufnahme aktualisieren</translation>
    </message>
    <message>
        <source>The snapshot could not be refreshed: %1</source>
        <translation>Die Momentaufnahme konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Refreshing the snapshot…</source>
        <translation>Momentaufnahme wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s)</source>
        <comment>refresh progress: phase, objects read so far</comment>
        <translation>
            <numerusform>%1: %n Objekt</numerusform>
            <numerusform>%1: %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 per second</source>
        <comment>refresh progress: the text so far, objects read per second</comment>
        <translation>%1, %2 pro Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, noch etwa %n Minute</numerusform>
            <numerusform>%1, noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, noch etwa %n Sekunde</numerusform>
            <numerusform>%1, noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Try to read the tenant again (F5)</source>
        <translation>Erneut versuchen, den Mandanten einzulesen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the snapshot as it was (Esc)</source>
        <translation>Aktualisierung beenden und die Momentaufnahme unverändert lassen (Esc)</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Fehler bei der Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the snapshot is as it was.</source>
        <translation>Aktualisierung abgebrochen; die Momentaufnahme ist unverändert.</translation>
    </message>
    <message>
        <source>Snapshot refreshed.</source>
        <translation>Momentaufnahme aktualisiert.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
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
    <message>
        <source>Behave as Microsoft 365 does where it is harder on clients: strict, or a comma list of switches such as upn-ranges,page-token-expiry=120 (default off; the README lists every switch).</source>
        <translation>Verhält sich wie Microsoft 365, wo es für Clients strenger ist: strict oder eine Kommaliste von Schaltern wie upn-ranges,page-token-expiry=120 (Standard off; die README beschreibt jeden Schalter).</translation>
    </message>
    <message>
        <source>flat: the --latency-ms delay per request; graph: 60-100 ms plus about 1 ms per object returned, an estimate of real Graph (default flat).</source>
        <translation>flat: die Verzögerung aus --latency-ms pro Anfrage; graph: 60–100 ms plus etwa 1 ms je zurückgegebenem Objekt, eine Schätzung für echtes Graph (Standard flat).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (default none).</source>
        <translation>Simulierte Fehler mit Raten von 0..1, z. B. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (Standard: keine).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Latenz „%1“ ist kein Millisekundenbereich wie z. B. 60-100.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Drosselungsprofil „%1“ ist unbekannt. Verwenden Sie eines der folgenden: %2.</translation>
    </message>
    <message>
        <source>Realism switch &quot;%1&quot; is not understood. Use strict, off or a comma list of: %2.</source>
        <translation>Der Realismus-Schalter „%1“ ist unbekannt. Verwenden Sie strict, off oder eine Kommaliste aus: %2.</translation>
    </message>
    <message>
        <source>Latency model &quot;%1&quot; is unknown. Use flat or graph.</source>
        <translation>Das Latenzmodell „%1“ ist unbekannt. Verwenden Sie flat oder graph.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, reset-after-body, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Fehler „%1“ wird nicht verstanden. Verwenden Sie 503, 504, reset, reset-after-body, truncate oder malformed mit einer Rate zwischen 0 und 1, z. B. 503=0.05,reset=0.02.</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox tenant&apos;s start-up line is not valid JSON (%1).</source>
        <translation>Die Startzeile des Sandbox-Mandanten ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The sandbox tenant printed &quot;%1&quot; instead of its start-up line.</source>
        <translation>Der Sandbox-Mandant hat „%1“ statt seiner Startzeile ausgegeben.</translation>
    </message>
    <message>
        <source>The sandbox tenant was stopped before it was ready.</source>
        <translation>Der Sandbox-Mandant wurde beendet, bevor er bereit war.</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed before it was ready.</source>
        <translation>Der Sandbox-Mandant ist abgestürzt, bevor er bereit war.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped before it was ready (exit code %1).</source>
        <translation>Der Sandbox-Mandant wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed.</source>
        <translation>Der Sandbox-Mandant ist abgestürzt.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped unexpectedly (exit code %1).</source>
        <translation>Der Sandbox-Mandant wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started from %1: %2</source>
        <translation>Der Sandbox-Mandant konnte nicht aus %1 gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 Its last error output: %2</source>
        <comment>a sentence, then what the sandbox last wrote to standard error</comment>
        <translation>%1 Letzte Fehlerausgabe: %2</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Sign in to the profile&apos;s tenant.</source>
        <translation>Beim Mandanten des Profils anmelden.</translation>
    </message>
    <message>
        <source>Show who is signed in to the profile.</source>
        <translation>Anzeigen, wer im Profil angemeldet ist.</translation>
    </message>
    <message>
        <source>Export or import the token cache in MSAL&apos;s format (export-msal-cache, import-msal-cache).</source>
        <translation>Den Tokencache im MSAL-Format exportieren oder importieren (export-msal-cache, import-msal-cache).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Sign in with a code on another device.</source>
        <translation>Mit einem Code auf einem anderen Gerät anmelden.</translation>
    </message>
    <message>
        <source>Sign in in the web browser.</source>
        <translation>Im Webbrowser anmelden.</translation>
    </message>
    <message>
        <source>Sign in as the application with the client secret in this environment variable.</source>
        <translation>Als Anwendung mit dem geheimen Clientschlüssel aus dieser Umgebungsvariablen anmelden.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Sign in as the application with this PEM certificate and key.</source>
        <translation>Als Anwendung mit diesem PEM-Zertifikat und Schlüssel anmelden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>login takes no positional arguments.</source>
        <translation>login akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>Choose one sign-in method.</source>
        <translation>Wählen Sie eine einzige Anmeldemethode aus.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht festgelegt.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;; its tokens and secrets were removed from the keychain.</source>
        <translation>Von „%1“ abgemeldet; die Token und geheimen Schlüssel wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;. Run: tenantdesk-cli --profile &quot;%1&quot; login</source>
        <translation>Nicht bei „%1“ angemeldet. Führen Sie Folgendes aus: tenantdesk-cli --profile &quot;%1&quot; login</translation>
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
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Access to %1 until %2</source>
        <translation>Zugriff auf %1 bis %2</translation>
    </message>
    <message>
        <source>Usage:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</source>
        <translation>Verwendung:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</translation>
    </message>
    <message>
        <source>Warning: %1 now holds refresh tokens that let anyone with the file act as the signed-in account. It was created readable by you only; delete it when done.</source>
        <translation>Warnung: %1 enthält jetzt Aktualisierungstoken, mit denen jeder, der die Datei besitzt, als das angemeldete Konto handeln kann. Die Datei wurde nur für Sie lesbar erstellt; löschen Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Token cache imported into the keychain for &quot;%1&quot;.</source>
        <translation>Tokencache für „%1“ in den Schlüsselbund importiert.</translation>
    </message>
    <message>
        <source>Sign out: remove the profile&apos;s tokens and secrets (--delete-snapshot: its local snapshot too).</source>
        <translation>Abmelden: Tokens und Geheimnisse des Profils entfernen (--delete-snapshot: auch seine lokale Momentaufnahme).</translation>
    </message>
    <message>
        <source>logout takes no arguments but --delete-snapshot.</source>
        <translation>logout nimmt außer --delete-snapshot keine Argumente an.</translation>
    </message>
    <message>
        <source>The local snapshot was kept: %1</source>
        <translation>Die lokale Momentaufnahme wurde behalten: %1</translation>
    </message>
    <message>
        <source>Its local snapshot (the tenant&apos;s people) was deleted from this computer.</source>
        <translation>Seine lokale Momentaufnahme (die Personen des Mandanten) wurde von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <source>Usage: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate FILE]</source>
        <translation>Verwendung: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate DATEI]</translation>
    </message>
    <message>
        <source>Usage: logout [--delete-snapshot]</source>
        <translation>Verwendung: logout [--delete-snapshot]</translation>
    </message>
    <message>
        <source>Usage: whoami [--json]</source>
        <translation>Verwendung: whoami [--json]</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>The sign-in was refused or cancelled. Sign in again, and accept the permissions the console asks for.</source>
        <translation>Die Anmeldung wurde abgelehnt oder abgebrochen. Melden Sie sich erneut an, und akzeptieren Sie die Berechtigungen, die die Konsole anfordert.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the application&apos;s credentials. Check the client secret or certificate of the profile.</source>
        <translation>Microsoft 365 hat die Anmeldeinformationen der Anwendung nicht akzeptiert. Überprüfen Sie den geheimen Clientschlüssel oder das Zertifikat des Profils.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Die Anmeldung wurde auf dem anderen Gerät abgelehnt.</translation>
    </message>
</context>
<context>
    <name>SignInHint</name>
    <message>
        <source>The sign-in was cancelled. Choose Try again to start over.</source>
        <translation>Die Anmeldung wurde abgebrochen. Wählen Sie „Erneut versuchen“, um von vorn zu beginnen.</translation>
    </message>
    <message>
        <source>Tenantdesk could not reach the sign-in service. Check that this computer is online and that any proxy lets it through, then try again.</source>
        <translation>Tenantdesk konnte den Anmeldedienst nicht erreichen. Überprüfen Sie, ob dieser Computer online ist und ein eventueller Proxy die Verbindung zulässt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s certificate is not trusted. If your network inspects HTTPS traffic, go back to the first page and add your IT department&apos;s certificate authority under Advanced.</source>
        <translation>Das Zertifikat des Anmeldediensts ist nicht vertrauenswürdig. Wenn Ihr Netzwerk HTTPS-Datenverkehr prüft, kehren Sie zur ersten Seite zurück, und fügen Sie unter „Erweitert“ die Zertifizierungsstelle Ihrer IT-Abteilung hinzu.</translation>
    </message>
    <message>
        <source>An address in the profile uses plain HTTP. Go back to the first page and use HTTPS addresses.</source>
        <translation>Eine Adresse im Profil verwendet einfaches HTTP. Kehren Sie zur ersten Seite zurück, und verwenden Sie HTTPS-Adressen.</translation>
    </message>
    <message>
        <source>Something in the profile is incomplete or wrong. Go back and check the fields.</source>
        <translation>Eine Angabe im Profil ist unvollständig oder falsch. Gehen Sie zurück, und überprüfen Sie die Felder.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Check that your keyring is unlocked, then try again.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht verwendet werden. Überprüfen Sie, ob Ihr Schlüsselbund entsperrt ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this tenant. Go back to the first page and check the tenant id or domain.</source>
        <translation>Microsoft 365 kennt diesen Mandanten nicht. Kehren Sie zur ersten Seite zurück, und überprüfen Sie die Mandanten-ID oder Domäne.</translation>
    </message>
    <message>
        <source>The application (client) id is not registered in this tenant. Go back to the first page and check the application id and the tenant.</source>
        <translation>Die Anwendungs-ID (Client) ist in diesem Mandanten nicht registriert. Kehren Sie zur ersten Seite zurück, und überprüfen Sie die Anwendungs-ID und den Mandanten.</translation>
    </message>
    <message>
        <source>The account you signed in with belongs to another organisation. Sign in with an account of this tenant.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, gehört zu einer anderen Organisation. Melden Sie sich mit einem Konto dieses Mandanten an.</translation>
    </message>
    <message>
        <source>The application has not been given consent in this tenant. Ask a global administrator to grant admin consent for it in the Microsoft Entra admin center, then try again.</source>
        <translation>Der Anwendung wurde in diesem Mandanten keine Zustimmung erteilt. Bitten Sie einen globalen Administrator, im Microsoft Entra Admin Center die Administratorzustimmung für die Anwendung zu erteilen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The tenant did not accept the application&apos;s secret or certificate. Check that it belongs to this application and has not expired, then try again.</source>
        <translation>Der Mandant hat den geheimen Schlüssel oder das Zertifikat der Anwendung nicht akzeptiert. Überprüfen Sie, ob die Anmeldeinformationen zu dieser Anwendung gehören und nicht abgelaufen sind, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Choose Try again for a new code.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde. Wählen Sie „Erneut versuchen“, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Choose Try again and sign in with an account of this tenant.</source>
        <translation>Die Anmeldung wurde abgelehnt. Wählen Sie „Erneut versuchen“, und melden Sie sich mit einem Konto dieses Mandanten an.</translation>
    </message>
    <message>
        <source>The application&apos;s registration does not allow Tenantdesk&apos;s reply address. Ask the administrator to add http://localhost as a redirect address for mobile and desktop applications.</source>
        <translation>Die Registrierung der Anwendung lässt die Antwortadresse von Tenantdesk nicht zu. Bitten Sie den Administrator, http://localhost als Umleitungs-URI für mobile Anwendungen und Desktopanwendungen hinzuzufügen.</translation>
    </message>
    <message>
        <source>The sign-in service is busy. Wait a minute, then try again.</source>
        <translation>Der Anmeldedienst ist ausgelastet. Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Choose Try again. If it keeps failing, give the details below to your service desk.</source>
        <translation>Wählen Sie „Erneut versuchen“. Wenn der Fehler weiterhin auftritt, geben Sie die folgenden Details an Ihren Servicedesk weiter.</translation>
    </message>
</context>
<context>
    <name>SignInMethodPage</name>
    <message>
        <source>&amp;Web browser (recommended)</source>
        <translation>Web&amp;browser (empfohlen)</translation>
    </message>
    <message>
        <source>You sign in with your own account in the browser, with multi-factor authentication as usual.</source>
        <translation>Sie melden sich wie gewohnt im Browser mit Ihrem eigenen Konto und mit mehrstufiger Authentifizierung an.</translation>
    </message>
    <message>
        <source>&amp;Code on another device</source>
        <translation>&amp;Code auf einem anderen Gerät</translation>
    </message>
    <message>
        <source>For computers without a usable browser: you enter a short code on a phone or another computer.</source>
        <translation>Für Computer ohne verwendbaren Browser: Sie geben einen kurzen Code auf einem Smartphone oder einem anderen Computer ein.</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret</source>
        <translation>Anwendung mit geheimem Client&amp;schlüssel</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a secret from its registration.</source>
        <translation>Für unbeaufsichtigte Aufträge: Tenantdesk meldet sich als Anwendung an, mit einem geheimen Schlüssel aus ihrer Registrierung.</translation>
    </message>
    <message>
        <source>Application with a cer&amp;tificate</source>
        <translation>Anwendung mit Zer&amp;tifikat</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a certificate uploaded to its registration.</source>
        <translation>Für unbeaufsichtigte Aufträge: Tenantdesk meldet sich als Anwendung an, mit einem Zertifikat, das in ihre Registrierung hochgeladen wurde.</translation>
    </message>
    <message>
        <source>Application credentials</source>
        <translation>Anmeldeinformationen der Anwendung</translation>
    </message>
    <message>
        <source>Application (client) &amp;id:</source>
        <translation>&amp;Anwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>&amp;Geheimer Clientschlüssel:</translation>
    </message>
    <message>
        <source>Certificate and &amp;key:</source>
        <translation>Zertifi&amp;kat und Schlüssel:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Enter the client secret from the application&apos;s registration.</source>
        <translation>Geben Sie den geheimen Clientschlüssel aus der Registrierung der Anwendung ein.</translation>
    </message>
    <message>
        <source>Choose the PEM file with the application&apos;s certificate and its private key.</source>
        <translation>Wählen Sie die PEM-Datei mit dem Zertifikat der Anwendung und dem zugehörigen privaten Schlüssel aus.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Die Datei %1 enthält kein Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>The file %1 has the certificate but not its private key. Choose a PEM file with both.</source>
        <translation>Die Datei %1 enthält das Zertifikat, aber nicht den zugehörigen privaten Schlüssel. Wählen Sie eine PEM-Datei aus, die beides enthält.</translation>
    </message>
    <message>
        <source>Choose the certificate and key</source>
        <translation>Zertifikat und Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>How Tenantdesk signs in to the tenant.</source>
        <translation>Wie sich Tenantdesk beim Mandanten anmeldet.</translation>
    </message>
    <message>
        <source>The same as on the first page</source>
        <translation>Wie auf der ersten Seite</translation>
    </message>
    <message>
        <source>The same as on the first page (%1)</source>
        <translation>Wie auf der ersten Seite (%1)</translation>
    </message>
    <message>
        <source>The secret goes to this computer&apos;s keychain, never into Tenantdesk&apos;s settings.</source>
        <translation>Der geheime Schlüssel wird im Schlüsselbund dieses Computers gespeichert, niemals in den Einstellungen von Tenantdesk.</translation>
    </message>
    <message>
        <source>Tenantdesk remembers where the file is; keep it where only you can read it.</source>
        <translation>Tenantdesk merkt sich, wo sich die Datei befindet; bewahren Sie sie an einem Ort auf, an dem nur Sie sie lesen können.</translation>
    </message>
</context>
<context>
    <name>SigningInPage</name>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Verbindung mit dem Anmeldedienst wird hergestellt…</translation>
    </message>
    <message>
        <source>A browser window has opened. Sign in there; Tenantdesk continues by itself when you are done.</source>
        <translation>Ein Browserfenster wurde geöffnet. Melden Sie sich dort an; Tenantdesk fährt automatisch fort, sobald Sie fertig sind.</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address in a browser yourself:</source>
        <translation>Falls sich kein Browserfenster geöffnet hat, öffnen Sie diese Adresse selbst in einem Browser:</translation>
    </message>
    <message>
        <source>On a phone or another computer, open the address below, enter this code and sign in:</source>
        <translation>Öffnen Sie auf einem Smartphone oder einem anderen Computer die folgende Adresse, geben Sie diesen Code ein, und melden Sie sich an:</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Code kopieren</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Details for the service desk</source>
        <translation>Details für den Servicedesk</translation>
    </message>
    <message>
        <source>The code has expired. Choose Back and then Next for a new code.</source>
        <translation>Der Code ist abgelaufen. Wählen Sie „Zurück“ und dann „Weiter“, um einen neuen Code zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>Der Code läuft in %n Minute ab.</numerusform>
            <numerusform>Der Code läuft in %n Minuten ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant. Back or Cancel stops the sign-in.</source>
        <translation>Melden Sie sich mit einem Konto des Mandanten an. Mit „Zurück“ oder „Abbrechen“ wird die Anmeldung beendet.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Die Anmeldung war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>Die Anmeldung war erfolgreich.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Bring the local snapshot up to date (full sync the first time, then changes only).</source>
        <translation>Die lokale Momentaufnahme auf den neuesten Stand bringen (beim ersten Mal vollständige Synchronisierung, danach nur Änderungen).</translation>
    </message>
    <message>
        <source>List users from the local snapshot (works offline).</source>
        <translation>Benutzer aus der lokalen Momentaufnahme auflisten (funktioniert offline).</translation>
    </message>
    <message>
        <source>List the snapshot&apos;s generations, or show what changed between two (list, diff).</source>
        <translation>Die Generationen der Momentaufnahme auflisten oder anzeigen, was sich zwischen zwei Generationen geändert hat (list, diff).</translation>
    </message>
    <message>
        <source>Read everything again instead of only the changes.</source>
        <translation>Alles erneut einlesen statt nur der Änderungen.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Die Zusammenfassung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 16).</source>
        <translation>Anzahl gleichzeitiger Anforderungen (Standard: 16).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync akzeptiert keine Positionsargumente.</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 requests, %4 objects/s</source>
        <translation>%1: %2 Objekte, %3 Anforderungen, %4 Objekte/s</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(noch etwa %1 s)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Full sync complete (generation %1).</source>
        <translation>Vollständige Synchronisierung abgeschlossen (Generation %1).</translation>
    </message>
    <message>
        <source>Changes applied (generation %1).</source>
        <translation>Änderungen übernommen (Generation %1).</translation>
    </message>
    <message>
        <source>%1 requests, %2 retries, %3 s</source>
        <translation>%1 Anforderungen, %2 Wiederholungsversuche, %3 s</translation>
    </message>
    <message>
        <source>Only users whose name, address or school contains this text.</source>
        <translation>Nur Benutzer, deren Name, Adresse oder Schule diesen Text enthält.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Only users of this school (name or id).</source>
        <translation>Nur Benutzer dieser Schule (Name oder ID).</translation>
    </message>
    <message>
        <source>school</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Als CSV ausgeben.</translation>
    </message>
    <message>
        <source>Usage: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</source>
        <translation>Verwendung: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</translation>
    </message>
    <message>
        <source>There is no snapshot of &quot;%1&quot; yet. Run: tenantdesk-cli --profile &quot;%1&quot; sync</source>
        <translation>Es gibt noch keine Momentaufnahme von „%1“. Führen Sie Folgendes aus: tenantdesk-cli --profile &quot;%1&quot; sync</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n Benutzer.</numerusform>
            <numerusform>%n Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Verwendung:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  +%5 ~%6 -%7</source>
        <translation>%1  %2  %3  %4  +%5 ~%6 -%7</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Only changes that concern this school (id).</source>
        <translation>Nur Änderungen, die diese Schule betreffen (ID).</translation>
    </message>
    <message>
        <source>Usage: snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Verwendung: snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>A and B are generation numbers; see: snapshot list</source>
        <translation>A und B sind Generationsnummern; siehe: snapshot list</translation>
    </message>
    <message>
        <source>No differences between generation %1 and %2.</source>
        <translation>Keine Unterschiede zwischen Generation %1 und %2.</translation>
    </message>
    <message>
        <source>Usage: sync [--full] [--json] [--parallel COUNT]</source>
        <translation>Verwendung: sync [--full] [--json] [--parallel ANZAHL]</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The local snapshot could not be read or written (step: %1).</source>
        <translation>Die lokale Momentaufnahme konnte nicht gelesen oder geschrieben werden (Schritt: %1).</translation>
    </message>
    <message>
        <source>The local snapshot was written by a newer version of Tenantdesk (schema %1; this version reads up to schema %2). Update Tenantdesk or remove the snapshot file.</source>
        <translation>Die lokale Momentaufnahme wurde von einer neueren Version von Tenantdesk geschrieben (Schema %1; diese Version liest bis Schema %2). Aktualisieren Sie Tenantdesk, oder entfernen Sie die Datei der Momentaufnahme.</translation>
    </message>
    <message>
        <source>The local snapshot is being updated; try again when the refresh has finished.</source>
        <translation>Die lokale Momentaufnahme wird gerade aktualisiert; versuchen Sie es erneut, wenn die Aktualisierung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The local snapshot %1 could not be deleted: %2</source>
        <translation>Die lokale Momentaufnahme %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation>seine Sperrdatei kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Refresh %1 is not in the local snapshot: it did not finish, or it is older than the refreshes the snapshot keeps.</source>
        <translation>Die Aktualisierung %1 ist nicht in der lokalen Momentaufnahme enthalten: Sie wurde nicht abgeschlossen, oder sie ist älter als die Aktualisierungen, die die Momentaufnahme aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>The local snapshot %1 could not be deleted: it is being read or refreshed. Try again when that has finished.</source>
        <translation>Die lokale Momentaufnahme %1 konnte nicht gelöscht werden: Sie wird gerade gelesen oder aktualisiert. Versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>SnapshotSync</name>
    <message>
        <source>Preparing the full sync</source>
        <translation>Vollständige Synchronisierung wird vorbereitet</translation>
    </message>
    <message>
        <source>Listing users, groups and schools</source>
        <translation>Benutzer, Gruppen und Schulen werden aufgelistet</translation>
    </message>
    <message>
        <source>Replaying changes made during the sync</source>
        <translation>Während der Synchronisierung vorgenommene Änderungen werden erneut angewendet</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>Änderungen werden abgerufen</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired, so a full sync is done instead.</source>
        <translation>Der gespeicherte Link zur Änderungsnachverfolgung ist abgelaufen, daher wird stattdessen eine vollständige Synchronisierung durchgeführt.</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>Momentaufnahme wird gespeichert</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>No update of the local snapshot is in progress.</source>
        <translation>Es wird gerade keine Aktualisierung der lokalen Momentaufnahme ausgeführt.</translation>
    </message>
    <message>
        <source>Another Tenantdesk window or process is updating the local snapshot.</source>
        <translation>Ein anderes Tenantdesk-Fenster oder ein anderer Tenantdesk-Prozess aktualisiert gerade die lokale Momentaufnahme.</translation>
    </message>
    <message>
        <source>Only a full read can tell which objects no longer exist.</source>
        <translation>Nur ein vollständiges Einlesen kann zeigen, welche Objekte nicht mehr vorhanden sind.</translation>
    </message>
    <message>
        <source>The snapshot was not updated because an earlier write failed.</source>
        <translation>Die Momentaufnahme wurde nicht aktualisiert, weil ein früherer Schreibvorgang fehlgeschlagen ist.</translation>
    </message>
</context>
<context>
    <name>TenantDetailsPage</name>
    <message>
        <source>Tenantdesk needs to know which tenant to open and which registered application it signs in with. Your Microsoft 365 administrator finds both in the Microsoft Entra admin center.</source>
        <translation>Tenantdesk muss wissen, welcher Mandant geöffnet werden soll und mit welcher registrierten Anwendung die Anmeldung erfolgt. Ihr Microsoft 365-Administrator findet beides im Microsoft Entra Admin Center.</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>For example: Odense schools</source>
        <translation>Beispiel: Schulen Bremen</translation>
    </message>
    <message>
        <source>&amp;Tenant id or domain:</source>
        <translation>&amp;Mandanten-ID oder Domäne:</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>&amp;Anwendungs-ID (Client):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Sign-in a&amp;uthority:</source>
        <translation>Anmeldeau&amp;torität:</translation>
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
        <translation>Vertrauenswürdige Zertifizierungs&amp;stelle:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Only needed when your network inspects HTTPS traffic: a PEM file with the certificate of the authority your IT department uses.</source>
        <translation>Nur erforderlich, wenn Ihr Netzwerk HTTPS-Datenverkehr prüft: eine PEM-Datei mit dem Zertifikat der Zertifizierungsstelle, die Ihre IT-Abteilung verwendet.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Die Datei der Zertifizierungsstelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Die Datei %1 enthält kein Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists on this computer. Choose another name.</source>
        <translation>Auf diesem Computer ist bereits ein Profil mit dem Namen „%1“ vorhanden. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>Zertifizierungsstelle auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Which Microsoft 365 tenant to connect, and the application registered in it for Tenantdesk.</source>
        <translation>Mit welchem Microsoft 365-Mandanten eine Verbindung hergestellt werden soll, und die darin für Tenantdesk registrierte Anwendung.</translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificate authorities</source>
        <translation>Keine: den Zertifizierungsstellen des Systems vertrauen</translation>
    </message>
    <message>
        <source>Keep the certificate authority saved in this profile</source>
        <translation>Die in diesem Profil gespeicherte Zertifizierungsstelle beibehalten</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s start-up line has no &quot;%1&quot; field.</source>
        <translation>Die Startzeile der Sandbox enthält kein Feld „%1“.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Enter the tenant id or one of its domains.</source>
        <translation>Geben Sie die Mandanten-ID oder eine seiner Domänen ein.</translation>
    </message>
    <message>
        <source>Enter the application (client) id.</source>
        <translation>Geben Sie die Anwendungs-ID (Client) ein.</translation>
    </message>
    <message>
        <source>The Graph and Exchange resource identifiers must not be empty.</source>
        <translation>Die Ressourcenbezeichner für Graph und Exchange dürfen nicht leer sein.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the path of a PEM file with the certificate and its key.</source>
        <translation>Für die Anmeldung mit Zertifikat ist der Pfad einer PEM-Datei mit dem Zertifikat und dem zugehörigen Schlüssel erforderlich.</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Webbrowser</translation>
    </message>
    <message>
        <source>Code on another device</source>
        <translation>Code auf einem anderen Gerät</translation>
    </message>
    <message>
        <source>Application with a client secret</source>
        <translation>Anwendung mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>Application with a certificate</source>
        <translation>Anwendung mit Zertifikat</translation>
    </message>
    <message>
        <source>The sign-in authority is not a valid URL.</source>
        <translation>Die Anmeldeautorität ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The sign-in authority must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Die Anmeldeautorität muss HTTPS verwenden (unverschlüsseltes HTTP ist nur zu diesem Computer zulässig).</translation>
    </message>
    <message>
        <source>The Graph URL is not a valid URL.</source>
        <translation>Die Graph-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Die Graph-URL muss HTTPS verwenden (unverschlüsseltes HTTP ist nur zu diesem Computer zulässig).</translation>
    </message>
    <message>
        <source>The Exchange URL is not a valid URL.</source>
        <translation>Die Exchange-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The Exchange URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Die Exchange-URL muss HTTPS verwenden (unverschlüsseltes HTTP ist nur zu diesem Computer zulässig).</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>The certificate %1 is not the one saved in the profile. Save it in the profile first.</source>
        <translation>Das Zertifikat %1 ist nicht das im Profil gespeicherte. Speichern Sie es zuerst im Profil.</translation>
    </message>
    <message>
        <source>The sign-in worked but could not be saved in the keychain: %1</source>
        <translation>Die Anmeldung war erfolgreich, konnte aber nicht im Schlüsselbund gespeichert werden: %1</translation>
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
    <message>
        <source>Offline — no snapshot of this tenant yet</source>
        <translation>Offline – noch keine Momentaufnahme dieses Mandanten</translation>
    </message>
    <message>
        <source>Offline — showing the snapshot from just now</source>
        <translation>Offline – Momentaufnahme von gerade eben wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n minute(s) ago</source>
        <translation>
            <numerusform>Offline – Momentaufnahme von vor %n Minute wird angezeigt</numerusform>
            <numerusform>Offline – Momentaufnahme von vor %n Minuten wird angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n hour(s) ago</source>
        <translation>
            <numerusform>Offline – Momentaufnahme von vor %n Stunde wird angezeigt</numerusform>
            <numerusform>Offline – Momentaufnahme von vor %n Stunden wird angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n day(s) ago</source>
        <translation>
            <numerusform>Offline – Momentaufnahme von vor %n Tag wird angezeigt</numerusform>
            <numerusform>Offline – Momentaufnahme von vor %n Tagen wird angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCacheStore</name>
    <message>
        <source>The saved sign-in of profile %1 could not be read from the keychain.</source>
        <translation>Die gespeicherte Anmeldung des Profils %1 konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 could not be saved in the keychain.</source>
        <translation>Die Anmeldung des Profils %1 konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be read from the keychain.</source>
        <translation>Der geheime Clientschlüssel des Profils %1 konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be saved in the keychain.</source>
        <translation>Der geheime Clientschlüssel des Profils %1 konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <source>The secrets of profile %1 could not be removed from the keychain.</source>
        <translation>Die geheimen Schlüssel des Profils %1 konnten nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>The saved sign-in of profile %1 in the keychain is damaged. Sign in again.</source>
        <translation>Die im Schlüsselbund gespeicherte Anmeldung des Profils %1 ist beschädigt. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in answer could not be checked. Sign in again.</source>
        <translation>Die Antwort der Anmeldung konnte nicht geprüft werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued to another application (%1) than this profile&apos;s (%2).</source>
        <translation>Die Antwort der Anmeldung wurde für eine andere Anwendung (%1) ausgestellt als die dieses Profils (%2).</translation>
    </message>
    <message>
        <source>The account signed in belongs to another tenant (%1) than this profile&apos;s (%2).</source>
        <translation>Das angemeldete Konto gehört zu einem anderen Mandanten (%1) als dem dieses Profils (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. Check that this computer&apos;s date and time are right, and sign in again.</source>
        <translation>Die Antwort der Anmeldung ist bereits abgelaufen. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen, und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Enabled</source>
        <comment>user account state: can sign in</comment>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>user account state: sign-in blocked</comment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>user account state: in the tenant&apos;s recycle bin, restorable</comment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>users list column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>users list column: the userPrincipalName used to sign in</comment>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>users list column</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>School</source>
        <comment>users list column</comment>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Licences</source>
        <comment>users list column</comment>
        <translation>Lizenzen</translation>
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
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last read from the tenant</source>
        <translation>Zuletzt aus dem Mandanten eingelesen</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Momentaufnahme wird gelesen…</translation>
    </message>
    <message>
        <source>No snapshot yet — Refresh (F5) to read the tenant.</source>
        <translation>Noch keine Momentaufnahme – wählen Sie „Aktualisieren“ (F5), um den Mandanten einzulesen.</translation>
    </message>
    <message>
        <source>No user matches the search or the school chosen.</source>
        <translation>Kein Benutzer entspricht der Suche oder der ausgewählten Schule.</translation>
    </message>
    <message>
        <source>The snapshot holds no users.</source>
        <translation>Die Momentaufnahme enthält keine Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <comment>users list: the users shown of all users in the snapshot</comment>
        <translation>
            <numerusform>%1 von %n Benutzer</numerusform>
            <numerusform>%1 von %n Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Die Momentaufnahme konnte nicht gelesen werden: %1</translation>
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
    <message>
        <source>The sandbox tenant&apos;s profile could not be saved: %1</source>
        <translation>Das Profil des Sandbox-Mandanten konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Tenantdesk could not sign out: %1</source>
        <translation>Tenantdesk konnte die Abmeldung nicht durchführen: %1</translation>
    </message>
    <message>
        <source>Signed out, but the local snapshot was not deleted: %1</source>
        <translation>Abgemeldet, aber die lokale Momentaufnahme wurde nicht gelöscht: %1</translation>
    </message>
</context>
</TS>
