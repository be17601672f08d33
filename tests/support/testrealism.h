#pragma once

#include "sandbox/common/sandboxoptions.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// Suites that must also pass against a sandbox as hard on clients as Microsoft 365 is run a second time by
// CTest with TENANTDESK_TEST_REALISM set (e.g. "strict"); they pass their options through this first.
inline SandboxOptions withTestRealism(SandboxOptions options)
{
    const QByteArray spec = qgetenv("TENANTDESK_TEST_REALISM");
    if (spec.isEmpty())
        return options;
    QString error;
    if (!options.setRealism(QString::fromUtf8(spec), &error))
        qFatal("TENANTDESK_TEST_REALISM: %s", qPrintable(error));
    return options;
}

// A small tenant answering in 0-2 ms without throttling, with the given --realism switches on.
inline SandboxOptions quickRealismOptions(int users, const QString &realism)
{
    SandboxOptions options;
    options.users = users;
    options.latencyMinMs = 0;
    options.latencyMaxMs = 2;
    options.throttleProfile = QStringLiteral("off");
    QString error;
    if (!options.setRealism(realism, &error))
        qFatal("%s", qPrintable(error));
    return options;
}
