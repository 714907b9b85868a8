#pragma once

#include "domain/Actor.h"
#include "domain/Refund.h"
#include "domain/Result.h"

namespace quire {

class PurchaseSteps;

// Applies what the gateway said about a refund, inside a purchase-flow
// transaction, whether the news came by callback or by the API's answer.
// A refund settles once: news about a refund already succeeded or failed
// changes nothing.
class RefundSettlement final
{
public:
    enum class Outcome { Unchanged, NowPending, Succeeded, Failed };

    static Result<Outcome> apply(PurchaseSteps &steps, const Refund &refund, RefundStatus status,
                                 const QString &gatewayRefundId, const QString &failureReason,
                                 const Actor &actor);
};

} // namespace quire
