// The e-mail address policy: names become ASCII addresses the way the schools' own policy writes them
// (no æ, ø, å or any other non-ASCII letter), and a name that is taken gets a number.
#include "core/addresspolicy.h"

#include <QTest>

class TestAddressPolicy : public QObject
{
    Q_OBJECT
private slots:
    void asciiSlug_data();
    void asciiSlug();
    void slugsAreAlwaysAsciiAddresses_data();
    void slugsAreAlwaysAsciiAddresses();
    void isAsciiAddress_data();
    void isAsciiAddress();
    void collisionsGetTheNextFreeNumber();
    void aliasesAreCutAndNeverEmpty();
    void eachPolicyKeepsItsOwnAliases();
};

void TestAddressPolicy::asciiSlug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");

    // Danish and Norwegian
    QTest::newRow("da æ ø å") << "Ærøe Ågesen"
                              << "aeroee-aagesen";
    QTest::newRow("da ø") << "Søren.Østergaard"
                          << "soeren.oestergaard";
    QTest::newRow("nb å") << "Åse Bråten"
                          << "aase-braaten";
    QTest::newRow("da upper case") << "ÆBLE ØEN ÅEN"
                                   << "aeble-oeen-aaen";
    // German
    QTest::newRow("de ä ö ü") << "Jürgen Möller-Käß"
                              << "juergen-moeller-kaess";
    QTest::newRow("de upper case") << "ÄNNE ÖZ ÜBEL"
                                   << "aenne-oez-uebel";
    QTest::newRow("de ß") << "Strauß"
                          << "strauss";
    QTest::newRow("de capital ẞ") << "STRAUẞ"
                                  << "strauss";
    // Polish
    QTest::newRow("pl ł ż ó") << "Łucja.Żółkiewska"
                              << "lucja.zolkiewska";
    QTest::newRow("pl ą ę ś ź ć ń") << "Wąsowska Jęczeń Ściźć"
                                    << "wasowska-jeczen-scizc";
    QTest::newRow("pl upper case") << "ĄĘŚŹĆŃÓŁŻ"
                                   << "aeszcnolz";
    // Estonian. ä, ö and ü follow the one rule for every language (ae, oe, ue), as addresses are made today.
    QTest::newRow("et õ š ž") << "Tõnu.Šmidt-Žukovski"
                              << "tonu.smidt-zukovski";
    QTest::newRow("et upper case Õ") << "ÕUN"
                                     << "oun";
    QTest::newRow("et ä ö ü") << "Mägi Öö Ülle"
                              << "maegi-oeoe-uelle";
    // Any other accented letter loses its accent.
    QTest::newRow("accents") << "Zoë Chloé Núñez François"
                             << "zoe-chloe-nunez-francois";
    QTest::newRow("Turkish") << "Çelik Şahin Yıldız Ağaoğlu İlhan"
                             << "celik-sahin-yildiz-agaoglu-ilhan";
    QTest::newRow("stroke and ligature letters") << "Đorđević Sigurð Þór Œrsted"
                                                 << "dordevic-sigurd-thor-oersted";
    // Letters with no Latin spelling are left out.
    QTest::newRow("Cyrillic") << "Анна Hansen"
                              << "hansen";
    // Spaces, '_' and '/' become '-', hyphens and dots stay, other punctuation goes.
    QTest::newRow("spaces") << "Anna Maria.von der Heide"
                            << "anna-maria.von-der-heide";
    QTest::newRow("hyphen kept") << "Nielsen-Bak"
                                 << "nielsen-bak";
    QTest::newRow("apostrophe") << "O'Brien"
                                << "obrien";
    QTest::newRow("typographic apostrophe") << "D’Angelo"
                                            << "dangelo";
    QTest::newRow("underscore and slash") << "3a_Dansk/Engelsk"
                                          << "3a-dansk-engelsk";
    QTest::newRow("other punctuation") << "Anna (Vikar), 2.b!"
                                       << "anna-vikar-2.b";
    QTest::newRow("separator runs collapse") << "Anna  --  Hansen"
                                             << "anna-hansen";
    QTest::newRow("dot wins over hyphen") << "Anna -.Hansen"
                                          << "anna.hansen";
    QTest::newRow("no separator at the ends") << " -.Anna Hansen. - "
                                              << "anna-hansen";
    QTest::newRow("lower case") << "ANNA HANSEN"
                                << "anna-hansen";
    QTest::newRow("digits") << "Klasse 10B"
                            << "klasse-10b";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("nothing usable") << "— ’ ·"
                                    << "";
}

void TestAddressPolicy::asciiSlug()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(AddressPolicy::asciiSlug(name), slug);
}

void TestAddressPolicy::slugsAreAlwaysAsciiAddresses_data()
{
    asciiSlug_data();
}

void TestAddressPolicy::slugsAreAlwaysAsciiAddresses()
{
    QFETCH(QString, name);
    const QString slug = AddressPolicy::asciiSlug(name);
    if (!slug.isEmpty())
        QVERIFY2(AddressPolicy::isAsciiAddress(slug + QStringLiteral("@skole.dk")), qPrintable(slug));
}

void TestAddressPolicy::isAsciiAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ascii");
    QTest::newRow("plain") << "anna.hansen@skole.dk" << true;
    QTest::newRow("hyphen, underscore, digits") << "anna-marie_2@skole-7.dk" << true;
    QTest::newRow("alias without domain") << "anna.hansen2" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("æ") << "mæx@skole.dk" << false;
    QTest::newRow("ø") << "søren@skole.dk" << false;
    QTest::newRow("å") << "åse@skole.no" << false;
    QTest::newRow("ü") << "jürgen@schule.de" << false;
    QTest::newRow("ł") << "łucja@szkola.pl" << false;
    QTest::newRow("õ") << "tõnu@kool.ee" << false;
    QTest::newRow("upper case") << "Anna@skole.dk" << false;
    QTest::newRow("space") << "anna hansen@skole.dk" << false;
    QTest::newRow("plus") << "anna+test@skole.dk" << false;
    QTest::newRow("apostrophe") << "o'brien@skole.dk" << false;
}

void TestAddressPolicy::isAsciiAddress()
{
    QFETCH(QString, address);
    QFETCH(bool, ascii);
    QCOMPARE(AddressPolicy::isAsciiAddress(address), ascii);
}

void TestAddressPolicy::collisionsGetTheNextFreeNumber()
{
    AddressPolicy policy;
    // Different spellings of one name meet in one address.
    QCOMPARE(policy.allocateAlias(QStringLiteral("Jens.Møller")), QStringLiteral("jens.moeller"));
    QCOMPARE(policy.allocateAlias(QStringLiteral("Jens.Möller")), QStringLiteral("jens.moeller2"));
    QCOMPARE(policy.allocateAlias(QStringLiteral("jens.moeller")), QStringLiteral("jens.moeller3"));
    // A number that is already taken by a name of its own is skipped.
    QCOMPARE(policy.allocateAlias(QStringLiteral("Anna2")), QStringLiteral("anna2"));
    QCOMPARE(policy.allocateAlias(QStringLiteral("Anna")), QStringLiteral("anna"));
    QCOMPARE(policy.allocateAlias(QStringLiteral("Anna")), QStringLiteral("anna3"));
    QCOMPARE(policy.allocateAlias(QStringLiteral("Anna")), QStringLiteral("anna4"));
}

void TestAddressPolicy::aliasesAreCutAndNeverEmpty()
{
    AddressPolicy policy;
    // The base is cut to 56 characters, leaving room for a number within the 64 of a local part.
    const QString longName = QStringLiteral("Anna-Sofie Charlotte Mathilde Kristiansen-Østergaard Bendtsen");
    const QString alias = policy.allocateAlias(longName);
    QCOMPARE(alias, AddressPolicy::asciiSlug(longName).left(56));
    QCOMPARE(alias.size(), 56);
    QCOMPARE(policy.allocateAlias(longName), alias + QStringLiteral("2"));
    // A cut that ends in a separator drops it.
    const QString cutAtHyphen = QString(55, QLatin1Char('a')) + QStringLiteral("-bb");
    QCOMPARE(policy.allocateAlias(cutAtHyphen), QString(55, QLatin1Char('a')));
    // Nothing usable in the name: "user", then numbered.
    QCOMPARE(policy.allocateAlias(QStringLiteral("Анна")), QStringLiteral("user"));
    QCOMPARE(policy.allocateAlias(QString()), QStringLiteral("user2"));
}

void TestAddressPolicy::eachPolicyKeepsItsOwnAliases()
{
    AddressPolicy first;
    AddressPolicy second;
    QCOMPARE(first.allocateAlias(QStringLiteral("Åse")), QStringLiteral("aase"));
    QCOMPARE(second.allocateAlias(QStringLiteral("Åse")), QStringLiteral("aase"));
}

QTEST_GUILESS_MAIN(TestAddressPolicy)
#include "tst_addresspolicy.moc"
