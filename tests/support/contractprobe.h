#pragma once

#include "sandboxclient.h"
#include "schemavalidator.h"

#include <QJsonArray>
#include <QList>
#include <QString>

// Test helper for contract tests: checks sandbox replies against Microsoft's Graph schema. A contract is
// an x-operations key of the schema ("GET /users/{id}") or a definition name ("microsoft.graph.user");
// every check answers with an empty string when the reply honours it, else with what is wrong (the
// request, status, request-id and each schema error with its JSON path), ready for QVERIFY2.
class ContractProbe
{
public:
    ContractProbe(SandboxClient &client, const SchemaValidator &validator);

    // The definition a contract names; empty when the schema knows neither the operation nor the name.
    QString definitionFor(const QString &contract) const;

    // `reply` has one of `statuses`, a JSON object body that validates against `contract`, and - for a
    // collection - at least `minItems` entries in "value".
    QString check(const QString &what, const SandboxClient::Reply &reply, const QList<int> &statuses,
                  const QString &contract, int minItems = 0) const;
    // The same for a JSON value that did not come straight from the wire (e.g. a $batch item's body).
    QString checkBody(const QString &what, const QJsonValue &body, const QString &contract) const;

    // GETs `url` and follows @odata.nextLink until a page carries @odata.deltaLink, checking each page
    // against `contract`. Collects the items and the deltaLink. Gives up after `maxPages`.
    QString walkDelta(const QString &url, const QByteArray &token, const QString &contract, QJsonArray *items,
                      QString *deltaLink, int maxPages = 50) const;

    // "/v1.0" + path, the sandbox's Graph root.
    static QString graph(const QString &path) { return QStringLiteral("/v1.0") + path; }

private:
    SandboxClient &m_client;
    const SchemaValidator &m_validator;
};
