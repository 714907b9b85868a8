#pragma once

#include "domain/PaymentStatus.h"
#include "flows/LifecycleMachine.h"

namespace quire {

// The payment-attempt lifecycle:
//
//   pending --> paid --> refunded
//      |         ^
//      +-----> failed
//      +-----> cancelled
//      +-----> timeout
//
// A retry after failed or cancelled is a new attempt. failed --> paid is the
// one way back: a declined card leaves the gateway's page open and the next
// card may succeed on it. PurchaseFlow takes that edge only while the order
// is still open and no other attempt is pending or paid; otherwise the money
// is a late capture and is refunded.
class PaymentStateMachine final : public LifecycleMachine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentStateMachine)

public:
    explicit PaymentStateMachine(PaymentStatus initial, QObject *parent = nullptr);

    bool allows(PaymentStatus from, PaymentStatus to) const
    {
        return LifecycleMachine::allows(int(from), int(to));
    }
    bool advance(PaymentStatus to) { return LifecycleMachine::advance(int(to)); }
    std::optional<PaymentStatus> status() const;
    QAbstractState *state(PaymentStatus status) const
    {
        return LifecycleMachine::state(int(status));
    }

    static bool isOpen(PaymentStatus status) { return status == PaymentStatus::Pending; }
};

} // namespace quire
