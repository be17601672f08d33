#pragma once

#include "sandbox/common/sandboxhttp.h"

#include <QString>

// The error answers Graph gives, with Microsoft's own codes and English texts, so that a client's error
// handling is exercised exactly as against graph.microsoft.com. Directory workloads (users, groups,
// administrative units, policies) use the Request_* / Authorization_* codes; the Outlook workload
// (calendars) uses the Exchange Error* codes.
class GraphErrorReplies
{
public:
    // ---- Directory -----------------------------------------------------------------------------------
    // 403 Authorization_RequestDenied "Insufficient privileges to complete the operation."
    static SandboxResponse insufficientPrivileges(const SandboxRequest &request);
    // 404 Request_ResourceNotFound for a directory object id (or UPN) that does not exist.
    static SandboxResponse resourceNotFound(const SandboxRequest &request, const QString &id);
    // 400 Request_BadRequest with the given text.
    static SandboxResponse badRequest(const SandboxRequest &request, const QString &message);
    // 400 Request_UnsupportedQuery with the given text.
    static SandboxResponse unsupportedQuery(const SandboxRequest &request, const QString &message);
    // "page-token-expiry": true when a $skiptoken issued at `issuedMs` (ms since the epoch) is older than the
    // switch allows; then answer 400 Directory_ExpiredPageToken.
    static bool isPageTokenExpired(const SandboxRequest &request, qint64 issuedMs);
    static SandboxResponse expiredPageToken(const SandboxRequest &request);
    // 400 BadRequest for a body that is not a JSON object.
    static SandboxResponse unreadableBody(const SandboxRequest &request);
    // 405 for a method the path does not support.
    static SandboxResponse methodNotAllowed(const SandboxRequest &request);
    // 400 BadRequest for a path segment Graph does not know (what the gateway answers).
    static SandboxResponse unknownSegment(const SandboxRequest &request, const QString &segment);
    // 400 Request_BadRequest "Invalid value specified for property 'p' of resource 'R'."
    static SandboxResponse invalidValue(const SandboxRequest &request, const QString &property,
                                        const QString &resource);
    // 400 Request_BadRequest for a property the type does not declare.
    static SandboxResponse unknownProperty(const SandboxRequest &request, const QString &property,
                                           const QString &type);

    // ---- Outlook (calendar) ------------------------------------------------------------------------
    // 403 ErrorAccessDenied "Access is denied. Check credentials and try again."
    static SandboxResponse outlookAccessDenied(const SandboxRequest &request);
    // 404 ErrorInvalidUser for a user id or UPN that does not resolve.
    static SandboxResponse outlookInvalidUser(const SandboxRequest &request, const QString &user);
    // 404 MailboxNotEnabledForRESTAPI for a user without an Exchange Online mailbox.
    static SandboxResponse mailboxNotEnabled(const SandboxRequest &request);
    // 404 ErrorItemNotFound "The specified object was not found in the store."
    static SandboxResponse outlookItemNotFound(const SandboxRequest &request);
    // 400 with an Outlook error code and text.
    static SandboxResponse outlookBadRequest(const SandboxRequest &request, const QString &code,
                                             const QString &message);
};
