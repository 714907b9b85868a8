#pragma once

#include "domain/Actor.h"
#include "domain/Payment.h"
#include "domain/Result.h"

#include <QString>

namespace quire {

class PurchaseSteps;

// Takes a paid order's copies off the shelf, inside the transaction that
// marks its payment paid (PurchaseSteps::settlePayment).
//
// Each line is taken with one guarded update (never below zero). A line that
// cannot be served in full (another sale took the last copy since the order
// was made) is not served at all: its copies are refunded automatically —
// one `stock_unavailable` refund per payment with a line per missing title,
// requested here and sent to the gateway by PaymentCoordinator once this
// commits (`RefundRequested`). The rest of the order is fulfilled; when no
// line can be served the refund covers the whole payment, and the payment
// and order become refunded once the gateway confirms.
class StockTaking final
{
public:
    static inline const QString kReason = QStringLiteral("stock_unavailable");

    static Result<void> takeForPayment(PurchaseSteps &steps, const Payment &payment,
                                       const Actor &actor);
};

} // namespace quire
