#include "graph/refusednetworkreply.h"

#include <QTimer>

RefusedNetworkReply::RefusedNetworkReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
                                         NetworkError error, const QString &errorText, QObject *parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setError(error, errorText);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QTimer::singleShot(0, this, [this, error] {
        emit errorOccurred(error);
        setFinished(true);
        emit finished();
    });
}
