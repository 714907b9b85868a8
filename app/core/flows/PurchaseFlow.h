#pragma once

#include "auth/AccessPolicy.h"
#include "domain/Actor.h"
#include "domain/DomainEvent.h"
#include "domain/Order.h"
#include "domain/Payment.h"
#include "domain/Result.h"
#include "flows/OrderDraft.h"
#include "flows/OrderLineRequest.h"
#include "flows/PurchaseSteps.h"
#include "flows/StockShortage.h"
#include "persistence/AuditLog.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/EventLog.h"
#include "persistence/OrderRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/TaxRuleRepository.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace quire {

class Clock;
class Database;
class OrderStateMachine;
class PaymentStateMachine;

// The purchase: an order is created, paid through one or more payment
// attempts, or cancelled, and may be refunded.
//
// Each public call is one database transaction holding the status change(s),
// their `events` rows and their `audit_log` rows; nothing is half-written.
// Legality is the lifecycle machines' decision, taken against the status read
// inside that transaction. After the commit the running machines advance and
// every event is published through eventPublished().
//
// Callers that must commit other rows together with a step (the callback
// processor records the gateway event it applied) use transact().
class PurchaseFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseFlow)

public:
    PurchaseFlow(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~PurchaseFlow() override;

    // Rebuilds a running machine, in its stored status, for every open order
    // and pending payment. Call once at start-up.
    Result<void> restore();

    // createOrder() and cancelOrder() authorise `actor` first, inside their
    // transaction, with the role stored in the database
    // (AccessPolicy::checkOrderAction): staff sell and cancel, a customer
    // buys for themself and cancels only their own order, a guest at the
    // kiosk only orders nobody owns. A refusal is ErrorKind::Forbidden,
    // changes nothing and leaves one `access_refused` audit row.
    // `orderDiscount` (Cart::orderDiscount) is spread over the lines
    // (OrderDraft); the order's discounts get a `discount_charged` audit row.
    Result<Order> createOrder(const QList<OrderLineRequest> &lines, const Actor &actor,
                              const std::optional<Discount> &orderDiscount = {});
    // A new payment attempt (pending) for an order that is still open.
    Result<Payment> startPayment(qint64 orderId, const Actor &actor);

    // What the screens read. The order createOrder(lines) would make now
    // (merged lines, today's prices and tax rates, the tax table, the
    // total), without making it.
    Result<OrderDraft> previewOrder(const QList<OrderLineRequest> &lines,
                                    const std::optional<Discount> &orderDiscount = {}) const;

    // The book-price law orders are made under ([pricing] bookPriceLaw).
    void setBookPriceLaw(BookPriceLaw law) { m_bookPriceLaw = law; }
    BookPriceLaw bookPriceLaw() const { return m_bookPriceLaw; }
    Result<Order> findOrder(qint64 orderId) const;
    Result<Order> findOrderHeader(qint64 orderId) const; // without its lines
    Result<Payment> findPayment(qint64 paymentId) const;
    // The automatic refund of copies gone from the shelf when the payment
    // arrived, if there was one.
    Result<std::optional<StockShortage>> stockShortage(qint64 paymentId) const;

    // Pending -> paid; also failed -> paid (a second card on the page of a
    // declined attempt) while the order is open and no other attempt of it is
    // pending or paid. Otherwise that money is a late capture (refunded).
    Result<void> confirmPaymentPaid(qint64 paymentId, const Actor &actor);
    Result<void> recordPaymentFailed(qint64 paymentId, const QString &reason, const Actor &actor);
    Result<void> recordPaymentCancelled(qint64 paymentId, const Actor &actor);
    // The customer did not finish in time: the attempt times out and the
    // order is cancelled.
    Result<void> recordPaymentTimedOut(qint64 paymentId, const Actor &actor);
    Result<void> recordPaymentRefunded(qint64 paymentId, const Actor &actor);
    // Cancels an open order, and its pending payment attempt if it has one.
    Result<void> cancelOrder(qint64 orderId, const QString &reason, const Actor &actor);

    // The same decision for taking a payment of order `orderId`, or
    // cancelling payment attempt `paymentId` (PaymentCoordinator asks before
    // it begins or cancels one). A refusal is Forbidden and audited.
    Result<void> authorizePayment(qint64 orderId, const Actor &actor);
    Result<void> authorizePaymentCancel(qint64 paymentId, const Actor &actor);

    // Runs `work(steps)` in one write transaction; publishes what the steps
    // changed once it committed, or nothing when `work` fails.
    template<typename Work>
    std::invoke_result_t<Work, PurchaseSteps &> transact(Work &&work);

    Database &database() const { return m_database; }
    // The terminal whose receipt numbers this flow takes for orders without
    // a shift (the kiosk) and refunds (schema 15; CoreOptions::terminalId).
    const QString &terminalId() const { return m_terminalId; }
    void setTerminalId(const QString &terminalId) { m_terminalId = terminalId; }
    const Clock &clock() const { return m_clock; }

    // Runs inside createOrder()'s transaction once the order is written: a
    // counter terminal's shift check and link (ShiftService). A failure rolls
    // the order back. Empty: none (the kiosk, tests).
    using OrderCreatedHook
        = std::function<Result<void>(PurchaseSteps &, const Order &, const Actor &)>;
    void setOrderCreatedHook(OrderCreatedHook hook) { m_orderCreatedHook = std::move(hook); }

    // The running machine of an open order or pending payment, or nullptr.
    // Machines are retired once their record is settled; hold them in QPointer.
    OrderStateMachine *orderMachine(qint64 orderId) const { return m_orderMachines.value(orderId); }
    PaymentStateMachine *paymentMachine(qint64 paymentId) const
    {
        return m_paymentMachines.value(paymentId);
    }

Q_SIGNALS:
    // A change was committed. Emitted after the commit, once per event row.
    void eventPublished(const quire::DomainEvent &event);

private:
    friend class PurchaseSteps;

    // Runs `work` in one write transaction once `actor` may do `action` on
    // order `orderId` (0: a new one, owned by the actor), decided inside it;
    // a refusal rolls back and is audited after.
    template<typename Work>
    std::invoke_result_t<Work, PurchaseSteps &> authorizedTransact(const Actor &actor,
                                                                   AccessPolicy::OrderAction action,
                                                                   qint64 orderId, Work &&work);
    Result<void> authorizeOrder(const Actor &actor, AccessPolicy::OrderAction action,
                                qint64 orderId, const QString &target);

    Result<Order> createOrderStep(FlowChanges &changes, const QList<OrderLineRequest> &lines,
                                  const Actor &actor, const std::optional<Discount> &orderDiscount);
    Result<Payment> startPaymentStep(FlowChanges &changes, qint64 orderId, const Actor &actor);
    Result<void> settlePaymentStep(FlowChanges &changes, qint64 paymentId, PaymentStatus to,
                                   const QString &reason, const Actor &actor);
    Result<void> settlePaymentStep(FlowChanges &changes, const Payment &payment, PaymentStatus to,
                                   const QString &reason, const Actor &actor);
    Result<void> cancelOrderStep(FlowChanges &changes, qint64 orderId, const QString &reason,
                                 const Actor &actor);
    // Why a failed attempt's late success may not become the sale (empty: it may).
    Result<QString> successAfterDeclineRefusal(const Payment &payment);
    Result<void> moveOrder(FlowChanges &changes, const Order &order, OrderStatus to,
                           const QString &reason, const Actor &actor, QJsonObject payload);
    Result<void> movePayment(FlowChanges &changes, const Payment &payment, PaymentStatus to,
                             const QString &reason, const Actor &actor);
    Result<void> record(FlowChanges &changes, EventType type, AggregateType aggregateType,
                        qint64 aggregateId, const QJsonObject &payload, const QString &fromStatus,
                        const QString &toStatus, const QString &detail, const Actor &actor);
    void publish(const FlowChanges &changes);

    // The day whose tax rates a sale now takes.
    QDate saleDay() const;

    OrderStateMachine *startOrderMachine(qint64 orderId, OrderStatus status);
    PaymentStateMachine *startPaymentMachine(qint64 paymentId, PaymentStatus status);

    Database &m_database;
    const Clock &m_clock;
    BookRepository m_books;
    OrderRepository m_orders;
    PaymentRepository m_payments;
    TaxRuleRepository m_taxRules;
    EventLog m_events;
    AuditLog m_audit;
    QHash<qint64, OrderStateMachine *> m_orderMachines;
    QHash<qint64, PaymentStateMachine *> m_paymentMachines;
    OrderCreatedHook m_orderCreatedHook;
    QString m_terminalId = QStringLiteral("counter-1");
    BookPriceLaw m_bookPriceLaw = BookPriceLaw::None;
};

template<typename Work>
std::invoke_result_t<Work, PurchaseSteps &> PurchaseFlow::transact(Work &&work)
{
    PurchaseSteps steps(*this);
    auto result = m_database.writeTransaction([&] {
        // A run that lost to another terminal's transaction starts again from
        // scratch: nothing it noted may be published.
        steps.m_changes = FlowChanges();
        steps.m_broken = false;
        return work(steps);
    });
    if (result)
        publish(steps.m_changes);
    return result;
}

} // namespace quire
