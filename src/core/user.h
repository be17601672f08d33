#pragma once

#include "core/assignedlicence.h"
#include "core/directoryrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A person's account in the tenant (pupil, teacher, staff), or the account behind a function mailbox.
struct User
{
    QString id;
    QString displayName;
    QString givenName;
    QString surname;
    QString userPrincipalName;
    QString mail;
    bool accountEnabled = true;
    QString jobTitle;
    QString department;
    QString officeLocation;
    QString usageLocation; // ISO country code; a licence needs one
    QString preferredLanguage;
    QDateTime createdDateTime;
    QString creationType; // "EmailVerified" for self-service sign-ups, empty for normal accounts
    QList<AssignedLicence> assignedLicences;
    bool deleted = false; // soft-deleted: restorable for 30 days

    QStringList skuIds() const;

    static User fromRecord(const DirectoryRecord &record);
    // The record with the properties this type knows; `base` keeps properties it does not know.
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
