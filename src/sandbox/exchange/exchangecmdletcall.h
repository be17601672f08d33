#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class Tenant;

// One cmdlet invocation as the REST body carries it ({"CmdletName","Parameters"}), with PowerShell's
// rules for reading it: parameter names are case-insensitive, switches and booleans may be strings,
// multi-valued parameters are a list (replace) or a GenericHashTable of Add/Remove.
class ExchangeCmdletCall
{
public:
    ExchangeCmdletCall(const QString &name, const QJsonObject &parameters, const SandboxCaller &caller);

    QString name() const { return m_name; }
    const QJsonObject &parameters() const { return m_parameters; }
    const SandboxCaller &caller() const { return m_caller; }

    bool has(const QString &parameter) const;
    QJsonValue value(const QString &parameter) const;
    QString string(const QString &parameter) const;
    bool boolean(const QString &parameter, bool fallback = false) const;
    // A single value or an array of values, as strings.
    QStringList list(const QString &parameter) const;
    // The first parameter that is not in `known` (nor a common parameter); empty when all are known.
    QString unknownParameter(const QStringList &known) const;

    // A multi-valued parameter: either a replacement list, or additions and removals.
    struct MultiValue
    {
        bool replace = false;
        QStringList values; // when replace
        QStringList add;
        QStringList remove;
    };
    MultiValue multiValue(const QString &parameter) const;

    // ---- Scope ----------------------------------------------------------------------------------------
    // Set by the endpoint once it has checked the caller's Exchange rights: tenant-wide (an app, an
    // Exchange or Global Administrator) or limited to administrative units (a school technician).
    void setScope(bool tenantWide, const QStringList &units);
    bool tenantWide() const { return m_tenantWide; }
    // True if the object (a user, mailbox owner or group id) is inside the caller's scope.
    bool inScope(const Tenant &tenant, const QString &objectId) const;

    static QStringList toStringList(const QJsonValue &value);

private:
    QString m_name;
    QJsonObject m_parameters;
    SandboxCaller m_caller;
    bool m_tenantWide = true;
    QStringList m_units;
};
