#pragma once

#include "domain/Order.h"
#include "domain/Result.h"
#include "gateway/CheckoutSessionRequest.h"

#include <QCoreApplication>
#include <QList>

namespace quire {

// The line items of an order's hosted payment page (Stripe's `price_data`),
// so that what the customer sees there is the receipt: each order line at
// its shelf price (tax included when the store's prices include it), and,
// when prices exclude tax, one more line "Sales tax" with the order's tax.
// The items always add up to the order's total; anything else is an error
// and no page is opened.
class CheckoutLineItems
{
    Q_DECLARE_TR_FUNCTIONS(quire::CheckoutLineItems)

public:
    static Result<QList<CheckoutSessionRequest::Line>> of(const Order &order);
};

} // namespace quire
