#include "graph/deltaiterator.h"

#include "graph/pageiterator.h"

DeltaIterator::DeltaIterator(GraphClient *client, const QString &pathOrLink,
                             const ApiRequest::Headers &headers, QObject *parent)
    : QObject(parent), m_pages(new PageIterator(client, pathOrLink, headers, this))
{
    connect(m_pages, &PageIterator::page, this, &DeltaIterator::page);
    connect(m_pages, &PageIterator::directoryPage, this, &DeltaIterator::directoryPage);
    connect(m_pages, &PageIterator::linkAdvanced, this, &DeltaIterator::linkAdvanced);
    connect(m_pages, &PageIterator::finished, this, &DeltaIterator::finished);
}

DeltaIterator::~DeltaIterator() = default;

void DeltaIterator::setReadsDirectoryPages(bool reads)
{
    m_pages->setReadsDirectoryPages(reads);
}

void DeltaIterator::start()
{
    m_pages->start();
}
void DeltaIterator::cancel()
{
    m_pages->cancel();
}
bool DeltaIterator::isFinished() const
{
    return m_pages->isFinished();
}
Error DeltaIterator::error() const
{
    return m_pages->error();
}
QUrl DeltaIterator::deltaLink() const
{
    return m_pages->deltaLink();
}
int DeltaIterator::pageCount() const
{
    return m_pages->pageCount();
}
qint64 DeltaIterator::itemCount() const
{
    return m_pages->itemCount();
}

bool DeltaIterator::isRemoved(const QJsonObject &item)
{
    return item.contains(QLatin1String("@removed"));
}

QString DeltaIterator::removedReason(const QJsonObject &item)
{
    if (!isRemoved(item))
        return QString();
    const QString reason =
        item.value(QLatin1String("@removed")).toObject().value(QLatin1String("reason")).toString();
    return reason.isEmpty() ? QStringLiteral("deleted") : reason;
}

bool DeltaIterator::needsFullSync(const Error &error)
{
    if (error.kind() != Error::Kind::Http)
        return false;
    const QString code = error.code();
    return error.httpStatus() == 410 ||
           code.compare(QLatin1String("syncStateNotFound"), Qt::CaseInsensitive) == 0 ||
           code.compare(QLatin1String("resyncRequired"), Qt::CaseInsensitive) == 0 ||
           code.compare(QLatin1String("syncStateInvalid"), Qt::CaseInsensitive) == 0;
}

QString DeltaIterator::latestPath(const QString &deltaPath)
{
    return deltaPath + (deltaPath.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("$deltatoken=latest");
}
