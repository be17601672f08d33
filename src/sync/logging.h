#pragma once

#include <QLoggingCategory>

// Student information system readers and reconciliation.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
