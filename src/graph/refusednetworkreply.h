#pragma once

#include <QNetworkReply>

// A reply that never touched the network: it finishes (asynchronously) with `error`. Used by
// SecureNetworkAccessManager to refuse plain HTTP to non-loopback hosts.
class RefusedNetworkReply : public QNetworkReply
{
    Q_OBJECT
public:
    RefusedNetworkReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                        NetworkError error, const QString &errorText, QObject *parent = nullptr);

    void abort() override {}
    qint64 bytesAvailable() const override { return 0; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};
