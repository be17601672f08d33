// Secrets in the real keychain (Secret Service from the headless wrapper), stored in chunks: a large
// secret round-trips, shrinking it drops the chunks it no longer needs, removal leaves no chunk.
#include "auth/keychainstore.h"
#include "auth/tokencachestore.h"
#include "keychainwait.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

namespace {
// Reads one raw keychain entry, bypassing the store.
QKeychain::Error rawRead(const QString &service, const QString &key)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}
} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
private slots:
    void largeSecretRoundTripsInChunks()
    {
        KeychainStore store(QStringLiteral("tenantdesk-test"));
        const QString key = QStringLiteral("chunked/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QByteArray secret(50 * 1024, Qt::Uninitialized);
        for (char &c : secret)
            c = char(QRandomGenerator::global()->bounded(256));
        QVERIFY(!KeychainWait::write(store, key, secret));
        const int chunks = int((secret.size() + KeychainStore::chunkSize() - 1) / KeychainStore::chunkSize());
        QCOMPARE(chunks, 26);
        for (int i = 0; i < chunks; ++i)
            QCOMPARE(rawRead(store.service(), KeychainStore::chunkKey(key, i)), QKeychain::NoError);

        QByteArray read;
        bool found = false;
        QVERIFY(!KeychainWait::read(store, key, &read, &found));
        QVERIFY(found);
        QCOMPARE(read.size(), secret.size());
        QVERIFY(read == secret);

        // A smaller secret under the same key leaves no stale chunk behind.
        QVERIFY(!KeychainWait::write(store, key, QByteArray(3000, 'x')));
        QVERIFY(!KeychainWait::read(store, key, &read, &found));
        QCOMPARE(read, QByteArray(3000, 'x'));
        QCOMPARE(rawRead(store.service(), KeychainStore::chunkKey(key, 1)), QKeychain::NoError);
        QCOMPARE(rawRead(store.service(), KeychainStore::chunkKey(key, 2)), QKeychain::EntryNotFound);

        QVERIFY(KeychainWait::write(store, key, secret).kind() == Error::Kind::None);
        QVERIFY(!KeychainWait::remove(store, key));
        QCOMPARE(rawRead(store.service(), key), QKeychain::EntryNotFound);
        for (int i = 0; i < chunks; ++i)
            QCOMPARE(rawRead(store.service(), KeychainStore::chunkKey(key, i)), QKeychain::EntryNotFound);
        QVERIFY(!KeychainWait::read(store, key, &read, &found));
        QVERIFY(!found);
        QVERIFY(!KeychainWait::remove(store, key)); // removing twice is fine
    }

    void asyncOperationsRunInOrderAndCallBackOnce()
    {
        KeychainStore store(QStringLiteral("tenantdesk-test"));
        const QString key = QStringLiteral("ordered/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QStringList events;
        store.write(key, "one", [&](const Error &e) {
            events << (e ? QStringLiteral("w1-error") : QStringLiteral("w1"));
        });
        store.write(key, "two", [&](const Error &e) {
            events << (e ? QStringLiteral("w2-error") : QStringLiteral("w2"));
        });
        store.read(key, [&](bool found, const QByteArray &data, const Error &) {
            events << QStringLiteral("r:%1:%2").arg(found).arg(QString::fromLatin1(data));
        });
        store.remove(
            key, [&](const Error &e) { events << (e ? QStringLiteral("rm-error") : QStringLiteral("rm")); });
        QVERIFY(events.isEmpty()); // callbacks come from the event loop
        QTRY_COMPARE(events.size(), 4);
        QCOMPARE(events, (QStringList{"w1", "w2", "r:1:two", "rm"}));
        QTest::qWait(50);
        QCOMPARE(events.size(), 4);
    }

    void profileSecretsLiveUnderTheProfilesKeys()
    {
        KeychainStore keychain(QStringLiteral("tenantdesk-test"));
        const QString name = QStringLiteral("School ") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        TokenCacheStore store(&keychain, name);
        QCOMPARE(store.cacheKey(), QStringLiteral("profile/%1/msal-cache").arg(name));
        QCOMPARE(store.clientSecretKey(), QStringLiteral("profile/%1/client-secret").arg(name));
        bool saved = false;
        store.saveClientSecret(QStringLiteral("s3cr3t~value"), [&](const Error &e) { saved = !e; });
        QTRY_VERIFY(saved);
        QString secret;
        bool loaded = false;
        store.loadClientSecret([&](const QString &s, const Error &e) {
            secret = s;
            loaded = !e;
        });
        QTRY_VERIFY(loaded);
        QCOMPARE(secret, QStringLiteral("s3cr3t~value"));
        bool cleared = false;
        store.clear([&](const Error &e) { cleared = !e; });
        QTRY_VERIFY(cleared);
        for (const QString &key : store.keys()) {
            QCOMPARE(rawRead(keychain.service(), key), QKeychain::EntryNotFound);
            QCOMPARE(rawRead(keychain.service(), KeychainStore::chunkKey(key, 0)), QKeychain::EntryNotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
