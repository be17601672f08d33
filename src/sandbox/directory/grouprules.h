#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class Tenant;

// What POST /groups and PATCH /groups/{id} accept: only Microsoft 365 groups (groupTypes ["Unified"]) and
// security groups can be written through Graph; mail-enabled security groups and distribution lists are
// read-only; mailNickname is ASCII without @()\[]";:.<>, or spaces; at most 20 owners@odata.bind and
// members@odata.bind references per request.
class GroupRules
{
public:
    explicit GroupRules(const Tenant &tenant);

    struct Binds
    {
        QStringList members;
        QStringList owners;
    };

    bool create(const SandboxRequest &request, const QJsonObject &body, QJsonObject *group, Binds *binds,
                SandboxResponse *failure) const;
    bool update(const SandboxRequest &request, const QJsonObject &group, const QJsonObject &body,
                QJsonObject *changes, Binds *binds, SandboxResponse *failure) const;

    // "S-1-12-1-…", the security identifier Entra ID derives from an object id.
    static QString securityIdentifier(const QString &id);

private:
    bool checkProperties(const SandboxRequest &request, const QJsonObject &body,
                         SandboxResponse *failure) const;
    bool readBinds(const SandboxRequest &request, const QJsonObject &body, Binds *binds,
                   SandboxResponse *failure) const;
    QString defaultDomain() const;

    const Tenant &m_tenant;
};
