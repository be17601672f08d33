#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QNetworkReply;

// Turns what the identity platform or the network answered into the project's Error: an OAuth error
// reply ({"error", "error_description", "error_codes"}) becomes Error::Kind::SignIn with code = the
// AADSTS code ("AADSTS7000215") or, without one, the OAuth error ("access_denied"); transport
// failures become Network, Tls or Timeout.
class SignInError
{
    Q_DECLARE_TR_FUNCTIONS(SignInError)
public:
    // From a finished token/devicecode reply and its body (already read). Kind None when the reply is fine.
    static Error fromReply(QNetworkReply *reply, const QByteArray &body, const QString &where);
    // From an OAuth error object (token endpoint JSON, or the redirect's query values).
    static Error fromOAuth(const QString &error, const QString &description, const QString &where,
                           const QJsonObject &json = QJsonObject());
    // "AADSTS7000215" from "AADSTS7000215: Invalid client secret ..." or an error_codes array; empty if none.
    static QString aadstsCode(const QString &description, const QJsonObject &json = QJsonObject());
};
