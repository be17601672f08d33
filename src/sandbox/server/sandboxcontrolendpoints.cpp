#include "sandbox/server/sandboxcontrolendpoints.h"

#include "sandbox/common/sandboxoptions.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/server/sandboxserver.h"

#include <QJsonArray>

#include <algorithm>

namespace {
SandboxResponse badRequest(const SandboxRequest &request, const QString &message)
{
    return SandboxResponse::graphError(request, 400, QStringLiteral("BadRequest"), message);
}

const QStringList &jobTitles()
{
    static const QStringList titles = {QStringLiteral("Teacher"),      QStringLiteral("Senior Teacher"),
                                       QStringLiteral("Head of Year"), QStringLiteral("Teaching Assistant"),
                                       QStringLiteral("Student"),      QStringLiteral("Administrator")};
    return titles;
}
} // namespace

SandboxControlEndpoints::SandboxControlEndpoints(Tenant &tenant, SandboxServer &server)
    : m_tenant(tenant), m_server(server)
{}

bool SandboxControlEndpoints::matches(const SandboxRequest &request) const
{
    return request.path.startsWith(QLatin1String("/_sandbox/"));
}

SandboxResponse SandboxControlEndpoints::handle(SandboxRequest &request)
{
    const QString action = request.path.mid(QStringLiteral("/_sandbox/").size());
    static const QStringList actions = {QStringLiteral("stats"),       QStringLiteral("expire-delta-tokens"),
                                        QStringLiteral("touch-users"), QStringLiteral("faults"),
                                        QStringLiteral("throttle"),    QStringLiteral("latency"),
                                        QStringLiteral("arrivals")};
    if (!actions.contains(action))
        return SandboxResponse::graphError(request, 404, QStringLiteral("NotFound"),
                                           QStringLiteral("Unknown sandbox control '%1'.").arg(action));
    if (action == QLatin1String("stats"))
        return request.method == "GET" ? stats() : badRequest(request, QStringLiteral("Use GET."));
    if (action == QLatin1String("arrivals"))
        return arrivals(request);
    if (request.method != "POST")
        return badRequest(request, QStringLiteral("Use POST."));
    bool ok = true;
    const QJsonObject body = request.body.trimmed().isEmpty() ? QJsonObject() : request.jsonBody(&ok);
    if (!ok)
        return badRequest(request, QStringLiteral("The body is not a JSON object."));

    if (action == QLatin1String("expire-delta-tokens"))
        return expireDeltaTokens();
    if (action == QLatin1String("touch-users"))
        return touchUsers(body, request);
    if (action == QLatin1String("faults")) {
        SandboxOptions options;
        QString error;
        if (!options.setFaults(body.value(QLatin1String("spec")).toString(), &error))
            return badRequest(request, error);
        m_server.setFaults(options.faults);
        return SandboxResponse::noContent();
    }
    if (action == QLatin1String("throttle")) {
        SandboxOptions options;
        QString error;
        const QString profile = body.value(QLatin1String("profile")).toString();
        if (!options.setThrottleProfile(profile, &error))
            return badRequest(request, error);
        m_server.throttle().setProfile(profile);
        return SandboxResponse::noContent();
    }
    if (action == QLatin1String("latency")) {
        const int min = body.value(QLatin1String("min")).toInt(-1);
        const int max = body.value(QLatin1String("max")).toInt(min);
        if (min < 0 || max < min)
            return badRequest(request,
                              QStringLiteral("Latency needs {\"min\":A,\"max\":B} with 0 <= A <= B."));
        m_server.setLatency(min, max);
        return SandboxResponse::noContent();
    }
    return badRequest(request, QStringLiteral("Unknown sandbox control."));
}

SandboxResponse SandboxControlEndpoints::expireDeltaTokens()
{
    // Every token issued so far (since <= the current sequence) becomes unreplayable; tokens issued from now
    // on start at the new sequence and stay valid.
    const quint64 now = m_tenant.nextSequence();
    for (ObjectCollection *c : {&m_tenant.users, &m_tenant.groups, &m_tenant.administrativeUnits})
        c->compactLog(now);
    auto &log = m_tenant.membershipLog;
    log.erase(std::remove_if(log.begin(), log.end(),
                             [now](const Tenant::MembershipChange &c) { return c.sequence < now; }),
              log.end());
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("expiredThrough"), QString::number(now)}});
}

SandboxResponse SandboxControlEndpoints::touchUsers(const QJsonObject &body, const SandboxRequest &request)
{
    const int count = body.value(QLatin1String("count")).toInt(-1);
    if (count < 0)
        return badRequest(request, QStringLiteral("touch-users needs {\"count\":N} with N >= 0."));
    ObjectCollection &users = m_tenant.users;
    const qsizetype alive = users.aliveCount();
    const qsizetype wanted = std::min<qsizetype>(count, alive);
    // Spread the touched users evenly over the directory.
    const qsizetype stride = wanted > 0 ? std::max<qsizetype>(1, alive / wanted) : 1;
    QJsonArray ids;
    qsizetype seen = 0;
    for (qsizetype p = 0; p < users.slotCount() && ids.size() < wanted; ++p) {
        if (!users.isAlive(p))
            continue;
        if (seen++ % stride != 0)
            continue;
        const QJsonObject &user = users.at(p);
        const QString id = user.value(QLatin1String("id")).toString();
        const qsizetype current = jobTitles().indexOf(user.value(QLatin1String("jobTitle")).toString());
        const QString title = jobTitles().at((current + 1) % jobTitles().size());
        users.update(id, {{QStringLiteral("jobTitle"), title}}, m_tenant.nextSequence());
        ids.append(id);
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("ids"), ids}});
}

SandboxResponse SandboxControlEndpoints::arrivals(const SandboxRequest &request)
{
    if (request.method == "DELETE") {
        m_server.clearArrivals();
        return SandboxResponse::noContent();
    }
    if (request.method != "GET")
        return badRequest(request, QStringLiteral("Use GET or DELETE."));
    const QString id = request.queryValue(QStringLiteral("client-request-id"));
    if (!id.isEmpty())
        return SandboxResponse::json(
            200, QJsonObject{{QStringLiteral("clientRequestId"), id},
                             {QStringLiteral("arrivals"), m_server.arrivals(id.toLatin1())}});
    QJsonArray repeated;
    const auto all = m_server.repeatedArrivals();
    for (auto it = all.begin(); it != all.end(); ++it)
        repeated.append(QJsonObject{{QStringLiteral("clientRequestId"), QString::fromLatin1(it.key())},
                                    {QStringLiteral("arrivals"), it->count},
                                    {QStringLiteral("method"), QString::fromLatin1(it->method)},
                                    {QStringLiteral("path"), it->path}});
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("distinct"), double(m_server.distinctArrivals())},
                         {QStringLiteral("repeated"), repeated}});
}

SandboxResponse SandboxControlEndpoints::stats() const
{
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("requests"), double(m_server.requestCount())},
                         {QStringLiteral("users"), double(m_tenant.users.aliveCount())},
                         {QStringLiteral("groups"), double(m_tenant.groups.aliveCount())},
                         {QStringLiteral("sequence"), QString::number(m_tenant.sequence)},
                         {QStringLiteral("throttleProfile"), m_server.throttle().profile()}});
}
