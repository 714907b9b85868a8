#pragma once

#include "cart/CartLine.h"
#include "domain/Discount.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

// The SQL behind carts: one cart per session key; a line at the catalog's
// price is keyed by its code (one per title), a line at an entered price
// (an open-price item) by its id. No rules here (stock, currencies); those
// are Cart's.
class CartRepository final
{
public:
    explicit CartRepository(Database &database)
        : m_database(database)
    {}

    // The cart for `sessionKey`, created on first use.
    Result<qint64> open(const QString &sessionKey, qint64 nowMs);
    Result<QList<CartLine>> lines(qint64 cartId) const;
    // The line of this code at the catalog's price.
    Result<std::optional<CartLine>> line(qint64 cartId, const QString &isbn13) const;
    Result<std::optional<CartLine>> lineById(qint64 cartId, qint64 lineId) const;
    // Adds `quantity` copies at the catalog's price, creating the line if needed.
    Result<void> addQuantity(qint64 cartId, const QString &isbn13, int quantity, qint64 nowMs);
    // Adds `quantity` at an entered price: to the line of that code at that
    // price, or a new one. Returns the line's id.
    Result<qint64> addAtPrice(qint64 cartId, const QString &isbn13, qint64 unitPriceMinor,
                              int quantity, qint64 nowMs);
    Result<void> setQuantity(qint64 cartId, const QString &isbn13, int quantity, qint64 nowMs);
    Result<void> setLineQuantity(qint64 cartId, qint64 lineId, int quantity, qint64 nowMs);
    Result<void> remove(qint64 cartId, const QString &isbn13, qint64 nowMs);
    Result<void> removeLine(qint64 cartId, qint64 lineId, qint64 nowMs);
    // Removes every line and the order discount.
    Result<void> clear(qint64 cartId, qint64 nowMs);
    // A line's discount, or none to remove it (an amount's value in the
    // line's currency's minor units).
    Result<void> setLineDiscount(qint64 cartId, qint64 lineId,
                                 const std::optional<Discount> &discount, qint64 nowMs);
    Result<std::optional<Discount>> orderDiscount(qint64 cartId, const QString &currency) const;
    Result<void> setOrderDiscount(qint64 cartId, const std::optional<Discount> &discount,
                                  qint64 nowMs);

private:
    Result<void> touch(qint64 cartId, qint64 nowMs);
    Result<QList<CartLine>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
