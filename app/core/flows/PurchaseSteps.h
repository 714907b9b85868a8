#pragma once

#include "domain/Actor.h"
#include "domain/Order.h"
#include "domain/Payment.h"
#include "domain/Result.h"
#include "flows/FlowChanges.h"
#include "flows/OrderLineRequest.h"
#include "persistence/Database.h"

#include <QJsonObject>
#include <type_traits>

namespace quire {

class Database;
class PurchaseFlow;

// The purchase flow's steps, for use inside PurchaseFlow::transact(): each
// checks legality and writes its status change, event and audit rows, but
// leaves committing (and publishing) to the enclosing transaction.
class PurchaseSteps final
{
public:
    Q_DISABLE_COPY_MOVE(PurchaseSteps)

    Result<Order> createOrder(const QList<OrderLineRequest> &lines, const Actor &actor,
                              const std::optional<Discount> &orderDiscount = {});
    Result<Payment> startPayment(qint64 orderId, const Actor &actor);
    // Moves a payment to Paid, Failed, Cancelled, TimedOut or Refunded, and
    // its order with it where the lifecycle says so. Paid also takes the
    // order's stock, and asks for a refund of lines out of stock (StockTaking).
    Result<void> settlePayment(qint64 paymentId, PaymentStatus to, const QString &reason,
                               const Actor &actor);
    // The same for a payment read earlier in this transaction: saves reading it again.
    Result<void> settlePayment(const Payment &payment, PaymentStatus to, const QString &reason,
                               const Actor &actor);
    Result<void> cancelOrder(qint64 orderId, const QString &reason, const Actor &actor);
    // Whether a failed attempt that was paid after all (a second card on the
    // declined page) can be the order's sale: empty when it can, else why not
    // (the order moved on: cancelled, or another attempt pending or paid).
    Result<QString> successAfterDeclineRefusal(const Payment &payment);
    // An event and audit row for a fact that is not a status change (a late
    // capture, an ignored callback), published with the rest.
    Result<void> recordEvent(EventType type, AggregateType aggregateType, qint64 aggregateId,
                             const QJsonObject &payload, const QString &detail, const Actor &actor);
    // The same for a status change of a record outside the order and payment
    // lifecycles (a shift, a cash tender): the audit row carries from and to.
    Result<void> recordChange(EventType type, AggregateType aggregateType, qint64 aggregateId,
                              const QJsonObject &payload, const QString &fromStatus,
                              const QString &toStatus, const QString &detail, const Actor &actor);
    // Moves an order as the lifecycle allows (its tenders paid it, or its
    // cash went back), with its event and audit row.
    Result<void> moveOrder(const Order &order, OrderStatus to, const QString &reason,
                           const Actor &actor, const QJsonObject &payload);

    Database &database() const;
    // The terminal that takes receipt numbers for what has no shift.
    const QString &terminalId() const;
    qint64 nowMs() const;

    // Runs `work` inside a savepoint of the enclosing transaction: when it
    // fails, what it wrote and what it would have published are undone, and
    // the rest of the transaction goes on. Lets one transaction (one commit)
    // carry several independent changes.
    template<typename Work>
    std::invoke_result_t<Work> withSavepoint(Work &&work);
    // A savepoint could not be rolled back: the transaction must not commit.
    bool isBroken() const { return m_broken; }

private:
    friend class PurchaseFlow;
    explicit PurchaseSteps(PurchaseFlow &flow)
        : m_flow(flow)
    {}

    Result<void> savepoint(const char *statement);

    PurchaseFlow &m_flow;
    FlowChanges m_changes;
    bool m_broken = false;
};

template<typename Work>
std::invoke_result_t<Work> PurchaseSteps::withSavepoint(Work &&work)
{
    if (auto opened = savepoint("SAVEPOINT quire_step"); !opened)
        return opened.error();
    const FlowChanges before = m_changes;
    auto result = work();
    if (result) {
        if (auto released = savepoint("RELEASE SAVEPOINT quire_step"); !released) {
            m_broken = true;
            return released.error();
        }
        return result;
    }
    m_changes = before;
    if (database().hasConflicted()) {
        // Lost to another terminal's transaction: the whole transaction must
        // run again, not carry on without this step.
        m_broken = true;
        return result;
    }
    if (auto undone = savepoint("ROLLBACK TO SAVEPOINT quire_step"); !undone)
        m_broken = true;
    else if (auto released = savepoint("RELEASE SAVEPOINT quire_step"); !released)
        m_broken = true;
    return result;
}

} // namespace quire
