#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QString>

class Tenant;

// Microsoft 365 is eventually consistent: an object just created (Graph POST, Exchange New-Mailbox,
// New-DistributionGroup…) can be missing from reads for a while ("replication-lag=MS"). The server asks
// this before a Graph GET (an object addressed by id answers 404 Request_ResourceNotFound) and after it
// (a collection's "value" leaves it out), and tells it which objects a request created.
class ReplicationLag
{
public:
    ReplicationLag(const Tenant &tenant, int lagMs);

    bool enabled() const { return m_lagMs > 0; }

    // Slot counts of the directory collections before a request runs; pass to noteCreated() after it.
    struct Mark
    {
        qsizetype users = 0, groups = 0, units = 0;
    };
    Mark mark() const;
    // Objects added since `before` stay hidden for the lag.
    void noteCreated(const Mark &before);

    // A Graph GET that addresses a hidden object by id: the 404 to answer instead.
    bool hides(const SandboxRequest &request, SandboxResponse *answer);
    // Takes hidden objects out of a Graph collection answer (not delta: its tokens would skip them).
    void filter(const SandboxRequest &request, SandboxResponse *response);

private:
    void expire();

    const Tenant &m_tenant;
    int m_lagMs;
    QHash<QString, QDeadlineTimer> m_hidden; // id -> visible when expired
};
