#pragma once

#include "core/error.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

class PageIterator;

// One Exchange cmdlet call with all its result pages: rows() (every page's "value" items, in order),
// warnings() ("@adminapi.warnings" of the first page) and error() once finished() was emitted (exactly once).
// An Exchange error keeps its code and request-id; detail is the cmdlet's exception text. A success without
// rows (204, no "value", "value":null - real write cmdlets answer so) is zero rows.
class ExchangeCommandJob : public QObject
{
    Q_OBJECT
public:
    ExchangeCommandJob(const QString &cmdlet, PageIterator *pages, QObject *parent = nullptr);
    ~ExchangeCommandJob() override;

    QString cmdlet() const { return m_cmdlet; }
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QJsonArray rows() const { return m_rows; }
    QStringList warnings() const { return m_warnings; }
    int pageCount() const;

    void cancel();

signals:
    void finished();

private:
    QString m_cmdlet;
    PageIterator *m_pages;
    QJsonArray m_rows;
    QStringList m_warnings;
    Error m_error;
    bool m_finished = false;
};
