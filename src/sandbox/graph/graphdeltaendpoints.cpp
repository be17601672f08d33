#include "sandbox/graph/graphdeltaendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/filterexpression.h"
#include "sandbox/odata/odataquery.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {
constexpr quint64 kPartShift = 48;
constexpr quint64 kPositionMask = (quint64(1) << kPartShift) - 1;

struct Event
{
    quint64 sequence;
    QString id; // the object (for a membership event: the group)
    int part;
    bool membership;
    QString memberId;
    bool removed;
};
} // namespace

GraphDeltaEndpoints::GraphDeltaEndpoints(Tenant &tenant, const SandboxOptions::Realism &realism)
    : m_tenant(tenant), m_realism(realism), m_sources(tenant)
{}

bool GraphDeltaEndpoints::matches(const SandboxRequest &request) const
{
    return m_sources.forPath(request.path) != nullptr;
}

bool GraphDeltaEndpoints::tracksMembers(const Source &source, const DeltaToken &token)
{
    return (source.groupMembers || source.unitMembers) &&
           (token.select.isEmpty() || token.select.contains(QLatin1String("members")));
}

bool GraphDeltaEndpoints::partIncluded(const Source &source, const DeltaToken &token, int part) const
{
    return token.types.isEmpty() || token.types.contains(source.partTypes.at(part));
}

SandboxResponse GraphDeltaEndpoints::handle(SandboxRequest &request)
{
    if (request.method != "GET")
        return GraphErrorReplies::methodNotAllowed(request);
    const Source &source = *m_sources.forPath(request.path);
    if (!source.mayRead(request.caller))
        return GraphErrorReplies::insufficientPrivileges(request);

    const ODataQuery options(request);
    const QString skipToken = options.option("skiptoken");
    const QString deltaToken = options.option("deltatoken");
    DeltaToken token;
    if (!skipToken.isEmpty() || (!deltaToken.isEmpty() && deltaToken != QLatin1String("latest"))) {
        if (!DeltaToken::decode(skipToken.isEmpty() ? deltaToken : skipToken, &token) ||
            token.entity != source.entity ||
            (skipToken.isEmpty() != (token.phase == DeltaToken::Phase::Link)))
            return GraphErrorReplies::badRequest(request,
                                                 QStringLiteral("The specified delta token is invalid."));
        if (token.phase == DeltaToken::Phase::Initial)
            return initialPage(request, source, token);
        for (const ObjectCollection *part : source.parts) {
            if (token.since < part->oldestReplayableSequence())
                return expired(request, token);
        }
        return replayPage(request, source, token);
    }
    SandboxResponse failure;
    if (!firstRequest(options, request, source, &token, &failure))
        return failure;
    token.since = m_tenant.sequence;
    if (deltaToken == QLatin1String("latest")) {
        DeltaToken link = token;
        link.phase = DeltaToken::Phase::Link;
        return envelope(request, source, token, QJsonArray(), link);
    }
    return initialPage(request, source, token);
}

bool GraphDeltaEndpoints::firstRequest(const ODataQuery &options, const SandboxRequest &request,
                                       const Source &source, DeltaToken *token,
                                       SandboxResponse *failure) const
{
    token->entity = source.entity;
    for (const char *unsupported : {"orderby", "search", "expand", "skip", "count"}) {
        if (options.hasOption(unsupported)) {
            *failure = GraphErrorReplies::unsupportedQuery(
                request, QStringLiteral("The query parameter '$%1' is not supported with delta.")
                             .arg(QLatin1String(unsupported)));
            return false;
        }
    }
    for (const QString &raw : options.option("select").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        QString declared;
        if (!source.selectable(name, &declared)) {
            *failure = ODataQuery::undeclaredProperty(request, name);
            return false;
        }
        if (!token->select.contains(declared))
            token->select.append(declared);
    }
    const QString filterText = options.option("filter");
    if (filterText.isEmpty())
        return true;
    const auto unsupportedFilter = [&](const QString &property) {
        *failure = ODataQuery::unsupportedFilter(request, property, source.resource);
        return false;
    };
    if (source.typed) { // directoryObjects: isof('microsoft.graph.user') or isof('microsoft.graph.group')
        static const QRegularExpression isof(
            QStringLiteral("^\\s*isof\\('microsoft\\.graph\\.(\\w+)'\\)\\s*(or\\s+|$)"),
            QRegularExpression::CaseInsensitiveOption);
        QString rest = filterText;
        while (!rest.trimmed().isEmpty()) {
            const QRegularExpressionMatch m = isof.match(rest);
            const QString type = QStringLiteral("#microsoft.graph.") + m.captured(1);
            if (!m.hasMatch() || !source.partTypes.contains(type))
                return unsupportedFilter(QStringLiteral("isof"));
            token->types.append(type);
            rest = rest.mid(m.capturedLength());
        }
        return true;
    }
    FilterExpression filter;
    QString error;
    if (!filter.parse(filterText, &error)) {
        *failure = SandboxResponse::graphError(request, 400, QStringLiteral("BadRequest"),
                                               QStringLiteral("Invalid filter clause: ") + error);
        return false;
    }
    bool ok = true;
    filter.visit([&](FilterExpression::Node &node, const FilterExpression::Node *, bool) {
        using Kind = FilterExpression::Node::Kind;
        if (node.kind == Kind::Or)
            return;
        if (node.kind == Kind::Compare && node.op == QLatin1String("eq") &&
            node.path.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0 &&
            node.values.first().isString())
            token->ids.append(node.values.first().toString());
        else
            ok = false;
    });
    if (!ok || token->ids.size() > 50)
        return unsupportedFilter(ok ? QStringLiteral("id") : filterText.section(QLatin1Char(' '), 0, 0));
    return true;
}

QJsonObject GraphDeltaEndpoints::memberReference(const QString &id, bool removed) const
{
    QString type = QStringLiteral("#microsoft.graph.user");
    if (m_tenant.users.positionOf(id) < 0)
        type = m_tenant.groups.positionOf(id) >= 0 ? QStringLiteral("#microsoft.graph.group")
                                                   : QStringLiteral("#microsoft.graph.directoryObject");
    QJsonObject reference{{QStringLiteral("@odata.type"), type}, {QStringLiteral("id"), id}};
    if (removed)
        reference.insert(QStringLiteral("@removed"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("deleted")}});
    return reference;
}

QJsonObject GraphDeltaEndpoints::view(const Source &source, int part, const DeltaToken &token,
                                      const QString &id, const SandboxCaller &caller) const
{
    const ObjectCollection &collection = *source.parts.at(part);
    const qsizetype p = collection.positionOf(id);
    if (p >= 0 && collection.isAlive(p))
        return source.view(part, id, token.select, caller);
    QJsonObject stub{{QStringLiteral("id"), id},
                     {QStringLiteral("@removed"),
                      QJsonObject{{QStringLiteral("reason"), p >= 0 && collection.isDeleted(p)
                                                                 ? QStringLiteral("changed")
                                                                 : QStringLiteral("deleted")}}}};
    if (source.typed)
        stub.insert(QStringLiteral("@odata.type"), source.partTypes.at(part));
    return stub;
}

const QStringList &GraphDeltaEndpoints::presentMembers(const QString &id, bool isGroup)
{
    // A large group's members are asked for once per page of them: the list is kept until the tenant
    // changes or another container is asked for.
    const QStringList current = isGroup ? m_tenant.groupMembers.value(id) : m_tenant.unitMembers.value(id);
    const PresentMembers key{true,
                             id,
                             isGroup,
                             m_tenant.sequence,
                             current.constData(),
                             current.size(),
                             m_tenant.users.aliveCount() + m_tenant.groups.aliveCount(),
                             {}};
    if (m_members.valid && m_members.id == id && m_members.isGroup == isGroup &&
        m_members.sequence == key.sequence && m_members.data == key.data && m_members.size == key.size &&
        m_members.alive == key.alive)
        return m_members.present;
    QStringList present;
    present.reserve(current.size());
    for (const QString &member : current) {
        if (m_tenant.users.has(member) || m_tenant.groups.has(member))
            present.append(member);
    }
    m_members = key;
    m_members.present = present;
    return m_members.present;
}

SandboxResponse GraphDeltaEndpoints::initialPage(const SandboxRequest &request, const Source &source,
                                                 const DeltaToken &token)
{
    const QSet<QString> ids(token.ids.begin(), token.ids.end());
    const bool members = tracksMembers(source, token);
    const int parts = int(source.parts.size());
    const auto eligible = [&](int part, qsizetype p) {
        const ObjectCollection &c = *source.parts.at(part);
        if (!c.isAlive(p))
            return false;
        const QString id = c.idAt(p);
        return (ids.isEmpty() || ids.contains(id)) && (!source.includes || source.includes(id));
    };
    QJsonArray value;
    int part = int(token.cursor >> kPartShift);
    qsizetype p = qsizetype(token.cursor & kPositionMask);
    int memberOffset = token.memberOffset; // members of the object at p already sent
    int splitAt = -1; // the members sent so far when a large group's list continues on the next page
    for (; part < parts && splitAt < 0; ++part, p = 0) {
        if (!partIncluded(source, token, part))
            continue;
        const ObjectCollection &c = *source.parts.at(part);
        for (; p < c.slotCount() && value.size() < kPageSize; ++p) {
            if (!eligible(part, p))
                continue;
            const QString id = c.idAt(p);
            QJsonObject object = view(source, part, token, id, request.caller);
            const bool isGroup = source.partTypes.at(part) == QLatin1String("#microsoft.graph.group");
            if (members && (isGroup || source.unitMembers)) {
                const QStringList &present = presentMembers(id, isGroup);
                // "Paging through members in a large group": the group again on the next page with the
                // next members. Only this page's references are made, so a page costs what it holds.
                const int perPage = m_realism.deltaMembersPerPage;
                qsizetype from = 0;
                qsizetype to = present.size();
                if (perPage > 0 && present.size() > perPage) {
                    from = std::min<qsizetype>(memberOffset, present.size());
                    to = std::min<qsizetype>(present.size(), qsizetype(memberOffset) + perPage);
                    if (memberOffset + perPage < present.size())
                        splitAt = memberOffset + perPage;
                }
                QJsonArray delta;
                for (qsizetype m = from; m < to; ++m)
                    delta.append(memberReference(present.at(m), false));
                object.insert(QStringLiteral("members@delta"), delta);
            }
            memberOffset = 0;
            value.append(object);
            if (splitAt >= 0)
                break;
        }
        if (splitAt >= 0)
            break;
        while (p < c.slotCount() && !eligible(part, p))
            ++p;
        if (p < c.slotCount())
            break;
    }
    DeltaToken next = token;
    next.memberOffset = std::max(splitAt, 0);
    if (part < parts) {
        next.cursor = (quint64(part) << kPartShift) | quint64(p);
    } else {
        next.phase = DeltaToken::Phase::Link;
        next.cursor = 0;
    }
    return envelope(request, source, token, value, next);
}

SandboxResponse GraphDeltaEndpoints::replayPage(const SandboxRequest &request, const Source &source,
                                                const DeltaToken &token)
{
    const quint64 after = token.phase == DeltaToken::Phase::Link ? token.since : token.cursor;
    QVector<Event> events;
    int groupPart = -1;
    for (int part = 0; part < int(source.parts.size()); ++part) {
        if (!partIncluded(source, token, part))
            continue;
        if (source.partTypes.at(part) == QLatin1String("#microsoft.graph.group"))
            groupPart = part;
        for (const ObjectCollection::Change &c : source.parts.at(part)->changesSince(after))
            events.append({c.sequence, c.id, part, false, QString(), false});
    }
    if (source.groupMembers && groupPart >= 0 && tracksMembers(source, token)) {
        const QVector<Tenant::MembershipChange> &log = m_tenant.membershipLog;
        auto m =
            std::upper_bound(log.begin(), log.end(), after,
                             [](quint64 s, const Tenant::MembershipChange &c) { return s < c.sequence; });
        for (; m != log.end(); ++m)
            events.append({m->sequence, m->groupId, groupPart, true, m->memberId, m->removed});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.sequence < b.sequence; });

    const QSet<QString> ids(token.ids.begin(), token.ids.end());
    QVector<QPair<QString, int>> order; // objects in this page with their part, first change first
    QSet<QString> inPage;
    QHash<QString, QHash<QString, bool>> memberChanges; // group -> member -> removed
    QHash<QString, QStringList> memberOrder;
    quint64 last = after;
    bool stopped = false;
    for (const Event &e : events) {
        if ((!ids.isEmpty() && !ids.contains(e.id)) || (source.includes && !source.includes(e.id)))
            continue;
        if (order.size() >= kPageSize && !inPage.contains(e.id) && e.sequence != last) {
            stopped = true;
            break;
        }
        if (!inPage.contains(e.id)) {
            inPage.insert(e.id);
            order.append({e.id, e.part});
        }
        if (e.membership) {
            if (!memberChanges[e.id].contains(e.memberId))
                memberOrder[e.id].append(e.memberId);
            memberChanges[e.id].insert(e.memberId, e.removed);
        }
        last = e.sequence;
    }

    QJsonArray value;
    for (const auto &entry : order) {
        QJsonObject object = view(source, entry.second, token, entry.first, request.caller);
        if (memberChanges.contains(entry.first) && !object.contains(QLatin1String("@removed"))) {
            QJsonArray delta;
            for (const QString &member : memberOrder.value(entry.first))
                delta.append(memberReference(member, memberChanges[entry.first].value(member)));
            object.insert(QStringLiteral("members@delta"), delta);
        }
        value.append(object);
    }
    DeltaToken next = token;
    if (stopped) {
        next.phase = DeltaToken::Phase::Replay;
        next.cursor = last;
    } else {
        next.phase = DeltaToken::Phase::Link;
        next.since = m_tenant.sequence;
        next.cursor = 0;
    }
    return envelope(request, source, token, value, next);
}

SandboxResponse GraphDeltaEndpoints::envelope(const SandboxRequest &request, const Source &source,
                                              const DeltaToken &token, const QJsonArray &value,
                                              const DeltaToken &next) const
{
    const QString base =
        request.baseUrl + QStringLiteral("/v1.0/") + token.entity + QStringLiteral("/delta?");
    QString fragment = source.context;
    if (!token.select.isEmpty())
        fragment += QLatin1Char('(') + token.select.join(QLatin1Char(',')) + QLatin1Char(')');
    QJsonObject body{
        {QStringLiteral("@odata.context"), request.baseUrl + QStringLiteral("/v1.0/$metadata#") + fragment},
        {QStringLiteral("value"), value}};
    if (next.phase == DeltaToken::Phase::Link)
        body.insert(QStringLiteral("@odata.deltaLink"),
                    base + QStringLiteral("$deltatoken=") + next.encode());
    else
        body.insert(QStringLiteral("@odata.nextLink"), base + QStringLiteral("$skiptoken=") + next.encode());
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphDeltaEndpoints::expired(const SandboxRequest &request, const DeltaToken &token) const
{
    if (m_realism.deltaExpiredAs400)
        return SandboxResponse::graphError(
            request, 400, QStringLiteral("syncStateNotFound"),
            QStringLiteral("The sync state generation is not found. The delta token is expired."));
    SandboxResponse response = SandboxResponse::graphError(
        request, 410, QStringLiteral("syncStateNotFound"),
        QStringLiteral(
            "The sync state for this delta token was not found: the token has expired. Start a new full "
            "synchronization from the Location URL."));
    QUrl restart(request.baseUrl + QStringLiteral("/v1.0/") + token.entity + QStringLiteral("/delta"));
    QUrlQuery query;
    if (!token.select.isEmpty())
        query.addQueryItem(QStringLiteral("$select"), token.select.join(QLatin1Char(',')));
    QStringList clauses;
    for (const QString &id : token.ids)
        clauses.append(QStringLiteral("id eq '%1'").arg(id));
    for (const QString &type : token.types)
        clauses.append(QStringLiteral("isof('%1')").arg(type.mid(1)));
    if (!clauses.isEmpty())
        query.addQueryItem(QStringLiteral("$filter"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                          clauses.join(QStringLiteral(" or ")))));
    restart.setQuery(query);
    response.setHeader("Location", restart.toString(QUrl::FullyEncoded).toUtf8());
    return response;
}
