#pragma once

#include <QLoggingCategory>

// The local sandbox tenant.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
