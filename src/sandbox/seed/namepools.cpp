#include "sandbox/seed/namepools.h"

namespace {
QStringList list(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "Nørre:Nørre:2200|Køge:Køge:4600" -> towns
QVector<NamePools::Town> towns(const char *utf8)
{
    QVector<NamePools::Town> result;
    for (const QString &item : list(utf8)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        result.append({parts.at(0), parts.at(1).isEmpty() ? parts.at(0) : parts.at(1), parts.at(2)});
    }
    return result;
}

NamePools::Language danish()
{
    NamePools::Language l;
    l.code = QStringLiteral("da");
    l.locale = QStringLiteral("da-DK");
    l.country = QStringLiteral("DK");
    l.countryName = QStringLiteral("Danmark");
    l.phonePrefix = QStringLiteral("+45");
    l.femaleNames =
        list("Anna|Sofie|Freja|Ida|Emma|Clara|Laura|Mathilde|Karoline|Signe|Astrid|Mette|Birgitte|Åse|"
             "Anna Maria|Ellen Marie|Line|Nanna|Cecilie|Søs|Maja|Frida|Agnes|Bodil");
    l.maleNames =
        list("Søren|Mads|Rasmus|Frederik|Jens|Bjørn|Anders|Mikkel|Oliver|Magnus|Lars|Jørgen|Niels|Kasper|"
             "Emil|Peter Emil|Thorbjørn|Christian|Aksel|Viggo|Bent|Halfdan");
    l.surnames =
        list("Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|"
             "Petersen|Madsen|Kristensen|Olsen|Thomsen|Møller|Østergaard|Bæk|Kjær|Lund|Holm|Damgaard|"
             "Nielsen-Bak|Ærøe|Grønbæk|Skovgaard|Brøndum|Fæster|Ågesen|Vestergaard|Bækgaard|Due-Sørensen");
    l.towns =
        towns("Nørre::2200|Rødovre::2610|Ølstykke::3650|Køge::4600|Næstved::4700|Hørsholm::2970|"
              "Frederiksværk::3300|Ærøskøbing::5970|Skælskør::4230|Vejle::7100|Aalborg::9000|Brøndby::2605");
    l.kinds = {{text("%1 Gymnasium"), QStringLiteral("%1-gym.dk"), 10, 12, 16, text("Gymnasium, 1.–3.g")},
               {text("%1 Skole"), QStringLiteral("%1skole.dk"), 0, 9, 6, text("Folkeskole, 0.–9. klasse")}};
    l.streets = list("Skolevej|Nørregade|Østergade|Søndergade|Kirkevej|Gymnasievej|Åboulevarden");
    l.studentTitle[0] = l.studentTitle[1] = QStringLiteral("Elev");
    l.teacherTitle[0] = l.teacherTitle[1] = text("Lærer");
    l.staffTitles = list("Skolesekretær|Bibliotekar|Pedel|Administrativ medarbejder|Studievejleder");
    l.itTitle = QStringLiteral("IT-medarbejder");
    l.principalTitle = QStringLiteral("Skoleleder");
    l.calendarFolder = QStringLiteral("Kalender");
    l.allTeachers = text("Alle lærere");
    l.allStaff = QStringLiteral("Alle ansatte");
    l.management = QStringLiteral("Ledelsen");
    l.sharedMailboxes = list("Kontoret|Sekretariatet|Biblioteket");
    l.subjects = list("Matematik|Dansk|Engelsk|Historie|Biologi|Fysik/kemi|Idræt|Musik|Samfundsfag");
    l.classTemplate = QStringLiteral("%1.%2 %3");
    l.upperCaseLetter = true;
    l.studentRoom = QStringLiteral("%1");
    l.staffRoom = text("Lærerværelset");
    l.unitDescription = text("%1 – elever og ansatte");
    return l;
}

NamePools::Language norwegian()
{
    NamePools::Language l;
    l.code = QStringLiteral("nb");
    l.locale = QStringLiteral("nb-NO");
    l.country = QStringLiteral("NO");
    l.countryName = QStringLiteral("Norge");
    l.phonePrefix = QStringLiteral("+47");
    l.femaleNames =
        list("Ingrid|Kari|Solveig|Nora|Emma|Sofie|Maja|Åshild|Ragnhild|Sigrid|Tone|Marit|Hanne|Astrid|Guro|"
             "Anne Lise|Kjersti|Thea|Ida|Liv|Tiril|Åse");
    l.maleNames =
        list("Ola|Per|Bjørn|Håkon|Øystein|Jørgen|Lars|Magnus|Sindre|Eirik|Knut|Trygve|Sverre|Jon Are|Ståle|"
             "Aksel|Henrik|Vegard|Torbjørn|Mathias|Østen|Bård");
    l.surnames =
        list("Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Berg|Haugen|"
             "Hagen|Bakken|Solberg|Strøm|Dahl|Lie|Sæther|Øvrebø|Åsheim|Bråten|Fjærli|Løvås|Hægeland|"
             "Myrvold|Grønli|Tveit-Åsen|Ødegård|Nygård|Bøe|Kvåle");
    l.towns =
        towns("Lillestrøm::2000|Tromsø::9008|Bærum::1337|Drøbak::1440|Ålesund::6002|Førde::6800|Bodø::8006|"
              "Hønefoss::3510|Sandnes::4306|Lørenskog::1470|Årdal::6885|Moss::1530");
    l.kinds = {{text("%1 skole"), QStringLiteral("%1.skole.no"), 1, 10, 6, text("Grunnskole, 1.–10. trinn")},
               {text("%1 videregående skole"), QStringLiteral("%1.vgs.no"), 11, 13, 16,
                text("Videregående skole, Vg1–Vg3")}};
    l.streets = list("Skoleveien|Storgata|Kirkegata|Fjordveien|Åsveien|Sjøgata");
    l.studentTitle[0] = l.studentTitle[1] = QStringLiteral("Elev");
    l.teacherTitle[0] = l.teacherTitle[1] = text("Lærer");
    l.staffTitles = list("Konsulent|Bibliotekar|Vaktmester|Rådgiver|Sekretær");
    l.itTitle = QStringLiteral("IT-konsulent");
    l.principalTitle = QStringLiteral("Rektor");
    l.calendarFolder = QStringLiteral("Kalender");
    l.allTeachers = text("Alle lærere");
    l.allStaff = QStringLiteral("Alle ansatte");
    l.management = QStringLiteral("Ledelsen");
    l.sharedMailboxes = list("Ekspedisjonen|Sekretariatet|Biblioteket");
    l.subjects =
        list("Matematikk|Norsk|Engelsk|Naturfag|Samfunnsfag|Kroppsøving|Musikk|KRLE|Kunst og håndverk");
    l.classTemplate = QStringLiteral("%1%2 %3");
    l.upperCaseLetter = true;
    l.studentRoom = QStringLiteral("%1");
    l.staffRoom = text("Lærerrommet");
    l.unitDescription = text("%1 – elever og ansatte");
    return l;
}

NamePools::Language german()
{
    NamePools::Language l;
    l.code = QStringLiteral("de");
    l.locale = QStringLiteral("de-DE");
    l.country = QStringLiteral("DE");
    l.countryName = QStringLiteral("Deutschland");
    l.phonePrefix = QStringLiteral("+49");
    l.femaleNames =
        list("Anna|Lena|Sophie|Marie|Lea|Hannah|Käthe|Lisa|Katharina|Johanna|Charlotte|Änne|Jördis|Mia|"
             "Greta|Ursula|Birgit|Anna Maria|Marlene|Frauke|Sabine|Hülya|Elif|Wiebke");
    l.maleNames =
        list("Jürgen|Lukas|Jonas|Felix|Maximilian|Paul|Björn|Jörg|Günter|Matthias|Stefan|Tobias|Moritz|"
             "Leon|Karl-Heinz|Hans Peter|Uwe|Sören|Emre|Jörn|Lütfi");
    l.surnames =
        list("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|"
             "Bauer|Richter|Klein|Wolf|Schröder|Neumann|Schwarz|Zimmermann|Braun|Krüger|Hofmann|Lange|"
             "Weiß|Groß|Strauß|Köhler|von der Heide|Müller-Lüdenscheidt|Öztürk|von Bülow|Jäger|Vogel-Süß|"
             "Meißner|Fuß");
    l.towns = towns("München::80331|Köln::50667|Düsseldorf::40213|Lüneburg::21335|Würzburg::97070|"
                    "Gößweinstein::91327|Göttingen::37073|Fürth::90762|Saarbrücken::66111|Tübingen::72070|"
                    "Nürnberg::90402|Osnabrück::49074");
    l.kinds = {
        {text("Gymnasium %1"), QStringLiteral("gymnasium-%1.de"), 5, 12, 10, text("Gymnasium, Klassen 5–12")},
        {text("Gesamtschule %1"), QStringLiteral("gesamtschule-%1.de"), 5, 10, 10,
         text("Integrierte Gesamtschule, Klassen 5–10")}};
    l.streets = list("Schulstraße|Hauptstraße|Am Markt|Lindenallee|Bahnhofstraße|Mühlenweg|Große Straße");
    l.studentTitle[0] = text("Schüler");
    l.studentTitle[1] = text("Schülerin");
    l.teacherTitle[0] = QStringLiteral("Lehrer");
    l.teacherTitle[1] = QStringLiteral("Lehrerin");
    l.staffTitles = list("Sekretariat|Schulbibliothek|Hausmeister|Verwaltung|Schulsozialarbeit");
    l.itTitle = QStringLiteral("IT-Administrator");
    l.principalTitle = QStringLiteral("Schulleitung");
    l.calendarFolder = QStringLiteral("Kalender");
    l.allTeachers = text("Alle Lehrkräfte");
    l.allStaff = QStringLiteral("Alle Mitarbeitenden");
    l.management = QStringLiteral("Schulleitung");
    l.sharedMailboxes = list("Sekretariat|Schulbibliothek|Schulleitung");
    l.subjects = list("Mathematik|Deutsch|Englisch|Biologie|Geschichte|Physik|Sport|Erdkunde|Französisch");
    l.classTemplate = QStringLiteral("%1%2 %3");
    l.upperCaseLetter = false;
    l.studentRoom = QStringLiteral("Klasse %1");
    l.staffRoom = QStringLiteral("Lehrerzimmer");
    l.unitDescription = text("%1 – Schülerinnen, Schüler und Lehrkräfte");
    return l;
}

NamePools::Language polish()
{
    NamePools::Language l;
    l.code = QStringLiteral("pl");
    l.locale = QStringLiteral("pl-PL");
    l.country = QStringLiteral("PL");
    l.countryName = QStringLiteral("Polska");
    l.phonePrefix = QStringLiteral("+48");
    l.femaleNames =
        list("Anna|Maria|Katarzyna|Małgorzata|Agnieszka|Zofia|Łucja|Joanna|Magdalena|Aleksandra|Zuzanna|"
             "Wiktoria|Julia|Natalia|Ewa|Alicja|Jadwiga|Gabriela|Anna Maria|Bożena|Grażyna|Jolanta");
    l.maleNames =
        list("Piotr|Krzysztof|Andrzej|Tomasz|Paweł|Michał|Łukasz|Jakub|Mateusz|Wojciech|Stanisław|Jan|"
             "Kacper|Szymon|Bartłomiej|Grzegorz|Zbigniew|Jerzy|Maciej|Mikołaj|Przemysław|Jan Paweł");
    l.surnames =
        list("Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|"
             "Dąbrowski|Kozłowski|Jankowski|Mazur|Kwiatkowski|Krawczyk|Piotrowski|Grabowski|Pawłowski|"
             "Michalski|Król|Wieczorek|Jabłoński|Wróbel|Zając|Stępień|Górski|Ćwikliński|Żak|Źrałek|Kuźma|"
             "Gęsiak|Łącki|Nowak-Jeleński|Sęk|Ślusarczyk|Żółkiewski|Mańkowski|Gwóźdź|Paździor");
    l.towns = towns("Łódź:Łodzi:90-001|Kraków:Krakowie:30-001|Gdańsk:Gdańsku:80-001|Poznań:Poznaniu:60-001|"
                    "Wrocław:Wrocławiu:50-001|Białystok:Białymstoku:15-001|Rzeszów:Rzeszowie:35-001|"
                    "Toruń:Toruniu:87-100|Częstochowa:Częstochowie:42-200|Zielona Góra:Zielonej Górze:65-001|"
                    "Bielsko-Biała:Bielsku-Białej:43-300|Kielce:Kielcach:25-001");
    l.kinds = {{text("Szkoła Podstawowa nr %2 w %1"), QStringLiteral("sp%2.%1.pl"), 1, 8, 7,
                text("Szkoła podstawowa, klasy 1–8")},
               {text("Liceum Ogólnokształcące nr %2 w %1"), QStringLiteral("lo%2.%1.pl"), 1, 4, 15,
                text("Liceum ogólnokształcące, klasy 1–4")}};
    l.streets = list("ul. Szkolna|ul. Mickiewicza|ul. Kościuszki|ul. Słowackiego|al. Róż|ul. Żeromskiego");
    l.studentTitle[0] = text("Uczeń");
    l.studentTitle[1] = QStringLiteral("Uczennica");
    l.teacherTitle[0] = QStringLiteral("Nauczyciel");
    l.teacherTitle[1] = QStringLiteral("Nauczycielka");
    l.staffTitles = list("Sekretarz szkoły|Bibliotekarz|Woźny|Pedagog szkolny|Pracownik administracji");
    l.itTitle = QStringLiteral("Informatyk");
    l.principalTitle = QStringLiteral("Dyrektor");
    l.calendarFolder = QStringLiteral("Kalendarz");
    l.allTeachers = QStringLiteral("Wszyscy nauczyciele");
    l.allStaff = text("Wszyscy pracownicy");
    l.management = QStringLiteral("Dyrekcja");
    l.sharedMailboxes = list("Sekretariat|Biblioteka|Dyrekcja");
    l.subjects = list("Matematyka|Język polski|Język angielski|Historia|Biologia|Fizyka|Wychowanie fizyczne|"
                      "Geografia|Chemia");
    l.classTemplate = QStringLiteral("%1%2 %3");
    l.upperCaseLetter = false;
    l.studentRoom = QStringLiteral("Klasa %1");
    l.staffRoom = text("Pokój nauczycielski");
    l.unitDescription = text("%1 – uczniowie i pracownicy");
    return l;
}

NamePools::Language estonian()
{
    NamePools::Language l;
    l.code = QStringLiteral("et");
    l.locale = QStringLiteral("et-EE");
    l.country = QStringLiteral("EE");
    l.countryName = QStringLiteral("Eesti");
    l.phonePrefix = QStringLiteral("+372");
    l.femaleNames =
        list("Mari|Kadri|Liis|Triin|Kertu|Anu|Maarja|Pille|Ülle|Tiiu|Õie|Helju|Kätlin|Merike|Eha|Grete|"
             "Sandra|Anna Maria|Laura|Elisabeth|Õnne|Kärt");
    l.maleNames =
        list("Jüri|Tõnu|Mart|Andres|Priit|Rein|Toomas|Märt|Jaan|Kalev|Ülo|Tõnis|Siim|Rasmus|Karl Martin|"
             "Oskar|Sander|Henri|Aivar|Raul|Jüri Mikk");
    l.surnames =
        list("Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves|Pärn|Koppel|Lepik|Kõiv|Raudsepp|Vaher|Oja|Luik|"
             "Kallas|Põder|Järv|Rätsep|Sõber|Õunapuu|Šmidt|Žukovski|Kivi|Lõhmus|Kuusk|Männik|Jõgi|"
             "Kask-Tõnisson|Šults|Võsu");
    l.towns =
        towns("Tallinn:Tallinna:10111|Tartu:Tartu:50090|Pärnu:Pärnu:80010|Narva:Narva:20303|"
              "Viljandi:Viljandi:71020|Rakvere:Rakvere:44307|Võru:Võru:65608|Kuressaare:Kuressaare:93815|"
              "Jõhvi:Jõhvi:41531|Haapsalu:Haapsalu:90502|Põlva:Põlva:63308|Paide:Paide:72711");
    l.kinds = {
        {text("%1 Gümnaasium"), QStringLiteral("%1gym.ee"), 1, 12, 7, text("Gümnaasium, 1.–12. klass")},
        {text("%1 Põhikool"), QStringLiteral("%1pk.ee"), 1, 9, 7, text("Põhikool, 1.–9. klass")}};
    l.streets = list("Kooli|Tartu mnt|Pärnu mnt|Jõe|Õpetajate|Pikk");
    l.studentTitle[0] = l.studentTitle[1] = text("Õpilane");
    l.teacherTitle[0] = l.teacherTitle[1] = text("Õpetaja");
    l.staffTitles = list("Sekretär|Raamatukoguhoidja|Majandusjuhataja|Sotsiaalpedagoog|Õppealajuhataja");
    l.itTitle = QStringLiteral("IT-spetsialist");
    l.principalTitle = QStringLiteral("Direktor");
    l.calendarFolder = QStringLiteral("Kalender");
    l.allTeachers = text("Kõik õpetajad");
    l.allStaff = text("Kõik töötajad");
    l.management = QStringLiteral("Juhtkond");
    l.sharedMailboxes = list("Kantselei|Raamatukogu|Direktsioon");
    l.subjects =
        list("Matemaatika|Eesti keel|Inglise keel|Ajalugu|Bioloogia|Füüsika|Kehaline kasvatus|Muusika|"
             "Loodusõpetus");
    l.classTemplate = QStringLiteral("%1.%2 %3");
    l.upperCaseLetter = false;
    l.studentRoom = QStringLiteral("%1 klass");
    l.staffRoom = text("Õpetajate tuba");
    l.unitDescription = text("%1 – õpilased ja töötajad");
    return l;
}
} // namespace

const QVector<NamePools::Language> &NamePools::languages()
{
    static const QVector<Language> all{danish(), norwegian(), german(), polish(), estonian()};
    return all;
}

QString NamePools::feminineSurname(const Language &language, const QString &surname)
{
    if (language.code != QLatin1String("pl"))
        return surname;
    QStringList parts = surname.split(QLatin1Char('-'));
    for (QString &part : parts) {
        if (part.endsWith(QLatin1String("ski")) || part.endsWith(QLatin1String("cki")) ||
            part.endsWith(QLatin1String("dzki")))
            part[part.size() - 1] = QLatin1Char('a');
    }
    return parts.join(QLatin1Char('-'));
}
