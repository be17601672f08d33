#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// The $select, $top and $skiptoken of one Graph read, as Graph's directory endpoints treat them: $select
// keeps only the named properties (a named property the object lacks comes back as null), $top is the
// page size (1..999), and a page that is not the last carries an @odata.nextLink whose opaque $skiptoken
// the client passes back unchanged.
class GraphPageQuery
{
public:
    GraphPageQuery(const SandboxRequest &request, int defaultPageSize = 100, int maxPageSize = 999);

    // False, with Graph's answer in `failure`, when $top or $skiptoken is malformed (or the token expired).
    bool isValid(SandboxResponse *failure) const;
    // False, with Graph's answer in `failure`, when $select names a property outside `known`.
    bool checkSelect(const QStringList &known, SandboxResponse *failure) const;

    const QStringList &select() const { return m_select; }
    bool hasTop() const { return m_hasTop; }
    int pageSize() const { return m_pageSize; }
    qsizetype offset() const { return m_offset; }

    // `object` reduced to the $select-ed properties (annotations such as @odata.type are kept).
    QJsonObject project(const QJsonObject &object) const;

    // The page of `items` this request asks for, projected, in Graph's collection envelope
    // {"@odata.context", "value", "@odata.nextLink"?}. `contextFragment` follows "$metadata#".
    QJsonObject page(const QVector<QJsonObject> &items, const QString &contextFragment) const;

    // "<base>/v1.0/$metadata#<fragment>" for the sandbox's own base URL.
    static QString contextUrl(const SandboxRequest &request, const QString &fragment);

private:
    QString nextLink(qsizetype nextOffset) const;

    const SandboxRequest &m_request;
    QStringList m_select;
    int m_pageSize;
    int m_maxPageSize;
    bool m_hasTop = false;
    bool m_topValid = true;
    bool m_tokenValid = true;
    bool m_tokenExpired = false; // older than the "page-token-expiry" switch allows
    QString m_topText;
    qsizetype m_offset = 0;
};
