#pragma once

#include <QLoggingCategory>

// Use cases shared by the console and the command line.
Q_DECLARE_LOGGING_CATEGORY(lcServices)
