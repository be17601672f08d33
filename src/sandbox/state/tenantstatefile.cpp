#include "sandbox/state/tenantstatefile.h"

#include "sandbox/directory/tenant.h"
#include "sandbox/state/sharedvaluetable.h"
#include "sandbox/state/tenantstatereader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {
const QByteArray magic = QByteArrayLiteral("TDSTATE1");
const QString formatName = QStringLiteral("tenantdesk-sandbox-state");

// Properties of directory objects whose values many objects share (see SharedValueTable).
const char *const sharedProperties[] = {"assignedLicenses", "assignedPlans"};

QJsonObject collectionToJson(const ObjectCollection &collection, SharedValueTable *shared)
{
    QJsonArray objects;
    QString states;
    states.reserve(collection.slotCount());
    for (qsizetype i = 0; i < collection.slotCount(); ++i) {
        QJsonObject object = collection.at(i);
        for (const char *property : sharedProperties) {
            const QJsonValue value = object.value(QLatin1String(property));
            if (value.isArray() && !value.toArray().isEmpty())
                object.insert(QLatin1String(property), shared->put(value));
        }
        objects.append(object);
        states.append(collection.isAlive(i)     ? QLatin1Char('a')
                      : collection.isDeleted(i) ? QLatin1Char('d')
                                                : QLatin1Char('g'));
    }
    // The change log delta tokens replay: [sequence, id, "c" changed | "s" soft deleted | "h" gone].
    QJsonArray log;
    for (const ObjectCollection::Change &change : collection.changeLog()) {
        const char *type = change.type == ObjectCollection::ChangeType::Changed       ? "c"
                           : change.type == ObjectCollection::ChangeType::SoftDeleted ? "s"
                                                                                      : "h";
        log.append(QJsonArray{QString::number(change.sequence), change.id, QLatin1String(type)});
    }
    return QJsonObject{{QStringLiteral("objects"), objects},
                       {QStringLiteral("states"), states},
                       {QStringLiteral("log"), log},
                       {QStringLiteral("logFloor"), QString::number(collection.oldestReplayableSequence())}};
}

QJsonArray membershipLogToJson(const QVector<Tenant::MembershipChange> &changes)
{
    QJsonArray out;
    for (const Tenant::MembershipChange &change : changes)
        out.append(
            QJsonArray{QString::number(change.sequence), change.groupId, change.memberId, change.removed});
    return out;
}

// A QJsonObject keeps its keys sorted: inserting them in hash order would move half the object per
// insert, so they go in sorted (each one appends).
template <typename Hash> QStringList sortedKeys(const Hash &hash)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QJsonObject listsToJson(const QHash<QString, QStringList> &lists)
{
    QJsonObject out;
    for (const QString &key : sortedKeys(lists))
        out.insert(key, QJsonArray::fromStringList(*lists.constFind(key)));
    return out;
}

QJsonObject objectsToJson(const QHash<QString, QJsonObject> &objects, SharedValueTable *shared = nullptr)
{
    QJsonObject out;
    for (const QString &key : sortedKeys(objects)) {
        const QJsonObject &value = *objects.constFind(key);
        out.insert(key, shared ? shared->put(value) : QJsonValue(value));
    }
    return out;
}

QJsonObject objectsToJson(const CompactObjectMap &objects)
{
    QJsonObject out;
    for (const QString &key : sortedKeys(objects))
        out.insert(key, objects.value(key));
    return out;
}

QJsonArray vectorToJson(const QVector<QJsonObject> &rows)
{
    QJsonArray out;
    for (const QJsonObject &row : rows)
        out.append(row);
    return out;
}

QJsonObject calendarsToJson(const QHash<QString, QVector<QJsonObject>> &calendars, SharedValueTable *shared)
{
    QJsonObject out;
    QJsonArray lastRows; // most calendars share one QVector of rows: convert it once
    const QJsonObject *lastData = nullptr;
    for (const QString &key : sortedKeys(calendars)) {
        const QVector<QJsonObject> &rows = *calendars.constFind(key);
        if (rows.isEmpty() || rows.constData() != lastData) {
            lastRows = vectorToJson(rows);
            lastData = rows.constData();
        }
        out.insert(key, shared->put(lastRows));
    }
    return out;
}
} // namespace

QJsonObject TenantStateFile::toJson(const Tenant &t)
{
    QJsonArray accounts;
    for (const Tenant::Account &a : t.accounts) {
        accounts.append(QJsonObject{{QStringLiteral("userId"), a.userId},
                                    {QStringLiteral("username"), a.username},
                                    {QStringLiteral("password"), a.password},
                                    {QStringLiteral("role"), a.role}});
    }
    QJsonArray apps;
    for (const Tenant::App &app : t.apps) {
        apps.append(QJsonObject{{QStringLiteral("clientId"), app.clientId},
                                {QStringLiteral("displayName"), app.displayName},
                                {QStringLiteral("secret"), app.secret},
                                {QStringLiteral("certificatePem"), QString::fromLatin1(app.certificatePem)},
                                {QStringLiteral("appRoles"), QJsonArray::fromStringList(app.appRoles)}});
    }
    SharedValueTable shared;
    QJsonObject json{
        {QStringLiteral("sequence"), QString::number(t.sequence)},
        {QStringLiteral("tenantId"), t.tenantId},
        {QStringLiteral("displayName"), t.displayName},
        {QStringLiteral("initialDomain"), t.initialDomain},
        {QStringLiteral("organization"), t.organization},
        {QStringLiteral("authorizationPolicy"), t.authorizationPolicy},
        {QStringLiteral("users"), collectionToJson(t.users, &shared)},
        {QStringLiteral("groups"), collectionToJson(t.groups, &shared)},
        {QStringLiteral("administrativeUnits"), collectionToJson(t.administrativeUnits, &shared)},
        {QStringLiteral("groupMembers"), listsToJson(t.groupMembers)},
        {QStringLiteral("membershipLog"), membershipLogToJson(t.membershipLog)},
        {QStringLiteral("groupOwners"), listsToJson(t.groupOwners)},
        {QStringLiteral("unitMembers"), listsToJson(t.unitMembers)},
        {QStringLiteral("subscribedSkus"), t.subscribedSkus},
        {QStringLiteral("roleAssignments"), vectorToJson(t.roleAssignments)},
        {QStringLiteral("educationSchools"), objectsToJson(t.educationSchools)},
        {QStringLiteral("educationClasses"), objectsToJson(t.educationClasses)},
        {QStringLiteral("educationUsers"), objectsToJson(t.educationUsers)},
        {QStringLiteral("mailboxes"), objectsToJson(t.mailboxes, &shared)},
        {QStringLiteral("mailboxPermissions"), vectorToJson(t.mailboxPermissions)},
        {QStringLiteral("recipientPermissions"), vectorToJson(t.recipientPermissions)},
        {QStringLiteral("calendarPermissions"), calendarsToJson(t.calendarPermissions, &shared)},
        {QStringLiteral("sharingPolicies"), t.sharingPolicies},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("publicClientId"), t.publicClientId},
        {QStringLiteral("confidentialClientId"), t.confidentialClientId},
    };
    json.insert(QStringLiteral("sharedValues"), shared.values());
    return json;
}

bool TenantStateFile::fromJson(const QJsonObject &json, Tenant *tenant, QString *error)
{
    TenantStateReader r(json);
    Tenant t;
    t.sequence = r.number(QStringLiteral("sequence"));
    t.tenantId = r.string(QStringLiteral("tenantId"));
    t.displayName = r.string(QStringLiteral("displayName"));
    t.initialDomain = r.string(QStringLiteral("initialDomain"));
    t.organization = r.object(QStringLiteral("organization"));
    t.authorizationPolicy = r.object(QStringLiteral("authorizationPolicy"));
    r.collection(QStringLiteral("users"), &t.users, t.sequence);
    r.collection(QStringLiteral("groups"), &t.groups, t.sequence);
    r.collection(QStringLiteral("administrativeUnits"), &t.administrativeUnits, t.sequence);
    t.groupMembers = r.lists(QStringLiteral("groupMembers"));
    t.membershipLog = r.membershipLog(QStringLiteral("membershipLog"));
    t.groupOwners = r.lists(QStringLiteral("groupOwners"));
    t.unitMembers = r.lists(QStringLiteral("unitMembers"));
    t.subscribedSkus = r.array(QStringLiteral("subscribedSkus"));
    t.roleAssignments = r.rows(QStringLiteral("roleAssignments"));
    t.educationSchools = r.objects(QStringLiteral("educationSchools"));
    t.educationClasses = r.objects(QStringLiteral("educationClasses"));
    t.educationUsers = CompactObjectMap(r.objects(QStringLiteral("educationUsers")));
    t.mailboxes = r.objects(QStringLiteral("mailboxes"));
    t.mailboxPermissions = r.rows(QStringLiteral("mailboxPermissions"));
    t.recipientPermissions = r.rows(QStringLiteral("recipientPermissions"));
    t.calendarPermissions = r.rowsByKey(QStringLiteral("calendarPermissions"));
    t.sharingPolicies = r.array(QStringLiteral("sharingPolicies"));
    for (const QJsonValue &value : r.array(QStringLiteral("accounts"))) {
        const QJsonObject a = value.toObject();
        const QString where = QStringLiteral("accounts");
        t.accounts.append(
            {r.string(a, QStringLiteral("userId"), where), r.string(a, QStringLiteral("username"), where),
             r.string(a, QStringLiteral("password"), where), r.string(a, QStringLiteral("role"), where)});
    }
    for (const QJsonValue &value : r.array(QStringLiteral("apps"))) {
        const QJsonObject a = value.toObject();
        const QString where = QStringLiteral("apps");
        Tenant::App app;
        app.clientId = r.string(a, QStringLiteral("clientId"), where);
        app.displayName = r.string(a, QStringLiteral("displayName"), where);
        app.secret = r.string(a, QStringLiteral("secret"), where);
        app.certificatePem = r.string(a, QStringLiteral("certificatePem"), where).toLatin1();
        app.appRoles = r.strings(a.value(QLatin1String("appRoles")), QStringLiteral("apps.appRoles"));
        t.apps.append(app);
    }
    t.publicClientId = r.string(QStringLiteral("publicClientId"));
    t.confidentialClientId = r.string(QStringLiteral("confidentialClientId"));
    if (r.ok() && t.tenantId.isEmpty())
        r.fail(QStringLiteral("the tenant id is empty"));
    if (!r.ok()) {
        *error = r.error();
        return false;
    }
    *tenant = std::move(t);
    return true;
}

bool TenantStateFile::save(const Tenant &tenant, const QString &path, QString *error)
{
    return save(tenant, QJsonObject(), path, error);
}

bool TenantStateFile::save(const Tenant &tenant, const QJsonObject &identity, const QString &path,
                           QString *error)
{
    QJsonObject document{{QStringLiteral("format"), formatName},
                         {QStringLiteral("version"), formatVersion},
                         {QStringLiteral("tenant"), toJson(tenant)}};
    if (!identity.isEmpty())
        document.insert(QStringLiteral("identity"), identity);
    const QByteArray json = QJsonDocument(document).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("Could not write the sandbox state to %1: %2").arg(path, file.errorString());
        return false;
    }
    // Passwords and secrets are inside: owner only, set before a byte of it is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(magic);
    file.write(qCompress(json, 1));
    if (!file.commit()) {
        *error = QStringLiteral("Could not write the sandbox state to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TenantStateFile::load(const QString &path, Tenant *tenant, QString *error)
{
    QJsonObject identity;
    return load(path, tenant, &identity, error);
}

bool TenantStateFile::load(const QString &path, Tenant *tenant, QJsonObject *identity, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Could not read the sandbox state file %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray data = file.readAll();
    file.close();
    const QString problem = QStringLiteral("The sandbox state file %1 cannot be used: %2");
    if (data.startsWith(magic)) {
        data = qUncompress(data.mid(magic.size()));
        if (data.isEmpty()) {
            *error = problem.arg(path, QStringLiteral("its compressed data is damaged or cut short"));
            return false;
        }
    } else if (!data.trimmed().startsWith('{')) {
        *error =
            problem.arg(path, QStringLiteral("it is not a Tenantdesk sandbox state file (no TDSTATE1 header "
                                             "and not JSON)"));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    data.clear();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = problem.arg(path, parseError.error != QJsonParseError::NoError
                                       ? QStringLiteral("its JSON is invalid (%1 at byte %2)")
                                             .arg(parseError.errorString())
                                             .arg(parseError.offset)
                                       : QStringLiteral("its JSON is not an object"));
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != formatName) {
        *error = problem.arg(path, QStringLiteral("its \"format\" is not \"%1\"").arg(formatName));
        return false;
    }
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version < oldestReadableVersion || version > formatVersion) {
        *error = problem.arg(
            path, QStringLiteral("it is version %1 of the format; this sandbox reads versions %2 to %3")
                      .arg(version)
                      .arg(oldestReadableVersion)
                      .arg(formatVersion));
        return false;
    }
    if (!root.value(QLatin1String("tenant")).isObject()) {
        *error = problem.arg(path, QStringLiteral("it has no \"tenant\" object"));
        return false;
    }
    const QJsonValue savedIdentity = root.value(QLatin1String("identity"));
    if (!savedIdentity.isUndefined() && !savedIdentity.isObject()) {
        *error = problem.arg(path, QStringLiteral("its \"identity\" is not an object"));
        return false;
    }
    QString what;
    if (!fromJson(root.value(QLatin1String("tenant")).toObject(), tenant, &what)) {
        *error = problem.arg(path, what);
        return false;
    }
    *identity = savedIdentity.toObject();
    return true;
}
