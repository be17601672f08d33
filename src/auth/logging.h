#pragma once

#include <QLoggingCategory>

// Sign-in, tokens and the keychain-backed token cache.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
