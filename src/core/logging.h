#pragma once

#include <QLoggingCategory>

// One logging category per module. Log lines never contain tokens, secrets, passwords or request bodies.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
