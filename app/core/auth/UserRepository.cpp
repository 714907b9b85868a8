#include "auth/UserRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant msOrNull(std::optional<qint64> ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType::fromType<qint64>());
}

const QString kColumns = QStringLiteral(
    "SELECT id, username, display_name, role, pin_hash, disabled, email, loyalty_card,"
    " failed_attempts, locked_until, last_sign_in_at, created_at FROM users");

} // namespace

Result<User> UserRepository::insert(const NewUser &user, qint64 nowMs)
{
    qint64 id = 0;
    {
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO users (username, display_name, role, pin_hash, disabled,"
                           " email, loyalty_card, failed_attempts, created_at)"
                           " VALUES (?, ?, ?, ?, 0, ?, ?, 0, ?) RETURNING id"),
            {user.username, user.displayName, toDatabaseText(user.role), user.pinHash,
             textOrNull(user.email), textOrNull(user.loyaltyCard), nowMs});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = inserted.value();
        if (!row.next())
            return Error::database(
                QStringLiteral("the new user got no id")); // notr: driver invariant
        id = row.value(0).toLongLong();
        row.finish();
    }
    User stored;
    stored.id = id;
    stored.username = user.username;
    stored.displayName = user.displayName;
    stored.role = user.role;
    stored.pinHash = user.pinHash;
    stored.email = user.email;
    stored.loyaltyCard = user.loyaltyCard;
    stored.createdAtMs = nowMs;
    return stored;
}

Result<std::optional<User>> UserRepository::findById(qint64 id) const
{
    return selectOne(QStringLiteral("id = ?"), {id});
}

Result<std::optional<User>> UserRepository::findBySignInName(const QString &identifier) const
{
    return selectOne(QStringLiteral("(role <> 'customer' AND username = ?)"
                                    " OR (role = 'customer' AND (email = ? OR loyalty_card = ?))"),
                     {identifier, identifier, identifier});
}

Result<std::optional<User>> UserRepository::findByUsername(const QString &username) const
{
    return selectOne(QStringLiteral("username = ?"), {username});
}

Result<QList<User>> UserRepository::all() const
{
    return select(QString(), {});
}

Result<qint64> UserRepository::countEnabledManagers() const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT COUNT(*) FROM users WHERE role = 'manager' AND disabled = 0"));
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0).toLongLong() : 0;
}

Result<void> UserRepository::recordFailure(qint64 id, int failedAttempts,
                                           std::optional<qint64> lockedUntilMs)
{
    return update(
        QStringLiteral("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
        {failedAttempts, msOrNull(lockedUntilMs), id});
}

Result<void> UserRepository::recordSuccess(qint64 id, qint64 nowMs)
{
    return update(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL,"
                                 " last_sign_in_at = ? WHERE id = ?"),
                  {nowMs, id});
}

Result<void> UserRepository::clearLock(qint64 id)
{
    return update(
        QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"),
        {id});
}

Result<void> UserRepository::setPinHash(qint64 id, const QString &pinHash)
{
    return update(QStringLiteral("UPDATE users SET pin_hash = ? WHERE id = ?"), {pinHash, id});
}

Result<void> UserRepository::setDisabled(qint64 id, bool disabled)
{
    return update(QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"),
                  {disabled ? 1 : 0, id});
}

Result<void> UserRepository::update(const QString &sql, const QVariantList &bindings)
{
    auto updated = m_database.exec(sql, bindings);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("quire::UserRepository", "no such user"));
    return {};
}

Result<std::optional<User>> UserRepository::selectOne(const QString &where,
                                                      const QVariantList &bindings) const
{
    auto users = select(where, bindings);
    if (!users)
        return users.error();
    if (users->isEmpty())
        return std::optional<User>();
    return std::optional<User>(users->constFirst());
}

Result<QList<User>> UserRepository::select(const QString &where, const QVariantList &bindings) const
{
    QString sql = kColumns;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY id");
    auto query = m_database.exec(sql, bindings);
    if (!query)
        return query.error();
    QList<User> users;
    QSqlQuery &row = query.value();
    while (row.next()) {
        const auto role = roleFromDatabaseText(row.value(3).toString());
        if (!role)
            return Error::database(
                QCoreApplication::translate("quire::UserRepository", "user %1 has an unknown role")
                    .arg(row.value(0).toLongLong()));
        User user;
        user.id = row.value(0).toLongLong();
        user.username = row.value(1).toString();
        user.displayName = row.value(2).toString();
        user.role = *role;
        user.pinHash = row.value(4).toString();
        user.disabled = row.value(5).toInt() != 0;
        user.email = row.value(6).toString();
        user.loyaltyCard = row.value(7).toString();
        user.failedAttempts = row.value(8).toInt();
        if (!row.value(9).isNull())
            user.lockedUntilMs = row.value(9).toLongLong();
        if (!row.value(10).isNull())
            user.lastSignInMs = row.value(10).toLongLong();
        user.createdAtMs = row.value(11).toLongLong();
        users.append(user);
    }
    return users;
}

} // namespace quire
