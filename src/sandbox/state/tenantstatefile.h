#pragma once

#include <QJsonObject>
#include <QString>

class Tenant;

// The --state file: the complete tenant (directory objects alive and deleted, memberships, licences,
// roles, education extras, Exchange data, accounts with their passwords, app secrets, the change
// sequence) as one JSON document, zlib-compressed behind an 8-byte "TDSTATE1" header. A file that is
// plain JSON (starts with '{') is read too, so a trainer may hand-edit one. Written with QSaveFile
// (a crash never leaves half a file) and mode 0600: it holds passwords.
// Change logs are not kept: after a load, delta tokens from before it answer as expired.
class TenantStateFile
{
public:
    static constexpr int formatVersion = 1;

    // The tenant as JSON; hashes become objects, so equal tenants give byte-identical JSON.
    static QJsonObject toJson(const Tenant &tenant);
    // Replaces *tenant with the one described by `json`; on error leaves it untouched and says which
    // part is wrong.
    static bool fromJson(const QJsonObject &json, Tenant *tenant, QString *error);

    static bool save(const Tenant &tenant, const QString &path, QString *error);
    // Errors name the file and what is wrong with it.
    static bool load(const QString &path, Tenant *tenant, QString *error);
};
