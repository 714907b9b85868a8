#include "auth/AuthService.h"

#include "auth/AccessPolicy.h"
#include "auth/AuthLogging.h"
#include "auth/UserValidation.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "support/Clock.h"

#include <QRegularExpression>

namespace quire {

namespace {

const QString kPermission = QStringLiteral("permission");

SignInAttempt attemptOf(SignInAttempt::Outcome outcome, std::optional<SignedInUser> user = {},
                        QDateTime lockedUntil = {}, qint64 retryAfterMs = 0)
{
    return SignInAttempt{outcome, std::move(user), std::move(lockedUntil), retryAfterMs};
}

// Whole seconds, rounded up: "0 s" must never be shown while still waiting.
qint64 secondsOf(std::chrono::milliseconds wait)
{
    return (wait.count() + 999) / 1000;
}

} // namespace

QString AuthService::successAction(Purpose purpose)
{
    switch (purpose) {
    case Purpose::SignIn:
        return QStringLiteral("signed_in");
    case Purpose::Unlock:
        return QStringLiteral("session_unlocked");
    }
    return {};
}

QString AuthService::failureAction(Purpose purpose)
{
    switch (purpose) {
    case Purpose::SignIn:
        return QStringLiteral("sign_in_failed");
    case Purpose::Unlock:
        return QStringLiteral("unlock_failed");
    }
    return {};
}

AuthService::AuthService(Database &database, const Clock &clock, PinHasher hasher,
                         AuthSettings settings, QString terminalId)
    : m_database(database)
    , m_clock(clock)
    , m_hasher(std::move(hasher))
    , m_settings(settings)
    , m_users(database)
    , m_terminalId(terminalId.isEmpty() ? QStringLiteral("this terminal") : std::move(terminalId))
    , m_unknownNames(clock, settings.maxFailedAttempts, settings.lockDuration,
                     settings.unknownNameCapacity)
    , m_managerPrompt(clock, settings.managerPrompt)
{}

QString AuthService::normalizeIdentifier(const QString &identifier)
{
    static const QRegularExpression cardNumber(QStringLiteral("^[0-9 ]+$"));
    QString normalized = identifier.trimmed().toLower();
    if (cardNumber.match(normalized).hasMatch())
        normalized.remove(u' ');
    return normalized;
}

Result<SignInAttempt> AuthService::signIn(const QString &identifier, const QString &pin)
{
    const QString name = normalizeIdentifier(identifier);
    if (!PinHasher::validatePin(pin))
        return attemptOf(SignInAttempt::Outcome::MalformedPin);
    auto found = name.isEmpty() ? Result<std::optional<User>>(std::optional<User>())
                                : m_users.findBySignInName(name);
    if (!found)
        return found.error();
    return check(*found, name, pin, Purpose::SignIn);
}

Result<SignInAttempt> AuthService::confirmPin(const SignedInUser &user, const QString &pin)
{
    if (!PinHasher::validatePin(pin))
        return attemptOf(SignInAttempt::Outcome::MalformedPin);
    auto found = m_users.findById(user.id);
    if (!found)
        return found.error();
    return check(*found, user.username, pin, Purpose::Unlock);
}

Result<OverrideApproval> AuthService::approveOverride(const SignedInUser &requester,
                                                      Permission permission, const QString &target,
                                                      const QString &managerName,
                                                      const QString &pin, SignInAttempt *attempt)
{
    using Outcome = SignInAttempt::Outcome;
    SignInAttempt ignored;
    SignInAttempt &checked = attempt ? *attempt : ignored;
    const QString what = toAuditText(permission);
    const QString forTarget = target.isEmpty() ? QString() : QStringLiteral("; for %1").arg(target);
    const QString refusal = tr("manager approval refused");
    const QString name = normalizeIdentifier(managerName);
    auto found = name.isEmpty() ? Result<std::optional<User>>(std::optional<User>())
                                : m_users.findBySignInName(name);
    if (!found)
        return found.error();
    // Looked up (no PIN checked) so that every row names who was asked for.
    // Only an enabled manager with a PIN can approve: anyone else is answered
    // exactly like a wrong PIN, after as long a check.
    std::optional<User> manager = *found;
    if (manager
        && (manager->disabled || manager->pinHash.isEmpty()
            || !AccessPolicy::allows(manager->role, Permission::ApproveOverride)))
        manager.reset();
    // The audit names the manager asked for. Another account is named by its
    // id only (a customer's user name is their e-mail address); a name that
    // does not exist is not recorded: people type PINs into the name field.
    QString named = QStringLiteral("an unknown name");
    if (manager)
        named = QStringLiteral("manager %1 (user %2)").arg(manager->username).arg(manager->id);
    else if (*found)
        named = QStringLiteral("user %1, who cannot approve").arg((*found)->id);

    // Throttled: refused without checking the PIN, so a right one cannot be
    // confirmed while the prompt waits.
    if (const auto wait = m_managerPrompt.remaining(); wait.count() > 0) {
        checked = attemptOf(Outcome::Locked, std::nullopt, m_clock.nowUtc().addMSecs(wait.count()),
                            wait.count());
        if (auto a = auditPrompt(requester, QStringLiteral("override_prompt_throttled"), what,
                                 QStringLiteral("%1: PIN not checked; %2 wrong PINs in a row "
                                                "here, %3 s to wait")
                                         .arg(named)
                                         .arg(m_managerPrompt.failures())
                                         .arg(secondsOf(wait))
                                     + forTarget);
            !a)
            return a.error();
        return Error::forbidden(refusal);
    }
    if (!PinHasher::validatePin(pin)) {
        // Not counted: a PIN of the wrong length is a slip, not a guess.
        checked = attemptOf(Outcome::MalformedPin);
        if (auto a = auditPrompt(requester, QStringLiteral("override_denied"), what,
                                 named + QStringLiteral(": not a six-digit PIN") + forTarget);
            !a)
            return a.error();
        return Error::forbidden(refusal);
    }

    bool approved = false;
    if (manager) {
        approved = m_hasher.verify(pin, manager->pinHash)
                   && AccessPolicy::allows(manager->role, permission);
    } else {
        (void)m_hasher.verify(pin, dummyHash());
    }

    if (!approved) {
        const auto wait = m_managerPrompt.recordFailure();
        QString detail = QStringLiteral("%1: wrong PIN or cannot approve; %2 wrong PINs in a "
                                        "row here")
                             .arg(named)
                             .arg(m_managerPrompt.failures());
        if (wait.count() > 0) {
            detail += QStringLiteral("; prompt throttled for %1 s").arg(secondsOf(wait));
            checked = attemptOf(Outcome::Locked, std::nullopt,
                                m_clock.nowUtc().addMSecs(wait.count()), wait.count());
        } else {
            checked = attemptOf(Outcome::Refused);
        }
        if (auto a
            = auditPrompt(requester, QStringLiteral("override_denied"), what, detail + forTarget);
            !a)
            return a.error();
        return Error::forbidden(refusal);
    }

    m_managerPrompt.recordSuccess();
    const User &approver = *manager;
    checked = attemptOf(Outcome::SignedIn, approver.signedIn());
    OverrideApproval approval{requester, approver.signedIn(), permission, target};
    const QString where = QStringLiteral("; at %1").arg(m_terminalId);
    auto recorded = m_database.writeTransaction([&]() -> Result<void> {
        if (auto a
            = audit(requester.actor(), QStringLiteral("override_requested"), kPermission, what,
                    QStringLiteral("approved by %1 (user %2)")
                            .arg(approval.approver.username)
                            .arg(approval.approver.id)
                        + forTarget + where);
            !a)
            return a;
        return audit(approval.approver.actor(), QStringLiteral("override_approved"), kPermission,
                     what,
                     QStringLiteral("for %1 (user %2)").arg(requester.username).arg(requester.id)
                         + forTarget + where);
    });
    if (!recorded)
        return recorded.error();
    return approval;
}

Result<SignedInUser> AuthService::registerCustomer(const QString &email, const QString &loyaltyCard,
                                                   const QString &displayName, const QString &pin)
{
    UserRepository::NewUser customer;
    customer.role = Role::Customer;
    customer.email = normalizeIdentifier(email);
    customer.loyaltyCard = normalizeIdentifier(loyaltyCard);
    customer.displayName = displayName.trimmed();
    customer.username = UserValidation::customerUsername(customer.email, customer.loyaltyCard);
    if (auto valid = UserValidation::validate(customer); !valid)
        return valid.error();
    if (auto valid = UserValidation::validateNewPin(pin, {customer.email, customer.loyaltyCard});
        !valid)
        return valid.error();
    auto hashed = m_hasher.hash(pin);
    if (!hashed)
        return hashed.error();
    customer.pinHash = *hashed;

    auto created = m_database.writeTransaction([&]() -> Result<User> {
        auto user = m_users.insert(customer, m_clock.nowMs());
        if (!user)
            return user.error();
        if (auto a = audit(user->signedIn().actor(), QStringLiteral("customer_registered"),
                           QString::number(user->id), QStringLiteral("self-service at the kiosk"));
            !a)
            return a.error();
        if (auto signedIn = m_users.recordSuccess(user->id, m_clock.nowMs()); !signedIn)
            return signedIn.error();
        return user;
    });
    if (!created) {
        // The unique indexes are the authority on duplicates (two kiosks at once).
        if (created.error().message.contains(u"UNIQUE", Qt::CaseInsensitive))
            return Error::conflict(
                tr("An account with this e-mail address or card already exists."));
        return created.error();
    }
    return created->signedIn();
}

Result<SignInAttempt> AuthService::check(const std::optional<User> &found,
                                         const QString &identifier, const QString &pin,
                                         Purpose purpose)
{
    if (!found || found->disabled || found->pinHash.isEmpty())
        return refuseUnknown(identifier, pin, found, purpose);

    const User &user = *found;
    const qint64 now = m_clock.nowMs();
    if (user.isLockedAt(now)) {
        // No PIN check while locked: a right PIN must not be confirmable.
        if (auto a = audit(user.signedIn().actor(), QStringLiteral("sign_in_refused"),
                           QString::number(user.id), QStringLiteral("account locked"));
            !a)
            return a.error();
        return attemptOf(SignInAttempt::Outcome::Locked, std::nullopt,
                         QDateTime::fromMSecsSinceEpoch(*user.lockedUntilMs, Qt::UTC));
    }

    if (!m_hasher.verify(pin, user.pinHash))
        return recordWrongPin(user, purpose);

    const QString action = successAction(purpose);
    const bool upgrade = m_hasher.needsRehash(user.pinHash);
    Result<QString> rehashed = upgrade ? m_hasher.hash(pin) : Result<QString>(QString());
    auto recorded = m_database.writeTransaction([&]() -> Result<void> {
        if (auto done = m_users.recordSuccess(user.id, now); !done)
            return done;
        if (upgrade && rehashed) {
            if (auto done = m_users.setPinHash(user.id, *rehashed); !done)
                return done;
        }
        return audit(user.signedIn().actor(), action, QString::number(user.id),
                     QStringLiteral("role %1").arg(toDatabaseText(user.role)));
    });
    if (!recorded)
        return recorded.error();
    return attemptOf(SignInAttempt::Outcome::SignedIn, user.signedIn());
}

Result<SignInAttempt> AuthService::recordWrongPin(const User &stale, Purpose purpose)
{
    const qint64 now = m_clock.nowMs();
    const QString failed = failureAction(purpose);
    return m_database.writeTransaction([&]() -> Result<SignInAttempt> {
        // Counted against the stored value, read under the write lock, so two
        // terminals guessing at once cannot share one allowance.
        auto fresh = m_users.findById(stale.id);
        if (!fresh)
            return fresh.error();
        if (!*fresh)
            return attemptOf(SignInAttempt::Outcome::Refused);
        const User &user = **fresh;
        const int failures = user.failedAttempts + 1;
        const QString entityId = QString::number(user.id);
        if (auto a = audit(user.signedIn().actor(), failed, entityId,
                           QStringLiteral("wrong PIN, %1 of %2")
                               .arg(failures)
                               .arg(m_settings.maxFailedAttempts));
            !a)
            return a.error();
        if (failures < m_settings.maxFailedAttempts) {
            if (auto done = m_users.recordFailure(user.id, failures, user.lockedUntilMs); !done)
                return done.error();
            return attemptOf(SignInAttempt::Outcome::Refused);
        }
        // Locked: the counter starts again for when the lock has run out.
        const qint64 until = now + m_settings.lockDuration.count();
        if (auto done = m_users.recordFailure(user.id, 0, until); !done)
            return done.error();
        if (auto a = audit(user.signedIn().actor(), QStringLiteral("account_locked"), entityId,
                           QStringLiteral("%1 wrong PINs; locked for %2 s")
                               .arg(failures)
                               .arg(m_settings.lockDuration.count() / 1000));
            !a)
            return a.error();
        return attemptOf(SignInAttempt::Outcome::Locked, std::nullopt,
                         QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
    });
}

Result<SignInAttempt> AuthService::refuseUnknown(const QString &identifier, const QString &pin,
                                                 const std::optional<User> &disabledUser,
                                                 Purpose purpose)
{
    // Spend the same time a real check would, so timing does not tell
    // whether the name exists.
    (void)m_hasher.verify(pin, dummyHash());

    const QString failed = failureAction(purpose);

    // The audit row names a real (disabled) account; an unknown name is not
    // recorded: people type PINs into the name field.
    const Actor actor
        = disabledUser ? disabledUser->signedIn().actor() : Actor::system(QStringLiteral("auth"));
    const QString entityId
        = disabledUser ? QString::number(disabledUser->id) : QStringLiteral("unknown");
    const QString reason = disabledUser
                               ? (disabledUser->disabled ? QStringLiteral("account disabled")
                                                         : QStringLiteral("no PIN set"))
                               : QStringLiteral("unknown name");

    if (const auto wait = m_unknownNames.remaining(identifier); wait.count() > 0) {
        if (auto a = audit(actor, QStringLiteral("sign_in_refused"), entityId,
                           reason + QStringLiteral("; throttled"));
            !a)
            return a.error();
        return attemptOf(SignInAttempt::Outcome::Locked, std::nullopt,
                         m_clock.nowUtc().addMSecs(wait.count()));
    }
    if (auto a = audit(actor, failed, entityId, reason); !a)
        return a.error();
    if (const auto lock = m_unknownNames.recordFailure(identifier); lock.count() > 0)
        return attemptOf(SignInAttempt::Outcome::Locked, std::nullopt,
                         m_clock.nowUtc().addMSecs(lock.count()));
    return attemptOf(SignInAttempt::Outcome::Refused);
}

Result<void> AuthService::audit(const Actor &actor, const QString &action, const QString &entityId,
                                const QString &detail)
{
    return audit(actor, action, QStringLiteral("user"), entityId, detail);
}

Result<void> AuthService::audit(const Actor &actor, const QString &action,
                                const QString &entityType, const QString &entityId,
                                const QString &detail)
{
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.actor = actor;
    entry.action = action;
    entry.entityType = entityType;
    entry.entityId = entityId;
    entry.detail = detail;
    return AuditLog(m_database).append(entry);
}

Result<void> AuthService::auditPrompt(const SignedInUser &requester, const QString &action,
                                      const QString &what, const QString &detail)
{
    return audit(requester.actor(), action, kPermission, what,
                 QStringLiteral("at %1; asked by %2 (user %3); ")
                         .arg(m_terminalId, requester.username)
                         .arg(requester.id)
                     + detail);
}

const QString &AuthService::dummyHash()
{
    if (m_dummyHash.isEmpty()) {
        auto hashed = m_hasher.hash(QStringLiteral("000000"));
        if (hashed)
            m_dummyHash = *hashed;
        else
            qCWarning(lcAuth) << "could not prepare the timing-equalising hash:" << hashed.error();
    }
    return m_dummyHash;
}

} // namespace quire
