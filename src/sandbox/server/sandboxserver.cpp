#include "sandbox/server/sandboxserver.h"

#include "sandbox/common/logging.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/identity/tokenissuer.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

SandboxServer::SandboxServer(Tenant &tenant, const TokenIssuer &tokens, const SandboxOptions &options,
                             QObject *parent)
    : QAbstractHttpServer(parent), m_tenant(tenant), m_tokens(tokens), m_options(options),
      m_throttle(options.throttleProfile), m_lag(tenant, options.realism.replicationLagMs),
      m_exchangeConcurrency(options.realism.exchangeConcurrency), m_random(options.seed ^ 0x5eed)
{}

SandboxServer::~SandboxServer() = default;

void SandboxServer::addFamily(std::unique_ptr<EndpointFamily> family)
{
    m_families.push_back(std::move(family));
}

void SandboxServer::setLatency(int minMs, int maxMs)
{
    m_options.latencyMinMs = minMs;
    m_options.latencyMaxMs = maxMs;
}

quint16 SandboxServer::start(quint16 port, const QByteArray &certificatePem, const QByteArray &keyPem,
                             QString *error)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    ssl.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // clients do not present certificates
    auto *server = new QSslServer(this);
    server->setSslConfiguration(ssl);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
}

QString SandboxServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QStringList SandboxServer::audiencesFor(EndpointFamily::Api api)
{
    switch (api) {
    case EndpointFamily::Api::Graph:
        return {QStringLiteral("https://graph.microsoft.com"),
                QStringLiteral("00000003-0000-0000-c000-000000000000")};
    case EndpointFamily::Api::Exchange:
        return {QStringLiteral("https://outlook.office365.com"),
                QStringLiteral("00000002-0000-0ff1-ce00-000000000000")};
    case EndpointFamily::Api::OneRoster:
        return {QStringLiteral("oneroster")};
    case EndpointFamily::Api::None:
        break;
    }
    return {};
}

bool SandboxServer::authenticate(SandboxRequest &request, EndpointFamily::Api api, SandboxResponse *failure)
{
    const auto unauthorized = [&](const QString &code, const QString &message, const char *description) {
        *failure = SandboxResponse::graphError(request, 401, code, message);
        failure->setHeader(
            "WWW-Authenticate",
            QByteArray("Bearer realm=\"\", authorization_uri=\"") + baseUrl().toUtf8() + '/' +
                m_tenant.tenantId.toUtf8() +
                "/oauth2/v2.0/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\", "
                "error=\"invalid_token\", error_description=\"" +
                description + '"');
        return false;
    };
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return unauthorized(QStringLiteral("InvalidAuthenticationToken"),
                            QStringLiteral("Access token is empty."), "No access token");
    QJsonObject claims;
    QString why;
    if (!m_tokens.verify(authorization.mid(7).trimmed(), &claims, &why)) {
        if (why == QLatin1String("expired"))
            return unauthorized(QStringLiteral("InvalidAuthenticationToken"),
                                QStringLiteral("Lifetime validation failed, the token is expired."),
                                "The access token has expired");
        return unauthorized(QStringLiteral("InvalidAuthenticationToken"),
                            QStringLiteral("Access token validation failure. Invalid audience or signature."),
                            "The access token is invalid");
    }
    const QString audience = claims.value(QLatin1String("aud")).toString();
    if (!audiencesFor(api).contains(audience) ||
        claims.value(QLatin1String("tid")).toString() != m_tenant.tenantId)
        return unauthorized(QStringLiteral("InvalidAuthenticationToken"),
                            QStringLiteral("Access token validation failure. Invalid audience."),
                            "The audience of the access token is not this resource");
    request.caller.audience = audience;
    request.caller.appId = claims.value(QLatin1String("azp")).toString();
    if (request.caller.appId.isEmpty())
        request.caller.appId = claims.value(QLatin1String("appid")).toString();
    const QString scp = claims.value(QLatin1String("scp")).toString();
    if (!scp.isEmpty()) {
        request.caller.userId = claims.value(QLatin1String("oid")).toString();
        for (const QString &s : scp.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            request.caller.permissions.insert(s);
    } else {
        request.caller.userId.clear();
        for (const QJsonValue &r : claims.value(QLatin1String("roles")).toArray())
            request.caller.permissions.insert(r.toString());
    }
    return true;
}

SandboxResponse SandboxServer::dispatch(SandboxRequest &request, bool inheritCaller)
{
    request.realism = m_options.realism;
    for (const auto &family : m_families) {
        if (!family->matches(request))
            continue;
        const EndpointFamily::Api api = family->api();
        if (api != EndpointFamily::Api::None) {
            SandboxResponse failure;
            if (!inheritCaller && !authenticate(request, api, &failure))
                return failure;
            int retryAfter = 0;
            if (api != EndpointFamily::Api::OneRoster &&
                !m_throttle.admit(request.caller.appId, &retryAfter)) {
                SandboxResponse r =
                    SandboxResponse::graphError(request, 429, QStringLiteral("TooManyRequests"),
                                                QStringLiteral("Please retry again later."));
                // Older Graph documentation shows fractional seconds ("fractional-retry-after").
                r.setHeader("Retry-After", m_options.realism.fractionalRetryAfter
                                               ? QByteArray::number(retryAfter + 0.128, 'f', 3)
                                               : QByteArray::number(retryAfter));
                return r;
            }
        }
        SandboxResponse refused;
        if (api == EndpointFamily::Api::Exchange && !inheritCaller &&
            !m_exchangeConcurrency.enter(request, &refused))
            return refused;
        if (api == EndpointFamily::Api::Graph && m_lag.hides(request, &refused))
            return refused;
        const ReplicationLag::Mark before = m_lag.mark();
        SandboxResponse response = family->handle(request);
        m_lag.noteCreated(before);
        if (api == EndpointFamily::Api::Graph)
            m_lag.filter(request, &response);
        return response;
    }
    return SandboxResponse::graphError(request, 400, QStringLiteral("BadRequest"),
                                       QStringLiteral("Resource not found for the segment '%1'.")
                                           .arg(request.path.section(QLatin1Char('/'), -1)));
}

SandboxServer::Fault SandboxServer::pickFault()
{
    const SandboxOptions::Faults &f = m_options.faults;
    if (!f.any())
        return Fault::None;
    double roll = m_random.generateDouble();
    const std::pair<double, Fault> table[] = {
        {f.status503, Fault::Status503}, {f.status504, Fault::Status504},
        {f.reset, Fault::Reset},         {f.truncated, Fault::Truncated},
        {f.malformed, Fault::Malformed}, {f.resetAfterBody, Fault::ResetAfterBody}};
    for (const auto &entry : table) {
        if (roll < entry.first)
            return entry.second;
        roll -= entry.first;
    }
    return Fault::None;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &httpRequest, QTcpSocket *socket)
{
    ++m_requests;
    SandboxRequest request;
    request.method =
        QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(httpRequest.method())))
            .toUpper();
    request.path = httpRequest.url().path();
    request.query = QUrlQuery(httpRequest.url().query(QUrl::FullyEncoded));
    request.headers = httpRequest.headers();
    request.body = httpRequest.body();
    request.baseUrl = baseUrl();
    request.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    bool isApi = false;
    for (const auto &family : m_families) {
        if (family->matches(request)) {
            isApi = family->api() != EndpointFamily::Api::None;
            break;
        }
    }
    if (isApi)
        countArrival(request);
    // The fault is chosen before the request is dispatched: "reset" drops the connection before the request
    // is applied (the client cannot tell whether it was), "reset-after-body" after it was applied.
    const Fault fault = isApi ? pickFault() : Fault::None;
    int delay = m_options.latencyMaxMs <= 0
                    ? 0
                    : int(m_random.bounded(m_options.latencyMinMs, m_options.latencyMaxMs + 1));
    QPointer<QTcpSocket> guard(socket);
    if (fault == Fault::Reset) {
        QTimer::singleShot(delay, this, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    SandboxResponse response = dispatch(request, false);
    response.setHeader("request-id", request.requestId.toLatin1());
    if (!request.header("client-request-id").isEmpty())
        response.setHeader("client-request-id", request.header("client-request-id"));
    if (m_options.latencyModel == SandboxOptions::LatencyModel::Graph)
        delay += int(response.objects * m_options.latencyPerObjectMs);
    const QHttpServerRequest *requestPtr = &httpRequest;
    QTimer::singleShot(delay, this, [this, guard, requestPtr, response, fault, id = request.requestId] {
        m_exchangeConcurrency.leave(id);
        if (guard)
            respond(*requestPtr, guard, response, fault);
    });
    return true;
}

void SandboxServer::countArrival(const SandboxRequest &request)
{
    const QByteArray id = request.header("client-request-id");
    if (id.isEmpty())
        return;
    Arrival &arrival = m_arrivals[id];
    if (arrival.count++ == 0) {
        arrival.method = request.method;
        arrival.path = request.path;
    }
}

QHash<QByteArray, SandboxServer::Arrival> SandboxServer::repeatedArrivals() const
{
    QHash<QByteArray, Arrival> repeated;
    for (auto it = m_arrivals.begin(); it != m_arrivals.end(); ++it) {
        if (it->count > 1)
            repeated.insert(it.key(), it.value());
    }
    return repeated;
}

void SandboxServer::respond(const QHttpServerRequest &httpRequest, QTcpSocket *socket,
                            const SandboxResponse &original, Fault fault)
{
    SandboxResponse response = original;
    switch (fault) {
    case Fault::Reset:
    case Fault::ResetAfterBody: // applied by dispatch(); the answer is lost
        socket->abort();
        return;
    case Fault::Status503:
    case Fault::Status504: {
        SandboxRequest r;
        r.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        response = fault == Fault::Status503
                       ? SandboxResponse::graphError(r, 503, QStringLiteral("serviceNotAvailable"),
                                                     QStringLiteral("Service is temporarily unavailable."))
                       : SandboxResponse::graphError(r, 504, QStringLiteral("UnknownError"),
                                                     QStringLiteral("Gateway timeout."));
        break;
    }
    case Fault::Malformed:
        response.body = response.body.left(response.body.size() / 2) + "\"}{,]";
        break;
    case Fault::Truncated:
    case Fault::None:
        break;
    }
    QHttpServerResponder responder = makeResponder(httpRequest, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &h : response.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Date", QDateTime::currentDateTimeUtc()
                                      .toString(QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                      .toLatin1());
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    if (fault == Fault::Truncated) {
        responder.writeBody(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    responder.writeBody(response.body);
    m_heapTrimmer.replied(response.body.size());
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Every request is answered in handleRequest; this only runs if that ever declines one.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
