<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
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
        <source>Nothing to show yet. Objects appear here once the tenant&apos;s snapshot has been read.</source>
        <translation>Nie ma jeszcze nic do wyświetlenia. Obiekty pojawią się tutaj po odczytaniu migawki dzierżawy.</translation>
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
        <source>Injected faults with rates 0..1, e.g. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (default none).</source>
        <translation>Symulowane błędy z częstościami 0..1, np. 503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01 (domyślnie brak).</translation>
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
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>Latency &quot;%1&quot; is not a range of milliseconds such as 60-100.</source>
        <translation>Opóźnienie „%1” nie jest zakresem milisekund, np. 60-100.</translation>
    </message>
    <message>
        <source>Fault &quot;%1&quot; is not understood. Use 503, 504, reset, truncate or malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.</source>
        <translation>Błąd „%1” jest niezrozumiały. Użyj 503, 504, reset, truncate lub malformed z częstością od 0 do 1, np. 503=0.05,reset=0.02.</translation>
    </message>
    <message>
        <source>Throttle profile &quot;%1&quot; is unknown. Use one of: %2.</source>
        <translation>Profil ograniczania przepustowości „%1” jest nieznany. Użyj jednego z: %2.</translation>
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
</context>
</TS>
