// Languages: every shipped language loads from the build, unknown ones are refused, plural forms work.
#include "core/localization.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLocalization : public QObject
{
    Q_OBJECT
private slots:
    void everyShippedLanguageLoads()
    {
        Localization localization;
        const auto languages = Localization::supportedLanguages();
        QCOMPARE(languages.size(), 6);
        for (const auto &language : languages) {
            QVERIFY2(localization.apply(language.code), qPrintable(language.code));
            QCOMPARE(localization.currentLanguage(), language.code);
            QVERIFY(!language.nativeName.isEmpty());
        }
    }

    void translatesThroughTheInstalledTranslator()
    {
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("de")));
        QCOMPARE(QCoreApplication::translate("NavigationModel", "Distribution lists"),
                 QStringLiteral("Verteilerlisten"));
        QVERIFY(localization.apply(QStringLiteral("et")));
        QCOMPARE(QCoreApplication::translate("NavigationModel", "Licences"), QStringLiteral("Litsentsid"));
        QVERIFY(localization.apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("NavigationModel", "Licences"), QStringLiteral("Licences"));
    }

    void englishPluralForms()
    {
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("TenantStatus", "Snapshot: %n hour(s) old", nullptr, 1),
                 QStringLiteral("Snapshot: 1 hour old"));
        QCOMPARE(QCoreApplication::translate("TenantStatus", "Snapshot: %n hour(s) old", nullptr, 5),
                 QStringLiteral("Snapshot: 5 hours old"));
    }

    void polishHasThreePluralForms()
    {
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("pl")));
        const QString one =
            QCoreApplication::translate("TenantStatus", "Snapshot: %n day(s) old", nullptr, 1);
        const QString few =
            QCoreApplication::translate("TenantStatus", "Snapshot: %n day(s) old", nullptr, 3);
        const QString many =
            QCoreApplication::translate("TenantStatus", "Snapshot: %n day(s) old", nullptr, 5);
        QVERIFY(one.contains(QLatin1Char('1')) && few.contains(QLatin1Char('3')) &&
                many.contains(QLatin1Char('5')));
        QVERIFY(!one.contains(QLatin1String("day")));
    }

    void unknownLanguageIsRefusedAndKeepsTheCurrentOne()
    {
        Localization localization;
        QVERIFY(localization.apply(QStringLiteral("da")));
        QVERIFY(!localization.apply(QStringLiteral("xx")));
        QCOMPARE(localization.currentLanguage(), QStringLiteral("da"));
    }

    void settingsRememberTheLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            Settings settings(path);
            QCOMPARE(settings.language(), QString());
            settings.setLanguage(QStringLiteral("nb"));
        }
        Settings settings(path);
        QCOMPARE(settings.language(), QStringLiteral("nb"));
    }

    // The console and the command line read one settings file, whatever each program is called.
    void theConsoleAndTheCommandLineShareTheirSettings()
    {
        QTemporaryDir config;
        const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Tenantdesk"));
        QCoreApplication::setApplicationName(QStringLiteral("tenantdesk-cli"));
        {
            Settings cli;
            cli.setLanguage(QStringLiteral("et"));
            cli.sync();
        }
        QCoreApplication::setApplicationName(QStringLiteral("tenantdesk"));
        const Settings console;
        QCOMPARE(console.language(), QStringLiteral("et"));
        QVERIFY(QFile::exists(config.filePath(QStringLiteral("Tenantdesk/tenantdesk.conf"))));
        QCoreApplication::setApplicationName(name);
        qputenv("XDG_CONFIG_HOME", previous);
    }
};

QTEST_GUILESS_MAIN(TestLocalization)
#include "tst_localization.moc"
