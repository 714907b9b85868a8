#pragma once

#include "domain/Money.h"
#include "domain/RefundStatus.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace quire {

// Money returned, or to be returned, for one payment.
struct Refund
{
    qint64 id = 0;
    qint64 paymentId = 0;
    Money amount;
    RefundStatus status = RefundStatus::Requested;
    // Why: "late_capture" (paid after the attempt had ended), "customer_request", ...
    QString reason;
    QString idempotencyKey;
    QString gatewayRefundId;
    QString failureReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The failed refund this one asks for again, if it is a retry.
    std::optional<qint64> retryOf;
};

} // namespace quire
