#include "sandbox/common/sandboxoptions.h"

#include <QCoreApplication>

bool SandboxOptions::setLatency(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char('-'));
    bool okA = false, okB = false;
    const int a = parts.value(0).toInt(&okA);
    const int b = parts.size() > 1 ? parts.value(1).toInt(&okB) : a;
    if (parts.size() == 1)
        okB = okA;
    if (parts.size() > 2 || !okA || !okB || a < 0 || b < a) {
        *error = QCoreApplication::translate("SandboxOptions",
                                             "Latency \"%1\" is not a range of milliseconds such as 60-100.")
                     .arg(spec);
        return false;
    }
    latencyMinMs = a;
    latencyMaxMs = b;
    return true;
}

bool SandboxOptions::setFaults(const QString &spec, QString *error)
{
    Faults parsed;
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.section(QLatin1Char('='), 0, 0).trimmed();
        bool ok = false;
        const double rate = item.section(QLatin1Char('='), 1).trimmed().toDouble(&ok);
        double *target = nullptr;
        if (key == QLatin1String("503"))
            target = &parsed.status503;
        else if (key == QLatin1String("504"))
            target = &parsed.status504;
        else if (key == QLatin1String("reset"))
            target = &parsed.reset;
        else if (key == QLatin1String("truncate"))
            target = &parsed.truncated;
        else if (key == QLatin1String("malformed"))
            target = &parsed.malformed;
        if (!target || !ok || rate < 0 || rate > 1) {
            *error = QCoreApplication::translate(
                         "SandboxOptions",
                         "Fault \"%1\" is not understood. Use 503, 504, reset, truncate or malformed with a "
                         "rate between 0 and 1, e.g. 503=0.05,reset=0.02.")
                         .arg(item);
            return false;
        }
        *target = rate;
    }
    faults = parsed;
    return true;
}

QStringList SandboxOptions::throttleProfiles()
{
    return {QStringLiteral("off"), QStringLiteral("gentle"), QStringLiteral("graph"),
            QStringLiteral("storm")};
}

bool SandboxOptions::setThrottleProfile(const QString &profile, QString *error)
{
    if (!throttleProfiles().contains(profile)) {
        *error = QCoreApplication::translate("SandboxOptions",
                                             "Throttle profile \"%1\" is unknown. Use one of: %2.")
                     .arg(profile, throttleProfiles().join(QStringLiteral(", ")));
        return false;
    }
    throttleProfile = profile;
    return true;
}
