#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>

// Named secrets in the operating system's keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain, under one service name. A secret is stored in chunks so large ones (token
// caches) fit every platform: entry "<key>" holds the chunk count, entries "<key>#0", "<key>#1", ... hold
// up to chunkSize() bytes each. Operations run one after another in the order they were asked for; each
// callback runs exactly once, from the event loop.
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const Error &error)>;
    // found is false (with no error) when there is no such secret.
    using ReadCallback = std::function<void(bool found, const QByteArray &data, const Error &error)>;

    explicit KeychainStore(const QString &service = QStringLiteral("Tenantdesk"), QObject *parent = nullptr);
    ~KeychainStore() override;

    QString service() const { return m_service; }
    static int chunkSize() { return 2000; }
    static QString chunkKey(const QString &key, int index);

    void write(const QString &key, const QByteArray &data, DoneCallback done);
    void read(const QString &key, ReadCallback done);
    // Removes the secret and all its chunks; removing a missing secret is not an error.
    void remove(const QString &key, DoneCallback done);

private:
    void enqueue(std::function<void()> operation);
    void next();
    void runWrite(const QString &key, const QByteArray &data, DoneCallback done);
    void runRead(const QString &key, ReadCallback done);
    void runRemove(const QString &key, DoneCallback done);
    // Raw single-entry jobs.
    void writeEntry(const QString &key, const QByteArray &data, DoneCallback done);
    void readEntry(const QString &key, ReadCallback done);
    void deleteEntry(const QString &key, DoneCallback done);
    void deleteChunks(const QString &key, int from, int to, DoneCallback done);
    void writeChunks(const QString &key, const QByteArray &data, int n, int oldCount, DoneCallback done);
    void readChunks(const QString &key, int n, int count, const QByteArray &sofar, ReadCallback done);

    QString m_service;
    std::deque<std::function<void()>> m_queue;
    bool m_busy = false;
};
