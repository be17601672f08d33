#pragma once

#include "core/directoryrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One page of a directory listing ({"@odata.nextLink": ..., "value": [objects]}) read by a streaming
// reader (RapidJSON's SAX reader) instead of being built as a QJsonDocument: each object's JSON text as the
// page carried it, and only the properties the snapshot keeps in columns. At 200,000 users building every
// object as a QJsonObject cost more than everything else the client does with the page; this reads a page
// in a single pass and validates it completely (structure and UTF-8) all the same.
//
// A container's "members@delta" (owners, teachers) lists are read as references; an object that carries
// other annotations ("@removed", "@odata.type") is marked `annotated`: the mapper reads it in full, since
// its meaning depends on them.
struct DirectoryPage
{
    // An entry of a "…@delta" list of an object ("members@delta": [{"@odata.type": ..., "id": ...}]).
    struct Reference
    {
        QString id;
        QString type; // "@odata.type" as given ("#microsoft.graph.user"), empty when absent
        bool removed = false;
    };
    struct DeltaList
    {
        QString key; // "members@delta"
        QList<Reference> references;
    };
    struct Item
    {
        // The object's text; empty when the item is not an object. Its "…@delta" lists are cut out of it
        // (they are in `deltaLists`), so that it is the text of the object itself.
        QByteArray json;
        QString id;
        DirectoryRecord::Columns columns;
        // A top-level key containing '@' other than a "…@delta" list of references ("@removed",
        // "@odata.type"): the object cannot be taken from its text alone.
        bool annotated = false;
        QList<DeltaList> deltaLists;
        bool hasLicences = false;  // "assignedLicenses" was an array (it is listed only when selected)
        QStringList licenceSkuIds; // its skuIds, in order
    };

    bool hasValue = false; // "value" was an array (absent or null otherwise)
    QList<Item> items;
    QString nextLink;
    QString deltaLink;
    // The page's other top-level members that are not arrays or objects (@odata.context, @odata.count).
    QJsonObject annotations;

    // Reads `body`; on malformed JSON returns false and says what and at which byte in `problem`.
    static bool read(const QByteArray &body, DirectoryPage *page, QString *problem);
};
