#include "graph/logging.h"

Q_LOGGING_CATEGORY(lcGraph, "tenantdesk.graph")
