#pragma once

#include "core/error.h"
#include "services/snapshotsync.h"

#include <QDateTime>
#include <QWidget>

class ElidedLabel;
class QLabel;
class QProgressBar;
class QPushButton;

// The status-bar part about the snapshot's refresh: that the console works offline on the snapshot (and
// why), a refresh's progress (phase, objects, rate, time left) with Cancel, and how the last refresh ended.
class RefreshStatus : public QWidget
{
    Q_OBJECT
public:
    explicit RefreshStatus(QWidget *parent = nullptr);

    // No error: online. Otherwise the reason the tenant cannot be read now.
    void setOffline(const Error &reason);
    bool isOffline() const { return m_offline.isError(); }
    // When the shown snapshot was taken (invalid: none), for the offline text.
    void setSnapshotTaken(const QDateTime &taken);

    void showStarted();
    void showProgress(const SnapshotSync::Progress &progress);
    // The delta link had expired: a full read follows.
    void showNotice(const QString &message);
    // No error: the snapshot was updated.
    void showFinished(const Error &error);
    bool isRefreshing() const { return m_refreshing; }
    // The last refresh's error (none when it worked or was cancelled).
    Error lastError() const { return m_error; }

    // Shows the last refresh error's full text in a dialog.
    void showErrorDetails();
    // Call when time passed (the snapshot's age changed).
    void updateTexts();

signals:
    void refreshRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString progressText() const;

    Error m_offline;
    Error m_error;
    QDateTime m_taken;
    bool m_refreshing = false;
    bool m_cancelled = false;
    bool m_succeeded = false;
    QString m_notice;
    SnapshotSync::Progress m_progress;
    bool m_haveProgress = false;

    QLabel *m_offlineLabel;
    ElidedLabel *m_offlineReason;
    QPushButton *m_refreshButton;
    ElidedLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    ElidedLabel *m_messageLabel;
    QPushButton *m_detailsButton;
};
