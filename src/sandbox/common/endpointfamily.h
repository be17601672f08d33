#pragma once

#include "sandbox/common/sandboxhttp.h"

// A group of related endpoints (identity platform, Graph users, Exchange, ...). The server offers each
// request to the families in turn; the first that recognises the path answers it.
class EndpointFamily
{
public:
    // Which token audience the family's paths require; empty = no bearer token (identity endpoints).
    enum class Api
    {
        None,
        Graph,
        Exchange,
        OneRoster
    };

    virtual ~EndpointFamily() = default;

    // True if this family serves the path (then api() decides how the server authenticates it).
    virtual bool matches(const SandboxRequest &request) const = 0;
    virtual Api api() const = 0;
    virtual SandboxResponse handle(SandboxRequest &request) = 0;
};
