#pragma once

#include <QString>
#include <QStringList>

// The state a Graph delta query carries between requests, encoded into the opaque $skiptoken of an
// @odata.nextLink and the $deltatoken of an @odata.deltaLink (query options are given only on the first
// request; Graph keeps them in the tokens). Sequences are Tenant::sequence values.
struct DeltaToken
{
    enum class Phase
    {
        Initial,
        Replay,
        Link
    };

    Phase phase = Phase::Initial;
    QString entity;     // the collection's path below /v1.0: "users", "groups", "education/schools", …
    QStringList select; // the $select of the first request
    QStringList ids;    // $filter=id eq '…' or id eq '…'; empty = every object
    QStringList types;  // directoryObjects: $filter=isof('microsoft.graph.user') …; empty = every type
    quint64 since = 0;  // Initial: the round's starting sequence; Replay/Link: changes after this one
    quint64 cursor =
        0; // Initial: the next slot (part << 48 | position); Replay: the last change sequence sent
    int memberOffset = 0; // Initial: members of the slot at cursor already sent (a large group's split)

    QString encode() const;
    static bool decode(const QString &text, DeltaToken *token);
};
