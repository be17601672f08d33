#include "core/profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

namespace {
const QLatin1String kCurrent("profiles/current");
const QLatin1String kGroup("profiles/list");
constexpr auto kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto kFolderMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr auto kUserBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
} // namespace

ProfileStore::ProfileStore()
    : m_ownsFolder(true), m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Tenantdesk"),
                                     QStringLiteral("profiles"))
{}

void ProfileStore::keepPrivate()
{
    const QString path = m_settings.fileName();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!QDir().mkpath(folder))
            return; // QSettings reports the failed write
        m_ownsFolder = true;
    }
    // QFile::permissions() also reports the current user's bits; only the owner/group/other bits matter.
    if (m_ownsFolder && (QFile::permissions(folder) & ~kUserBits) != kFolderMode)
        QFile::setPermissions(folder, kFolderMode);
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode))
            file.close();
    } else if ((QFile::permissions(path) & ~kUserBits) != kFileMode) {
        QFile::setPermissions(path, kFileMode);
    }
}

ProfileStore::ProfileStore(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat)
{}

QString ProfileStore::groupFor(const QString &name)
{
    // QSettings keys cannot hold '/' or '\\'; percent-encoding keeps any profile name.
    return QString(kGroup) + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList ProfileStore::names() const
{
    m_settings.beginGroup(kGroup);
    const QStringList keys = m_settings.childKeys();
    m_settings.endGroup();
    QStringList result;
    for (const QString &key : keys)
        result << QUrl::fromPercentEncoding(key.toLatin1());
    result.sort(Qt::CaseInsensitive);
    return result;
}

bool ProfileStore::contains(const QString &name) const
{
    return m_settings.contains(groupFor(name));
}

TenantProfile ProfileStore::profile(const QString &name) const
{
    const QByteArray json = m_settings.value(groupFor(name)).toByteArray();
    if (json.isEmpty())
        return TenantProfile();
    TenantProfile p = TenantProfile::fromJson(QJsonDocument::fromJson(json).object());
    p.name = name;
    return p;
}

bool ProfileStore::save(const TenantProfile &profile, QString *error)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    keepPrivate();
    m_settings.setValue(groupFor(profile.name),
                        QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)));
    m_settings.sync();
    keepPrivate();
    if (m_settings.status() != QSettings::NoError) {
        if (error)
            *error = TenantProfile::tr("Could not write the settings file %1.").arg(m_settings.fileName());
        return false;
    }
    return true;
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    keepPrivate();
    m_settings.remove(groupFor(name));
    if (currentName() == name)
        m_settings.remove(kCurrent);
    m_settings.sync();
    keepPrivate();
    return true;
}

QString ProfileStore::currentName() const
{
    return m_settings.value(kCurrent).toString();
}

void ProfileStore::setCurrentName(const QString &name)
{
    keepPrivate();
    m_settings.setValue(kCurrent, name);
    m_settings.sync();
    keepPrivate();
}
