// The OS keychain works where the product runs: a QtKeychain write/read/delete round trip against the
// real Secret Service (the headless wrapper starts an unlocked throw-away GNOME keyring).
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTest>
#include <QUuid>

namespace {
QKeychain::Error runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return job->error();
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QString service = QStringLiteral("tenantdesk-test");
        const QString key = QStringLiteral("round-trip-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("sëcret-ø-%1").arg(QUuid::createUuid().toString());

        QKeychain::WritePasswordJob write(service);
        write.setKey(key);
        write.setTextData(secret);
        QCOMPARE(runJob(&write), QKeychain::NoError);

        QKeychain::ReadPasswordJob read(service);
        read.setKey(key);
        QCOMPARE(runJob(&read), QKeychain::NoError);
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(service);
        remove.setKey(key);
        QCOMPARE(runJob(&remove), QKeychain::NoError);

        QKeychain::ReadPasswordJob again(service);
        again.setKey(key);
        QCOMPARE(runJob(&again), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
