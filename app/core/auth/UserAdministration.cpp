#include "auth/UserAdministration.h"

#include "auth/AuthService.h"
#include "auth/DemoUser.h"
#include "auth/UserValidation.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "support/Clock.h"

namespace quire {

UserAdministration::UserAdministration(Database &database, const Clock &clock, PinHasher hasher)
    : m_database(database)
    , m_clock(clock)
    , m_hasher(std::move(hasher))
    , m_users(database)
    , m_policy(database, clock)
{}

Result<bool> UserAdministration::needsFirstManager() const
{
    auto query
        = m_database.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'manager'"));
    if (!query)
        return query.error();
    return query.value().next() && query.value().value(0).toLongLong() == 0;
}

Result<SignedInUser> UserAdministration::createFirstManager(const QString &username,
                                                            const QString &displayName,
                                                            const QString &pin,
                                                            const QString &pinAgain)
{
    if (pin != pinAgain)
        return Error::invalid(tr("The two PINs differ."));
    auto prepared = prepare({username, displayName, Role::Manager, pin, {}, {}});
    if (!prepared)
        return prepared.error();
    auto created = m_database.writeTransaction([&]() -> Result<User> {
        // Checked again under the write lock: two terminals set up at once
        // must not both create "the first" manager.
        auto needed = needsFirstManager();
        if (!needed)
            return needed.error();
        if (!*needed)
            return Error::conflict(tr("This store already has a manager."));
        auto user = m_users.insert(*prepared, m_clock.nowMs());
        if (!user)
            return user.error();
        if (auto a = audit(user->signedIn().actor(), QStringLiteral("first_manager_created"),
                           user->id, QStringLiteral("first start"));
            !a)
            return a.error();
        return user;
    });
    if (!created)
        return created.error();
    return created->signedIn();
}

Result<int> UserAdministration::seedDemoUsers()
{
    QList<UserRepository::NewUser> missing;
    QList<std::pair<qint64, QString>> movedPins; // user id, new PIN hash
    for (const DemoUser &demo : DemoUser::all()) {
        // Looked up before hashing: a demo restart should not pay for three
        // new hashes, only for a check of the former demo PIN.
        auto present = m_users.findBySignInName(demo.signInName);
        if (!present)
            return present.error();
        if (*present) {
            if (!demo.formerPin.isEmpty() && m_hasher.verify(demo.formerPin, (*present)->pinHash)) {
                auto hashed = m_hasher.hash(demo.pin);
                if (!hashed)
                    return hashed.error();
                movedPins.append({(*present)->id, *hashed});
            }
            continue;
        }
        NewAccount account{demo.signInName, demo.displayName, demo.role, demo.pin, {}, {}};
        if (demo.role == Role::Customer) {
            account.username.clear();
            account.email = demo.signInName;
        }
        auto prepared = prepare(account);
        if (!prepared)
            return prepared.error();
        missing.append(*prepared);
    }
    return m_database.writeTransaction([&]() -> Result<int> {
        for (const UserRepository::NewUser &user : std::as_const(missing)) {
            auto inserted = m_users.insert(user, m_clock.nowMs());
            if (!inserted)
                return inserted.error();
            if (auto a
                = audit(Actor::system(QStringLiteral("demo")), QStringLiteral("demo_user_created"),
                        inserted->id, QStringLiteral("role %1").arg(toDatabaseText(user.role)));
                !a)
                return a.error();
        }
        for (const auto &[id, pinHash] : std::as_const(movedPins)) {
            if (auto done = m_users.setPinHash(id, pinHash); !done)
                return done.error();
            if (auto a = audit(Actor::system(QStringLiteral("demo")),
                               QStringLiteral("demo_user_pin_changed"), id,
                               QStringLiteral("the former demo PIN is too easy to guess"));
                !a)
                return a.error();
        }
        return int(missing.size());
    });
}

Result<QList<User>> UserAdministration::users() const
{
    return m_users.all();
}

Result<User> UserAdministration::createUser(const SignedInUser &manager, const NewAccount &account)
{
    if (auto allowed
        = m_policy.authorize(manager, Permission::ManageUsers, QStringLiteral("create a user"));
        !allowed)
        return allowed.error();
    auto prepared = prepare(account);
    if (!prepared)
        return prepared.error();
    auto created = m_database.writeTransaction([&]() -> Result<User> {
        auto user = m_users.insert(*prepared, m_clock.nowMs());
        if (!user)
            return user.error();
        if (auto a = audit(manager.actor(), QStringLiteral("user_created"), user->id,
                           QStringLiteral("role %1").arg(toDatabaseText(user->role)));
            !a)
            return a.error();
        return user;
    });
    if (!created && created.error().message.contains(u"UNIQUE", Qt::CaseInsensitive))
        return Error::conflict(tr("This user name, e-mail address or card is taken."));
    return created;
}

Result<void> UserAdministration::setDisabled(const SignedInUser &manager, qint64 userId,
                                             bool disabled)
{
    if (auto allowed = m_policy.authorize(manager, Permission::ManageUsers,
                                          QStringLiteral("user %1").arg(userId));
        !allowed)
        return allowed;
    if (disabled && userId == manager.id)
        return Error::invalid(tr("You cannot disable your own account."));
    return m_database.writeTransaction([&]() -> Result<void> {
        auto user = existing(userId);
        if (!user)
            return user.error();
        if (user->disabled == disabled)
            return {};
        if (disabled && user->role == Role::Manager) {
            auto managers = m_users.countEnabledManagers();
            if (!managers)
                return managers.error();
            if (*managers <= 1)
                return Error::invalid(tr("The last enabled manager cannot be disabled."));
        }
        if (auto done = m_users.setDisabled(userId, disabled); !done)
            return done;
        return audit(manager.actor(),
                     disabled ? QStringLiteral("user_disabled") : QStringLiteral("user_enabled"),
                     userId, QString());
    });
}

Result<void> UserAdministration::resetPin(const SignedInUser &manager, qint64 userId,
                                          const QString &newPin)
{
    if (auto allowed = m_policy.authorize(manager, Permission::ManageUsers,
                                          QStringLiteral("user %1").arg(userId));
        !allowed)
        return allowed;
    auto user = existing(userId);
    if (!user)
        return user.error();
    if (auto valid
        = UserValidation::validateNewPin(newPin, {user->username, user->email, user->loyaltyCard});
        !valid)
        return valid;
    auto hashed = m_hasher.hash(newPin);
    if (!hashed)
        return hashed.error();
    return m_database.writeTransaction([&]() -> Result<void> {
        if (auto user = existing(userId); !user)
            return user.error();
        if (auto done = m_users.setPinHash(userId, *hashed); !done)
            return done;
        if (auto done = m_users.clearLock(userId); !done)
            return done;
        return audit(manager.actor(), QStringLiteral("pin_reset"), userId, QString());
    });
}

Result<void> UserAdministration::unlock(const SignedInUser &manager, qint64 userId)
{
    if (auto allowed = m_policy.authorize(manager, Permission::ManageUsers,
                                          QStringLiteral("user %1").arg(userId));
        !allowed)
        return allowed;
    return m_database.writeTransaction([&]() -> Result<void> {
        auto user = existing(userId);
        if (!user)
            return user.error();
        if (auto done = m_users.clearLock(userId); !done)
            return done;
        return audit(manager.actor(), QStringLiteral("account_unlocked"), userId,
                     user->lockedUntilMs ? QStringLiteral("lock lifted")
                                         : QStringLiteral("was not locked"));
    });
}

Result<UserRepository::NewUser> UserAdministration::prepare(const NewAccount &account) const
{
    UserRepository::NewUser user;
    user.role = account.role;
    user.displayName = account.displayName.trimmed();
    if (account.role == Role::Customer) {
        user.email = AuthService::normalizeIdentifier(account.email);
        user.loyaltyCard = AuthService::normalizeIdentifier(account.loyaltyCard);
        user.username = UserValidation::customerUsername(user.email, user.loyaltyCard);
    } else {
        user.username = AuthService::normalizeIdentifier(account.username);
    }
    if (auto valid = UserValidation::validate(user); !valid)
        return valid.error();
    if (auto valid = UserValidation::validateNewPin(account.pin,
                                                    {user.username, user.email, user.loyaltyCard});
        !valid)
        return valid.error();
    auto hashed = m_hasher.hash(account.pin);
    if (!hashed)
        return hashed.error();
    user.pinHash = *hashed;
    return user;
}

Result<User> UserAdministration::existing(qint64 userId) const
{
    auto user = m_users.findById(userId);
    if (!user)
        return user.error();
    if (!*user)
        return Error::notFound(tr("There is no such user."));
    return **user;
}

Result<void> UserAdministration::audit(const Actor &actor, const QString &action, qint64 userId,
                                       const QString &detail)
{
    AuditEntry entry;
    entry.at = m_clock.nowUtc();
    entry.actor = actor;
    entry.action = action;
    entry.entityType = QStringLiteral("user");
    entry.entityId = QString::number(userId);
    entry.detail = detail;
    return AuditLog(m_database).append(entry);
}

} // namespace quire
