#include "graph/outcomeresolver.h"

#include "graph/apijob.h"
#include "graph/logging.h"
#include "graph/requestsender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

OutcomeResolver::OutcomeResolver(RequestSender *sender, const ApiRequest &read, Check check, QObject *parent)
    : QObject(parent), m_sender(sender), m_read(read), m_check(std::move(check))
{}

OutcomeResolver::~OutcomeResolver()
{
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->deleteLater();
    }
}

void OutcomeResolver::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_sender || !m_check || !m_read.isSafeToRepeat()) {
        finish(Outcome::Unknown, Error(Error::Kind::Configuration, m_read.where(),
                                       QStringLiteral("The read-back must be a request safe to repeat")));
        return;
    }
    m_job = m_sender->send(m_read);
    connect(m_job, &ApiJob::finished, this, &OutcomeResolver::onReadFinished);
}

void OutcomeResolver::onReadFinished()
{
    ApiJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    const Outcome outcome = m_check(*job);
    Error error;
    if (outcome == Outcome::Unknown) {
        error = job->error()
                    ? job->error()
                    : Error(Error::Kind::UnknownOutcome, m_read.where(),
                            QStringLiteral("The read-back could not tell whether the change was made"));
    }
    qCInfo(lcGraph).noquote() << "read-back" << m_read.where() << "settled an unknown outcome as"
                              << (outcome == Outcome::Applied      ? "applied"
                                  : outcome == Outcome::NotApplied ? "not applied"
                                                                   : "still unknown");
    finish(outcome, error);
}

void OutcomeResolver::finish(Outcome outcome, const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    m_error = error;
    QTimer::singleShot(0, this, [this] { emit finished(); });
}

OutcomeResolver::Check OutcomeResolver::listContains(const QString &id)
{
    return [id](const ApiJob &read) {
        if (read.error() || !read.result().isSuccess())
            return Outcome::Unknown;
        const QJsonValue value = read.result().object().value(QLatin1String("value"));
        if (!value.isArray())
            return Outcome::Unknown;
        for (const QJsonValue &v : value.toArray()) {
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return Outcome::Applied;
        }
        // The whole collection must have been read: a further page could still hold it.
        if (read.result().object().contains(QLatin1String("@odata.nextLink")))
            return Outcome::Unknown;
        return Outcome::NotApplied;
    };
}

OutcomeResolver::Check OutcomeResolver::found()
{
    return [](const ApiJob &read) {
        if (read.result().isSuccess() && !read.error())
            return Outcome::Applied;
        if (read.result().status == 404)
            return Outcome::NotApplied;
        return Outcome::Unknown;
    };
}
