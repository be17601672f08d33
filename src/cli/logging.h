#pragma once

#include <QLoggingCategory>

// The command line's commands and output.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
