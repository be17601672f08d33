#pragma once

#include <QLoggingCategory>

// The per-tenant SQLite snapshot.
Q_DECLARE_LOGGING_CATEGORY(lcCache)
