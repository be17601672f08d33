#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

// What a person can do about a failed sign-in, in plain language: the wrong tenant or application, consent
// not granted, a rejected secret, a cancelled or expired sign-in, no connection. Complements
// Error::message(), which says what went wrong.
class SignInHint
{
    Q_DECLARE_TR_FUNCTIONS(SignInHint)
public:
    static QString forError(const Error &error);
};
