#pragma once

#include <QtGlobal>

#include <functional>

// Runs work(begin, end) over 0..count split across the machine's cores (on the calling thread alone
// when the range is small). The work must only read shared state and write its own slots: it is used to
// build the seeded tenant's JSON objects, which are pure functions of the seeded plan, so the result
// does not depend on the number of threads.
class ParallelRange
{
public:
    static void run(qsizetype count, const std::function<void(qsizetype begin, qsizetype end)> &work);
};
