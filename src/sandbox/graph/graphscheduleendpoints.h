#pragma once

#include "sandbox/common/endpointfamily.h"

class Tenant;

// POST /users/{id|upn}/calendar/getSchedule (and /me/calendar/getSchedule): free/busy for up to a 62-day
// window, {schedules, startTime, endTime, availabilityViewInterval (5-1440, default 30)} → value[] of
// scheduleInformation {scheduleId, availabilityView, scheduleItems, workingHours}; an address without a
// mailbox gets an entry with "error". The calendars are FreeBusySchedule's stable inventions. Subjects and
// locations are shown when the caller may see more than free/busy on that calendar (its own, an
// application, or limitedRead and up through calendar permissions). Times come back in UTC unless the
// request has Prefer: outlook.timezone="…".
class GraphScheduleEndpoints : public EndpointFamily
{
public:
    explicit GraphScheduleEndpoints(Tenant &tenant);

    bool matches(const SandboxRequest &request) const override;
    Api api() const override { return Api::Graph; }
    SandboxResponse handle(SandboxRequest &request) override;

private:
    Tenant &m_tenant;
};
