#include "sandbox/common/throttle.h"

#include <algorithm>
#include <cmath>

Throttle::Throttle(const QString &profile)
{
    m_clock.start();
    setProfile(profile);
}

void Throttle::setProfile(const QString &profile)
{
    m_profile = profile;
    m_buckets.clear();
    if (profile == QLatin1String("off")) {
        m_capacity = 0;
    } else if (profile == QLatin1String("graph")) {
        m_capacity = 150;
        m_refillPerSecond = 50;
    } else if (profile == QLatin1String("storm")) {
        m_capacity = 12;
        m_refillPerSecond = 6;
    } else { // gentle
        m_capacity = 2000;
        m_refillPerSecond = 500;
    }
}

bool Throttle::admit(const QString &appId, int *retryAfterSeconds)
{
    if (m_capacity <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    auto it = m_buckets.find(appId);
    if (it == m_buckets.end())
        it = m_buckets.insert(appId, Bucket{m_capacity, now});
    Bucket &bucket = it.value();
    bucket.tokens = std::min(m_capacity, bucket.tokens + (now - bucket.lastMs) * m_refillPerSecond / 1000.0);
    bucket.lastMs = now;
    if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return true;
    }
    // Come back when a tenth of the bucket has refilled, at least one second (Graph sends whole seconds).
    *retryAfterSeconds = std::max(1, int(std::ceil(m_capacity / 10 / m_refillPerSecond)));
    return false;
}
