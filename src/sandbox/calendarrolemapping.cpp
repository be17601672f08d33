#include "sandbox/calendarrolemapping.h"

QString CalendarRoleMapping::normalizedFlags(const QString &sharingPermissionFlags)
{
    bool delegate = false;
    bool privateItems = false;
    for (const QString &part : sharingPermissionFlags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString flag = part.trimmed();
        if (flag.compare(QLatin1String("Delegate"), Qt::CaseInsensitive) == 0)
            delegate = true;
        else if (flag.compare(QLatin1String("CanViewPrivateItems"), Qt::CaseInsensitive) == 0)
            privateItems = true;
    }
    if (delegate && privateItems)
        return QStringLiteral("Delegate, CanViewPrivateItems");
    if (delegate)
        return QStringLiteral("Delegate");
    if (privateItems)
        return QStringLiteral("CanViewPrivateItems");
    return QStringLiteral("None");
}

QString CalendarRoleMapping::graphRole(const QString &accessRights, const QString &sharingPermissionFlags)
{
    const QString flags = normalizedFlags(sharingPermissionFlags);
    const auto is = [&](const char *name) {
        return accessRights.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("Editor")) {
        if (flags == QLatin1String("Delegate, CanViewPrivateItems"))
            return QStringLiteral("delegateWithPrivateEventAccess");
        if (flags == QLatin1String("Delegate"))
            return QStringLiteral("delegateWithoutPrivateEventAccess");
        if (flags == QLatin1String("None"))
            return QStringLiteral("write");
        return QStringLiteral("custom");
    }
    if (flags != QLatin1String("None"))
        return QStringLiteral("custom"); // flags exist only with Editor
    if (is("None"))
        return QStringLiteral("none");
    if (is("AvailabilityOnly"))
        return QStringLiteral("freeBusyRead");
    if (is("LimitedDetails"))
        return QStringLiteral("limitedRead");
    if (is("Reviewer"))
        return QStringLiteral("read");
    return QStringLiteral("custom");
}

bool CalendarRoleMapping::exchangeRole(const QString &graphRole, ExchangeRole *role)
{
    struct Row
    {
        const char *graph;
        const char *rights;
        const char *flags;
    };
    static const Row table[] = {
        {"none", "None", "None"},
        {"freeBusyRead", "AvailabilityOnly", "None"},
        {"limitedRead", "LimitedDetails", "None"},
        {"read", "Reviewer", "None"},
        {"write", "Editor", "None"},
        {"delegateWithoutPrivateEventAccess", "Editor", "Delegate"},
        {"delegateWithPrivateEventAccess", "Editor", "Delegate, CanViewPrivateItems"},
    };
    for (const Row &row : table) {
        if (graphRole == QLatin1String(row.graph)) {
            role->accessRights = QLatin1String(row.rights);
            role->sharingPermissionFlags = QLatin1String(row.flags);
            return true;
        }
    }
    return false;
}

QStringList CalendarRoleMapping::allGraphRoles()
{
    return {QStringLiteral("none"),
            QStringLiteral("freeBusyRead"),
            QStringLiteral("limitedRead"),
            QStringLiteral("read"),
            QStringLiteral("write"),
            QStringLiteral("delegateWithoutPrivateEventAccess"),
            QStringLiteral("delegateWithPrivateEventAccess"),
            QStringLiteral("custom")};
}

QStringList CalendarRoleMapping::allowedRoles(Sharee sharee)
{
    switch (sharee) {
    case Sharee::MyOrganization:
        return {QStringLiteral("none"), QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"),
                QStringLiteral("read"), QStringLiteral("write")};
    case Sharee::InternalUser:
        return {QStringLiteral("freeBusyRead"),
                QStringLiteral("limitedRead"),
                QStringLiteral("read"),
                QStringLiteral("write"),
                QStringLiteral("delegateWithoutPrivateEventAccess"),
                QStringLiteral("delegateWithPrivateEventAccess")};
    case Sharee::InternalGroup:
        return {QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"), QStringLiteral("read"),
                QStringLiteral("write")};
    case Sharee::External:
        break;
    }
    return {QStringLiteral("freeBusyRead"), QStringLiteral("limitedRead"), QStringLiteral("read")};
}
