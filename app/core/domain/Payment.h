#pragma once

#include "domain/Money.h"
#include "domain/PaymentStatus.h"

#include <QDateTime>
#include <QString>

namespace quire {

// One attempt to pay an order. A retry after a failure or cancellation is a
// new Payment with the next attempt number.
struct Payment
{
    qint64 id = 0;
    qint64 orderId = 0;
    int attempt = 0;
    PaymentStatus status = PaymentStatus::Pending;
    Money amount;
    // Sent with every gateway request for this attempt, so a retried request
    // can never charge twice. Fixed before the first request goes out.
    QString idempotencyKey;
    QString failureReason;
    // The gateway's checkout session and payment intent, once created.
    QString gatewaySessionId;
    QString gatewayPaymentIntent;
    // When the customer's time on the payment page runs out.
    QDateTime expiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace quire
