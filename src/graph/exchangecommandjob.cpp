#include "graph/exchangecommandjob.h"

#include "graph/pageiterator.h"

#include <QJsonObject>

ExchangeCommandJob::ExchangeCommandJob(const QString &cmdlet, PageIterator *pages, QObject *parent)
    : QObject(parent), m_cmdlet(cmdlet), m_pages(pages)
{
    m_pages->setParent(this);
    // A write cmdlet that succeeded may answer 204, or 200 without "value" or with "value":null: no rows.
    m_pages->setAcceptsEmptyAnswers(true);
    connect(m_pages, &PageIterator::page, this, [this](const QJsonArray &items) {
        for (const QJsonValue &v : items)
            m_rows.append(v);
    });
    connect(m_pages, &PageIterator::finished, this, [this] {
        m_error = m_pages->error();
        for (const QJsonValue &w :
             m_pages->firstPageAnnotations().value(QLatin1String("@adminapi.warnings")).toArray())
            m_warnings.append(w.toString());
        m_finished = true;
        emit finished();
    });
}

ExchangeCommandJob::~ExchangeCommandJob() = default;

int ExchangeCommandJob::pageCount() const
{
    return m_pages->pageCount();
}

void ExchangeCommandJob::cancel()
{
    m_pages->cancel();
}
