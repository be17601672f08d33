#include "core/settings.h"

const Settings::Key Settings::kLanguage{"ui/language", QString()};
const Settings::Key Settings::kGeometry{"ui/mainWindowGeometry", QByteArray()};
const Settings::Key Settings::kWindowState{"ui/mainWindowState", QByteArray()};
const Settings::Key Settings::kLastLocation{"ui/lastLocation", QString()};
const Settings::Key Settings::kFirstRunDone{"ui/firstRunDone", false};
const Settings::Key Settings::kGenerationsKept{"snapshot/generationsKept", 30};

Settings::Settings()
    : m_settings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Tenantdesk"),
                 QStringLiteral("tenantdesk"))
{}

Settings::Settings(const QString &iniPath) : m_settings(iniPath, QSettings::IniFormat)
{}

QVariant Settings::value(const Key &key) const
{
    return m_settings.value(QLatin1String(key.name), key.defaultValue);
}

void Settings::setValue(const Key &key, const QVariant &value)
{
    m_settings.setValue(QLatin1String(key.name), value);
}

QString Settings::language() const
{
    return value(kLanguage).toString();
}
void Settings::setLanguage(const QString &code)
{
    setValue(kLanguage, code);
}
QByteArray Settings::mainWindowGeometry() const
{
    return value(kGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(kGeometry, geometry);
}
QByteArray Settings::mainWindowState() const
{
    return value(kWindowState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &state)
{
    setValue(kWindowState, state);
}
QString Settings::lastLocation() const
{
    return value(kLastLocation).toString();
}
void Settings::setLastLocation(const QString &location)
{
    setValue(kLastLocation, location);
}
bool Settings::firstRunDone() const
{
    return value(kFirstRunDone).toBool();
}
void Settings::setFirstRunDone(bool done)
{
    setValue(kFirstRunDone, done);
}
int Settings::snapshotGenerationsKept() const
{
    return qMax(1, value(kGenerationsKept).toInt());
}
void Settings::setSnapshotGenerationsKept(int generations)
{
    setValue(kGenerationsKept, qMax(1, generations));
}

namespace {
QString applicationNameKey(const QString &appId)
{
    return QStringLiteral("applications/%1/displayName").arg(appId);
}
} // namespace

QString Settings::applicationName(const QString &appId) const
{
    return appId.isEmpty() ? QString() : m_settings.value(applicationNameKey(appId)).toString();
}
void Settings::setApplicationName(const QString &appId, const QString &displayName)
{
    if (appId.isEmpty())
        return;
    if (displayName.isEmpty())
        m_settings.remove(applicationNameKey(appId));
    else
        m_settings.setValue(applicationNameKey(appId), displayName);
}
