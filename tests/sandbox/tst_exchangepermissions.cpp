#include "exchangefixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

// Full Access (Add/Remove/Get-MailboxPermission) and Send As (Add/Remove/Get-RecipientPermission) on a
// shared mailbox, with the rows and warnings Exchange gives.
class TestExchangePermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullAccessAddGetRemove();
    void sendAsAddGetRemove();
    void invalidRightsAndUnknownUsers();
    void technicianOutsideScope();

private:
    QJsonArray rows(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("value")).toArray();
    }
    QStringList warnings(const SandboxClient::Reply &reply)
    {
        QStringList out;
        for (const QJsonValue &w : reply.json().value(QLatin1String("@adminapi.warnings")).toArray())
            out.append(w.toString());
        return out;
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
    QString m_shared;
};

void TestExchangePermissions::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    options.users = 40;
    options.schools = 2;
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_exo = std::make_unique<ExchangeFixture>(*m_client);
    m_shared = QStringLiteral("tdx-library@") + m_exo->domain();
    const auto created = m_exo->invoke(m_exo->adminToken(), QStringLiteral("New-Mailbox"),
                                       {{QStringLiteral("Shared"), true},
                                        {QStringLiteral("Name"), QStringLiteral("tdx-library")},
                                        {QStringLiteral("PrimarySmtpAddress"), m_shared}});
    QCOMPARE(created.status, 200);
}

void TestExchangePermissions::fullAccessAddGetRemove()
{
    const QJsonObject add{{QStringLiteral("Identity"), m_shared},
                          {QStringLiteral("User"), m_exo->annaAddress()},
                          {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("FullAccess")}},
                          {QStringLiteral("AutoMapping"), false},
                          {QStringLiteral("InheritanceType"), QStringLiteral("All")},
                          {QStringLiteral("Confirm"), false}};
    const auto added = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Add-MailboxPermission"), add);
    QCOMPARE(added.status, 200);
    QCOMPARE(rows(added).first().toObject().value(QLatin1String("User")).toString(), m_exo->annaAddress());

    const auto get = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-MailboxPermission"),
                                   {{QStringLiteral("Identity"), m_shared}});
    QCOMPARE(get.status, 200);
    const QJsonArray list = rows(get);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value(QLatin1String("User")).toString(),
             QStringLiteral("NT AUTHORITY\\SELF"));
    const QJsonObject anna = list[1].toObject();
    QCOMPARE(anna.value(QLatin1String("Identity")).toString(), QStringLiteral("tdx-library"));
    QCOMPARE(anna.value(QLatin1String("AccessRights")).toArray(), QJsonArray{QStringLiteral("FullAccess")});
    QCOMPARE(anna.value(QLatin1String("IsInherited")).toBool(true), false);
    QCOMPARE(anna.value(QLatin1String("Deny")).toBool(true), false);

    const QString mailboxId = rows(m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                                                 {{QStringLiteral("Identity"), m_shared}}))
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("ExternalDirectoryObjectId"))
                                  .toString();
    bool stored = false;
    for (const QJsonObject &row : m_client->tenant().mailboxPermissions)
        stored = stored || (row.value(QLatin1String("MailboxId")).toString() == mailboxId &&
                            row.value(QLatin1String("UserId")).toString() == m_exo->annaId &&
                            row.value(QLatin1String("AutoMapping")).toBool(true) == false);
    QVERIFY(stored);

    // Adding it again changes nothing and warns.
    const auto again = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Add-MailboxPermission"), add);
    QCOMPARE(again.status, 200);
    QVERIFY(warnings(again).first().contains(QLatin1String("already present")));

    // Filter by user, by display name.
    const auto filtered = m_exo->invoke(
        m_exo->adminToken(), QStringLiteral("Get-MailboxPermission"),
        {{QStringLiteral("Identity"), m_shared}, {QStringLiteral("User"), QStringLiteral("Tdx Anna Nowak")}});
    QCOMPARE(rows(filtered).size(), 1);

    const QJsonObject remove{{QStringLiteral("Identity"), m_shared},
                             {QStringLiteral("User"), m_exo->annaAddress()},
                             {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("FullAccess")}},
                             {QStringLiteral("Confirm"), false}};
    QCOMPARE(m_exo->invoke(m_exo->adminToken(), QStringLiteral("Remove-MailboxPermission"), remove).status,
             200);
    QCOMPARE(rows(m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-MailboxPermission"),
                                {{QStringLiteral("Identity"), m_shared}}))
                 .size(),
             1);
    const auto removeAgain =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Remove-MailboxPermission"), remove);
    QCOMPARE(removeAgain.status, 200);
    QVERIFY(warnings(removeAgain).first().contains(QLatin1String("doesn't exist")));
}

void TestExchangePermissions::sendAsAddGetRemove()
{
    const QJsonObject add{{QStringLiteral("Identity"), m_shared},
                          {QStringLiteral("Trustee"), m_exo->bjornAddress()},
                          {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}},
                          {QStringLiteral("Confirm"), false}};
    const auto added = m_exo->invoke(m_exo->appToken(), QStringLiteral("Add-RecipientPermission"), add);
    QCOMPARE(added.status, 200);
    QCOMPARE(rows(added).first().toObject().value(QLatin1String("Trustee")).toString(),
             m_exo->bjornAddress());
    QCOMPARE(m_client->tenant().recipientPermissions.last().value(QLatin1String("TrusteeId")).toString(),
             m_exo->bjornId);

    const auto get = m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-RecipientPermission"),
                                   {{QStringLiteral("Identity"), m_shared}});
    const QJsonArray list = rows(get);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value(QLatin1String("Trustee")).toString(),
             QStringLiteral("NT AUTHORITY\\SELF"));
    QCOMPARE(list[1].toObject().value(QLatin1String("AccessControlType")).toString(),
             QStringLiteral("Allow"));
    QCOMPARE(list[1].toObject().value(QLatin1String("AccessRights")).toArray(),
             QJsonArray{QStringLiteral("SendAs")});

    const auto byTrustee = m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-RecipientPermission"),
                                         {{QStringLiteral("Trustee"), m_exo->bjornAddress()}});
    QCOMPARE(rows(byTrustee).size(), 1);
    QVERIFY(warnings(m_exo->invoke(m_exo->appToken(), QStringLiteral("Add-RecipientPermission"), add))
                .first()
                .contains(QLatin1String("already present")));

    QCOMPARE(m_exo->invoke(m_exo->appToken(), QStringLiteral("Remove-RecipientPermission"), add).status, 200);
    QCOMPARE(rows(m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-RecipientPermission"),
                                {{QStringLiteral("Identity"), m_shared}}))
                 .size(),
             1);
    QVERIFY(warnings(m_exo->invoke(m_exo->appToken(), QStringLiteral("Remove-RecipientPermission"), add))
                .first()
                .contains(QLatin1String("doesn't exist")));
}

void TestExchangePermissions::invalidRightsAndUnknownUsers()
{
    const auto sendAsAsMailboxRight =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Add-MailboxPermission"),
                      {{QStringLiteral("Identity"), m_shared},
                       {QStringLiteral("User"), m_exo->annaAddress()},
                       {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}}});
    QCOMPARE(sendAsAsMailboxRight.status, 400);
    const auto unknownUser =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Add-RecipientPermission"),
                      {{QStringLiteral("Identity"), m_shared},
                       {QStringLiteral("Trustee"), QStringLiteral("ghost@") + m_exo->domain()},
                       {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("SendAs")}}});
    QCOMPARE(unknownUser.status, 404);
    QCOMPARE(ExchangeFixture::errorType(unknownUser),
             QStringLiteral("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"));
    const auto missingMailbox =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-MailboxPermission"),
                      {{QStringLiteral("Identity"), QStringLiteral("ghost@") + m_exo->domain()}});
    QCOMPARE(missingMailbox.status, 404);
}

void TestExchangePermissions::technicianOutsideScope()
{
    const auto denied =
        m_exo->invoke(m_exo->technicianToken(), QStringLiteral("Add-MailboxPermission"),
                      {{QStringLiteral("Identity"), m_shared},
                       {QStringLiteral("User"), m_exo->annaAddress()},
                       {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("FullAccess")}}});
    QCOMPARE(denied.status, 403);
    const auto allowed =
        m_exo->invoke(m_exo->technicianToken(), QStringLiteral("Add-MailboxPermission"),
                      {{QStringLiteral("Identity"), m_exo->annaAddress()},
                       {QStringLiteral("User"), m_exo->bjornAddress()},
                       {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("FullAccess")}}});
    QCOMPARE(allowed.status, 200);
}

QTEST_GUILESS_MAIN(TestExchangePermissions)
#include "tst_exchangepermissions.moc"
