#include "sandbox/exchange/exchangecmdletresult.h"

#include <QCryptographicHash>

namespace {
const QString NotFoundException =
    QStringLiteral("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException");
const QString BindingException = QStringLiteral("System.Management.Automation.ParameterBindingException");
} // namespace

ExchangeCmdletResult ExchangeCmdletResult::ok(const QJsonArray &rows)
{
    ExchangeCmdletResult r;
    r.rows = rows;
    return r;
}

ExchangeCmdletResult ExchangeCmdletResult::error(int status, const QString &exceptionType,
                                                 const QString &message)
{
    ExchangeCmdletResult r;
    r.status = status;
    r.exceptionType = exceptionType;
    r.message = message;
    return r;
}

QString ExchangeCmdletResult::serverName()
{
    return QStringLiteral("DB9PR01A001DC01.EURPR01A001.PROD.OUTLOOK.COM");
}

QString ExchangeCmdletResult::errorId(const QString &exceptionType)
{
    const QByteArray hash = QCryptographicHash::hash(exceptionType.toUtf8(), QCryptographicHash::Md5);
    return QStringLiteral("Ex") + QString::fromLatin1(hash.left(3).toHex().toUpper());
}

ExchangeCmdletResult ExchangeCmdletResult::objectNotFound(const QString &identity)
{
    return error(
        404, NotFoundException,
        QStringLiteral("The operation couldn't be performed because object '%1' couldn't be found on '%2'.")
            .arg(identity, serverName()));
}

ExchangeCmdletResult ExchangeCmdletResult::parameterObjectNotFound(const QString &identity)
{
    return error(
        404, NotFoundException,
        QStringLiteral("Couldn't find object \"%1\". Please make sure that it was spelled correctly or "
                       "specify a different object.")
            .arg(identity));
}

ExchangeCmdletResult ExchangeCmdletResult::ambiguous(const QString &identity)
{
    return error(400,
                 QStringLiteral("Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException"),
                 QStringLiteral("The operation couldn't be performed because '%1' matches multiple entries.")
                     .arg(identity));
}

ExchangeCmdletResult ExchangeCmdletResult::unknownParameter(const QString &cmdlet, const QString &parameter)
{
    return error(
        400, BindingException,
        QStringLiteral("A parameter cannot be found that matches parameter name '%1' for the cmdlet '%2'.")
            .arg(parameter, cmdlet));
}

ExchangeCmdletResult ExchangeCmdletResult::missingParameter(const QString &cmdlet, const QString &parameter)
{
    return error(
        400, BindingException,
        QStringLiteral("Cannot process command because of one or more missing mandatory parameters: %1. "
                       "(cmdlet '%2')")
            .arg(parameter, cmdlet));
}

ExchangeCmdletResult ExchangeCmdletResult::invalidValue(const QString &parameter, const QString &value,
                                                        const QString &allowed)
{
    return error(
        400, BindingException,
        QStringLiteral("Cannot bind parameter '%1'. Cannot convert value \"%2\" to a valid value. "
                       "Specify one of the following values and try again. The possible values are \"%3\".")
            .arg(parameter, value, allowed));
}

ExchangeCmdletResult ExchangeCmdletResult::outOfWriteScope(const QString &cmdlet, const QString &identity)
{
    return error(
        403, QStringLiteral("Microsoft.Exchange.Configuration.Tasks.TaskInvalidOperationException"),
        QStringLiteral("The operation on object \"%1\" failed because it's out of the current user's "
                       "write scope. The action '%2' can't be performed on the object '%1' because the "
                       "object is outside the current user's write scope.")
            .arg(identity, cmdlet));
}

ExchangeCmdletResult ExchangeCmdletResult::validation(const QString &message)
{
    return error(400, QStringLiteral("Microsoft.Exchange.Data.DataValidationException"), message);
}
