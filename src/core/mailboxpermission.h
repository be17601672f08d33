#pragma once

#include <QString>

// Who has which access to a mailbox: Full Access (open and read it), Send As (send as the mailbox) or Send
// on Behalf (send on its behalf; in Exchange a mailbox property rather than a permission entry).
struct MailboxPermission
{
    enum class Right
    {
        FullAccess,
        SendAs,
        SendOnBehalf
    };

    QString mailboxId; // the mailbox's identity
    QString trustee;   // who has the right: a user's or group's address or name, as Exchange names it
    Right right = Right::FullAccess;
    bool inherited = false; // comes from the organisation or a parent object; not edited per mailbox
    bool deny = false;      // an explicit deny entry

    // Exchange's spelling: "FullAccess", "SendAs", "SendOnBehalf".
    static QString rightName(Right right);
    static bool rightFromName(const QString &name, Right *right);

    friend bool operator==(const MailboxPermission &a, const MailboxPermission &b)
    {
        return a.mailboxId == b.mailboxId && a.trustee.compare(b.trustee, Qt::CaseInsensitive) == 0 &&
               a.right == b.right && a.inherited == b.inherited && a.deny == b.deny;
    }
};
