#pragma once

#include "auth/SignedInUser.h"

#include <QDateTime>
#include <optional>

namespace quire {

// How a PIN check ended. Refused covers an unknown name, a wrong PIN and a
// disabled account alike, so the screen cannot tell which; Locked is also
// reported for names that do not exist once they were tried too often, and
// for a manager prompt that is throttled at this terminal (`retryAfterMs`).
struct SignInAttempt
{
    enum class Outcome {
        SignedIn,    // `user` is set
        Refused,     // wrong name or PIN (or a disabled account)
        Locked,      // too many wrong PINs; `lockedUntil` says until when
        MalformedPin // not six digits; nothing was counted
    };

    Outcome outcome = Outcome::Refused;
    std::optional<SignedInUser> user;
    QDateTime lockedUntil;
    // A throttled manager prompt: how long until it checks a PIN again. The
    // account itself is not locked.
    qint64 retryAfterMs = 0;

    bool succeeded() const { return outcome == Outcome::SignedIn; }
};

} // namespace quire
