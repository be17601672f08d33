#pragma once

#include "sandboxclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Test helper for the Graph directory endpoints (users, groups, delta, deleted items, $batch): adds a
// verified domain and `userCount` users with varied, deterministic properties (names, job titles, cities,
// licences, proxy addresses, disabled accounts) to the sandbox tenant, plus a few groups of each kind and
// a school administrative unit with a technician scoped to it. Also follows @odata.nextLink chains.
class GraphDirectoryFixture
{
public:
    GraphDirectoryFixture(SandboxClient &client, int userCount);

    static inline const QString kA1Student = QStringLiteral("314c4481-f395-4525-be8b-2ec4bb1e9d91");
    static inline const QString kA1Faculty = QStringLiteral("94763226-9b3c-4e75-a931-5c89701abe66");
    static inline const QString kA3Student = QStringLiteral("7cfd9a2b-e110-4c39-bf20-c6a3f36a3121");

    QString domain() const { return m_domain; }
    const QStringList &userIds() const { return m_userIds; }
    QJsonObject user(const QString &id) const; // the stored object

    // Groups: a Microsoft 365 class group with three members and an owner, a security group, a
    // distribution list and a mail-enabled security group.
    QString classGroupId, securityGroupId, distributionListId, mailSecurityGroupId;
    // A school unit holding the first 20 fixture users, and a technician scoped to it (User Administrator).
    QString unitId, technicianId;

    QByteArray appToken();        // every Graph permission
    QByteArray readOnlyToken();   // application User.Read.All + Group.Read.All
    QByteArray technicianToken(); // delegated, scoped to unitId
    static QList<QPair<QByteArray, QByteArray>> eventual() { return {{"ConsistencyLevel", "eventual"}}; }

    // GETs `url` and follows @odata.nextLink; the items of every page in order. False (with `error`) on any
    // non-200 page, a nextLink that is not absolute, or more than `maxPages` pages.
    bool collect(const QString &url, const QByteArray &token, QJsonArray *items, QString *error,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {}, int maxPages = 400,
                 int *pages = nullptr);
    static QStringList ids(const QJsonArray &items);

private:
    SandboxClient &m_client;
    QString m_domain;
    QStringList m_userIds;
};
