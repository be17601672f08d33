#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The final answer for one BatchItem (after retries of throttled items).
struct BatchItemResult
{
    QString id;
    int status = 0;      // the item's own HTTP status; 0 when it never got one (see error)
    QJsonValue body;     // the item's body (object, or a string for text bodies); undefined when none
    QJsonObject headers; // the item's response headers
    int attempts = 0;    // how many batches carried it
    Error error;         // set when status is not 2xx, or the batch itself failed / was cancelled

    bool isSuccess() const { return status >= 200 && status < 300; }
};
