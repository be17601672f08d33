#include "sandbox/directory/directoryconflicts.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>
#include <QJsonDocument>

DirectoryConflicts::DirectoryConflicts(const Tenant &tenant) : m_tenant(tenant)
{}

bool DirectoryConflicts::userPrincipalNameTaken(const QString &upn, const QString &exceptId) const
{
    const ObjectCollection &users = m_tenant.users;
    for (qsizetype p = 0; p < users.slotCount(); ++p) {
        if (!users.isAlive(p))
            continue;
        if (users.stringAt(p, QLatin1StringView("userPrincipalName")).compare(upn, Qt::CaseInsensitive) ==
                0 &&
            users.idAt(p) != exceptId)
            return true;
    }
    return false;
}

bool DirectoryConflicts::addressTaken(const QString &address, const QString &exceptId) const
{
    const auto receives = [&](const QJsonObject &o) {
        if (o.value(QLatin1String("id")).toString() == exceptId)
            return false;
        for (const char *key : {"mail", "userPrincipalName"}) {
            if (o.value(QLatin1String(key)).toString().compare(address, Qt::CaseInsensitive) == 0)
                return true;
        }
        for (const QJsonValue &proxy : o.value(QLatin1String("proxyAddresses")).toArray()) {
            const QString text = proxy.toString();
            if (text.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive) &&
                text.mid(5).compare(address, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // An object can only receive an address its text holds: a cheap test before the object is parsed (for
    // addresses in ASCII, as addresses are; the text's letters compared in lower case).
    const QByteArray needle = address.toLower().toUtf8();
    const bool ascii = needle.size() == address.size();
    for (const ObjectCollection *collection : {&m_tenant.users, &m_tenant.groups}) {
        for (qsizetype p = 0; p < collection->slotCount(); ++p) {
            if (!collection->isAlive(p) || (ascii && !collection->text(p).toLower().contains(needle)))
                continue;
            if (receives(collection->at(p)))
                return true;
        }
    }
    return false;
}

SandboxResponse DirectoryConflicts::reply(const SandboxRequest &request, const QString &property)
{
    const QString message =
        QStringLiteral("Another object with the same value for property %1 already exists.").arg(property);
    SandboxResponse response =
        SandboxResponse::graphError(request, 400, QStringLiteral("Request_BadRequest"), message);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QJsonObject error = body.value(QLatin1String("error")).toObject();
    error.insert(QStringLiteral("details"),
                 QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("ObjectConflict")},
                                        {QStringLiteral("message"), message},
                                        {QStringLiteral("target"), property}}});
    body.insert(QStringLiteral("error"), error);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}
