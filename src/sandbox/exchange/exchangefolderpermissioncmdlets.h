#pragma once

#include "sandbox/exchange/exchangecmdletset.h"

#include <QJsonObject>
#include <QVector>

class RecipientResolver;
class Tenant;

// Calendar folder permissions: Get-/Add-/Set-/Remove-MailboxFolderPermission on tenant.calendarPermissions,
// and Get-MailboxFolderStatistics so a client can learn the calendar's localized name and folder id.
// The calendar is found as Exchange finds it: "<mailbox>:\<its localized name>" or "<mailbox>:<FolderId>";
// "user@x:\Calendar" on a Polish mailbox (whose calendar is "Kalendarz") is not found.
class ExchangeFolderPermissionCmdlets : public ExchangeCmdletSet
{
public:
    explicit ExchangeFolderPermissionCmdlets(Tenant &tenant);

    QStringList cmdlets() const override;
    ExchangeCmdletResult invoke(const ExchangeCmdletCall &call) override;

    // Roles Exchange accepts in -AccessRights, spelled canonically.
    static QStringList roles();

private:
    struct Folder
    {
        QString mailboxId;
        QString mailboxName;
        QString name; // the calendar's (localized) name
    };
    // Resolves -Identity to a mailbox's calendar; false with the error Exchange gives.
    bool resolveFolder(const ExchangeCmdletCall &call, bool write, Folder *folder,
                       ExchangeCmdletResult *failure) const;
    // Resolves -User: "Default", "Anonymous", a recipient's id, or an external SMTP address.
    bool resolveUser(const RecipientResolver &resolver, const QString &user, QString *key, bool *external,
                     ExchangeCmdletResult *failure) const;
    // The folder's entries with the Default and Anonymous entries always present (first).
    QVector<QJsonObject> entries(const QString &mailboxId) const;
    QJsonObject row(const RecipientResolver &resolver, const Folder &folder, const QJsonObject &entry) const;
    QString userLabel(const RecipientResolver &resolver, const QString &key) const;

    ExchangeCmdletResult getPermission(const ExchangeCmdletCall &call);
    ExchangeCmdletResult changePermission(const ExchangeCmdletCall &call);
    ExchangeCmdletResult removePermission(const ExchangeCmdletCall &call);
    ExchangeCmdletResult folderStatistics(const ExchangeCmdletCall &call);

    Tenant &m_tenant;
};
