#pragma once

#include "sandbox/common/endpointfamily.h"

#include <QStringList>

class EducationViews;
class GraphPageQuery;
class Tenant;

// Read-only Graph education endpoints (v1.0), over EducationViews:
//   /education/schools, /{id}, /{id}/users, /{id}/classes, /{id}/administrativeUnit
//   /education/classes, /{id}, /{id}/members, /{id}/teachers, /{id}/schools, /{id}/group
//   /education/users, /{id}, /{id}/classes, /{id}/taughtClasses, /{id}/schools; /education/me
// Application callers need EduRoster.Read.All or EduRoster.ReadWrite.All (EduRoster.ReadBasic.All gets
// the reduced user properties); delegated callers (EduRoster.ReadBasic/Read/ReadWrite) get the reduced
// user properties, and GET /education/users, which Microsoft lists as not supported for delegated
// permissions, answers 403. Delta is not served here.
class GraphEducationEndpoints : public EndpointFamily
{
public:
    explicit GraphEducationEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    enum class Kind
    {
        School,
        Class,
        User
    };
    SandboxResponse schools(const SandboxRequest &request, const QStringList &s, const EducationViews &views);
    SandboxResponse classes(const SandboxRequest &request, const QStringList &s, const EducationViews &views);
    SandboxResponse users(const SandboxRequest &request, const QStringList &s, const EducationViews &views);
    // A page of education objects of one kind.
    SandboxResponse collection(const SandboxRequest &request, Kind kind, const QStringList &ids,
                               const QString &context, const EducationViews &views) const;
    SandboxResponse entity(const SandboxRequest &request, const QJsonObject &object,
                           const QString &context) const;
    bool basicUsers(const SandboxCaller &caller) const;

    Tenant &m_tenant;
};
