#pragma once

#include "domain/Money.h"
#include "domain/OrderLine.h"
#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace quire {

struct Order
{
    qint64 id = 0;
    OrderStatus status = OrderStatus::Created;
    Money total;
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<OrderLine> lines;
};

} // namespace quire
