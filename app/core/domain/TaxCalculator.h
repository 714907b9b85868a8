#pragma once

#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/TaxPricing.h"
#include "domain/TaxTotal.h"

#include <QList>

namespace quire {

// Quire's one rounding rule for tax (docs/tax.md), pure arithmetic in
// integer minor units:
//
// 1. Lines are added up per rate (category and rate) first; tax is never
//    rounded per line.
// 2. Prices include tax: VAT = round-half-up(gross * r / (1 + r)),
//    net = gross - VAT. Prices exclude tax: tax = round-half-up(net * r),
//    gross = net + tax. (r is the rate; half a minor unit rounds away from
//    zero.)
// 3. The order total is the sum of the per-rate gross amounts, so the tax
//    table always adds up to the total to the minor unit.
//
// Refunds use the same rule on the refunded lines per rate, except that the
// refund which gives back the last copies of a rate returns the remainder:
// what the order charged at that rate minus what earlier refunds returned.
// A full refund, in one go or in parts, therefore returns exactly the tax
// charged.
class TaxCalculator
{
public:
    // The tax table of `amounts` (all in one currency), ordered by receipt
    // letter. Empty for no amounts.
    static Result<QList<TaxTotal>> totals(const QList<TaxedAmount> &amounts, TaxPricing pricing);
    // The tax in `base` (gross when inclusive, net when exclusive) at `rate`.
    static Result<qint64> taxOf(qint64 base, TaxRate rate, TaxPricing pricing);
    // The sum of the gross amounts: what the customer pays.
    static Result<Money> grossTotal(const QList<TaxTotal> &totals);

    // What a refund of `refunded` gives back per rate, given what the order
    // charged and what earlier refunds (that have not failed) returned.
    // Refunding more at a rate than the order charged is an error.
    static Result<QList<TaxTotal>> reversal(const QList<TaxTotal> &charged,
                                            const QList<TaxTotal> &alreadyReversed,
                                            const QList<TaxedAmount> &refunded, TaxPricing pricing);

    // Splits `total` (minor units, not negative) over parts in proportion to
    // `weights` (largest remainder: the parts add up to `total` exactly).
    static Result<QList<qint64>> allocate(qint64 total, const QList<qint64> &weights);

    // The price the store's prices are counted in for a rate row: gross when
    // inclusive, net when exclusive.
    static const Money &base(const TaxTotal &total, TaxPricing pricing)
    {
        return pricing == TaxPricing::Inclusive ? total.gross : total.net;
    }
};

} // namespace quire
