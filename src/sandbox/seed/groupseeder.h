#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class SeedContext;

// Seeds each school's groups: its classes as Microsoft 365 groups (students as members, one or two
// teachers as owners and members, with the educationClass extras), its distribution lists (all
// teachers, all staff) and a mail-enabled security group for its management. All of them are members
// of the school's administrative unit.
class GroupSeeder
{
public:
    explicit GroupSeeder(SeedContext &context) : m_context(context) {}

    void seed();

private:
    enum class Kind
    {
        Class,
        DistributionList,
        MailSecurity
    };
    QString addGroup(int school, Kind kind, const QString &displayName, const QString &description,
                     const QString &mailLocalPart, const QStringList &members, const QStringList &owners);
    void seedClasses(int school);
    void seedLists(int school);

    SeedContext &m_context;
};
