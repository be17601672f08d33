// Tenant profiles: what makes one usable, how it is stored beside others, and how one is made from the
// sandbox's start-up line. Nothing secret is part of a profile.
#include "core/error.h"
#include "core/profilestore.h"
#include "core/tenantprofile.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestTenantProfile : public QObject
{
    Q_OBJECT
private slots:
    void commercialDefaultsAreValid()
    {
        const TenantProfile p = TenantProfile::forCommercialCloud(
            QStringLiteral("Odense"), QStringLiteral("odense.onmicrosoft.com"),
            QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QVERIFY2(p.isValid(), qPrintable(p.validate().join(QLatin1Char(' '))));
        QCOMPARE(
            p.tokenEndpoint().toString(),
            QStringLiteral("https://login.microsoftonline.com/odense.onmicrosoft.com/oauth2/v2.0/token"));
        QCOMPARE(p.deviceCodeEndpoint().toString(),
                 QStringLiteral(
                     "https://login.microsoftonline.com/odense.onmicrosoft.com/oauth2/v2.0/devicecode"));
        QCOMPARE(p.graphScope(), QStringLiteral("https://graph.microsoft.com/.default"));
        QCOMPARE(p.exchangeScope(), QStringLiteral("https://outlook.office365.com/.default"));
        QCOMPARE(p.effectiveAppClientId(), p.clientId);
    }

    void plainHttpOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://graph.microsoft.com/v1.0" << true;
        QTest::newRow("http remote") << "http://graph.microsoft.com/v1.0" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1.0" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/" << true;
        QTest::newRow("http localhost") << "http://localhost:1234/" << true;
        QTest::newRow("http ::1") << "http://[::1]:1234/" << true;
        QTest::newRow("http 127 lookalike") << "http://127.0.0.1.evil.example/" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
        QTest::newRow("no host") << "https:///v1.0" << false;
    }
    void plainHttpOnlyToLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(TenantProfile::isAllowedUrl(QUrl(url)), allowed);
    }

    void validationNamesEachProblem()
    {
        TenantProfile p = TenantProfile::forCommercialCloud(QString(), QString(), QString());
        p.graphUrl = QUrl(QStringLiteral("http://graph.example.com/v1.0"));
        p.signInMethod = TenantProfile::SignInMethod::ClientCertificate;
        const QStringList problems = p.validate();
        QCOMPARE(problems.size(), 5); // name, tenant, client id, Graph URL not HTTPS, certificate path
        QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("Graph URL")));
    }

    void jsonRoundTrip()
    {
        TenantProfile p =
            TenantProfile::forCommercialCloud(QStringLiteral("a"), QStringLiteral("t"), QStringLiteral("c"));
        p.signInMethod = TenantProfile::SignInMethod::DeviceCode;
        p.appClientId = QStringLiteral("app");
        p.trustedCertificatePem =
            QStringLiteral("-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n");
        p.account = QStringLiteral("admin@t.onmicrosoft.com");
        QCOMPARE(TenantProfile::fromJson(p.toJson()), p);
    }

    void storeKeepsSeveralProfilesSideBySide()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
        {
            ProfileStore store(ini);
            QString error;
            for (const QString &name :
                 {QStringLiteral("Odense Kommune"), QStringLiteral("Bærum/vgs"), QStringLiteral("sandbox")}) {
                QVERIFY2(store.save(TenantProfile::forCommercialCloud(name, name + QStringLiteral(".example"),
                                                                      QStringLiteral("client")),
                                    &error),
                         qPrintable(error));
            }
            store.setCurrentName(QStringLiteral("Bærum/vgs"));
            TenantProfile invalid;
            invalid.name = QStringLiteral("broken");
            QVERIFY(!store.save(invalid, &error));
            QVERIFY(!error.isEmpty());
        }
        ProfileStore reopened(ini);
        QCOMPARE(reopened.names(), (QStringList{QStringLiteral("Bærum/vgs"), QStringLiteral("Odense Kommune"),
                                                QStringLiteral("sandbox")}));
        QCOMPARE(reopened.currentName(), QStringLiteral("Bærum/vgs"));
        QCOMPARE(reopened.profile(QStringLiteral("Bærum/vgs")).tenant, QStringLiteral("Bærum/vgs.example"));
        QVERIFY(reopened.remove(QStringLiteral("Bærum/vgs")));
        QVERIFY(!reopened.contains(QStringLiteral("Bærum/vgs")));
        QVERIFY(reopened.currentName().isEmpty());
        QVERIFY(!reopened.remove(QStringLiteral("missing")));
    }

    void storeFileIsTheUsersAlone()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/Tenantdesk"));
        const QString ini = folder + QStringLiteral("/profiles.ini");
        const auto fileMode =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
        const auto folderMode = fileMode | QFileDevice::ExeOwner | QFileDevice::ExeUser;
        {
            ProfileStore store(ini);
            QString error;
            QVERIFY2(store.save(TenantProfile::forCommercialCloud(QStringLiteral("Odense Kommune"),
                                                                  QStringLiteral("odense.example"),
                                                                  QStringLiteral("client")),
                                &error),
                     qPrintable(error));
        }
        QCOMPARE(QFile::permissions(ini), fileMode);
        QCOMPARE(QFile::permissions(folder), folderMode);

        // A file someone made readable by others is tightened at the next write, and stays so.
        QVERIFY(QFile::setPermissions(ini, fileMode | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        ProfileStore store(ini);
        store.setCurrentName(QStringLiteral("Odense Kommune"));
        QCOMPARE(QFile::permissions(ini), fileMode);
        QCOMPARE(store.currentName(), QStringLiteral("Odense Kommune"));
    }

    void fromSandboxInfo()
    {
        const QString pem = QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
        QJsonObject info{
            {QStringLiteral("authority"), QStringLiteral("https://127.0.0.1:4443/tid")},
            {QStringLiteral("graph"), QStringLiteral("https://127.0.0.1:4443/v1.0")},
            {QStringLiteral("exchange"), QStringLiteral("https://127.0.0.1:4443")},
            {QStringLiteral("tenantId"), QStringLiteral("tid")},
            {QStringLiteral("publicClientId"), QStringLiteral("pub")},
            {QStringLiteral("confidentialClientId"), QStringLiteral("conf")},
            // the path is for scripts; the profile is made from the PEM text, without reading a file
            {QStringLiteral("caCertificate"), QStringLiteral("/nonexistent/ca.pem")},
            {QStringLiteral("caCertificatePem"), pem}};
        QString error;
        const TenantProfile p = TenantProfile::fromSandboxInfo(QStringLiteral("sb"), info, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(p.isValid());
        QCOMPARE(p.tokenEndpoint().toString(),
                 QStringLiteral("https://127.0.0.1:4443/tid/oauth2/v2.0/token"));
        QCOMPARE(p.graphResource,
                 QStringLiteral("https://graph.microsoft.com")); // same audience as real Graph
        QCOMPARE(p.effectiveAppClientId(), QStringLiteral("conf"));
        QCOMPARE(p.trustedCertificatePem, pem);

        for (const char *key : {"graph", "caCertificatePem"}) {
            QJsonObject incomplete = info;
            incomplete.remove(QLatin1String(key));
            error.clear();
            QVERIFY(TenantProfile::fromSandboxInfo(QStringLiteral("sb"), incomplete, &error).name.isEmpty());
            QVERIFY2(error.contains(QLatin1String(key)), qPrintable(error));
        }
    }

    void errorTextCarriesCodeAndRequestId()
    {
        const Error e =
            Error::http(403, QStringLiteral("Authorization_RequestDenied"),
                        QStringLiteral("Insufficient privileges to complete the operation."),
                        QStringLiteral("5f0e6c42-1111-2222-3333-444444444444"), QStringLiteral("GET /users"));
        QVERIFY(e.isError());
        QVERIFY(e.message().contains(QLatin1String("permission")));
        QVERIFY(e.message().contains(QLatin1String("GET /users")));
        const QString full = e.fullText();
        QVERIFY(full.contains(QLatin1String("Authorization_RequestDenied")));
        QVERIFY(full.contains(QLatin1String("5f0e6c42-1111-2222-3333-444444444444")));
        QVERIFY(full.contains(QLatin1String("403")));
        QVERIFY(!Error().isError());
        QVERIFY(Error().message().isEmpty());
        Error custom(Error::Kind::Configuration, QString());
        custom.setMessage(QStringLiteral("specific"));
        QCOMPARE(custom.message(), QStringLiteral("specific"));
    }
};

QTEST_GUILESS_MAIN(TestTenantProfile)
#include "tst_tenantprofile.moc"
