#pragma once

#include "graph/apirequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

// One request inside a Graph JSON batch. `url` is relative to the version root ("/users/{id}", no "/v1.0").
// Items that depend on each other (dependsOn, by id) always travel in the same POST /$batch.
struct BatchItem
{
    QString id;
    QByteArray method = "GET";
    QString url;
    QJsonDocument body; // null = none; Content-Type: application/json is added when set
    ApiRequest::Headers headers;
    QStringList dependsOn;
};
