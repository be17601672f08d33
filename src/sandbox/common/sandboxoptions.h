#pragma once

#include <QString>
#include <QStringList>

// How a sandbox tenant is started: its size, its seed, and how realistic (slow, throttled, faulty) it is.
struct SandboxOptions
{
    quint16 port = 0; // 0 = any free port
    int schools = 4;
    int users = 400;
    quint32 seed = 1;
    int latencyMinMs = 2;
    int latencyMaxMs = 6;
    QString throttleProfile = QStringLiteral("gentle"); // off | gentle | graph | storm
    QString stateFile;                                  // empty = in memory only

    struct Faults
    {
        double status503 = 0;
        double status504 = 0;
        double reset = 0;     // connection closed without a response
        double truncated = 0; // body cut short of its Content-Length
        double malformed = 0; // body that is not valid JSON
        bool any() const { return status503 + status504 + reset + truncated + malformed > 0; }
    } faults;

    // Parses "A-B" (or "A") milliseconds.
    bool setLatency(const QString &spec, QString *error);
    // Parses "503=0.05,504=0.01,reset=0.02,truncate=0.01,malformed=0.01"; rates are 0..1.
    bool setFaults(const QString &spec, QString *error);
    bool setThrottleProfile(const QString &profile, QString *error);
    static QStringList throttleProfiles();
};
