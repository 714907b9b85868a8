#pragma once

#include "domain/Money.h"

#include <QString>

namespace quire {

// Copies of one order line given back by a refund, as stored in
// `refund_lines` (title and unit price are the order line's).
struct RefundLine
{
    int lineNumber = 0;
    QString isbn13;
    QString title;
    Money unitPrice;
    int quantity = 0;
    Money amount;
    // The copies go back into stock once the gateway confirms the refund.
    bool restock = false;
};

} // namespace quire
