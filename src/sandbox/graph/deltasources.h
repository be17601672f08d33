#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class ObjectCollection;
class Tenant;

// The collections Graph offers delta queries on, and how each is read: which tenant collections back it
// (directoryObjects spans users and groups), which objects of them belong to it (an education school is an
// administrative unit with school extras), how an object looks in a delta page, who may read it, and
// whether group/unit membership is reported as "members@delta".
class DeltaSources
{
public:
    struct Source
    {
        QString entity;   // path below /v1.0 without "/delta": "users", "education/classes", …
        QString context;  // after "$metadata#"
        QString resource; // the type's name in Graph's error texts ("User")
        std::vector<const ObjectCollection *> parts;
        QStringList partTypes;     // "#microsoft.graph.user" … per part
        bool typed = false;        // items carry their @odata.type
        bool groupMembers = false; // members@delta from group membership (and its change log)
        bool unitMembers = false;  // members@delta from administrative unit membership (initial round only)
        std::function<bool(const SandboxCaller &)> mayRead;
        std::function<bool(const QString &id)> includes; // empty = every object of the parts
        // Resolves a $select name to the property's spelling; false when the type has no such property.
        std::function<bool(const QString &name, QString *declared)> selectable;
        // The alive object `id` of part `part` as a page shows it (select: declared names, may be empty).
        std::function<QJsonObject(int part, const QString &id, const QStringList &select,
                                  const SandboxCaller &)>
            view;
    };

    explicit DeltaSources(const Tenant &tenant);

    // The source whose delta path is `path` ("/v1.0/users/delta"), or nullptr.
    const Source *forPath(const QString &path) const;
    const Source *forEntity(const QString &entity) const;

private:
    std::vector<Source> m_sources;
};
