// Device code sign-in (RFC 8628) against the sandbox: the user approves on /devicelogin while the flow
// polls at the server's interval; declined, expired, cancelled, and slow_down honoured.
#include "authsandbox.h"

#include "auth/devicecodesignin.h"

#include <QBuffer>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

namespace {
// Passes requests through; records when device-code polls are sent, and can make the identity platform
// see one extra poll just before the flow's first, so it answers slow_down.
class PollRecorder : public QNetworkAccessManager
{
public:
    QList<qint64> pollTimes;
    bool provokeSlowDown = false;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QByteArray body = data ? data->peek(data->size()) : QByteArray();
        if (body.contains("grant-type%3Adevice_code")) {
            pollTimes.append(QDateTime::currentMSecsSinceEpoch());
            if (provokeSlowDown) {
                provokeSlowDown = false;
                auto *copy = new QBuffer;
                copy->setData(body);
                copy->open(QIODevice::ReadOnly);
                QNetworkReply *early = QNetworkAccessManager::createRequest(op, request, copy);
                QEventLoop loop;
                QObject::connect(early, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
                early->deleteLater();
                copy->deleteLater();
            }
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};
} // namespace

class TestDeviceCodeSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_env = std::make_unique<AuthSandbox>();
        QVERIFY(m_env->isRunning());
        m_env->identity().setDeviceCodeInterval(1);
    }

    void init() { m_env->identity().setDeviceCodeLifetime(900); }

    void approvedOnAnotherDevice()
    {
        PollRecorder network;
        DeviceCodeSignIn flow(m_env->profile, &network);
        QSignalSpy codes(&flow, &DeviceCodeSignIn::codeReady);
        QSignalSpy finished(&flow, &DeviceCodeSignIn::finished);
        QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);
        flow.start();
        QTRY_COMPARE(codes.size(), 1);
        const QString userCode = codes.first().at(0).toString();
        QCOMPARE(codes.first().at(1).toUrl().path(), QStringLiteral("/devicelogin"));
        QCOMPARE(codes.first().at(2).toInt(), 900);
        QVERIFY(codes.first().at(3).toString().contains(userCode));
        QCOMPARE(flow.pollIntervalSeconds(), 1);
        QTRY_VERIFY(network.pollTimes.size() >= 1); // pending at first
        QCOMPARE(approve(userCode, QStringLiteral("approve")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 10000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().fullText()));
        const TokenResponse response = finished.first().first().value<TokenResponse>();
        QVERIFY(!response.accessToken.isEmpty());
        QVERIFY(!response.refreshToken.isEmpty());
        QVERIFY(!response.clientInfo.isEmpty());
        for (int i = 1; i < network.pollTimes.size(); ++i) // never faster than the interval
            QVERIFY(network.pollTimes.at(i) - network.pollTimes.at(i - 1) >= 1000);
    }

    void slowDownAddsFiveSeconds()
    {
        PollRecorder network;
        network.provokeSlowDown = true;
        DeviceCodeSignIn flow(m_env->profile, &network);
        QSignalSpy codes(&flow, &DeviceCodeSignIn::codeReady);
        QSignalSpy finished(&flow, &DeviceCodeSignIn::finished);
        QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);
        flow.start();
        QTRY_COMPARE(codes.size(), 1);
        QTRY_COMPARE(flow.pollIntervalSeconds(), 6); // the first poll was answered slow_down
        QCOMPARE(approve(codes.first().at(0).toString(), QStringLiteral("approve")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 15000);
        QVERIFY(failed.isEmpty());
        // pollTimes: the extra poll, the flow's first (slow_down), then the next one 1 + 5 s later.
        QVERIFY(network.pollTimes.size() >= 2);
        QVERIFY2(network.pollTimes.last() - network.pollTimes.at(0) >= 6000,
                 qPrintable(QString::number(network.pollTimes.last() - network.pollTimes.at(0))));
    }

    void declinedIsASignInError()
    {
        DeviceCodeSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy codes(&flow, &DeviceCodeSignIn::codeReady);
        QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);
        flow.start();
        QTRY_COMPARE(codes.size(), 1);
        QCOMPARE(approve(codes.first().at(0).toString(), QStringLiteral("decline")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QCOMPARE(error.code(), QStringLiteral("AADSTS70000"));
    }

    void expiredCodeEndsTheFlow()
    {
        m_env->identity().setDeviceCodeLifetime(2);
        DeviceCodeSignIn flow(m_env->profile, m_env->network.get());
        QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);
        QSignalSpy finished(&flow, &DeviceCodeSignIn::finished);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const Error error = failed.first().first().value<Error>();
        QCOMPARE(error.kind(), Error::Kind::SignIn);
        QVERIFY2(error.code() == QLatin1String("AADSTS70019") ||
                     error.code() == QLatin1String("expired_token"),
                 qPrintable(error.code()));
        QCOMPARE(finished.size(), 0);
    }

    void cancelStopsPolling()
    {
        PollRecorder network;
        DeviceCodeSignIn flow(m_env->profile, &network);
        QSignalSpy codes(&flow, &DeviceCodeSignIn::codeReady);
        QSignalSpy failed(&flow, &DeviceCodeSignIn::failed);
        flow.start();
        QTRY_COMPARE(codes.size(), 1);
        QTRY_VERIFY(network.pollTimes.size() >= 1);
        flow.cancel();
        flow.cancel();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().kind(), Error::Kind::Cancelled);
        const int polls = int(network.pollTimes.size());
        QTest::qWait(2500);
        QCOMPARE(int(network.pollTimes.size()), polls);
        QCOMPARE(failed.size(), 1);
    }

private:
    int approve(const QString &userCode, const QString &action)
    {
        return m_env->client
            ->postForm(QStringLiteral("/devicelogin"), {{QStringLiteral("otc"), userCode},
                                                        {QStringLiteral("login"), m_env->username},
                                                        {QStringLiteral("passwd"), m_env->password},
                                                        {QStringLiteral("action"), action}})
            .status;
    }

    std::unique_ptr<AuthSandbox> m_env;
};

QTEST_GUILESS_MAIN(TestDeviceCodeSignIn)
#include "tst_devicecodesignin.moc"
