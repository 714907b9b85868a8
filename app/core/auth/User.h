#pragma once

#include "auth/Role.h"
#include "auth/SignedInUser.h"

#include <QString>
#include <optional>

namespace quire {

// One row of `users`, as the sign-in and the users page need it.
struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString pinHash;
    bool disabled = false;
    QString email;       // customers only, lower case; empty when none
    QString loyaltyCard; // customers only, digits; empty when none
    int failedAttempts = 0;
    std::optional<qint64> lockedUntilMs;
    std::optional<qint64> lastSignInMs;
    qint64 createdAtMs = 0;

    bool isLockedAt(qint64 nowMs) const { return lockedUntilMs && *lockedUntilMs > nowMs; }
    SignedInUser signedIn() const { return {id, username, displayName, role}; }
};

} // namespace quire
