#include "flows/PurchaseSteps.h"

#include "flows/PurchaseFlow.h"
#include "flows/StockTaking.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "support/Clock.h"

namespace quire {

Result<Order> PurchaseSteps::createOrder(const QList<OrderLineRequest> &lines, const Actor &actor,
                                         const std::optional<Discount> &orderDiscount)
{
    return m_flow.createOrderStep(m_changes, lines, actor, orderDiscount);
}

Result<Payment> PurchaseSteps::startPayment(qint64 orderId, const Actor &actor)
{
    return m_flow.startPaymentStep(m_changes, orderId, actor);
}

Result<void> PurchaseSteps::settlePayment(qint64 paymentId, PaymentStatus to, const QString &reason,
                                          const Actor &actor)
{
    auto payment = PaymentRepository(database()).find(paymentId);
    if (!payment)
        return payment.error();
    return settlePayment(*payment, to, reason, actor);
}

Result<void> PurchaseSteps::settlePayment(const Payment &payment, PaymentStatus to,
                                          const QString &reason, const Actor &actor)
{
    if (auto settled = m_flow.settlePaymentStep(m_changes, payment, to, reason, actor); !settled)
        return settled;
    // Paid: the order's copies leave the shelf in this same transaction.
    if (to == PaymentStatus::Paid)
        return StockTaking::takeForPayment(*this, payment, actor);
    return {};
}

Result<void> PurchaseSteps::cancelOrder(qint64 orderId, const QString &reason, const Actor &actor)
{
    return m_flow.cancelOrderStep(m_changes, orderId, reason, actor);
}

Result<QString> PurchaseSteps::successAfterDeclineRefusal(const Payment &payment)
{
    return m_flow.successAfterDeclineRefusal(payment);
}

Result<void> PurchaseSteps::recordEvent(EventType type, AggregateType aggregateType,
                                        qint64 aggregateId, const QJsonObject &payload,
                                        const QString &detail, const Actor &actor)
{
    return m_flow.record(m_changes, type, aggregateType, aggregateId, payload, QString(), QString(),
                         detail, actor);
}

Result<void> PurchaseSteps::recordChange(EventType type, AggregateType aggregateType,
                                         qint64 aggregateId, const QJsonObject &payload,
                                         const QString &fromStatus, const QString &toStatus,
                                         const QString &detail, const Actor &actor)
{
    return m_flow.record(m_changes, type, aggregateType, aggregateId, payload, fromStatus, toStatus,
                         detail, actor);
}

Result<void> PurchaseSteps::moveOrder(const Order &order, OrderStatus to, const QString &reason,
                                      const Actor &actor, const QJsonObject &payload)
{
    return m_flow.moveOrder(m_changes, order, to, reason, actor, payload);
}

const QString &PurchaseSteps::terminalId() const
{
    return m_flow.terminalId();
}

Database &PurchaseSteps::database() const
{
    return m_flow.database();
}

Result<void> PurchaseSteps::savepoint(const char *statement)
{
    auto done = database().execCached(QString::fromLatin1(statement));
    if (!done)
        return done.error();
    return {};
}

qint64 PurchaseSteps::nowMs() const
{
    return m_flow.clock().nowMs();
}

} // namespace quire
