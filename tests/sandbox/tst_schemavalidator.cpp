#include "jsonedit.h"
#include "schemavalidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

// The contract tests' yardstick: Microsoft's published Graph examples pass the extracted v1.0 schema, and
// deliberately broken copies of them fail with the path of what was broken.
class TestSchemaValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void schemaIsFullyUnderstood();
    void operationsMapToDefinitions();
    void everyExampleIsMapped();
    void examplesValidate_data();
    void examplesValidate();
    void brokenCopiesAreRejected_data();
    void brokenCopiesAreRejected();
    void nullIsAllowedOnlyWhereNullable();
    void annotationsAreAllowed();
    void openTypesAndStrictMode();
    void deltaNeedsExactlyOneLink();
    void polymorphicItemsDispatchOnODataType();
    void batchLimits();
    void unknownDefinitionIsAnError();

private:
    static QString examplesDir() { return QStringLiteral(TENANTDESK_SHARED_DIR "/graph-examples"); }
    static QJsonValue example(const QString &file);
    static QStringList paths(const QList<SchemaValidator::Error> &errors);

    // file -> definition; an empty definition means "not in the Graph schema" (with the reason).
    static const QList<QPair<QString, QString>> &exampleMap();

    SchemaValidator m_validator;
};

const QList<QPair<QString, QString>> &TestSchemaValidator::exampleMap()
{
    static const QList<QPair<QString, QString>> map{
        {QStringLiteral("administrativeunits-list.json"),
         QStringLiteral("microsoft.graph.administrativeUnitCollectionResponse")},
        {QStringLiteral("authorizationpolicy-get.json"),
         QStringLiteral("microsoft.graph.authorizationPolicy")},
        {QStringLiteral("batch-request.json"), QStringLiteral("batch.request")},
        {QStringLiteral("batch-response.json"), QStringLiteral("batch.response")},
        {QStringLiteral("calendarpermissions-list.json"),
         QStringLiteral("microsoft.graph.calendarPermissionCollectionResponse")},
        {QStringLiteral("directoryobjects-delta-users-groups.json"),
         QStringLiteral("microsoft.graph.directoryObjectDeltaResponse")},
        {QStringLiteral("educationclass-get.json"), QStringLiteral("microsoft.graph.educationClass")},
        {QStringLiteral("educationschools-list.json"),
         QStringLiteral("microsoft.graph.educationSchoolCollectionResponse")},
        {QStringLiteral("educationusers-list.json"),
         QStringLiteral("microsoft.graph.educationUserCollectionResponse")},
        {QStringLiteral("error-generic.json"), QStringLiteral("odata.error")},
        {QStringLiteral("error-throttling-429.json"), QStringLiteral("odata.error")},
        {QStringLiteral("groups-delta-members-delta.json"),
         QStringLiteral("microsoft.graph.groupDeltaResponse")},
        {QStringLiteral("subscribedskus-list.json"),
         QStringLiteral("microsoft.graph.subscribedSkuCollectionResponse")},
        {QStringLiteral("token-client-credentials-success.json"), QString()},
        {QStringLiteral("token-error-invalid-scope.json"), QString()},
        {QStringLiteral("users-delta-deltalink-changes.json"),
         QStringLiteral("microsoft.graph.userDeltaResponse")},
        {QStringLiteral("users-delta-deltalink-empty.json"),
         QStringLiteral("microsoft.graph.userDeltaResponse")},
        {QStringLiteral("users-delta-initial-nextlink.json"),
         QStringLiteral("microsoft.graph.userDeltaResponse")},
        {QStringLiteral("users-list-count-top1.json"),
         QStringLiteral("microsoft.graph.userCollectionResponse")},
        {QStringLiteral("users-list.json"), QStringLiteral("microsoft.graph.userCollectionResponse")},
    };
    return map;
}

QJsonValue TestSchemaValidator::example(const QString &file)
{
    QFile f(examplesDir() + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(f.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QStringList TestSchemaValidator::paths(const QList<SchemaValidator::Error> &errors)
{
    QStringList out;
    for (const SchemaValidator::Error &e : errors)
        out.append(e.path);
    return out;
}

void TestSchemaValidator::initTestCase()
{
    QVERIFY2(m_validator.schema().isLoaded(), qPrintable(m_validator.schema().loadError()));
    QVERIFY(QDir(examplesDir()).exists());
}

void TestSchemaValidator::schemaIsFullyUnderstood()
{
    QVERIFY2(m_validator.schema().problems().isEmpty(),
             qPrintable(m_validator.schema().problems().join(QLatin1Char('\n'))));
    QVERIFY(m_validator.schema().definitionNames().size() > 50);
    for (const char *name : {"microsoft.graph.user", "poly.microsoft.graph.user", "odata.error",
                             "batch.request", "batch.response", "microsoft.graph.groupDeltaResponse"})
        QVERIFY2(m_validator.schema().hasDefinition(QLatin1String(name)), name);

    // A file with a keyword this validator does not implement is reported, not silently half-checked.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("schema.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"definitions":{"a":{"type":"object","dependencies":{"x":["y"]},"properties":{"r":{"$ref":"#/definitions/zz"}}}}})");
    file.close();
    const SchemaDocument odd(file.fileName());
    QVERIFY(odd.isLoaded());
    QCOMPARE(odd.problems().size(), 2);
    QVERIFY(odd.problems().at(0).contains(QLatin1String("dependencies")) ||
            odd.problems().at(1).contains(QLatin1String("dependencies")));
    QVERIFY(!SchemaDocument(dir.filePath(QStringLiteral("missing.json"))).isLoaded());
    QVERIFY(!SchemaValidator(dir.filePath(QStringLiteral("missing.json")))
                 .validate(QJsonObject(), QStringLiteral("a"))
                 .isEmpty());
}

void TestSchemaValidator::operationsMapToDefinitions()
{
    QCOMPARE(m_validator.schema().definitionForOperation(QStringLiteral("GET /users")),
             QStringLiteral("microsoft.graph.userCollectionResponse"));
    QCOMPARE(m_validator.schema().definitionForOperation(QStringLiteral("GET /users/{id}")),
             QStringLiteral("poly.microsoft.graph.user"));
    QCOMPARE(m_validator.schema().definitionForOperation(QStringLiteral("POST /$batch"),
                                                         QStringLiteral("request")),
             QStringLiteral("batch.request"));
    QCOMPARE(m_validator.schema().definitionForOperation(QStringLiteral("POST /$batch")),
             QStringLiteral("batch.response"));
    QCOMPARE(m_validator.schema().definitionForOperation(QStringLiteral("(any non-2xx JSON error body)")),
             QStringLiteral("odata.error"));
    QVERIFY(m_validator.schema().definitionForOperation(QStringLiteral("GET /nonsense")).isEmpty());
    for (const QString &operation : m_validator.schema().operations()) {
        const QString definition = m_validator.schema().definitionForOperation(operation);
        QVERIFY2(m_validator.schema().hasDefinition(definition), qPrintable(operation));
    }
}

void TestSchemaValidator::everyExampleIsMapped()
{
    // Each example is mapped explicitly, and the mapping agrees with what its .source.txt names.
    const QStringList files =
        QDir(examplesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    const QRegularExpression named(QStringLiteral("Validate against: \\S*#/definitions/(\\S+)"));
    for (const QString &file : files) {
        QString definition;
        bool mapped = false;
        for (const auto &entry : exampleMap()) {
            if (entry.first == file) {
                mapped = true;
                definition = entry.second;
            }
        }
        QVERIFY2(mapped, qPrintable(file + QStringLiteral(" is not mapped to a definition in this test")));
        QFile source(examplesDir() + QLatin1Char('/') +
                     QString(file).replace(QLatin1String(".json"), QLatin1String(".source.txt")));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        const QRegularExpressionMatch match = named.match(QString::fromUtf8(source.readAll()));
        QCOMPARE(match.hasMatch() ? match.captured(1) : QString(), definition);
    }
}

void TestSchemaValidator::examplesValidate_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QStringList>("expectedErrorPaths");
    for (const auto &entry : exampleMap()) {
        QStringList expected;
        // Documented in its .source.txt: the doc example has "status", which v1.0 educationSchool lacks.
        if (entry.first == QLatin1String("educationschools-list.json"))
            expected << QStringLiteral("value[0].status");
        QTest::newRow(qPrintable(entry.first)) << entry.first << entry.second << expected;
    }
}

void TestSchemaValidator::examplesValidate()
{
    QFETCH(QString, file);
    QFETCH(QString, definition);
    QFETCH(QStringList, expectedErrorPaths);
    if (definition.isEmpty())
        QSKIP("identity-platform token response: not a Graph shape, not in the v1.0 schema");
    const QJsonValue body = example(file);
    QVERIFY2(body.isObject(), qPrintable(file + QStringLiteral(" is not a JSON object")));
    for (bool strict : {false, true}) {
        SchemaValidator validator;
        validator.setStrictOpenTypes(strict);
        const auto errors = validator.validate(body, definition);
        QVERIFY2(paths(errors) == expectedErrorPaths, qPrintable(SchemaValidator::describe(errors)));
    }
}

void TestSchemaValidator::brokenCopiesAreRejected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QJsonValue>("replacement");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedMessage");

    const QString users = QStringLiteral("microsoft.graph.userCollectionResponse");
    const QJsonObject badLicense{{QStringLiteral("skuId"), QStringLiteral("not-a-guid")},
                                 {QStringLiteral("disabledPlans"), QJsonArray()}};
    QTest::newRow("wrong type") << "users-list.json" << users << "/value/1/displayName" << QJsonValue(42)
                                << "value[1].displayName"
                                << "expected string or null, got integer";
    QTest::newRow("not an array") << "users-list.json" << users << "/value/0/businessPhones"
                                  << QJsonValue(QStringLiteral("425-555-0100")) << "value[0].businessPhones"
                                  << "expected array";
    QTest::newRow("bad uuid nested") << "users-list.json" << users << "/value/1/assignedLicenses"
                                     << QJsonValue(QJsonArray{badLicense})
                                     << "value[1].assignedLicenses[0].skuId"
                                     << "is not a GUID";
    QTest::newRow("bad uuid") << "subscribedskus-list.json"
                              << "microsoft.graph.subscribedSkuCollectionResponse"
                              << "/value/0/skuId" << QJsonValue(QStringLiteral("{0000}")) << "value[0].skuId"
                              << "is not a GUID";
    QTest::newRow("bad date-time") << "users-delta-deltalink-changes.json"
                                   << "microsoft.graph.userDeltaResponse"
                                   << "/value/0/createdDateTime"
                                   << QJsonValue(QStringLiteral("23.11.2026 10:00"))
                                   << "value[0].createdDateTime"
                                   << "is not a date-time";
    QTest::newRow("bad enum") << "calendarpermissions-list.json"
                              << "microsoft.graph.calendarPermissionCollectionResponse"
                              << "/value/0/role" << QJsonValue(QStringLiteral("owner")) << "value[0].role"
                              << "is not one of the allowed values";
    QTest::newRow("bad enum in array")
        << "calendarpermissions-list.json"
        << "microsoft.graph.calendarPermissionCollectionResponse"
        << "/value/1/allowedRoles/2" << QJsonValue(QStringLiteral("Reviewer")) << "value[1].allowedRoles[2]"
        << "is not one of the allowed values";
    QTest::newRow("bad @removed reason")
        << "users-delta-deltalink-changes.json"
        << "microsoft.graph.userDeltaResponse"
        << "/value/1/@removed/reason" << QJsonValue(QStringLiteral("gone")) << "value[1].@removed.reason"
        << "is not one of the allowed values";
    QTest::newRow("unknown property on complex type")
        << "calendarpermissions-list.json"
        << "microsoft.graph.calendarPermissionCollectionResponse"
        << "/value/0/emailAddress/smtp" << QJsonValue(QStringLiteral("a@b.c")) << "value[0].emailAddress.smtp"
        << "not declared by microsoft.graph.emailAddress";
    QTest::newRow("unknown property on entity")
        << "calendarpermissions-list.json"
        << "microsoft.graph.calendarPermissionCollectionResponse"
        << "/value/0/canShare" << QJsonValue(true) << "value[0].canShare"
        << "not declared by microsoft.graph.calendarPermission";
    QTest::newRow("unknown envelope property")
        << "users-list.json" << users << "/nextLink" << QJsonValue(QStringLiteral("https://x")) << "nextLink"
        << "not declared";
    QTest::newRow("missing value") << "users-list.json" << users << "/value"
                                   << QJsonValue(QJsonValue::Undefined) << "value"
                                   << "required property is missing";
    QTest::newRow("missing error code") << "error-generic.json"
                                        << "odata.error"
                                        << "/error/code" << QJsonValue(QJsonValue::Undefined) << "error.code"
                                        << "required property is missing";
    QTest::newRow("missing error message")
        << "error-throttling-429.json"
        << "odata.error"
        << "/error/message" << QJsonValue(QJsonValue::Undefined) << "error.message"
        << "required property is missing";
    QTest::newRow("error body with extra member") << "error-generic.json"
                                                  << "odata.error"
                                                  << "/status" << QJsonValue(429) << "status"
                                                  << "not declared by odata.error";
    QTest::newRow("count not integer")
        << "users-list-count-top1.json" << users << "/@odata.count" << QJsonValue(1.5) << "@odata.count"
        << "expected integer, got number";
    QTest::newRow("members@delta without id")
        << "groups-delta-members-delta.json"
        << "microsoft.graph.groupDeltaResponse"
        << "/value/0/members@delta/0/id" << QJsonValue(QJsonValue::Undefined)
        << "value[0].members@delta[0].id"
        << "required property is missing";
    QTest::newRow("batch method") << "batch-request.json"
                                  << "batch.request"
                                  << "/requests/0/method" << QJsonValue(QStringLiteral("FETCH"))
                                  << "requests[0].method"
                                  << "is not one of the allowed values";
    QTest::newRow("batch status") << "batch-response.json"
                                  << "batch.response"
                                  << "/responses/0/status" << QJsonValue(700) << "responses[0].status"
                                  << "above the maximum";
    QTest::newRow("batch header not string")
        << "batch-response.json"
        << "batch.response"
        << "/responses/0/headers/Retry-After" << QJsonValue(10) << "responses[0].headers.Retry-After"
        << "expected string";
    QTest::newRow("education enum") << "educationusers-list.json"
                                    << "microsoft.graph.educationUserCollectionResponse"
                                    << "/value/0/primaryRole" << QJsonValue(QStringLiteral("pupil"))
                                    << "value[0].primaryRole"
                                    << "is not one of the allowed values";
    QTest::newRow("root not an object")
        << "users-list.json" << users << "/value/0" << QJsonValue(QStringLiteral("x")) << "value[0]"
        << "expected object";
}

void TestSchemaValidator::brokenCopiesAreRejected()
{
    QFETCH(QString, file);
    QFETCH(QString, definition);
    QFETCH(QString, pointer);
    QFETCH(QJsonValue, replacement);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedMessage);
    QJsonValue body = example(file);
    QVERIFY2(m_validator.validate(body, definition).isEmpty(), "the unbroken example must validate");
    QVERIFY2(JsonEdit::replace(&body, pointer, replacement),
             qPrintable(pointer + QStringLiteral(" is not in ") + file));
    const auto errors = m_validator.validate(body, definition);
    QVERIFY2(errors.size() == 1, qPrintable(SchemaValidator::describe(errors)));
    QCOMPARE(errors.first().path, expectedPath);
    QVERIFY2(errors.first().message.contains(expectedMessage), qPrintable(errors.first().toString()));
}

void TestSchemaValidator::nullIsAllowedOnlyWhereNullable()
{
    const QString users = QStringLiteral("microsoft.graph.userCollectionResponse");
    QJsonValue body = example(QStringLiteral("users-list.json"));
    // Nullable per CSDL: null passes (the example itself has "jobTitle": null).
    QVERIFY(
        JsonEdit::replace(&body, QStringLiteral("/value/0/accountEnabled"), QJsonValue(QJsonValue::Null)));
    QVERIFY(
        JsonEdit::replace(&body, QStringLiteral("/value/0/employeeOrgData"), QJsonValue(QJsonValue::Null)));
    QVERIFY2(m_validator.validate(body, users).isEmpty(),
             qPrintable(SchemaValidator::describe(m_validator.validate(body, users))));
    // Key property and collections are not nullable.
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/id"), QJsonValue(QJsonValue::Null)));
    QVERIFY(
        JsonEdit::replace(&body, QStringLiteral("/value/1/businessPhones"), QJsonValue(QJsonValue::Null)));
    QCOMPARE(paths(m_validator.validate(body, users)),
             (QStringList{QStringLiteral("value[0].id"), QStringLiteral("value[1].businessPhones")}));
    // A nullable complex property that is present is checked in full.
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/id"), QJsonValue(QStringLiteral("x"))));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/1/businessPhones"), QJsonArray()));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/employeeOrgData"),
                              QJsonObject{{QStringLiteral("division"), 3}}));
    QCOMPARE(paths(m_validator.validate(body, users)),
             QStringList{QStringLiteral("value[0].employeeOrgData.division")});
}

void TestSchemaValidator::annotationsAreAllowed()
{
    QJsonValue body = example(QStringLiteral("users-list.json"));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.nextLink"),
                              QJsonValue(QStringLiteral("https://graph/next"))));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.count"), 2));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/@odata.type"),
                              QJsonValue(QStringLiteral("#microsoft.graph.user"))));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/@odata.etag"),
                              QJsonValue(QStringLiteral("W/\"1\""))));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/displayName@odata.type"),
                              QJsonValue(QStringLiteral("String"))));
    QVERIFY(JsonEdit::replace(
        &body, QStringLiteral("/value/0/assignedLicenses"),
        QJsonArray{
            QJsonObject{{QStringLiteral("@odata.type"), QStringLiteral("#microsoft.graph.assignedLicense")},
                        {QStringLiteral("skuId"), QStringLiteral("6fd2c87f-b296-42f0-b197-1e91e994b900")},
                        {QStringLiteral("disabledPlans"), QJsonArray()}}}));
    const auto errors = m_validator.validate(body, QStringLiteral("microsoft.graph.userCollectionResponse"));
    QVERIFY2(errors.isEmpty(), qPrintable(SchemaValidator::describe(errors)));
    // A declared annotation still has a type, and @odata.type names this type.
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.nextLink"), 5));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/assignedLicenses/0/@odata.type"),
                              QJsonValue(QStringLiteral("#microsoft.graph.user"))));
    QCOMPARE(paths(m_validator.validate(body, QStringLiteral("microsoft.graph.userCollectionResponse"))),
             (QStringList{QStringLiteral("@odata.nextLink"),
                          QStringLiteral("value[0].assignedLicenses[0].@odata.type")}));
}

void TestSchemaValidator::openTypesAndStrictMode()
{
    QJsonValue body = example(QStringLiteral("users-list.json"));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/value/0/userPrincipleName"),
                              QJsonValue(QStringLiteral("typo@contoso.com"))));
    QVERIFY(JsonEdit::replace(
        &body, QStringLiteral("/value/0/extension_0123456789abcdef0123456789abcdef_grade"), 7));
    const QString users = QStringLiteral("microsoft.graph.userCollectionResponse");
    // microsoft.graph.user is an OpenType: the schema itself lets undeclared properties through ...
    QVERIFY(m_validator.validate(body, users).isEmpty());
    // ... strict mode does not, except for directory extensions.
    SchemaValidator strict;
    strict.setStrictOpenTypes(true);
    const auto errors = strict.validate(body, users);
    QCOMPARE(paths(errors), QStringList{QStringLiteral("value[0].userPrincipleName")});
    QVERIFY(errors.first().message.contains(QLatin1String("microsoft.graph.user")));
}

void TestSchemaValidator::deltaNeedsExactlyOneLink()
{
    const QString delta = QStringLiteral("microsoft.graph.userDeltaResponse");
    QJsonValue body = example(QStringLiteral("users-delta-deltalink-empty.json"));
    QVERIFY(m_validator.validate(body, delta).isEmpty());
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.nextLink"),
                              QJsonValue(QStringLiteral("https://graph/next"))));
    auto errors = m_validator.validate(body, delta);
    QCOMPARE(paths(errors), QStringList{QString()});
    QVERIFY2(errors.first().message.contains(QLatin1String("exactly one")),
             qPrintable(errors.first().message));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.nextLink"), QJsonValue(QJsonValue::Undefined)));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.deltaLink"), QJsonValue(QJsonValue::Undefined)));
    errors = m_validator.validate(body, delta);
    QCOMPARE(paths(errors), QStringList{QString()});
    QVERIFY2(errors.first().message.contains(QLatin1String("@odata.deltaLink")),
             qPrintable(errors.first().message));
    // Delta links are never null (unlike a collection's @odata.nextLink).
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/@odata.deltaLink"), QJsonValue(QJsonValue::Null)));
    QVERIFY(paths(m_validator.validate(body, delta)).contains(QStringLiteral("@odata.deltaLink")));
}

void TestSchemaValidator::polymorphicItemsDispatchOnODataType()
{
    const QString delta = QStringLiteral("microsoft.graph.directoryObjectDeltaResponse");
    QJsonValue body = example(QStringLiteral("directoryobjects-delta-users-groups.json"));
    // A group property on the user item fails as a user error, not as "matches no alternative".
    QJsonValue broken = body;
    QVERIFY(JsonEdit::replace(&broken, QStringLiteral("/value/0/accountEnabled"),
                              QJsonValue(QStringLiteral("yes"))));
    QVERIFY(JsonEdit::replace(&broken, QStringLiteral("/value/1/groupTypes"),
                              QJsonValue(QStringLiteral("Unified"))));
    auto errors = m_validator.validate(broken, delta);
    QCOMPARE(paths(errors),
             (QStringList{QStringLiteral("value[0].accountEnabled"), QStringLiteral("value[1].groupTypes")}));
    // A type outside the subset is accepted on its @odata.type alone; an unknown type is not.
    broken = body;
    QVERIFY(JsonEdit::replace(&broken, QStringLiteral("/value/0/@odata.type"),
                              QJsonValue(QStringLiteral("#microsoft.graph.device"))));
    QVERIFY(JsonEdit::replace(&broken, QStringLiteral("/value/1/@odata.type"),
                              QJsonValue(QStringLiteral("#microsoft.graph.banana"))));
    errors = m_validator.validate(broken, delta);
    QCOMPARE(paths(errors), QStringList{QStringLiteral("value[1].@odata.type")});
    // Single objects: GET /users/{id} is poly.microsoft.graph.user.
    const QJsonObject user = body.toObject().value(QLatin1String("value")).toArray().at(0).toObject();
    QVERIFY(
        m_validator
            .validate(user, m_validator.schema().definitionForOperation(QStringLiteral("GET /users/{id}")))
            .isEmpty());
    QCOMPARE(paths(m_validator.validate(user, QStringLiteral("microsoft.graph.group"))),
             QStringList{QStringLiteral("@odata.type")});
    // Without @odata.type an object is the base type: its own errors are reported, not a missing annotation.
    QJsonValue plain = user;
    QVERIFY(JsonEdit::replace(&plain, QStringLiteral("/@odata.type"), QJsonValue(QJsonValue::Undefined)));
    QVERIFY(
        JsonEdit::replace(&plain, QStringLiteral("/deviceEnrollmentLimit"), QJsonValue(QJsonValue::Null)));
    QVERIFY(JsonEdit::replace(&plain, QStringLiteral("/birthday"), QJsonValue(QJsonValue::Null)));
    QCOMPARE(paths(m_validator.validate(plain, QStringLiteral("poly.microsoft.graph.user"))),
             (QStringList{QStringLiteral("birthday"), QStringLiteral("deviceEnrollmentLimit")}));
}

void TestSchemaValidator::batchLimits()
{
    QJsonValue body = example(QStringLiteral("batch-request.json"));
    QVERIFY(m_validator.validate(body, QStringLiteral("batch.request")).isEmpty());
    const QJsonObject item = body.toObject().value(QLatin1String("requests")).toArray().at(0).toObject();
    QJsonArray many;
    for (int i = 0; i < 21; ++i) {
        QJsonObject copy = item;
        copy.insert(QStringLiteral("id"), QString::number(i + 1));
        many.append(copy);
    }
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/requests"), many));
    auto errors = m_validator.validate(body, QStringLiteral("batch.request"));
    QCOMPARE(paths(errors), QStringList{QStringLiteral("requests")});
    QVERIFY(errors.first().message.contains(QLatin1String("at most 20")));
    QVERIFY(JsonEdit::replace(&body, QStringLiteral("/requests"), QJsonArray()));
    QCOMPARE(paths(m_validator.validate(body, QStringLiteral("batch.request"))),
             QStringList{QStringLiteral("requests")});
}

void TestSchemaValidator::unknownDefinitionIsAnError()
{
    const auto errors = m_validator.validate(QJsonObject(), QStringLiteral("microsoft.graph.banana"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().message.contains(QLatin1String("microsoft.graph.banana")));
    QCOMPARE(paths(m_validator.validate(QJsonArray(), QStringLiteral("odata.error"))),
             QStringList{QString()});
}

QTEST_GUILESS_MAIN(TestSchemaValidator)
#include "tst_schemavalidator.moc"
