#include "sandbox/tenantstatefile.h"

#include "sandbox/tenant.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {
const QByteArray magic = QByteArrayLiteral("TDSTATE1");
const QString formatName = QStringLiteral("tenantdesk-sandbox-state");

QJsonObject collectionToJson(const ObjectCollection &collection)
{
    QJsonArray objects;
    QString states;
    states.reserve(collection.slotCount());
    for (qsizetype i = 0; i < collection.slotCount(); ++i) {
        objects.append(collection.at(i));
        states.append(collection.isAlive(i)     ? QLatin1Char('a')
                      : collection.isDeleted(i) ? QLatin1Char('d')
                                                : QLatin1Char('g'));
    }
    return QJsonObject{{QStringLiteral("objects"), objects}, {QStringLiteral("states"), states}};
}

QJsonObject listsToJson(const QHash<QString, QStringList> &lists)
{
    QJsonObject out;
    for (auto it = lists.begin(); it != lists.end(); ++it)
        out.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return out;
}

QJsonObject objectsToJson(const QHash<QString, QJsonObject> &objects)
{
    QJsonObject out;
    for (auto it = objects.begin(); it != objects.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonArray vectorToJson(const QVector<QJsonObject> &rows)
{
    QJsonArray out;
    for (const QJsonObject &row : rows)
        out.append(row);
    return out;
}

// Reads one part of the document, remembering the first problem it meets.
class Reader
{
public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    QJsonValue member(const QJsonObject &json, const QString &key, QJsonValue::Type type)
    {
        const QJsonValue value = json.value(key);
        if (value.type() != type) {
            fail(QStringLiteral("\"%1\" is missing or has the wrong type").arg(key));
            return QJsonValue();
        }
        return value;
    }
    QString string(const QJsonObject &json, const QString &key)
    {
        return member(json, key, QJsonValue::String).toString();
    }
    QJsonObject object(const QJsonObject &json, const QString &key)
    {
        return member(json, key, QJsonValue::Object).toObject();
    }
    QJsonArray array(const QJsonObject &json, const QString &key)
    {
        return member(json, key, QJsonValue::Array).toArray();
    }

    QStringList strings(const QJsonValue &value, const QString &where)
    {
        QStringList out;
        if (!value.isArray()) {
            fail(QStringLiteral("%1 is not a list").arg(where));
            return out;
        }
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(QStringLiteral("%1 holds something that is not a string").arg(where));
                return QStringList();
            }
            out.append(item.toString());
        }
        return out;
    }

    void collection(const QJsonObject &json, const QString &key, ObjectCollection *collection,
                    quint64 sequence)
    {
        const QJsonObject part = object(json, key);
        const QJsonArray objects = array(part, QStringLiteral("objects"));
        const QString states = string(part, QStringLiteral("states"));
        if (!error.isEmpty()) {
            error = QStringLiteral("%1: %2").arg(key, error);
            return;
        }
        if (states.size() != objects.size())
            return void(fail(QStringLiteral("%1 has %2 states for %3 objects")
                                 .arg(key)
                                 .arg(states.size())
                                 .arg(objects.size())));
        collection->reserve(objects.size());
        QStringList gone;
        for (qsizetype i = 0; i < objects.size(); ++i) {
            const QJsonObject object = objects.at(i).toObject();
            const QString id = object.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                return void(fail(QStringLiteral("%1 object %2 has no id").arg(key).arg(i)));
            if (collection->positionOf(id) >= 0)
                return void(fail(QStringLiteral("%1 holds the id %2 twice").arg(key, id)));
            const QChar state = states.at(i);
            if (state != QLatin1Char('a') && state != QLatin1Char('d') && state != QLatin1Char('g'))
                return void(fail(
                    QStringLiteral("%1 object %2 has the unknown state \"%3\"").arg(key).arg(i).arg(state)));
            collection->load(object, state == QLatin1Char('d'));
            if (state == QLatin1Char('g'))
                gone.append(id);
        }
        // Permanently deleted objects keep their position (paging cursors are positions).
        for (const QString &id : std::as_const(gone))
            collection->hardDelete(id, sequence);
        collection->compactLog(sequence);
    }

    QHash<QString, QStringList> lists(const QJsonObject &json, const QString &key)
    {
        QHash<QString, QStringList> out;
        const QJsonObject part = object(json, key);
        out.reserve(part.size());
        for (auto it = part.begin(); it != part.end() && error.isEmpty(); ++it)
            out.insert(it.key(), strings(it.value(), key + QLatin1Char('.') + it.key()));
        return out;
    }

    QHash<QString, QJsonObject> objects(const QJsonObject &json, const QString &key)
    {
        QHash<QString, QJsonObject> out;
        const QJsonObject part = object(json, key);
        out.reserve(part.size());
        for (auto it = part.begin(); it != part.end(); ++it) {
            if (!it.value().isObject()) {
                fail(QStringLiteral("%1.%2 is not an object").arg(key, it.key()));
                break;
            }
            out.insert(it.key(), it.value().toObject());
        }
        return out;
    }

    QVector<QJsonObject> rows(const QJsonValue &value, const QString &where)
    {
        QVector<QJsonObject> out;
        if (!value.isArray()) {
            fail(QStringLiteral("%1 is not a list").arg(where));
            return out;
        }
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (!item.isObject()) {
                fail(QStringLiteral("%1 holds something that is not an object").arg(where));
                return QVector<QJsonObject>();
            }
            out.append(item.toObject());
        }
        return out;
    }
};
} // namespace

QJsonObject TenantStateFile::toJson(const Tenant &t)
{
    QJsonObject calendars;
    for (auto it = t.calendarPermissions.begin(); it != t.calendarPermissions.end(); ++it)
        calendars.insert(it.key(), vectorToJson(it.value()));
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
    return QJsonObject{
        {QStringLiteral("sequence"), QString::number(t.sequence)},
        {QStringLiteral("tenantId"), t.tenantId},
        {QStringLiteral("displayName"), t.displayName},
        {QStringLiteral("initialDomain"), t.initialDomain},
        {QStringLiteral("organization"), t.organization},
        {QStringLiteral("authorizationPolicy"), t.authorizationPolicy},
        {QStringLiteral("users"), collectionToJson(t.users)},
        {QStringLiteral("groups"), collectionToJson(t.groups)},
        {QStringLiteral("administrativeUnits"), collectionToJson(t.administrativeUnits)},
        {QStringLiteral("groupMembers"), listsToJson(t.groupMembers)},
        {QStringLiteral("groupOwners"), listsToJson(t.groupOwners)},
        {QStringLiteral("unitMembers"), listsToJson(t.unitMembers)},
        {QStringLiteral("subscribedSkus"), t.subscribedSkus},
        {QStringLiteral("roleAssignments"), vectorToJson(t.roleAssignments)},
        {QStringLiteral("educationSchools"), objectsToJson(t.educationSchools)},
        {QStringLiteral("educationClasses"), objectsToJson(t.educationClasses)},
        {QStringLiteral("educationUsers"), objectsToJson(t.educationUsers)},
        {QStringLiteral("mailboxes"), objectsToJson(t.mailboxes)},
        {QStringLiteral("mailboxPermissions"), vectorToJson(t.mailboxPermissions)},
        {QStringLiteral("recipientPermissions"), vectorToJson(t.recipientPermissions)},
        {QStringLiteral("calendarPermissions"), calendars},
        {QStringLiteral("sharingPolicies"), t.sharingPolicies},
        {QStringLiteral("accounts"), accounts},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("publicClientId"), t.publicClientId},
        {QStringLiteral("confidentialClientId"), t.confidentialClientId},
    };
}

bool TenantStateFile::fromJson(const QJsonObject &json, Tenant *tenant, QString *error)
{
    Reader r;
    Tenant t;
    bool ok = false;
    t.sequence = r.string(json, QStringLiteral("sequence")).toULongLong(&ok);
    if (!ok)
        r.fail(QStringLiteral("\"sequence\" is not a number"));
    t.tenantId = r.string(json, QStringLiteral("tenantId"));
    t.displayName = r.string(json, QStringLiteral("displayName"));
    t.initialDomain = r.string(json, QStringLiteral("initialDomain"));
    t.organization = r.object(json, QStringLiteral("organization"));
    t.authorizationPolicy = r.object(json, QStringLiteral("authorizationPolicy"));
    if (r.error.isEmpty())
        r.collection(json, QStringLiteral("users"), &t.users, t.sequence);
    if (r.error.isEmpty())
        r.collection(json, QStringLiteral("groups"), &t.groups, t.sequence);
    if (r.error.isEmpty())
        r.collection(json, QStringLiteral("administrativeUnits"), &t.administrativeUnits, t.sequence);
    t.groupMembers = r.lists(json, QStringLiteral("groupMembers"));
    t.groupOwners = r.lists(json, QStringLiteral("groupOwners"));
    t.unitMembers = r.lists(json, QStringLiteral("unitMembers"));
    t.subscribedSkus = r.array(json, QStringLiteral("subscribedSkus"));
    t.roleAssignments =
        r.rows(json.value(QLatin1String("roleAssignments")), QStringLiteral("roleAssignments"));
    t.educationSchools = r.objects(json, QStringLiteral("educationSchools"));
    t.educationClasses = r.objects(json, QStringLiteral("educationClasses"));
    t.educationUsers = r.objects(json, QStringLiteral("educationUsers"));
    t.mailboxes = r.objects(json, QStringLiteral("mailboxes"));
    t.mailboxPermissions =
        r.rows(json.value(QLatin1String("mailboxPermissions")), QStringLiteral("mailboxPermissions"));
    t.recipientPermissions =
        r.rows(json.value(QLatin1String("recipientPermissions")), QStringLiteral("recipientPermissions"));
    const QJsonObject calendars = r.object(json, QStringLiteral("calendarPermissions"));
    t.calendarPermissions.reserve(calendars.size());
    for (auto it = calendars.begin(); it != calendars.end() && r.error.isEmpty(); ++it)
        t.calendarPermissions.insert(it.key(),
                                     r.rows(it.value(), QStringLiteral("calendarPermissions.") + it.key()));
    t.sharingPolicies = r.array(json, QStringLiteral("sharingPolicies"));
    for (const QJsonValue &value : r.array(json, QStringLiteral("accounts"))) {
        const QJsonObject a = value.toObject();
        t.accounts.append({r.string(a, QStringLiteral("userId")), r.string(a, QStringLiteral("username")),
                           r.string(a, QStringLiteral("password")), r.string(a, QStringLiteral("role"))});
    }
    for (const QJsonValue &value : r.array(json, QStringLiteral("apps"))) {
        const QJsonObject a = value.toObject();
        Tenant::App app;
        app.clientId = r.string(a, QStringLiteral("clientId"));
        app.displayName = r.string(a, QStringLiteral("displayName"));
        app.secret = r.string(a, QStringLiteral("secret"));
        app.certificatePem = r.string(a, QStringLiteral("certificatePem")).toLatin1();
        app.appRoles = r.strings(a.value(QLatin1String("appRoles")), QStringLiteral("apps.appRoles"));
        t.apps.append(app);
    }
    t.publicClientId = r.string(json, QStringLiteral("publicClientId"));
    t.confidentialClientId = r.string(json, QStringLiteral("confidentialClientId"));
    if (r.error.isEmpty() && t.tenantId.isEmpty())
        r.fail(QStringLiteral("the tenant id is empty"));
    if (!r.error.isEmpty()) {
        *error = r.error;
        return false;
    }
    *tenant = std::move(t);
    return true;
}

bool TenantStateFile::save(const Tenant &tenant, const QString &path, QString *error)
{
    const QJsonObject document{{QStringLiteral("format"), formatName},
                               {QStringLiteral("version"), formatVersion},
                               {QStringLiteral("tenant"), toJson(tenant)}};
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
    if (version != formatVersion) {
        *error =
            problem.arg(path, QStringLiteral("it is version %1 of the format; this sandbox reads version %2")
                                  .arg(version)
                                  .arg(formatVersion));
        return false;
    }
    if (!root.value(QLatin1String("tenant")).isObject()) {
        *error = problem.arg(path, QStringLiteral("it has no \"tenant\" object"));
        return false;
    }
    QString what;
    if (!fromJson(root.value(QLatin1String("tenant")).toObject(), tenant, &what)) {
        *error = problem.arg(path, what);
        return false;
    }
    return true;
}
