#include "core/objectkind.h"

namespace {
struct KindId
{
    ObjectKind kind;
    const char *id;
};
const KindId kKinds[] = {
    {ObjectKind::Users, "users"},
    {ObjectKind::FunctionMailboxes, "function-mailboxes"},
    {ObjectKind::DistributionLists, "distribution-lists"},
    {ObjectKind::Groups, "groups"},
    {ObjectKind::CalendarPermissions, "calendar-permissions"},
    {ObjectKind::Licences, "licences"},
    {ObjectKind::Settings, "settings"},
};
} // namespace

QList<ObjectKind> allObjectKinds()
{
    QList<ObjectKind> kinds;
    for (const KindId &k : kKinds)
        kinds.append(k.kind);
    return kinds;
}

QString objectKindId(ObjectKind kind)
{
    for (const KindId &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    }
    return QString();
}

bool objectKindFromId(const QString &id, ObjectKind *kind)
{
    for (const KindId &k : kKinds) {
        if (id == QLatin1String(k.id)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}
