#pragma once

#include "sandbox/server/sandbox.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QSslConfiguration>
#include <QString>

#include <memory>

// Test helper: an in-process sandbox tenant and a synchronous HTTPS client that trusts its certificate
// (and nothing else). Requests run the event loop until the reply finishes, so the server answers.
class SandboxClient
{
public:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when the connection failed
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;     // empty unless the transport failed
        QJsonObject json() const; // the body parsed as an object (empty when not JSON)
        QByteArray header(const QByteArray &name) const;
    };

    explicit SandboxClient(const SandboxOptions &options = SandboxOptions());
    ~SandboxClient();

    bool isRunning() const { return m_started; }
    QString startError() const { return m_error; }
    Sandbox &sandbox() { return *m_sandbox; }
    Tenant &tenant() { return m_sandbox->tenant(); }
    QString baseUrl() const { return m_sandbox->baseUrl(); }

    // A token signed by the sandbox, as its /token endpoint would issue: delegated when `userId` is set
    // (scp = permissions), application-only otherwise (roles = permissions).
    QByteArray mintToken(const QStringList &permissions, const QString &userId = QString(),
                         const QString &audience = QStringLiteral("https://graph.microsoft.com"),
                         qint64 lifetimeSeconds = 3600);
    // An application token with every Graph permission the sandbox knows.
    QByteArray adminAppToken();

    // `url` is absolute, or a path appended to baseUrl(). A null token sends no Authorization header.
    Reply request(const QByteArray &method, const QString &url, const QByteArray &token,
                  const QByteArray &body = QByteArray(),
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply get(const QString &url, const QByteArray &token) { return request("GET", url, token); }
    Reply postJson(const QString &url, const QByteArray &token, const QJsonObject &body);
    Reply postForm(const QString &url, const QList<QPair<QString, QString>> &fields);

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
    bool m_started = false;
    QString m_error;
};
