#include "sandbox/identity/identityform.h"

#include <QCryptographicHash>

#include <QRandomGenerator>
#include <QUrl>

IdentityForm::IdentityForm(const SandboxRequest &request)
{
    m_values = decode(request.query.toString(QUrl::FullyEncoded).toLatin1());
    const QByteArray contentType = request.header("Content-Type").toLower();
    // A form POST; a body without a Content-Type is read as a form too.
    if (request.method == "POST" &&
        (contentType.isEmpty() || contentType.startsWith("application/x-www-form-urlencoded"))) {
        const QHash<QString, QString> body = decode(request.body);
        for (auto it = body.begin(); it != body.end(); ++it)
            m_values.insert(it.key(), it.value()); // the body wins over the query
    }
}

QHash<QString, QString> IdentityForm::decode(const QByteArray &encoded)
{
    QHash<QString, QString> values;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString name = QUrl::fromPercentEncoding(key);
        if (!values.contains(name))
            values.insert(name, QUrl::fromPercentEncoding(value));
    }
    return values;
}

QString IdentityForm::encode(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString IdentityForm::randomToken(int bytes)
{
    QByteArray data(bytes, '\0');
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : data)
        c = char(random->bounded(256));
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString IdentityForm::digest(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
