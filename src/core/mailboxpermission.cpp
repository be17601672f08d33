#include "core/mailboxpermission.h"

QString MailboxPermission::rightName(Right right)
{
    switch (right) {
    case Right::FullAccess:
        return QStringLiteral("FullAccess");
    case Right::SendAs:
        return QStringLiteral("SendAs");
    case Right::SendOnBehalf:
        return QStringLiteral("SendOnBehalf");
    }
    return QString();
}

bool MailboxPermission::rightFromName(const QString &name, Right *right)
{
    for (Right candidate : {Right::FullAccess, Right::SendAs, Right::SendOnBehalf}) {
        if (name.trimmed().compare(rightName(candidate), Qt::CaseInsensitive) == 0) {
            *right = candidate;
            return true;
        }
    }
    return false;
}
