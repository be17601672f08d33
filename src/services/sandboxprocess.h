#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

// The sandbox tenant as its own process, for the console: starts `tenantdesk-sandbox`, reads the one JSON
// line it prints once the tenant is seeded and listening (the start-up contract in README), and stops it.
// Nothing here waits, so it can live on the GUI thread: each start() ends in exactly one started() or
// failed(), delivered from the event loop. A failure names what went wrong and ends with what the program
// last wrote to standard error. The start-up line holds secrets (the client secret, passwords): it is
// handed to started() and never logged or shown.
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QObject *parent = nullptr);
    // A sandbox still running is asked to stop (SIGTERM, so it removes its temporary key files) and is
    // left to exit on its own; the application reaps it, or kills it if it is still there at exit.
    ~SandboxProcess() override;

    // `tenantdesk-sandbox` beside the running executable (the build folder, or /usr/bin when installed).
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }

    // Starts the sandbox with these command-line arguments; started() or failed() follows. While one is
    // starting, its outcome answers this call too; while one is running, started() repeats its line; while
    // one is stopping, the new one starts once it has exited.
    void start(const QStringList &arguments = {});
    // Asks the sandbox to exit (SIGTERM) and returns at once; stopped() follows when it has. A sandbox that
    // has not exited after a few seconds is killed. A start still under way ends in failed() (Cancelled).
    // Does nothing when no sandbox runs; cancels a restart asked for while it was stopping.
    void stop();

    bool isStarting() const { return m_process->state() != QProcess::NotRunning && !m_reported; }
    bool isRunning() const { return m_process->state() == QProcess::Running && !m_info.isEmpty(); }
    // The start-up line of the running sandbox (empty until started()).
    QJsonObject info() const { return m_info; }
    // The operating system's id of the process (0 when none runs).
    qint64 processId() const;

signals:
    // The sandbox is listening; `info` is its start-up line (URLs, certificate, client ids and secrets).
    void started(const QJsonObject &info);
    // This start did not get as far as the start-up line.
    void failed(const Error &error);
    // A started sandbox exited without stop() (the tenant is gone).
    void exitedUnexpectedly(const Error &error);
    // The sandbox asked to stop by stop() has exited.
    void stopped();

private:
    void readStandardOutput();
    void readStandardError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    // Handles the first complete stdout line: started() for a JSON object, failed() for anything else.
    void takeStartLine(const QByteArray &line);
    void fail(Error::Kind kind, const QString &sentence);
    // `sentence`, then what the program last wrote to standard error, if anything.
    QString withErrorTail(const QString &sentence) const;

    QProcess *m_process; // a child; handed to the application when destroyed while running
    QTimer m_killTimer;
    QString m_program;
    QJsonObject m_info;
    QByteArray m_stdout;    // the start-up line so far
    QByteArray m_stderr;    // the last few KiB of standard error
    bool m_reported = true; // the current start's outcome was delivered (or no start is under way)
    bool m_stopping = false;
    bool m_inStart = false; // QProcess may report a failure to start from inside start()
    bool m_restartPending = false;
    QStringList m_restartArguments;
};
