#pragma once

#include "graph/directorypage.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

// The final answer to one ApiRequest (after retries): a value type without any QNetworkReply.
class ApiResponse
{
public:
    int status = 0;                               // HTTP status of the last attempt; 0 = no answer
    QJsonDocument json;                           // the body parsed (null when empty or not JSON)
    QByteArray rawBody;                           // the body as received
    std::shared_ptr<const DirectoryPage> page;    // the body as read, for ApiRequest::directoryPage
    QString requestId;                            // Graph's request-id header
    QString clientRequestId;                      // the client-request-id sent with the last attempt
    QList<QPair<QByteArray, QByteArray>> headers; // response headers of the last attempt
    QUrl url;                                     // the URL of the last attempt
    int attempts = 0;                             // HTTP attempts made (retries + 1, incl. the 401 refresh)

    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    bool isSuccess() const { return status >= 200 && status < 300; }
};
