#include "cache/snapshotschema.h"

// Versioned rows: every object and relation version is valid from the generation that wrote it until the
// generation that replaced or removed it (valid_to NULL = still current). Readers see "as of generation G":
// valid_from <= G AND (valid_to IS NULL OR valid_to > G), with G the last complete generation, so what a
// running or crashed generation wrote stays invisible until it commits.
QList<SnapshotSchema> SnapshotSchema::migrations()
{
    SnapshotSchema v1;
    v1.version = 1;
    v1.statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE generations ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " kind TEXT NOT NULL CHECK (kind IN ('full', 'delta')),"
                       " status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'aborted')),"
                       " started INTEGER NOT NULL," // ms since the epoch, UTC
                       " finished INTEGER,"
                       " added INTEGER NOT NULL DEFAULT 0,"
                       " changed INTEGER NOT NULL DEFAULT 0,"
                       " removed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX generations_status ON generations (status, id)"),
        // Users, groups, administrative units, subscribed SKUs, education classes, domains, the authorization
        // policy. The columns after last_read are extracted from the Graph object for the bulk loaders; the
        // object itself is in object_json, so that bulk loads scan a narrow table.
        QStringLiteral("CREATE TABLE objects ("
                       " row INTEGER PRIMARY KEY,"
                       " type INTEGER NOT NULL,"
                       " id TEXT NOT NULL,"
                       " valid_from INTEGER NOT NULL,"
                       " valid_to INTEGER,"
                       " hash INTEGER NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0," // soft-deleted ("@removed": changed)
                       " last_read INTEGER NOT NULL,"
                       " display_name TEXT, upn TEXT, mail TEXT, account_enabled INTEGER,"
                       " job_title TEXT, department TEXT)"),
        QStringLiteral("CREATE TABLE object_json ("
                       " row INTEGER PRIMARY KEY REFERENCES objects (row) ON DELETE CASCADE,"
                       " json BLOB NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX objects_current ON objects (type, id) WHERE valid_to IS NULL"),
        QStringLiteral("CREATE INDEX objects_id ON objects (type, id, valid_from)"),
        QStringLiteral("CREATE INDEX objects_from ON objects (valid_from)"),
        QStringLiteral("CREATE INDEX objects_to ON objects (valid_to) WHERE valid_to IS NOT NULL"),
        // Memberships, owners, school members, class members and teachers, assigned licences.
        QStringLiteral("CREATE TABLE links ("
                       " row INTEGER PRIMARY KEY,"
                       " relation INTEGER NOT NULL,"
                       " container_id TEXT NOT NULL,"
                       " member_id TEXT NOT NULL,"
                       " member_type TEXT NOT NULL,"
                       " valid_from INTEGER NOT NULL,"
                       " valid_to INTEGER)"),
        QStringLiteral("CREATE UNIQUE INDEX links_current ON links (relation, container_id, member_id)"
                       " WHERE valid_to IS NULL"),
        QStringLiteral(
            "CREATE INDEX links_member ON links (relation, member_id, container_id, valid_from, valid_to)"),
        QStringLiteral("CREATE INDEX links_from ON links (valid_from)"),
        QStringLiteral("CREATE INDEX links_to ON links (valid_to) WHERE valid_to IS NOT NULL"),
        // Per collection and generation: when the whole collection was confirmed, and its delta link.
        QStringLiteral("CREATE TABLE collections ("
                       " type INTEGER NOT NULL,"
                       " generation INTEGER NOT NULL,"
                       " read_at INTEGER NOT NULL,"
                       " delta_link TEXT,"
                       " PRIMARY KEY (type, generation)) WITHOUT ROWID"),
        // Exchange data read on demand; filled by later work, versioned the same way.
        QStringLiteral(
            "CREATE TABLE mailboxes ("
            " row INTEGER PRIMARY KEY, id TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER,"
            " hash INTEGER NOT NULL, last_read INTEGER NOT NULL, json BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE mailbox_permissions ("
                       " row INTEGER PRIMARY KEY, mailbox_id TEXT NOT NULL, trustee_id TEXT NOT NULL,"
                       " access_right TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER,"
                       " last_read INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE distribution_lists ("
            " row INTEGER PRIMARY KEY, id TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER,"
            " hash INTEGER NOT NULL, last_read INTEGER NOT NULL, json BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE calendar_permissions ("
                       " row INTEGER PRIMARY KEY, owner_id TEXT NOT NULL, calendar_id TEXT NOT NULL,"
                       " permission_id TEXT NOT NULL, valid_from INTEGER NOT NULL, valid_to INTEGER,"
                       " hash INTEGER NOT NULL, last_read INTEGER NOT NULL, json BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX mailboxes_id ON mailboxes (id, valid_from)"),
        QStringLiteral(
            "CREATE INDEX mailbox_permissions_mailbox ON mailbox_permissions (mailbox_id, valid_from)"),
        QStringLiteral("CREATE INDEX distribution_lists_id ON distribution_lists (id, valid_from)"),
        QStringLiteral(
            "CREATE INDEX calendar_permissions_owner ON calendar_permissions (owner_id, valid_from)"),
    };
    // v2: a soft-deleted object's state is kept in `deleted` only; stored objects no longer carry Graph's
    // "@removed" annotation (written by v1).
    SnapshotSchema v2;
    v2.version = 2;
    v2.statements = {
        QStringLiteral("UPDATE object_json SET json = json_remove(CAST(json AS TEXT), '$.\"@removed\"')"
                       " WHERE row IN (SELECT row FROM objects WHERE deleted = 1)"),
    };
    // v3: object ids are numbered once (ids) and relations and the objects' indexes key on those numbers.
    // A GUID is 36 characters in random order: as the key of four indexes it made every insert of a large
    // read land on a page outside SQLite's cache. Numbers are handed out in the order objects are first seen,
    // so a full read appends to its indexes instead.
    SnapshotSchema v3;
    v3.version = 3;
    v3.statements = {
        QStringLiteral("CREATE TABLE ids (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)"),
        QStringLiteral("INSERT INTO ids (id) SELECT id FROM objects UNION SELECT container_id FROM links"
                       " UNION SELECT member_id FROM links"),
        QStringLiteral("ALTER TABLE objects ADD COLUMN n INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE objects SET n = (SELECT n FROM ids WHERE ids.id = objects.id)"),
        QStringLiteral("DROP INDEX objects_current"),
        QStringLiteral("DROP INDEX objects_id"),
        QStringLiteral("CREATE UNIQUE INDEX objects_current ON objects (type, n) WHERE valid_to IS NULL"),
        QStringLiteral("CREATE INDEX objects_id ON objects (type, n, valid_from)"),
        QStringLiteral("CREATE TABLE links3 ("
                       " row INTEGER PRIMARY KEY,"
                       " relation INTEGER NOT NULL,"
                       " container INTEGER NOT NULL," // ids.n
                       " member INTEGER NOT NULL,"    // ids.n
                       " member_type TEXT NOT NULL,"
                       " valid_from INTEGER NOT NULL,"
                       " valid_to INTEGER)"),
        QStringLiteral(
            "INSERT INTO links3 (row, relation, container, member, member_type, valid_from, valid_to)"
            " SELECT l.row, l.relation, c.n, m.n, l.member_type, l.valid_from, l.valid_to FROM links l"
            " JOIN ids c ON c.id = l.container_id JOIN ids m ON m.id = l.member_id"),
        QStringLiteral("DROP TABLE links"),
        QStringLiteral("ALTER TABLE links3 RENAME TO links"),
        QStringLiteral("CREATE UNIQUE INDEX links_current ON links (relation, container, member)"
                       " WHERE valid_to IS NULL"),
        QStringLiteral(
            "CREATE INDEX links_member ON links (relation, member, container, valid_from, valid_to)"),
        QStringLiteral("CREATE INDEX links_from ON links (valid_from)"),
        QStringLiteral("CREATE INDEX links_to ON links (valid_to) WHERE valid_to IS NOT NULL"),
    };
    // Schema 4: the ids' uniqueness is an index of its own rather than a constraint of the table, so that a
    // first full read, which hands out some hundred thousand numbers to random 36-character ids, appends
    // them and builds the index once at its end like the others (see deferrableIndexes()).
    SnapshotSchema v4;
    v4.version = 4;
    v4.statements = {
        QStringLiteral("CREATE TABLE ids4 (n INTEGER PRIMARY KEY, id TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO ids4 (n, id) SELECT n, id FROM ids"),
        QStringLiteral("DROP TABLE ids"),
        QStringLiteral("ALTER TABLE ids4 RENAME TO ids"),
        QStringLiteral("CREATE UNIQUE INDEX ids_id ON ids (id)"),
    };
    // Schema 5: the rows a generation wrote are found by their row numbers instead of by two indexes on
    // valid_from. Rows are numbered in the order they are written, one generation after the other (a new row
    // takes the largest number so far plus one), so every row generation G wrote has a number at least the
    // first one G was to write, which G keeps. Queries keep their valid_from condition and use the number
    // as a bound; the indexes objects_from and links_from (which a first full read built over some 850,000
    // rows) go.
    SnapshotSchema v5;
    v5.version = 5;
    v5.statements = {
        QStringLiteral("ALTER TABLE generations ADD COLUMN first_object_row INTEGER"),
        QStringLiteral("ALTER TABLE generations ADD COLUMN first_link_row INTEGER"),
        QStringLiteral(
            "UPDATE generations SET"
            " first_object_row = coalesce((SELECT min(row) FROM objects"
            " WHERE valid_from >= generations.id), (SELECT coalesce(max(row), 0) + 1 FROM objects)),"
            " first_link_row = coalesce((SELECT min(row) FROM links"
            " WHERE valid_from >= generations.id), (SELECT coalesce(max(row), 0) + 1 FROM links))"),
        QStringLiteral("DROP INDEX IF EXISTS objects_from"),
        QStringLiteral("DROP INDEX IF EXISTS links_from"),
    };
    return {v1, v2, v3, v4, v5};
}

QStringList SnapshotSchema::deferrableIndexes()
{
    return {
        QStringLiteral(
            "CREATE UNIQUE INDEX IF NOT EXISTS objects_current ON objects (type, n) WHERE valid_to IS NULL"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS objects_id ON objects (type, n, valid_from)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX IF NOT EXISTS links_current ON links (relation, container, member)"
            " WHERE valid_to IS NULL"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS links_member ON links (relation, member, container, valid_from,"
            " valid_to)"),
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS ids_id ON ids (id)"),
    };
}

QStringList SnapshotSchema::deferrableIndexNames()
{
    return {QStringLiteral("objects_current"), QStringLiteral("objects_id"), QStringLiteral("links_current"),
            QStringLiteral("links_member"), QStringLiteral("ids_id")};
}
