#include "flows/RefundTax.h"

#include "domain/TaxCalculator.h"

namespace quire {

Result<void> RefundTax::apply(const Order &order, const QList<TaxTotal> &alreadyReversed,
                              QList<RefundLine> &lines)
{
    if (!order.taxPricing)
        return {};
    const TaxPricing pricing = *order.taxPricing;
    QList<TaxedAmount> amounts;
    for (const RefundLine &line : std::as_const(lines)) {
        if (!line.taxCategory)
            return Error::invalid(QStringLiteral("order %1 line %2 has no tax category")
                                      .arg(order.id)
                                      .arg(line.lineNumber));
        amounts.append({*line.taxCategory, line.taxRate, line.amount});
    }
    auto reversed = TaxCalculator::reversal(order.taxTotals, alreadyReversed, amounts, pricing);
    if (!reversed)
        return reversed.error();
    for (const TaxTotal &row : std::as_const(reversed.value())) {
        QList<qsizetype> indexes;
        QList<qint64> weights;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (*lines.at(i).taxCategory == row.category && lines.at(i).taxRate == row.rate) {
                indexes.append(i);
                weights.append(lines.at(i).amount.minorUnits());
            }
        }
        auto shares = TaxCalculator::allocate(row.tax.minorUnits(), weights);
        if (!shares)
            return shares.error();
        for (qsizetype k = 0; k < indexes.size(); ++k) {
            RefundLine &line = lines[indexes.at(k)];
            auto tax = Money::fromMinorUnits(shares->at(k), line.amount.currency());
            if (!tax)
                return tax.error();
            line.tax = *tax;
            if (pricing == TaxPricing::Exclusive) {
                auto gross = line.amount.plus(*tax);
                if (!gross)
                    return gross.error();
                line.amount = *gross;
            }
        }
    }
    return {};
}

} // namespace quire
