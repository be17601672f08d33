// The --state file: the trainee's tenant survives a restart exactly, is private to its owner, and a
// damaged file is refused with a message that names it and what is wrong.
#include "sandbox/directory/tenant.h"
#include "sandbox/seed/tenantseeder.h"
#include "sandbox/server/sandbox.h"
#include "sandbox/state/tenantstatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray jsonOf(const Tenant &tenant)
{
    return QJsonDocument(TenantStateFile::toJson(tenant)).toJson(QJsonDocument::Compact);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

QByteArray stateDocument(const QJsonObject &tenant, int version = TenantStateFile::formatVersion)
{
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tenantdesk-sandbox-state")},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("tenant"), tenant}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

class TestTenantStateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripKeepsEverything();
    void fileIsPrivateAndCompressed();
    void plainJsonIsAccepted();
    void versionOneFilesAreRead();
    void damagedFilesAreRefusedWithTheirName_data();
    void damagedFilesAreRefusedWithTheirName();
    void failedLoadLeavesTheTenantUntouched();
    void sandboxKeepsTheTenantAcrossRestarts();
    void sandboxRefusesACorruptStateFile();

private:
    QTemporaryDir m_dir;
    Tenant m_tenant; // seeded, then changed the ways endpoints change it
};

void TestTenantStateFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.seed = 3;
    options.schools = 5;
    options.users = 900;
    TenantSeeder::seed(m_tenant, options);
    // What a session does to it: an update, a soft delete, a permanent delete, a membership change.
    Tenant &t = m_tenant;
    const QString first = t.users.at(10).value(QLatin1String("id")).toString();
    const QString second = t.users.at(11).value(QLatin1String("id")).toString();
    const QString third = t.users.at(12).value(QLatin1String("id")).toString();
    QVERIFY(t.users.update(first, QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Vikar")}},
                           t.nextSequence()));
    QVERIFY(t.users.softDelete(second, QStringLiteral("2025-09-01T10:00:00Z"), t.nextSequence()));
    QVERIFY(t.users.hardDelete(third, t.nextSequence()));
    const QString group = t.groups.at(0).value(QLatin1String("id")).toString();
    t.groupMembers[group].append(first);
    t.membershipLog.append({t.nextSequence(), group, first, false});
    t.apps.first().certificatePem =
        QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
}

void TestTenantStateFile::roundTripKeepsEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.state"));
    QString error;
    QVERIFY2(TenantStateFile::save(m_tenant, path, &error), qPrintable(error));
    Tenant loaded;
    QVERIFY2(TenantStateFile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(jsonOf(loaded), jsonOf(m_tenant));

    // Passwords, secrets and the states of deleted objects came back, not just their JSON.
    QCOMPARE(loaded.accounts.size(), m_tenant.accounts.size());
    QCOMPARE(loaded.accounts.at(1).password, m_tenant.accounts.at(1).password);
    QCOMPARE(loaded.findApp(loaded.confidentialClientId)->secret,
             m_tenant.findApp(m_tenant.confidentialClientId)->secret);
    QCOMPARE(loaded.apps.first().certificatePem, m_tenant.apps.first().certificatePem);
    QCOMPARE(loaded.sequence, m_tenant.sequence);
    QVERIFY(loaded.users.isAlive(10));
    QVERIFY(loaded.users.isDeleted(11));
    QVERIFY(!loaded.users.isAlive(12) && !loaded.users.isDeleted(12));
    QCOMPARE(loaded.users.aliveCount(), m_tenant.users.aliveCount());
    QCOMPARE(loaded.users.positionOf(m_tenant.users.at(500).value(QLatin1String("id")).toString()), 500);
    QVERIFY(loaded.isGlobalAdministrator(loaded.accounts.at(0).userId));
    // Delta tokens from before the restart still replay: the change logs came back.
    QCOMPARE(loaded.users.oldestReplayableSequence(), m_tenant.users.oldestReplayableSequence());
    QCOMPARE(loaded.users.changesSince(0).size(), m_tenant.users.changesSince(0).size());
    QVERIFY(!loaded.users.changesSince(0).isEmpty());
    QCOMPARE(loaded.users.changesSince(0).last().type, ObjectCollection::ChangeType::HardDeleted);
    QVERIFY(loaded.users.changesSince(m_tenant.sequence).isEmpty());
    QCOMPARE(loaded.membershipLog.size(), 1);
    QCOMPARE(loaded.membershipLog.first().memberId, m_tenant.membershipLog.first().memberId);
    // Values the seeded tenant shares are written once and shared again after loading.
    QVERIFY(loaded.calendarPermissions.value(loaded.accounts.at(0).userId).constData() ==
            loaded.calendarPermissions.value(loaded.accounts.at(1).userId).constData());
    const QJsonObject calendars =
        TenantStateFile::toJson(m_tenant).value(QLatin1String("calendarPermissions")).toObject();
    QSet<int> written;
    for (const QJsonValue &rows : calendars)
        written.insert(rows.toObject().value(QLatin1String("@shared")).toInt(-1));
    QVERIFY2(written.size() < calendars.size() / 4, qPrintable(QString::number(written.size())));
    // A loaded tenant keeps working.
    const QString id = loaded.users.at(20).value(QLatin1String("id")).toString();
    QVERIFY(loaded.users.update(id, QJsonObject{{QStringLiteral("department"), QStringLiteral("X")}},
                                loaded.nextSequence()));
    QCOMPARE(loaded.users.changesSince(m_tenant.sequence).size(), 1);
}

void TestTenantStateFile::fileIsPrivateAndCompressed()
{
    const QString path = m_dir.filePath(QStringLiteral("private.state"));
    writeFile(path, QByteArrayLiteral("old contents"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    QVERIFY2(TenantStateFile::save(m_tenant, path, &error), qPrintable(error));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                             QFileDevice::WriteOther)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    QVERIFY(data.startsWith("TDSTATE1"));
    QVERIFY(!data.contains(m_tenant.accounts.at(0).password.toUtf8())); // compressed, not plain text
    QVERIFY(data.size() < jsonOf(m_tenant).size() / 4);
    // No temporary file is left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("private.state*")}, QDir::Files).size(), 1);
}

void TestTenantStateFile::plainJsonIsAccepted()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.json"));
    writeFile(path, "  \n" + stateDocument(TenantStateFile::toJson(m_tenant)));
    Tenant loaded;
    QString error;
    QVERIFY2(TenantStateFile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(jsonOf(loaded), jsonOf(m_tenant));
}

void TestTenantStateFile::versionOneFilesAreRead()
{
    // Version 1 kept no change logs: the tenant loads, and delta tokens from before it have expired.
    QJsonObject old = TenantStateFile::toJson(m_tenant);
    old.remove(QStringLiteral("membershipLog"));
    for (const char *key : {"users", "groups", "administrativeUnits"}) {
        QJsonObject part = old.value(QLatin1String(key)).toObject();
        part.remove(QStringLiteral("log"));
        part.remove(QStringLiteral("logFloor"));
        old.insert(QLatin1String(key), part);
    }
    const QString path = m_dir.filePath(QStringLiteral("version1.state"));
    writeFile(path, stateDocument(old, 1));
    Tenant loaded;
    QString error;
    QVERIFY2(TenantStateFile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.users.aliveCount(), m_tenant.users.aliveCount());
    QCOMPARE(loaded.users.oldestReplayableSequence(), m_tenant.sequence);
    QVERIFY(loaded.users.changesSince(0).isEmpty());
    QVERIFY(loaded.membershipLog.isEmpty());
}

void TestTenantStateFile::damagedFilesAreRefusedWithTheirName_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("reason");

    const QJsonObject good = TenantStateFile::toJson(m_tenant);
    const QByteArray compressed = "TDSTATE1" + qCompress(stateDocument(good), 1);
    QTest::newRow("not a state file")
        << QByteArray("PK\x03\x04 zip archive") << QStringLiteral("not a Tenantdesk sandbox state file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Tenantdesk sandbox state file");
    QTest::newRow("cut short") << compressed.left(compressed.size() / 2)
                               << QStringLiteral("damaged or cut short");
    QTest::newRow("bad json") << QByteArray("TDSTATE1" +
                                            qCompress("{\"format\": \"tenantdesk-sandbox-state\", ", 1))
                              << QStringLiteral("JSON is invalid");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a Tenantdesk sandbox state file");
    QTest::newRow("other format") << QByteArray("{\"format\":\"something-else\",\"version\":1}")
                                  << QStringLiteral("\"format\" is not \"tenantdesk-sandbox-state\"");
    QTest::newRow("newer version") << stateDocument(good, 9) << QStringLiteral("version 9 of the format");
    QTest::newRow("no tenant") << QByteArray("{\"format\":\"tenantdesk-sandbox-state\",\"version\":1}")
                               << QStringLiteral("no \"tenant\" object");
    QJsonObject noUsers = good;
    noUsers.remove(QStringLiteral("users"));
    QTest::newRow("missing users") << stateDocument(noUsers)
                                   << QStringLiteral("\"users\" is missing or has the wrong type");
    QJsonObject badStates = good;
    QJsonObject groups = badStates.value(QLatin1String("groups")).toObject();
    groups.insert(QStringLiteral("states"), QStringLiteral("aa"));
    badStates.insert(QStringLiteral("groups"), groups);
    QTest::newRow("states mismatch") << stateDocument(badStates) << QStringLiteral("groups has 2 states for");
    QJsonObject badMembers = good;
    badMembers.insert(QStringLiteral("groupMembers"), QJsonObject{{QStringLiteral("g1"), 42}});
    QTest::newRow("members not a list")
        << stateDocument(badMembers) << QStringLiteral("groupMembers.g1 is not a list");
    QJsonObject badShared = good;
    badShared.insert(QStringLiteral("sharedValues"), QJsonArray());
    QTest::newRow("shared value missing")
        << stateDocument(badShared)
        << QStringLiteral("refers to a shared value that is not in \"sharedValues\"");
    QJsonObject badSequence = good;
    badSequence.insert(QStringLiteral("sequence"), QStringLiteral("many"));
    QTest::newRow("bad sequence") << stateDocument(badSequence)
                                  << QStringLiteral("\"sequence\" is not a number");
}

void TestTenantStateFile::damagedFilesAreRefusedWithTheirName()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("damaged.state"));
    writeFile(path, contents);
    Tenant loaded;
    QString error;
    QVERIFY(!TenantStateFile::load(path, &loaded, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestTenantStateFile::failedLoadLeavesTheTenantUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.state"));
    QJsonObject bad = TenantStateFile::toJson(m_tenant);
    bad.insert(QStringLiteral("apps"), QStringLiteral("none"));
    writeFile(path, stateDocument(bad));
    Tenant target;
    target.tenantId = QStringLiteral("keep-me");
    QString error;
    QVERIFY(!TenantStateFile::load(path, &target, &error));
    QVERIFY2(error.contains(QStringLiteral("\"apps\"")), qPrintable(error));
    QCOMPARE(target.tenantId, QStringLiteral("keep-me"));
    QCOMPARE(target.users.slotCount(), 0);

    QVERIFY(!TenantStateFile::load(m_dir.filePath(QStringLiteral("missing.state")), &target, &error));
    QVERIFY2(error.contains(QStringLiteral("missing.state")), qPrintable(error));
}

void TestTenantStateFile::sandboxKeepsTheTenantAcrossRestarts()
{
    SandboxOptions options;
    options.schools = 2;
    options.users = 60;
    options.seed = 21;
    options.stateFile = m_dir.filePath(QStringLiteral("trainee.state"));
    QString tenantId, password, secret;
    QString changedUser;
    {
        Sandbox first(options);
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY(QFileInfo::exists(options.stateFile)); // written on first start
        Tenant &t = first.tenant();
        tenantId = t.tenantId;
        password = t.accounts.at(0).password;
        secret = first.info().value(QLatin1String("confidentialClientSecret")).toString();
        changedUser = t.users.at(5).value(QLatin1String("id")).toString();
        QVERIFY(t.users.update(changedUser,
                               QJsonObject{{QStringLiteral("jobTitle"), QStringLiteral("Kursist")}},
                               t.nextSequence()));
        QVERIFY2(first.saveState(&error), qPrintable(error));
    }
    // Another seed on the command line does not matter: the state file is the tenant.
    options.seed = 99;
    Sandbox second(options);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    const Tenant &t = second.tenant();
    QCOMPARE(t.tenantId, tenantId);
    QCOMPARE(t.accounts.at(0).password, password);
    QCOMPARE(second.info().value(QLatin1String("confidentialClientSecret")).toString(), secret);
    QCOMPARE(t.users.find(changedUser)->value(QLatin1String("jobTitle")).toString(),
             QStringLiteral("Kursist"));
}

void TestTenantStateFile::sandboxRefusesACorruptStateFile()
{
    SandboxOptions options;
    options.users = 20;
    options.stateFile = m_dir.filePath(QStringLiteral("corrupt.state"));
    writeFile(options.stateFile, QByteArrayLiteral("TDSTATE1 this is not zlib"));
    Sandbox sandbox(options);
    QString error;
    QVERIFY(!sandbox.start(&error));
    QVERIFY2(error.contains(options.stateFile), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    // The damaged file is left as it was, for the trainee to inspect.
    QFile file(options.stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("TDSTATE1 this is not zlib"));
}

QTEST_GUILESS_MAIN(TestTenantStateFile)
#include "tst_tenantstatefile.moc"
