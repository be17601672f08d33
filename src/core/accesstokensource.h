#pragma once

#include "core/error.h"

#include <QString>

#include <functional>

// Something that can hand out an access token for a resource ("https://graph.microsoft.com",
// "https://outlook.office365.com"). The sign-in layer implements it; the request pipeline uses it.
// The callback runs exactly once, on the caller's thread, possibly before requestAccessToken returns.
class AccessTokenSource
{
public:
    using Callback = std::function<void(const QString &accessToken, const Error &error)>;

    virtual ~AccessTokenSource() = default;

    // forceRefresh: the cached token was refused (HTTP 401); get a new one silently or fail with
    // Error::Kind::SignInRequired.
    virtual void requestAccessToken(const QString &resource, bool forceRefresh, Callback done) = 0;
};
