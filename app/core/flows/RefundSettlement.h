#pragma once

#include "domain/Actor.h"
#include "domain/Refund.h"
#include "domain/Result.h"

namespace quire {

class PurchaseSteps;

// Applies what the gateway said about a refund, inside a purchase-flow
// transaction, whether the news came by callback or by the API's answer.
// A refund settles once: news about a refund already succeeded or failed
// changes nothing. A refund that succeeds also resolves its payment's
// `refund_failed` alert, in the same transaction, once no failed refund of
// that payment is left without a successful retry.
class RefundSettlement final
{
public:
    // The alert a failed refund raises, one per payment.
    static inline const QString kFailedAlert = QStringLiteral("refund_failed");

    enum class Outcome { Unchanged, NowPending, Succeeded, Failed };

    static Result<Outcome> apply(PurchaseSteps &steps, const Refund &refund, RefundStatus status,
                                 const QString &gatewayRefundId, const QString &failureReason,
                                 const Actor &actor);
};

} // namespace quire
