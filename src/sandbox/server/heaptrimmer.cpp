#include "sandbox/server/heaptrimmer.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

HeapTrimmer::HeapTrimmer()
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    QObject::connect(&m_idle, &QTimer::timeout, &m_idle, [this] {
        m_sinceTrim = 0;
        trim();
    });
}

void HeapTrimmer::replied(qsizetype bytes)
{
    m_sinceTrim += bytes;
    if (m_sinceTrim >= kLargeReplies)
        m_idle.start(); // restarted by every reply while the server is busy
}

void HeapTrimmer::trim()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
