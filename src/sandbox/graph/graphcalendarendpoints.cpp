#include "sandbox/graph/graphcalendarendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/graph/calendarpermissionview.h"
#include "sandbox/odata/graphpagequery.h"

#include <QJsonArray>
#include <QUrl>

namespace {

// The segments after /v1.0 with /me rewritten to users/me: [users, who, calendar, calendarPermissions,
// id...].
QStringList normalizedSegments(const SandboxRequest &request)
{
    QStringList s = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (s.isEmpty() || s.at(0) != QLatin1String("v1.0"))
        return {};
    s.removeFirst();
    if (!s.isEmpty() && s.at(0) == QLatin1String("me")) {
        s[0] = QStringLiteral("users");
        s.insert(1, QStringLiteral("me"));
    }
    return s;
}

SandboxResponse permissionError(const SandboxRequest &request, CalendarPermissionView::Result result,
                                const QString &role)
{
    using Result = CalendarPermissionView::Result;
    switch (result) {
    case Result::NotFound:
        return GraphErrorReplies::outlookItemNotFound(request);
    case Result::UnknownRole:
        return GraphErrorReplies::outlookBadRequest(
            request, QStringLiteral("RequestBodyRead"),
            QStringLiteral("Requested value '%1' was not found.").arg(role));
    case Result::RoleNotAllowed:
        return GraphErrorReplies::outlookBadRequest(
            request, QStringLiteral("ErrorInvalidRequest"),
            QStringLiteral("The role '%1' is not one of the allowed roles for this recipient.").arg(role));
    case Result::AlreadyExists:
        return GraphErrorReplies::outlookBadRequest(
            request, QStringLiteral("ErrorInvalidRequest"),
            QStringLiteral("A calendar permission already exists for this recipient."));
    case Result::NotRemovable:
        return GraphErrorReplies::outlookBadRequest(
            request, QStringLiteral("ErrorInvalidRequest"),
            QStringLiteral("The 'My Organization' permission can't be removed."));
    case Result::InvalidRecipient:
        return GraphErrorReplies::outlookBadRequest(request, QStringLiteral("ErrorInvalidRecipients"),
                                                    QStringLiteral("At least one recipient isn't valid."));
    case Result::Ok:
        break;
    }
    return SandboxResponse::noContent();
}

} // namespace

GraphCalendarEndpoints::GraphCalendarEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphCalendarEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = normalizedSegments(request);
    return s.size() >= 4 && s.at(0) == QLatin1String("users") && s.at(2) == QLatin1String("calendar") &&
           s.at(3) == QLatin1String("calendarPermissions");
}

SandboxResponse GraphCalendarEndpoints::handle(SandboxRequest &request)
{
    const SandboxCaller &caller = request.caller;
    const QStringList s = normalizedSegments(request);
    // A permission id is base64 and may itself contain '/'.
    const QString permissionId =
        s.size() > 4 ? QUrl::fromPercentEncoding(s.mid(4).join(QLatin1Char('/')).toUtf8()) : QString();
    const QByteArray &method = request.method;
    const bool collection = permissionId.isEmpty();
    if ((collection && method != "GET" && method != "POST") ||
        (!collection && method != "GET" && method != "PATCH" && method != "DELETE"))
        return GraphErrorReplies::methodNotAllowed(request);
    const bool write = method != "GET";
    if (write ? !caller.hasAny({"Calendars.ReadWrite"})
              : !caller.hasAny({"Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite"}))
        return GraphErrorReplies::outlookAccessDenied(request);

    const QString who = s.at(1) == QLatin1String("me") ? caller.userId : s.at(1);
    if (who.isEmpty())
        return GraphErrorReplies::badRequest(request,
                                             QStringLiteral("/me request is only valid with delegated "
                                                            "authentication flow."));
    const std::optional<QJsonObject> owner = DirectoryLookup(m_tenant).user(who);
    if (!owner)
        return GraphErrorReplies::outlookInvalidUser(request, who);
    const QString ownerId = owner->value(QLatin1String("id")).toString();
    if (!caller.appOnly() && caller.userId != ownerId)
        return GraphErrorReplies::outlookAccessDenied(request);
    if (!m_tenant.mailboxes.contains(ownerId))
        return GraphErrorReplies::mailboxNotEnabled(request);

    CalendarPermissionView view(m_tenant, ownerId);
    const QString context = QStringLiteral("users('%1')/calendar/calendarPermissions").arg(ownerId);
    const QString entityContext = context + QStringLiteral("/$entity");
    QJsonObject permission;

    if (collection && method == "GET") {
        GraphPageQuery query(request, 1000, 1000);
        SandboxResponse failure;
        if (!query.isValid(&failure))
            return failure;
        return SandboxResponse::json(200, query.page(view.permissions(), context));
    }
    if (!collection && method == "GET") {
        if (!view.find(permissionId, &permission))
            return GraphErrorReplies::outlookItemNotFound(request);
        permission = GraphPageQuery(request).project(permission);
        permission.insert(QStringLiteral("@odata.context"),
                          GraphPageQuery::contextUrl(request, entityContext));
        return SandboxResponse::json(200, permission);
    }
    if (method == "DELETE") {
        const CalendarPermissionView::Result result = view.remove(permissionId);
        return result == CalendarPermissionView::Result::Ok ? SandboxResponse::noContent()
                                                            : permissionError(request, result, QString());
    }

    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QJsonValue roleValue = body.value(QLatin1String("role"));
    if (!roleValue.isString())
        return GraphErrorReplies::outlookBadRequest(request, QStringLiteral("ErrorInvalidRequest"),
                                                    QStringLiteral("The role property is required."));
    const QString role = roleValue.toString();
    CalendarPermissionView::Result result;
    if (method == "PATCH") {
        // Only role can change; the rest needs delete and re-create.
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != QLatin1String("role") && !it.key().startsWith(QLatin1Char('@')))
                return GraphErrorReplies::outlookBadRequest(
                    request, QStringLiteral("ErrorInvalidRequest"),
                    QStringLiteral("The property '%1' can't be updated. Only role can be updated.")
                        .arg(it.key()));
        }
        result = view.updateRole(permissionId, role, &permission);
    } else {
        const QString address =
            body.value(QLatin1String("emailAddress")).toObject().value(QLatin1String("address")).toString();
        if (address.isEmpty())
            return GraphErrorReplies::outlookBadRequest(
                request, QStringLiteral("ErrorInvalidRequest"),
                QStringLiteral("The emailAddress property is required."));
        for (auto it = body.begin(); it != body.end(); ++it) {
            static const QStringList known{
                QStringLiteral("emailAddress"),         QStringLiteral("role"),
                QStringLiteral("isInsideOrganization"), QStringLiteral("isRemovable"),
                QStringLiteral("allowedRoles"),         QStringLiteral("id")};
            if (!known.contains(it.key()) && !it.key().startsWith(QLatin1Char('@')))
                return GraphErrorReplies::outlookBadRequest(
                    request, QStringLiteral("RequestBodyRead"),
                    QStringLiteral(
                        "The property '%1' does not exist on type 'microsoft.graph.calendarPermission'. "
                        "Make sure to only use property names that are defined by the type.")
                        .arg(it.key()));
        }
        result = view.create(address, role, &permission);
    }
    if (result != CalendarPermissionView::Result::Ok)
        return permissionError(request, result, role);
    permission.insert(QStringLiteral("@odata.context"), GraphPageQuery::contextUrl(request, entityContext));
    // Microsoft documents 200 OK (not 201) for creating a calendarPermission.
    return SandboxResponse::json(200, permission);
}
