#pragma once

#include "sandbox/common/endpointfamily.h"

#include <QJsonObject>
#include <QVector>

class OneRosterDirectory;
class Tenant;

// A OneRoster 1.1 REST provider (rostering, read-only) under /ims/oneroster/v1p1, as a SIS like VULCAN
// UONET+ exposes it: orgs, schools, academicSessions, terms, courses, classes, users, students, teachers,
// enrollments, each also by /{sourcedId}; schools/{id}/classes|students|teachers|courses|enrollments,
// classes/{id}/students|teachers and users|students|teachers/{id}/classes. Collections answer
// {"<name>":[...]} with X-Total-Count and Link headers; limit/offset, filter, sort/orderBy and fields work
// as the specification says. Needs a token from /ims/oneroster/token.
class OneRosterEndpoints : public EndpointFamily
{
public:
    explicit OneRosterEndpoints(const Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::OneRoster; }
    SandboxResponse handle(SandboxRequest &request) override;

    static QString prefix() { return QStringLiteral("/ims/oneroster/v1p1/"); }

private:
    struct Listing
    {
        QString key;                // "orgs", "users", ...
        QVector<QJsonObject> items; // before filter/sort/paging
    };
    // The collection a path names, or false with a 404 in `failure`.
    bool collection(const OneRosterDirectory &directory, const QStringList &segments, Listing *listing,
                    SandboxResponse *failure) const;
    SandboxResponse list(const SandboxRequest &request, const Listing &listing) const;

    static SandboxResponse imsError(int status, const QString &codeMinor, const QString &description);

    const Tenant &m_tenant;
};
