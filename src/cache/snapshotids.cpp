#include "cache/snapshotids.h"

#include "cache/snapshotdatabase.h"

SnapshotIds::SnapshotIds(const SnapshotDatabase &database, const QSqlDatabase &db)
    : m_database(database), m_db(db)
{}

Error SnapshotIds::failure(const QString &detail) const
{
    return m_database.storageError(QStringLiteral("number object ids"), detail);
}

Error SnapshotIds::prepare()
{
    QString detail;
    if (!m_select.prepare(m_db, "SELECT n FROM ids WHERE id = ?", &detail) ||
        !m_selectAll.prepare(m_db, "SELECT n, id FROM ids", &detail) ||
        !m_insert.prepare(m_db, "INSERT INTO ids (id) VALUES (?)", &detail))
        return failure(detail);
    return Error();
}

Error SnapshotIds::loadAll()
{
    if (m_all)
        return Error();
    QString detail;
    while (m_selectAll.next(&detail))
        m_numbers.insert(m_selectAll.text(1), m_selectAll.int64(0));
    m_selectAll.reset();
    if (!detail.isEmpty())
        return failure(detail);
    m_all = true;
    return Error();
}

Error SnapshotIds::find(const QString &id, qint64 *n)
{
    const auto it = m_numbers.constFind(id);
    if (it != m_numbers.constEnd()) {
        *n = *it;
        return Error();
    }
    *n = 0;
    if (m_all)
        return Error();
    QString detail;
    m_select.bind(1, id);
    if (m_select.next(&detail))
        *n = m_select.int64(0);
    m_select.reset();
    if (!detail.isEmpty())
        return failure(detail);
    if (*n)
        m_numbers.insert(id, *n);
    return Error();
}

Error SnapshotIds::number(const QString &id, qint64 *n)
{
    if (Error error = find(id, n))
        return error;
    if (*n)
        return Error();
    QString detail;
    m_insert.bind(1, id);
    if (!m_insert.run(&detail))
        return failure(detail);
    *n = m_insert.lastInsertId();
    m_numbers.insert(id, *n);
    return Error();
}
