#include "services/sandboxprocess.h"

#include "services/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {
// Enough of the sandbox's standard error to say why it stopped, without keeping its whole log.
constexpr qsizetype keptErrorBytes = 4096;
constexpr int stopGraceMs = 3000;
} // namespace

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent), m_program(defaultProgram())
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readStartLine);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr.append(m_process.readAllStandardError());
        if (m_stderr.size() > keptErrorBytes)
            m_stderr.remove(0, m_stderr.size() - keptErrorBytes);
    });
    connect(&m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &SandboxProcess::onError);
}

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.terminate();
    if (!m_process.waitForFinished(stopGraceMs))
        m_process.kill();
    m_process.waitForFinished(stopGraceMs);
}

QString SandboxProcess::defaultProgram()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tenantdesk-sandbox"));
}

void SandboxProcess::start(const QStringList &arguments)
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    m_info = QJsonObject();
    m_stderr.clear();
    m_reported = false;
    m_stopping = false;
    qCInfo(lcServices) << "Starting the sandbox tenant" << m_program;
    m_process.start(m_program, arguments, QIODevice::ReadOnly);
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
}

bool SandboxProcess::isStarting() const
{
    return !m_reported && m_process.state() != QProcess::NotRunning;
}

void SandboxProcess::readStartLine()
{
    if (m_reported) {
        m_process.readAllStandardOutput(); // only the first line is a contract
        return;
    }
    if (!m_process.canReadLine())
        return;
    const QByteArray line = m_process.readLine().trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (!document.isObject()) {
        fail(tr("%1 printed \"%2\" instead of its start-up line.")
                 .arg(QDir::toNativeSeparators(m_program), QString::fromUtf8(line.left(200))));
        m_stopping = true;
        m_process.kill();
        return;
    }
    m_info = document.object();
    m_reported = true;
    qCInfo(lcServices) << "Sandbox tenant started at" << m_info.value(QStringLiteral("graph")).toString();
    emit started(m_info);
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const bool crashed = status == QProcess::CrashExit;
    if (!m_reported) {
        fail(crashed ? tr("The sandbox tenant crashed before it was ready.")
                     : tr("The sandbox tenant stopped before it was ready (exit code %1).").arg(exitCode));
        return;
    }
    const bool asked = std::exchange(m_stopping, false);
    const bool wasRunning = !m_info.isEmpty();
    m_info = QJsonObject();
    if (asked || !wasRunning)
        return;
    Error error(Error::Kind::Network, m_program, errorTail());
    error.setMessage(crashed ? tr("The sandbox tenant crashed.")
                             : tr("The sandbox tenant stopped unexpectedly (exit code %1).").arg(exitCode));
    qCWarning(lcServices) << "Sandbox tenant stopped unexpectedly" << exitCode << status;
    emit exitedUnexpectedly(error);
}

void SandboxProcess::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_reported)
        return;
    fail(tr("%1 could not be started: %2").arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
}

void SandboxProcess::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    Error error(Error::Kind::Configuration, m_program, errorTail());
    error.setMessage(message);
    qCWarning(lcServices) << "Sandbox tenant failed:" << message;
    emit failed(error);
}

QString SandboxProcess::errorTail() const
{
    return QString::fromUtf8(m_stderr).trimmed();
}
