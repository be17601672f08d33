#include "auth/msalcachefile.h"

#include <QFile>
#include <QFileInfo>

Error MsalCacheFile::write(const MsalTokenCache &cache, const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile()))
        return Error(Error::Kind::Storage, path)
            .setMessage(tr("%1 is not a regular file. Choose another file name for the exported token "
                           "cache.")
                            .arg(path));
    QFile file(path);
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // Created 0600 (or made 0600 before anything is written into an existing file).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly))
        return Error(Error::Kind::Storage, path, file.errorString())
            .setMessage(tr("The token cache could not be written to %1.").arg(path));
    const QByteArray json = cache.serialize();
    if (file.write(json) != json.size() || !file.flush())
        return Error(Error::Kind::Storage, path, file.errorString())
            .setMessage(tr("The token cache could not be written to %1.").arg(path));
    return Error();
}

Error MsalCacheFile::read(const QString &path, MsalTokenCache *cache)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Storage, path, file.errorString())
            .setMessage(tr("The token cache file %1 could not be read.").arg(path));
    MsalTokenCache read;
    QString parseError;
    if (!read.deserialize(file.readAll(), &parseError))
        return Error(Error::Kind::InvalidReply, path, parseError)
            .setMessage(tr("The file %1 is not an MSAL token cache.").arg(path));
    *cache = read;
    return Error();
}
