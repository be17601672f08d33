// POST /users/{id}/calendar/getSchedule: availability views, items, detail by calendar permission, errors.
#include "exchangefixture.h"
#include "sandboxclient.h"
#include "schemavalidator.h"
#include "tenantfixtures.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

class TestGraphSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void getScheduleAnswers();
    void getScheduleIsStableAndConsistent();
    void getScheduleDetailFollowsPermissions();
    void getScheduleErrors();

private:
    void validate(const QJsonValue &value, const QString &definition)
    {
        const QList<SchemaValidator::Error> errors = m_schema.validate(value, definition);
        QVERIFY2(errors.isEmpty(), qPrintable(SchemaValidator::describe(errors)));
    }
    SandboxClient::Reply schedule(const QString &owner, const QByteArray &token, const QJsonArray &schedules,
                                  const QString &start, const QString &end, int interval,
                                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        const QString zone = QStringLiteral("W. Europe Standard Time");
        const QJsonObject body{{QStringLiteral("schedules"), schedules},
                               {QStringLiteral("startTime"), QJsonObject{{QStringLiteral("dateTime"), start},
                                                                         {QStringLiteral("timeZone"), zone}}},
                               {QStringLiteral("endTime"), QJsonObject{{QStringLiteral("dateTime"), end},
                                                                       {QStringLiteral("timeZone"), zone}}},
                               {QStringLiteral("availabilityViewInterval"), interval}};
        return m_client->request("POST", QStringLiteral("/v1.0/users/%1/calendar/getSchedule").arg(owner),
                                 token, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<ExchangeFixture> m_exo;
    SchemaValidator m_schema;
    QByteArray m_reader;
    QString m_owner, m_ownerAddress;         // bjorn
    QString m_colleague, m_colleagueAddress; // anna
    QString m_noMailbox;
};

void TestGraphSchedule::initTestCase()
{
    SandboxOptions options;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 0;
    options.throttleProfile = QStringLiteral("off");
    m_client = std::make_unique<SandboxClient>(options);
    QVERIFY2(m_client->isRunning(), qPrintable(m_client->startError()));
    m_exo = std::make_unique<ExchangeFixture>(*m_client);
    m_owner = m_exo->bjornId;
    m_ownerAddress = m_exo->bjornAddress();
    m_colleague = m_exo->annaId;
    m_colleagueAddress = m_exo->annaAddress();
    m_noMailbox =
        TenantFixtures(m_client->tenant())
            .addUser(QStringLiteral("tds.nomail@") + m_exo->domain(), QStringLiteral("Tds No Mailbox"));
    m_reader = m_client->mintToken({QStringLiteral("Calendars.Read")});
}

void TestGraphSchedule::getScheduleAnswers()
{
    const QJsonArray schedules{m_colleagueAddress, QStringLiteral("nobody@") + m_exo->domain(),
                               m_ownerAddress};
    // Monday 2 March 2026, 08:00-17:00.
    const auto reply = schedule(m_owner, m_reader, schedules, QStringLiteral("2026-03-02T08:00:00"),
                                QStringLiteral("2026-03-02T17:00:00"), 30);
    QCOMPARE(reply.status, 200);
    const QJsonArray value = reply.json().value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 3);
    const QJsonObject anna = value.at(0).toObject();
    QCOMPARE(anna.value(QLatin1String("scheduleId")).toString(), m_colleagueAddress);
    const QString view = anna.value(QLatin1String("availabilityView")).toString();
    QCOMPARE(view.size(), 18);
    for (const QChar c : view)
        QVERIFY(c >= QLatin1Char('0') && c <= QLatin1Char('4'));
    QCOMPARE(view.right(2), QStringLiteral("00")); // 16:00-17:00 is outside working hours
    const QJsonObject hours = anna.value(QLatin1String("workingHours")).toObject();
    validate(hours, QStringLiteral("microsoft.graph.workingHours"));
    QCOMPARE(hours.value(QLatin1String("daysOfWeek")).toArray().size(), 5);
    for (const QJsonValue &item : anna.value(QLatin1String("scheduleItems")).toArray()) {
        const QJsonObject i = item.toObject();
        QVERIFY(QStringList({QStringLiteral("busy"), QStringLiteral("tentative"), QStringLiteral("oof"),
                             QStringLiteral("workingElsewhere")})
                    .contains(i.value(QLatin1String("status")).toString()));
        QCOMPARE(i.value(QLatin1String("start")).toObject().value(QLatin1String("timeZone")).toString(),
                 QStringLiteral("UTC"));
    }

    const QJsonObject unknown = value.at(1).toObject();
    QCOMPARE(unknown.value(QLatin1String("error")).toObject().value(QLatin1String("responseCode")).toString(),
             QStringLiteral("ErrorMailRecipientNotFound"));
    QVERIFY(!unknown.contains(QLatin1String("scheduleItems")));

    // A Saturday is free all day.
    const auto weekend =
        schedule(m_owner, m_reader, QJsonArray{m_colleagueAddress}, QStringLiteral("2026-03-07T08:00:00"),
                 QStringLiteral("2026-03-07T16:00:00"), 60);
    QCOMPARE(weekend.json()
                 .value(QLatin1String("value"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("availabilityView"))
                 .toString(),
             QStringLiteral("00000000"));
}

void TestGraphSchedule::getScheduleIsStableAndConsistent()
{
    const QJsonArray schedules{m_colleagueAddress, m_ownerAddress};
    const QString start = QStringLiteral("2026-03-02T00:00:00");
    const QString end = QStringLiteral("2026-03-07T00:00:00");
    const auto views = [&](int interval) {
        QStringList out;
        for (const QJsonValue &v : schedule(m_owner, m_reader, schedules, start, end, interval)
                                       .json()
                                       .value(QLatin1String("value"))
                                       .toArray())
            out.append(v.toObject().value(QLatin1String("availabilityView")).toString());
        return out;
    };
    const QStringList thirty = views(30);
    QCOMPARE(views(30), thirty);           // the same question, the same answer
    QVERIFY(thirty.at(0) != thirty.at(1)); // different people, different weeks
    QVERIFY(thirty.at(0).contains(QLatin1Char('2')) ||
            thirty.at(0).contains(QLatin1Char('3'))); // someone is busy
    // A 60-minute slot is as busy as the busier of its two 30-minute halves.
    const QString rankOrder = QStringLiteral("04123"); // free < workingElsewhere < tentative < busy < oof
    const QStringList sixty = views(60);
    for (int who = 0; who < 2; ++who) {
        QCOMPARE(sixty.at(who).size(), thirty.at(who).size() / 2);
        for (int i = 0; i < sixty.at(who).size(); ++i) {
            const QChar a = thirty.at(who).at(2 * i), b = thirty.at(who).at(2 * i + 1);
            const QChar busier = rankOrder.indexOf(a) >= rankOrder.indexOf(b) ? a : b;
            QCOMPARE(sixty.at(who).at(i), busier);
        }
    }
}

void TestGraphSchedule::getScheduleDetailFollowsPermissions()
{
    const QString caller = m_exo->technicianId; // has no entry on anna's calendar: My Organization applies
    const QByteArray token = m_client->mintToken({QStringLiteral("Calendars.Read")}, caller);
    const auto items = [&]() {
        const auto reply =
            schedule(caller, token, QJsonArray{m_colleagueAddress}, QStringLiteral("2026-03-02T00:00:00"),
                     QStringLiteral("2026-03-07T00:00:00"), 30);
        return reply.json()
            .value(QLatin1String("value"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("scheduleItems"))
            .toArray();
    };
    QJsonArray list = items();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &i : list)
        QVERIFY(!i.toObject().contains(QLatin1String("subject"))); // freeBusyRead: times only

    m_client->tenant().calendarPermissions[m_colleague].append(
        QJsonObject{{QStringLiteral("User"), caller},
                    {QStringLiteral("AccessRights"), QJsonArray{QStringLiteral("LimitedDetails")}},
                    {QStringLiteral("SharingPermissionFlags"), QStringLiteral("None")}});
    list = items();
    for (const QJsonValue &i : list)
        QVERIFY(i.toObject().contains(QLatin1String("subject")));

    // Prefer: outlook.timezone writes the times in that zone.
    const auto local = schedule(m_owner, m_reader, QJsonArray{m_colleagueAddress},
                                QStringLiteral("2026-03-02T00:00:00"), QStringLiteral("2026-03-07T00:00:00"),
                                30, {{"Prefer", "outlook.timezone=\"W. Europe Standard Time\""}});
    const QJsonArray localItems = local.json()
                                      .value(QLatin1String("value"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("scheduleItems"))
                                      .toArray();
    QVERIFY(!localItems.isEmpty());
    const QJsonObject start = localItems.first().toObject().value(QLatin1String("start")).toObject();
    QCOMPARE(start.value(QLatin1String("timeZone")).toString(), QStringLiteral("W. Europe Standard Time"));
    const int hour = start.value(QLatin1String("dateTime")).toString().mid(11, 2).toInt();
    QVERIFY2(hour >= 8 && hour < 16, qPrintable(start.value(QLatin1String("dateTime")).toString()));
}

void TestGraphSchedule::getScheduleErrors()
{
    const QJsonArray one{m_colleagueAddress};
    QCOMPARE(schedule(m_owner, m_reader, one, QStringLiteral("2026-03-02T08:00:00"),
                      QStringLiteral("2026-03-02T17:00:00"), 4)
                 .status,
             400);
    QCOMPARE(schedule(m_owner, m_reader, one, QStringLiteral("2026-03-02T17:00:00"),
                      QStringLiteral("2026-03-02T08:00:00"), 30)
                 .status,
             400);
    QCOMPARE(schedule(m_owner, m_reader, QJsonArray(), QStringLiteral("2026-03-02T08:00:00"),
                      QStringLiteral("2026-03-02T17:00:00"), 30)
                 .status,
             400);
    QCOMPARE(schedule(m_owner, m_reader, one, QStringLiteral("2026-03-02T08:00:00"),
                      QStringLiteral("2026-06-02T08:00:00"), 30)
                 .status,
             400);
    QCOMPARE(schedule(m_owner, m_client->mintToken({QStringLiteral("User.Read.All")}), one,
                      QStringLiteral("2026-03-02T08:00:00"), QStringLiteral("2026-03-02T17:00:00"), 30)
                 .status,
             403);
    QCOMPARE(schedule(m_noMailbox, m_reader, one, QStringLiteral("2026-03-02T08:00:00"),
                      QStringLiteral("2026-03-02T17:00:00"), 30)
                 .status,
             404);
}

QTEST_GUILESS_MAIN(TestGraphSchedule)
#include "tst_graphschedule.moc"
