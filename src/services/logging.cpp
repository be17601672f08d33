#include "services/logging.h"

Q_LOGGING_CATEGORY(lcServices, "tenantdesk.services")
