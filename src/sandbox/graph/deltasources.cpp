#include "sandbox/graph/deltasources.h"

#include "sandbox/directory/directoryobjectlist.h"
#include "sandbox/directory/directorypermissions.h"
#include "sandbox/directory/educationviews.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/directoryschema.h"
#include "sandbox/odata/odataquery.h"

namespace {
// $select against a directory type; "members" names the membership that members@delta reports.
std::function<bool(const QString &, QString *)> declaredIn(const DirectorySchema &schema, bool members)
{
    return [schema, members](const QString &name, QString *declared) {
        if (members && name.compare(QLatin1String("members"), Qt::CaseInsensitive) == 0) {
            *declared = QStringLiteral("members");
            return true;
        }
        *declared = schema.canonical(name);
        return !declared->isEmpty();
    };
}

QStringList withoutMembers(const QStringList &select)
{
    QStringList out = select;
    out.removeAll(QStringLiteral("members"));
    if (out.isEmpty() && !select.isEmpty())
        out.append(QStringLiteral("id"));
    return out;
}

// Education objects are views, not stored objects: $select keeps the named keys (null when absent).
QJsonObject pick(const QJsonObject &object, const QStringList &select)
{
    if (select.isEmpty())
        return object;
    QJsonObject out{{QStringLiteral("id"), object.value(QLatin1String("id"))}};
    for (const QString &name : select)
        out.insert(name, object.contains(name) ? object.value(name) : QJsonValue(QJsonValue::Null));
    return out;
}

bool educationReader(const SandboxCaller &caller)
{
    return caller.appOnly()
               ? caller.hasAny({"EduRoster.ReadBasic.All", "EduRoster.Read.All", "EduRoster.ReadWrite.All"})
               : caller.hasAny({"EduRoster.ReadBasic", "EduRoster.Read", "EduRoster.ReadWrite"});
}
} // namespace

DeltaSources::DeltaSources(const Tenant &tenant)
{
    const DirectorySchema users = DirectorySchema::user();
    const DirectorySchema groups = DirectorySchema::group();
    const DirectorySchema units = DirectorySchema::administrativeUnit();
    const QString userType = users.odataType(), groupType = groups.odataType(), unitType = units.odataType();
    const Tenant *t = &tenant;

    Source u;
    u.entity = u.context = QStringLiteral("users");
    u.resource = QStringLiteral("User");
    u.parts = {&tenant.users};
    u.partTypes = {userType};
    u.mayRead = &DirectoryPermissions::canReadUsers;
    u.selectable = declaredIn(users, false);
    u.view = [t, users](int, const QString &id, const QStringList &select, const SandboxCaller &) {
        return ODataQuery::project(*t->users.find(id), users, select);
    };
    m_sources.push_back(u);

    Source g;
    g.entity = g.context = QStringLiteral("groups");
    g.resource = QStringLiteral("Group");
    g.parts = {&tenant.groups};
    g.partTypes = {groupType};
    g.groupMembers = true;
    g.mayRead = &DirectoryPermissions::canReadGroups;
    g.selectable = declaredIn(groups, true);
    g.view = [t, groups](int, const QString &id, const QStringList &select, const SandboxCaller &) {
        return ODataQuery::project(*t->groups.find(id), groups, withoutMembers(select));
    };
    m_sources.push_back(g);

    Source d;
    d.entity = d.context = QStringLiteral("directoryObjects");
    d.resource = QStringLiteral("DirectoryObject");
    d.parts = {&tenant.users, &tenant.groups};
    d.partTypes = {userType, groupType};
    d.typed = true;
    d.groupMembers = true;
    d.mayRead = [](const SandboxCaller &caller) {
        return caller.hasAny({"Directory.Read.All", "Directory.ReadWrite.All"}) ||
               (DirectoryPermissions::canReadUsers(caller) && DirectoryPermissions::canReadGroups(caller));
    };
    d.selectable = declaredIn(DirectorySchema::directoryObject(), true);
    d.view = [t](int, const QString &id, const QStringList &select, const SandboxCaller &) {
        return DirectoryObjectList(*t).view(id, withoutMembers(select));
    };
    m_sources.push_back(d);

    Source a;
    a.entity = QStringLiteral("directory/administrativeUnits");
    a.context = QStringLiteral("administrativeUnits");
    a.resource = QStringLiteral("AdministrativeUnit");
    a.parts = {&tenant.administrativeUnits};
    a.partTypes = {unitType};
    a.unitMembers = true;
    a.mayRead = [](const SandboxCaller &caller) {
        return caller.hasAny({"AdministrativeUnit.Read.All", "AdministrativeUnit.ReadWrite.All",
                              "Directory.Read.All", "Directory.ReadWrite.All"});
    };
    a.selectable = declaredIn(units, true);
    a.view = [t, units](int, const QString &id, const QStringList &select, const SandboxCaller &) {
        return ODataQuery::project(*t->administrativeUnits.find(id), units, withoutMembers(select));
    };
    m_sources.push_back(a);

    const auto anyName = [](const QString &name, QString *declared) {
        *declared = name;
        return !name.isEmpty();
    };
    Source schools;
    schools.entity = schools.context = QStringLiteral("education/schools");
    schools.resource = QStringLiteral("EducationSchool");
    schools.parts = {&tenant.administrativeUnits};
    schools.partTypes = {QStringLiteral("#microsoft.graph.educationSchool")};
    schools.mayRead = &educationReader;
    schools.includes = [t](const QString &id) {
        return t->educationSchools.contains(id);
    };
    schools.selectable = anyName;
    schools.view = [t](int, const QString &id, const QStringList &select, const SandboxCaller &) {
        return pick(EducationViews(*t).school(id), select);
    };
    m_sources.push_back(schools);

    Source classes;
    classes.entity = classes.context = QStringLiteral("education/classes");
    classes.resource = QStringLiteral("EducationClass");
    classes.parts = {&tenant.groups};
    classes.partTypes = {QStringLiteral("#microsoft.graph.educationClass")};
    classes.mayRead = &educationReader;
    classes.includes = [t](const QString &id) {
        return t->educationClasses.contains(id);
    };
    classes.selectable = anyName;
    classes.view = [t](int, const QString &id, const QStringList &select, const SandboxCaller &) {
        return pick(EducationViews(*t).educationClass(id), select);
    };
    m_sources.push_back(classes);

    Source pupils;
    pupils.entity = pupils.context = QStringLiteral("education/users");
    pupils.resource = QStringLiteral("EducationUser");
    pupils.parts = {&tenant.users};
    pupils.partTypes = {QStringLiteral("#microsoft.graph.educationUser")};
    pupils.mayRead = &educationReader;
    pupils.selectable = anyName;
    pupils.view = [t](int, const QString &id, const QStringList &select, const SandboxCaller &caller) {
        const bool basic =
            !caller.appOnly() || !caller.hasAny({"EduRoster.Read.All", "EduRoster.ReadWrite.All"});
        return pick(EducationViews(*t).user(id, basic), select);
    };
    m_sources.push_back(pupils);
}

const DeltaSources::Source *DeltaSources::forEntity(const QString &entity) const
{
    for (const Source &s : m_sources) {
        if (s.entity == entity)
            return &s;
    }
    return nullptr;
}

const DeltaSources::Source *DeltaSources::forPath(const QString &path) const
{
    QString p = path;
    if (p.endsWith(QLatin1String("/delta()")))
        p.chop(2);
    if (!p.startsWith(QLatin1String("/v1.0/")) || !p.endsWith(QLatin1String("/delta")))
        return nullptr;
    return forEntity(p.mid(6, p.size() - 6 - 6));
}
