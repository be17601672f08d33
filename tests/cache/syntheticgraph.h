#pragma once

// Deterministic Graph v1.0-shaped objects for the snapshot tests (shapes as in ../shared/graph-examples).

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SyntheticGraph {

inline QString guid(quint32 kind, quint32 i)
{
    return QStringLiteral("%1-%2-4000-8000-%3")
        .arg(i, 8, 16, QLatin1Char('0'))
        .arg(kind, 4, 16, QLatin1Char('0'))
        .arg(quint64(i) * 7919u, 12, 16, QLatin1Char('0'));
}

inline QString userId(int i)
{
    return guid(1, quint32(i));
}
inline QString schoolId(int s)
{
    return guid(3, quint32(s));
}
inline QString groupId(int g)
{
    return guid(2, quint32(g));
}
inline QString skuId(int k)
{
    return guid(4, quint32(k));
}
inline const QStringList &skuNames()
{
    static const QStringList names = {QStringLiteral("STANDARDWOFFPACK_STUDENT"),
                                      QStringLiteral("STANDARDWOFFPACK_FACULTY"),
                                      QStringLiteral("M365EDU_A3")};
    return names;
}
inline QString schoolName(int s)
{
    return s == 0 ? QStringLiteral("Nørre Gymnasium")
                  : QStringLiteral("Skole %1").arg(s, 2, 10, QLatin1Char('0'));
}
constexpr int schoolCount = 20;
inline int schoolOf(int i)
{
    return i % schoolCount;
}

inline QJsonObject user(int i, const QString &jobTitleSuffix = QString())
{
    const QString upn = QStringLiteral("elev%1@skole.example").arg(i);
    QJsonArray licences{QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                                    {QStringLiteral("skuId"), skuId(i % 10 == 0 ? 1 : 0)}}};
    if (i % 7 == 0)
        licences.append(QJsonObject{{QStringLiteral("disabledPlans"), QJsonArray()},
                                    {QStringLiteral("skuId"), skuId(2)}});
    return QJsonObject{
        {QStringLiteral("id"), userId(i)},
        {QStringLiteral("displayName"), QStringLiteral("Elev %1 Åberg").arg(i)},
        {QStringLiteral("givenName"), QStringLiteral("Elev %1").arg(i)},
        {QStringLiteral("surname"), QStringLiteral("Åberg")},
        {QStringLiteral("userPrincipalName"), upn},
        {QStringLiteral("mail"), upn},
        {QStringLiteral("accountEnabled"), i % 50 != 0},
        {QStringLiteral("jobTitle"),
         (i % 10 == 0 ? QStringLiteral("Teacher") : QStringLiteral("Student")) + jobTitleSuffix},
        {QStringLiteral("department"), QStringLiteral("Class %1").arg(i % 30)},
        {QStringLiteral("usageLocation"), QStringLiteral("DK")},
        {QStringLiteral("preferredLanguage"), QStringLiteral("da-DK")},
        {QStringLiteral("businessPhones"), QJsonArray()},
        {QStringLiteral("mobilePhone"), QJsonValue::Null},
        {QStringLiteral("officeLocation"), QJsonValue::Null},
        {QStringLiteral("assignedLicenses"), licences},
    };
}

inline QList<QJsonObject> users(int from, int count, const QString &jobTitleSuffix = QString())
{
    QList<QJsonObject> result;
    result.reserve(count);
    for (int i = from; i < from + count; ++i)
        result.append(user(i, jobTitleSuffix));
    return result;
}

inline QJsonObject school(int s)
{
    return QJsonObject{{QStringLiteral("id"), schoolId(s)},
                       {QStringLiteral("deletedDateTime"), QJsonValue::Null},
                       {QStringLiteral("displayName"), schoolName(s)},
                       {QStringLiteral("description"), QStringLiteral("School %1").arg(s)},
                       {QStringLiteral("membershipRule"), QJsonValue::Null},
                       {QStringLiteral("membershipType"), QJsonValue::Null},
                       {QStringLiteral("membershipRuleProcessingState"), QJsonValue::Null},
                       {QStringLiteral("visibility"), QStringLiteral("HiddenMembership")}};
}

inline QList<QJsonObject> schools()
{
    QList<QJsonObject> result;
    for (int s = 0; s < schoolCount; ++s)
        result.append(school(s));
    return result;
}

inline QList<QJsonObject> skus()
{
    QList<QJsonObject> result;
    for (int k = 0; k < skuNames().size(); ++k)
        result.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("48a80680-7326-48cd-9935-b556b81d3a4e_") + skuId(k)},
            {QStringLiteral("accountName"), QStringLiteral("Skole")},
            {QStringLiteral("appliesTo"), QStringLiteral("User")},
            {QStringLiteral("capabilityStatus"), QStringLiteral("Enabled")},
            {QStringLiteral("consumedUnits"), 14},
            {QStringLiteral("prepaidUnits"), QJsonObject{{QStringLiteral("enabled"), 250000}}},
            {QStringLiteral("skuId"), skuId(k)},
            {QStringLiteral("skuPartNumber"), skuNames().at(k)}});
    return result;
}

inline QJsonObject memberRef(const QString &id, const QString &type = QStringLiteral("user"))
{
    return QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.") + type},
                       {QStringLiteral("id"), id}};
}

// The members of school s among users [0, count).
inline QList<QJsonObject> schoolMembers(int s, int count)
{
    QList<QJsonObject> result;
    for (int i = s; i < count; i += schoolCount)
        result.append(memberRef(userId(i)));
    return result;
}

inline QJsonObject removedRef(const QString &id, const QString &reason)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("@removed"), QJsonObject{{QStringLiteral("reason"), reason}}}};
}

} // namespace SyntheticGraph
