#include "exchangefixture.h"
#include "sandboxclient.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

// Exchange admin REST: mailboxes (Get/New/Set-Mailbox), the REST envelope (paging, $select, warnings,
// errors, $batch), the Admin API v2.0 endpoints, and who may call them.
class TestExchangeMailbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharedMailboxIsAMailboxAndADisabledUser();
    void newMailboxRefusesNonAsciiAndDuplicates();
    void hideFromAddressLists();
    void sendOnBehalfListAndHashTable();
    void emailAddressesReachGraph();
    void pagingFollowsNextLink();
    void selectLimitsProperties();
    void unknownCmdletAndMissingObject();
    void tenantDomainInPath();
    void batchRunsEachCommand();
    void wrongAudienceIsUnauthorized();
    void callerWithoutExchangeRightsIsForbidden();
    void technicianIsLimitedToTheirSchool();
    void adminApiV2AcceptsOnlyItsCmdlets();

private:
    QJsonArray rows(const SandboxClient::Reply &reply)
    {
        return reply.json().value(QLatin1String("value")).toArray();
    }
    QStringList names(const QJsonArray &values)
    {
        QStringList out;
        for (const QJsonValue &v : values)
            out.append(v.toObject().value(QLatin1String("Name")).toString());
        return out;
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
};

void TestExchangeMailbox::initTestCase()
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
}

void TestExchangeMailbox::sharedMailboxIsAMailboxAndADisabledUser()
{
    const QString address = QStringLiteral("tdx-office@") + m_exo->domain();
    const auto created = m_exo->invoke(m_exo->adminToken(), QStringLiteral("New-Mailbox"),
                                       {{QStringLiteral("Shared"), true},
                                        {QStringLiteral("Name"), QStringLiteral("tdx-office")},
                                        {QStringLiteral("DisplayName"), QStringLiteral("Tdx Sekretariat")},
                                        {QStringLiteral("PrimarySmtpAddress"), address}});
    QCOMPARE(created.status, 200);
    const QJsonObject row = rows(created).first().toObject();
    QCOMPARE(row.value(QLatin1String("RecipientTypeDetails")).toString(), QStringLiteral("SharedMailbox"));
    QCOMPARE(row.value(QLatin1String("PrimarySmtpAddress")).toString(), address);
    QVERIFY(created.json()
                .value(QLatin1String("@odata.context"))
                .toString()
                .endsWith(QLatin1String("$metadata#Collection(Exchange.GenericHashTable)")));

    // The same object is a Graph user whose sign-in is blocked.
    const QString id = row.value(QLatin1String("ExternalDirectoryObjectId")).toString();
    const std::optional<QJsonObject> user = m_client->tenant().users.find(id);
    QVERIFY(user);
    QCOMPARE(user->value(QLatin1String("accountEnabled")).toBool(true), false);
    QCOMPARE(user->value(QLatin1String("mail")).toString(), address);
    QCOMPARE(user->value(QLatin1String("displayName")).toString(), QStringLiteral("Tdx Sekretariat"));

    const auto shared =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                      {{QStringLiteral("RecipientTypeDetails"), QStringLiteral("SharedMailbox")},
                       {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}});
    QCOMPARE(shared.status, 200);
    QVERIFY(names(rows(shared)).contains(QStringLiteral("tdx-office")));
    for (const QJsonValue &v : rows(shared))
        QCOMPARE(v.toObject().value(QLatin1String("RecipientTypeDetails")).toString(),
                 QStringLiteral("SharedMailbox"));
    const auto regular =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                      {{QStringLiteral("RecipientTypeDetails"), QStringLiteral("UserMailbox")},
                       {QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}});
    QVERIFY(!names(rows(regular)).contains(QStringLiteral("tdx-office")));
    QVERIFY(names(rows(regular)).contains(QStringLiteral("tdx.anna")));

    // Found by alias, display name and address alike.
    for (const QString &identity :
         {QStringLiteral("tdx-office"), QStringLiteral("Tdx Sekretariat"), address}) {
        const auto one = m_exo->invoke(m_exo->appToken(), QStringLiteral("get-mailbox"),
                                       {{QStringLiteral("identity"), identity}});
        QCOMPARE(one.status, 200);
        QCOMPARE(rows(one).first().toObject().value(QLatin1String("ExternalDirectoryObjectId")).toString(),
                 id);
    }
}

void TestExchangeMailbox::newMailboxRefusesNonAsciiAndDuplicates()
{
    const auto nonAscii = m_exo->invoke(
        m_exo->adminToken(), QStringLiteral("New-Mailbox"),
        {{QStringLiteral("Shared"), true},
         {QStringLiteral("Name"), QStringLiteral("tdx-kontor")},
         {QStringLiteral("PrimarySmtpAddress"), QStringLiteral("tdx-kontorå@") + m_exo->domain()}});
    QCOMPARE(nonAscii.status, 400);
    QVERIFY(ExchangeFixture::errorText(nonAscii).contains(QLatin1String("invalid")));

    const auto takenAddress = m_exo->invoke(m_exo->adminToken(), QStringLiteral("New-Mailbox"),
                                            {{QStringLiteral("Shared"), true},
                                             {QStringLiteral("Name"), QStringLiteral("tdx-copy")},
                                             {QStringLiteral("PrimarySmtpAddress"), m_exo->annaAddress()}});
    QCOMPARE(takenAddress.status, 400);
    QVERIFY(ExchangeFixture::errorText(takenAddress).contains(QLatin1String("already being used")));

    const auto takenName = m_exo->invoke(
        m_exo->adminToken(), QStringLiteral("New-Mailbox"),
        {{QStringLiteral("Shared"), true}, {QStringLiteral("Name"), QStringLiteral("tdx.anna")}});
    QCOMPARE(takenName.status, 400);
    QVERIFY(ExchangeFixture::errorText(takenName).contains(
        QLatin1String("The name \"tdx.anna\" is already being used")));

    const auto foreignDomain =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("New-Mailbox"),
                      {{QStringLiteral("Shared"), true},
                       {QStringLiteral("Name"), QStringLiteral("tdx-foreign")},
                       {QStringLiteral("PrimarySmtpAddress"), QStringLiteral("tdx-foreign@example.org")}});
    QCOMPARE(foreignDomain.status, 400);
    QVERIFY(ExchangeFixture::errorText(foreignDomain).contains(QLatin1String("accepted domain")));
}

void TestExchangeMailbox::hideFromAddressLists()
{
    const auto set = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
                                   {{QStringLiteral("Identity"), m_exo->bjornAddress()},
                                    {QStringLiteral("HiddenFromAddressListsEnabled"), true}});
    QCOMPARE(set.status, 200);
    const auto get = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                                   {{QStringLiteral("Identity"), m_exo->bjornAddress()}});
    QCOMPARE(rows(get).first().toObject().value(QLatin1String("HiddenFromAddressListsEnabled")).toBool(),
             true);

    // Setting what is already set changes nothing, and Exchange says so.
    const auto again =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
                      {{QStringLiteral("Identity"), m_exo->bjornAddress()},
                       {QStringLiteral("HiddenFromAddressListsEnabled"), QStringLiteral("$true")}});
    QCOMPARE(again.status, 200);
    QVERIFY(again.json()
                .value(QLatin1String("@adminapi.warnings"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("no settings of 'tdx.bjorn' have been modified")));
}

void TestExchangeMailbox::sendOnBehalfListAndHashTable()
{
    const auto onBehalf = [&]() {
        return rows(m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                                  {{QStringLiteral("Identity"), m_exo->annaAddress()}}))
            .first()
            .toObject()
            .value(QLatin1String("GrantSendOnBehalfTo"))
            .toArray();
    };
    QCOMPARE(m_exo
                 ->invoke(m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
                          {{QStringLiteral("Identity"), m_exo->annaAddress()},
                           {QStringLiteral("GrantSendOnBehalfTo"), QJsonArray{m_exo->bjornAddress()}}})
                 .status,
             200);
    QCOMPARE(onBehalf(), (QJsonArray{QStringLiteral("tdx.bjorn")}));

    const QJsonObject add{{QStringLiteral("@odata.type"), QStringLiteral("#Exchange.GenericHashTable")},
                          {QStringLiteral("add"), m_exo->outsiderAddress()}};
    QCOMPARE(m_exo
                 ->invoke(m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
                          {{QStringLiteral("Identity"), m_exo->annaAddress()},
                           {QStringLiteral("GrantSendOnBehalfTo"), add}})
                 .status,
             200);
    QCOMPARE(onBehalf(), (QJsonArray{QStringLiteral("tdx.bjorn"), QStringLiteral("tdx.outsider")}));
    QCOMPARE(m_client->tenant()
                 .mailboxes.value(m_exo->annaId)
                 .value(QLatin1String("GrantSendOnBehalfTo"))
                 .toArray(),
             (QJsonArray{m_exo->bjornId, m_exo->outsiderId}));

    const QJsonObject remove{{QStringLiteral("@odata.type"), QStringLiteral("#Exchange.GenericHashTable")},
                             {QStringLiteral("Remove"), QJsonArray{m_exo->bjornAddress()}}};
    QCOMPARE(m_exo
                 ->invoke(m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
                          {{QStringLiteral("Identity"), m_exo->annaAddress()},
                           {QStringLiteral("GrantSendOnBehalfTo"), remove}})
                 .status,
             200);
    QCOMPARE(onBehalf(), (QJsonArray{QStringLiteral("tdx.outsider")}));

    const auto nobody =
        m_exo->invoke(m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
                      {{QStringLiteral("Identity"), m_exo->annaAddress()},
                       {QStringLiteral("GrantSendOnBehalfTo"), QStringLiteral("nobody@") + m_exo->domain()}});
    QCOMPARE(nobody.status, 404);
    QVERIFY(ExchangeFixture::errorText(nobody).startsWith(QLatin1String("Couldn't find object")));
}

void TestExchangeMailbox::emailAddressesReachGraph()
{
    const QString extra = QStringLiteral("tdx.a.nowak@") + m_exo->domain();
    const auto set = m_exo->invoke(
        m_exo->adminToken(), QStringLiteral("Set-Mailbox"),
        {{QStringLiteral("Identity"), m_exo->annaAddress()},
         {QStringLiteral("EmailAddresses"),
          QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#Exchange.GenericHashTable")},
                      {QStringLiteral("Add"), QJsonArray{QStringLiteral("smtp:") + extra}}}}});
    QCOMPARE(set.status, 200);
    const QJsonArray proxies =
        m_client->tenant().users.find(m_exo->annaId)->value(QLatin1String("proxyAddresses")).toArray();
    QVERIFY(proxies.contains(QJsonValue(QStringLiteral("smtp:") + extra)));
    QVERIFY(proxies.contains(QJsonValue(QStringLiteral("SMTP:") + m_exo->annaAddress())));
    // The new alias finds the mailbox.
    QCOMPARE(m_exo
                 ->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                          {{QStringLiteral("Identity"), extra}})
                 .status,
             200);
}

void TestExchangeMailbox::pagingFollowsNextLink()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_exo
                     ->invoke(m_exo->appToken(), QStringLiteral("New-Mailbox"),
                              {{QStringLiteral("Shared"), true},
                               {QStringLiteral("Name"), QStringLiteral("tdx-page-%1").arg(i)}})
                     .status,
                 200);
    const QJsonObject parameters{{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}};
    const QStringList all =
        names(rows(m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-Mailbox"), parameters)));
    QVERIFY(all.size() >= 10);

    QStringList paged;
    int pages = 1;
    auto reply = m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-Mailbox"), parameters, QString(),
                               {{"Prefer", "odata.maxpagesize=3"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(rows(reply).size(), 3);
    paged += names(rows(reply));
    QString next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
    while (!next.isEmpty()) {
        // Paging re-POSTs the same body to the nextLink.
        reply = m_client->request(
            "POST", next, m_exo->appToken(),
            QJsonDocument(ExchangeFixture::body(QStringLiteral("Get-Mailbox"), parameters)).toJson(),
            {{"Prefer", "odata.maxpagesize = 3;odata.continue-on-error"}});
        QCOMPARE(reply.status, 200);
        QVERIFY(rows(reply).size() <= 3);
        paged += names(rows(reply));
        next = reply.json().value(QLatin1String("@odata.nextLink")).toString();
        ++pages;
    }
    QCOMPARE(paged, all);
    QCOMPARE(pages, int((all.size() + 2) / 3));

    // ResultSize caps the output and warns.
    const auto capped =
        m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-Mailbox"), {{QStringLiteral("ResultSize"), 2}});
    QCOMPARE(rows(capped).size(), 2);
    QVERIFY(capped.json()
                .value(QLatin1String("@adminapi.warnings"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("ResultSize")));
}

void TestExchangeMailbox::selectLimitsProperties()
{
    const auto reply = m_exo->invoke(m_exo->appToken(), QStringLiteral("Get-Mailbox"),
                                     {{QStringLiteral("Identity"), m_exo->annaAddress()}},
                                     QStringLiteral("?$select=PrimarySmtpAddress,ExternalDirectoryObjectId"));
    QCOMPARE(reply.status, 200);
    const QJsonObject row = rows(reply).first().toObject();
    QCOMPARE(row.keys(), (QStringList{QStringLiteral("ExternalDirectoryObjectId"),
                                      QStringLiteral("PrimarySmtpAddress")}));
    QCOMPARE(row.value(QLatin1String("ExternalDirectoryObjectId")).toString(), m_exo->annaId);
}

void TestExchangeMailbox::unknownCmdletAndMissingObject()
{
    const auto unknown = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Foo"), {});
    QCOMPARE(unknown.status, 400);
    QVERIFY(ExchangeFixture::errorText(unknown).startsWith(
        QLatin1String("The term 'Get-Foo' is not recognized")));

    const auto missing = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                                       {{QStringLiteral("Identity"), QStringLiteral("nobody-here")}});
    QCOMPARE(missing.status, 404);
    const QJsonObject error = missing.json().value(QLatin1String("error")).toObject();
    QVERIFY(!error.value(QLatin1String("code")).toString().isEmpty());
    // Where CIPP looks first: error.details[].message.
    QVERIFY(error.value(QLatin1String("details"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("ManagementObjectNotFoundException|The operation couldn't be "
                                        "performed because object 'nobody-here' "
                                        "couldn't be found on '")));

    const auto badParameter = m_exo->invoke(m_exo->adminToken(), QStringLiteral("Get-Mailbox"),
                                            {{QStringLiteral("Identitty"), m_exo->annaAddress()}});
    QCOMPARE(badParameter.status, 400);
    QVERIFY(ExchangeFixture::errorText(badParameter).contains(QLatin1String("'Identitty'")));
}

void TestExchangeMailbox::tenantDomainInPath()
{
    const auto reply = m_client->postJson(
        QStringLiteral("/adminapi/beta/%1/InvokeCommand").arg(m_exo->domain()), m_exo->adminToken(),
        ExchangeFixture::body(QStringLiteral("Get-Mailbox"),
                              {{QStringLiteral("Identity"), m_exo->annaAddress()}}));
    QCOMPARE(reply.status, 200);
    const auto other =
        m_client->postJson(QStringLiteral("/adminapi/beta/contoso.com/InvokeCommand"), m_exo->adminToken(),
                           ExchangeFixture::body(QStringLiteral("Get-Mailbox"), {}));
    QCOMPARE(other.status, 400);
}

void TestExchangeMailbox::batchRunsEachCommand()
{
    const QString url =
        QStringLiteral("%1/adminapi/beta/%2/InvokeCommand").arg(m_client->baseUrl(), m_exo->tenantId());
    const QJsonObject batch{
        {QStringLiteral("requests"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("url"), url},
                                {QStringLiteral("body"), ExchangeFixture::body(QStringLiteral("Get-Mailbox"),
                                                                               {{QStringLiteral("Identity"),
                                                                                 m_exo->annaAddress()}})}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("2")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("url"), url},
                                {QStringLiteral("body"),
                                 ExchangeFixture::body(
                                     QStringLiteral("Get-Mailbox"),
                                     {{QStringLiteral("Identity"), QStringLiteral("nobody-here")}})}}}}};
    const auto reply = m_client->postJson(QStringLiteral("/adminapi/beta/%1/$batch").arg(m_exo->tenantId()),
                                          m_exo->adminToken(), batch);
    QCOMPARE(reply.status, 200);
    const QJsonArray responses = reply.json().value(QLatin1String("responses")).toArray();
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses[0].toObject().value(QLatin1String("status")).toInt(), 200);
    QCOMPARE(responses[1].toObject().value(QLatin1String("status")).toInt(), 404);
}

void TestExchangeMailbox::wrongAudienceIsUnauthorized()
{
    const QByteArray graphToken = m_client->mintToken({QStringLiteral("Exchange.Manage")}, m_exo->adminId);
    const auto reply = m_exo->invoke(graphToken, QStringLiteral("Get-Mailbox"), {});
    QCOMPARE(reply.status, 401);
    const auto none = m_exo->invoke(QByteArray(), QStringLiteral("Get-Mailbox"), {});
    QCOMPARE(none.status, 401);
}

void TestExchangeMailbox::callerWithoutExchangeRightsIsForbidden()
{
    const QByteArray noRole = m_client->mintToken({QStringLiteral("Exchange.Manage")}, m_exo->outsiderId,
                                                  QStringLiteral("https://outlook.office365.com"));
    const auto user = m_exo->invoke(noRole, QStringLiteral("Get-Mailbox"), {});
    QCOMPARE(user.status, 403);
    const QByteArray noPermission = m_client->mintToken({QStringLiteral("User.Read")}, QString(),
                                                        QStringLiteral("https://outlook.office365.com"));
    QCOMPARE(m_exo->invoke(noPermission, QStringLiteral("Get-Mailbox"), {}).status, 403);
}

void TestExchangeMailbox::technicianIsLimitedToTheirSchool()
{
    const QByteArray token = m_exo->technicianToken();
    const auto outside = m_exo->invoke(token, QStringLiteral("Set-Mailbox"),
                                       {{QStringLiteral("Identity"), m_exo->outsiderAddress()},
                                        {QStringLiteral("HiddenFromAddressListsEnabled"), true}});
    QCOMPARE(outside.status, 403);
    QVERIFY(ExchangeFixture::errorText(outside).contains(QLatin1String("write scope")));
    QCOMPARE(m_client->tenant()
                 .mailboxes.value(m_exo->outsiderId)
                 .value(QLatin1String("HiddenFromAddressListsEnabled"))
                 .toBool(),
             false);

    const auto inside =
        m_exo->invoke(token, QStringLiteral("Set-Mailbox"),
                      {{QStringLiteral("Identity"), m_exo->annaAddress()},
                       {QStringLiteral("DisplayName"), QStringLiteral("Tdx Anna Nowak-Kowalska")}});
    QCOMPARE(inside.status, 200);
    QCOMPARE(m_client->tenant().users.find(m_exo->annaId)->value(QLatin1String("displayName")).toString(),
             QStringLiteral("Tdx Anna Nowak-Kowalska"));

    const QStringList visible = names(rows(m_exo->invoke(token, QStringLiteral("Get-Mailbox"), {})));
    QCOMPARE(visible, (QStringList{QStringLiteral("tdx.anna"), QStringLiteral("tdx.bjorn")}));
    QCOMPARE(m_exo
                 ->invoke(token, QStringLiteral("New-Mailbox"),
                          {{QStringLiteral("Shared"), true},
                           {QStringLiteral("Name"), QStringLiteral("tdx-tech-box")}})
                 .status,
             403);
}

void TestExchangeMailbox::adminApiV2AcceptsOnlyItsCmdlets()
{
    const QByteArray token = m_exo->adminTokenV2();
    const auto get = m_exo->invokeV2(token, QStringLiteral("Mailbox"), QStringLiteral("Get-Mailbox"),
                                     {{QStringLiteral("Identity"), m_exo->annaAddress()},
                                      {QStringLiteral("IncludeGrantSendOnBehalfToWithDisplayNames"), true}});
    QCOMPARE(get.status, 200);
    QVERIFY(rows(get).first().toObject().contains(QLatin1String("GrantSendOnBehalfToWithDisplayNames")));
    QVERIFY(get.json()
                .value(QLatin1String("@odata.context"))
                .toString()
                .contains(QLatin1String("/adminapi/v2.0/")));

    const auto onBehalf = m_exo->invokeV2(
        token, QStringLiteral("Mailbox"), QStringLiteral("Set-Mailbox"),
        {{QStringLiteral("Identity"), m_exo->bjornAddress()},
         {QStringLiteral("GrantSendOnBehalfTo"),
          QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#Exchange.GenericHashTable")},
                      {QStringLiteral("Add"), m_exo->annaAddress()}}}});
    QCOMPARE(onBehalf.status, 200);
    QCOMPARE(m_client->tenant()
                 .mailboxes.value(m_exo->bjornId)
                 .value(QLatin1String("GrantSendOnBehalfTo"))
                 .toArray(),
             QJsonArray{m_exo->annaId});

    // What the Admin API doesn't cover.
    QCOMPARE(m_exo
                 ->invokeV2(token, QStringLiteral("Mailbox"), QStringLiteral("Set-Mailbox"),
                            {{QStringLiteral("Identity"), m_exo->bjornAddress()},
                             {QStringLiteral("HiddenFromAddressListsEnabled"), false}})
                 .status,
             400);
    QCOMPARE(
        m_exo
            ->invokeV2(token, QStringLiteral("Mailbox"), QStringLiteral("New-Mailbox"),
                       {{QStringLiteral("Shared"), true}, {QStringLiteral("Name"), QStringLiteral("tdx-v2")}})
            .status,
        400);
    QCOMPARE(m_exo
                 ->invokeV2(token, QStringLiteral("Mailbox"), QStringLiteral("Get-MailboxPermission"),
                            {{QStringLiteral("Identity"), m_exo->annaAddress()}})
                 .status,
             400);
    QCOMPARE(m_exo->invokeV2(token, QStringLiteral("SharingPolicy"), QStringLiteral("Get-SharingPolicy"), {})
                 .status,
             404);

    const auto org = m_exo->invokeV2(token, QStringLiteral("OrganizationConfig"),
                                     QStringLiteral("Get-OrganizationConfig"), {});
    QCOMPARE(org.status, 200);
    QCOMPARE(rows(org).size(), 1);
    const auto domains =
        m_exo->invokeV2(token, QStringLiteral("AcceptedDomain"), QStringLiteral("Get-AcceptedDomain"), {});
    QCOMPARE(domains.status, 200);
    bool initial = false;
    for (const QJsonValue &d : rows(domains))
        initial = initial || d.toObject().value(QLatin1String("DomainName")).toString() ==
                                 m_client->tenant().initialDomain;
    QVERIFY(initial);

    // v2.0 needs Exchange.ManageV2; beta needs Exchange.Manage.
    QCOMPARE(
        m_exo->invokeV2(m_exo->adminToken(), QStringLiteral("Mailbox"), QStringLiteral("Get-Mailbox"), {})
            .status,
        403);
    QCOMPARE(m_exo->invoke(token, QStringLiteral("Get-Mailbox"), {}).status, 403);
}

QTEST_GUILESS_MAIN(TestExchangeMailbox)
#include "tst_exchangemailbox.moc"
