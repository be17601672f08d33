#include "core/changeset.h"

#include <algorithm>

ChangeSet ChangeSet::withoutNoOps() const
{
    ChangeSet result = *this;
    result.changes.erase(std::remove_if(result.changes.begin(), result.changes.end(),
                                        [](const Change &change) { return change.isNoOp(); }),
                         result.changes.end());
    return result;
}

ChangeSet ChangeSet::inverse(const QString &undoTitle) const
{
    ChangeSet undo;
    undo.title = undoTitle;
    undo.ticket = ticket;
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        undo.changes.append(it->inverse());
    return undo;
}

bool ChangeSet::isValid(int *firstInvalid) const
{
    for (int i = 0; i < changes.size(); ++i) {
        if (!changes.at(i).isValid()) {
            if (firstInvalid)
                *firstInvalid = i;
            return false;
        }
    }
    return true;
}
