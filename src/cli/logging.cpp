#include "cli/logging.h"

Q_LOGGING_CATEGORY(lcCli, "tenantdesk.cli")
