#pragma once

#include "domain/Order.h"
#include "domain/Payment.h"
#include "domain/Refund.h"

#include <QDateTime>
#include <QList>

namespace quire {

// One line of a paid order, with what its refunds already hold.
struct RefundableLine
{
    OrderLine line;
    int claimed = 0; // copies in refunds that have not failed

    int refundable() const { return line.quantity - claimed; }
};

// A paid order as the refund screen and the policy check see it.
struct RefundableOrder
{
    Order order;
    Payment payment; // the attempt that paid it
    QDateTime paidAt;
    QList<RefundableLine> lines;
    QList<Refund> refunds;    // of that payment, oldest first
    qint64 claimedMinor = 0;  // in refunds that have not failed
    qint64 refundedMinor = 0; // confirmed by the gateway

    qint64 refundableMinor() const { return payment.amount.minorUnits() - claimedMinor; }
    bool isPartiallyRefunded() const
    {
        return payment.status == PaymentStatus::Paid && refundedMinor > 0;
    }
};

} // namespace quire
