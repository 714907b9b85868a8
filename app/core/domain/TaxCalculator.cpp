#include "domain/TaxCalculator.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace quire {

namespace {

Error overflow()
{
    return Error::invalid(QCoreApplication::translate(
        "quire::TaxCalculator", "the amount is too large to compute its tax"));
}

// numerator / denominator rounded half away from zero; denominator > 0.
Result<qint64> divideRounded(qint64 numerator, qint64 denominator)
{
    const bool negative = numerator < 0;
    if (numerator == std::numeric_limits<qint64>::min())
        return overflow();
    const qint64 magnitude = negative ? -numerator : numerator;
    const qint64 quotient = magnitude / denominator;
    const qint64 remainder = magnitude % denominator;
    // remainder * 2 >= denominator, without overflowing.
    const qint64 rounded = remainder >= denominator - remainder ? quotient + 1 : quotient;
    return negative ? -rounded : rounded;
}

Result<qint64> times(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (__builtin_mul_overflow(a, b, &product))
        return overflow();
    return product;
}

Result<qint64> add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return overflow();
    return sum;
}

bool sameRate(const TaxTotal &total, TaxCategory category, TaxRate rate)
{
    return total.category == category && total.rate == rate;
}

Result<TaxTotal> rowOf(TaxCategory category, TaxRate rate, qint64 net, qint64 tax, qint64 gross,
                       const QString &currency)
{
    auto netMoney = Money::fromMinorUnits(net, currency);
    auto taxMoney = Money::fromMinorUnits(tax, currency);
    auto grossMoney = Money::fromMinorUnits(gross, currency);
    if (!netMoney)
        return netMoney.error();
    if (!taxMoney)
        return taxMoney.error();
    if (!grossMoney)
        return grossMoney.error();
    return TaxTotal{category, rate, *netMoney, *taxMoney, *grossMoney};
}

Result<TaxTotal> rowFromBase(TaxCategory category, TaxRate rate, qint64 base, TaxPricing pricing,
                             const QString &currency)
{
    auto tax = TaxCalculator::taxOf(base, rate, pricing);
    if (!tax)
        return tax.error();
    if (pricing == TaxPricing::Inclusive)
        return rowOf(category, rate, base - *tax, *tax, base, currency);
    auto gross = add(base, *tax);
    if (!gross)
        return gross.error();
    return rowOf(category, rate, base, *tax, *gross, currency);
}

int letterOrder(TaxCategory category)
{
    return int(allTaxCategories().indexOf(category));
}

void sortForReceipt(QList<TaxTotal> &totals)
{
    std::sort(totals.begin(), totals.end(), [](const TaxTotal &a, const TaxTotal &b) {
        if (a.category != b.category)
            return letterOrder(a.category) < letterOrder(b.category);
        return b.rate < a.rate;
    });
}

// Sums of amounts per (category, rate), in first-seen order.
struct RateSum
{
    TaxCategory category;
    TaxRate rate;
    qint64 base = 0;
};

Result<QList<RateSum>> sumPerRate(const QList<TaxedAmount> &amounts, QString *currency)
{
    QList<RateSum> sums;
    for (const TaxedAmount &amount : amounts) {
        if (!amount.amount.isValid())
            return Error::invalid(
                QStringLiteral("a taxed amount has no currency")); // notr: a fault of the program
                                                                   // or the driver, for the log
        if (currency->isEmpty())
            *currency = amount.amount.currency();
        else if (*currency != amount.amount.currency())
            return Error::invalid(
                QStringLiteral("cannot add up tax in %1 and %2")
                    .arg(*currency, amount.amount.currency())); // notr: a fault of the program or
                                                                // the driver, for the log
        auto same = std::find_if(sums.begin(), sums.end(), [&](const RateSum &sum) {
            return sum.category == amount.category && sum.rate == amount.rate;
        });
        if (same == sums.end()) {
            sums.append({amount.category, amount.rate, amount.amount.minorUnits()});
            continue;
        }
        auto base = add(same->base, amount.amount.minorUnits());
        if (!base)
            return base.error();
        same->base = *base;
    }
    return sums;
}

} // namespace

Result<qint64> TaxCalculator::taxOf(qint64 base, TaxRate rate, TaxPricing pricing)
{
    if (rate.millipercent < 0 || rate.millipercent > TaxRate::kWholeRate)
        return Error::invalid(QCoreApplication::translate("quire::TaxCalculator",
                                                          "a tax rate is between 0 % and 100 %"));
    auto scaled = times(base, rate.millipercent);
    if (!scaled)
        return scaled.error();
    // gross * r / (1 + r) with r = m / 100000 is gross * m / (100000 + m).
    const qint64 denominator = pricing == TaxPricing::Inclusive
                                   ? qint64(TaxRate::kWholeRate) + rate.millipercent
                                   : qint64(TaxRate::kWholeRate);
    return divideRounded(*scaled, denominator);
}

Result<QList<TaxTotal>> TaxCalculator::totals(const QList<TaxedAmount> &amounts, TaxPricing pricing)
{
    QString currency;
    auto sums = sumPerRate(amounts, &currency);
    if (!sums)
        return sums.error();
    QList<TaxTotal> totals;
    for (const RateSum &sum : std::as_const(sums.value())) {
        auto row = rowFromBase(sum.category, sum.rate, sum.base, pricing, currency);
        if (!row)
            return row.error();
        totals.append(*row);
    }
    sortForReceipt(totals);
    return totals;
}

Result<Money> TaxCalculator::grossTotal(const QList<TaxTotal> &totals)
{
    QList<Money> gross;
    for (const TaxTotal &total : totals)
        gross.append(total.gross);
    return Money::sum(gross);
}

Result<QList<TaxTotal>> TaxCalculator::reversal(const QList<TaxTotal> &charged,
                                                const QList<TaxTotal> &alreadyReversed,
                                                const QList<TaxedAmount> &refunded,
                                                TaxPricing pricing)
{
    QString currency;
    auto sums = sumPerRate(refunded, &currency);
    if (!sums)
        return sums.error();
    QList<TaxTotal> reversed;
    for (const RateSum &sum : std::as_const(sums.value())) {
        const auto chargedRow
            = std::find_if(charged.cbegin(), charged.cend(), [&](const TaxTotal &total) {
                  return sameRate(total, sum.category, sum.rate);
              });
        if (chargedRow == charged.cend())
            return Error::invalid(QCoreApplication::translate("quire::TaxCalculator",
                                                              "the order charged nothing at %1 %2")
                                      .arg(toDatabaseText(sum.category))
                                      .arg(sum.rate.toPercentText(QLocale::c())));
        qint64 earlierBase = 0, earlierNet = 0, earlierTax = 0, earlierGross = 0;
        for (const TaxTotal &earlier : alreadyReversed) {
            if (!sameRate(earlier, sum.category, sum.rate))
                continue;
            earlierBase += base(earlier, pricing).minorUnits();
            earlierNet += earlier.net.minorUnits();
            earlierTax += earlier.tax.minorUnits();
            earlierGross += earlier.gross.minorUnits();
        }
        const qint64 chargedBase = base(*chargedRow, pricing).minorUnits();
        auto after = add(earlierBase, sum.base);
        if (!after)
            return after.error();
        if (*after > chargedBase)
            return Error::invalid(QCoreApplication::translate(
                                      "quire::TaxCalculator",
                                      "the refunds at %1 would return more than the order charged")
                                      .arg(sum.rate.toPercentText(QLocale::c())));
        if (*after == chargedBase) {
            // The last copies at this rate: the remainder, so the whole is exact.
            auto row = rowOf(sum.category, sum.rate, chargedRow->net.minorUnits() - earlierNet,
                             chargedRow->tax.minorUnits() - earlierTax,
                             chargedRow->gross.minorUnits() - earlierGross, currency);
            if (!row)
                return row.error();
            reversed.append(*row);
            continue;
        }
        auto row = rowFromBase(sum.category, sum.rate, sum.base, pricing, currency);
        if (!row)
            return row.error();
        reversed.append(*row);
    }
    sortForReceipt(reversed);
    return reversed;
}

Result<QList<qint64>> TaxCalculator::allocate(qint64 total, const QList<qint64> &weights)
{
    if (total < 0)
        return Error::invalid(
            QStringLiteral("cannot allocate a negative amount")); // notr: a fault of the program or
                                                                  // the driver, for the log
    QList<qint64> parts(weights.size(), 0);
    if (weights.isEmpty())
        return parts;
    qint64 weightSum = 0;
    for (qint64 weight : weights) {
        if (weight < 0)
            return Error::invalid(QStringLiteral(
                "cannot allocate by a negative weight")); // notr: a fault of the program or the
                                                          // driver, for the log
        auto sum = add(weightSum, weight);
        if (!sum)
            return sum.error();
        weightSum = *sum;
    }
    if (weightSum == 0) {
        parts.last() = total;
        return parts;
    }
    QList<qint64> remainders(weights.size(), 0);
    qint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        auto scaled = times(total, weights.at(i));
        if (!scaled)
            return scaled.error();
        parts[i] = *scaled / weightSum;
        remainders[i] = *scaled % weightSum;
        given += parts.at(i);
    }
    // The minor units left over go to the largest remainders, earlier lines first on a tie.
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders.at(a) > remainders.at(b); });
    for (qsizetype i = 0; given < total; ++i, ++given)
        ++parts[order.at(i % order.size())];
    return parts;
}

} // namespace quire
