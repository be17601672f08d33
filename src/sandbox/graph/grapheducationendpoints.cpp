#include "sandbox/graph/grapheducationendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/educationviews.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/graphpagequery.h"

#include <algorithm>

namespace {

QStringList segmentsOf(const SandboxRequest &request)
{
    return request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

} // namespace

GraphEducationEndpoints::GraphEducationEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphEducationEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = segmentsOf(request);
    if (s.size() < 3 || s.at(0) != QLatin1String("v1.0") || s.at(1) != QLatin1String("education"))
        return false;
    if (s.at(2) == QLatin1String("me"))
        return s.size() == 3;
    if (s.at(2) != QLatin1String("schools") && s.at(2) != QLatin1String("classes") &&
        s.at(2) != QLatin1String("users"))
        return false;
    return !(s.size() >= 4 &&
             (s.at(3) == QLatin1String("delta") || s.at(3).startsWith(QLatin1String("delta("))));
}

bool GraphEducationEndpoints::basicUsers(const SandboxCaller &caller) const
{
    return !caller.appOnly() || !caller.hasAny({"EduRoster.Read.All", "EduRoster.ReadWrite.All"});
}

SandboxResponse GraphEducationEndpoints::handle(SandboxRequest &request)
{
    const SandboxCaller &caller = request.caller;
    const bool allowed =
        caller.appOnly()
            ? caller.hasAny({"EduRoster.ReadBasic.All", "EduRoster.Read.All", "EduRoster.ReadWrite.All"})
            : caller.hasAny({"EduRoster.ReadBasic", "EduRoster.Read", "EduRoster.ReadWrite"});
    if (!allowed)
        return GraphErrorReplies::insufficientPrivileges(request);
    if (request.method != "GET")
        return GraphErrorReplies::methodNotAllowed(request);
    const EducationViews views(m_tenant);
    QStringList s = segmentsOf(request);
    if (s.at(2) == QLatin1String("me")) {
        if (caller.appOnly())
            return GraphErrorReplies::badRequest(request,
                                                 QStringLiteral("/me request is only valid with delegated "
                                                                "authentication flow."));
        s = QStringList{s.at(0), s.at(1), QStringLiteral("users"), caller.userId};
    }
    if (s.at(2) == QLatin1String("schools"))
        return schools(request, s, views);
    if (s.at(2) == QLatin1String("classes"))
        return classes(request, s, views);
    return users(request, s, views);
}

SandboxResponse GraphEducationEndpoints::collection(const SandboxRequest &request, Kind kind,
                                                    const QStringList &ids, const QString &context,
                                                    const EducationViews &views) const
{
    GraphPageQuery query(request);
    SandboxResponse failure;
    if (!query.isValid(&failure))
        return failure;
    const bool basic = basicUsers(request.caller);
    // Build only the page that is returned; the rest are placeholders of the right count.
    QVector<QJsonObject> objects(ids.size());
    const qsizetype end = std::min<qsizetype>(ids.size(), query.offset() + query.pageSize());
    for (qsizetype i = query.offset(); i < end; ++i) {
        switch (kind) {
        case Kind::School:
            objects[i] = views.school(ids.at(i));
            break;
        case Kind::Class:
            objects[i] = views.educationClass(ids.at(i));
            break;
        case Kind::User:
            objects[i] = views.user(ids.at(i), basic);
            break;
        }
    }
    return SandboxResponse::json(200, query.page(objects, context));
}

SandboxResponse GraphEducationEndpoints::entity(const SandboxRequest &request, const QJsonObject &object,
                                                const QString &context) const
{
    QJsonObject body = GraphPageQuery(request).project(object);
    body.insert(QStringLiteral("@odata.context"), GraphPageQuery::contextUrl(request, context));
    return SandboxResponse::json(200, body);
}

SandboxResponse GraphEducationEndpoints::schools(const SandboxRequest &request, const QStringList &s,
                                                 const EducationViews &views)
{
    if (s.size() == 3)
        return collection(request, Kind::School, views.schools(), QStringLiteral("education/schools"), views);
    const QString id = s.at(3);
    if (!views.isSchool(id))
        return GraphErrorReplies::resourceNotFound(request, id);
    if (s.size() == 4)
        return entity(request, views.school(id), QStringLiteral("education/schools/$entity"));
    if (s.size() == 5 && s.at(4) == QLatin1String("users"))
        return collection(request, Kind::User, views.schoolUsers(id),
                          QStringLiteral("education/schools('%1')/users").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("classes"))
        return collection(request, Kind::Class, views.schoolClasses(id),
                          QStringLiteral("education/schools('%1')/classes").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("administrativeUnit")) {
        QJsonObject unit = *m_tenant.administrativeUnits.find(id);
        for (const char *name : {"deletedDateTime", "description", "membershipRule", "membershipType",
                                 "membershipRuleProcessingState", "visibility"}) {
            if (!unit.contains(QLatin1String(name)))
                unit.insert(QLatin1String(name), QJsonValue::Null);
        }
        return entity(request, unit,
                      QStringLiteral("education/schools('%1')/administrativeUnit/$entity").arg(id));
    }
    return GraphErrorReplies::unknownSegment(request, s.last());
}

SandboxResponse GraphEducationEndpoints::classes(const SandboxRequest &request, const QStringList &s,
                                                 const EducationViews &views)
{
    if (s.size() == 3)
        return collection(request, Kind::Class, views.classes(), QStringLiteral("education/classes"), views);
    const QString id = s.at(3);
    if (!views.isClass(id))
        return GraphErrorReplies::resourceNotFound(request, id);
    if (s.size() == 4)
        return entity(request, views.educationClass(id), QStringLiteral("education/classes/$entity"));
    if (s.size() == 5 && s.at(4) == QLatin1String("members"))
        return collection(request, Kind::User, views.classMembers(id),
                          QStringLiteral("education/classes('%1')/members").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("teachers"))
        return collection(request, Kind::User, views.classTeachers(id),
                          QStringLiteral("education/classes('%1')/teachers").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("schools"))
        return collection(request, Kind::School, views.schoolsOf(id),
                          QStringLiteral("education/classes('%1')/schools").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("group")) {
        QJsonObject group = *m_tenant.groups.find(id);
        return entity(request, group, QStringLiteral("groups/$entity"));
    }
    return GraphErrorReplies::unknownSegment(request, s.last());
}

SandboxResponse GraphEducationEndpoints::users(const SandboxRequest &request, const QStringList &s,
                                               const EducationViews &views)
{
    if (s.size() == 3) {
        // Microsoft: "Delegated (work or school account): Not supported." for listing education users.
        if (!request.caller.appOnly())
            return GraphErrorReplies::insufficientPrivileges(request);
        return collection(request, Kind::User, views.users(), QStringLiteral("education/users"), views);
    }
    const QString id = s.at(3);
    if (!views.isUser(id))
        return GraphErrorReplies::resourceNotFound(request, id);
    if (s.size() == 4)
        return entity(request, views.user(id, basicUsers(request.caller)),
                      QStringLiteral("education/users/$entity"));
    if (s.size() == 5 && s.at(4) == QLatin1String("classes"))
        return collection(request, Kind::Class, views.classesOf(id),
                          QStringLiteral("education/users('%1')/classes").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("taughtClasses"))
        return collection(request, Kind::Class, views.taughtClassesOf(id),
                          QStringLiteral("education/users('%1')/taughtClasses").arg(id), views);
    if (s.size() == 5 && s.at(4) == QLatin1String("schools"))
        return collection(request, Kind::School, views.schoolsOf(id),
                          QStringLiteral("education/users('%1')/schools").arg(id), views);
    return GraphErrorReplies::unknownSegment(request, s.last());
}
