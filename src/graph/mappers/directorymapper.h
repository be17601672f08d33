#pragma once

#include "core/directorychanges.h"
#include "core/directorykind.h"
#include "core/directoryrecord.h"
#include "core/memberref.h"
#include "graph/directorypage.h"

#include <QJsonArray>
#include <QJsonObject>

// Turns pages of Graph directory objects (a listing, or a delta round) into domain changes: every wire
// annotation is interpreted here and nowhere else.
//   - "@removed": {"reason": "changed"} means soft-deleted (restorable); any other reason, gone for good;
//   - "members@delta", "owners@delta", "teachers@delta": membership changes of groups, schools and classes
//     (an entry with "@removed" is a member taken out);
//   - a user's "assignedLicenses": the user's licence set;
//   - "@odata.type" on member references: the member's kind; every other "…@…" key is dropped.
class DirectoryMapper
{
public:
    // `itemsJson`, when given, is each item's JSON text (PageIterator::pageItemsJson()): a record of an item
    // without annotations keeps it as DirectoryRecord::json.
    static DirectoryChanges fromPage(DirectoryKind kind, const QJsonArray &items,
                                     const QList<QByteArray> &itemsJson = {});
    // A page read by the streaming reader: objects without annotations become records of their text and
    // columns only (DirectoryRecord::columnsOnly); the others are read in full.
    static DirectoryChanges fromPage(DirectoryKind kind, const DirectoryPage &page);
    static DirectoryChanges fromObjects(DirectoryKind kind, const QList<QJsonObject> &objects);
    // One object's properties as a record (annotations dropped); an object without an id gives an empty id.
    static DirectoryRecord record(DirectoryKind kind, const QJsonObject &object);
    // {"@odata.type": "#microsoft.graph.group", "id": "..."} -> {Group, id}; no type means a user.
    static MemberRef memberRef(const QJsonObject &reference);
    // The same from a reference's id and "@odata.type" ("#microsoft.graph.group"; empty means a user).
    static MemberRef memberRef(const QString &id, QString type);
    // Members of a container as listed (entries marked "@removed" left out).
    static QList<MemberRef> memberRefs(const QJsonArray &references);

private:
    static void addObject(DirectoryKind kind, const QJsonObject &object, DirectoryChanges *changes,
                          const QByteArray &json = QByteArray());
};
