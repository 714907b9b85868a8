#pragma once

#include "domain/Money.h"
#include "domain/OrderLine.h"
#include "domain/OrderStatus.h"
#include "domain/TaxPricing.h"
#include "domain/TaxTotal.h"

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
    // How its prices were meant and its tax table (one row per rate, gross
    // adding up to `total`); none for an order made before Quire had tax.
    std::optional<TaxPricing> taxPricing;
    QList<TaxTotal> taxTotals;
    // The order discount's reason; its amount is the lines' orderDiscountMinor.
    QString orderDiscountReason = {};

    qint64 discountMinor() const
    {
        qint64 sum = 0;
        for (const OrderLine &line : lines)
            sum += line.discountMinor();
        return sum;
    }
    qint64 orderDiscountMinor() const
    {
        qint64 sum = 0;
        for (const OrderLine &line : lines)
            sum += line.orderDiscountMinor;
        return sum;
    }
};

} // namespace quire
