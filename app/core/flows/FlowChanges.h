#pragma once

#include "domain/DomainEvent.h"
#include "domain/OrderStatus.h"
#include "domain/PaymentStatus.h"

#include <QList>
#include <utility>

namespace quire {

// What one transaction of the purchase flow changed: applied to the running
// machines and published only once that transaction has committed.
struct FlowChanges
{
    QList<DomainEvent> events;
    QList<qint64> startedOrders;
    QList<qint64> startedPayments;
    QList<std::pair<qint64, OrderStatus>> orderMoves;
    QList<std::pair<qint64, PaymentStatus>> paymentMoves;
};

} // namespace quire
