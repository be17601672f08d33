#include "sandbox/seed/parallelrange.h"

#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

void ParallelRange::run(qsizetype count, const std::function<void(qsizetype, qsizetype)> &work)
{
    const qsizetype threads = count < 4096 ? 1 : std::clamp<qsizetype>(QThread::idealThreadCount(), 1, 8);
    if (threads == 1) {
        work(0, count);
        return;
    }
    const qsizetype chunk = (count + threads - 1) / threads;
    std::vector<std::unique_ptr<QThread>> helpers;
    for (qsizetype t = 1; t < threads; ++t) {
        const qsizetype begin = t * chunk;
        const qsizetype end = std::min(count, begin + chunk);
        if (begin >= end)
            break;
        helpers.emplace_back(QThread::create([&work, begin, end] { work(begin, end); }));
        helpers.back()->start();
    }
    work(0, std::min(count, chunk));
    for (const auto &helper : helpers)
        helper->wait();
}
