#include "sync/logging.h"

Q_LOGGING_CATEGORY(lcSync, "tenantdesk.sync")
