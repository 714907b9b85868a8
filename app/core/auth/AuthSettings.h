#pragma once

#include "auth/ManagerPromptThrottle.h"
#include "auth/UnknownNameThrottle.h"

#include <chrono>

namespace quire {

// Throttling of wrong PINs. At the sign-in screen and the idle lock, after
// `maxFailedAttempts` wrong PINs in a row an account is locked for
// `lockDuration` (stored: a restart does not end it). The manager prompts
// (override, leaving the kiosk) never lock an account; they slow down at
// this terminal instead, as `managerPrompt` says.
struct AuthSettings
{
    int maxFailedAttempts = 5;
    std::chrono::milliseconds lockDuration = std::chrono::minutes(15);
    ManagerPromptThrottle::Settings managerPrompt;
    // How many names that do not exist are remembered (UnknownNameThrottle).
    int unknownNameCapacity = UnknownNameThrottle::kDefaultCapacity;
};

} // namespace quire
