#include "flows/PaymentStateMachine.h"

#include <QFinalState>
#include <QState>

namespace quire {

PaymentStateMachine::PaymentStateMachine(PaymentStatus initial, QObject *parent)
    : LifecycleMachine(int(initial), parent)
{
    setObjectName(QStringLiteral("payment"));

    QState *pending = addState(int(PaymentStatus::Pending), QStringLiteral("pending"));
    QState *paid = addState(int(PaymentStatus::Paid), QStringLiteral("paid"));
    // Not final: a decline leaves the hosted page open, and the customer's
    // next card may still pay this attempt (see PurchaseFlow for the guard).
    QState *failed = addState(int(PaymentStatus::Failed), QStringLiteral("failed"));
    QFinalState *cancelled
        = addFinalState(int(PaymentStatus::Cancelled), QStringLiteral("cancelled"));
    QFinalState *timedOut = addFinalState(int(PaymentStatus::TimedOut), QStringLiteral("timeout"));
    QFinalState *refunded = addFinalState(int(PaymentStatus::Refunded), QStringLiteral("refunded"));

    addTransition(pending, paid);
    addTransition(pending, failed);
    addTransition(pending, cancelled);
    addTransition(pending, timedOut);
    addTransition(failed, paid);
    addTransition(paid, refunded);
}

std::optional<PaymentStatus> PaymentStateMachine::status() const
{
    const auto current = currentStatus();
    if (!current)
        return std::nullopt;
    return static_cast<PaymentStatus>(*current);
}

} // namespace quire
