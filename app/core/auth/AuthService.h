#pragma once

#include "auth/AuthSettings.h"
#include "auth/OverrideApproval.h"
#include "auth/PinHasher.h"
#include "auth/SignInAttempt.h"
#include "auth/UserRepository.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace quire {

class Clock;
class Database;

// Checks PINs: signing in, unlocking an idle-locked session, and a manager
// approving an override. All three count wrong PINs towards the same lockout,
// so neither the lock screen nor the manager prompt can be used to guess.
// Every success, failure, lock and refusal is written to the audit log; a
// failure's message never says whether the name exists.
//
// PIN hashing is slow on purpose (tens of milliseconds); it runs outside any
// write transaction.
class AuthService final
{
    Q_DECLARE_TR_FUNCTIONS(quire::AuthService)

public:
    AuthService(Database &database, const Clock &clock, PinHasher hasher,
                AuthSettings settings = {});

    // Clerks and managers by user name; customers by e-mail or loyalty-card
    // number. Case and surrounding spaces do not matter.
    Result<SignInAttempt> signIn(const QString &identifier, const QString &pin);

    // The signed-in user's own PIN, to lift the idle lock.
    Result<SignInAttempt> confirmPin(const SignedInUser &user, const QString &pin);

    // A manager (by user name and PIN) approves `permission` for `requester`.
    // Returns the approval, or the attempt's outcome as an error message;
    // `attempt` (optional) receives how the PIN check ended.
    Result<OverrideApproval> approveOverride(const SignedInUser &requester, Permission permission,
                                             const QString &target, const QString &managerName,
                                             const QString &pin, SignInAttempt *attempt = nullptr);

    // Self-service account at the kiosk: an e-mail address, a loyalty-card
    // number, or both; the new customer is signed in.
    Result<SignedInUser> registerCustomer(const QString &email, const QString &loyaltyCard,
                                          const QString &displayName, const QString &pin);

    // Trimmed; e-mail addresses and user names in lower case; spaces inside
    // card numbers removed.
    static QString normalizeIdentifier(const QString &identifier);

    const AuthSettings &settings() const { return m_settings; }
    const PinHasher &hasher() const { return m_hasher; }

private:
    // Where a PIN was typed: decides the audit action's name only; every
    // purpose counts wrong PINs towards the same lockout.
    enum class Purpose { SignIn, Unlock, Override };

    static QString successAction(Purpose purpose);
    static QString failureAction(Purpose purpose);

    Result<SignInAttempt> check(const std::optional<User> &found, const QString &identifier,
                                const QString &pin, Purpose purpose);
    Result<SignInAttempt> refuseUnknown(const QString &identifier, const QString &pin,
                                        const std::optional<User> &disabledUser, Purpose purpose);
    Result<SignInAttempt> recordWrongPin(const User &user, Purpose purpose);
    Result<void> audit(const Actor &actor, const QString &action, const QString &entityId,
                       const QString &detail);
    Result<void> audit(const Actor &actor, const QString &action, const QString &entityType,
                       const QString &entityId, const QString &detail);
    const QString &dummyHash();

    struct UnknownName
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
    };

    Database &m_database;
    const Clock &m_clock;
    PinHasher m_hasher;
    AuthSettings m_settings;
    UserRepository m_users;
    QString m_dummyHash;
    // Wrong tries at names that do not exist, so they lock like real ones.
    // In memory only and bounded: it hides existence, it does not guard data.
    QHash<QString, UnknownName> m_unknownNames;
};

} // namespace quire
