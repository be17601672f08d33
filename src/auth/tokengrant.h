#pragma once

#include "auth/identityrequest.h"
#include "auth/tokenresponse.h"
#include "core/error.h"
#include "core/tenantprofile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// One way of getting tokens from the identity platform (an OAuth grant). A flow says what it posts and
// what it makes of the answer; this base posts the forms (one at a time), turns the token endpoint's
// answer into a TokenResponse, and ends exactly once with finished() or failed(). cancel() ends it with
// failed(Cancelled) unless it already ended; deleting it aborts whatever is in flight.
class TokenGrant : public QObject
{
    Q_OBJECT
public:
    ~TokenGrant() override;

    virtual void start() = 0;
    // Stops the grant; failed(Cancelled) is emitted at once unless it already ended.
    void cancel();
    bool isFinished() const { return m_done; }

    const TenantProfile &profile() const { return m_profile; }
    // The scope asked for (the tokens are stored under it).
    QString scope() const { return m_scope; }

signals:
    void finished(const TokenResponse &response);
    void failed(const Error &error);

protected:
    using AnswerHandler = std::function<void(const QJsonObject &json)>;

    // `name` names the grant in logs and in a cancelled grant's error ("device code sign-in").
    TokenGrant(const TenantProfile &profile, QNetworkAccessManager *network, const QString &scope,
               const QString &name, QObject *parent);

    // Posts the form to the profile's token endpoint: its answer ends the grant with the TokenResponse,
    // a refusal goes to refused().
    void postToken(const IdentityRequest::Fields &fields);
    // Posts the form to another endpoint: `answered` gets its JSON answer, a refusal goes to refused().
    void post(const QUrl &endpoint, const IdentityRequest::Fields &fields, AnswerHandler answered);
    bool isPosting() const { return !m_request.isNull(); }

    // The identity platform refused, or the request failed on the way (oauthError is the answer's OAuth
    // "error", empty for transport failures). By default the grant fails with `error`.
    virtual void refused(const Error &error, const QString &oauthError);
    // The grant is ending (finished, failed or cancelled): stop timers and listeners here.
    virtual void ending() {}

    void succeed(const TokenResponse &response);
    void fail(const Error &error);

    QNetworkAccessManager *network() const { return m_network; }

private:
    void end(const TokenResponse *response, const Error &error);
    void dropRequest();

    TenantProfile m_profile;
    QNetworkAccessManager *m_network;
    QString m_scope;
    QString m_name;
    QPointer<IdentityRequest> m_request;
    bool m_done = false;
};
