#include "sandbox/graph/graphscheduleendpoints.h"

#include "sandbox/common/grapherrorreplies.h"
#include "sandbox/directory/directorylookup.h"
#include "sandbox/directory/tenant.h"
#include "sandbox/exchange/recipientresolver.h"
#include "sandbox/graph/calendarpermissionview.h"
#include "sandbox/graph/freebusyschedule.h"
#include "sandbox/odata/graphpagequery.h"

#include <QRegularExpression>

namespace {

// [users, who, calendar, getSchedule] with /me written as users/me.
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

// The mailbox's time zone: its own TimeZone if set, else the usual one for its language's country.
QString zoneOf(const QJsonObject &mailbox)
{
    const QString zone = mailbox.value(QLatin1String("TimeZone")).toString();
    if (!zone.isEmpty())
        return zone;
    const QString language = mailbox.value(QLatin1String("Language")).toString().left(2).toLower();
    if (language == QLatin1String("et"))
        return QStringLiteral("FLE Standard Time");
    if (language == QLatin1String("pl"))
        return QStringLiteral("Central European Standard Time");
    if (language == QLatin1String("da"))
        return QStringLiteral("Romance Standard Time");
    return QStringLiteral("W. Europe Standard Time");
}

// A dateTimeTimeZone {"dateTime":"2025-03-15T08:00:00","timeZone":"W. Europe Standard Time"}.
bool parseDateTime(const QJsonValue &value, QDateTime *moment)
{
    const QJsonObject object = value.toObject();
    const QString text = object.value(QLatin1String("dateTime")).toString();
    const QTimeZone zone = FreeBusySchedule::zoneFor(object.value(QLatin1String("timeZone")).toString());
    if (text.size() < 19 || !zone.isValid())
        return false;
    const QDateTime local = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!local.isValid())
        return false;
    *moment = QDateTime(local.date(), local.time(), zone);
    return moment->isValid();
}

SandboxResponse invalidParameter(const SandboxRequest &request, const QString &message)
{
    return GraphErrorReplies::outlookBadRequest(request, QStringLiteral("ErrorInvalidParameter"), message);
}

bool showsDetails(const QString &role)
{
    return role != QLatin1String("none") && role != QLatin1String("freeBusyRead");
}

} // namespace

GraphScheduleEndpoints::GraphScheduleEndpoints(Tenant &tenant) : m_tenant(tenant)
{}

bool GraphScheduleEndpoints::matches(const SandboxRequest &request) const
{
    const QStringList s = normalizedSegments(request);
    return s.size() == 4 && s.at(0) == QLatin1String("users") && s.at(2) == QLatin1String("calendar") &&
           s.at(3) == QLatin1String("getSchedule");
}

SandboxResponse GraphScheduleEndpoints::handle(SandboxRequest &request)
{
    if (request.method != "POST")
        return GraphErrorReplies::methodNotAllowed(request);
    const SandboxCaller &caller = request.caller;
    if (!caller.hasAny({"Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite"}))
        return GraphErrorReplies::outlookAccessDenied(request);
    const QStringList s = normalizedSegments(request);
    const QString who = s.at(1) == QLatin1String("me") ? caller.userId : s.at(1);
    if (who.isEmpty())
        return GraphErrorReplies::badRequest(request,
                                             QStringLiteral("/me request is only valid with delegated "
                                                            "authentication flow."));
    const DirectoryLookup lookup(m_tenant);
    const std::optional<QJsonObject> owner = lookup.user(who);
    if (!owner)
        return GraphErrorReplies::outlookInvalidUser(request, who);
    const QString ownerId = owner->value(QLatin1String("id")).toString();
    if (!caller.appOnly() && caller.userId != ownerId)
        return GraphErrorReplies::outlookAccessDenied(request);
    if (!m_tenant.mailboxes.contains(ownerId))
        return GraphErrorReplies::mailboxNotEnabled(request);

    bool ok = false;
    const QJsonObject body = request.jsonBody(&ok);
    if (!ok)
        return GraphErrorReplies::unreadableBody(request);
    const QJsonArray schedules = body.value(QLatin1String("schedules")).toArray();
    if (schedules.isEmpty())
        return invalidParameter(request, QStringLiteral("Schedules must contain at least one address."));
    QDateTime start;
    QDateTime end;
    if (!parseDateTime(body.value(QLatin1String("startTime")), &start))
        return invalidParameter(request, QStringLiteral("StartTime is missing or invalid."));
    if (!parseDateTime(body.value(QLatin1String("endTime")), &end))
        return invalidParameter(request, QStringLiteral("EndTime is missing or invalid."));
    if (end <= start)
        return invalidParameter(request, QStringLiteral("EndTime must be later than StartTime."));
    if (start.secsTo(end) > qint64(62) * 24 * 3600)
        return invalidParameter(request, QStringLiteral("The time window can't be longer than 62 days."));
    int interval = 30;
    const QJsonValue intervalValue = body.value(QLatin1String("availabilityViewInterval"));
    if (!intervalValue.isUndefined() && !intervalValue.isNull()) {
        interval = intervalValue.toInt(-1);
        if (!intervalValue.isDouble() || interval < 5 || interval > 1440)
            return invalidParameter(
                request, QStringLiteral("AvailabilityViewInterval must be between 5 and 1440 minutes."));
    }

    // Prefer: outlook.timezone="Central European Standard Time" chooses the zone of the answer's times.
    QString outputZoneName = QStringLiteral("UTC");
    QTimeZone outputZone = QTimeZone::utc();
    const QRegularExpressionMatch prefer =
        QRegularExpression(QStringLiteral("outlook\\.timezone\\s*=\\s*\"([^\"]+)\""))
            .match(QString::fromUtf8(request.header("Prefer")));
    if (prefer.hasMatch() && FreeBusySchedule::zoneFor(prefer.captured(1)).isValid()) {
        outputZoneName = prefer.captured(1);
        outputZone = FreeBusySchedule::zoneFor(outputZoneName);
    }

    const RecipientResolver recipients(m_tenant);
    QJsonArray value;
    for (const QJsonValue &entry : schedules) {
        const QString address = entry.toString();
        RecipientResolver::Recipient recipient;
        if (recipients.resolve(address, RecipientResolver::Mailboxes, &recipient) !=
                RecipientResolver::Outcome::Found ||
            !address.contains(QLatin1Char('@'))) {
            value.append(QJsonObject{
                {QStringLiteral("scheduleId"), address},
                {QStringLiteral("availabilityView"), QString()},
                {QStringLiteral("error"),
                 QJsonObject{
                     {QStringLiteral("message"), QStringLiteral("Unable to resolve the mailbox.")},
                     {QStringLiteral("responseCode"), QStringLiteral("ErrorMailRecipientNotFound")}}}});
            continue;
        }
        bool details = caller.appOnly() || caller.userId == recipient.id;
        if (!details) {
            const QString role = CalendarPermissionView(m_tenant, recipient.id).effectiveRole(caller.userId);
            if (role == QLatin1String("none")) {
                value.append(
                    QJsonObject{{QStringLiteral("scheduleId"), address},
                                {QStringLiteral("availabilityView"), QString()},
                                {QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("message"),
                                              QStringLiteral("You don't have permission to view free/busy "
                                                             "information for this mailbox.")},
                                             {QStringLiteral("responseCode"),
                                              QStringLiteral("ErrorNoFreeBusyAccess")}}}});
                continue;
            }
            details = showsDetails(role);
        }
        const FreeBusySchedule schedule(recipient.id, zoneOf(m_tenant.mailboxes.value(recipient.id)));
        value.append(
            QJsonObject{{QStringLiteral("scheduleId"), address},
                        {QStringLiteral("availabilityView"), schedule.availabilityView(start, end, interval)},
                        {QStringLiteral("scheduleItems"),
                         schedule.scheduleItems(start, end, details, outputZone, outputZoneName)},
                        {QStringLiteral("workingHours"), schedule.workingHours()}});
    }
    return SandboxResponse::json(
        200, QJsonObject{{QStringLiteral("@odata.context"),
                          GraphPageQuery::contextUrl(
                              request, QStringLiteral("Collection(microsoft.graph.scheduleInformation)"))},
                         {QStringLiteral("value"), value}});
}
