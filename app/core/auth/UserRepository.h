#pragma once

#include "auth/Role.h"
#include "auth/User.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

// The `users` table. Plain reads and single-statement writes; the services
// put them in transactions.
class UserRepository final
{
public:
    struct NewUser
    {
        QString username;
        QString displayName;
        Role role = Role::Clerk;
        QString pinHash;
        QString email;
        QString loyaltyCard;
    };

    explicit UserRepository(Database &database)
        : m_database(database)
    {}

    Result<User> insert(const NewUser &user, qint64 nowMs);
    Result<std::optional<User>> findById(qint64 id) const;
    // Staff by user name, customers by e-mail or loyalty card. Identifiers
    // cannot overlap (staff names start with a letter and hold no `@`).
    Result<std::optional<User>> findBySignInName(const QString &identifier) const;
    Result<std::optional<User>> findByUsername(const QString &username) const;
    Result<QList<User>> all() const;
    Result<qint64> countEnabledManagers() const;

    Result<void> recordFailure(qint64 id, int failedAttempts, std::optional<qint64> lockedUntilMs);
    Result<void> recordSuccess(qint64 id, qint64 nowMs);
    Result<void> clearLock(qint64 id);
    Result<void> setPinHash(qint64 id, const QString &pinHash);
    Result<void> setDisabled(qint64 id, bool disabled);

private:
    Result<QList<User>> select(const QString &where, const QVariantList &bindings) const;
    Result<std::optional<User>> selectOne(const QString &where, const QVariantList &bindings) const;
    Result<void> update(const QString &sql, const QVariantList &bindings);

    Database &m_database;
};

} // namespace quire
