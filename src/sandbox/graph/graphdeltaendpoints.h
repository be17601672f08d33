#pragma once

#include "sandbox/common/endpointfamily.h"
#include "sandbox/common/sandboxoptions.h"
#include "sandbox/graph/deltasources.h"
#include "sandbox/odata/deltatoken.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

class ODataQuery;
class Tenant;

// Graph v1.0 delta queries: GET /users/delta, /groups/delta, /directoryObjects/delta,
// /directory/administrativeUnits/delta and /education/schools|classes|users/delta. The first round pages
// through every object (@odata.nextLink with $skiptoken) and ends with an @odata.deltaLink ($deltatoken);
// calling that link later replays what changed since: changed objects in full (their $select-ed
// properties), soft-deleted ones as {"id","@removed":{"reason":"changed"}}, permanently deleted ones with
// reason "deleted"; for groups "members@delta" (members added and removed). $deltatoken=latest starts from
// now. Page size is the server's (kPageSize), replays included. A token older than the change log's
// horizon answers 410 Gone, code syncStateNotFound, with a Location to restart from ("delta-400": 400
// syncStateNotFound, as identity resources answer a token older than 7 days). With "delta-members=N" an
// initial round splits a group's or unit's members@delta N per page, repeating the object on each page.
class GraphDeltaEndpoints : public EndpointFamily
{
public:
    explicit GraphDeltaEndpoints(Tenant &tenant, const SandboxOptions::Realism &realism = {});

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

    static constexpr int kPageSize = 200;

private:
    using Source = DeltaSources::Source;

    bool firstRequest(const ODataQuery &options, const SandboxRequest &request, const Source &source,
                      DeltaToken *token, SandboxResponse *failure) const;
    SandboxResponse initialPage(const SandboxRequest &request, const Source &source, const DeltaToken &token);
    SandboxResponse replayPage(const SandboxRequest &request, const Source &source, const DeltaToken &token);
    SandboxResponse expired(const SandboxRequest &request, const DeltaToken &token) const;
    SandboxResponse envelope(const SandboxRequest &request, const Source &source, const DeltaToken &token,
                             const QJsonArray &value, const DeltaToken &next) const;

    bool partIncluded(const Source &source, const DeltaToken &token, int part) const;
    static bool tracksMembers(const Source &source, const DeltaToken &token);
    // The object as a delta page shows it: its view, or an @removed stub.
    QJsonObject view(const Source &source, int part, const DeltaToken &token, const QString &id,
                     const SandboxCaller &caller) const;
    QJsonObject memberReference(const QString &id, bool removed) const;
    // The container's members that are alive users or groups, in membership order.
    const QStringList &presentMembers(const QString &id, bool isGroup);

    Tenant &m_tenant;
    SandboxOptions::Realism m_realism;
    DeltaSources m_sources;
    struct PresentMembers
    {
        bool valid = false;
        QString id;
        bool isGroup = false;
        // What it was made from: the tenant's sequence, the member list and the number of objects alive;
        // a change to any of them makes it stale.
        quint64 sequence = 0;
        const QString *data = nullptr;
        qsizetype size = 0;
        qsizetype alive = 0;
        QStringList present;
    };
    PresentMembers m_members;
};
