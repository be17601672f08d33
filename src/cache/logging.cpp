#include "cache/logging.h"

Q_LOGGING_CATEGORY(lcCache, "tenantdesk.cache")
