#pragma once

#include "core/directoryrecord.h"

#include <QString>

// A class (a School Data Sync section): its teachers and pupils are kept as relations (ClassTeacher,
// ClassMember); in the tenant it also has a Microsoft 365 group of its own.
struct SchoolClass
{
    QString id;
    QString displayName;
    QString mailNickname;
    QString classCode;
    QString externalId;     // the student information system's id
    QString externalSource; // "sis" or "manual"

    static SchoolClass fromRecord(const DirectoryRecord &record);
    DirectoryRecord toRecord(const DirectoryRecord &base = DirectoryRecord()) const;
};
