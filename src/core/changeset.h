#pragma once

#include "core/change.h"

#include <QList>
#include <QString>

// Changes made together, for one request (a ticket): previewed together, applied in order, recorded together
// and undone together. The undo of a change set is the inverse of each change, in reverse order.
struct ChangeSet
{
    QString title;  // what the operator asked for, e.g. "Give Anna Full Access to kontor@skole.dk"
    QString ticket; // the service desk's ticket reference, when there is one
    QList<Change> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    // Drops changes that would change nothing.
    ChangeSet withoutNoOps() const;
    // The change set that undoes this one. `title` names it ("Undo: ...", translated by the caller).
    ChangeSet inverse(const QString &title) const;
    // Every change is complete enough to apply; *firstInvalid is the index of the first one that is not.
    bool isValid(int *firstInvalid = nullptr) const;
};
