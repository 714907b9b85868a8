#pragma once

#include "domain/Order.h"
#include "domain/Result.h"

namespace quire {

class Database;

class OrderRepository final
{
public:
    explicit OrderRepository(Database &database)
        : m_database(database)
    {}

    // Writes the order and its lines; returns the new order id. The caller
    // provides the transaction.
    Result<qint64> insert(const Order &order);
    Result<Order> find(qint64 orderId) const;
    // The order without its lines, for a status change that does not need them.
    Result<Order> findHeader(qint64 orderId) const;
    // Moves the order from `from` to `to`; a Conflict when it is no longer in
    // `from` (someone else changed it first), so a change never applies twice.
    Result<void> updateStatus(qint64 orderId, OrderStatus from, OrderStatus to, qint64 nowMs);
    Result<QList<qint64>> idsWithStatus(OrderStatus status) const;
    // The order's lines alone, priced in the order's currency.
    Result<QList<OrderLine>> linesOf(qint64 orderId, const QString &currency) const;
    // The order's tax table (`order_taxes`), by receipt letter; empty for an
    // order made before Quire had tax.
    Result<QList<TaxTotal>> taxTotalsOf(qint64 orderId, const QString &currency) const;

private:
    Database &m_database;
};

} // namespace quire
