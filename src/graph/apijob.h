#pragma once

#include "core/error.h"
#include "graph/apirequest.h"
#include "graph/apiresponse.h"
#include "graph/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class QNetworkReply;

// One Graph or Exchange call, from token to final answer: gets a token, sends, refreshes the token once on
// 401, repeats per the RetryPolicy, times out, can be cancelled. Emits finished() exactly once, always
// asynchronously (connect after send() returns). Then result() and error() hold the outcome: error() is
// set for transport failures, HTTP errors (status >= 400) and malformed JSON; result() holds the last
// answer in every case (status, body, request-id). Redirects are followed by the job itself (at most
// kMaxRedirects), as Microsoft's SDK redirect handler does: Authorization goes only to the original request's
// origin (scheme, host and port) and is stripped for any other; a redirect to plain http on a host that is
// not loopback, or from https to http, ends with Error::Kind::Insecure without a connection. A 303 turns the
// request into a GET without body. An answer larger than the request's maxReplyBytes is aborted as soon as
// its Content-Length or its bytes tell (Error::Kind::InvalidReply, not retried). A request that is not safe
// to repeat (ApiRequest::isSafeToRepeat) is sent so that Qt cannot resend it (OneShotBody), and when its
// answer is lost after sending (RetryPolicy::isUnknownOutcome) it ends with Error::Kind::UnknownOutcome:
// settle that by reading the object back (OutcomeResolver), never by sending it again blindly. Created by
// ApiClient::send(), parented to the client; delete it (or deleteLater) when done.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 5;

    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    const ApiResponse &result() const { return m_response; }
    const Error &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_response.attempts; }
    int retries() const { return m_retries; }

    // Stops the call: finished() follows (once) with Error::Kind::Cancelled unless it already finished.
    void cancel();

signals:
    void finished();
    // A retry was scheduled after `delayMs` (for progress displays; the job keeps going).
    void retrying(int attempt, qint64 delayMs);

private:
    friend class ApiClient; // the client creates jobs, grants them a connection slot and counts them

    ApiJob(ApiClient *client, const ApiRequest &request, const RetryPolicy &policy);
    void start();
    void fail(const Error &error); // finishes without sending (validation problems)
    void requestToken(bool forceRefresh);
    // Called by ApiClient when a connection slot for the host is free on its network manager `networkIndex`.
    void transmit(int networkIndex);
    void onReplyFinished();
    bool followRedirect(QNetworkReply *reply, int status); // true when the redirect was handled
    void checkReplySize(qint64 bytesReceived);             // aborts an answer above m_request.maxReplyBytes
    void handleOutcome(const RetryPolicy::Outcome &outcome, const Error &error);
    void scheduleRetry(qint64 delayMs);
    void finish(const Error &error);

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    QUrl m_url;
    QUrl m_hopUrl;           // where the current attempt goes: m_url, or a redirect's target
    bool m_hopAsGet = false; // after a 303: GET without body
    int m_redirects = 0;     // redirects followed in the current attempt
    RetryPolicy m_policy;
    ApiResponse m_response;
    Error m_error;
    QString m_accessToken;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_retries = 0;
    bool m_refreshed = false;
    bool m_cancelled = false;
    bool m_queued = false;   // waiting for a connection slot
    bool m_onWire = false;   // holds a connection slot
    int m_networkIndex = -1; // the client's network manager the slot is on
    bool m_finished = false;
};
