#pragma once

#include "core/error.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// One form POST to the identity platform (token or devicecode endpoint) that answers JSON.
// Ends exactly once: finished(json) for HTTP 200, or failed(error, oauthError) where oauthError is the
// reply's OAuth "error" field ("authorization_pending", "invalid_grant"; empty for transport failures).
class IdentityRequest : public QObject
{
    Q_OBJECT
public:
    using Fields = QList<QPair<QString, QString>>;

    IdentityRequest(QNetworkAccessManager *network, const QUrl &endpoint, const Fields &fields,
                    QObject *parent = nullptr);
    ~IdentityRequest() override;

    void start();
    // Aborts the request; failed(Cancelled) is emitted unless it already ended.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    // Transfer timeout in milliseconds (default 30 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

signals:
    void finished(const QJsonObject &json);
    void failed(const Error &error, const QString &oauthError);

private:
    void onFinished();
    QString where() const;

    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    Fields m_fields;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30000;
    bool m_done = false;
    bool m_cancelled = false;
};
