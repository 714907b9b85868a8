#pragma once

#include "auth/Permission.h"
#include "auth/SignInAttempt.h"
#include "auth/SignedInUser.h"
#include "domain/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace quire {

class AuthService;

// Who is signed in at this terminal, and whether the screen is locked.
//
// After `idleTimeout` without recordActivity() the session locks: the user
// stays signed in and every screen (the cart too) stays as it was; only the
// same user's PIN unlocks it. The UI feeds recordActivity() from an
// application-wide event filter on input events. Too many wrong PINs at the
// lock lock the account, and the session signs out.
//
// A customer's idle session at the kiosk signs out instead of locking: the
// customer has walked away, and the next one must start afresh rather than
// face a lock only the previous customer can lift.
class UserSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSession)

public:
    static constexpr std::chrono::milliseconds kDefaultIdleTimeout = std::chrono::minutes(5);

    explicit UserSession(AuthService &auth, QObject *parent = nullptr);

    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }

    bool isSignedIn() const { return m_user.has_value(); }
    bool isLocked() const { return m_locked; }
    const std::optional<SignedInUser> &user() const { return m_user; }
    // False when nobody is signed in or the session is locked.
    bool may(Permission permission) const;

    // Checks the name and PIN with AuthService and, on success, starts the
    // session (signing out whoever was signed in before).
    Result<SignInAttempt> signIn(const QString &identifier, const QString &pin);
    // Starts a session for a user already authenticated (first-manager
    // set-up, a customer who just registered).
    void start(const SignedInUser &user);
    void signOut();

    void lock();
    Result<SignInAttempt> unlock(const QString &pin);

    // Input happened: the idle time starts again. Ignored while locked.
    void recordActivity();

Q_SIGNALS:
    void signedIn(const quire::SignedInUser &user);
    // Also after a customer's idle time, and when wrong PINs at the lock
    // locked the account.
    void signedOut();
    void locked();
    void unlocked();

private:
    void onIdleCheck();

    AuthService &m_auth;
    std::optional<SignedInUser> m_user;
    bool m_locked = false;
    std::chrono::milliseconds m_idleTimeout = kDefaultIdleTimeout;
    // Activity only stamps the time; the timer re-arms itself when it fires
    // early, so mouse moves never restart a timer.
    QElapsedTimer m_sinceActivity;
    QTimer m_idleTimer;
};

} // namespace quire
