#include "sandbox/common/logging.h"

Q_LOGGING_CATEGORY(lcSandbox, "tenantdesk.sandbox")
