#pragma once

#include <QTimer>

// Gives memory the sandbox has freed back to the system. Seeding a large tenant, and building and sending a
// large reply (a delta page holding every member of a school is 17 MB of JSON at 200,000 users, made from
// several times that in QJson values), free far more than they keep; glibc keeps such freed pages mapped, so
// the process stays as large as its busiest moment, until asked to give them back.
class HeapTrimmer
{
public:
    HeapTrimmer();

    // Notes a reply of `bytes`. Once large replies add up, the heap is trimmed when the server has been
    // idle for a moment (the socket has written them by then, and a trim between the pages of a sync is
    // work for nothing).
    void replied(qsizetype bytes);
    // Trims now.
    static void trim();

private:
    static constexpr qsizetype kLargeReplies = 8 * 1024 * 1024;
    static constexpr int kIdleMs = 500;

    QTimer m_idle;
    qsizetype m_sinceTrim = 0; // bytes replied since the last trim
};
