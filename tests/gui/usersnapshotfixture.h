#pragma once

// A small school tenant written into a snapshot file through SnapshotWriter, for the console's GUI suites:
// three schools, 240 users (every 40th disabled, one deleted into the recycle bin), two licences.

#include "../cache/graphpages.h"
#include "cache/snapshotdatabase.h"
#include "cache/snapshotwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace UserSnapshotFixture {

constexpr int userCount = 240;
constexpr int schoolCount = 3;
constexpr int deletedUser = 7;

inline QString schoolId(int s)
{
    return QStringLiteral("a0000000-0000-4000-8000-00000000000%1").arg(s);
}
inline QString schoolName(int s)
{
    static const QStringList names = {QStringLiteral("Nørre Gymnasium"), QStringLiteral("Vestskolen"),
                                      QStringLiteral("Szkoła Podstawowa nr 7")};
    return names.at(s);
}
inline QString userId(int i)
{
    return QStringLiteral("u0000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}
inline QString skuId(int k)
{
    return QStringLiteral("s0000000-0000-4000-8000-00000000000%1").arg(k);
}
inline QString displayName(int i)
{
    static const QStringList surnames = {QStringLiteral("Åberg"),      QStringLiteral("Kowalska"),
                                         QStringLiteral("Jensen"),     QStringLiteral("Tamm"),
                                         QStringLiteral("Østergaard"), QStringLiteral("Nowak")};
    // Scrambled, so the snapshot's order (by id) is not the name order.
    return QStringLiteral("Elev %1 %2")
        .arg((i * 97) % userCount, 3, 10, QLatin1Char('0'))
        .arg(surnames.at(i % 6));
}
inline QString upn(int i)
{
    return QStringLiteral("elev%1@skole.example").arg(i);
}

inline QJsonObject user(int i)
{
    QJsonArray licences{QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                                    {QStringLiteral("skuId"), skuId(i % 10 == 0 ? 1 : 0)}}};
    return QJsonObject{
        {QStringLiteral("id"), userId(i)},
        {QStringLiteral("displayName"), displayName(i)},
        {QStringLiteral("userPrincipalName"), upn(i)},
        {QStringLiteral("mail"), upn(i)},
        {QStringLiteral("accountEnabled"), i % 40 != 0},
        {QStringLiteral("jobTitle"), i % 10 == 0 ? QStringLiteral("Teacher") : QStringLiteral("Student")},
        {QStringLiteral("department"), QStringLiteral("Class %1").arg(i % 12)},
        {QStringLiteral("assignedLicenses"), licences},
    };
}

inline Error write(SnapshotDatabase &db)
{
    if (Error error = db.open())
        return error;
    QList<QJsonObject> schools;
    for (int s = 0; s < schoolCount; ++s)
        schools.append(QJsonObject{{QStringLiteral("id"), schoolId(s)},
                                   {QStringLiteral("displayName"), schoolName(s)},
                                   {QStringLiteral("visibility"), QStringLiteral("HiddenMembership")}});
    const QList<QJsonObject> skus = {
        QJsonObject{{QStringLiteral("id"), QStringLiteral("sku-0")},
                    {QStringLiteral("skuId"), skuId(0)},
                    {QStringLiteral("skuPartNumber"), QStringLiteral("STANDARDWOFFPACK_STUDENT")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("sku-1")},
                    {QStringLiteral("skuId"), skuId(1)},
                    {QStringLiteral("skuPartNumber"), QStringLiteral("STANDARDWOFFPACK_FACULTY")}}};
    QList<QJsonObject> users;
    for (int i = 0; i < userCount; ++i)
        users.append(user(i));

    {
        SnapshotWriter writer(db);
        Error error = writer.beginGeneration(SnapshotGeneration::Kind::Full);
        if (!error)
            error = GraphPages::upsertAdministrativeUnits(writer, schools);
        if (!error)
            error = GraphPages::upsertSubscribedSkus(writer, skus);
        if (!error)
            error = GraphPages::upsertUsers(writer, users);
        for (int s = 0; !error && s < schoolCount; ++s) {
            QList<QJsonObject> members;
            for (int i = s; i < userCount; i += schoolCount)
                members.append(
                    QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.user")},
                                {QStringLiteral("id"), userId(i)}});
            error = GraphPages::setMembers(writer, SnapshotRelation::AdministrativeUnitMember, schoolId(s),
                                           members);
        }
        if (!error)
            error = writer.commitGeneration();
        if (error)
            return error;
    }
    // A later delta round moved one user to the recycle bin.
    SnapshotWriter writer(db);
    Error error = writer.beginGeneration(SnapshotGeneration::Kind::Delta);
    if (!error)
        error = GraphPages::upsertUsers(
            writer, {QJsonObject{{QStringLiteral("id"), userId(deletedUser)},
                                 {QStringLiteral("@removed"),
                                  QJsonObject{{QStringLiteral("reason"), QStringLiteral("changed")}}}}});
    if (!error)
        error = writer.commitGeneration();
    return error;
}

} // namespace UserSnapshotFixture
