#pragma once

// The keychain's operations, waited for in a local event loop: for tests only (the product never waits on
// the keychain; the command line waits through BlockingSession).
#include "auth/keychainstore.h"

#include <QEventLoop>

#include <functional>

namespace KeychainWait {

inline Error waitFor(const std::function<void(KeychainStore::DoneCallback done)> &start)
{
    QEventLoop loop;
    Error result;
    bool finished = false;
    start([&](const Error &error) {
        result = error;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

inline Error write(KeychainStore &store, const QString &key, const QByteArray &data)
{
    return waitFor([&](KeychainStore::DoneCallback done) { store.write(key, data, done); });
}

inline Error read(KeychainStore &store, const QString &key, QByteArray *data, bool *found)
{
    return waitFor([&](KeychainStore::DoneCallback done) {
        store.read(key, [data, found, done](bool present, const QByteArray &value, const Error &error) {
            *found = present;
            *data = value;
            done(error);
        });
    });
}

inline Error remove(KeychainStore &store, const QString &key)
{
    return waitFor([&](KeychainStore::DoneCallback done) { store.remove(key, done); });
}

} // namespace KeychainWait
