#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// One Graph or Exchange call as the caller describes it. A value type: copy it, change it, send it again.
// `url` is absolute, or relative to `baseUrl` ("/users?$top=999" below "https://graph.microsoft.com/v1.0").
class ApiRequest
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    ApiRequest() = default;
    ApiRequest(const QByteArray &method, const QUrl &url, const QString &resource = QString());

    QByteArray method = "GET";
    QUrl url;                // absolute, or relative to baseUrl
    QUrl baseUrl;            // used when url is relative; its path is kept ("/v1.0" + "/users")
    QJsonDocument body;      // null = no body; otherwise sent as application/json
    Headers headers;         // extra headers: ConsistencyLevel, Prefer, X-AnchorMailbox, ...
    QString resource;        // token audience ("https://graph.microsoft.com"); empty = send no token
    int timeoutMs = 60000;   // no bytes for this long = Timeout
    bool idempotent = false; // true: repeating it is harmless even if it is a POST (e.g. a Get-* cmdlet)
    bool rawReply = false;   // true: the answer is not JSON (kept as rawBody only); see expectsJson()
    // true: a successful answer is a page of directory objects, read by DirectoryPage's streaming reader into
    // ApiResponse::page instead of being built as a QJsonDocument (ApiResponse::json stays null).
    bool directoryPage = false;
    // Requests of one lane share a bound of their own within their host's (ApiClient::setLaneLimit), e.g.
    // Exchange's limit on concurrent admin requests; empty = only the host's bound.
    QString lane;
    // The largest answer accepted; a larger one (by Content-Length, or by the bytes as they arrive) is
    // aborted and ends as Error::Kind::InvalidReply. No Graph or Exchange JSON answer comes near 64 MiB.
    static constexpr qint64 kDefaultMaxReplyBytes = 64 * 1024 * 1024;
    qint64 maxReplyBytes = kDefaultMaxReplyBytes;

    // The absolute URL that is sent.
    QUrl resolvedUrl() const;
    // GET, HEAD, DELETE and PUT, or a request marked idempotent: may be repeated after a lost answer.
    bool isSafeToRepeat() const;
    // Whether a successful answer must be a JSON object: everything but a request marked rawReply and the
    // raw segments of OData ("/users/$count" answers text/plain, ".../$value" the raw content).
    bool expectsJson() const;
    // "GET /v1.0/users": method and path, never the query (it may hold personal data) nor the host.
    QString where() const;
    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);

    // Joins a base URL and a relative path+query the way Graph clients do: "https://h/v1.0" + "/users?$top=5"
    // = "https://h/v1.0/users?$top=5". An absolute `pathOrUrl` is returned as given.
    static QUrl join(const QUrl &base, const QString &pathOrUrl);
    // Same scheme, host and port (the default port of the scheme when none is given).
    static bool isSameOrigin(const QUrl &a, const QUrl &b);
};
