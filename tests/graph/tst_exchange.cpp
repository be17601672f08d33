#include "graphtestrig.h"
#include "testrealism.h"

#include "graph/exchangeclient.h"
#include "graph/exchangecommandjob.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

// ExchangeClient on the same pipeline: InvokeCommand and the Admin API v2.0 with a token for the Exchange
// audience, result paging by re-POSTing to @odata.nextLink, and Exchange errors mapped with their exception.
class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getMailboxThroughInvokeCommand();
    void adminApiV2();
    void cmdletErrorKeepsTheException();
    void urlsFollowTheProfile();

private:
    std::unique_ptr<GraphTestRig> m_rig;
    std::unique_ptr<ExchangeClient> m_exchange;
};

void TestExchange::initTestCase()
{
    SandboxOptions options;
    options.users = 300;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 2;
    options.throttleProfile = QStringLiteral("off");
    m_rig = std::make_unique<GraphTestRig>(withTestRealism(options));
    QVERIFY2(m_rig->ok(), qPrintable(m_rig->client->startError()));
    m_exchange = std::make_unique<ExchangeClient>(m_rig->api.get(), m_rig->profile);
}

void TestExchange::getMailboxThroughInvokeCommand()
{
    m_exchange->setPageSize(50); // force several pages
    ExchangeCommandJob *job = m_exchange->invokeCommand(
        QStringLiteral("Get-Mailbox"),
        QJsonObject{{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}},
        {QStringLiteral("ExternalDirectoryObjectId"), QStringLiteral("PrimarySmtpAddress"),
         QStringLiteral("RecipientTypeDetails")});
    QSignalSpy finished(job, &ExchangeCommandJob::finished);
    QVERIFY(GraphTestRig::wait(job));
    QVERIFY2(!job->error(), qPrintable(job->error().fullText()));
    QVERIFY(m_rig->tokens->lastResources.contains(m_rig->profile.exchangeResource));
    const QJsonArray rows = job->rows();
    QVERIFY(rows.size() > 100);
    QCOMPARE(job->pageCount(), int((rows.size() + 49) / 50));
    QSet<QString> addresses;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QVERIFY(row.contains(QLatin1String("PrimarySmtpAddress")));
        QVERIFY(!row.contains(QLatin1String("DisplayName"))); // $select applied on every page
        addresses.insert(row.value(QLatin1String("PrimarySmtpAddress")).toString());
    }
    QCOMPARE(addresses.size(), rows.size());

    // The same answer in one page, straight from the sandbox.
    m_exchange->setPageSize(1000);
    ExchangeCommandJob *single =
        m_exchange->invokeCommand(QStringLiteral("Get-Mailbox"),
                                  QJsonObject{{QStringLiteral("ResultSize"), QStringLiteral("Unlimited")}});
    QVERIFY(GraphTestRig::wait(single));
    QCOMPARE(single->rows().size(), rows.size());
    QCOMPARE(single->pageCount(), 1);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void TestExchange::adminApiV2()
{
    ExchangeCommandJob *org = m_exchange->invokeAdminApi(
        QStringLiteral("OrganizationConfig"), QStringLiteral("Get-OrganizationConfig"), QJsonObject());
    QVERIFY(GraphTestRig::wait(org));
    QVERIFY2(!org->error(), qPrintable(org->error().fullText()));
    QCOMPARE(org->rows().size(), 1);

    // The v2.0 API serves only its own cmdlets.
    ExchangeCommandJob *refused = m_exchange->invokeAdminApi(
        QStringLiteral("Mailbox"), QStringLiteral("New-Mailbox"),
        QJsonObject{{QStringLiteral("Shared"), true}, {QStringLiteral("Name"), QStringLiteral("x")}});
    QVERIFY(GraphTestRig::wait(refused));
    QCOMPARE(refused->error().kind(), Error::Kind::Http);
    QCOMPARE(refused->error().httpStatus(), 400);
}

void TestExchange::cmdletErrorKeepsTheException()
{
    ExchangeCommandJob *job = m_exchange->invokeCommand(
        QStringLiteral("Get-Mailbox"),
        QJsonObject{{QStringLiteral("Identity"), QStringLiteral("nobody@nowhere.example")}});
    QVERIFY(GraphTestRig::wait(job));
    QCOMPARE(job->error().kind(), Error::Kind::Http);
    QCOMPARE(job->error().httpStatus(), 404);
    QVERIFY2(job->error().code().endsWith(QLatin1String("Exception")), qPrintable(job->error().code()));
    QVERIFY(job->error().detail().contains(QLatin1String("nobody@nowhere.example")));
    QVERIFY(!job->error().requestId().isEmpty());
    QVERIFY(job->error().where().endsWith(QLatin1String("/InvokeCommand")));
}

void TestExchange::urlsFollowTheProfile()
{
    const QString tenant = m_rig->profile.tenant;
    QCOMPARE(m_exchange->invokeCommandUrl().toString(),
             m_rig->client->baseUrl() + QStringLiteral("/adminapi/beta/%1/InvokeCommand").arg(tenant));
    QCOMPARE(m_exchange->adminApiUrl(QStringLiteral("Mailbox")).toString(),
             m_rig->client->baseUrl() + QStringLiteral("/adminapi/v2.0/%1/Mailbox").arg(tenant));
    const ApiRequest get = m_exchange->commandRequest(m_exchange->invokeCommandUrl(),
                                                      QStringLiteral("Get-Mailbox"), QJsonObject(), {});
    QVERIFY(get.idempotent);
    QCOMPARE(get.resource, m_rig->profile.exchangeResource);
    QVERIFY(get.header("X-AnchorMailbox").startsWith("APP:SystemMailbox{"));
    const ApiRequest set = m_exchange->commandRequest(m_exchange->invokeCommandUrl(),
                                                      QStringLiteral("Set-Mailbox"), QJsonObject(), {});
    QVERIFY(!set.idempotent);
    QVERIFY(!m_exchange->isAllowedLink(
        QUrl(QStringLiteral("https://outlook.office365.com/adminapi/beta/x/InvokeCommand"))));
}

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
