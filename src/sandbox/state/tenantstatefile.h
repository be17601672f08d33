#pragma once

#include <QJsonObject>
#include <QString>

class Tenant;

// The --state file: the complete tenant (directory objects alive and deleted, memberships, licences,
// roles, education extras, Exchange data, accounts with their passwords, app secrets, the change
// sequence) as one JSON document, zlib-compressed behind an 8-byte "TDSTATE1" header. A file that is
// plain JSON (starts with '{') is read too, so a trainer may hand-edit one. Written with QSaveFile
// (a crash never leaves half a file) and mode 0600: it holds passwords.
// Version 2 keeps the change logs (delta tokens issued before a restart still replay what changed since)
// and, beside the tenant, the identity platform's state (the signing key, refresh tokens and sign-in
// sessions, see IdentityState::toJson), which this class carries without reading. Version 1 files are
// read too: their delta tokens from before the load answer as expired, and they hold no identity state.
class TenantStateFile
{
public:
    static constexpr int formatVersion = 2;
    static constexpr int oldestReadableVersion = 1;

    // The tenant as JSON; hashes become objects, so equal tenants give byte-identical JSON.
    static QJsonObject toJson(const Tenant &tenant);
    // Replaces *tenant with the one described by `json`; on error leaves it untouched and says which
    // part is wrong.
    static bool fromJson(const QJsonObject &json, Tenant *tenant, QString *error);

    static bool save(const Tenant &tenant, const QString &path, QString *error);
    static bool save(const Tenant &tenant, const QJsonObject &identity, const QString &path, QString *error);
    // Errors name the file and what is wrong with it.
    static bool load(const QString &path, Tenant *tenant, QString *error);
    // Also fills `identity` (empty when the file has none).
    static bool load(const QString &path, Tenant *tenant, QJsonObject *identity, QString *error);
};
