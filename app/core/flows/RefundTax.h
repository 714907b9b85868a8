#pragma once

#include "domain/Order.h"
#include "domain/RefundLine.h"
#include "domain/Result.h"
#include "domain/TaxTotal.h"

#include <QList>

namespace quire {

// The tax a refund gives back (docs/tax.md, "Refunds"): per rate, the
// refunded copies' amount taxed by the order's own rule, or, when these are
// the last copies of that rate still paid for, the remainder of what the
// order charged at it after the earlier refunds. Each rate's tax is shared
// over its refund lines in proportion to their amounts (largest remainder),
// so the lines add up to the refund exactly.
class RefundTax
{
public:
    // `lines` come with the order line's category and rate and `amount` the
    // unit price times the copies; they leave with `tax` and, when the
    // order's prices excluded tax, `amount` grown by it. `alreadyReversed`
    // is RefundLineRepository::reversedTaxes(). An order without tax keeps
    // its lines as they are.
    static Result<void> apply(const Order &order, const QList<TaxTotal> &alreadyReversed,
                              QList<RefundLine> &lines);
    // A refund's tax table, from its lines (the refund receipt's): per rate,
    // gross is the lines' amounts, tax their tax, net the difference. Empty
    // for lines without tax.
    static QList<TaxTotal> totalsOf(const QList<RefundLine> &lines);
};

} // namespace quire
