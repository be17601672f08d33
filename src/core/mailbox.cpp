#include "core/mailbox.h"

namespace {
struct KindName
{
    Mailbox::Kind kind;
    const char *name;
};
const KindName kKinds[] = {{Mailbox::Kind::User, "UserMailbox"},
                           {Mailbox::Kind::Shared, "SharedMailbox"},
                           {Mailbox::Kind::Room, "RoomMailbox"},
                           {Mailbox::Kind::Equipment, "EquipmentMailbox"}};
} // namespace

Mailbox::Kind Mailbox::kindFromRecipientType(const QString &recipientTypeDetails)
{
    for (const KindName &k : kKinds) {
        if (recipientTypeDetails.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return Kind::Other;
}

QString Mailbox::recipientType(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QString();
}
