#pragma once

#include "core/error.h"
#include "graph/apirequest.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ApiJob;
class RequestSender;

// Settles a change that ended with Error::Kind::UnknownOutcome (sent, answer lost) by reading the object
// back. The caller supplies the read (a GET or another request safe to repeat, so the pipeline retries it
// after a lost answer of its own) and a check that tells from the read's answer whether the change took
// effect:
//   Applied    - the change was made; nothing more to send.
//   NotApplied - it was not made: it is safe to send it again, once (and if that answer is lost too, it is
//                settled the same way).
//   Unknown    - the read failed or could not tell; the change stays unsettled (show it to the operator).
// Emits finished() exactly once, always asynchronously; then outcome() and error() hold the result.
class OutcomeResolver : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Applied,
        NotApplied,
        Unknown,
    };
    // Looks at the finished read (its result() and error()); returns Unknown when it cannot tell.
    using Check = std::function<Outcome(const ApiJob &read)>;

    OutcomeResolver(RequestSender *sender, const ApiRequest &read, Check check, QObject *parent = nullptr);
    ~OutcomeResolver() override;

    void start();
    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }
    // Set when the outcome is Unknown: the read's error, or why the check could not tell.
    const Error &error() const { return m_error; }

    // Checks for common writes.
    // A reference added to a collection (POST .../members/$ref): the read lists the collection (e.g.
    // "/groups/{id}/members?$select=id", one page) and the change took effect when an object with `id` is in
    // its "value". A missing collection (404) leaves it Unknown.
    static Check listContains(const QString &id);
    // An object created under a key the caller chose (e.g. GET /users/{userPrincipalName}): 2xx = Applied,
    // 404 = NotApplied. Where the tenant replicates slowly, a 404 straight after the write may only be lag.
    static Check found();

signals:
    void finished();

private:
    void onReadFinished();
    void finish(Outcome outcome, const Error &error);

    RequestSender *m_sender;
    ApiRequest m_read;
    Check m_check;
    QPointer<ApiJob> m_job;
    Outcome m_outcome = Outcome::Unknown;
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
};
