#pragma once

#include "sandbox/common/sandboxhttp.h"

class IdentityState;

// The device authorization grant's user side and start:
//   POST /{tenant}/oauth2/v2.0/devicecode  client_id, scope → {user_code, device_code, verification_uri,
//        expires_in, interval, message} (interval and lifetime from IdentitySettings);
//   GET  /devicelogin                        the "Enter code" page (?otc= pre-fills the code);
//   POST /devicelogin                        otc, login, passwd, action=approve|decline.
// The client then polls the token endpoint (TokenEndpoint) until the user has answered.
class DeviceCodeEndpoint
{
public:
    explicit DeviceCodeEndpoint(IdentityState &state);

    SandboxResponse start(const SandboxRequest &request);
    SandboxResponse loginPage(const SandboxRequest &request);

private:
    IdentityState &m_state;
};
