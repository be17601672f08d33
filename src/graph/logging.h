#pragma once

#include <QLoggingCategory>

// Microsoft Graph and Exchange Online admin REST client.
Q_DECLARE_LOGGING_CATEGORY(lcGraph)
