#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// The training tenant as its own process: starts `tenantdesk-sandbox`, reads the one JSON line it prints
// once the tenant is seeded and listening (the documented start-up contract), and stops it again. Nothing
// here waits: the line arrives as started(), a process that cannot start, dies first or prints something
// else arrives as failed(), each at most once per start(). The console carries no HTTP server of its own.
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    // Asks a running sandbox to stop (SIGTERM, so it removes its temporary files) and gives it a moment.
    ~SandboxProcess() override;

    // `tenantdesk-sandbox` beside the running executable (the build folder, or /usr/bin when installed).
    static QString defaultProgram();
    void setProgram(const QString &path) { m_program = path; }
    QString program() const { return m_program; }

    // Starts the sandbox with these command-line arguments unless one is running or starting.
    void start(const QStringList &arguments = {});
    // Asks the sandbox to stop; it exits on its own.
    void stop();
    bool isStarting() const;
    bool isRunning() const { return !m_info.isEmpty() && m_process.state() == QProcess::Running; }
    // The start-up line of the running sandbox (empty until started()).
    QJsonObject info() const { return m_info; }

signals:
    void started(const QJsonObject &info);
    void failed(const Error &error);
    // The running sandbox exited without being asked to (it is no longer there to answer).
    void exitedUnexpectedly(const Error &error);

private:
    void readStartLine();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &message);
    QString errorTail() const;

    QProcess m_process;
    QString m_program;
    QJsonObject m_info;
    QByteArray m_stderr;
    bool m_reported = true; // the outcome of the current start() was announced
    bool m_stopping = false;
};
