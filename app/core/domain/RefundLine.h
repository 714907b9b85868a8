#pragma once

#include "domain/Money.h"
#include "domain/TaxCategory.h"
#include "domain/TaxRate.h"

#include <QString>
#include <optional>

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
    Money amount; // gross: what the customer gets back for these copies
    // The copies go back into stock once the gateway confirms the refund.
    bool restock = false;
    // The order line's category and rate, and the tax these copies give
    // back (included in `amount`); none for an order without tax.
    std::optional<TaxCategory> taxCategory;
    TaxRate taxRate;
    Money tax;
};

} // namespace quire
