#pragma once

#include <chrono>

namespace quire {

// Throttling of wrong PINs. After `maxFailedAttempts` wrong PINs in a row an
// account is locked for `lockDuration` (stored: a restart does not end it).
struct AuthSettings
{
    int maxFailedAttempts = 5;
    std::chrono::milliseconds lockDuration = std::chrono::minutes(15);
};

} // namespace quire
