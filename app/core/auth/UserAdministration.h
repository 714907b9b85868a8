#pragma once

#include "auth/AccessPolicy.h"
#include "auth/PinHasher.h"
#include "auth/SignedInUser.h"
#include "auth/User.h"
#include "auth/UserRepository.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace quire {

class Clock;
class Database;

// Creating and looking after accounts: the first manager on a fresh
// database, the demo users, and what a manager does on the users page.
// Every change is one transaction with its audit row; every manager action
// is authorised by AccessPolicy (ManageUsers) first, and a refusal changes
// nothing. Every new PIN (a new account, a reset) must pass
// UserValidation::validateNewPin: no PIN a guesser tries first.
class UserAdministration final
{
    Q_DECLARE_TR_FUNCTIONS(quire::UserAdministration)

public:
    struct NewAccount
    {
        QString username; // staff only
        QString displayName;
        Role role = Role::Clerk;
        QString pin;
        QString email;       // customers only
        QString loyaltyCard; // customers only
    };

    UserAdministration(Database &database, const Clock &clock, PinHasher hasher);

    // True while the database has no manager at all (a disabled one counts:
    // otherwise disabling the last manager would reopen the setup to anyone).
    Result<bool> needsFirstManager() const;
    // Only while needsFirstManager(); the PIN is typed twice.
    Result<SignedInUser> createFirstManager(const QString &username, const QString &displayName,
                                            const QString &pin, const QString &pinAgain);

    // Adds the DemoUser accounts that are missing, and moves those still on
    // their former demo PIN to the current one. For the demo database only.
    // Returns how many accounts were added.
    Result<int> seedDemoUsers();

    Result<QList<User>> users() const;
    Result<User> createUser(const SignedInUser &manager, const NewAccount &account);
    // A manager cannot disable themself nor the last enabled manager.
    Result<void> setDisabled(const SignedInUser &manager, qint64 userId, bool disabled);
    // Also lifts a lock: the person now knows their PIN again.
    Result<void> resetPin(const SignedInUser &manager, qint64 userId, const QString &newPin);
    Result<void> unlock(const SignedInUser &manager, qint64 userId);

private:
    Result<UserRepository::NewUser> prepare(const NewAccount &account) const;
    Result<User> existing(qint64 userId) const;
    Result<void> audit(const Actor &actor, const QString &action, qint64 userId,
                       const QString &detail);

    Database &m_database;
    const Clock &m_clock;
    PinHasher m_hasher;
    UserRepository m_users;
    AccessPolicy m_policy;
};

} // namespace quire
