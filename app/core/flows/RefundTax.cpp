#include "flows/RefundTax.h"

#include "domain/TaxCalculator.h"

#include <QCoreApplication>
#include <algorithm>

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
            return Error::invalid(QCoreApplication::translate(
                                      "quire::RefundTax", "order %1 line %2 has no tax category")
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

QList<TaxTotal> RefundTax::totalsOf(const QList<RefundLine> &lines)
{
    QList<TaxTotal> totals;
    for (const RefundLine &line : lines) {
        if (!line.taxCategory || !line.tax.isValid())
            continue;
        auto same = std::find_if(totals.begin(), totals.end(), [&](const TaxTotal &total) {
            return total.category == *line.taxCategory && total.rate == line.taxRate;
        });
        if (same == totals.end()) {
            auto net = line.amount.minus(line.tax);
            if (net)
                totals.append({*line.taxCategory, line.taxRate, *net, line.tax, line.amount});
            continue;
        }
        auto tax = same->tax.plus(line.tax);
        auto gross = same->gross.plus(line.amount);
        if (!tax || !gross)
            continue;
        auto net = gross->minus(*tax);
        if (!net)
            continue;
        *same = {same->category, same->rate, *net, *tax, *gross};
    }
    std::sort(totals.begin(), totals.end(), [](const TaxTotal &a, const TaxTotal &b) {
        const auto order = [](TaxCategory c) { return allTaxCategories().indexOf(c); };
        if (a.category != b.category)
            return order(a.category) < order(b.category);
        return b.rate < a.rate;
    });
    return totals;
}

} // namespace quire
