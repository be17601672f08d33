#include "sandbox/server/batchendpoint.h"

#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace {
SandboxResponse batchError(const SandboxRequest &request, const QString &message)
{
    return SandboxResponse::graphError(request, 400, QStringLiteral("BadRequest"), message);
}

QJsonObject itemError(int status, const QString &code, const QString &message)
{
    return QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("headers"),
         QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}}}};
}
} // namespace

BatchEndpoint::BatchEndpoint(SandboxServer &server)
    : m_server(server), m_random(server.options().seed ^ 0xba7c4)
{}

bool BatchEndpoint::matches(const SandboxRequest &request) const
{
    return request.path == QLatin1String("/v1.0/$batch");
}

bool BatchEndpoint::validate(const SandboxRequest &request, const QJsonObject &body, SandboxResponse *failure)
{
    const QJsonValue requests = body.value(QLatin1String("requests"));
    if (!requests.isArray() || requests.toArray().isEmpty()) {
        *failure = batchError(request, QStringLiteral("Invalid batch payload format."));
        return false;
    }
    const QJsonArray items = requests.toArray();
    if (items.size() > kMaxRequests) {
        *failure = batchError(
            request,
            QStringLiteral("The number of requests in a batch exceeds the maximum of %1.").arg(kMaxRequests));
        return false;
    }
    QSet<QString> ids;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(QLatin1String("id")).toString();
        const QString method = item.value(QLatin1String("method")).toString().toUpper();
        if (id.isEmpty() || item.value(QLatin1String("url")).toString().isEmpty() ||
            !QStringList{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PATCH"),
                         QStringLiteral("PUT"), QStringLiteral("DELETE")}
                 .contains(method)) {
            *failure = batchError(request, QStringLiteral("Invalid batch payload format."));
            return false;
        }
        if (ids.contains(id.toLower())) {
            *failure =
                batchError(request, QStringLiteral("Batch request contains duplicate ids: '%1'.").arg(id));
            return false;
        }
        ids.insert(id.toLower());
        if (item.contains(QLatin1String("body"))) {
            bool typed = false;
            const QJsonObject headers = item.value(QLatin1String("headers")).toObject();
            for (auto h = headers.begin(); h != headers.end(); ++h)
                typed = typed || h.key().compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
            if (!typed) {
                *failure = batchError(request,
                                      QStringLiteral("Content-Type header must be specified in request '%1' "
                                                     "because it has a body.")
                                          .arg(id));
                return false;
            }
        }
    }
    // Dependencies must name requests of this batch.
    for (const QJsonValue &value : items) {
        for (const QJsonValue &dependency : value.toObject().value(QLatin1String("dependsOn")).toArray()) {
            if (!ids.contains(dependency.toString().toLower())) {
                *failure = batchError(
                    request,
                    QStringLiteral("Request '%1' depends on '%2', which is not in the batch.")
                        .arg(value.toObject().value(QLatin1String("id")).toString(), dependency.toString()));
                return false;
            }
        }
    }
    return true;
}

SandboxResponse BatchEndpoint::handle(SandboxRequest &request)
{
    if (request.method != "POST")
        return SandboxResponse::graphError(
            request, 405, QStringLiteral("BadRequest"),
            QStringLiteral("Specified HTTP method is not allowed for the request target."));
    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    SandboxResponse failure;
    if (!ok) {
        return batchError(request, QStringLiteral("Invalid batch payload format."));
    }
    if (!validate(request, body, &failure))
        return failure;

    const QJsonArray items = body.value(QLatin1String("requests")).toArray();
    QHash<QString, int> status; // lower-case id -> status, once run
    QHash<QString, QJsonObject> results;
    // Run in request order, each after its dependencies (Graph runs dependent requests sequentially).
    QVector<bool> done(items.size(), false);
    for (int pass = 0; pass < items.size(); ++pass) {
        bool progressed = false;
        for (int i = 0; i < items.size(); ++i) {
            if (done[i])
                continue;
            const QJsonObject item = items.at(i).toObject();
            const QString id = item.value(QLatin1String("id")).toString();
            bool ready = true, failed = false;
            for (const QJsonValue &dependency : item.value(QLatin1String("dependsOn")).toArray()) {
                const QString key = dependency.toString().toLower();
                if (!status.contains(key))
                    ready = false;
                else if (status.value(key) < 200 || status.value(key) > 299)
                    failed = true;
            }
            if (!ready)
                continue;
            QJsonObject result = failed ? itemError(424, QStringLiteral("FailedDependency"),
                                                    QStringLiteral("Failed dependency."))
                                        : run(request, item);
            result.insert(QStringLiteral("id"), id);
            status.insert(id.toLower(), result.value(QLatin1String("status")).toInt());
            results.insert(id.toLower(), result);
            done[i] = true;
            progressed = true;
        }
        if (!progressed)
            break;
    }
    QJsonArray responses;
    for (int i = 0; i < items.size(); ++i) {
        const QString id = items.at(i).toObject().value(QLatin1String("id")).toString();
        if (done[i]) {
            responses.append(results.value(id.toLower()));
        } else { // a dependency cycle
            QJsonObject result =
                itemError(424, QStringLiteral("FailedDependency"), QStringLiteral("Failed dependency."));
            result.insert(QStringLiteral("id"), id);
            responses.append(result);
        }
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("responses"), responses}});
}

QJsonObject BatchEndpoint::run(const SandboxRequest &outer, const QJsonObject &item)
{
    QString url = item.value(QLatin1String("url")).toString().trimmed();
    if (url.contains(QLatin1String("://")))
        url = QUrl(url).path(QUrl::FullyEncoded) +
              (QUrl(url).hasQuery() ? QLatin1Char('?') + QUrl(url).query(QUrl::FullyEncoded) : QString());
    if (!url.startsWith(QLatin1Char('/')))
        url.prepend(QLatin1Char('/'));
    if (!url.startsWith(QLatin1String("/v1.0/")) && url != QLatin1String("/v1.0"))
        url.prepend(QLatin1String("/v1.0"));
    const QUrl parsed(QStringLiteral("https://batch.invalid") + url);

    SandboxRequest request;
    request.method = item.value(QLatin1String("method")).toString().toUpper().toLatin1();
    request.path = parsed.path();
    request.query = QUrlQuery(parsed.query(QUrl::FullyEncoded));
    const QJsonObject headers = item.value(QLatin1String("headers")).toObject();
    for (auto h = headers.begin(); h != headers.end(); ++h)
        request.headers.append({h.key().toLatin1(), h.value().toString().toUtf8()});
    if (item.contains(QLatin1String("body"))) {
        const QJsonValue body = item.value(QLatin1String("body"));
        request.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                       : body.toString().toUtf8();
    }
    request.baseUrl = outer.baseUrl;
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.caller = outer.caller;

    SandboxResponse response;
    const double faults = m_server.options().realism.batchItemFaults;
    if (faults > 0 && m_random.generateDouble() < faults) {
        // The item was not run: Graph's front end gave up on it (the client cannot know that).
        return m_random.bounded(2) == 0
                   ? itemError(503, QStringLiteral("serviceNotAvailable"),
                               QStringLiteral("Service is temporarily unavailable."))
                   : itemError(504, QStringLiteral("UnknownError"), QStringLiteral("Gateway timeout."));
    }
    if (request.path == QLatin1String("/v1.0/$batch"))
        response = SandboxResponse::graphError(request, 400, QStringLiteral("BadRequest"),
                                               QStringLiteral("Nested batch requests are not supported."));
    else
        response = m_server.dispatch(request, true);

    QJsonObject result{{QStringLiteral("status"), response.status}};
    QJsonObject responseHeaders;
    bool json = false;
    for (const auto &h : response.headers) {
        responseHeaders.insert(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
        json =
            json || (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0 && h.second.contains("json"));
    }
    result.insert(QStringLiteral("headers"), responseHeaders);
    if (!response.body.isEmpty()) {
        if (json)
            result.insert(QStringLiteral("body"), QJsonDocument::fromJson(response.body).object());
        else
            result.insert(QStringLiteral("body"), QString::fromUtf8(response.body));
    }
    return result;
}
