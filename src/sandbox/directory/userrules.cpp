#include "sandbox/directory/userrules.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directoryconflicts.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/odata/directoryschema.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
const QString kResource = QStringLiteral("User");

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

UserRules::UserRules(const Tenant &tenant) : m_tenant(tenant)
{}

QStringList UserRules::verifiedDomains() const
{
    QStringList domains;
    for (const QJsonValue &d : m_tenant.organization.value(QLatin1String("verifiedDomains")).toArray())
        domains.append(d.toObject().value(QLatin1String("name")).toString().toLower());
    if (!m_tenant.initialDomain.isEmpty() && !domains.contains(m_tenant.initialDomain.toLower()))
        domains.append(m_tenant.initialDomain.toLower());
    return domains;
}

bool UserRules::isWellFormedUpn(const QString &upn)
{
    const qsizetype at = upn.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != upn.lastIndexOf(QLatin1Char('@')) || at == upn.size() - 1 || upn.size() > 113)
        return false;
    const QString local = upn.left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        QStringLiteral("'.-_!#^~").contains(c);
        if (!ok)
            return false;
    }
    for (const QChar c : upn.mid(at + 1)) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
              u == '-'))
            return false;
    }
    return true;
}

bool UserRules::isComplexPassword(const QString &password)
{
    if (password.size() < 8 || password.size() > 256)
        return false;
    int lower = 0, upper = 0, digit = 0, symbol = 0;
    for (const QChar c : password) {
        if (c.isLower())
            lower = 1;
        else if (c.isUpper())
            upper = 1;
        else if (c.isDigit())
            digit = 1;
        else
            symbol = 1;
    }
    return lower + upper + digit + symbol >= 3;
}

QString UserRules::deletedUserPrincipalName(const QString &id, const QString &upn)
{
    const QString prefix = QString(id).remove(QLatin1Char('-'));
    return upn.startsWith(prefix) ? upn : prefix + upn;
}

QString UserRules::restoredUserPrincipalName(const QString &id, const QString &upn)
{
    const QString prefix = QString(id).remove(QLatin1Char('-'));
    return upn.startsWith(prefix) ? upn.mid(prefix.size()) : upn;
}

bool UserRules::check(const SandboxRequest &request, const QString &id, const QJsonObject &body,
                      SandboxResponse *failure) const
{
    const DirectorySchema schema = DirectorySchema::user();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('@')))
            continue;
        if (schema.canonical(it.key()) != it.key()) {
            *failure =
                GraphErrorReplies::unknownProperty(request, it.key(), QStringLiteral("microsoft.graph.user"));
            return false;
        }
        if (schema.isReadOnly(it.key())) {
            *failure = GraphErrorReplies::badRequest(
                request, QStringLiteral("Property '%1' is read-only and cannot be set.").arg(it.key()));
            return false;
        }
    }
    const auto invalid = [&](const QString &property) {
        *failure = GraphErrorReplies::invalidValue(request, property, kResource);
        return false;
    };
    if (body.contains(QLatin1String("accountEnabled")) &&
        !body.value(QLatin1String("accountEnabled")).isBool())
        return invalid(QStringLiteral("accountEnabled"));
    if (body.contains(QLatin1String("displayName"))) {
        const QJsonValue v = body.value(QLatin1String("displayName"));
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > 256)
            return invalid(QStringLiteral("displayName"));
    }
    if (body.contains(QLatin1String("mailNickname"))) {
        const QString nick = body.value(QLatin1String("mailNickname")).toString();
        bool ok = !nick.isEmpty() && nick.size() <= 64;
        for (const QChar c : nick)
            ok = ok && c.unicode() > 32 && c.unicode() < 127 && !QStringLiteral("@()\\[]\";:<>,").contains(c);
        if (!ok)
            return invalid(QStringLiteral("mailNickname"));
    }
    if (body.contains(QLatin1String("usageLocation")) &&
        !body.value(QLatin1String("usageLocation")).isNull()) {
        const QString location = body.value(QLatin1String("usageLocation")).toString();
        if (location.size() != 2 || !location.at(0).isUpper() || !location.at(1).isUpper() ||
            location.at(0).unicode() > 127 || location.at(1).unicode() > 127)
            return invalid(QStringLiteral("usageLocation"));
    }
    if (body.contains(QLatin1String("userPrincipalName"))) {
        const QString upn = body.value(QLatin1String("userPrincipalName")).toString();
        if (!isWellFormedUpn(upn))
            return invalid(QStringLiteral("userPrincipalName"));
        if (!verifiedDomains().contains(upn.section(QLatin1Char('@'), 1).toLower())) {
            *failure = GraphErrorReplies::badRequest(
                request,
                QStringLiteral("The domain portion of the userPrincipalName property is invalid. You must "
                               "use one of the verified domain names in your organization."));
            return false;
        }
        if (DirectoryConflicts(m_tenant).userPrincipalNameTaken(upn, id)) {
            *failure = DirectoryConflicts::reply(request, QStringLiteral("userPrincipalName"));
            return false;
        }
    }
    if (body.contains(QLatin1String("passwordProfile"))) {
        const QJsonValue profile = body.value(QLatin1String("passwordProfile"));
        if (!profile.isObject())
            return invalid(QStringLiteral("passwordProfile"));
        const QJsonValue password = profile.toObject().value(QLatin1String("password"));
        if (!password.isUndefined() && !isComplexPassword(password.toString())) {
            *failure = GraphErrorReplies::badRequest(
                request, QStringLiteral("The specified password does not comply with password complexity "
                                        "requirements. Please provide a different password."));
            return false;
        }
    }
    return true;
}

bool UserRules::create(const SandboxRequest &request, const QJsonObject &body, QJsonObject *user,
                       SandboxResponse *failure) const
{
    for (const char *required :
         {"accountEnabled", "displayName", "mailNickname", "passwordProfile", "userPrincipalName"}) {
        const QJsonValue v = body.value(QLatin1String(required));
        if (v.isUndefined() || v.isNull()) {
            *failure = GraphErrorReplies::invalidValue(request, QLatin1String(required), kResource);
            return false;
        }
    }
    if (!body.value(QLatin1String("passwordProfile")).toObject().contains(QLatin1String("password"))) {
        *failure = GraphErrorReplies::invalidValue(request, QStringLiteral("passwordProfile"), kResource);
        return false;
    }
    if (!check(request, QString(), body, failure))
        return false;
    const QString id = Tenant::newGuid();
    const QString upn = body.value(QLatin1String("userPrincipalName")).toString();
    QJsonObject u;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('@')))
            u.insert(it.key(), it.value());
    }
    u.insert(QStringLiteral("id"), id);
    u.insert(QStringLiteral("createdDateTime"), nowIso());
    u.insert(QStringLiteral("lastPasswordChangeDateTime"), nowIso());
    u.insert(QStringLiteral("mail"), QJsonValue::Null); // set when Exchange provisions a mailbox
    u.insert(QStringLiteral("proxyAddresses"), QJsonArray());
    u.insert(QStringLiteral("assignedLicenses"), QJsonArray());
    u.insert(QStringLiteral("assignedPlans"), QJsonArray());
    if (!u.contains(QLatin1String("businessPhones")))
        u.insert(QStringLiteral("businessPhones"), QJsonArray());
    if (!u.contains(QLatin1String("userType")))
        u.insert(QStringLiteral("userType"), QStringLiteral("Member"));
    u.insert(QStringLiteral("creationType"), QJsonValue::Null);
    u.insert(QStringLiteral("onPremisesSyncEnabled"), QJsonValue::Null);
    u.insert(QStringLiteral("identities"),
             QJsonArray{QJsonObject{{QStringLiteral("signInType"), QStringLiteral("userPrincipalName")},
                                    {QStringLiteral("issuer"), m_tenant.initialDomain},
                                    {QStringLiteral("issuerAssignedId"), upn}}});
    *user = u;
    return true;
}

bool UserRules::update(const SandboxRequest &request, const QString &id, const QJsonObject &body,
                       QJsonObject *changes, SandboxResponse *failure) const
{
    if (!check(request, id, body, failure))
        return false;
    for (const char *required :
         {"accountEnabled", "displayName", "userPrincipalName", "mailNickname", "passwordProfile"}) {
        if (body.value(QLatin1String(required)).isNull()) {
            *failure = GraphErrorReplies::invalidValue(request, QLatin1String(required), kResource);
            return false;
        }
    }
    QJsonObject c;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('@')))
            c.insert(it.key(), it.value());
    }
    if (body.contains(QLatin1String("passwordProfile"))) {
        QJsonObject profile = body.value(QLatin1String("passwordProfile")).toObject();
        if (!profile.contains(QLatin1String("forceChangePasswordNextSignIn")))
            profile.insert(QStringLiteral("forceChangePasswordNextSignIn"), false);
        c.insert(QStringLiteral("passwordProfile"), profile);
        if (profile.contains(QLatin1String("password")))
            c.insert(QStringLiteral("lastPasswordChangeDateTime"), nowIso());
    }
    *changes = c;
    return true;
}
