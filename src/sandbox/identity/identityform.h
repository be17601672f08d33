#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QHash>
#include <QString>

// The parameters of an identity platform request: the query string and, for a form POST
// (application/x-www-form-urlencoded), the body's fields, decoded ('+' is a space).
class IdentityForm
{
public:
    explicit IdentityForm(const SandboxRequest &request);

    QString value(const QString &name) const { return m_values.value(name); }
    bool has(const QString &name) const { return m_values.contains(name); }
    const QHash<QString, QString> &values() const { return m_values; }

    // Decodes "a=1&b=x+y%2B" into its fields; the first of repeated names wins.
    static QHash<QString, QString> decode(const QByteArray &encoded);
    // Percent-encodes `value` for a query or form (everything but RFC 3986 unreserved characters).
    static QString encode(const QString &value);
    // Random bytes, base64url-encoded without padding: opaque codes and tokens.
    static QString randomToken(int bytes);
    // SHA-256 of a secret (a refresh token, a session cookie), base64url: what is kept of it, in memory
    // and in the --state file, so the secret itself is never stored.
    static QString digest(const QString &secret);

private:
    QHash<QString, QString> m_values;
};
