#pragma once

#include "domain/Money.h"
#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QString>

namespace quire {

// One order found by OrderSearch.
struct OrderMatch
{
    qint64 orderId = 0;
    OrderStatus status = OrderStatus::Paid;
    Money total;
    QDateTime createdAt;
    QString customer; // the customer's name at the kiosk; empty for a counter sale
};

} // namespace quire
