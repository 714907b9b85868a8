#pragma once

#include <QList>

namespace quire {

// Copies of one order line to refund.
struct RefundLineRequest
{
    int lineNumber = 0;
    int quantity = 0;
};

// A refund asked for: which copies of which lines of a paid order.
struct RefundRequest
{
    qint64 orderId = 0;
    QList<RefundLineRequest> lines;
};

} // namespace quire
