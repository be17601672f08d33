#include "graph/apijob.h"

#include "core/accesstokensource.h"
#include "core/tenantprofile.h"
#include "graph/apiclient.h"
#include "graph/apierrormapper.h"
#include "graph/logging.h"
#include "graph/oneshotbody.h"
#include "graph/securenetworkaccessmanager.h"

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace {
bool looksLikeJson(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("json"))
        return true;
    if (!contentType.isEmpty())
        return false;
    const QByteArray start = body.trimmed().left(1);
    return start == "{" || start == "[";
}

RetryPolicy::Failure transportFailure(QNetworkReply::NetworkError error, bool cancelledByUs)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // the connection closed and Qt was refused a resend (OneShotBody)
        return RetryPolicy::Failure::RemoteClosed;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
        return RetryPolicy::Failure::NotSent;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return RetryPolicy::Failure::ConnectionReset;
    case QNetworkReply::TimeoutError:
        return RetryPolicy::Failure::Timeout;
    case QNetworkReply::OperationCanceledError:
        return cancelledByUs ? RetryPolicy::Failure::Other : RetryPolicy::Failure::Timeout;

    default:
        return RetryPolicy::Failure::Other;
    }
}
} // namespace

ApiJob::ApiJob(ApiClient *client, const ApiRequest &request, const RetryPolicy &policy)
    : QObject(client), m_client(client), m_request(request), m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { requestToken(false); });
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_client) {
        if (m_onWire)
            m_client->release(m_url, m_request.lane, m_networkIndex);
        if (m_queued)
            m_client->dequeue(this, m_url);
    }
}

void ApiJob::start()
{
    if (m_finished)
        return;
    m_clock.start();
    m_url = m_request.resolvedUrl();
    m_response.url = m_url;
    if (!m_url.isValid() || m_url.isRelative() || m_url.host().isEmpty()) {
        finish(Error(Error::Kind::Configuration, m_request.where(), QStringLiteral("Not an absolute URL")));
        return;
    }
    if (!TenantProfile::isAllowedUrl(m_url)) {
        finish(Error(Error::Kind::Insecure, m_request.where(),
                     QStringLiteral("Refused %1 to %2").arg(m_url.scheme(), m_url.host())));
        return;
    }
    requestToken(false);
}

void ApiJob::fail(const Error &error)
{
    finish(error);
}

void ApiJob::requestToken(bool forceRefresh)
{
    if (m_finished || !m_client)
        return;
    // Every attempt (first, retry, after a token refresh) starts at the request's own URL.
    m_hopUrl = m_url;
    m_hopAsGet = false;
    m_redirects = 0;
    AccessTokenSource *tokens = m_client->tokenSource();
    if (m_request.resource.isEmpty() || !tokens) {
        m_accessToken.clear();
        m_queued = true;
        m_client->enqueue(this, m_url);
        return;
    }
    QPointer<ApiJob> guard(this);
    tokens->requestAccessToken(m_request.resource, forceRefresh,
                               [guard](const QString &accessToken, const Error &error) {
                                   if (!guard || guard->m_finished || !guard->m_client)
                                       return;
                                   if (error) {
                                       Error e = error;
                                       if (e.where().isEmpty())
                                           e.setWhere(guard->m_request.where());
                                       guard->finish(e);
                                       return;
                                   }
                                   guard->m_accessToken = accessToken;
                                   guard->m_queued = true;
                                   guard->m_client->enqueue(guard, guard->m_url);
                               });
}

void ApiJob::transmit(int networkIndex)
{
    m_queued = false;
    m_networkIndex = networkIndex;
    QNetworkAccessManager *network = m_client ? m_client->networkAt(networkIndex) : nullptr;
    if (m_finished || !network) {
        if (m_client)
            m_client->release(m_url, m_request.lane, m_networkIndex);
        return;
    }
    m_onWire = true;
    if (m_hopUrl.isEmpty())
        m_hopUrl = m_url;
    QNetworkRequest request(m_hopUrl);
    request.setTransferTimeout(m_request.timeoutMs);
    // Redirects are followed here, not by Qt: Qt would send every header (the token too) to any host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // The token belongs to the request's own origin; a redirect elsewhere goes without it.
    if (!m_accessToken.isEmpty() && ApiRequest::isSameOrigin(m_url, m_hopUrl))
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    // Every attempt carries a fresh client-request-id (a retry by this job too): the server's logs, and the
    // sandbox's arrival counter, tell attempts apart, and an id that arrives twice was resent by the
    // transport.
    m_response.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    request.setRawHeader("client-request-id", m_response.clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    request.setRawHeader("Accept", "application/json");
    QByteArray body;
    if (!m_request.body.isNull() && !m_hopAsGet) {
        body = m_request.body.toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    const bool ownOrigin = ApiRequest::isSameOrigin(m_url, m_hopUrl);
    for (const auto &h : m_request.headers) {
        // Credentials a caller added stay on the request's origin like the token.
        if (!ownOrigin && (h.first.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                           h.first.compare("Cookie", Qt::CaseInsensitive) == 0))
            continue;
        request.setRawHeader(h.first, h.second);
    }

    if (m_redirects == 0) {
        ++m_response.attempts; // a redirect hop belongs to its attempt (and is no retry)
        m_client->noteAttempt(m_response.attempts > 1);
    } else {
        m_client->noteAttempt(false);
    }
    qCDebug(lcGraph).noquote() << "send" << m_request.where() << "attempt" << m_response.attempts
                               << "client-request-id" << m_response.clientRequestId;
    const QByteArray method = m_hopAsGet ? QByteArray("GET") : m_request.method.toUpper();
    if (method == "GET" && body.isEmpty()) {
        m_reply = network->get(request);
    } else if (m_request.isSafeToRepeat() || m_hopAsGet) {
        m_reply = network->sendCustomRequest(request, method, body);
    } else {
        // Qt must not resend it after a lost answer (see OneShotBody); the reply owns the body.
        auto *device = new OneShotBody(body);
        m_reply = network->sendCustomRequest(request, method, device);
        device->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    if (m_request.maxReplyBytes > 0) {
        connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { checkReplySize(0); });
        connect(m_reply, &QNetworkReply::downloadProgress, this,
                [this](qint64 received, qint64) { checkReplySize(received); });
    }
}

void ApiJob::checkReplySize(qint64 bytesReceived)
{
    if (!m_reply || m_finished)
        return;
    const qint64 limit = m_request.maxReplyBytes;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 size = std::max(bytesReceived, declared.isValid() ? declared.toLongLong() : qint64(0));
    if (size <= limit)
        return;
    m_response.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.requestId = QString::fromLatin1(m_reply->rawHeader("request-id"));
    qCWarning(lcGraph).noquote() << m_request.where() << "answer larger than" << limit << "bytes: aborted";
    // finish() aborts the reply and frees its connection slot.
    finish(ApiErrorMapper::invalidReply(
        m_request.where(),
        QStringLiteral("The answer is larger than the limit of %1 bytes (%2 MiB)")
            .arg(limit)
            .arg(double(limit) / (1024.0 * 1024.0), 0, 'f', 1),
        m_response.requestId));
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_onWire) {
        m_onWire = false;
        if (m_client)
            m_client->release(m_url, m_request.lane, m_networkIndex);
    }
    if (m_finished)
        return;

    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.status = status;
    m_response.headers = reply->rawHeaderPairs();
    m_response.rawBody = reply->isOpen() ? reply->readAll() : QByteArray();
    m_response.requestId = QString::fromLatin1(reply->rawHeader("request-id"));
    m_response.url = m_hopUrl;
    m_response.json = QJsonDocument();
    const QString where = m_request.where();
    if (networkError == QNetworkReply::NoError || int(networkError) >= 100) {
        if (followRedirect(reply, status))
            return;
    }

    RetryPolicy::Outcome outcome;
    outcome.status = status;
    outcome.retryAfter = reply->rawHeader("Retry-After");
    Error error;
    // Errors below 100 are transport failures (the connection broke), even after a status line arrived.
    if (networkError != QNetworkReply::NoError && (status == 0 || int(networkError) < 100)) {
        const bool insecure = reply->property(SecureNetworkAccessManager::insecureProperty()).toBool();
        outcome.failure =
            insecure ? RetryPolicy::Failure::NotSent : transportFailure(networkError, m_cancelled);
        // Qt's text for a refused resend is "Unknown error".
        const QString text = networkError == QNetworkReply::ContentReSendError
                                 ? QStringLiteral("Connection closed after the request was sent")
                                 : reply->errorString();
        error = ApiErrorMapper::fromNetwork(networkError, text, m_cancelled, insecure, where);
        qCInfo(lcGraph).noquote() << where << "failed: kind" << int(error.kind()) << "attempt"
                                  << m_response.attempts;
    } else {
        qCDebug(lcGraph).noquote() << where << status << "request-id" << m_response.requestId << "attempt"
                                   << m_response.attempts;
        if (status == 401 && !m_refreshed && !m_request.resource.isEmpty() &&
            ApiRequest::isSameOrigin(m_url, m_hopUrl)) {
            m_refreshed = true;
            ++m_retries;
            if (m_client)
                m_client->noteRefresh();
            qCInfo(lcGraph).noquote() << where << "401: refreshing the token once";
            requestToken(true);
            return;
        }
        const bool success = status >= 200 && status < 300;
        // A successful answer where JSON is expected must be a JSON object, whatever its Content-Type says
        // (an HTML page from a proxy is no success). An empty body (204, 202) is fine.
        const bool mustBeJson = success && m_request.expectsJson();
        if (!m_response.rawBody.isEmpty() &&
            (mustBeJson || looksLikeJson(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                                         m_response.rawBody))) {
            QString problem;
            if (success && m_request.directoryPage) {
                // A listing page: read as it streams, its objects kept as text (DirectoryPage).
                auto page = std::make_shared<DirectoryPage>();
                if (DirectoryPage::read(m_response.rawBody, page.get(), &problem))
                    m_response.page = std::move(page);
            } else {
                QJsonParseError parseError;
                m_response.json = QJsonDocument::fromJson(m_response.rawBody, &parseError);
                if (parseError.error != QJsonParseError::NoError)
                    problem = QStringLiteral("JSON: %1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset);
                else if (mustBeJson && !m_response.json.isObject())
                    problem = QStringLiteral("JSON: the answer is not an object");
            }
            if (!problem.isEmpty() && success) {
                outcome.failure = RetryPolicy::Failure::MalformedReply;
                error = ApiErrorMapper::invalidReply(where, problem, m_response.requestId);
            }
        }
        if (!error && (status < 200 || status >= 300))
            error = ApiErrorMapper::fromHttp(status, m_response.rawBody, m_response.requestId, where);
    }
    handleOutcome(outcome, error);
}

bool ApiJob::followRedirect(QNetworkReply *reply, int status)
{
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308)
        return false;
    const QByteArray location = reply->rawHeader("Location").trimmed();
    if (location.isEmpty())
        return false; // an answer like any other (an error status below)
    const QString where = m_request.where();
    const QUrl target = m_hopUrl.resolved(QUrl::fromEncoded(location));
    if (!target.isValid() || target.host().isEmpty() || !TenantProfile::isAllowedUrl(target) ||
        (m_hopUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
         target.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)) {
        qCWarning(lcGraph).noquote() << where << "refused a redirect to" << target.scheme() << target.host();
        finish(Error(Error::Kind::Insecure, where,
                     QStringLiteral("Refused a redirect (%1) to %2 on %3")
                         .arg(status)
                         .arg(target.scheme(), target.host())));
        return true;
    }
    if (m_redirects >= kMaxRedirects) {
        finish(ApiErrorMapper::invalidReply(
            where, QStringLiteral("More than %1 redirects").arg(kMaxRedirects), m_response.requestId));
        return true;
    }
    ++m_redirects;
    if (status == 303)
        m_hopAsGet = true;
    qCInfo(lcGraph).noquote() << where << status << "redirect to" << target.host()
                              << (ApiRequest::isSameOrigin(m_url, target) ? "(same origin)"
                                                                          : "(other origin: no token)");
    m_hopUrl = target;
    m_queued = true;
    if (m_client)
        m_client->enqueue(this, m_url);
    return true;
}

void ApiJob::handleOutcome(const RetryPolicy::Outcome &outcome, const Error &error)
{
    if (!error) {
        finish(Error());
        return;
    }
    const RetryPolicy::Decision decision =
        m_policy.decide(outcome, m_request.isSafeToRepeat(), m_response.attempts, m_clock.elapsed());
    const bool throttled = outcome.failure == RetryPolicy::Failure::None &&
                           (outcome.status == 429 ||
                            (RetryPolicy::isThrottleStatus(outcome.status) && !outcome.retryAfter.isEmpty()));
    if (throttled && m_client) {
        const qint64 serverDelay =
            RetryPolicy::parseRetryAfterMs(outcome.retryAfter, QDateTime::currentDateTimeUtc());
        m_client->noteThrottled(m_url, outcome.status, serverDelay >= 0 ? serverDelay : decision.delayMs);
    }
    if (decision.retry) {
        ++m_retries;
        qCInfo(lcGraph).noquote() << m_request.where() << "status" << outcome.status << "request-id"
                                  << m_response.requestId << "attempt" << m_response.attempts << "- retry in"
                                  << decision.delayMs << "ms";
        emit retrying(m_response.attempts, decision.delayMs);
        scheduleRetry(decision.delayMs);
        return;
    }
    Error final = error;
    if (RetryPolicy::isUnknownOutcome(outcome, m_request.isSafeToRepeat())) {
        final = ApiErrorMapper::unknownOutcome(error);
        qCInfo(lcGraph).noquote() << m_request.where() << "answer lost: outcome unknown; client-request-id"
                                  << m_response.clientRequestId;
    } else if (outcome.failure == RetryPolicy::Failure::None &&
               RetryPolicy::isThrottleStatus(outcome.status) &&
               m_policy.isRetryable(outcome, m_request.isSafeToRepeat())) {
        final = ApiErrorMapper::fromHttp(outcome.status, m_response.rawBody, m_response.requestId,
                                         m_request.where(), true);
    }
    finish(final);
}

void ApiJob::scheduleRetry(qint64 delayMs)
{
    m_retryTimer.start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    finish(Error(Error::Kind::Cancelled, m_request.where()));
}

void ApiJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_retryTimer.stop();
    if (m_queued && m_client) {
        m_queued = false;
        m_client->dequeue(this, m_url);
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
        if (m_onWire) {
            m_onWire = false;
            if (m_client)
                m_client->release(m_url, m_request.lane, m_networkIndex);
        }
    }
    if (error && error.kind() != Error::Kind::Cancelled && m_client)
        m_client->noteFailure();
    if (error)
        qCInfo(lcGraph).noquote() << m_request.where() << "finished with error kind" << int(error.kind())
                                  << "status" << error.httpStatus() << "code" << error.code() << "request-id"
                                  << error.requestId() << "attempts" << m_response.attempts;
    QTimer::singleShot(0, this, [this] { emit finished(); });
}
