#pragma once

#include "sandbox/common/endpointfamily.h"

class Tenant;

// Calendar sharing through Graph, on a user's primary calendar (addressed as /calendar, so its localized
// folder name never matters): GET/POST /users/{id|upn}/calendar/calendarPermissions, GET/PATCH/DELETE
// /users/{id|upn}/calendar/calendarPermissions/{id}, and the same under /me. A view of the Exchange folder
// permissions (CalendarPermissionView). Reads need Calendars.ReadBasic, Calendars.Read or
// Calendars.ReadWrite, writes Calendars.ReadWrite. Application callers may use any mailbox; a signed-in
// caller only their own calendar (Graph supports these calls only on behalf of the owner).
class GraphCalendarEndpoints : public EndpointFamily
{
public:
    explicit GraphCalendarEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    Tenant &m_tenant;
};
