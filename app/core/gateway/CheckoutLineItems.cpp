#include "gateway/CheckoutLineItems.h"

namespace quire {

Result<QList<CheckoutSessionRequest::Line>> CheckoutLineItems::of(const Order &order)
{
    QList<CheckoutSessionRequest::Line> lines;
    for (const OrderLine &line : order.lines)
        lines.append({line.title, line.unitPrice.minorUnits(), line.quantity});
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
