#pragma once

#include "cart/CartLine.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

// The SQL behind carts: one cart per session key, lines keyed by ISBN. No
// rules here (stock, currencies); those are Cart's.
class CartRepository final
{
public:
    explicit CartRepository(Database &database)
        : m_database(database)
    {}

    // The cart for `sessionKey`, created on first use.
    Result<qint64> open(const QString &sessionKey, qint64 nowMs);
    Result<QList<CartLine>> lines(qint64 cartId) const;
    Result<std::optional<CartLine>> line(qint64 cartId, const QString &isbn13) const;
    // Adds `quantity` copies, creating the line if needed.
    Result<void> addQuantity(qint64 cartId, const QString &isbn13, int quantity, qint64 nowMs);
    Result<void> setQuantity(qint64 cartId, const QString &isbn13, int quantity, qint64 nowMs);
    Result<void> remove(qint64 cartId, const QString &isbn13, qint64 nowMs);
    Result<void> clear(qint64 cartId, qint64 nowMs);

private:
    Result<void> touch(qint64 cartId, qint64 nowMs);
    Result<QList<CartLine>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
