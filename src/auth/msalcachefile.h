#pragma once

#include "auth/msaltokencache.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QString>

// A token cache as an MSAL JSON file (python MSAL's SerializableTokenCache reads and writes the same),
// for use with MSAL-based tools. The file holds refresh tokens: it is written with permissions 0600 and
// only ever to a regular file.
class MsalCacheFile
{
    Q_DECLARE_TR_FUNCTIONS(MsalCacheFile)
public:
    // Writes `cache` to `path` (created 0600, or made 0600 before anything is written into it).
    static Error write(const MsalTokenCache &cache, const QString &path);
    // Reads the file at `path` into `cache`.
    static Error read(const QString &path, MsalTokenCache *cache);
};
