#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "tenantdesk.core")
