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
        else if (key == QLatin1String("reset-after-body"))
            target = &parsed.resetAfterBody;
        if (!target || !ok || rate < 0 || rate > 1) {
            *error = QCoreApplication::translate(
                         "SandboxOptions",
                         "Fault \"%1\" is not understood. Use 503, 504, reset, reset-after-body, truncate or "
                         "malformed with a rate between 0 and 1, e.g. 503=0.05,reset=0.02.")
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

bool SandboxOptions::Realism::any() const
{
    return upnRangesRefused || pageTokenExpirySeconds > 0 || replicationLagMs > 0 || exchangeSparseReplies ||
           exchangeErrorShapes || deltaExpiredAs400 || deltaMembersPerPage > 0 || fractionalRetryAfter ||
           batchItemFaults > 0 || exchangeConcurrency > 0 || usersMaxPageSize > 0;
}

QStringList SandboxOptions::realismSwitches()
{
    return {QStringLiteral("upn-ranges"),         QStringLiteral("page-token-expiry=S"),
            QStringLiteral("replication-lag=MS"), QStringLiteral("exchange-sparse"),
            QStringLiteral("exchange-errors"),    QStringLiteral("delta-400"),
            QStringLiteral("delta-members=N"),    QStringLiteral("fractional-retry-after"),
            QStringLiteral("batch-faults=RATE"),  QStringLiteral("exchange-concurrency=N"),
            QStringLiteral("page-size=N")};
}

bool SandboxOptions::setRealism(const QString &spec, QString *error)
{
    Realism parsed;
    for (const QString &raw : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        const QString key = item.section(QLatin1Char('='), 0, 0);
        const QString value = item.section(QLatin1Char('='), 1);
        const bool hasValue = item.contains(QLatin1Char('='));
        bool ok = true;
        const auto number = [&](int fallback) {
            if (!hasValue)
                return fallback;
            const int n = value.toInt(&ok);
            ok = ok && n > 0;
            return n;
        };
        if (key == QLatin1String("off")) {
            parsed = Realism();
        } else if (key == QLatin1String("strict")) {
            // Figures a client must survive; each is documented in the README's realism table.
            parsed.upnRangesRefused = true;
            parsed.pageTokenExpirySeconds = 120;
            parsed.replicationLagMs = 1500;
            parsed.exchangeSparseReplies = true;
            parsed.exchangeErrorShapes = true;
            parsed.deltaExpiredAs400 = true;
            parsed.deltaMembersPerPage = 500;
            parsed.fractionalRetryAfter = true;
            parsed.batchItemFaults = 0.05;
            parsed.exchangeConcurrency = 3;
            parsed.usersMaxPageSize = 120;
        } else if (key == QLatin1String("upn-ranges") && !hasValue) {
            parsed.upnRangesRefused = true;
        } else if (key == QLatin1String("page-token-expiry")) {
            parsed.pageTokenExpirySeconds = number(120);
        } else if (key == QLatin1String("replication-lag")) {
            parsed.replicationLagMs = number(1500);
        } else if (key == QLatin1String("exchange-sparse") && !hasValue) {
            parsed.exchangeSparseReplies = true;
        } else if (key == QLatin1String("exchange-errors") && !hasValue) {
            parsed.exchangeErrorShapes = true;
        } else if (key == QLatin1String("delta-400") && !hasValue) {
            parsed.deltaExpiredAs400 = true;
        } else if (key == QLatin1String("delta-members")) {
            parsed.deltaMembersPerPage = number(500);
        } else if (key == QLatin1String("fractional-retry-after") && !hasValue) {
            parsed.fractionalRetryAfter = true;
        } else if (key == QLatin1String("batch-faults")) {
            parsed.batchItemFaults = hasValue ? value.toDouble(&ok) : 0.05;
            ok = ok && parsed.batchItemFaults >= 0 && parsed.batchItemFaults <= 1;
        } else if (key == QLatin1String("exchange-concurrency")) {
            parsed.exchangeConcurrency = number(3);
        } else if (key == QLatin1String("page-size")) {
            parsed.usersMaxPageSize = number(120);
            ok = ok && parsed.usersMaxPageSize <= 999;
        } else {
            ok = false;
        }
        if (!ok) {
            *error = QCoreApplication::translate(
                         "SandboxOptions",
                         "Realism switch \"%1\" is not understood. Use strict, off or a comma list of: %2.")
                         .arg(item, realismSwitches().join(QStringLiteral(", ")));
            return false;
        }
    }
    realism = parsed;
    return true;
}

bool SandboxOptions::setLatencyModel(const QString &model, QString *error)
{
    if (model == QLatin1String("flat")) {
        latencyModel = LatencyModel::Flat;
        return true;
    }
    if (model == QLatin1String("graph")) {
        latencyModel = LatencyModel::Graph;
        return true;
    }
    *error =
        QCoreApplication::translate("SandboxOptions", "Latency model \"%1\" is unknown. Use flat or graph.")
            .arg(model);
    return false;
}
