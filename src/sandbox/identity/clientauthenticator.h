#pragma once

#include "sandbox/directory/tenant.h"
#include "sandbox/identity/identityerror.h"
#include "sandbox/identity/tokenminter.h"

#include <QHash>
#include <QStringList>

class IdentityForm;

// Identifies the client of a token request (client_id, or HTTP Basic) and checks its credential: none for
// public clients, client_secret, or a client_assertion JWT signed with the app's certificate key (RS256
// with x5t, or PS256 with x5t#S256, as MSAL sends them). An assertion's jti cannot be reused by another
// assertion; the identical assertion may be sent again while it is valid, as MSAL does.
class ClientAuthenticator
{
public:
    enum class Flow
    {
        Interactive,
        DeviceCode,
        ClientCredentials
    };
    static QString assertionType()
    {
        return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    }

    explicit ClientAuthenticator(const Tenant &tenant);

    // `audiences`: the values an assertion's "aud" may take (the token endpoint's URLs). A confidential
    // client must authenticate for client_credentials and for code/refresh redemption; for the device
    // code flow a credential is optional.
    bool authenticate(const IdentityForm &form, const SandboxRequest &request, const QStringList &audiences,
                      Flow flow, const Tenant::App **app, TokenMinter::ClientAuth *auth,
                      IdentityError *error);

    static bool isConfidential(const Tenant::App &app)
    {
        return !app.secret.isEmpty() || !app.certificatePem.isEmpty();
    }

private:
    bool checkAssertion(const QByteArray &assertion, const Tenant::App &app, const QStringList &audiences,
                        IdentityError *error);

    const Tenant &m_tenant;
    struct UsedAssertion
    {
        qint64 expires;
        QByteArray digest; // SHA-256 of the whole assertion
    };
    QHash<QString, UsedAssertion> m_usedAssertionIds; // client/jti, until the assertion expires
};
