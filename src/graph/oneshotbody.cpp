#include "graph/oneshotbody.h"

#include <algorithm>
#include <cstring>

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 available = m_data.size() - pos();
    if (available <= 0)
        return -1;
    const qint64 n = std::min(maxSize, available);
    std::memcpy(data, m_data.constData() + pos(), size_t(n));
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}
