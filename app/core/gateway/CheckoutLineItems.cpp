#include "gateway/CheckoutLineItems.h"

namespace quire {

Result<QList<CheckoutSessionRequest::Line>> CheckoutLineItems::of(const Order &order)
{
    QList<CheckoutSessionRequest::Line> lines;
    qint64 sum = 0;
    for (const OrderLine &line : order.lines) {
        lines.append({line.title, line.unitPrice.minorUnits(), line.quantity});
        auto total = line.lineTotal();
        if (!total)
            return total.error();
        sum += total->minorUnits();
    }
    if (order.taxPricing == TaxPricing::Exclusive) {
        qint64 tax = 0;
        for (const TaxTotal &total : order.taxTotals)
            tax += total.tax.minorUnits();
        if (tax > 0) {
            lines.append({tr("Sales tax"), tax, 1});
            sum += tax;
        }
    }
    if (sum != order.total.minorUnits())
        return Error::invalid(
            QStringLiteral("order %1: the payment page's lines add up to %2, not the total %3")
                .arg(order.id)
                .arg(sum)
                .arg(order.total.minorUnits()));
    return lines;
}

} // namespace quire
