#pragma once

#include <QLoggingCategory>

// The console's widgets.
Q_DECLARE_LOGGING_CATEGORY(lcGui)
