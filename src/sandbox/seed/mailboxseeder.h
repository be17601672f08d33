#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

class SeedContext;

// Seeds Exchange Online: a UserMailbox for every person (compact: what the owner's user object does not
// say; RecipientResolver derives the rest), each school's function (shared) mailboxes (complete)
// with who may use them (Full Access, Send As, Send on Behalf), the calendar folder permissions
// (Default/Anonymous everywhere; colleagues, delegates and external sharees among staff) and the
// organisation's sharing policy.
class MailboxSeeder
{
public:
    explicit MailboxSeeder(SeedContext &context) : m_context(context) {}

    void seed();

private:
    static QJsonObject mailboxTemplate(const QString &recipientType, const QString &locale);
    static QJsonObject mailbox(QJsonObject box, const QString &ownerId, const QString &alias,
                               const QString &displayName, const QString &address,
                               const QString &calendarFolderName, const QString &guid,
                               const QString &calendarFolderId);
    void seedUserMailboxes();
    void seedSharedMailboxes(int school);
    void seedCalendarSharing(int school);
    void addCalendarRow(const QString &mailboxId, const QString &user, const QString &accessRight,
                        const QString &flags = QStringLiteral("None"));
    QString calendarFolderId();

    SeedContext &m_context;
};
