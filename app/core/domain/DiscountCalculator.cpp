#include "domain/DiscountCalculator.h"

#include "domain/TaxCalculator.h"

#include <QCoreApplication>

namespace quire {

namespace {

constexpr qint64 kWhole = 10000; // basis points in 100 %

Error overflow()
{
    return Error::invalid(QCoreApplication::translate("quire::DiscountCalculator",
                                                      "the amount is too large for a discount"));
}

// numerator / denominator, half rounded up; both not negative, denominator > 0.
qint64 divideRounded(qint64 numerator, qint64 denominator)
{
    const qint64 quotient = numerator / denominator;
    const qint64 remainder = numerator % denominator;
    return remainder >= denominator - remainder ? quotient + 1 : quotient;
}

} // namespace

Result<qint64> DiscountCalculator::discountOf(qint64 baseMinor, const QString &currency,
                                              const Discount &discount)
{
    if (baseMinor < 0)
        return Error::invalid(QStringLiteral("a negative base")); // notr: a program fault
    switch (discount.kind) {
    case Discount::Kind::Percent: {
        if (discount.basisPoints < 0 || discount.basisPoints > kWhole)
            return Error::invalid(QCoreApplication::translate(
                "quire::DiscountCalculator", "A discount is between 0 % and 100 %."));
        qint64 scaled = 0;
        if (__builtin_mul_overflow(baseMinor, discount.basisPoints, &scaled))
            return overflow();
        return divideRounded(scaled, kWhole);
    }
    case Discount::Kind::Amount:
        if (!discount.amount.isValid() || discount.amount.currency() != currency)
            return Error::invalid(
                QCoreApplication::translate("quire::DiscountCalculator",
                                            "A discount must be in the sale's currency, %1.")
                    .arg(currency));
        if (discount.amount.minorUnits() < 0)
            return Error::invalid(QCoreApplication::translate("quire::DiscountCalculator",
                                                              "A discount cannot be negative."));
        if (discount.amount.minorUnits() > baseMinor)
            return Error::invalid(QCoreApplication::translate(
                "quire::DiscountCalculator", "A discount cannot be more than the price."));
        return discount.amount.minorUnits();
    }
    return qint64(0);
}

Result<QList<qint64>> DiscountCalculator::spread(const QList<qint64> &baseMinor,
                                                 const QList<bool> &eligible,
                                                 const QString &currency, const Discount &discount)
{
    QList<qint64> weights;
    qint64 eligibleTotal = 0;
    bool any = false;
    for (qsizetype i = 0; i < baseMinor.size(); ++i) {
        const bool counts = eligible.value(i, false);
        weights.append(counts ? baseMinor.at(i) : 0);
        if (counts) {
            any = true;
            if (__builtin_add_overflow(eligibleTotal, baseMinor.at(i), &eligibleTotal))
                return overflow();
        }
    }
    if (!any)
        return Error::invalid(QCoreApplication::translate(
            "quire::DiscountCalculator", "No line of this sale may take an order discount."));
    auto total = discountOf(eligibleTotal, currency, discount);
    if (!total)
        return total.error();
    if (eligibleTotal == 0)
        return QList<qint64>(baseMinor.size(), 0);
    return TaxCalculator::allocate(*total, weights);
}

Result<qint64> DiscountCalculator::refundShare(qint64 chargedMinor, int quantity, int before,
                                               int count)
{
    if (quantity <= 0 || before < 0 || count < 0 || before + count > quantity || chargedMinor < 0)
        return Error::invalid(
            QStringLiteral("refund share out of range")); // notr: a program fault, for the log
    qint64 upTo = 0, upToBefore = 0;
    if (__builtin_mul_overflow(chargedMinor, qint64(before + count), &upTo)
        || __builtin_mul_overflow(chargedMinor, qint64(before), &upToBefore))
        return overflow();
    return divideRounded(upTo, quantity) - divideRounded(upToBefore, quantity);
}

qint64 DiscountCalculator::basisPointsOf(qint64 discountMinor, qint64 baseMinor)
{
    if (baseMinor <= 0 || discountMinor <= 0)
        return 0;
    qint64 scaled = 0;
    if (__builtin_mul_overflow(discountMinor, kWhole, &scaled))
        return kWhole;
    return (scaled + baseMinor - 1) / baseMinor;
}

} // namespace quire
