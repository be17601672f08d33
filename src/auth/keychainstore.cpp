#include "auth/keychainstore.h"

#include "auth/logging.h"

#include <qt6keychain/keychain.h>

namespace {
Error storageError(const QString &what, const QKeychain::Job *job)
{
    return Error(Error::Kind::Storage, what, job->errorString());
}
} // namespace

KeychainStore::KeychainStore(const QString &service, QObject *parent) : QObject(parent), m_service(service)
{}

KeychainStore::~KeychainStore() = default;

QString KeychainStore::chunkKey(const QString &key, int index)
{
    return key + QLatin1Char('#') + QString::number(index);
}

void KeychainStore::enqueue(std::function<void()> operation)
{
    m_queue.push_back(std::move(operation));
    if (!m_busy)
        next();
}

void KeychainStore::next()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    std::function<void()> operation = std::move(m_queue.front());
    m_queue.pop_front();
    operation();
}

void KeychainStore::write(const QString &key, const QByteArray &data, DoneCallback done)
{
    enqueue([this, key, data, done] {
        runWrite(key, data, [this, done](const Error &error) {
            done(error);
            next();
        });
    });
}

void KeychainStore::read(const QString &key, ReadCallback done)
{
    enqueue([this, key, done] {
        runRead(key, [this, done](bool found, const QByteArray &data, const Error &error) {
            done(found, data, error);
            next();
        });
    });
}

void KeychainStore::remove(const QString &key, DoneCallback done)
{
    enqueue([this, key, done] {
        runRemove(key, [this, done](const Error &error) {
            done(error);
            next();
        });
    });
}

void KeychainStore::writeEntry(const QString &key, const QByteArray &data, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError
                 ? Error()
                 : storageError(QStringLiteral("keychain write %1").arg(key), finished));
    });
    job->start();
}

void KeychainStore::readEntry(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound)
            done(false, QByteArray(), Error());
        else if (read->error() != QKeychain::NoError)
            done(false, QByteArray(), storageError(QStringLiteral("keychain read %1").arg(key), read));
        else
            done(true, read->binaryData(), Error());
    });
    job->start();
}

void KeychainStore::deleteEntry(const QString &key, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job *finished) {
        const bool ok =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? Error() : storageError(QStringLiteral("keychain delete %1").arg(key), finished));
    });
    job->start();
}

void KeychainStore::deleteChunks(const QString &key, int from, int to, DoneCallback done)
{
    if (from >= to) {
        done(Error());
        return;
    }
    deleteEntry(chunkKey(key, from), [this, key, from, to, done](const Error &error) {
        if (error) {
            done(error);
            return;
        }
        deleteChunks(key, from + 1, to, done);
    });
}

void KeychainStore::runWrite(const QString &key, const QByteArray &data, DoneCallback done)
{
    readEntry(key, [this, key, data, done](bool found, const QByteArray &index, const Error &readError) {
        if (readError) {
            done(readError);
            return;
        }
        // Chunks first, then the index that names them, then chunks the new secret no longer needs.
        writeChunks(key, data, 0, found ? index.toInt() : 0, done);
    });
}

void KeychainStore::writeChunks(const QString &key, const QByteArray &data, int n, int oldCount,
                                DoneCallback done)
{
    const int count = int((data.size() + chunkSize() - 1) / chunkSize());
    if (n >= count) {
        writeEntry(key, QByteArray::number(count), [this, key, count, oldCount, done](const Error &e) {
            if (e)
                done(e);
            else
                deleteChunks(key, count, oldCount, done);
        });
        return;
    }
    writeEntry(chunkKey(key, n), data.mid(qsizetype(n) * chunkSize(), chunkSize()),
               [this, key, data, n, oldCount, done](const Error &e) {
                   if (e)
                       done(e);
                   else
                       writeChunks(key, data, n + 1, oldCount, done);
               });
}

void KeychainStore::runRead(const QString &key, ReadCallback done)
{
    readEntry(key, [this, key, done](bool found, const QByteArray &index, const Error &readError) {
        if (readError || !found) {
            done(false, QByteArray(), readError);
            return;
        }
        bool ok = false;
        const int count = index.toInt(&ok);
        if (!ok || count < 0) {
            done(false, QByteArray(),
                 Error(Error::Kind::Storage, QStringLiteral("keychain read %1").arg(key),
                       QStringLiteral("The index entry is damaged.")));
            return;
        }
        readChunks(key, 0, count, QByteArray(), done);
    });
}

void KeychainStore::readChunks(const QString &key, int n, int count, const QByteArray &sofar,
                               ReadCallback done)
{
    if (n >= count) {
        done(true, sofar, Error());
        return;
    }
    readEntry(chunkKey(key, n),
              [this, key, n, count, sofar, done](bool present, const QByteArray &chunk, const Error &e) {
                  if (e || !present) {
                      done(false, QByteArray(),
                           e ? e
                             : Error(Error::Kind::Storage, QStringLiteral("keychain read %1").arg(key),
                                     QStringLiteral("Part %1 of the secret is missing.").arg(n)));
                      return;
                  }
                  readChunks(key, n + 1, count, sofar + chunk, done);
              });
}

void KeychainStore::runRemove(const QString &key, DoneCallback done)
{
    readEntry(key, [this, key, done](bool found, const QByteArray &index, const Error &readError) {
        if (readError) {
            done(readError);
            return;
        }
        if (!found) {
            done(Error());
            return;
        }
        deleteChunks(key, 0, qMax(0, index.toInt()), [this, key, done](const Error &e) {
            if (e) {
                done(e);
                return;
            }
            deleteEntry(key, done);
        });
    });
}
