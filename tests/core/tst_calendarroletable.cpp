// The calendar role table: Graph roles ↔ Exchange folder roles ↔ Outlook levels, the roles Graph offers
// each kind of sharee, custom for whatever has no row (never the nearest level), and translated labels.
#include "core/calendarroletable.h"
#include "core/localization.h"

#include <QSet>
#include <QTest>

using Table = CalendarRoleTable;
using Level = CalendarRoleTable::OutlookLevel;
using Sharee = CalendarRoleTable::Sharee;

Q_DECLARE_METATYPE(CalendarRoleTable::OutlookLevel)
Q_DECLARE_METATYPE(CalendarRoleTable::Sharee)

class TestCalendarRoleTable : public QObject
{
    Q_OBJECT
private slots:
    void graphAndExchangeRoles_data();
    void graphAndExchangeRoles();
    void exchangeFlagsAreReadLoosely_data();
    void exchangeFlagsAreReadLoosely();
    void exchangeRolesGraphHasNoNameForAreCustom_data();
    void exchangeRolesGraphHasNoNameForAreCustom();
    void customAndUnknownGraphRolesHaveNoExchangeRole_data();
    void customAndUnknownGraphRolesHaveNoExchangeRole();
    void allGraphRolesInGraphsOrder();
    void allowedRolesPerSharee_data();
    void allowedRolesPerSharee();
    void normalizedFlags_data();
    void normalizedFlags();
    void outlookLevels_data();
    void outlookLevels();
    void customLevelIsNeverGuessed();
    void delegateNeedsThePrivateEventsChoice();
    void labelsAreTranslated();
};

// Every Graph role with its Exchange role and its Outlook level.
void TestCalendarRoleTable::graphAndExchangeRoles_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QString>("rights");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<Level>("level");
    QTest::addColumn<bool>("privateEvents");
    QTest::newRow("none") << "none"
                          << "None"
                          << "None" << Level::None << false;
    QTest::newRow("freeBusyRead") << "freeBusyRead"
                                  << "AvailabilityOnly"
                                  << "None" << Level::FreeBusy << false;
    QTest::newRow("limitedRead") << "limitedRead"
                                 << "LimitedDetails"
                                 << "None" << Level::FreeBusyTitlesLocations << false;
    QTest::newRow("read") << "read"
                          << "Reviewer"
                          << "None" << Level::AllDetails << false;
    QTest::newRow("write") << "write"
                           << "Editor"
                           << "None" << Level::Editor << false;
    QTest::newRow("delegateWithoutPrivateEventAccess") << "delegateWithoutPrivateEventAccess"
                                                       << "Editor"
                                                       << "Delegate" << Level::Delegate << false;
    QTest::newRow("delegateWithPrivateEventAccess")
        << "delegateWithPrivateEventAccess"
        << "Editor"
        << "Delegate, CanViewPrivateItems" << Level::Delegate << true;
}

void TestCalendarRoleTable::graphAndExchangeRoles()
{
    QFETCH(QString, graph);
    QFETCH(QString, rights);
    QFETCH(QString, flags);
    QFETCH(Level, level);
    QFETCH(bool, privateEvents);

    // Graph → Exchange
    Table::ExchangeRole exchange;
    QVERIFY(Table::exchangeRole(graph, &exchange));
    QCOMPARE(exchange.accessRights, rights);
    QCOMPARE(exchange.sharingPermissionFlags, flags);
    // Exchange → Graph, as Exchange spells it and in other letter cases
    QCOMPARE(Table::graphRole(rights, flags), graph);
    QCOMPARE(Table::graphRole(rights.toUpper(), flags.toLower()), graph);
    // An empty flags value is Exchange's "None".
    if (flags == QLatin1String("None"))
        QCOMPARE(Table::graphRole(rights, QString()), graph);

    // Graph ↔ Outlook
    QCOMPARE(Table::outlookLevel(graph), level);
    QCOMPARE(Table::delegateSeesPrivateEvents(graph), privateEvents);
    QCOMPARE(Table::graphRole(level, privateEvents), graph);
    // Exchange ↔ Outlook
    QCOMPARE(Table::outlookLevel(rights, flags), level);
    Table::ExchangeRole fromLevel;
    QVERIFY(Table::exchangeRole(level, privateEvents, &fromLevel));
    QCOMPARE(fromLevel.accessRights, rights);
    QCOMPARE(fromLevel.sharingPermissionFlags, flags);
}

void TestCalendarRoleTable::exchangeFlagsAreReadLoosely_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("graph");
    QTest::newRow("reversed, no space") << "CanViewPrivateItems,Delegate"
                                        << "delegateWithPrivateEventAccess";
    QTest::newRow("extra spaces") << " Delegate ,  CanViewPrivateItems "
                                  << "delegateWithPrivateEventAccess";
    QTest::newRow("lower case") << "delegate"
                                << "delegateWithoutPrivateEventAccess";
    QTest::newRow("empty parts") << "Delegate,,"
                                 << "delegateWithoutPrivateEventAccess";
    QTest::newRow("empty") << ""
                           << "write";
}

void TestCalendarRoleTable::exchangeFlagsAreReadLoosely()
{
    QFETCH(QString, flags);
    QFETCH(QString, graph);
    QCOMPARE(Table::graphRole(QStringLiteral("Editor"), flags), graph);
}

void TestCalendarRoleTable::exchangeRolesGraphHasNoNameForAreCustom_data()
{
    QTest::addColumn<QString>("rights");
    QTest::addColumn<QString>("flags");
    for (const char *rights :
         {"Author", "PublishingEditor", "Owner", "Contributor", "NonEditingAuthor", "PublishingAuthor"})
        QTest::newRow(rights) << rights << "None";
    QTest::newRow("private items without delegate") << "Editor"
                                                    << "CanViewPrivateItems";
    QTest::newRow("delegate flag on Reviewer") << "Reviewer"
                                               << "Delegate";
    QTest::newRow("delegate flag on None") << "None"
                                           << "Delegate";
    QTest::newRow("unknown right") << "FolderVisible"
                                   << "None";
    QTest::newRow("empty right") << ""
                                 << "None";
}

void TestCalendarRoleTable::exchangeRolesGraphHasNoNameForAreCustom()
{
    QFETCH(QString, rights);
    QFETCH(QString, flags);
    QCOMPARE(Table::graphRole(rights, flags), QStringLiteral("custom"));
    QCOMPARE(Table::outlookLevel(rights, flags), Level::Custom);
}

void TestCalendarRoleTable::customAndUnknownGraphRolesHaveNoExchangeRole_data()
{
    QTest::addColumn<QString>("graph");
    QTest::newRow("custom") << "custom";
    QTest::newRow("wrong case") << "Read";
    QTest::newRow("unknown") << "owner";
    QTest::newRow("empty") << "";
}

void TestCalendarRoleTable::customAndUnknownGraphRolesHaveNoExchangeRole()
{
    QFETCH(QString, graph);
    Table::ExchangeRole exchange{QStringLiteral("untouched"), QStringLiteral("untouched")};
    QVERIFY(!Table::exchangeRole(graph, &exchange));
    QCOMPARE(exchange.accessRights, QStringLiteral("untouched"));
    QCOMPARE(Table::outlookLevel(graph), Level::Custom);
    QVERIFY(!Table::delegateSeesPrivateEvents(graph));
}

void TestCalendarRoleTable::allGraphRolesInGraphsOrder()
{
    QCOMPARE(Table::allGraphRoles(),
             (QStringList{QStringLiteral("none"), QStringLiteral("freeBusyRead"),
                          QStringLiteral("limitedRead"), QStringLiteral("read"), QStringLiteral("write"),
                          QStringLiteral("delegateWithoutPrivateEventAccess"),
                          QStringLiteral("delegateWithPrivateEventAccess"), QStringLiteral("custom")}));
}

void TestCalendarRoleTable::allowedRolesPerSharee_data()
{
    QTest::addColumn<Sharee>("sharee");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("My Organization") << Sharee::MyOrganization
                                     << QStringList{"none", "freeBusyRead", "limitedRead", "read", "write"};
    QTest::newRow("internal user") << Sharee::InternalUser
                                   << QStringList{"freeBusyRead",
                                                  "limitedRead",
                                                  "read",
                                                  "write",
                                                  "delegateWithoutPrivateEventAccess",
                                                  "delegateWithPrivateEventAccess"};
    QTest::newRow("internal group") << Sharee::InternalGroup
                                    << QStringList{"freeBusyRead", "limitedRead", "read", "write"};
    QTest::newRow("external") << Sharee::External << QStringList{"freeBusyRead", "limitedRead", "read"};
}

void TestCalendarRoleTable::allowedRolesPerSharee()
{
    QFETCH(Sharee, sharee);
    QFETCH(QStringList, roles);
    QCOMPARE(Table::allowedRoles(sharee), roles);
    // Every role offered can be stored in Exchange and has an Outlook level.
    for (const QString &role : roles) {
        Table::ExchangeRole exchange;
        QVERIFY2(Table::exchangeRole(role, &exchange), qPrintable(role));
        QVERIFY2(Table::outlookLevel(role) != Level::Custom, qPrintable(role));
    }
}

void TestCalendarRoleTable::normalizedFlags_data()
{
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("empty") << ""
                           << "None";
    QTest::newRow("None") << "None"
                          << "None";
    QTest::newRow("Delegate") << "delegate"
                              << "Delegate";
    QTest::newRow("private only") << "CanViewPrivateItems"
                                  << "CanViewPrivateItems";
    QTest::newRow("both, reversed") << "canviewprivateitems,delegate"
                                    << "Delegate, CanViewPrivateItems";
    QTest::newRow("unknown flag dropped") << "Delegate, Something"
                                          << "Delegate";
}

void TestCalendarRoleTable::normalizedFlags()
{
    QFETCH(QString, flags);
    QFETCH(QString, normalized);
    QCOMPARE(Table::normalizedFlags(flags), normalized);
}

// Outlook level → Graph role and back, for both private-event choices.
void TestCalendarRoleTable::outlookLevels_data()
{
    QTest::addColumn<Level>("level");
    QTest::addColumn<bool>("privateEvents");
    QTest::addColumn<QString>("graph");
    QTest::newRow("None") << Level::None << false << "none";
    QTest::newRow("None, private ignored") << Level::None << true << "none";
    QTest::newRow("FreeBusy") << Level::FreeBusy << false << "freeBusyRead";
    QTest::newRow("FreeBusyTitlesLocations") << Level::FreeBusyTitlesLocations << false << "limitedRead";
    QTest::newRow("AllDetails") << Level::AllDetails << false << "read";
    QTest::newRow("AllDetails, private ignored") << Level::AllDetails << true << "read";
    QTest::newRow("Editor") << Level::Editor << false << "write";
    QTest::newRow("Editor, private ignored") << Level::Editor << true << "write";
    QTest::newRow("Delegate") << Level::Delegate << false << "delegateWithoutPrivateEventAccess";
    QTest::newRow("Delegate, private events") << Level::Delegate << true << "delegateWithPrivateEventAccess";
    QTest::newRow("Custom") << Level::Custom << false << "custom";
}

void TestCalendarRoleTable::outlookLevels()
{
    QFETCH(Level, level);
    QFETCH(bool, privateEvents);
    QFETCH(QString, graph);
    QCOMPARE(Table::graphRole(level, privateEvents), graph);
    QCOMPARE(Table::outlookLevel(graph), level);
}

void TestCalendarRoleTable::customLevelIsNeverGuessed()
{
    // Custom has no Exchange role, whatever the private-events choice; the output is left alone.
    for (const bool privateEvents : {false, true}) {
        Table::ExchangeRole exchange{QStringLiteral("untouched"), QStringLiteral("untouched")};
        QVERIFY(!Table::exchangeRole(Level::Custom, privateEvents, &exchange));
        QCOMPARE(exchange.accessRights, QStringLiteral("untouched"));
        QCOMPARE(exchange.sharingPermissionFlags, QStringLiteral("untouched"));
    }
    // Author is close to Editor and PublishingEditor closer still; neither becomes "Can edit".
    QCOMPARE(Table::outlookLevel(QStringLiteral("Author"), QStringLiteral("None")), Level::Custom);
    QCOMPARE(Table::outlookLevel(QStringLiteral("PublishingEditor"), QStringLiteral("None")), Level::Custom);
    QCOMPARE(Table::outlookLevel(QStringLiteral("Owner"), QStringLiteral("None")), Level::Custom);
    // Every level but Custom is one of Graph's roles; allOutlookLevels ends with Custom.
    const QList<Level> levels = Table::allOutlookLevels();
    QCOMPARE(levels.size(), 7);
    QCOMPARE(levels.last(), Level::Custom);
    for (const Level level : levels) {
        if (level != Level::Custom)
            QVERIFY(Table::graphRole(level, false) != QLatin1String("custom"));
    }
}

void TestCalendarRoleTable::delegateNeedsThePrivateEventsChoice()
{
    Table::ExchangeRole without;
    Table::ExchangeRole with;
    QVERIFY(Table::exchangeRole(Level::Delegate, false, &without));
    QVERIFY(Table::exchangeRole(Level::Delegate, true, &with));
    QCOMPARE(without.accessRights, QStringLiteral("Editor"));
    QCOMPARE(with.accessRights, QStringLiteral("Editor"));
    QCOMPARE(without.sharingPermissionFlags, QStringLiteral("Delegate"));
    QCOMPARE(with.sharingPermissionFlags, QStringLiteral("Delegate, CanViewPrivateItems"));
}

void TestCalendarRoleTable::labelsAreTranslated()
{
    Localization localization;
    QVERIFY(localization.apply(QStringLiteral("en")));
    const QList<Level> levels = Table::allOutlookLevels();
    QStringList english;
    for (const Level level : levels)
        english.append(Table::outlookLabel(level));
    QCOMPARE(english.at(int(Level::FreeBusy)), QStringLiteral("Can view when I'm busy"));
    QCOMPARE(english.at(int(Level::FreeBusyTitlesLocations)),
             QStringLiteral("Can view titles and locations"));
    QCOMPARE(english.at(int(Level::AllDetails)), QStringLiteral("Can view all details"));
    QCOMPARE(english.at(int(Level::Editor)), QStringLiteral("Can edit"));

    // Every shipped language names every level, and no two levels alike.
    for (const Localization::Language &language : Localization::supportedLanguages()) {
        QVERIFY(localization.apply(language.code));
        QSet<QString> seen;
        for (int i = 0; i < levels.size(); ++i) {
            const QString label = Table::outlookLabel(levels.at(i));
            QVERIFY2(!label.isEmpty(), qPrintable(language.code));
            QVERIFY2(!seen.contains(label), qPrintable(language.code + QLatin1Char(' ') + label));
            seen.insert(label);
            if (language.code != QLatin1String("en")) // translated, not the English text
                QVERIFY2(label != english.at(i), qPrintable(language.code + QLatin1Char(' ') + label));
        }
    }

    // German uses the words of the German calendar-sharing guide (seed 004).
    QVERIFY(localization.apply(QStringLiteral("de")));
    QCOMPARE(Table::outlookLabel(Level::FreeBusyTitlesLocations),
             QStringLiteral("Eingeschränkte Termindetails"));
    QCOMPARE(Table::outlookLabel(Level::AllDetails), QStringLiteral("Alle Termindetails"));
    QVERIFY(localization.apply(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestCalendarRoleTable)
#include "tst_calendarroletable.moc"
