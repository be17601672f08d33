#pragma once

#include <QString>
#include <QStringList>

// A mailbox in Exchange Online: a person's own, or a function (shared) mailbox, a room or equipment.
struct Mailbox
{
    enum class Kind
    {
        User,      // UserMailbox
        Shared,    // SharedMailbox: a function mailbox
        Room,      // RoomMailbox
        Equipment, // EquipmentMailbox
        Other
    };

    QString id;     // Exchange's identity (the mailbox's GUID)
    QString userId; // the directory user behind it (ExternalDirectoryObjectId)
    QString displayName;
    QString alias;
    QString primarySmtpAddress;
    QStringList emailAddresses; // "SMTP:primary@...", "smtp:alias@..."
    Kind kind = Kind::User;
    bool hiddenFromAddressList = false;
    QStringList grantSendOnBehalfTo; // who may send on behalf (Send on Behalf)

    // From Exchange's RecipientTypeDetails ("SharedMailbox"); Other for anything else.
    static Kind kindFromRecipientType(const QString &recipientTypeDetails);
    static QString recipientType(Kind kind);
};
