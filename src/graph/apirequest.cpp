#include "graph/apirequest.h"

ApiRequest::ApiRequest(const QByteArray &method, const QUrl &url, const QString &resource)
    : method(method), url(url), resource(resource)
{}

bool ApiRequest::isSameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) {
        return url.port(url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 ? 80 : 443);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QUrl ApiRequest::join(const QUrl &base, const QString &pathOrUrl)
{
    if (pathOrUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
        pathOrUrl.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        return QUrl(pathOrUrl);
    QString root = base.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (root.endsWith(QLatin1Char('/')))
        root.chop(1);
    if (pathOrUrl.isEmpty())
        return QUrl(root);
    const bool separated = pathOrUrl.startsWith(QLatin1Char('/')) || pathOrUrl.startsWith(QLatin1Char('?'));
    return QUrl(root + (separated ? QString() : QStringLiteral("/")) + pathOrUrl);
}

QUrl ApiRequest::resolvedUrl() const
{
    if (url.isRelative() && baseUrl.isValid() && !baseUrl.isEmpty())
        return join(baseUrl, url.toString(QUrl::FullyEncoded));
    return url;
}

bool ApiRequest::isSafeToRepeat() const
{
    const QByteArray m = method.toUpper();
    return idempotent || m == "GET" || m == "HEAD" || m == "DELETE" || m == "PUT";
}

bool ApiRequest::expectsJson() const
{
    if (rawReply)
        return false;
    const QString last = resolvedUrl().path().section(QLatin1Char('/'), -1);
    return last.compare(QLatin1String("$count"), Qt::CaseInsensitive) != 0 &&
           last.compare(QLatin1String("$value"), Qt::CaseInsensitive) != 0;
}

QString ApiRequest::where() const
{
    return QString::fromLatin1(method.toUpper()) + QLatin1Char(' ') + resolvedUrl().path();
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

void ApiRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}
