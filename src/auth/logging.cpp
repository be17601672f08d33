#include "auth/logging.h"

Q_LOGGING_CATEGORY(lcAuth, "tenantdesk.auth")
