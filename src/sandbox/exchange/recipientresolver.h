#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class ExchangeCmdletResult;
class Tenant;

// Exchange's view of the tenant's recipients: resolves the Identity / User / Member / Trustee values a
// cmdlet receives (object id, mailbox Guid, UPN, primary or secondary SMTP address, alias, name, display
// name) to one object, and fills in the Exchange fields a stored mailbox may leave out.
class RecipientResolver
{
public:
    enum Accept
    {
        Mailboxes = 1, // users with a mailbox (user, shared, room, equipment)
        Users = 2,     // users without a mailbox
        Groups = 4,    // mail-enabled groups (distribution lists, mail-enabled security, Microsoft 365)
        Any = Mailboxes | Users | Groups,
    };
    enum class Kind
    {
        Mailbox,
        User,
        Group
    };
    enum class Outcome
    {
        Found,
        NotFound,
        Ambiguous
    };
    struct Recipient
    {
        QString id;
        Kind kind = Kind::User;
    };

    explicit RecipientResolver(const Tenant &tenant);

    Outcome resolve(const QString &identity, int accept, Recipient *recipient) const;
    // resolve(), or the error Exchange gives: for an -Identity "object 'x' couldn't be found on ...", for
    // other parameters (-User, -Member, -Trustee) "Couldn't find object "x" ...".
    bool resolveFor(const QString &identity, int accept, bool isIdentity, Recipient *recipient,
                    ExchangeCmdletResult *failure) const;

    // The mailbox owned by the user, with defaults for missing fields (Name, Alias, PrimarySmtpAddress,
    // EmailAddresses, Guid, CalendarFolderName, CalendarFolderId ...). Empty if the user has none.
    QJsonObject mailbox(const QString &ownerId) const;
    bool hasMailbox(const QString &ownerId) const;
    // A mail-enabled group's Exchange fields (stored extras merged over values derived from the group).
    QJsonObject distributionGroup(const QString &groupId) const;
    bool isDistributionGroup(const QString &groupId) const;

    // How Exchange names a recipient in output: Name (the Identity), DisplayName, primary SMTP, UPN.
    QString name(const QString &id) const;
    QString displayName(const QString &id) const;
    QString primarySmtpAddress(const QString &id) const;
    QString userPrincipalName(const QString &id) const;
    QString recipientTypeDetails(const QString &id) const;

    // Owners of mailboxes, in directory order.
    QStringList mailboxOwners() const;
    // Distribution lists and mail-enabled security groups, in directory order.
    QStringList distributionGroups() const;

    // The object using an SMTP address (primary or proxy); empty when free.
    QString addressOwner(const QString &address) const;
    bool nameInUse(const QString &name) const;
    bool isAcceptedDomain(const QString &domain) const;
    QString defaultDomain() const;
    QStringList acceptedDomains() const;

    // True for a syntactically valid, ASCII-only SMTP address (Exchange refuses æ, ø, å, ...).
    static bool isValidSmtpAddress(const QString &address);
    static bool isValidAlias(const QString &alias);
    // "user@x:\Kalender" -> mailbox "user@x", folder "Kalender", byId false;
    // "user@x:AAMkAD..." -> folder id, byId true. False when there is no ':'.
    static bool splitFolderIdentity(const QString &identity, QString *mailbox, QString *folder, bool *byId);
    static bool isMailboxType(const QString &recipientTypeDetails);
    // An SMTP address without its "smtp:" prefix.
    static QString bareAddress(const QString &proxy);

private:
    QStringList addressesOf(const QString &id) const;

    const Tenant &m_tenant;
};
