#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QVector>

// The seeded random source behind a generated tenant: the same seed gives the same draws on every
// platform (QRandomGenerator's seeded engine is std::mt19937), so ids and names are reproducible.
class SeedRandom
{
public:
    explicit SeedRandom(quint32 seed) : m_random(seed) {}

    // An RFC 4122 version 4 GUID in lower-case 8-4-4-4-12 form.
    QString guid();
    // 0 <= value < bound (bound > 0).
    int bounded(int bound) { return int(m_random.bounded(quint32(bound))); }
    // lowest <= value <= highest.
    int between(int lowest, int highest) { return lowest + bounded(highest - lowest + 1); }
    bool chance(double probability) { return m_random.generateDouble() < probability; }
    QByteArray bytes(int count);

    template <typename T> const T &pick(const QVector<T> &items)
    {
        return items.at(bounded(int(items.size())));
    }

private:
    QRandomGenerator m_random;
};
