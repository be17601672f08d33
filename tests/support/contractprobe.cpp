#include "contractprobe.h"

#include <QJsonDocument>
#include <QJsonObject>

ContractProbe::ContractProbe(SandboxClient &client, const SchemaValidator &validator)
    : m_client(client), m_validator(validator)
{}

QString ContractProbe::definitionFor(const QString &contract) const
{
    const QString fromOperation = m_validator.schema().definitionForOperation(contract);
    if (!fromOperation.isEmpty())
        return fromOperation;
    return m_validator.schema().hasDefinition(contract) ? contract : QString();
}

QString ContractProbe::check(const QString &what, const SandboxClient::Reply &reply,
                             const QList<int> &statuses, const QString &contract, int minItems) const
{
    // Qt Test cuts long messages: keep a long URL ($select of every property) from hiding the errors.
    const QString request =
        what.size() > 140 ? what.left(100) + QStringLiteral("...") + what.right(30) : what;
    const QString requestId = QString::fromLatin1(reply.header("request-id"));
    const QString head =
        QStringLiteral("%1 -> %2 (request-id %3)").arg(request).arg(reply.status).arg(requestId);
    if (!reply.networkError.isEmpty())
        return QStringLiteral("%1: transport failed: %2").arg(head, reply.networkError);
    if (!statuses.contains(reply.status)) {
        QStringList expected;
        for (int s : statuses)
            expected.append(QString::number(s));
        return QStringLiteral("%1: expected status %2; body: %3")
            .arg(head, expected.join(QLatin1Char('/')), QString::fromUtf8(reply.body.left(400)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (!document.isObject())
        return QStringLiteral("%1: body is not a JSON object (%2): %3")
            .arg(head, parseError.errorString(), QString::fromUtf8(reply.body.left(200)));
    const QString problems = checkBody(head, document.object(), contract);
    if (!problems.isEmpty())
        return problems;
    const qsizetype items = document.object().value(QLatin1String("value")).toArray().size();
    if (items < minItems)
        return QStringLiteral(
                   "%1: %2 items in \"value\", expected at least %3 (an empty page proves nothing)")
            .arg(head)
            .arg(items)
            .arg(minItems);
    return QString();
}

QString ContractProbe::checkBody(const QString &what, const QJsonValue &body, const QString &contract) const
{
    const QString definition = definitionFor(contract);
    if (definition.isEmpty())
        return QStringLiteral("%1: the schema has no operation or definition \"%2\"").arg(what, contract);
    const QList<SchemaValidator::Error> errors = m_validator.validate(body, definition);
    if (errors.isEmpty())
        return QString();
    return QStringLiteral("%1 does not match %2 (%3 errors):\n%4")
        .arg(what, definition)
        .arg(errors.size())
        .arg(SchemaValidator::describe(errors));
}

QString ContractProbe::walkDelta(const QString &url, const QByteArray &token, const QString &contract,
                                 QJsonArray *items, QString *deltaLink, int maxPages) const
{
    QString next = url;
    for (int page = 0; page < maxPages; ++page) {
        const SandboxClient::Reply reply = m_client.get(next, token);
        const QString problems =
            check(QStringLiteral("GET %1 (delta page %2)").arg(next).arg(page + 1), reply, {200}, contract);
        if (!problems.isEmpty())
            return problems;
        const QJsonObject body = reply.json();
        for (const QJsonValue &item : body.value(QLatin1String("value")).toArray())
            items->append(item);
        if (body.contains(QLatin1String("@odata.deltaLink"))) {
            *deltaLink = body.value(QLatin1String("@odata.deltaLink")).toString();
            return QString();
        }
        next = body.value(QLatin1String("@odata.nextLink")).toString();
    }
    return QStringLiteral("GET %1: no @odata.deltaLink after %2 pages").arg(url).arg(maxPages);
}
