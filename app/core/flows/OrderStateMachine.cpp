#include "flows/OrderStateMachine.h"

#include <QFinalState>
#include <QState>

namespace quire {

OrderStateMachine::OrderStateMachine(OrderStatus initial, QObject *parent)
    : LifecycleMachine(int(initial), parent)
{
    setObjectName(QStringLiteral("order"));

    QState *created = addState(int(OrderStatus::Created), QStringLiteral("created"));
    QState *paid = addState(int(OrderStatus::Paid), QStringLiteral("paid"));
    QFinalState *cancelled
        = addFinalState(int(OrderStatus::Cancelled), QStringLiteral("cancelled"));
    QFinalState *refunded = addFinalState(int(OrderStatus::Refunded), QStringLiteral("refunded"));

    addTransition(created, paid);
    addTransition(created, cancelled);
    addTransition(paid, refunded);
}

std::optional<OrderStatus> OrderStateMachine::status() const
{
    const auto current = currentStatus();
    if (!current)
        return std::nullopt;
    return static_cast<OrderStatus>(*current);
}

} // namespace quire
