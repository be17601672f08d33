#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

// What one Exchange cmdlet produced: its output objects and warnings, or the error Exchange would raise
// (an exception type and English text, which the REST envelope turns into error.details / innererror).
class ExchangeCmdletResult
{
public:
    QJsonArray rows;
    QStringList warnings;

    int status = 200;      // 400/403/404 when failed
    QString exceptionType; // "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
    QString message;       // the exception's text

    bool failed() const { return status >= 400; }

    static ExchangeCmdletResult ok(const QJsonArray &rows = QJsonArray());
    static ExchangeCmdletResult error(int status, const QString &exceptionType, const QString &message);

    // 404 "The operation couldn't be performed because object 'x' couldn't be found on '<server>'."
    static ExchangeCmdletResult objectNotFound(const QString &identity);
    // 404 "Couldn't find object "x". Please make sure that it was spelled correctly ..." (parameter values)
    static ExchangeCmdletResult parameterObjectNotFound(const QString &identity);
    // 400 "The operation couldn't be performed because 'x' matches multiple entries."
    static ExchangeCmdletResult ambiguous(const QString &identity);
    // 400 ParameterBindingException "A parameter cannot be found that matches parameter name 'X'."
    static ExchangeCmdletResult unknownParameter(const QString &cmdlet, const QString &parameter);
    // 400 ParameterBindingException for a missing mandatory parameter.
    static ExchangeCmdletResult missingParameter(const QString &cmdlet, const QString &parameter);
    // 400 "Cannot bind parameter 'P'. Cannot convert value "v" ..."
    static ExchangeCmdletResult invalidValue(const QString &parameter, const QString &value,
                                             const QString &allowed);
    // 403 for a target outside the caller's administrative-unit scope (Exchange's write-scope text).
    static ExchangeCmdletResult outOfWriteScope(const QString &cmdlet, const QString &identity);
    // 400 DataValidationException with the given text.
    static ExchangeCmdletResult validation(const QString &message);

    // The name of the Exchange server errors mention (object ... couldn't be found on '<server>').
    static QString serverName();
    // "Ex6F9304"-style error id for an exception type (stable per type).
    static QString errorId(const QString &exceptionType);
};
