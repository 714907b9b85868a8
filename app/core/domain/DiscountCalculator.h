#pragma once

#include "domain/Discount.h"
#include "domain/Result.h"

#include <QList>

namespace quire {

// The arithmetic of discounts (docs/tax.md, "Discounts"), integer minor
// units only. Amounts are in the store's pricing base: gross when prices
// include tax, net when they do not; the tax is then computed by
// TaxCalculator on the discounted amounts.
//
// - A percent off a line is round-half-up(base * basis points / 10000),
//   once on the line's total (unit price times quantity), never per copy.
// - An order discount is worked out on the eligible lines' total (after
//   their own discounts) the same way and spread over those lines in
//   proportion to their amounts, by largest remainder (earlier lines first
//   on a tie): the shares add up to the order discount exactly.
// - A refund of some copies of a discounted line gives back its share of
//   what the line charged: after `before` of `quantity` copies were refunded,
//   `count` more give back round(charged * (before + count) / quantity) -
//   round(charged * before / quantity), so all refunds of a line add up to
//   what it charged to the minor unit.
class DiscountCalculator
{
public:
    // The minor units `discount` takes off `baseMinor`. Invalid: a percent
    // above 100 % or below 0, an amount in another currency, below zero or
    // above the base.
    static Result<qint64> discountOf(qint64 baseMinor, const QString &currency,
                                     const Discount &discount);
    // The order discount's share of each line: lines with `eligible` false
    // get 0. Invalid when the eligible lines are worth less than an amount
    // discount, or none is eligible.
    static Result<QList<qint64>> spread(const QList<qint64> &baseMinor, const QList<bool> &eligible,
                                        const QString &currency, const Discount &discount);
    // What `count` copies of a line that charged `chargedMinor` for
    // `quantity` copies give back after `before` copies were refunded.
    static Result<qint64> refundShare(qint64 chargedMinor, int quantity, int before, int count);
    // The discount as a share of the base in basis points, rounded up (what
    // a policy limit in percent compares against).
    static qint64 basisPointsOf(qint64 discountMinor, qint64 baseMinor);
};

} // namespace quire
