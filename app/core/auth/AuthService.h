#pragma once

#include "auth/AuthSettings.h"
#include "auth/ManagerPromptThrottle.h"
#include "auth/OverrideApproval.h"
#include "auth/PinHasher.h"
#include "auth/SignInAttempt.h"
#include "auth/UnknownNameThrottle.h"
#include "auth/UserRepository.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <optional>

namespace quire {

class Clock;
class Database;

// Checks PINs: signing in, unlocking an idle-locked session, and a manager
// approving an override (leaving the kiosk is one).
//
// Signing in and the idle lock count wrong PINs towards the account's stored
// lockout, shared by all terminals. The idle lock is the signed-in user's own
// account, so it keeps those rules: whoever walked away from a locked till
// can only lock themself out, and a manager can lift that.
//
// The manager prompt is typed into by whoever stands at the terminal, a
// customer at the kiosk included, so it neither counts against nor looks at
// the named manager's account (else anyone could lock every manager out).
// It is throttled at this terminal instead (ManagerPromptThrottle): while it
// waits, no PIN is checked at all, so a right one cannot be confirmed.
//
// Every success, failure, lock and refusal is written to the audit log; a
// failure's message never says whether the name exists.
//
// PIN hashing is slow on purpose (tens of milliseconds); it runs outside any
// write transaction.
class AuthService final
{
    Q_DECLARE_TR_FUNCTIONS(quire::AuthService)

public:
    // `terminalId` names this terminal in the audit rows of its prompts.
    AuthService(Database &database, const Clock &clock, PinHasher hasher,
                AuthSettings settings = {}, QString terminalId = {});

    // Clerks and managers by user name; customers by e-mail or loyalty-card
    // number. Case and surrounding spaces do not matter.
    Result<SignInAttempt> signIn(const QString &identifier, const QString &pin);

    // The signed-in user's own PIN, to lift the idle lock.
    Result<SignInAttempt> confirmPin(const SignedInUser &user, const QString &pin);

    // A manager (by user name and PIN) approves `permission` for `requester`.
    // Returns the approval, or a Forbidden error; `attempt` (optional)
    // receives how the PIN check ended: Refused for a wrong PIN or a name
    // that cannot approve, Locked with `retryAfterMs` while this terminal's
    // prompt is throttled. Audited as `override_approved` (with
    // `override_requested`), `override_denied` or `override_prompt_throttled`,
    // naming the terminal, the requester and the manager, never the PIN.
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
    const QString &terminalId() const { return m_terminalId; }
    const PinHasher &hasher() const { return m_hasher; }

private:
    // Where a PIN was typed: decides the audit action's name only; both
    // count wrong PINs towards the account's lockout.
    enum class Purpose { SignIn, Unlock };

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
    Result<void> auditPrompt(const SignedInUser &requester, const QString &action,
                             const QString &what, const QString &detail);
    const QString &dummyHash();

    Database &m_database;
    const Clock &m_clock;
    PinHasher m_hasher;
    AuthSettings m_settings;
    UserRepository m_users;
    QString m_terminalId;
    QString m_dummyHash;
    // Wrong tries at names that do not exist, so they lock like real ones.
    UnknownNameThrottle m_unknownNames;
    // This terminal's manager prompts.
    ManagerPromptThrottle m_managerPrompt;
};

} // namespace quire
