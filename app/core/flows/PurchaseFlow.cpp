#include "flows/PurchaseFlow.h"

#include "flows/OrderDraft.h"
#include "flows/OrderStateMachine.h"
#include "flows/PaymentStateMachine.h"
#include "persistence/Database.h"
#include "persistence/ReceiptNumberRepository.h"
#include "persistence/TenderRepository.h"
#include "support/Clock.h"
#include "support/LoggingCategories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace quire {

namespace {

EventType orderEventType(OrderStatus to)
{
    switch (to) {
    case OrderStatus::Created:
        return EventType::OrderCreated;
    case OrderStatus::Paid:
        return EventType::OrderPaid;
    case OrderStatus::Cancelled:
        return EventType::OrderCancelled;
    case OrderStatus::Refunded:
        return EventType::OrderRefunded;
    }
    Q_UNREACHABLE();
    return EventType::OrderCreated;
}

EventType paymentEventType(PaymentStatus to)
{
    switch (to) {
    case PaymentStatus::Pending:
        return EventType::PaymentStarted;
    case PaymentStatus::Paid:
        return EventType::PaymentSucceeded;
    case PaymentStatus::Failed:
        return EventType::PaymentFailed;
    case PaymentStatus::Cancelled:
        return EventType::PaymentCancelled;
    case PaymentStatus::TimedOut:
        return EventType::PaymentTimedOut;
    case PaymentStatus::Refunded:
        return EventType::PaymentRefunded;
    }
    Q_UNREACHABLE();
    return EventType::PaymentStarted;
}

QJsonObject paymentPayload(const Payment &payment)
{
    return {{QStringLiteral("paymentId"), payment.id},
            {QStringLiteral("orderId"), payment.orderId},
            {QStringLiteral("attempt"), payment.attempt},
            {QStringLiteral("amountMinor"), payment.amount.minorUnits()},
            {QStringLiteral("currency"), payment.amount.currency()}};
}

// A settled record's machine is deleted once it has entered its new status,
// so observers still see that entry.
void retireOnEntry(LifecycleMachine *machine, int finalStatus)
{
    QObject::connect(machine, &LifecycleMachine::statusEntered, machine,
                     [machine, finalStatus](int entered) {
                         if (entered == finalStatus)
                             machine->deleteLater();
                     });
}

} // namespace

PurchaseFlow::PurchaseFlow(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_books(database)
    , m_orders(database)
    , m_payments(database)
    , m_taxRules(database)
    , m_events(database)
    , m_audit(database)
{}

PurchaseFlow::~PurchaseFlow() = default;

Result<void> PurchaseFlow::restore()
{
    auto openOrders = m_orders.idsWithStatus(OrderStatus::Created);
    if (!openOrders)
        return openOrders.error();
    auto pendingPayments = m_payments.idsWithStatus(PaymentStatus::Pending);
    if (!pendingPayments)
        return pendingPayments.error();

    for (qint64 orderId : std::as_const(openOrders.value())) {
        if (!m_orderMachines.contains(orderId))
            startOrderMachine(orderId, OrderStatus::Created);
    }
    for (qint64 paymentId : std::as_const(pendingPayments.value())) {
        if (!m_paymentMachines.contains(paymentId))
            startPaymentMachine(paymentId, PaymentStatus::Pending);
    }
    qCInfo(lcFlow) << "restored" << openOrders->size() << "open orders and"
                   << pendingPayments->size() << "pending payments";
    return {};
}

template<typename Work>
std::invoke_result_t<Work, PurchaseSteps &>
PurchaseFlow::authorizedTransact(const Actor &actor, AccessPolicy::OrderAction action,
                                 qint64 orderId, Work &&work)
{
    const AccessPolicy policy(m_database, m_clock);
    std::optional<Error> refusal;
    Permission checked = Permission::SellAtCounter;
    auto result = transact(
        [&](PurchaseSteps &steps) -> std::invoke_result_t<Work, PurchaseSteps &> {
            refusal.reset();
            std::optional<qint64> owner = actor.userId;
            if (orderId != 0) {
                auto order = m_orders.findHeader(orderId);
                if (!order)
                    return order.error();
                owner = order->createdBy;
            }
            if (auto allowed = policy.checkOrderAction(actor, action, owner, &checked); !allowed) {
                if (AccessPolicy::isRefusal(allowed.error()))
                    refusal = allowed.error();
                return allowed.error();
            }
            return work(steps);
        });
    if (refusal) {
        qCInfo(lcFlow).noquote() << "refused" << toAuditText(checked) << "to" << actor.name
                                 << "for order" << orderId << "-" << refusal->message;
        policy.auditRefusal(actor, checked, refusal->message,
                            orderId != 0 ? QStringLiteral("order %1").arg(orderId)
                                         : QStringLiteral("a new order"));
    }
    return result;
}

Result<void> PurchaseFlow::authorizeOrder(const Actor &actor, AccessPolicy::OrderAction action,
                                          qint64 orderId, const QString &target)
{
    const AccessPolicy policy(m_database, m_clock);
    auto order = m_orders.findHeader(orderId);
    if (!order)
        return order.error();
    Permission checked = Permission::SellAtCounter;
    auto allowed = policy.checkOrderAction(actor, action, order->createdBy, &checked);
    if (!allowed && AccessPolicy::isRefusal(allowed.error())) {
        qCInfo(lcFlow).noquote() << "refused" << toAuditText(checked) << "to" << actor.name << "for"
                                 << target << "-" << allowed.error().message;
        policy.auditRefusal(actor, checked, allowed.error().message, target);
    }
    return allowed;
}

Result<void> PurchaseFlow::authorizePayment(qint64 orderId, const Actor &actor)
{
    return authorizeOrder(actor, AccessPolicy::OrderAction::Pay, orderId,
                          QStringLiteral("order %1").arg(orderId));
}

Result<void> PurchaseFlow::authorizePaymentCancel(qint64 paymentId, const Actor &actor)
{
    auto payment = m_payments.find(paymentId);
    if (!payment)
        return payment.error();
    return authorizeOrder(
        actor, AccessPolicy::OrderAction::Pay, payment->orderId,
        QStringLiteral("payment %1 of order %2").arg(paymentId).arg(payment->orderId));
}

Result<Order> PurchaseFlow::createOrder(const QList<OrderLineRequest> &lines, const Actor &actor,
                                        const std::optional<Discount> &orderDiscount)
{
    return authorizedTransact(
        actor, AccessPolicy::OrderAction::Create, 0, [&](PurchaseSteps &steps) -> Result<Order> {
            auto order = steps.createOrder(lines, actor, orderDiscount);
            if (order && m_orderCreatedHook) {
                if (auto hooked = m_orderCreatedHook(steps, *order, actor); !hooked)
                    return hooked.error();
            }
            return order;
        });
}

Result<Payment> PurchaseFlow::startPayment(qint64 orderId, const Actor &actor)
{
    return transact([&](PurchaseSteps &steps) { return steps.startPayment(orderId, actor); });
}

Result<void> PurchaseFlow::confirmPaymentPaid(qint64 paymentId, const Actor &actor)
{
    return transact([&](PurchaseSteps &steps) {
        return steps.settlePayment(paymentId, PaymentStatus::Paid, QString(), actor);
    });
}

Result<void> PurchaseFlow::recordPaymentFailed(qint64 paymentId, const QString &reason,
                                               const Actor &actor)
{
    return transact([&](PurchaseSteps &steps) {
        return steps.settlePayment(paymentId, PaymentStatus::Failed, reason, actor);
    });
}

Result<void> PurchaseFlow::recordPaymentCancelled(qint64 paymentId, const Actor &actor)
{
    return transact([&](PurchaseSteps &steps) {
        return steps.settlePayment(paymentId, PaymentStatus::Cancelled,
                                   QStringLiteral("cancelled on the payment page"), actor);
    });
}

Result<void> PurchaseFlow::recordPaymentTimedOut(qint64 paymentId, const Actor &actor)
{
    return transact([&](PurchaseSteps &steps) {
        return steps.settlePayment(paymentId, PaymentStatus::TimedOut,
                                   QStringLiteral("payment not completed in time"), actor);
    });
}

Result<void> PurchaseFlow::recordPaymentRefunded(qint64 paymentId, const Actor &actor)
{
    return transact([&](PurchaseSteps &steps) {
        return steps.settlePayment(paymentId, PaymentStatus::Refunded, QString(), actor);
    });
}

Result<void> PurchaseFlow::cancelOrder(qint64 orderId, const QString &reason, const Actor &actor)
{
    return authorizedTransact(
        actor, AccessPolicy::OrderAction::Cancel, orderId,
        [&](PurchaseSteps &steps) { return steps.cancelOrder(orderId, reason, actor); });
}

Result<OrderDraft> PurchaseFlow::previewOrder(const QList<OrderLineRequest> &lines,
                                              const std::optional<Discount> &orderDiscount) const
{
    return OrderDraft::of(lines, m_books, m_taxRules, saleDay(), orderDiscount, m_bookPriceLaw);
}

Result<Order> PurchaseFlow::findOrder(qint64 orderId) const
{
    return m_orders.find(orderId);
}

QDate PurchaseFlow::saleDay() const
{
    // The store's day, not UTC's: a rate changes at the store's midnight.
    return m_clock.nowUtc().toLocalTime().date();
}

Result<Order> PurchaseFlow::findOrderHeader(qint64 orderId) const
{
    return m_orders.findHeader(orderId);
}

Result<Payment> PurchaseFlow::findPayment(qint64 paymentId) const
{
    return m_payments.find(paymentId);
}

Result<std::optional<StockShortage>> PurchaseFlow::stockShortage(qint64 paymentId) const
{
    return StockShortage::ofPayment(m_database, paymentId);
}

Result<Order> PurchaseFlow::createOrderStep(FlowChanges &changes,
                                            const QList<OrderLineRequest> &requests,
                                            const Actor &actor,
                                            const std::optional<Discount> &orderDiscount)
{
    if (requests.isEmpty())
        return Error::invalid(tr("an order needs at least one book"));

    auto draft
        = OrderDraft::of(requests, m_books, m_taxRules, saleDay(), orderDiscount, m_bookPriceLaw);
    if (!draft)
        return draft.error();
    const QDateTime now = m_clock.nowUtc();
    Order order = std::move(draft->order);
    order.status = OrderStatus::Created;
    order.createdBy = actor.userId;
    order.createdAt = now;
    order.updatedAt = now;

    QJsonArray linePayload;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine &line = order.lines.at(i);
        const Book &book = draft->books.at(i);
        if (!book.hasStockFor(line.quantity))
            return Error::conflict(tr("only %1 of \"%2\" in stock, %3 asked for")
                                       .arg(book.stock)
                                       .arg(book.title)
                                       .arg(line.quantity));
        linePayload.append(
            QJsonObject{{QStringLiteral("isbn13"), line.isbn13},
                        {QStringLiteral("quantity"), line.quantity},
                        {QStringLiteral("unitPriceMinor"), line.unitPrice.minorUnits()},
                        {QStringLiteral("discountMinor"), line.discountMinor()}});
    }

    auto orderId = m_orders.insert(order);
    if (!orderId)
        return orderId.error();
    order.id = *orderId;

    const QJsonObject payload{{QStringLiteral("orderId"), order.id},
                              {QStringLiteral("totalMinor"), order.total.minorUnits()},
                              {QStringLiteral("currency"), order.total.currency()},
                              {QStringLiteral("lines"), linePayload}};
    if (auto recorded
        = record(changes, orderEventType(OrderStatus::Created), AggregateType::Order, order.id,
                 payload, QString(), toDatabaseText(OrderStatus::Created), QString(), actor);
        !recorded)
        return recorded.error();
    if (order.discountMinor() > 0) {
        // Who charged how much less, and why, with the order that charged it.
        QStringList reasons;
        for (const OrderLine &line : std::as_const(order.lines)) {
            if (line.lineDiscountMinor > 0)
                reasons.append(QStringLiteral("line %1 -%2 (%3)") // notr: audit detail
                                   .arg(line.lineNumber)
                                   .arg(line.lineDiscountMinor)
                                   .arg(line.discountReason));
        }
        if (order.orderDiscountMinor() > 0)
            reasons.append(QStringLiteral("order -%1 (%2)") // notr: audit detail
                               .arg(order.orderDiscountMinor())
                               .arg(order.orderDiscountReason));
        AuditEntry entry;
        entry.at = now;
        entry.actor = actor;
        entry.action = QStringLiteral("discount_charged");
        entry.entityType = toDatabaseText(AggregateType::Order);
        entry.entityId = QString::number(order.id);
        entry.detail = QStringLiteral("%1 %2 off: %3") // notr: audit detail
                           .arg(order.total.currency())
                           .arg(order.discountMinor())
                           .arg(reasons.join(QStringLiteral("; ")));
        if (auto audited = m_audit.append(entry); !audited)
            return audited.error();
    }
    changes.startedOrders.append(order.id);
    return order;
}

Result<Payment> PurchaseFlow::startPaymentStep(FlowChanges &changes, qint64 orderId,
                                               const Actor &actor)
{
    {
        auto order = m_orders.find(orderId);
        if (!order)
            return order.error();
        if (!OrderStateMachine::isOpen(order->status))
            return Error::illegalTransition(tr("order %1 is %2 and cannot take a payment")
                                                .arg(orderId)
                                                .arg(toDatabaseText(order->status)));
        auto attempts = m_payments.findForOrder(orderId);
        if (!attempts)
            return attempts.error();
        for (const Payment &attempt : std::as_const(attempts.value())) {
            if (attempt.status == PaymentStatus::Pending)
                return Error::conflict(tr("order %1 already has a pending payment (attempt %2)")
                                           .arg(orderId)
                                           .arg(attempt.attempt));
        }

        const QString key
            = QStringLiteral("quire-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Split tender: the card pays what the cash tenders left.
        auto cash = TenderRepository(m_database).paidCashMinor(orderId);
        if (!cash)
            return cash.error();
        auto due
            = Money::fromMinorUnits(order->total.minorUnits() - *cash, order->total.currency());
        if (!due)
            return due.error();
        if (due->minorUnits() <= 0)
            return Error::conflict(
                QCoreApplication::translate("quire::PurchaseFlow",
                                            "order %1 is covered by its cash tenders")
                    .arg(orderId));
        auto payment = m_payments.insertNextAttempt(orderId, *due, key, m_clock.nowMs());
        if (!payment)
            return payment.error();
        if (auto recorded = record(changes, paymentEventType(PaymentStatus::Pending),
                                   AggregateType::Payment, payment->id, paymentPayload(*payment),
                                   QString(), toDatabaseText(PaymentStatus::Pending),
                                   QStringLiteral("attempt %1").arg(payment->attempt), actor);
            !recorded)
            return recorded.error();
        changes.startedPayments.append(payment->id);
        return payment;
    }
}

Result<void> PurchaseFlow::settlePaymentStep(FlowChanges &changes, qint64 paymentId,
                                             PaymentStatus to, const QString &reason,
                                             const Actor &actor)
{
    auto payment = m_payments.find(paymentId);
    if (!payment)
        return payment.error();
    return settlePaymentStep(changes, *payment, to, reason, actor);
}

Result<void> PurchaseFlow::settlePaymentStep(FlowChanges &changes, const Payment &payment,
                                             PaymentStatus to, const QString &reason,
                                             const Actor &actor)
{
    {
        // The edge back from failed is only for a sale nobody has moved on from.
        if (payment.status == PaymentStatus::Failed && to == PaymentStatus::Paid) {
            auto refusal = successAfterDeclineRefusal(payment);
            if (!refusal)
                return refusal.error();
            if (!refusal->isEmpty()) {
                qCWarning(lcFlow).noquote()
                    << "refused: payment" << payment.id << "from failed to paid:" << *refusal;
                return Error::illegalTransition(*refusal);
            }
        }
        if (auto moved = movePayment(changes, payment, to, reason, actor); !moved)
            return moved;

        // What the payment's outcome means for its order.
        std::optional<OrderStatus> orderTarget;
        switch (to) {
        case PaymentStatus::Paid:
            orderTarget = OrderStatus::Paid;
            break;
        case PaymentStatus::TimedOut:
            orderTarget = OrderStatus::Cancelled;
            // Cash already taken for it: the order stays open (another card,
            // or the cash back) rather than cancelled with money in the drawer.
            if (auto cash = TenderRepository(m_database).paidCashMinor(payment.orderId); !cash)
                return cash.error();
            else if (*cash > 0)
                orderTarget.reset();
            break;
        case PaymentStatus::Refunded:
            orderTarget = OrderStatus::Refunded;
            break;
        case PaymentStatus::Pending:
        case PaymentStatus::Failed:
        case PaymentStatus::Cancelled:
            break; // the order stays open for another attempt
        }
        if (!orderTarget)
            return {};
        auto order = m_orders.findHeader(payment.orderId);
        if (!order)
            return order.error();
        return moveOrder(changes, *order, *orderTarget, reason, actor,
                         {{QStringLiteral("paymentId"), payment.id},
                          {QStringLiteral("amountMinor"), payment.amount.minorUnits()},
                          {QStringLiteral("currency"), payment.amount.currency()}});
    }
}

Result<QString> PurchaseFlow::successAfterDeclineRefusal(const Payment &payment)
{
    if (payment.status != PaymentStatus::Failed)
        return QStringLiteral("payment %1 is %2, not failed")
            .arg(payment.id)
            .arg(toDatabaseText(payment.status)); // notr: for the gateway and the log
    auto order = m_orders.findHeader(payment.orderId);
    if (!order)
        return order.error();
    if (!OrderStateMachine::isOpen(order->status))
        return QStringLiteral("order %1 is %2")
            .arg(order->id)
            .arg(toDatabaseText(order->status)); // notr: for the gateway and the log
    auto attempts = m_payments.findForOrder(payment.orderId);
    if (!attempts)
        return attempts.error();
    // Cash taken since the attempt began changed what the card had to pay.
    auto cash = TenderRepository(m_database).paidCashMinor(payment.orderId);
    if (!cash)
        return cash.error();
    if (payment.amount.minorUnits() + *cash != order->total.minorUnits())
        return QStringLiteral("order %1 was paid in part in cash since attempt %2 began")
            .arg(order->id)
            .arg(payment.attempt);
    for (const Payment &other : std::as_const(attempts.value())) {
        if (other.id == payment.id)
            continue;
        if (other.status == PaymentStatus::Pending || other.status == PaymentStatus::Paid
            || other.status == PaymentStatus::Refunded)
            return QStringLiteral("order %1 has attempt %2 %3")
                .arg(order->id)
                .arg(other.attempt)
                .arg(toDatabaseText(other.status)); // notr: for the gateway and the log
    }
    return QString();
}

Result<void> PurchaseFlow::cancelOrderStep(FlowChanges &changes, qint64 orderId,
                                           const QString &reason, const Actor &actor)
{
    {
        auto order = m_orders.find(orderId);
        if (!order)
            return order.error();
        if (auto cash = TenderRepository(m_database).paidCashMinor(orderId); !cash)
            return cash.error();
        else if (*cash > 0)
            return Error::conflict(
                QCoreApplication::translate(
                    "quire::PurchaseFlow",
                    "order %1 holds cash tenders: refund the cash before cancelling")
                    .arg(orderId));
        auto attempts = m_payments.findForOrder(orderId);
        if (!attempts)
            return attempts.error();
        for (const Payment &attempt : std::as_const(attempts.value())) {
            if (attempt.status != PaymentStatus::Pending)
                continue;
            if (auto moved = movePayment(changes, attempt, PaymentStatus::Cancelled, reason, actor);
                !moved)
                return moved;
        }
        return moveOrder(changes, *order, OrderStatus::Cancelled, reason, actor, {});
    }
}

Result<void> PurchaseFlow::moveOrder(FlowChanges &changes, const Order &order, OrderStatus to,
                                     const QString &reason, const Actor &actor, QJsonObject payload)
{
    const OrderStateMachine *live = m_orderMachines.value(order.id);
    const bool legal = live ? live->allows(order.status, to)
                            : OrderStateMachine(order.status).allows(order.status, to);
    if (!legal) {
        qCWarning(lcFlow).noquote() << "refused: order" << order.id << "from"
                                    << toDatabaseText(order.status) << "to" << toDatabaseText(to);
        return Error::illegalTransition(tr("order %1 is %2 and cannot become %3")
                                            .arg(order.id)
                                            .arg(toDatabaseText(order.status), toDatabaseText(to)));
    }
    if (auto updated = m_orders.updateStatus(order.id, order.status, to, m_clock.nowMs()); !updated)
        return updated;
    if (to == OrderStatus::Paid) {
        // The receipt's number, in the transaction that makes the sale.
        auto number = ReceiptNumberRepository(m_database)
                          .assignSale(order.id, m_terminalId, m_clock.nowMs());
        if (!number)
            return number.error();
        payload.insert(QStringLiteral("receiptNumber"), number->text());
    }

    payload.insert(QStringLiteral("orderId"), order.id);
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    if (auto recorded = record(changes, orderEventType(to), AggregateType::Order, order.id, payload,
                               toDatabaseText(order.status), toDatabaseText(to), reason, actor);
        !recorded)
        return recorded;
    changes.orderMoves.append({order.id, to});
    return {};
}

Result<void> PurchaseFlow::movePayment(FlowChanges &changes, const Payment &payment,
                                       PaymentStatus to, const QString &reason, const Actor &actor)
{
    const PaymentStateMachine *live = m_paymentMachines.value(payment.id);
    const bool legal = live ? live->allows(payment.status, to)
                            : PaymentStateMachine(payment.status).allows(payment.status, to);
    if (!legal) {
        qCWarning(lcFlow).noquote() << "refused: payment" << payment.id << "from"
                                    << toDatabaseText(payment.status) << "to" << toDatabaseText(to);
        return Error::illegalTransition(
            tr("payment %1 is %2 and cannot become %3")
                .arg(payment.id)
                .arg(toDatabaseText(payment.status), toDatabaseText(to)));
    }
    const QString storedReason = to == PaymentStatus::Failed || to == PaymentStatus::Cancelled
                                         || to == PaymentStatus::TimedOut
                                     ? reason
                                     : QString();
    if (auto updated
        = m_payments.updateStatus(payment.id, payment.status, to, storedReason, m_clock.nowMs());
        !updated)
        return updated;

    QJsonObject payload = paymentPayload(payment);
    if (!reason.isEmpty())
        payload.insert(QStringLiteral("reason"), reason);
    if (auto recorded
        = record(changes, paymentEventType(to), AggregateType::Payment, payment.id, payload,
                 toDatabaseText(payment.status), toDatabaseText(to), reason, actor);
        !recorded)
        return recorded;
    changes.paymentMoves.append({payment.id, to});
    return {};
}

Result<void> PurchaseFlow::record(FlowChanges &changes, EventType type, AggregateType aggregateType,
                                  qint64 aggregateId, const QJsonObject &payload,
                                  const QString &fromStatus, const QString &toStatus,
                                  const QString &detail, const Actor &actor)
{
    const qint64 now = m_clock.nowMs();
    auto event = m_events.append(type, aggregateType, aggregateId, payload, now);
    if (!event)
        return event.error();
    AuditEntry entry;
    entry.at = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    entry.actor = actor;
    entry.action = toDatabaseText(type);
    entry.entityType = toDatabaseText(aggregateType);
    entry.entityId = QString::number(aggregateId);
    entry.fromStatus = fromStatus;
    entry.toStatus = toStatus;
    entry.detail = detail;
    if (auto audited = m_audit.append(entry); !audited)
        return audited;
    changes.events.append(*event);
    return {};
}

void PurchaseFlow::publish(const FlowChanges &changes)
{
    for (qint64 orderId : changes.startedOrders)
        startOrderMachine(orderId, OrderStatus::Created);
    for (qint64 paymentId : changes.startedPayments)
        startPaymentMachine(paymentId, PaymentStatus::Pending);
    for (const auto &[orderId, status] : changes.orderMoves) {
        OrderStateMachine *machine = m_orderMachines.value(orderId);
        if (!machine)
            continue;
        machine->advance(status);
        if (!OrderStateMachine::isOpen(status)) {
            // Settled: retire the machine once it has shown the new status.
            m_orderMachines.remove(orderId);
            retireOnEntry(machine, int(status));
        }
    }
    for (const auto &[paymentId, status] : changes.paymentMoves) {
        PaymentStateMachine *machine = m_paymentMachines.value(paymentId);
        if (!machine)
            continue;
        machine->advance(status);
        if (!PaymentStateMachine::isOpen(status)) {
            m_paymentMachines.remove(paymentId);
            retireOnEntry(machine, int(status));
        }
    }
    for (const DomainEvent &event : changes.events) {
        qCDebug(lcFlow).noquote() << "published" << toDatabaseText(event.type)
                                  << toDatabaseText(event.aggregateType) << event.aggregateId;
        Q_EMIT eventPublished(event);
    }
}

OrderStateMachine *PurchaseFlow::startOrderMachine(qint64 orderId, OrderStatus status)
{
    auto *machine = new OrderStateMachine(status, this);
    machine->setObjectName(QStringLiteral("order-%1").arg(orderId));
    m_orderMachines.insert(orderId, machine);
    machine->start();
    return machine;
}

PaymentStateMachine *PurchaseFlow::startPaymentMachine(qint64 paymentId, PaymentStatus status)
{
    auto *machine = new PaymentStateMachine(status, this);
    machine->setObjectName(QStringLiteral("payment-%1").arg(paymentId));
    m_paymentMachines.insert(paymentId, machine);
    machine->start();
    return machine;
}

} // namespace quire
