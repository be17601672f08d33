#pragma once

#include "sandbox/common/sandboxoptions.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrlQuery>

#include <initializer_list>

// Who is calling, as read from a verified access token.
struct SandboxCaller
{
    QString appId;             // azp/appid of the calling application
    QString userId;            // oid of the signed-in user; empty for app-only tokens
    QString audience;          // the API the token was issued for
    QSet<QString> permissions; // scp (delegated) or roles (application)

    bool appOnly() const { return userId.isEmpty(); }
    bool hasAny(std::initializer_list<const char *> names) const
    {
        for (const char *name : names) {
            if (permissions.contains(QString::fromLatin1(name)))
                return true;
        }
        return false;
    }
};

// One HTTP request as the sandbox's endpoint families see it.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // percent-decoded path, e.g. "/v1.0/users/abc"
    QUrlQuery query;   // decoded query ($filter etc.)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString baseUrl;                 // "https://127.0.0.1:PORT"
    QString requestId;               // the request-id this response carries
    SandboxCaller caller;            // filled for API calls once the bearer token verified
    SandboxOptions::Realism realism; // the server's --realism switches, as the request is served

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return QByteArray();
    }
    QString queryValue(const QString &key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    QJsonObject jsonBody(bool *ok = nullptr) const;
};

// One HTTP response, built by an endpoint family and written by the server.
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int objects = 0; // objects in the answer's "value" array (the graph latency model charges per object)

    void setHeader(const QByteArray &name, const QByteArray &value);
    static SandboxResponse json(int status, const QJsonObject &object);
    static SandboxResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static SandboxResponse noContent();
    // Graph's error shape: {"error":{"code","message","innerError":{"request-id","date"}}}.
    static SandboxResponse graphError(const SandboxRequest &request, int status, const QString &code,
                                      const QString &message);
};
