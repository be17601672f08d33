#include "sandbox/oneroster/onerosterendpoints.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/oneroster/onerosterdirectory.h"
#include "sandbox/oneroster/onerosterquery.h"
#include "sandbox/oneroster/onerostertokenendpoint.h"

#include <QJsonArray>
#include <QUrl>

#include <functional>

namespace {
QString ref(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject().value(QLatin1String("sourcedId")).toString();
}

QVector<QJsonObject> where(const QVector<QJsonObject> &items,
                           const std::function<bool(const QJsonObject &)> &keep)
{
    QVector<QJsonObject> out;
    for (const QJsonObject &o : items) {
        if (keep(o))
            out.append(o);
    }
    return out;
}

bool hasOrg(const QJsonObject &user, const QString &orgId)
{
    for (const QJsonValue &org : user.value(QLatin1String("orgs")).toArray()) {
        if (org.toObject().value(QLatin1String("sourcedId")).toString() == orgId)
            return true;
    }
    return false;
}

bool roleIs(const QJsonObject &user, const char *role)
{
    return user.value(QLatin1String("role")).toString() == QLatin1String(role);
}
} // namespace

OneRosterEndpoints::OneRosterEndpoints(const Tenant &tenant) : m_tenant(tenant)
{}

bool OneRosterEndpoints::matches(const SandboxRequest &request) const
{
    return request.path.startsWith(prefix());
}

SandboxResponse OneRosterEndpoints::imsError(int status, const QString &codeMinor, const QString &description)
{
    const QJsonObject minor{{QStringLiteral("imsx_codeMinorFieldName"), QStringLiteral("TargetEndSystem")},
                            {QStringLiteral("imsx_codeMinorFieldValue"), codeMinor}};
    SandboxResponse r = SandboxResponse::json(
        status, QJsonObject{{QStringLiteral("imsx_codeMajor"), QStringLiteral("failure")},
                            {QStringLiteral("imsx_severity"), QStringLiteral("error")},
                            {QStringLiteral("imsx_description"), description},
                            {QStringLiteral("imsx_CodeMinor"),
                             QJsonObject{{QStringLiteral("imsx_codeMinorField"), QJsonArray{minor}}}}});
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

bool OneRosterEndpoints::collection(const OneRosterDirectory &directory, const QStringList &segments,
                                    Listing *listing, SandboxResponse *failure) const
{
    const QString name = segments.value(0);
    const auto notFound = [&](const QString &what) {
        *failure = imsError(404, QStringLiteral("unknownobject"),
                            QStringLiteral("The %1 '%2' was not found.").arg(what, segments.value(1)));
        return false;
    };
    if (segments.size() == 1 || segments.size() == 2) {
        if (name == QLatin1String("orgs")) {
            *listing = {QStringLiteral("orgs"), directory.orgs()};
        } else if (name == QLatin1String("schools")) {
            *listing = {QStringLiteral("orgs"), where(directory.orgs(), [](const QJsonObject &o) {
                            return o.value(QLatin1String("type")).toString() == QLatin1String("school");
                        })};
        } else if (name == QLatin1String("academicSessions")) {
            *listing = {QStringLiteral("academicSessions"), directory.academicSessions()};
        } else if (name == QLatin1String("terms")) {
            *listing = {QStringLiteral("academicSessions"),
                        where(directory.academicSessions(), [](const QJsonObject &o) {
                            return o.value(QLatin1String("type")).toString() == QLatin1String("term");
                        })};
        } else if (name == QLatin1String("courses")) {
            *listing = {QStringLiteral("courses"), directory.courses()};
        } else if (name == QLatin1String("classes")) {
            *listing = {QStringLiteral("classes"), directory.classes()};
        } else if (name == QLatin1String("users")) {
            *listing = {QStringLiteral("users"), directory.users()};
        } else if (name == QLatin1String("students") || name == QLatin1String("teachers")) {
            const bool students = name == QLatin1String("students");
            *listing = {QStringLiteral("users"), where(directory.users(), [students](const QJsonObject &u) {
                            return roleIs(u, students ? "student" : "teacher");
                        })};
        } else if (name == QLatin1String("enrollments")) {
            *listing = {QStringLiteral("enrollments"), directory.enrollments()};
        } else {
            *failure = imsError(404, QStringLiteral("unknownobject"),
                                QStringLiteral("Unknown endpoint '%1'.").arg(name));
            return false;
        }
        if (segments.size() == 2) {
            const QVector<QJsonObject> one = where(listing->items, [&](const QJsonObject &o) {
                return o.value(QLatin1String("sourcedId")).toString() == segments[1];
            });
            if (one.isEmpty())
                return notFound(name);
            listing->items = one;
        }
        return true;
    }
    if (segments.size() != 3)
        return notFound(name);
    const QString parent = segments[1];
    const QString child = segments[2];
    const QString objectId = directory.objectId(parent);
    if (name == QLatin1String("schools")) {
        const bool isSchool = !objectId.isEmpty() && m_tenant.educationSchools.contains(objectId);
        if (!isSchool)
            return notFound(QStringLiteral("school"));
        if (child == QLatin1String("classes")) {
            *listing = {QStringLiteral("classes"), where(directory.classes(), [&](const QJsonObject &c) {
                            return ref(c, "school") == parent;
                        })};
        } else if (child == QLatin1String("students") || child == QLatin1String("teachers")) {
            const bool students = child == QLatin1String("students");
            *listing = {QStringLiteral("users"), where(directory.users(), [&](const QJsonObject &u) {
                            return roleIs(u, students ? "student" : "teacher") && hasOrg(u, parent);
                        })};
        } else if (child == QLatin1String("courses")) {
            *listing = {QStringLiteral("courses"), where(directory.courses(), [&](const QJsonObject &c) {
                            return ref(c, "org") == parent;
                        })};
        } else if (child == QLatin1String("enrollments")) {
            *listing = {QStringLiteral("enrollments"),
                        where(directory.enrollments(),
                              [&](const QJsonObject &e) { return ref(e, "school") == parent; })};
        } else {
            return notFound(child);
        }
        return true;
    }
    if (name == QLatin1String("classes")) {
        if (objectId.isEmpty() || !m_tenant.educationClasses.contains(objectId))
            return notFound(QStringLiteral("class"));
        if (child != QLatin1String("students") && child != QLatin1String("teachers"))
            return notFound(child);
        const QStringList ids = child == QLatin1String("students") ? directory.classStudents(objectId)
                                                                   : directory.classTeachers(objectId);
        listing->key = QStringLiteral("users");
        for (const QString &id : ids)
            listing->items.append(directory.user(id));
        return true;
    }
    if ((name == QLatin1String("users") || name == QLatin1String("students") ||
         name == QLatin1String("teachers")) &&
        child == QLatin1String("classes")) {
        const QString role = objectId.isEmpty() ? QString() : directory.roleOf(objectId);
        if (role.isEmpty() || (name == QLatin1String("students") && role != QLatin1String("student")) ||
            (name == QLatin1String("teachers") && role != QLatin1String("teacher")))
            return notFound(QStringLiteral("user"));
        listing->key = QStringLiteral("classes");
        for (const QString &id : directory.userClasses(objectId))
            listing->items.append(directory.oneClass(id));
        return true;
    }
    return notFound(name);
}

SandboxResponse OneRosterEndpoints::list(const SandboxRequest &request, const Listing &listing) const
{
    const OneRosterQuery query(request.query);
    QString codeMinor;
    QString description;
    if (!query.isValid(&codeMinor, &description) ||
        !query.fieldsKnown(listing.items.isEmpty() ? QJsonObject() : listing.items.first(), &codeMinor,
                           &description))
        return imsError(400, codeMinor, description);
    int total = 0;
    const QVector<QJsonObject> page = query.apply(listing.items, &total);
    QJsonArray items;
    for (const QJsonObject &o : page)
        items.append(o);
    SandboxResponse r = SandboxResponse::json(200, QJsonObject{{listing.key, items}});
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("X-Total-Count", QByteArray::number(total));
    const QString url = request.baseUrl + request.path + QLatin1Char('?');
    QStringList links;
    const auto link = [&](int offset, const char *rel) {
        links.append(
            QStringLiteral("<%1%2>; rel=\"%3\"").arg(url, query.withOffset(offset), QLatin1String(rel)));
    };
    const int last = total == 0 ? 0 : ((total - 1) / query.limit()) * query.limit();
    if (query.offset() + query.limit() < total)
        link(query.offset() + query.limit(), "next");
    if (query.offset() > 0)
        link(qMax(0, query.offset() - query.limit()), "prev");
    link(0, "first");
    link(last, "last");
    r.setHeader("Link", links.join(QStringLiteral(",")).toUtf8());
    return r;
}

SandboxResponse OneRosterEndpoints::handle(SandboxRequest &request)
{
    if (request.method != "GET")
        return imsError(405, QStringLiteral("invalid_data"),
                        QStringLiteral("This provider is read-only: only GET is supported."));
    if (!request.caller.hasAny({"roster-core.readonly", "roster.readonly"}) &&
        !request.caller.permissions.contains(OneRosterTokenEndpoint::scope()))
        return imsError(403, QStringLiteral("forbidden"),
                        QStringLiteral("The access token does not grant roster-core.readonly."));
    const QStringList segments =
        request.path.mid(prefix().size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const OneRosterDirectory directory(m_tenant, request.baseUrl);
    Listing listing;
    SandboxResponse failure;
    if (!collection(directory, segments, &listing, &failure))
        return failure;
    if (segments.size() == 2) {
        // A single object: {"org":{...}}, {"user":{...}}, ...
        const QHash<QString, QString> singular{
            {QStringLiteral("orgs"), QStringLiteral("org")},
            {QStringLiteral("academicSessions"), QStringLiteral("academicSession")},
            {QStringLiteral("courses"), QStringLiteral("course")},
            {QStringLiteral("classes"), QStringLiteral("class")},
            {QStringLiteral("users"), QStringLiteral("user")},
            {QStringLiteral("enrollments"), QStringLiteral("enrollment")},
        };
        SandboxResponse r =
            SandboxResponse::json(200, QJsonObject{{singular.value(listing.key), listing.items.first()}});
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        return r;
    }
    return list(request, listing);
}
