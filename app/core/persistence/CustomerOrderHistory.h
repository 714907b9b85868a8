#pragma once

#include "domain/Money.h"
#include "domain/OrderStatus.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>

namespace quire {

class Database;

// One customer's own orders, newest first, for the kiosk's "My orders":
// only orders that customer made (orders.created_by), with what has been
// refunded of each so far (the succeeded refunds of its paying attempt).
class CustomerOrderHistory final
{
public:
    struct Entry
    {
        qint64 orderId = 0;
        QDateTime createdAt;
        Money total;
        OrderStatus status = OrderStatus::Created;
        Money refunded;
    };

    explicit CustomerOrderHistory(Database &database)
        : m_database(database)
    {}

    Result<QList<Entry>> ordersOf(qint64 customerId, int limit = 200) const;

private:
    Database &m_database;
};

} // namespace quire
