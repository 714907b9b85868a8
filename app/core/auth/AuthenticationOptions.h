#pragma once

#include "auth/AuthSettings.h"
#include "auth/PinHasher.h"
#include "auth/UserSession.h"

#include <QString>
#include <chrono>

namespace quire {

// How Authentication::create builds sign-in for this installation.
struct AuthenticationOptions
{
    // Empty: Pepper::defaultPath().
    QString pepperPath;
    PinHasher::Parameters hashing = PinHasher::defaultParameters();
    AuthSettings throttling;
    // This terminal's name in the audit rows of its manager prompts.
    QString terminalId;
    std::chrono::milliseconds idleTimeout = UserSession::kDefaultIdleTimeout;
};

} // namespace quire
