#pragma once

#include "sandboxclient.h"

#include <QJsonObject>
#include <QString>

// Test helper for the Exchange admin REST endpoints: adds a few known users with mailboxes (a Polish one
// whose calendar is "Kalendarz", a Danish one with "Kalender"), an Exchange administrator, and a school
// technician scoped to one administrative unit, to whatever the sandbox tenant already holds. Calls
// cmdlets through InvokeCommand or the Admin API v2.0.
class ExchangeFixture
{
public:
    explicit ExchangeFixture(SandboxClient &client);

    QString domain() const { return m_domain; }
    QString tenantId() const;

    // Users (object ids) and their addresses.
    QString adminId, technicianId, annaId, bjornId, outsiderId, unitId;
    QString annaAddress() const { return QStringLiteral("tdx.anna@") + m_domain; }
    QString bjornAddress() const { return QStringLiteral("tdx.bjorn@") + m_domain; }
    QString outsiderAddress() const { return QStringLiteral("tdx.outsider@") + m_domain; }

    // Tokens for outlook.office365.com.
    QByteArray adminToken();      // delegated Exchange.Manage, Exchange Administrator
    QByteArray adminTokenV2();    // delegated Exchange.ManageV2, Exchange Administrator
    QByteArray appToken();        // application Exchange.ManageAsApp
    QByteArray technicianToken(); // delegated Exchange.Manage, scoped to unitId

    // POST /adminapi/beta/{tenant}/InvokeCommand[query], or /adminapi/v2.0/{tenant}/{endpoint}.
    SandboxClient::Reply invoke(const QByteArray &token, const QString &cmdlet, const QJsonObject &parameters,
                                const QString &query = QString(),
                                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    SandboxClient::Reply invokeV2(const QByteArray &token, const QString &endpoint, const QString &cmdlet,
                                  const QJsonObject &parameters);
    static QJsonObject body(const QString &cmdlet, const QJsonObject &parameters);
    // The Exchange exception text of an error reply (error.innererror.internalexception.message).
    static QString errorText(const SandboxClient::Reply &reply);
    static QString errorType(const SandboxClient::Reply &reply);

private:
    QString addUser(const QString &nick, const QString &displayName, const QString &calendarName);

    SandboxClient &m_client;
    QString m_domain;
};
