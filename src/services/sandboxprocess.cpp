#include "services/sandboxprocess.h"

#include "services/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThread>

#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
// Enough of standard error to say why the sandbox stopped, without keeping its whole log.
constexpr qsizetype kKeptErrorBytes = 4096;
// The start-up line is well under this; a program that prints more without a newline is not the sandbox.
constexpr qsizetype kMaxLineBytes = 1024 * 1024;
// How much of a line that is not the start-up line a message shows.
constexpr qsizetype kShownBytes = 200;
// How long a sandbox asked to stop may take before it is killed.
constexpr int kStopGraceMs = 5000;

bool looksLikeJson(const QByteArray &line)
{
    return line.startsWith('{') || line.startsWith('[');
}
} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent), m_process(new QProcess(this)), m_program(defaultProgram())
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::readStandardError);
    connect(m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &SandboxProcess::onErrorOccurred);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(kStopGraceMs);
    connect(&m_killTimer, &QTimer::timeout, m_process, &QProcess::kill);
#ifdef Q_OS_LINUX
    // A console that is killed (or crashes) cannot stop its sandbox: the kernel asks it to stop instead, so
    // no tenant of some hundred megabytes is left serving behind it.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

SandboxProcess::~SandboxProcess()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    m_process->terminate();
    // Let it exit on its own and remove its files: the application keeps the QProcess until then (and
    // kills what is left when it quits). Without an application on this thread, QProcess kills it now.
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QCoreApplication::closingDown() || app->thread() != QThread::currentThread())
        return;
    QProcess *orphan = m_process;
    orphan->setParent(app);
    connect(orphan, &QProcess::finished, orphan, &QObject::deleteLater);
    QTimer::singleShot(kStopGraceMs, orphan, &QProcess::kill);
}

QString SandboxProcess::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tenantdesk-sandbox"));
}

void SandboxProcess::start(const QStringList &arguments)
{
    if (m_process->state() != QProcess::NotRunning) {
        if (!m_reported)
            return; // the start under way answers this call too
        if (isRunning() && !m_stopping) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (isRunning())
                        emit started(m_info);
                },
                Qt::QueuedConnection);
            return;
        }
        // Stopping, or a program that was not the sandbox is exiting: start once it has gone.
        m_restartPending = true;
        m_restartArguments = arguments;
        return;
    }
    m_info = QJsonObject();
    m_stdout.clear();
    m_stderr.clear();
    m_reported = false;
    m_stopping = false;
    m_restartPending = false;
    qCInfo(lcServices) << "Starting the sandbox tenant" << m_program;
    m_inStart = true;
    m_process->start(m_program, arguments, QIODevice::ReadOnly);
    m_inStart = false;
}

void SandboxProcess::stop()
{
    m_restartPending = false;
    if (m_process->state() == QProcess::NotRunning || m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcServices) << "Stopping the sandbox tenant";
    m_process->terminate();
    m_killTimer.start();
}

qint64 SandboxProcess::processId() const
{
    return m_process->processId();
}

void SandboxProcess::readStandardOutput()
{
    const QByteArray data = m_process->readAllStandardOutput();
    if (m_reported)
        return; // only the first line is a contract
    m_stdout.append(data);
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline >= 0)
        takeStartLine(m_stdout.left(newline));
    else if (m_stdout.size() > kMaxLineBytes)
        takeStartLine(m_stdout);
}

void SandboxProcess::readStandardError()
{
    m_stderr.append(m_process->readAllStandardError());
    if (m_stderr.size() > kKeptErrorBytes)
        m_stderr.remove(0, m_stderr.size() - kKeptErrorBytes);
}

void SandboxProcess::takeStartLine(const QByteArray &rawLine)
{
    if (m_stopping)
        return; // stop() came first: this start ends as cancelled when the process has exited
    const QByteArray line = rawLine.trimmed();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (document.isObject() && !document.object().isEmpty()) {
        m_info = document.object();
        m_stdout.clear();
        m_reported = true;
        // The line holds secrets: only where the tenant is goes to the log.
        qCInfo(lcServices) << "Sandbox tenant started at" << m_info.value(QLatin1String("graph")).toString();
        emit started(m_info);
        return;
    }
    QString sentence;
    if (looksLikeJson(line) && parseError.error != QJsonParseError::NoError) {
        // Never shown: a cut-off start-up line would show the secrets it holds.
        sentence =
            tr("The sandbox tenant's start-up line is not valid JSON (%1).").arg(parseError.errorString());
    } else {
        QString shown = QString::fromUtf8(line.left(kShownBytes));
        if (line.size() > kShownBytes)
            shown += QChar(0x2026);
        sentence = tr("The sandbox tenant printed \"%1\" instead of its start-up line.").arg(shown);
    }
    fail(Error::Kind::Configuration, sentence);
    if (m_process->state() != QProcess::NotRunning) {
        // Whatever it is, it is not the sandbox the console asked for.
        m_process->terminate();
        m_killTimer.start();
    }
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    readStandardError();
    const bool crashed = status == QProcess::CrashExit;
    const bool asked = std::exchange(m_stopping, false);
    if (!m_reported) {
        // The line may have come with the exit; it decides only whether the program printed something else.
        m_stdout.append(m_process->readAllStandardOutput());
        const qsizetype newline = m_stdout.indexOf('\n');
        const QByteArray first = (newline >= 0 ? m_stdout.left(newline) : m_stdout).trimmed();
        const bool printedOther = !first.isEmpty() && !QJsonDocument::fromJson(first).isObject();
        if (asked)
            fail(Error::Kind::Cancelled, tr("The sandbox tenant was stopped before it was ready."));
        else if (printedOther)
            takeStartLine(first);
        else if (crashed)
            fail(Error::Kind::Configuration, tr("The sandbox tenant crashed before it was ready."));
        else
            fail(Error::Kind::Configuration,
                 tr("The sandbox tenant stopped before it was ready (exit code %1).").arg(exitCode));
    } else if (!m_info.isEmpty() && !asked) {
        Error error(Error::Kind::Network, QDir::toNativeSeparators(m_program));
        error.setMessage(withErrorTail(
            crashed ? tr("The sandbox tenant crashed.")
                    : tr("The sandbox tenant stopped unexpectedly (exit code %1).").arg(exitCode)));
        qCWarning(lcServices) << "Sandbox tenant stopped unexpectedly:" << exitCode << status;
        m_info = QJsonObject();
        emit exitedUnexpectedly(error);
        return;
    }
    m_info = QJsonObject();
    if (asked) {
        qCInfo(lcServices) << "Sandbox tenant stopped";
        emit stopped();
    }
    if (std::exchange(m_restartPending, false))
        start(m_restartArguments);
}

void SandboxProcess::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and exits arrive in onFinished(); a program that never ran has no finished().
    if (error != QProcess::FailedToStart)
        return;
    const bool asked = std::exchange(m_stopping, false);
    fail(Error::Kind::Configuration, tr("The sandbox tenant could not be started from %1: %2")
                                         .arg(QDir::toNativeSeparators(m_program), m_process->errorString()));
    if (asked)
        emit stopped();
}

void SandboxProcess::fail(Error::Kind kind, const QString &sentence)
{
    if (m_reported)
        return;
    m_reported = true;
    Error error(kind, QDir::toNativeSeparators(m_program));
    error.setMessage(withErrorTail(sentence));
    qCWarning(lcServices) << "Sandbox tenant did not start:" << error.message();
    if (m_inStart) {
        // Reported from inside start(): deliver from the event loop, as every other outcome.
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    emit failed(error);
}

QString SandboxProcess::withErrorTail(const QString &sentence) const
{
    const QString tail = QString::fromUtf8(m_stderr).trimmed();
    if (tail.isEmpty())
        return sentence;
    return tr("%1 Its last error output: %2",
              "a sentence, then what the sandbox last wrote to standard error")
        .arg(sentence, tail);
}
