#pragma once

#include "domain/OrderStatus.h"
#include "flows/LifecycleMachine.h"

namespace quire {

// The order lifecycle:
//
//   created --> paid --> refunded
//      |
//      +-----> cancelled
class OrderStateMachine final : public LifecycleMachine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderStateMachine)

public:
    explicit OrderStateMachine(OrderStatus initial, QObject *parent = nullptr);

    bool allows(OrderStatus from, OrderStatus to) const
    {
        return LifecycleMachine::allows(int(from), int(to));
    }
    bool advance(OrderStatus to) { return LifecycleMachine::advance(int(to)); }
    std::optional<OrderStatus> status() const;
    QAbstractState *state(OrderStatus status) const { return LifecycleMachine::state(int(status)); }

    // Whether an order in `status` is still in progress, so the app keeps a
    // running machine for it.
    static bool isOpen(OrderStatus status) { return status == OrderStatus::Created; }
};

} // namespace quire
