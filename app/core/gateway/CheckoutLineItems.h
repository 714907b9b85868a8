#pragma once

#include "domain/Order.h"
#include "domain/Result.h"
#include "gateway/CheckoutSessionRequest.h"

#include <QCoreApplication>
#include <QList>

namespace quire {

// The line items of an order's hosted payment page (Stripe's `price_data`),
// so that what the customer sees there is the receipt: each order line at
// its shelf price (tax included when the store's prices include it), a
// discounted line at what it charged (docs/tax.md, "Discounts"), and,
// when prices exclude tax, one more line "Sales tax" with the order's tax.
// For an order as PurchaseFlow makes it the items add up to its total; a
// session that comes back for another amount (a damaged order) fails its
// attempt in PaymentCoordinator, as before.
class CheckoutLineItems
{
    Q_DECLARE_TR_FUNCTIONS(quire::CheckoutLineItems)

public:
    static Result<QList<CheckoutSessionRequest::Line>> of(const Order &order);
};

} // namespace quire
