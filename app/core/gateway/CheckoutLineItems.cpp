#include "gateway/CheckoutLineItems.h"

namespace quire {

Result<QList<CheckoutSessionRequest::Line>> CheckoutLineItems::of(const Order &order)
{
    QList<CheckoutSessionRequest::Line> lines;
    for (const OrderLine &line : order.lines) {
        if (line.discountMinor() == 0) {
            lines.append({line.title, line.unitPrice.minorUnits(), line.quantity});
            continue;
        }
        // A discounted line is its charged amount: one item when the copies
        // no longer cost the same to the cent.
        auto charged = line.chargedTotal();
        if (!charged)
            return charged.error();
        if (charged->minorUnits() % line.quantity == 0)
            lines.append({tr("%1 (discounted)").arg(line.title),
                          charged->minorUnits() / line.quantity, line.quantity});
        else
            lines.append({tr("%1 × %2 (discounted)").arg(line.quantity).arg(line.title),
                          charged->minorUnits(), 1});
    }
    if (order.taxPricing == TaxPricing::Exclusive) {
        qint64 tax = 0;
        for (const TaxTotal &total : order.taxTotals)
            tax += total.tax.minorUnits();
        if (tax > 0)
            lines.append({tr("Sales tax"), tax, 1});
    }
    return lines;
}

} // namespace quire
