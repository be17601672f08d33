#include "sandbox/exchange/exchangecmdletcall.h"

#include "sandbox/directory/tenant.h"

#include <QJsonArray>

namespace {
// PowerShell's common parameters (and the ones every Exchange cmdlet accepts).
const QStringList CommonParameters = {
    QStringLiteral("Confirm"),          QStringLiteral("ErrorAction"),   QStringLiteral("WarningAction"),
    QStringLiteral("Verbose"),          QStringLiteral("Debug"),         QStringLiteral("WhatIf"),
    QStringLiteral("DomainController"), QStringLiteral("ErrorVariable"), QStringLiteral("WarningVariable"),
};
} // namespace

ExchangeCmdletCall::ExchangeCmdletCall(const QString &name, const QJsonObject &parameters,
                                       const SandboxCaller &caller)
    : m_name(name), m_parameters(parameters), m_caller(caller)
{}

bool ExchangeCmdletCall::has(const QString &parameter) const
{
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it) {
        if (it.key().compare(parameter, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue ExchangeCmdletCall::value(const QString &parameter) const
{
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it) {
        if (it.key().compare(parameter, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString ExchangeCmdletCall::string(const QString &parameter) const
{
    const QJsonValue v = value(parameter);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (v.isArray() && v.toArray().size() == 1)
        return v.toArray().first().toString();
    return QString();
}

bool ExchangeCmdletCall::boolean(const QString &parameter, bool fallback) const
{
    const QJsonValue v = value(parameter);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
            s.compare(QLatin1String("$true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1"))
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 ||
            s.compare(QLatin1String("$false"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0"))
            return false;
    }
    return fallback;
}

QStringList ExchangeCmdletCall::toStringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (v.isString() && !v.toString().isEmpty())
                out.append(v.toString());
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        out.append(value.toString());
    }
    return out;
}

QStringList ExchangeCmdletCall::list(const QString &parameter) const
{
    return toStringList(value(parameter));
}

QString ExchangeCmdletCall::unknownParameter(const QStringList &known) const
{
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it) {
        if (!known.contains(it.key(), Qt::CaseInsensitive) &&
            !CommonParameters.contains(it.key(), Qt::CaseInsensitive))
            return it.key();
    }
    return QString();
}

ExchangeCmdletCall::MultiValue ExchangeCmdletCall::multiValue(const QString &parameter) const
{
    MultiValue result;
    const QJsonValue v = value(parameter);
    if (v.isObject()) {
        const QJsonObject table = v.toObject();
        for (auto it = table.begin(); it != table.end(); ++it) {
            if (it.key().compare(QLatin1String("add"), Qt::CaseInsensitive) == 0)
                result.add += toStringList(it.value());
            else if (it.key().compare(QLatin1String("remove"), Qt::CaseInsensitive) == 0)
                result.remove += toStringList(it.value());
        }
        return result;
    }
    result.replace = true;
    result.values = toStringList(v);
    return result;
}

void ExchangeCmdletCall::setScope(bool tenantWide, const QStringList &units)
{
    m_tenantWide = tenantWide;
    m_units = units;
}

bool ExchangeCmdletCall::inScope(const Tenant &tenant, const QString &objectId) const
{
    if (m_tenantWide)
        return true;
    for (const QString &unit : m_units) {
        if (tenant.unitMembers.value(unit).contains(objectId))
            return true;
    }
    return false;
}
