#pragma once

#include <QLoggingCategory>

// Item models over the snapshot.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
