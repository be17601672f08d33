#pragma once

#include "graph/securenetworkaccessmanager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

// Test network manager: the real secure manager, plus a record of every $batch exchange on the wire: which
// item ids each POST /$batch carried and the status each item got back (read with peek(), so the pipeline
// still reads the whole reply).
class RecordingNetworkAccessManager : public SecureNetworkAccessManager
{
public:
    using SecureNetworkAccessManager::SecureNetworkAccessManager;

    struct Exchange
    {
        QStringList sentIds;
        QHash<QString, int> itemStatus; // empty when the batch itself failed
        int outerStatus = 0;
    };
    QList<Exchange> batches;
    QList<QNetworkRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        requests.append(request);
        const bool batch = request.url().path().endsWith(QLatin1String("/$batch"));
        const int index = int(batches.size());
        if (batch) {
            Exchange exchange;
            const QByteArray body = outgoingData ? outgoingData->peek(outgoingData->size()) : QByteArray();
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(body).object().value(QLatin1String("requests")).toArray())
                exchange.sentIds.append(v.toObject().value(QLatin1String("id")).toString());
            batches.append(exchange);
        }
        QNetworkReply *reply = SecureNetworkAccessManager::createRequest(op, request, outgoingData);
        if (batch) {
            // Connected before the pipeline's own slot, so the body is still unread.
            connect(reply, &QNetworkReply::finished, this, [this, reply, index] {
                Exchange &exchange = batches[index];
                exchange.outerStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray body = reply->isOpen() ? reply->peek(reply->bytesAvailable()) : QByteArray();
                for (const QJsonValue &v :
                     QJsonDocument::fromJson(body).object().value(QLatin1String("responses")).toArray())
                    exchange.itemStatus.insert(v.toObject().value(QLatin1String("id")).toString(),
                                               v.toObject().value(QLatin1String("status")).toInt());
            });
        }
        return reply;
    }
};
