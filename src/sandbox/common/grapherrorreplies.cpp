#include "sandbox/common/grapherrorreplies.h"

#include <QDateTime>

SandboxResponse GraphErrorReplies::insufficientPrivileges(const SandboxRequest &request)
{
    return SandboxResponse::graphError(request, 403, QStringLiteral("Authorization_RequestDenied"),
                                       QStringLiteral("Insufficient privileges to complete the operation."));
}

SandboxResponse GraphErrorReplies::resourceNotFound(const SandboxRequest &request, const QString &id)
{
    return SandboxResponse::graphError(
        request, 404, QStringLiteral("Request_ResourceNotFound"),
        QStringLiteral(
            "Resource '%1' does not exist or one of its queried reference-property objects are not "
            "present.")
            .arg(id));
}

SandboxResponse GraphErrorReplies::badRequest(const SandboxRequest &request, const QString &message)
{
    return SandboxResponse::graphError(request, 400, QStringLiteral("Request_BadRequest"), message);
}

SandboxResponse GraphErrorReplies::unsupportedQuery(const SandboxRequest &request, const QString &message)
{
    return SandboxResponse::graphError(request, 400, QStringLiteral("Request_UnsupportedQuery"), message);
}

bool GraphErrorReplies::isPageTokenExpired(const SandboxRequest &request, qint64 issuedMs)
{
    const int seconds = request.realism.pageTokenExpirySeconds;
    return seconds > 0 && QDateTime::currentMSecsSinceEpoch() - issuedMs > qint64(seconds) * 1000;
}

SandboxResponse GraphErrorReplies::expiredPageToken(const SandboxRequest &request)
{
    return SandboxResponse::graphError(
        request, 400, QStringLiteral("Directory_ExpiredPageToken"),
        QStringLiteral("The specified page token value has expired and can no longer be included in your "
                       "request."));
}

SandboxResponse GraphErrorReplies::unreadableBody(const SandboxRequest &request)
{
    return SandboxResponse::graphError(request, 400, QStringLiteral("BadRequest"),
                                       QStringLiteral("Unable to read JSON request payload. Please ensure "
                                                      "Content-Type header is set and payload is of valid "
                                                      "JSON format."));
}

SandboxResponse GraphErrorReplies::methodNotAllowed(const SandboxRequest &request)
{
    return SandboxResponse::graphError(request, 405, QStringLiteral("Request_BadRequest"),
                                       QStringLiteral("Specified HTTP method is not allowed for the request "
                                                      "target."));
}

SandboxResponse GraphErrorReplies::unknownSegment(const SandboxRequest &request, const QString &segment)
{
    return SandboxResponse::graphError(
        request, 400, QStringLiteral("BadRequest"),
        QStringLiteral("Resource not found for the segment '%1'.").arg(segment));
}

SandboxResponse GraphErrorReplies::invalidValue(const SandboxRequest &request, const QString &property,
                                                const QString &resource)
{
    return badRequest(request, QStringLiteral("Invalid value specified for property '%1' of resource '%2'.")
                                   .arg(property, resource));
}

SandboxResponse GraphErrorReplies::unknownProperty(const SandboxRequest &request, const QString &property,
                                                   const QString &type)
{
    return badRequest(request,
                      QStringLiteral("The property '%1' does not exist on type '%2'. Make sure to only "
                                     "use property names that are defined by the type.")
                          .arg(property, type));
}

SandboxResponse GraphErrorReplies::outlookAccessDenied(const SandboxRequest &request)
{
    return SandboxResponse::graphError(request, 403, QStringLiteral("ErrorAccessDenied"),
                                       QStringLiteral("Access is denied. Check credentials and try again."));
}

SandboxResponse GraphErrorReplies::outlookInvalidUser(const SandboxRequest &request, const QString &user)
{
    return SandboxResponse::graphError(request, 404, QStringLiteral("ErrorInvalidUser"),
                                       QStringLiteral("The requested user '%1' is invalid.").arg(user));
}

SandboxResponse GraphErrorReplies::mailboxNotEnabled(const SandboxRequest &request)
{
    return SandboxResponse::graphError(request, 404, QStringLiteral("MailboxNotEnabledForRESTAPI"),
                                       QStringLiteral("The mailbox is either inactive, soft-deleted, or is "
                                                      "hosted on-premise."));
}

SandboxResponse GraphErrorReplies::outlookItemNotFound(const SandboxRequest &request)
{
    return SandboxResponse::graphError(request, 404, QStringLiteral("ErrorItemNotFound"),
                                       QStringLiteral("The specified object was not found in the store."));
}

SandboxResponse GraphErrorReplies::outlookBadRequest(const SandboxRequest &request, const QString &code,
                                                     const QString &message)
{
    return SandboxResponse::graphError(request, 400, code, message);
}
