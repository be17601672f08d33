#include "sandbox/odata/graphpagequery.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/odata/odataquery.h"

#include <QDateTime>

#include <algorithm>

namespace {
const QString kTokenPrefix = QStringLiteral("tdpage:");
}

GraphPageQuery::GraphPageQuery(const SandboxRequest &request, int defaultPageSize, int maxPageSize)
    : m_request(request), m_pageSize(defaultPageSize), m_maxPageSize(maxPageSize)
{
    const QString select = request.queryValue(QStringLiteral("$select"));
    for (const QString &name : select.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty())
            m_select.append(trimmed);
    }
    if (request.query.hasQueryItem(QStringLiteral("$top"))) {
        m_hasTop = true;
        m_topText = request.queryValue(QStringLiteral("$top"));
        bool ok = false;
        const int top = m_topText.toInt(&ok);
        m_topValid = ok && top >= 1 && top <= maxPageSize;
        if (m_topValid)
            m_pageSize = top;
    }
    if (request.query.hasQueryItem(QStringLiteral("$skiptoken"))) {
        const QByteArray decoded =
            QByteArray::fromBase64(request.queryValue(QStringLiteral("$skiptoken")).toLatin1(),
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        // "tdpage:<offset>:<issued ms>"
        const QString text = QString::fromLatin1(decoded);
        const QStringList parts = text.mid(kTokenPrefix.size()).split(QLatin1Char(':'));
        bool ok = false, timeOk = false;
        const qlonglong offset =
            text.startsWith(kTokenPrefix) && parts.size() == 2 ? parts.at(0).toLongLong(&ok) : -1;
        const qint64 issued = parts.size() == 2 ? parts.at(1).toLongLong(&timeOk) : 0;
        m_tokenValid = ok && timeOk && offset >= 0;
        m_tokenExpired = m_tokenValid && GraphErrorReplies::isPageTokenExpired(request, issued);
        if (m_tokenValid)
            m_offset = qsizetype(offset);
    }
}

bool GraphPageQuery::isValid(SandboxResponse *failure) const
{
    if (!m_topValid) {
        *failure = GraphErrorReplies::badRequest(
            m_request,
            QStringLiteral("Invalid page size specified: '%1'. Must be between 1 and %2 inclusive.")
                .arg(m_topText)
                .arg(m_maxPageSize));
        return false;
    }
    if (!m_tokenValid) {
        *failure = GraphErrorReplies::badRequest(m_request, QStringLiteral("Invalid skip token."));
        return false;
    }
    if (m_tokenExpired) {
        *failure = GraphErrorReplies::expiredPageToken(m_request);
        return false;
    }
    return true;
}

bool GraphPageQuery::checkSelect(const QStringList &known, SandboxResponse *failure) const
{
    for (const QString &name : m_select) {
        if (!known.contains(name, Qt::CaseInsensitive)) {
            *failure = GraphErrorReplies::unsupportedQuery(
                m_request,
                QStringLiteral("Property '%1' does not exist as a declared property or extension property.")
                    .arg(name));
            return false;
        }
    }
    return true;
}

QJsonObject GraphPageQuery::project(const QJsonObject &object) const
{
    if (m_select.isEmpty())
        return object;
    QJsonObject projected;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('@')))
            projected.insert(it.key(), it.value());
    }
    for (const QString &name : m_select) {
        bool found = false;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                projected.insert(it.key(), it.value());
                found = true;
                break;
            }
        }
        if (!found)
            projected.insert(name, QJsonValue::Null);
    }
    return projected;
}

QJsonObject GraphPageQuery::page(const QVector<QJsonObject> &items, const QString &contextFragment) const
{
    QJsonArray value;
    const qsizetype end = std::min<qsizetype>(items.size(), m_offset + m_pageSize);
    for (qsizetype i = m_offset; i < end; ++i)
        value.append(project(items.at(i)));
    QJsonObject envelope{{QStringLiteral("@odata.context"), contextUrl(m_request, contextFragment)},
                         {QStringLiteral("value"), value}};
    if (end < items.size())
        envelope.insert(QStringLiteral("@odata.nextLink"), nextLink(end));
    return envelope;
}

QString GraphPageQuery::contextUrl(const SandboxRequest &request, const QString &fragment)
{
    return request.baseUrl + QStringLiteral("/v1.0/$metadata#") + fragment;
}

QString GraphPageQuery::nextLink(qsizetype nextOffset) const
{
    const QByteArray token = (kTokenPrefix + QString::number(nextOffset) + QLatin1Char(':') +
                              QString::number(QDateTime::currentMSecsSinceEpoch()))
                                 .toLatin1()
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return ODataQuery::nextLink(m_request, QString::fromLatin1(token));
}
