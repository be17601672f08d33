<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AccessTokenProvider</name>
    <message>
        <source>Profile %1 is not signed in. Sign in to continue.</source>
        <translation>Profil %1 nie jest zalogowany. Zaloguj się, aby kontynuować.</translation>
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
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Zalogowano jako %1</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>&amp;Przełącz profil</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Nie ma jeszcze żadnych profili</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Wyloguj się…</translation>
    </message>
</context>
<context>
    <name>BlockingSession</name>
    <message>
        <source>Sign in in your web browser. If it did not open, visit:</source>
        <translation>Zaloguj się w przeglądarce internetowej. Jeśli się nie otworzyła, przejdź do adresu:</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2 (valid for %3 minutes).</source>
        <translation>Aby się zalogować, otwórz adres %1 na dowolnym urządzeniu i wprowadź kod %2 (ważny przez %3 min).</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>The console could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>Konsola nie może nasłuchiwać odpowiedzi przeglądarki na adresie 127.0.0.1.</translation>
    </message>
    <message>
        <source>The sign-in is complete. You can close this browser window and return to Tenantdesk.</source>
        <translation>Logowanie zostało ukończone. Możesz zamknąć to okno przeglądarki i wrócić do programu Tenantdesk.</translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored.</source>
        <translation>To żądanie nie należy do trwającego logowania i zostało zignorowane.</translation>
    </message>
</context>
<context>
    <name>CalendarRoleTable</name>
    <message>
        <source>Not shared</source>
        <comment>calendar sharing level</comment>
        <translation>Nie udostępniono</translation>
    </message>
    <message>
        <source>Can view when I&apos;m busy</source>
        <comment>calendar sharing level (free/busy)</comment>
        <translation>Może wyświetlać, kiedy jestem zajęty</translation>
    </message>
    <message>
        <source>Can view titles and locations</source>
        <comment>calendar sharing level (limited details)</comment>
        <translation>Może wyświetlać tytuły i lokalizacje</translation>
    </message>
    <message>
        <source>Can view all details</source>
        <comment>calendar sharing level</comment>
        <translation>Może wyświetlać wszystkie szczegóły</translation>
    </message>
    <message>
        <source>Can edit</source>
        <comment>calendar sharing level</comment>
        <translation>Może edytować</translation>
    </message>
    <message>
        <source>Delegate</source>
        <comment>calendar sharing level</comment>
        <translation>Pełnomocnik</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>calendar sharing level: a role Outlook has no name for</comment>
        <translation>Niestandardowe</translation>
    </message>
</context>
<context>
    <name>ClientAssertion</name>
    <message>
        <source>The certificate file %1 of the profile could not be read.</source>
        <translation>Nie można odczytać pliku certyfikatu %1 profilu.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no certificate.</source>
        <translation>Plik certyfikatu profilu nie zawiera certyfikatu.</translation>
    </message>
    <message>
        <source>The profile&apos;s certificate file holds no usable RSA private key. The key must be in the same PEM file as the certificate and not be encrypted.</source>
        <translation>Plik certyfikatu profilu nie zawiera użytecznego klucza prywatnego RSA. Klucz musi znajdować się w tym samym pliku PEM co certyfikat i nie może być zaszyfrowany.</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsSignIn</name>
    <message>
        <source>No client secret is stored for profile %1. Sign in with the application&apos;s secret again.</source>
        <translation>Dla profilu %1 nie zapisano klucza tajnego klienta. Zaloguj się ponownie przy użyciu klucza tajnego aplikacji.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:</source>
        <translation>Polecenia:</translation>
    </message>
    <message>
        <source>(none in this version)</source>
        <translation>(brak w tej wersji)</translation>
    </message>
    <message>
        <source>Tenantdesk on the command line: the same operations as the console, for scripts.</source>
        <translation>Tenantdesk w wierszu poleceń: te same operacje co w konsoli, do użycia w skryptach.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Polecenie do uruchomienia.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;polecenie&gt; [argumenty]</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run tenantdesk-cli --help for the list.</source>
        <translation>Nieznane polecenie „%1”. Uruchom tenantdesk-cli --help, aby wyświetlić listę.</translation>
    </message>
    <message>
        <source>The tenant profile to use (default: the current one).</source>
        <translation>Profil dzierżawy do użycia (domyślnie: bieżący).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>No profile chosen. Use --profile NAME, or add one with: tenantdesk-cli profile add</source>
        <translation>Nie wybrano profilu. Użyj opcji --profile NAME lub dodaj profil poleceniem: tenantdesk-cli profile add</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Nie ma profilu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Log every request and step to standard error.</source>
        <translation>Rejestruj każde żądanie i każdy krok w standardowym wyjściu błędów.</translation>
    </message>
    <message>
        <source>Run tenantdesk-cli COMMAND --help for a command&apos;s options.</source>
        <translation>Uruchom tenantdesk-cli POLECENIE --help, aby wyświetlić opcje polecenia.</translation>
    </message>
</context>
<context>
    <name>ConnectTenantWizard</name>
    <message>
        <source>Signed in, but the profile could not be saved: %1</source>
        <translation>Zalogowano, ale nie można zapisać profilu: %1</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant</source>
        <translation>Połącz z dzierżawą Microsoft 365</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Select an item in the list to see its details here.</source>
        <translation>Wybierz element na liście, aby wyświetlić tutaj jego szczegóły.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The object was not found in the tenant. It may have been deleted or renamed.</source>
        <translation>Nie znaleziono obiektu w dzierżawie. Mógł zostać usunięty lub jego nazwa mogła zostać zmieniona.</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the request: the signed-in account lacks the permission or the admin role it needs.</source>
        <translation>Usługa Microsoft 365 odrzuciła żądanie: zalogowane konto nie ma wymaganego uprawnienia lub roli administratora.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the sign-in. Sign in again.</source>
        <translation>Usługa Microsoft 365 nie zaakceptowała logowania. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The change conflicts with an object that already exists in the tenant.</source>
        <translation>Zmiana powoduje konflikt z obiektem, który już istnieje w dzierżawie.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the request as invalid.</source>
        <translation>Usługa Microsoft 365 odrzuciła żądanie jako nieprawidłowe.</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired; a full read is needed.</source>
        <translation>Zapisany link śledzenia zmian wygasł; wymagany jest pełny odczyt.</translation>
    </message>
    <message>
        <source>Microsoft 365 had an internal error. Try again later.</source>
        <translation>W usłudze Microsoft 365 wystąpił błąd wewnętrzny. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with an error (HTTP %1).</source>
        <translation>Usługa Microsoft 365 zwróciła błąd (HTTP %1).</translation>
    </message>
    <message>
        <source>Sign-in was refused: an administrator has not consented to Tenantdesk in this tenant, or the user declined.</source>
        <translation>Odmówiono logowania: administrator nie wyraził zgody na program Tenantdesk w tej dzierżawie lub użytkownik odmówił zgody.</translation>
    </message>
    <message>
        <source>Sign-in failed: the tenant in the profile does not exist or the account belongs to another tenant.</source>
        <translation>Logowanie nie powiodło się: dzierżawa podana w profilu nie istnieje lub konto należy do innej dzierżawy.</translation>
    </message>
    <message>
        <source>Sign-in failed: the application (client) id in the profile is not registered in this tenant.</source>
        <translation>Logowanie nie powiodło się: identyfikator aplikacji (klienta) podany w profilu nie jest zarejestrowany w tej dzierżawie.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret or certificate was not accepted.</source>
        <translation>Logowanie nie powiodło się: klucz tajny klienta lub certyfikat nie został zaakceptowany.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Kod logowania wygasł przed jego użyciem. Rozpocznij logowanie ponownie.</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. Sign in again.</source>
        <translation>Zapisane logowanie jest już nieważne. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Logowanie nie powiodło się.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>message (where)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the network connection.</source>
        <translation>Nie można połączyć się z serwerem. Sprawdź połączenie sieciowe.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so the connection was refused.</source>
        <translation>Certyfikat serwera nie jest zaufany, dlatego połączenie zostało odrzucone.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serwer nie odpowiedział w wymaganym czasie.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Microsoft 365 is throttling requests and kept doing so after several retries. Try again in a few minutes.</source>
        <translation>Usługa Microsoft 365 ogranicza przepustowość żądań i nie przestała mimo kilku ponownych prób. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <source>The server sent an answer Tenantdesk could not understand.</source>
        <translation>Serwer wysłał odpowiedź, której program Tenantdesk nie może zinterpretować.</translation>
    </message>
    <message>
        <source>Refused to send data over an unencrypted connection (only loopback may use plain HTTP).</source>
        <translation>Odmówiono wysłania danych przez niezaszyfrowane połączenie (zwykłego protokołu HTTP można używać tylko dla adresu pętli zwrotnej).</translation>
    </message>
    <message>
        <source>You are not signed in to this tenant, or the sign-in has expired. Sign in again.</source>
        <translation>Nie zalogowano się do tej dzierżawy lub logowanie wygasło. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The settings are incomplete or wrong.</source>
        <translation>Ustawienia są niekompletne lub nieprawidłowe.</translation>
    </message>
    <message>
        <source>Could not read or write local data.</source>
        <translation>Nie można odczytać ani zapisać danych lokalnych.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Odpowiedź serwera: %1</translation>
    </message>
    <message>
        <source>Code: %1.</source>
        <translation>Kod: %1.</translation>
    </message>
    <message>
        <source>HTTP status: %1.</source>
        <translation>Kod stanu HTTP: %1.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Identyfikator żądania: %1.</translation>
    </message>
    <message>
        <source>The change was sent, but its answer was lost, so it is not known whether Microsoft 365 made it. Check the object before trying again.</source>
        <translation>Zmiana została wysłana, ale odpowiedź zaginęła, więc nie wiadomo, czy Microsoft 365 ją wprowadził. Sprawdź obiekt, zanim spróbujesz ponownie.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tenantdesk</source>
        <translation>Witamy w programie Tenantdesk</translation>
    </message>
    <message>
        <source>Choose the tenant to work on. The sandbox tenant is a complete school tenant on this computer: safe for practice and training, nothing you do there reaches Microsoft 365.</source>
        <translation>Wybierz dzierżawę, z którą chcesz pracować. Dzierżawa piaskownicy to kompletna dzierżawa szkolna na tym komputerze: bezpieczna do ćwiczeń i szkoleń — nic, co w niej zrobisz, nie trafi do Microsoft 365.</translation>
    </message>
    <message>
        <source>Open the sandbox tenant</source>
        <translation>Otwórz dzierżawę piaskownicy</translation>
    </message>
    <message>
        <source>Connect a Microsoft 365 tenant…</source>
        <translation>Połącz z dzierżawą Microsoft 365…</translation>
    </message>
    <message>
        <source>Connecting a Microsoft 365 tenant is not available in this version.</source>
        <translation>Łączenie z dzierżawą Microsoft 365 nie jest dostępne w tej wersji.</translation>
    </message>
</context>
<context>
    <name>GraphCommand</name>
    <message>
        <source>Make one Microsoft Graph call (GET, POST, PATCH, PUT, DELETE) and print the answer.</source>
        <translation>Wykonaj jedno wywołanie Microsoft Graph (GET, POST, PATCH, PUT, DELETE) i wypisz odpowiedź.</translation>
    </message>
    <message>
        <source>JSON body, or @FILE to read it from a file.</source>
        <translation>Treść JSON lub @FILE, aby odczytać ją z pliku.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Extra request header &quot;Name: value&quot;.</source>
        <translation>Dodatkowy nagłówek żądania w postaci „Name: value”.</translation>
    </message>
    <message>
        <source>header</source>
        <translation>nagłówek</translation>
    </message>
    <message>
        <source>Follow @odata.nextLink and print every page&apos;s items.</source>
        <translation>Śledź @odata.nextLink i wypisz elementy ze wszystkich stron.</translation>
    </message>
    <message>
        <source>GET, POST, PATCH, PUT or DELETE.</source>
        <translation>GET, POST, PATCH, PUT lub DELETE.</translation>
    </message>
    <message>
        <source>Path below the profile&apos;s Graph URL, e.g. /users.</source>
        <translation>Ścieżka względem adresu URL Graph profilu, np. /users.</translation>
    </message>
    <message>
        <source>Usage: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</source>
        <translation>Użycie: graph GET|POST|PATCH|PUT|DELETE PATH [--body JSON|@FILE] [--header &quot;Name: value&quot;] [--all]</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not in the form &quot;Name: value&quot;.</source>
        <translation>Nagłówek „%1” nie ma postaci „Name: value”.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Treść nie jest prawidłowym dokumentem JSON: %1 (znak %2).</translation>
    </message>
    <message>
        <source>--all works with GET only.</source>
        <translation>Opcja --all działa tylko z metodą GET.</translation>
    </message>
    <message>
        <source>HTTP %1, no content.</source>
        <translation>HTTP %1, brak zawartości.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in %1 page(s).</source>
        <translation>
            <numerusform>%n element (stron: %1).</numerusform>
            <numerusform>%n elementy (stron: %1).</numerusform>
            <numerusform>%n elementów (stron: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No tenant open</source>
        <translation>Nie otwarto dzierżawy</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Dzierżawa: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nie zalogowano</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Zalogowano jako %1</translation>
    </message>
    <message>
        <source>About Tenantdesk</source>
        <translation>Informacje o programie Tenantdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;A Microsoft 365 console for school service desks: users, function mailboxes, distribution lists, groups, calendar permissions and licences, from a local snapshot of the tenant.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tenantdesk %1&lt;/h3&gt;&lt;p&gt;Konsola Microsoft 365 dla szkolnych działów wsparcia: użytkownicy, skrzynki współdzielone, listy dystrybucyjne, grupy, uprawnienia do kalendarza i licencje, na podstawie lokalnej migawki dzierżawy.&lt;/p&gt;&lt;p&gt;Utworzono przy użyciu Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tenantdesk</source>
        <translation>Tenantdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox tenant</source>
        <translation>Otwórz dzierżawę &amp;piaskownicy</translation>
    </message>
    <message>
        <source>&amp;Connect a Microsoft 365 tenant…</source>
        <translation>Połą&amp;cz z dzierżawą Microsoft 365…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <source>&amp;Refresh snapshot</source>
        <translation>&amp;Odśwież migawkę</translation>
    </message>
    <message>
        <source>Go to &amp;navigation</source>
        <translation>Przejdź do &amp;nawigacji</translation>
    </message>
    <message>
        <source>Go to &amp;list</source>
        <translation>Przejdź do &amp;listy</translation>
    </message>
    <message>
        <source>Go to &amp;details</source>
        <translation>Przejdź do &amp;szczegółów</translation>
    </message>
    <message>
        <source>&amp;About Tenantdesk</source>
        <translation>&amp;Informacje o programie Tenantdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informacje o &amp;Qt</translation>
    </message>
    <message>
        <source>Search names, addresses and schools (Ctrl+F)</source>
        <translation>Wyszukaj nazwiska, adresy i szkoły (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>&amp;Anuluj odświeżanie</translation>
    </message>
    <message>
        <source>Sign out %1? Tenantdesk forgets this sign-in on this computer. The local snapshot of the tenant stays readable offline unless you delete it too.</source>
        <translation>Wylogować %1? Tenantdesk zapomni to logowanie na tym komputerze. Lokalna migawka dzierżawy pozostanie dostępna offline, chyba że również ją usuniesz.</translation>
    </message>
    <message>
        <source>Also &amp;delete the local snapshot (the people, classes and their data) from this computer</source>
        <translation>&amp;Usuń też z tego komputera lokalną migawkę (osoby, grupy przedmiotowe i ich dane)</translation>
    </message>
</context>
<context>
    <name>MsalCacheFile</name>
    <message>
        <source>%1 is not a regular file. Choose another file name for the exported token cache.</source>
        <translation>%1 nie jest zwykłym plikiem. Wybierz inną nazwę pliku dla eksportowanej pamięci podręcznej tokenów.</translation>
    </message>
    <message>
        <source>The token cache could not be written to %1.</source>
        <translation>Nie można zapisać pamięci podręcznej tokenów w pliku %1.</translation>
    </message>
    <message>
        <source>The token cache file %1 could not be read.</source>
        <translation>Nie można odczytać pliku pamięci podręcznej tokenów %1.</translation>
    </message>
    <message>
        <source>The file %1 is not an MSAL token cache.</source>
        <translation>Plik %1 nie jest pamięcią podręczną tokenów MSAL.</translation>
    </message>
</context>
<context>
    <name>NavigationModel</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Function mailboxes</source>
        <translation>Skrzynki współdzielone</translation>
    </message>
    <message>
        <source>Distribution lists</source>
        <translation>Listy dystrybucyjne</translation>
    </message>
    <message>
        <source>Microsoft 365 groups</source>
        <translation>Grupy Microsoft 365</translation>
    </message>
    <message>
        <source>Calendar permissions</source>
        <translation>Uprawnienia do kalendarza</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencje</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Dzierżawa</translation>
    </message>
    <message>
        <source>No tenant open</source>
        <translation>Nie otwarto dzierżawy</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Szkoły</translation>
    </message>
</context>
<context>
    <name>ObjectListPane</name>
    <message>
        <source>Nothing matches the search.</source>
        <translation>Brak wyników wyszukiwania.</translation>
    </message>
    <message>
        <source>Tenantdesk does not show this list yet.</source>
        <translation>Tenantdesk nie pokazuje jeszcze tej listy.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>The new language applies at once to every open window.</source>
        <translation>Nowy język zostanie od razu zastosowany we wszystkich otwartych oknach.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Język systemu (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>Could not read standard input.</source>
        <translation>Nie można odczytać standardowego wejścia.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>The sandbox line is not a JSON object (%1 at character %2).</source>
        <translation>Wiersz piaskownicy nie jest obiektem JSON (%1, znak %2).</translation>
    </message>
    <message>
        <source>%1, valid until %2, SHA-256 %3</source>
        <translation>%1, ważny do %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Add, list, show, remove or choose tenant profiles.</source>
        <translation>Dodawanie, wyświetlanie listy i szczegółów, usuwanie lub wybieranie profili dzierżawy.</translation>
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
        <translation>Użycie:
  profile add NAME --tenant TENANT --client-id ID [--method METHOD] [--authority URL]
              [--graph-url URL] [--exchange-url URL] [--app-client-id ID]
              [--certificate PEM] [--trusted-certificate PEM]
  profile add NAME --from-sandbox JSON|FILE|-
  profile list [--json]
  profile show NAME [--json]
  profile remove NAME
  profile use NAME
METHOD to browser, device-code, client-secret lub client-certificate.</translation>
    </message>
    <message>
        <source>Tenant id or domain.</source>
        <translation>Identyfikator dzierżawy lub domena.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>dzierżawa</translation>
    </message>
    <message>
        <source>Application (client) id.</source>
        <translation>Identyfikator aplikacji (klienta).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in, if different.</source>
        <translation>Identyfikator aplikacji do logowania nienadzorowanego, jeśli jest inny.</translation>
    </message>
    <message>
        <source>Sign-in method.</source>
        <translation>Metoda logowania.</translation>
    </message>
    <message>
        <source>method</source>
        <translation>metoda</translation>
    </message>
    <message>
        <source>Sign-in authority URL.</source>
        <translation>Adres URL urzędu logowania.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Microsoft Graph URL.</source>
        <translation>Adres URL Microsoft Graph.</translation>
    </message>
    <message>
        <source>Exchange Online URL.</source>
        <translation>Adres URL Exchange Online.</translation>
    </message>
    <message>
        <source>PEM file with the application&apos;s certificate and key.</source>
        <translation>Plik PEM z certyfikatem i kluczem aplikacji.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>PEM file with a CA certificate trusted for this profile only.</source>
        <translation>Plik PEM z certyfikatem urzędu certyfikacji zaufanym tylko dla tego profilu.</translation>
    </message>
    <message>
        <source>The JSON line tenantdesk-sandbox printed (text, file or -).</source>
        <translation>Wiersz JSON wypisany przez tenantdesk-sandbox (tekst, plik lub -).</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Nazwa profilu.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;.</source>
        <translation>Nieznana metoda logowania „%1”.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 nie zawiera certyfikatu PEM.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Profil nie został zapisany: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; updated.</source>
        <translation>Zaktualizowano profil „%1”.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Dodano profil „%1”.</translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: tenantdesk-cli profile add NAME ...</source>
        <translation>Nie ma jeszcze żadnych profili. Dodaj profil poleceniem: tenantdesk-cli profile add NAME ...</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Nie ma profilu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Dzierżawa</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Application id for unattended sign-in</source>
        <translation>Identyfikator aplikacji do logowania nienadzorowanego</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metoda logowania</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Urząd logowania</translation>
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
        <translation>Certyfikat</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Zaufany certyfikat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets could not be removed from the keychain; the profile was kept.</source>
        <translation>Nie można usunąć wpisów tajnych profilu z magazynu poświadczeń; profil został zachowany.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the current profile.</source>
        <translation>Bieżący profil to teraz „%1”.</translation>
    </message>
    <message>
        <source>The profile&apos;s local snapshot could not be deleted; the profile was kept.</source>
        <translation>Nie można usunąć lokalnej migawki profilu; profil został zachowany.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed, with its sign-in secrets and its local snapshot.</source>
        <translation>Profil „%1” został usunięty wraz z wpisami tajnymi logowania i lokalną migawką.</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refresh snapshot</source>
        <translation>Odśwież migawkę</translation>
    </message>
    <message>
        <source>The snapshot could not be refreshed: %1</source>
        <translation>Nie można odświeżyć migawki: %1</translation>
    </message>
    <message>
        <source>Refreshing the snapshot…</source>
        <translation>Odświeżanie migawki…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s)</source>
        <comment>refresh progress: phase, objects read so far</comment>
        <translation>
            <numerusform>%1: %n obiekt</numerusform>
            <numerusform>%1: %n obiekty</numerusform>
            <numerusform>%1: %n obiektów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 per second</source>
        <comment>refresh progress: the text so far, objects read per second</comment>
        <translation>%1, %2 na sekundę</translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n minute(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, pozostało około %n minuty</numerusform>
            <numerusform>%1, pozostało około %n minut</numerusform>
            <numerusform>%1, pozostało około %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, about %n second(s) left</source>
        <comment>refresh progress: the text so far</comment>
        <translation>
            <numerusform>%1, pozostało około %n sekundy</numerusform>
            <numerusform>%1, pozostało około %n sekund</numerusform>
            <numerusform>%1, pozostało około %n sekund</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Try to read the tenant again (F5)</source>
        <translation>Spróbuj ponownie odczytać dzierżawę (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop the refresh and keep the snapshot as it was (Esc)</source>
        <translation>Zatrzymaj odświeżanie i zachowaj migawkę bez zmian (Esc)</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Odświeżanie nie powiodło się: %1</translation>
    </message>
    <message>
        <source>Refresh cancelled; the snapshot is as it was.</source>
        <translation>Anulowano odświeżanie; migawka pozostała bez zmian.</translation>
    </message>
    <message>
        <source>Snapshot refreshed.</source>
        <translation>Odświeżono migawkę.</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Szczegóły…</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>A local Microsoft 365 school tenant (identity platform, Graph, Exchange admin REST, OneRoster) over HTTPS on 127.0.0.1. Prints one JSON line describing it, then serves until interrupted.</source>
        <translation>Lokalna szkolna dzierżawa Microsoft 365 (platforma tożsamości, Graph, Exchange admin REST, OneRoster) przez HTTPS na 127.0.0.1. Wypisuje jeden wiersz JSON z jej opisem, a następnie działa do czasu przerwania.</translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation>Port nasłuchiwania (domyślnie: dowolny wolny port).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of schools (default 4).</source>
        <translation>Liczba szkół (domyślnie 4).</translation>
    </message>
    <message>
        <source>Number of users (default 400).</source>
        <translation>Liczba użytkowników (domyślnie 400).</translation>
    </message>
    <message>
        <source>Seed for the generated tenant (default 1).</source>
        <translation>Ziarno (seed) generowanej dzierżawy (domyślnie 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Delay per request in milliseconds, as A-B (default 2-6).</source>
        <translation>Opóźnienie każdego żądania w milisekundach, jako A-B (domyślnie 2-6).</translation>
    </message>
    <message>
        <source>A-B</source>
        <translation>A-B</translation>
    </message>
    <message>
        <source>Throttling profile: off, gentle, graph or storm (default gentle).</source>
        <translation>Profil ograniczania przepustowości: off, gentle, graph lub storm (domyślnie gentle).</translation>
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
        <translation>Przechowuj dzierżawę w tym pliku, aby zmiany przetrwały ponowne uruchomienie.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--port needs a number.</source>
        <translation>--port wymaga liczby.</translation>
    </message>
    <message>
        <source>--schools needs a number from 1 to 500.</source>
        <translation>--schools wymaga liczby od 1 do 500.</translation>
    </message>
    <message>
        <source>--users needs a number from 10 to 1000000.</source>
        <translation>--users wymaga liczby od 10 do 1000000.</translation>
    </message>
    <message>
        <source>--seed needs a number.</source>
        <translation>--seed wymaga liczby.</translation>
    </message>
    <message>
        <source>Behave as Microsoft 365 does where it is harder on clients: strict, or a comma list of switches such as upn-ranges,page-token-expiry=120 (default off; the README lists every switch).</source>
        <translation>Zachowuj się jak Microsoft 365 tam, gdzie jest surowszy dla klientów: strict albo lista przełączników rozdzielonych przecinkami, np. upn-ranges,page-token-expiry=120 (domyślnie off; README opisuje każdy przełącznik).</translation>
    </message>
    <message>
        <source>flat: the --latency-ms delay per request; graph: 60-100 ms plus about 1 ms per object returned, an estimate of real Graph (default flat).</source>
        <translation>flat: opóźnienie z --latency-ms na żądanie; graph: 60–100 ms plus około 1 ms na każdy zwrócony obiekt, szacunek prawdziwego Graph (domyślnie flat).</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (default none).</source>
        <translation>Symulowane błędy z częstościami 0..1, np. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01,reset-after-body=0.01 (domyślnie brak).</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Opóźnienie „%1” nie jest zakresem milisekund, np. 60-100.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Profil ograniczania przepustowości „%1” jest nieznany. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Realism switch &quot;%1&quot; is not understood. Use strict, off or a comma list of: %2.</source>
        <translation>Nie rozpoznano przełącznika realizmu „%1”. Użyj strict, off lub listy rozdzielonej przecinkami z: %2.</translation>
    </message>
    <message>
        <source>Latency model &quot;%1&quot; is unknown. Use flat or graph.</source>
        <translation>Nieznany model opóźnień „%1”. Użyj flat lub graph.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, reset-after-body, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Błąd „%1” jest niezrozumiały. Użyj 503, 504, reset, reset-after-body, truncate lub malformed z częstością od 0 do 1, np. 503=0.05,reset=0.02.</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>The sandbox tenant&apos;s start-up line is not valid JSON (%1).</source>
        <translation>Wiersz startowy dzierżawy piaskownicy nie jest poprawnym JSON-em (%1).</translation>
    </message>
    <message>
        <source>The sandbox tenant printed &quot;%1&quot; instead of its start-up line.</source>
        <translation>Dzierżawa piaskownicy wypisała „%1” zamiast wiersza startowego.</translation>
    </message>
    <message>
        <source>The sandbox tenant was stopped before it was ready.</source>
        <translation>Dzierżawa piaskownicy została zatrzymana, zanim była gotowa.</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed before it was ready.</source>
        <translation>Dzierżawa piaskownicy uległa awarii, zanim była gotowa.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped before it was ready (exit code %1).</source>
        <translation>Dzierżawa piaskownicy zakończyła działanie, zanim była gotowa (kod wyjścia %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant crashed.</source>
        <translation>Dzierżawa piaskownicy uległa awarii.</translation>
    </message>
    <message>
        <source>The sandbox tenant stopped unexpectedly (exit code %1).</source>
        <translation>Dzierżawa piaskownicy nieoczekiwanie zakończyła działanie (kod wyjścia %1).</translation>
    </message>
    <message>
        <source>The sandbox tenant could not be started from %1: %2</source>
        <translation>Nie można uruchomić dzierżawy piaskownicy z %1: %2</translation>
    </message>
    <message>
        <source>%1 Its last error output: %2</source>
        <comment>a sentence, then what the sandbox last wrote to standard error</comment>
        <translation>%1 Ostatnie komunikaty błędów: %2</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Sign in to the profile&apos;s tenant.</source>
        <translation>Zaloguj się do dzierżawy profilu.</translation>
    </message>
    <message>
        <source>Show who is signed in to the profile.</source>
        <translation>Pokaż, kto jest zalogowany w profilu.</translation>
    </message>
    <message>
        <source>Export or import the token cache in MSAL&apos;s format (export-msal-cache, import-msal-cache).</source>
        <translation>Eksportuj lub importuj pamięć podręczną tokenów w formacie MSAL (export-msal-cache, import-msal-cache).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Zalogowano jako %1.</translation>
    </message>
    <message>
        <source>Sign in with a code on another device.</source>
        <translation>Zaloguj się przy użyciu kodu na innym urządzeniu.</translation>
    </message>
    <message>
        <source>Sign in in the web browser.</source>
        <translation>Zaloguj się w przeglądarce internetowej.</translation>
    </message>
    <message>
        <source>Sign in as the application with the client secret in this environment variable.</source>
        <translation>Zaloguj się jako aplikacja przy użyciu klucza tajnego klienta z tej zmiennej środowiskowej.</translation>
    </message>
    <message>
        <source>variable</source>
        <translation>zmienna</translation>
    </message>
    <message>
        <source>Sign in as the application with this PEM certificate and key.</source>
        <translation>Zaloguj się jako aplikacja przy użyciu tego certyfikatu PEM i klucza.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>login takes no positional arguments.</source>
        <translation>Polecenie login nie przyjmuje argumentów pozycyjnych.</translation>
    </message>
    <message>
        <source>Choose one sign-in method.</source>
        <translation>Wybierz jedną metodę logowania.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set.</source>
        <translation>Zmienna środowiskowa %1 jest pusta lub nieustawiona.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;; its tokens and secrets were removed from the keychain.</source>
        <translation>Wylogowano z profilu „%1”; jego tokeny i wpisy tajne zostały usunięte z magazynu poświadczeń.</translation>
    </message>
    <message>
        <source>Not signed in to &quot;%1&quot;. Run: tenantdesk-cli --profile &quot;%1&quot; login</source>
        <translation>Nie zalogowano do profilu „%1”. Uruchom: tenantdesk-cli --profile &quot;%1&quot; login</translation>
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
        <translation>Dzierżawa: %1</translation>
    </message>
    <message>
        <source>Access to %1 until %2</source>
        <translation>Dostęp do %1 ważny do %2</translation>
    </message>
    <message>
        <source>Usage:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</source>
        <translation>Użycie:
  auth export-msal-cache FILE
  auth import-msal-cache FILE</translation>
    </message>
    <message>
        <source>Warning: %1 now holds refresh tokens that let anyone with the file act as the signed-in account. It was created readable by you only; delete it when done.</source>
        <translation>Ostrzeżenie: plik %1 zawiera teraz tokeny odświeżania, które pozwalają każdemu, kto ma ten plik, działać jako zalogowane konto. Plik utworzono z uprawnieniem do odczytu wyłącznie dla bieżącego użytkownika; usuń go po zakończeniu pracy.</translation>
    </message>
    <message>
        <source>Token cache imported into the keychain for &quot;%1&quot;.</source>
        <translation>Zaimportowano pamięć podręczną tokenów do magazynu poświadczeń dla profilu „%1”.</translation>
    </message>
    <message>
        <source>Sign out: remove the profile&apos;s tokens and secrets (--delete-snapshot: its local snapshot too).</source>
        <translation>Wyloguj: usuń tokeny i sekrety profilu (--delete-snapshot: również jego lokalną migawkę).</translation>
    </message>
    <message>
        <source>logout takes no arguments but --delete-snapshot.</source>
        <translation>logout nie przyjmuje argumentów poza --delete-snapshot.</translation>
    </message>
    <message>
        <source>The local snapshot was kept: %1</source>
        <translation>Lokalna migawka została zachowana: %1</translation>
    </message>
    <message>
        <source>Its local snapshot (the tenant&apos;s people) was deleted from this computer.</source>
        <translation>Jego lokalna migawka (osoby dzierżawy) została usunięta z tego komputera.</translation>
    </message>
    <message>
        <source>Usage: login [--device-code | --browser | --client-secret-env VARIABLE | --certificate FILE]</source>
        <translation>Użycie: login [--device-code | --browser | --client-secret-env ZMIENNA | --certificate PLIK]</translation>
    </message>
    <message>
        <source>Usage: logout [--delete-snapshot]</source>
        <translation>Użycie: logout [--delete-snapshot]</translation>
    </message>
    <message>
        <source>Usage: whoami [--json]</source>
        <translation>Użycie: whoami [--json]</translation>
    </message>
</context>
<context>
    <name>SignInError</name>
    <message>
        <source>The sign-in was refused or cancelled. Sign in again, and accept the permissions the console asks for.</source>
        <translation>Logowanie zostało odrzucone lub anulowane. Zaloguj się ponownie i zaakceptuj uprawnienia, o które prosi konsola.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the application&apos;s credentials. Check the client secret or certificate of the profile.</source>
        <translation>Usługa Microsoft 365 nie zaakceptowała poświadczeń aplikacji. Sprawdź klucz tajny klienta lub certyfikat profilu.</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid. Sign in again.</source>
        <translation>Logowanie jest już nieważne. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Kod logowania wygasł przed jego użyciem. Rozpocznij logowanie ponownie.</translation>
    </message>
    <message>
        <source>The sign-in was declined on the other device.</source>
        <translation>Logowanie zostało odrzucone na innym urządzeniu.</translation>
    </message>
</context>
<context>
    <name>SignInHint</name>
    <message>
        <source>The sign-in was cancelled. Choose Try again to start over.</source>
        <translation>Logowanie zostało anulowane. Wybierz pozycję Spróbuj ponownie, aby zacząć od nowa.</translation>
    </message>
    <message>
        <source>Tenantdesk could not reach the sign-in service. Check that this computer is online and that any proxy lets it through, then try again.</source>
        <translation>Program Tenantdesk nie może połączyć się z usługą logowania. Sprawdź, czy ten komputer ma połączenie z internetem i czy ewentualny serwer proxy przepuszcza ruch, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s certificate is not trusted. If your network inspects HTTPS traffic, go back to the first page and add your IT department&apos;s certificate authority under Advanced.</source>
        <translation>Certyfikat usługi logowania nie jest zaufany. Jeśli sieć sprawdza ruch HTTPS, wróć do pierwszej strony i dodaj urząd certyfikacji działu IT w sekcji Zaawansowane.</translation>
    </message>
    <message>
        <source>An address in the profile uses plain HTTP. Go back to the first page and use HTTPS addresses.</source>
        <translation>Adres w profilu używa zwykłego protokołu HTTP. Wróć do pierwszej strony i użyj adresów HTTPS.</translation>
    </message>
    <message>
        <source>Something in the profile is incomplete or wrong. Go back and check the fields.</source>
        <translation>Coś w profilu jest niekompletne lub nieprawidłowe. Wróć i sprawdź pola.</translation>
    </message>
    <message>
        <source>The system keychain could not be used. Check that your keyring is unlocked, then try again.</source>
        <translation>Nie można użyć systemowego magazynu poświadczeń. Sprawdź, czy jest on odblokowany, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this tenant. Go back to the first page and check the tenant id or domain.</source>
        <translation>Usługa Microsoft 365 nie rozpoznaje tej dzierżawy. Wróć do pierwszej strony i sprawdź identyfikator dzierżawy lub domenę.</translation>
    </message>
    <message>
        <source>The application (client) id is not registered in this tenant. Go back to the first page and check the application id and the tenant.</source>
        <translation>Identyfikator aplikacji (klienta) nie jest zarejestrowany w tej dzierżawie. Wróć do pierwszej strony i sprawdź identyfikator aplikacji oraz dzierżawę.</translation>
    </message>
    <message>
        <source>The account you signed in with belongs to another organisation. Sign in with an account of this tenant.</source>
        <translation>Konto użyte do zalogowania należy do innej organizacji. Zaloguj się przy użyciu konta z tej dzierżawy.</translation>
    </message>
    <message>
        <source>The application has not been given consent in this tenant. Ask a global administrator to grant admin consent for it in the Microsoft Entra admin center, then try again.</source>
        <translation>Aplikacja nie uzyskała zgody w tej dzierżawie. Poproś administratora globalnego o udzielenie dla niej zgody administratora w centrum administracyjnym Microsoft Entra, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The tenant did not accept the application&apos;s secret or certificate. Check that it belongs to this application and has not expired, then try again.</source>
        <translation>Dzierżawa nie zaakceptowała klucza tajnego ani certyfikatu aplikacji. Sprawdź, czy należy on do tej aplikacji i czy nie wygasł, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was finished. Choose Try again for a new code.</source>
        <translation>Kod wygasł przed ukończeniem logowania. Wybierz pozycję Spróbuj ponownie, aby uzyskać nowy kod.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Choose Try again and sign in with an account of this tenant.</source>
        <translation>Logowanie zostało odrzucone. Wybierz pozycję Spróbuj ponownie i zaloguj się przy użyciu konta z tej dzierżawy.</translation>
    </message>
    <message>
        <source>The application&apos;s registration does not allow Tenantdesk&apos;s reply address. Ask the administrator to add http://localhost as a redirect address for mobile and desktop applications.</source>
        <translation>Rejestracja aplikacji nie zezwala na adres odpowiedzi programu Tenantdesk. Poproś administratora o dodanie adresu http://localhost jako adresu przekierowania dla aplikacji mobilnych i klasycznych.</translation>
    </message>
    <message>
        <source>The sign-in service is busy. Wait a minute, then try again.</source>
        <translation>Usługa logowania jest zajęta. Odczekaj minutę, a następnie spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Choose Try again. If it keeps failing, give the details below to your service desk.</source>
        <translation>Wybierz pozycję Spróbuj ponownie. Jeśli błąd będzie się powtarzał, przekaż poniższe szczegóły działowi wsparcia.</translation>
    </message>
</context>
<context>
    <name>SignInMethodPage</name>
    <message>
        <source>&amp;Web browser (recommended)</source>
        <translation>Przeglądarka &amp;internetowa (zalecana)</translation>
    </message>
    <message>
        <source>You sign in with your own account in the browser, with multi-factor authentication as usual.</source>
        <translation>Logujesz się własnym kontem w przeglądarce, jak zwykle z uwierzytelnianiem wieloskładnikowym.</translation>
    </message>
    <message>
        <source>&amp;Code on another device</source>
        <translation>&amp;Kod na innym urządzeniu</translation>
    </message>
    <message>
        <source>For computers without a usable browser: you enter a short code on a phone or another computer.</source>
        <translation>Dla komputerów bez dostępnej przeglądarki: wprowadzasz krótki kod na telefonie lub innym komputerze.</translation>
    </message>
    <message>
        <source>Application with a client &amp;secret</source>
        <translation>Aplikacja z kluczem ta&amp;jnym klienta</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a secret from its registration.</source>
        <translation>Dla zadań nienadzorowanych: program Tenantdesk loguje się jako aplikacja przy użyciu klucza tajnego z jej rejestracji.</translation>
    </message>
    <message>
        <source>Application with a cer&amp;tificate</source>
        <translation>Aplikacja z ce&amp;rtyfikatem</translation>
    </message>
    <message>
        <source>For unattended jobs: Tenantdesk signs in as the application, with a certificate uploaded to its registration.</source>
        <translation>Dla zadań nienadzorowanych: program Tenantdesk loguje się jako aplikacja przy użyciu certyfikatu przekazanego do jej rejestracji.</translation>
    </message>
    <message>
        <source>Application credentials</source>
        <translation>Poświadczenia aplikacji</translation>
    </message>
    <message>
        <source>Application (client) &amp;id:</source>
        <translation>I&amp;dentyfikator aplikacji (klienta):</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Klucz &amp;tajny klienta:</translation>
    </message>
    <message>
        <source>Certificate and &amp;key:</source>
        <translation>Certyfikat i k&amp;lucz:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Enter the client secret from the application&apos;s registration.</source>
        <translation>Wprowadź klucz tajny klienta z rejestracji aplikacji.</translation>
    </message>
    <message>
        <source>Choose the PEM file with the application&apos;s certificate and its private key.</source>
        <translation>Wybierz plik PEM z certyfikatem aplikacji i jego kluczem prywatnym.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku certyfikatu %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Plik %1 nie zawiera certyfikatu w formacie PEM.</translation>
    </message>
    <message>
        <source>The file %1 has the certificate but not its private key. Choose a PEM file with both.</source>
        <translation>Plik %1 zawiera certyfikat, ale nie jego klucz prywatny. Wybierz plik PEM zawierający oba elementy.</translation>
    </message>
    <message>
        <source>Choose the certificate and key</source>
        <translation>Wybierz certyfikat i klucz</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Pliki PEM (*.pem);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Metoda logowania</translation>
    </message>
    <message>
        <source>How Tenantdesk signs in to the tenant.</source>
        <translation>Sposób, w jaki program Tenantdesk loguje się do dzierżawy.</translation>
    </message>
    <message>
        <source>The same as on the first page</source>
        <translation>Taki sam jak na pierwszej stronie</translation>
    </message>
    <message>
        <source>The same as on the first page (%1)</source>
        <translation>Taki sam jak na pierwszej stronie (%1)</translation>
    </message>
    <message>
        <source>The secret goes to this computer&apos;s keychain, never into Tenantdesk&apos;s settings.</source>
        <translation>Klucz tajny trafia do magazynu poświadczeń tego komputera, nigdy do ustawień programu Tenantdesk.</translation>
    </message>
    <message>
        <source>Tenantdesk remembers where the file is; keep it where only you can read it.</source>
        <translation>Program Tenantdesk zapamiętuje lokalizację pliku; przechowuj go tam, gdzie nikt poza tobą nie może go odczytać.</translation>
    </message>
</context>
<context>
    <name>SigningInPage</name>
    <message>
        <source>Contacting the sign-in service…</source>
        <translation>Łączenie z usługą logowania…</translation>
    </message>
    <message>
        <source>A browser window has opened. Sign in there; Tenantdesk continues by itself when you are done.</source>
        <translation>Otwarto okno przeglądarki. Zaloguj się w nim; po zakończeniu program Tenantdesk będzie kontynuować automatycznie.</translation>
    </message>
    <message>
        <source>If no browser window opened, open this address in a browser yourself:</source>
        <translation>Jeśli okno przeglądarki się nie otworzyło, samodzielnie otwórz ten adres w przeglądarce:</translation>
    </message>
    <message>
        <source>On a phone or another computer, open the address below, enter this code and sign in:</source>
        <translation>Na telefonie lub innym komputerze otwórz poniższy adres, wprowadź ten kod i zaloguj się:</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Kopiuj kod</translation>
    </message>
    <message>
        <source>T&amp;ry again</source>
        <translation>&amp;Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Details for the service desk</source>
        <translation>Szczegóły dla działu wsparcia</translation>
    </message>
    <message>
        <source>The code has expired. Choose Back and then Next for a new code.</source>
        <translation>Kod wygasł. Wybierz pozycję Wstecz, a następnie Dalej, aby uzyskać nowy kod.</translation>
    </message>
    <message numerus="yes">
        <source>The code expires in %n minute(s).</source>
        <translation>
            <numerusform>Kod wygaśnie za %n minutę.</numerusform>
            <numerusform>Kod wygaśnie za %n minuty.</numerusform>
            <numerusform>Kod wygaśnie za %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>Sign in with an account of the tenant. Back or Cancel stops the sign-in.</source>
        <translation>Zaloguj się przy użyciu konta z dzierżawy. Przycisk Wstecz lub Anuluj przerywa logowanie.</translation>
    </message>
    <message>
        <source>The sign-in did not succeed.</source>
        <translation>Logowanie nie powiodło się.</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>Logowanie powiodło się.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Zalogowano jako %1.</translation>
    </message>
</context>
<context>
    <name>SnapshotCommands</name>
    <message>
        <source>Bring the local snapshot up to date (full sync the first time, then changes only).</source>
        <translation>Zaktualizuj lokalną migawkę (za pierwszym razem pełna synchronizacja, potem tylko zmiany).</translation>
    </message>
    <message>
        <source>List users from the local snapshot (works offline).</source>
        <translation>Wyświetl listę użytkowników z lokalnej migawki (działa w trybie offline).</translation>
    </message>
    <message>
        <source>List the snapshot&apos;s generations, or show what changed between two (list, diff).</source>
        <translation>Wyświetl listę generacji migawki lub pokaż, co zmieniło się między dwiema generacjami (list, diff).</translation>
    </message>
    <message>
        <source>Read everything again instead of only the changes.</source>
        <translation>Odczytaj wszystko ponownie zamiast tylko zmian.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Wypisz podsumowanie w formacie JSON.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 16).</source>
        <translation>Liczba jednoczesnych żądań (domyślnie 16).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>liczba</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>Polecenie sync nie przyjmuje argumentów pozycyjnych.</translation>
    </message>
    <message>
        <source>%1: %2 objects, %3 requests, %4 objects/s</source>
        <translation>%1: obiekty: %2, żądania: %3, obiekty/s: %4</translation>
    </message>
    <message>
        <source>(about %1 s left)</source>
        <translation>(pozostało ok. %1 s)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Full sync complete (generation %1).</source>
        <translation>Ukończono pełną synchronizację (generacja %1).</translation>
    </message>
    <message>
        <source>Changes applied (generation %1).</source>
        <translation>Zastosowano zmiany (generacja %1).</translation>
    </message>
    <message>
        <source>%1 requests, %2 retries, %3 s</source>
        <translation>żądania: %1, ponowne próby: %2, czas: %3 s</translation>
    </message>
    <message>
        <source>Only users whose name, address or school contains this text.</source>
        <translation>Tylko użytkownicy, których nazwa, adres lub szkoła zawiera ten tekst.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Only users of this school (name or id).</source>
        <translation>Tylko użytkownicy z tej szkoły (nazwa lub identyfikator).</translation>
    </message>
    <message>
        <source>school</source>
        <translation>szkoła</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Wypisz w formacie JSON.</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>Wypisz w formacie CSV.</translation>
    </message>
    <message>
        <source>Usage: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</source>
        <translation>Użycie: users list [--filter TEXT] [--school SCHOOL] [--json|--csv]</translation>
    </message>
    <message>
        <source>There is no snapshot of &quot;%1&quot; yet. Run: tenantdesk-cli --profile &quot;%1&quot; sync</source>
        <translation>Nie ma jeszcze migawki profilu „%1”. Uruchom: tenantdesk-cli --profile &quot;%1&quot; sync</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n użytkownik.</numerusform>
            <numerusform>%n użytkownicy.</numerusform>
            <numerusform>%n użytkowników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Użycie:
  snapshot list [--json]
  snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  +%5 ~%6 -%7</source>
        <translation>%1  %2  %3  %4  +%5 ~%6 -%7</translation>
    </message>
    <message>
        <source>full</source>
        <translation>pełna</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>zmiany</translation>
    </message>
    <message>
        <source>Only changes that concern this school (id).</source>
        <translation>Tylko zmiany dotyczące tej szkoły (identyfikator).</translation>
    </message>
    <message>
        <source>Usage: snapshot diff A B [--school SCHOOL] [--json]</source>
        <translation>Użycie: snapshot diff A B [--school SCHOOL] [--json]</translation>
    </message>
    <message>
        <source>A and B are generation numbers; see: snapshot list</source>
        <translation>A i B to numery generacji; zobacz: snapshot list</translation>
    </message>
    <message>
        <source>No differences between generation %1 and %2.</source>
        <translation>Brak różnic między generacjami %1 i %2.</translation>
    </message>
    <message>
        <source>Usage: sync [--full] [--json] [--parallel COUNT]</source>
        <translation>Użycie: sync [--full] [--json] [--parallel LICZBA]</translation>
    </message>
</context>
<context>
    <name>SnapshotDatabase</name>
    <message>
        <source>The local snapshot could not be read or written (step: %1).</source>
        <translation>Nie można odczytać ani zapisać lokalnej migawki (krok: %1).</translation>
    </message>
    <message>
        <source>The local snapshot was written by a newer version of Tenantdesk (schema %1; this version reads up to schema %2). Update Tenantdesk or remove the snapshot file.</source>
        <translation>Lokalna migawka została zapisana przez nowszą wersję programu Tenantdesk (schemat %1; ta wersja odczytuje schematy do wersji %2). Zaktualizuj program Tenantdesk lub usuń plik migawki.</translation>
    </message>
    <message>
        <source>The local snapshot is being updated; try again when the refresh has finished.</source>
        <translation>Lokalna migawka jest aktualizowana; spróbuj ponownie po zakończeniu odświeżania.</translation>
    </message>
    <message>
        <source>The local snapshot %1 could not be deleted: %2</source>
        <translation>Nie można usunąć lokalnej migawki %1: %2</translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation>nie można utworzyć jej pliku blokady</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message>
        <source>Refresh %1 is not in the local snapshot: it did not finish, or it is older than the refreshes the snapshot keeps.</source>
        <translation>Odświeżenia %1 nie ma w lokalnej migawce: nie zostało ukończone lub jest starsze niż odświeżenia przechowywane w migawce.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>The local snapshot %1 could not be deleted: it is being read or refreshed. Try again when that has finished.</source>
        <translation>Nie można usunąć lokalnej migawki %1: jest właśnie odczytywana lub odświeżana. Spróbuj ponownie po zakończeniu.</translation>
    </message>
</context>
<context>
    <name>SnapshotSync</name>
    <message>
        <source>Preparing the full sync</source>
        <translation>Przygotowywanie pełnej synchronizacji</translation>
    </message>
    <message>
        <source>Listing users, groups and schools</source>
        <translation>Pobieranie listy użytkowników, grup i szkół</translation>
    </message>
    <message>
        <source>Replaying changes made during the sync</source>
        <translation>Odtwarzanie zmian wprowadzonych podczas synchronizacji</translation>
    </message>
    <message>
        <source>Fetching changes</source>
        <translation>Pobieranie zmian</translation>
    </message>
    <message>
        <source>The saved change-tracking link has expired, so a full sync is done instead.</source>
        <translation>Zapisany link śledzenia zmian wygasł, więc zamiast tego jest wykonywana pełna synchronizacja.</translation>
    </message>
    <message>
        <source>Saving the snapshot</source>
        <translation>Zapisywanie migawki</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>No update of the local snapshot is in progress.</source>
        <translation>Nie trwa żadna aktualizacja lokalnej migawki.</translation>
    </message>
    <message>
        <source>Another Tenantdesk window or process is updating the local snapshot.</source>
        <translation>Inne okno lub proces programu Tenantdesk aktualizuje lokalną migawkę.</translation>
    </message>
    <message>
        <source>Only a full read can tell which objects no longer exist.</source>
        <translation>Tylko pełny odczyt pozwala ustalić, które obiekty już nie istnieją.</translation>
    </message>
    <message>
        <source>The snapshot was not updated because an earlier write failed.</source>
        <translation>Migawka nie została zaktualizowana, ponieważ wcześniejszy zapis się nie powiódł.</translation>
    </message>
</context>
<context>
    <name>TenantDetailsPage</name>
    <message>
        <source>Tenantdesk needs to know which tenant to open and which registered application it signs in with. Your Microsoft 365 administrator finds both in the Microsoft Entra admin center.</source>
        <translation>Program Tenantdesk musi wiedzieć, którą dzierżawę otworzyć i przy użyciu której zarejestrowanej aplikacji ma się logować. Administrator Microsoft 365 znajdzie obie te informacje w centrum administracyjnym Microsoft Entra.</translation>
    </message>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>&amp;Nazwa profilu:</translation>
    </message>
    <message>
        <source>For example: Odense schools</source>
        <translation>Na przykład: Szkoły w Krakowie</translation>
    </message>
    <message>
        <source>&amp;Tenant id or domain:</source>
        <translation>Identyfikator &amp;dzierżawy lub domena:</translation>
    </message>
    <message>
        <source>&amp;Application (client) id:</source>
        <translation>Identyfikator &amp;aplikacji (klienta):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>Sign-in a&amp;uthority:</source>
        <translation>&amp;Urząd logowania:</translation>
    </message>
    <message>
        <source>&amp;Graph URL:</source>
        <translation>Adres URL &amp;Graph:</translation>
    </message>
    <message>
        <source>E&amp;xchange URL:</source>
        <translation>Adres URL &amp;Exchange:</translation>
    </message>
    <message>
        <source>Trusted certificate authorit&amp;y:</source>
        <translation>Zaufany urząd &amp;certyfikacji:</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Only needed when your network inspects HTTPS traffic: a PEM file with the certificate of the authority your IT department uses.</source>
        <translation>Potrzebne tylko wtedy, gdy sieć sprawdza ruch HTTPS: plik PEM z certyfikatem urzędu certyfikacji używanego przez dział IT.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>Nie można odczytać pliku urzędu certyfikacji %1: %2</translation>
    </message>
    <message>
        <source>The file %1 does not contain a certificate in PEM format.</source>
        <translation>Plik %1 nie zawiera certyfikatu w formacie PEM.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists on this computer. Choose another name.</source>
        <translation>Profil o nazwie „%1” już istnieje na tym komputerze. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>Wybierz urząd certyfikacji</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty PEM (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Dzierżawa</translation>
    </message>
    <message>
        <source>Which Microsoft 365 tenant to connect, and the application registered in it for Tenantdesk.</source>
        <translation>Dzierżawa Microsoft 365, z którą ma nastąpić połączenie, oraz zarejestrowana w niej aplikacja dla programu Tenantdesk.</translation>
    </message>
    <message>
        <source>None: trust the system&apos;s certificate authorities</source>
        <translation>Brak: ufaj urzędom certyfikacji systemu</translation>
    </message>
    <message>
        <source>Keep the certificate authority saved in this profile</source>
        <translation>Zachowaj urząd certyfikacji zapisany w tym profilu</translation>
    </message>
</context>
<context>
    <name>TenantProfile</name>
    <message>
        <source>Could not write the settings file %1.</source>
        <translation>Nie można zapisać pliku ustawień %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s start-up line has no &quot;%1&quot; field.</source>
        <translation>Wiersz startowy piaskownicy nie zawiera pola „%1”.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profil musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Enter the tenant id or one of its domains.</source>
        <translation>Wprowadź identyfikator dzierżawy lub jedną z jej domen.</translation>
    </message>
    <message>
        <source>Enter the application (client) id.</source>
        <translation>Wprowadź identyfikator aplikacji (klienta).</translation>
    </message>
    <message>
        <source>The Graph and Exchange resource identifiers must not be empty.</source>
        <translation>Identyfikatory zasobów Graph i Exchange nie mogą być puste.</translation>
    </message>
    <message>
        <source>Certificate sign-in needs the path of a PEM file with the certificate and its key.</source>
        <translation>Logowanie certyfikatem wymaga ścieżki do pliku PEM z certyfikatem i jego kluczem.</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Przeglądarka internetowa</translation>
    </message>
    <message>
        <source>Code on another device</source>
        <translation>Kod na innym urządzeniu</translation>
    </message>
    <message>
        <source>Application with a client secret</source>
        <translation>Aplikacja z kluczem tajnym klienta</translation>
    </message>
    <message>
        <source>Application with a certificate</source>
        <translation>Aplikacja z certyfikatem</translation>
    </message>
    <message>
        <source>The sign-in authority is not a valid URL.</source>
        <translation>Urząd logowania nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>The sign-in authority must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Urząd logowania musi używać protokołu HTTPS (zwykły protokół HTTP jest dozwolony tylko w połączeniach z tym komputerem).</translation>
    </message>
    <message>
        <source>The Graph URL is not a valid URL.</source>
        <translation>Adres URL Graph nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>The Graph URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Adres URL Graph musi używać protokołu HTTPS (zwykły protokół HTTP jest dozwolony tylko w połączeniach z tym komputerem).</translation>
    </message>
    <message>
        <source>The Exchange URL is not a valid URL.</source>
        <translation>Adres URL Exchange nie jest prawidłowym adresem URL.</translation>
    </message>
    <message>
        <source>The Exchange URL must use HTTPS (plain HTTP is allowed only to this computer).</source>
        <translation>Adres URL Exchange musi używać protokołu HTTPS (zwykły protokół HTTP jest dozwolony tylko w połączeniach z tym komputerem).</translation>
    </message>
</context>
<context>
    <name>TenantSession</name>
    <message>
        <source>The certificate %1 is not the one saved in the profile. Save it in the profile first.</source>
        <translation>Certyfikat %1 nie jest certyfikatem zapisanym w profilu. Najpierw zapisz go w profilu.</translation>
    </message>
    <message>
        <source>The sign-in worked but could not be saved in the keychain: %1</source>
        <translation>Logowanie powiodło się, ale nie można go zapisać w magazynie poświadczeń: %1</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>No snapshot</source>
        <translation>Brak migawki</translation>
    </message>
    <message>
        <source>Snapshot: just now</source>
        <translation>Migawka: przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n minute(s) old</source>
        <translation>
            <numerusform>Wiek migawki: %n minuta</numerusform>
            <numerusform>Wiek migawki: %n minuty</numerusform>
            <numerusform>Wiek migawki: %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n hour(s) old</source>
        <translation>
            <numerusform>Wiek migawki: %n godzina</numerusform>
            <numerusform>Wiek migawki: %n godziny</numerusform>
            <numerusform>Wiek migawki: %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot: %n day(s) old</source>
        <translation>
            <numerusform>Wiek migawki: %n dzień</numerusform>
            <numerusform>Wiek migawki: %n dni</numerusform>
            <numerusform>Wiek migawki: %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — no snapshot of this tenant yet</source>
        <translation>Offline — brak jeszcze migawki tej dzierżawy</translation>
    </message>
    <message>
        <source>Offline — showing the snapshot from just now</source>
        <translation>Offline — wyświetlana jest migawka sprzed chwili</translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n minute(s) ago</source>
        <translation>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n minuty</numerusform>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n minut</numerusform>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n hour(s) ago</source>
        <translation>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n godziny</numerusform>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n godzin</numerusform>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline — showing the snapshot from %n day(s) ago</source>
        <translation>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n dnia</numerusform>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n dni</numerusform>
            <numerusform>Offline — wyświetlana jest migawka sprzed %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCacheStore</name>
    <message>
        <source>The saved sign-in of profile %1 could not be read from the keychain.</source>
        <translation>Nie można odczytać zapisanego logowania profilu %1 z magazynu poświadczeń.</translation>
    </message>
    <message>
        <source>The sign-in of profile %1 could not be saved in the keychain.</source>
        <translation>Nie można zapisać logowania profilu %1 w magazynie poświadczeń.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be read from the keychain.</source>
        <translation>Nie można odczytać klucza tajnego klienta profilu %1 z magazynu poświadczeń.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 could not be saved in the keychain.</source>
        <translation>Nie można zapisać klucza tajnego klienta profilu %1 w magazynie poświadczeń.</translation>
    </message>
    <message>
        <source>The secrets of profile %1 could not be removed from the keychain.</source>
        <translation>Nie można usunąć wpisów tajnych profilu %1 z magazynu poświadczeń.</translation>
    </message>
    <message>
        <source>The saved sign-in of profile %1 in the keychain is damaged. Sign in again.</source>
        <translation>Zapisane w magazynie poświadczeń logowanie profilu %1 jest uszkodzone. Zaloguj się ponownie.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in answer could not be checked. Sign in again.</source>
        <translation>Nie udało się sprawdzić odpowiedzi logowania. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The sign-in answer was issued to another application (%1) than this profile&apos;s (%2).</source>
        <translation>Odpowiedź logowania została wystawiona dla innej aplikacji (%1) niż aplikacja tego profilu (%2).</translation>
    </message>
    <message>
        <source>The account signed in belongs to another tenant (%1) than this profile&apos;s (%2).</source>
        <translation>Zalogowane konto należy do innej dzierżawy (%1) niż dzierżawa tego profilu (%2).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <source>The sign-in answer has already expired. Check that this computer&apos;s date and time are right, and sign in again.</source>
        <translation>Odpowiedź logowania już wygasła. Sprawdź, czy data i godzina na tym komputerze są poprawne, i zaloguj się ponownie.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Enabled</source>
        <comment>user account state: can sign in</comment>
        <translation>Włączone</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>user account state: sign-in blocked</comment>
        <translation>Wyłączone</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>user account state: in the tenant&apos;s recycle bin, restorable</comment>
        <translation>Usunięte</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>users list column</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>User name</source>
        <comment>users list column: the userPrincipalName used to sign in</comment>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>users list column</comment>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>School</source>
        <comment>users list column</comment>
        <translation>Szkoła</translation>
    </message>
    <message>
        <source>Licences</source>
        <comment>users list column</comment>
        <translation>Licencje</translation>
    </message>
    <message>
        <source>State</source>
        <comment>users list column: enabled, disabled or deleted</comment>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>UsersPane</name>
    <message>
        <source>(none)</source>
        <comment>details pane: an empty field</comment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Szkoły</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencje</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last read from the tenant</source>
        <translation>Ostatni odczyt z dzierżawy</translation>
    </message>
    <message>
        <source>Reading the snapshot…</source>
        <translation>Odczytywanie migawki…</translation>
    </message>
    <message>
        <source>No snapshot yet — Refresh (F5) to read the tenant.</source>
        <translation>Nie ma jeszcze migawki — wybierz pozycję Odśwież (F5), aby odczytać dzierżawę.</translation>
    </message>
    <message>
        <source>No user matches the search or the school chosen.</source>
        <translation>Żaden użytkownik nie pasuje do wyszukiwania lub wybranej szkoły.</translation>
    </message>
    <message>
        <source>The snapshot holds no users.</source>
        <translation>Migawka nie zawiera użytkowników.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n użytkownik</numerusform>
            <numerusform>%n użytkownicy</numerusform>
            <numerusform>%n użytkowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s)</source>
        <comment>users list: the users shown of all users in the snapshot</comment>
        <translation>
            <numerusform>%1 z %n użytkownika</numerusform>
            <numerusform>%1 z %n użytkowników</numerusform>
            <numerusform>%1 z %n użytkowników</numerusform>
        </translation>
    </message>
    <message>
        <source>The snapshot could not be read: %1</source>
        <translation>Nie można odczytać migawki: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the embedded sandbox tenant at start, skipping the first-run screen.</source>
        <translation>Otwórz wbudowaną dzierżawę piaskownicy przy uruchomieniu, pomijając ekran powitalny.</translation>
    </message>
    <message>
        <source>Use this interface language for this run (en, da, nb, de, pl, et).</source>
        <translation>Użyj tego języka interfejsu w tym uruchomieniu (en, da, nb, de, pl, et).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>Save a picture of the main window to this file once it is shown, then quit.</source>
        <translation>Zapisz obraz okna głównego w tym pliku po jego wyświetleniu, a następnie zakończ.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>Tenantdesk: a Microsoft 365 console for school service desks.</source>
        <translation>Tenantdesk: konsola Microsoft 365 dla szkolnych działów wsparcia.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use one of: %2.</source>
        <translation>Nieznany język „%1”. Użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Sandbox tenant</source>
        <translation>Dzierżawa piaskownicy</translation>
    </message>
    <message>
        <source>The sandbox tenant could not start: %1</source>
        <translation>Nie można uruchomić dzierżawy piaskownicy: %1</translation>
    </message>
    <message>
        <source>The sandbox tenant&apos;s profile could not be saved: %1</source>
        <translation>Nie można zapisać profilu dzierżawy piaskownicy: %1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj się</translation>
    </message>
    <message>
        <source>Tenantdesk could not sign out: %1</source>
        <translation>Program Tenantdesk nie mógł wykonać wylogowania: %1</translation>
    </message>
    <message>
        <source>Signed out, but the local snapshot was not deleted: %1</source>
        <translation>Wylogowano, ale lokalna migawka nie została usunięta: %1</translation>
    </message>
</context>
</TS>
