#pragma once

// Lifetimes and timings of the sandbox's identity platform. Microsoft's values by default; tests shorten
// them through IdentityEndpoints' setters.
struct IdentitySettings
{
    int accessTokenLifetimeSeconds = 3600;
    int authorizationCodeLifetimeSeconds = 600;       // Entra: "about 10 minutes"
    int refreshTokenLifetimeSeconds = 90 * 24 * 3600; // inactivity lifetime
    // A redeemed refresh token stays valid this long after it was replaced by the new one (then the
    // client must use the new one). Entra keeps old refresh tokens valid; the sandbox is stricter so a
    // client that forgets to store the rotated token is caught.
    int refreshTokenGraceSeconds = 300;
    int deviceCodeLifetimeSeconds = 900;
    int deviceCodeIntervalSeconds = 5;
};
