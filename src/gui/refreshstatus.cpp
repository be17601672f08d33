#include "gui/refreshstatus.h"

#include "gui/elidedlabel.h"
#include "gui/tenantstatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>

#include <climits>

RefreshStatus::RefreshStatus(QWidget *parent)
    : QWidget(parent), m_offlineLabel(new QLabel(this)), m_offlineReason(new ElidedLabel(this)),
      m_refreshButton(new QPushButton(this)), m_progressLabel(new ElidedLabel(this)),
      m_progressBar(new QProgressBar(this)), m_cancelButton(new QPushButton(this)),
      m_messageLabel(new ElidedLabel(this)), m_detailsButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("refreshStatus"));
    m_offlineLabel->setObjectName(QStringLiteral("offlineStatus"));
    m_offlineReason->setObjectName(QStringLiteral("offlineReason"));
    m_refreshButton->setObjectName(QStringLiteral("offlineRefreshButton"));
    m_progressLabel->setObjectName(QStringLiteral("refreshProgress"));
    m_progressBar->setObjectName(QStringLiteral("refreshProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("cancelRefreshButton"));
    m_messageLabel->setObjectName(QStringLiteral("refreshMessage"));
    m_detailsButton->setObjectName(QStringLiteral("refreshErrorDetailsButton"));

    QFont bold = m_offlineLabel->font();
    bold.setBold(true);
    m_offlineLabel->setFont(bold);
    m_offlineLabel->setTextFormat(Qt::PlainText);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setTextVisible(false);
    for (QPushButton *button : {m_refreshButton, m_cancelButton, m_detailsButton})
        button->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_offlineLabel);
    layout->addWidget(m_offlineReason, 1);
    layout->addWidget(m_refreshButton);
    layout->addWidget(m_progressLabel, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_messageLabel, 1);
    layout->addWidget(m_detailsButton);

    connect(m_refreshButton, &QPushButton::clicked, this, &RefreshStatus::refreshRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &RefreshStatus::cancelRequested);
    connect(m_detailsButton, &QPushButton::clicked, this, &RefreshStatus::showErrorDetails);
    updateTexts();
}

void RefreshStatus::setOffline(const Error &reason)
{
    m_offline = reason;
    updateTexts();
}

void RefreshStatus::setSnapshotTaken(const QDateTime &taken)
{
    m_taken = taken;
    updateTexts();
}

void RefreshStatus::showStarted()
{
    m_refreshing = true;
    m_cancelled = false;
    m_succeeded = false;
    m_haveProgress = false;
    m_error = Error();
    m_notice.clear();
    updateTexts();
}

void RefreshStatus::showProgress(const SnapshotSync::Progress &progress)
{
    m_progress = progress;
    m_haveProgress = true;
    updateTexts();
}

void RefreshStatus::showNotice(const QString &message)
{
    m_notice = message;
    updateTexts();
}

void RefreshStatus::showFinished(const Error &error)
{
    m_refreshing = false;
    m_cancelled = error.kind() == Error::Kind::Cancelled;
    m_succeeded = !error;
    m_error = m_cancelled ? Error() : error;
    updateTexts();
}

void RefreshStatus::showErrorDetails()
{
    if (!m_error)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Refresh snapshot"),
                    tr("The snapshot could not be refreshed: %1").arg(m_error.message()), QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("refreshErrorBox"));
    box.setDetailedText(m_error.fullText());
    box.exec();
}

QString RefreshStatus::progressText() const
{
    if (!m_haveProgress)
        return tr("Refreshing the snapshot…");
    const int objects = int(qMin<qint64>(m_progress.objects, INT_MAX));
    QString text =
        tr("%1: %n object(s)", "refresh progress: phase, objects read so far", objects).arg(m_progress.phase);
    if (m_progress.perSecond >= 1)
        text = tr("%1, %2 per second", "refresh progress: the text so far, objects read per second")
                   .arg(text, QLocale().toString(qRound64(m_progress.perSecond)));
    if (m_progress.etaSeconds >= 120) {
        const int minutes = int(m_progress.etaSeconds / 60);
        text = tr("%1, about %n minute(s) left", "refresh progress: the text so far", minutes).arg(text);
    } else if (m_progress.etaSeconds >= 0) {
        const int seconds = int(m_progress.etaSeconds);
        text = tr("%1, about %n second(s) left", "refresh progress: the text so far", seconds).arg(text);
    }
    return text;
}

void RefreshStatus::updateTexts()
{
    const bool offline = m_offline.isError();
    m_offlineLabel->setVisible(offline);
    m_offlineReason->setVisible(offline);
    m_refreshButton->setVisible(offline && !m_refreshing);
    if (offline) {
        m_offlineLabel->setText(offlineSnapshotText(m_taken, QDateTime::currentDateTimeUtc()));
        m_offlineLabel->setToolTip(m_offline.fullText());
        m_offlineReason->setText(m_offline.message());
    }
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Try to read the tenant again (F5)"));

    m_progressLabel->setVisible(m_refreshing);
    m_progressBar->setVisible(m_refreshing);
    m_cancelButton->setVisible(m_refreshing);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the refresh and keep the snapshot as it was (Esc)"));
    if (m_refreshing) {
        m_progressLabel->setText(progressText());
        if (m_haveProgress && m_progress.expected > 0) {
            const int expected = int(qMin<qint64>(m_progress.expected, INT_MAX));
            m_progressBar->setRange(0, expected);
            m_progressBar->setValue(int(qMin<qint64>(m_progress.objects, expected)));
        } else {
            m_progressBar->setRange(0, 0); // busy
        }
    }

    QString message;
    if (!m_notice.isEmpty())
        message = m_notice;
    if (!m_refreshing) {
        // An error that made the console go offline is already told by the offline notice.
        if (m_error && m_error.kind() != m_offline.kind())
            message = tr("Refresh failed: %1").arg(m_error.message());
        else if (m_cancelled)
            message = tr("Refresh cancelled; the snapshot is as it was.");
        else if (m_succeeded && message.isEmpty())
            message = tr("Snapshot refreshed.");
    }
    m_messageLabel->setText(message);
    if (m_error)
        m_messageLabel->setToolTip(m_error.fullText());
    m_messageLabel->setVisible(!message.isEmpty());
    m_detailsButton->setText(tr("&Details…"));
    m_detailsButton->setVisible(!m_refreshing && m_error.isError());
}

void RefreshStatus::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
    QWidget::changeEvent(event);
}
