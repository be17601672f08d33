#include "graph/apierrormapper.h"

#include <QtTest>

// ApiErrorMapper::parseErrorBody reads the exception type and text from every shape of error body that
// Graph and Exchange Online's admin REST answer with (graph-realism.md M4), so callers can tell one refusal
// from another (e.g. UserAlreadyExistsInPermissionEntryException before falling back from Add- to Set-).
class TestApiErrorBodies : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void exchangeErrorKeepsTheExceptionAsCode();
};

void TestApiErrorBodies::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString exists = QStringLiteral("UserAlreadyExistsInPermissionEntryException");
    const QString text = QStringLiteral("An existing permission entry was found for user: Anna.");
    QTest::newRow("graph")
        << QByteArray(
               R"({"error":{"code":"Request_ResourceNotFound","message":"Resource 'x' does not exist.",)"
               R"("innerError":{"request-id":"r","date":"2025-02-13T10:17:06"}}})")
        << QStringLiteral("Request_ResourceNotFound") << QStringLiteral("Resource 'x' does not exist.");
    QTest::newRow("innererror.internalexception")
        << QByteArray(
               R"({"error":{"code":"BadRequest","message":"Error executing cmdlet","innererror":{"message":"x",)"
               R"("type":"Microsoft.Exchange.Admin.OData.Core.ODataServiceException","internalexception":)"
               R"({"message":"An existing permission entry was found for user: Anna.","type":)"
               R"("Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException"}}}})")
        << exists << text;
    QTest::newRow("details pipe form")
        << QByteArray(
               R"({"error":{"code":"BadRequest","message":"Error executing cmdlet","details":[{"code":"Context",)"
               R"("target":"","message":"Ex6F9304|Microsoft.Exchange.Management.StoreTasks.)"
               R"(UserAlreadyExistsInPermissionEntryException|An existing permission entry was found for user: )"
               R"(Anna."}],"innererror":{"message":"Error executing cmdlet","type":)"
               R"("Microsoft.Exchange.Admin.OData.Core.ODataServiceException"}}})")
        << exists << text;
    QTest::newRow("details JSON form")
        << QByteArray(
               R"({"error":{"code":"BadRequest","message":"Error executing cmdlet","details":[{"code":"Context",)"
               R"("target":"","message":"{\"Message\":\"An existing permission entry was found for user: Anna.\",)"
               R"(\"TypeName\":\"Microsoft.Exchange.Management.StoreTasks.)"
               R"(UserAlreadyExistsInPermissionEntryException\"}"}]}})")
        << exists << text;
    QTest::newRow("innererror only")
        << QByteArray(
               R"({"error":{"code":"BadRequest","message":"Error executing cmdlet","innerError":{"message":)"
               R"("An existing permission entry was found for user: Anna.","type":)"
               R"("Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException"}}})")
        << exists << text;
    QTest::newRow("plain text") << QByteArray(
                                       "You have reached the maximum number of concurrent requests per "
                                       "tenant. Please wait and try again later.")
                                << QString()
                                << QStringLiteral(
                                       "You have reached the maximum number of concurrent requests "
                                       "per tenant. Please wait and try again later.");
    QTest::newRow("html page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString()
                               << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
}

void TestApiErrorBodies::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QString parsedCode, parsedMessage;
    ApiErrorMapper::parseErrorBody(body, &parsedCode, &parsedMessage);
    QCOMPARE(parsedCode, code);
    QCOMPARE(parsedMessage, message);
}

void TestApiErrorBodies::exchangeErrorKeepsTheExceptionAsCode()
{
    const QByteArray body(
        R"({"error":{"code":"NotFound","message":"Error executing cmdlet","details":[{"message":)"
        R"("{\"Message\":\"The operation couldn't be performed because object 'x' couldn't be found.\",)"
        R"(\"TypeName\":\"Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException\"}"}]}})");
    const Error error =
        ApiErrorMapper::fromHttp(404, body, QStringLiteral("req-1"), QStringLiteral("POST /x"));
    QCOMPARE(error.kind(), Error::Kind::Http);
    QCOMPARE(error.code(), QStringLiteral("ManagementObjectNotFoundException"));
    QVERIFY(error.detail().startsWith(QLatin1String("The operation couldn't be performed")));
    QCOMPARE(error.requestId(), QStringLiteral("req-1"));
    // The plain-text refusal of too many concurrent Exchange requests is a throttle like any 429.
    const Error refused = ApiErrorMapper::fromHttp(
        429, "You have reached the maximum number of concurrent requests per tenant.", QString(), QString());
    QCOMPARE(refused.kind(), Error::Kind::Throttled);
    QVERIFY(refused.detail().startsWith(QLatin1String("You have reached")));
}

QTEST_MAIN(TestApiErrorBodies)
#include "tst_apierrorbodies.moc"
