#include "auth/UserSession.h"

#include "auth/AccessPolicy.h"
#include "auth/AuthService.h"

namespace quire {

UserSession::UserSession(AuthService &auth, QObject *parent)
    : QObject(parent)
    , m_auth(auth)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_idleTimer, &QTimer::timeout, this, &UserSession::onIdleCheck);
}

void UserSession::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimeout = timeout;
    if (isSignedIn() && !m_locked) {
        m_sinceActivity.start();
        m_idleTimer.start(m_idleTimeout);
    }
}

bool UserSession::may(Permission permission) const
{
    return m_user && !m_locked && AccessPolicy::allows(m_user->role, permission);
}

Result<SignInAttempt> UserSession::signIn(const QString &identifier, const QString &pin)
{
    auto attempt = m_auth.signIn(identifier, pin);
    if (attempt && attempt->succeeded())
        start(*attempt->user);
    return attempt;
}

void UserSession::start(const SignedInUser &user)
{
    if (m_user)
        signOut();
    m_user = user;
    m_locked = false;
    m_sinceActivity.start();
    m_idleTimer.start(m_idleTimeout);
    Q_EMIT signedIn(user);
}

void UserSession::signOut()
{
    if (!m_user)
        return;
    m_idleTimer.stop();
    m_user.reset();
    m_locked = false;
    Q_EMIT signedOut();
}

void UserSession::lock()
{
    if (!m_user || m_locked)
        return;
    m_idleTimer.stop();
    m_locked = true;
    Q_EMIT locked();
}

Result<SignInAttempt> UserSession::unlock(const QString &pin)
{
    if (!m_user || !m_locked)
        return Error::invalid(tr("the session is not locked"));
    auto attempt = m_auth.confirmPin(*m_user, pin);
    if (!attempt)
        return attempt;
    if (attempt->succeeded()) {
        m_locked = false;
        m_sinceActivity.start();
        m_idleTimer.start(m_idleTimeout);
        Q_EMIT unlocked();
    } else if (attempt->outcome == SignInAttempt::Outcome::Locked) {
        // The account is locked now; the lock screen can no longer be lifted.
        signOut();
    }
    return attempt;
}

void UserSession::recordActivity()
{
    if (m_user && !m_locked)
        m_sinceActivity.start();
}

void UserSession::onIdleCheck()
{
    if (!m_user || m_locked)
        return;
    const auto idle = std::chrono::milliseconds(m_sinceActivity.elapsed());
    if (idle >= m_idleTimeout) {
        if (m_user->role == Role::Customer)
            signOut();
        else
            lock();
        return;
    }
    m_idleTimer.start(m_idleTimeout - idle);
}

} // namespace quire
