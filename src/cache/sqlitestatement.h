#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on a Qt SQL connection's own SQLite handle, for the snapshot writer's hot path: a full
// read writes hundreds of thousands of rows, and binding through QVariant and Qt's cached results cost more
// than SQLite itself. Same connection, same transaction as the QSqlQuery statements around it.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // False with *error (SQLite's message) when the connection is not SQLite or the SQL does not compile.
    bool prepare(const QSqlDatabase &db, const char *sql, QString *error);
    void finalize();

    // Parameters count from 1, as in SQL.
    void bind(int index, qint64 value);
    void bind(int index, const QString &value); // a null QString binds NULL
    void bindBlob(int index, const QByteArray &value);
    void bindNull(int index);

    // Runs a statement that returns no rows, then resets it for the next use.
    bool run(QString *error);
    // Steps a query: true with a row to read, false when done (check *error) — call reset() after.
    bool next(QString *error);
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const; // a NULL reads as a null QString
    bool isNull(int column) const;
    QByteArray blob(int column) const;
    qint64 lastInsertId() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
