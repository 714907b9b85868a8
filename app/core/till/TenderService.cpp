#include "till/TenderService.h"

#include "auth/UserRepository.h"
#include "domain/AuditEntry.h"
#include "flows/PurchaseFlow.h"
#include "flows/PurchaseSteps.h"
#include "persistence/AuditLog.h"
#include "persistence/Database.h"
#include "persistence/DrawerOpeningRepository.h"
#include "persistence/OrderRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/StockRepository.h"
#include "persistence/TenderRepository.h"
#include "support/Clock.h"
#include "till/TillAccess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QUuid>

namespace quire {

namespace {
Q_LOGGING_CATEGORY(lcTender, "quire.tender", QtInfoMsg)

QJsonObject tenderPayload(const CashTender &tender)
{
    return {{QStringLiteral("tenderId"), tender.id},
            {QStringLiteral("orderId"), tender.orderId},
            {QStringLiteral("shiftId"), tender.shiftId},
            {QStringLiteral("method"), QStringLiteral("cash")},
            {QStringLiteral("amountMinor"), tender.amount.minorUnits()},
            {QStringLiteral("roundingMinor"), tender.rounding.minorUnits()},
            {QStringLiteral("handedMinor"), tender.handed.minorUnits()},
            {QStringLiteral("changeMinor"), tender.change.minorUnits()},
            {QStringLiteral("currency"), tender.amount.currency()}};
}

// One tender's cash back out of the drawer of `shiftId`: the row marked,
// its CashTenderRefunded event and audit row (in the caller's transaction).
Result<void> giveBack(PurchaseSteps &steps, const CashTender &tender, qint64 shiftId,
                      const QString &reason, const Actor &actor)
{
    if (auto marked = TenderRepository(steps.database())
                          .markRefunded(tender.id, actor.userId, shiftId, steps.nowMs());
        !marked)
        return marked.error();
    QJsonObject payload = tenderPayload(tender);
    payload.insert(QStringLiteral("refundShiftId"), shiftId);
    payload.insert(QStringLiteral("reason"), reason);
    return steps.recordChange(
        EventType::CashTenderRefunded, AggregateType::Tender, tender.id, payload,
        QStringLiteral("paid"), QStringLiteral("refunded"),
        QStringLiteral("cash %1 back for order %2: %3")
            .arg(Money::fromMinorUnits(tender.drawerMinor(), tender.amount.currency())->toString())
            .arg(tender.orderId)
            .arg(reason),
        actor);
}

} // namespace

TenderService::TenderService(PurchaseFlow &flow, ShiftService &shifts)
    : m_flow(flow)
    , m_shifts(shifts)
{}

QString TenderService::newTenderKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<TenderService::Due> TenderService::due(qint64 orderId) const
{
    auto order = OrderRepository(m_flow.database()).findHeader(orderId);
    if (!order)
        return order.error();
    auto paid = TenderRepository(m_flow.database()).paidCashMinor(orderId);
    if (!paid)
        return paid.error();
    const QString currency = order->total.currency();
    Due due;
    due.total = order->total;
    due.paid = Money::fromMinorUnits(*paid, currency).value();
    due.remaining = Money::fromMinorUnits(order->status == OrderStatus::Created
                                              ? order->total.minorUnits() - *paid
                                              : 0,
                                          currency)
                        .value();
    due.cashDue = m_shifts.settings().roundCash(due.remaining);
    return due;
}

Result<TenderService::CashOutcome> TenderService::payCash(const CashRequest &request,
                                                          const Actor &actor)
{
    if (QUuid::fromString(request.tenderKey).isNull())
        return Error::invalid(QStringLiteral(
            "a cash tender needs the till's id for it (a UUID)")); // notr: a fault of the program
                                                                   // or the driver, for the log
    if (!request.handed.isValid() || request.handed.minorUnits() <= 0)
        return Error::invalid(tr("Enter the amount the customer handed over."));
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    qint64 openingId = 0;
    auto outcome = m_flow.transact([&](PurchaseSteps &steps) -> Result<CashOutcome> {
        openingId = 0;
        Database &database = steps.database();
        TenderRepository tenders(database);
        OrderRepository orders(database);

        // The same tender again (a double tap, a retry after a lost answer).
        auto existing = tenders.findByKey(request.tenderKey);
        if (!existing)
            return existing.error();
        if (*existing) {
            if ((*existing)->orderId != request.orderId)
                return Error::conflict(
                    QCoreApplication::translate("quire::TenderService",
                                                "tender %1 belongs to another order")
                        .arg(request.tenderKey));
            auto order = orders.findHeader(request.orderId);
            if (!order)
                return order.error();
            auto paid = tenders.paidCashMinor(request.orderId);
            if (!paid)
                return paid.error();
            CashOutcome same;
            same.tender = **existing;
            same.repeated = true;
            same.orderPaid = order->status == OrderStatus::Paid;
            same.remaining = Money::fromMinorUnits(order->status == OrderStatus::Created
                                                       ? order->total.minorUnits() - *paid
                                                       : 0,
                                                   order->total.currency())
                                 .value();
            return same;
        }

        if (auto allowed = access.require(Permission::OperateTill); !allowed)
            return allowed.error();
        auto shift = m_shifts.requireOpenShift(steps);
        if (!shift)
            return shift.error();
        auto order = orders.find(request.orderId);
        if (!order)
            return order.error();
        if (order->status != OrderStatus::Created)
            return Error::illegalTransition(tr("Order %1 is %2: it takes no more payments.")
                                                .arg(order->id)
                                                .arg(toDatabaseText(order->status)));
        const QString currency = order->total.currency();
        if (request.handed.currency() != currency || shift->openingFloat.currency() != currency)
            return Error::invalid(tr("This till takes %1.").arg(shift->openingFloat.currency()));
        auto attempts = PaymentRepository(database).findForOrder(order->id);
        if (!attempts)
            return attempts.error();
        for (const Payment &attempt : std::as_const(attempts.value())) {
            if (attempt.status == PaymentStatus::Pending)
                return Error::conflict(tr("A card payment of this order is under way: let it "
                                          "finish or cancel it first."));
        }
        auto paid = tenders.paidCashMinor(order->id);
        if (!paid)
            return paid.error();
        const qint64 remaining = order->total.minorUnits() - *paid;
        if (remaining <= 0)
            return Error::conflict(tr("Order %1 is paid in full.").arg(order->id));
        const qint64 cashDue = m_shifts.settings()
                                   .roundCash(Money::fromMinorUnits(remaining, currency).value())
                                   .minorUnits();

        CashTender tender;
        tender.orderId = order->id;
        tender.shiftId = shift->id;
        tender.tenderKey = request.tenderKey;
        tender.createdBy = actor.userId;
        tender.handed = request.handed;
        const bool covers = request.handed.minorUnits() >= cashDue;
        if (covers) {
            tender.amount = Money::fromMinorUnits(remaining, currency).value();
            tender.rounding = Money::fromMinorUnits(cashDue - remaining, currency).value();
            tender.change
                = Money::fromMinorUnits(request.handed.minorUnits() - cashDue, currency).value();
        } else {
            // Part of it: the rest by card or more cash; no rounding on a part.
            tender.amount = request.handed;
            tender.rounding = Money::zero(currency).value();
            tender.change = Money::zero(currency).value();
        }
        auto id = tenders.insert(tender, steps.nowMs());
        if (!id)
            return id.error();
        tender.id = *id;
        tender.createdAt = QDateTime::fromMSecsSinceEpoch(steps.nowMs(), Qt::UTC);
        if (auto linked = database.exec(
                QStringLiteral("UPDATE orders SET shift_id = ? WHERE id = ? AND shift_id IS NULL"),
                {shift->id, order->id});
            !linked)
            return linked.error();
        QJsonObject payload = tenderPayload(tender);
        payload.insert(QStringLiteral("coversOrder"), covers);
        if (auto recorded
            = steps.recordChange(EventType::CashTendered, AggregateType::Tender, tender.id, payload,
                                 QString(), QStringLiteral("paid"),
                                 QStringLiteral("cash %1 of order %2, handed %3, change %4")
                                     .arg(tender.amount.toString())
                                     .arg(order->id)
                                     .arg(tender.handed.toString(), tender.change.toString()),
                                 actor);
            !recorded)
            return recorded.error();

        CashOutcome result;
        result.tender = tender;
        result.orderPaid = covers;
        result.remaining
            = Money::fromMinorUnits(covers ? 0 : remaining - tender.amount.minorUnits(), currency)
                  .value();
        if (covers) {
            // Paid: the copies leave the shelf in this same transaction.
            StockRepository stock(database);
            for (const OrderLine &line : std::as_const(order->lines)) {
                auto taken = stock.take(line.isbn13, line.quantity);
                if (!taken)
                    return taken.error();
                if (!*taken)
                    return Error::conflict(
                        tr("\"%1\" is not in stock any more: take it off the order first.")
                            .arg(line.title));
            }
            if (auto moved
                = steps.moveOrder(*order, OrderStatus::Paid, QString(), actor,
                                  {{QStringLiteral("tenderId"), tender.id},
                                   {QStringLiteral("method"), QStringLiteral("cash")},
                                   {QStringLiteral("amountMinor"), order->total.minorUnits()},
                                   {QStringLiteral("currency"), currency}});
                !moved)
                return moved.error();
        }
        auto opening = m_shifts.recordDrawerOpening(steps, shift->id,
                                                    int(DrawerOpeningRepository::Reason::Sale),
                                                    QString(), order->id, actor);
        if (!opening)
            return opening.error();
        openingId = *opening;
        return result;
    });
    access.auditRefusal(QStringLiteral("cash for order %1").arg(request.orderId));
    if (!outcome)
        return outcome;
    if (!outcome->repeated) {
        qCInfo(lcTender).noquote()
            << "order" << request.orderId << "cash tender" << outcome->tender.id
            << (outcome->orderPaid ? "paid it" : "in part");
        outcome.value().drawer = m_shifts.openDrawer(openingId);
    }
    return outcome;
}

Result<TenderService::CashOutcome> TenderService::refundCash(qint64 tenderId, const QString &reason,
                                                             const Actor &actor)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the cash goes back."));
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    qint64 openingId = 0;
    auto outcome = m_flow.transact([&](PurchaseSteps &steps) -> Result<CashOutcome> {
        Database &database = steps.database();
        TenderRepository tenders(database);
        if (auto allowed = access.require(Permission::IssueRefund); !allowed)
            return allowed.error();
        auto tender = tenders.find(tenderId);
        if (!tender)
            return tender.error();
        if (tender->refunded)
            return Error::conflict(tr("This cash was given back already."));
        auto shift = m_shifts.requireOpenShift(steps);
        if (!shift)
            return shift.error();
        if (auto given = giveBack(steps, *tender, shift->id, reason.trimmed(), actor); !given)
            return given.error();

        auto order = OrderRepository(database).findHeader(tender->orderId);
        if (!order)
            return order.error();
        auto cashLeft = tenders.paidCashMinor(order->id);
        if (!cashLeft)
            return cashLeft.error();
        if (order->status == OrderStatus::Paid && *cashLeft == 0) {
            auto attempts = PaymentRepository(database).findForOrder(order->id);
            if (!attempts)
                return attempts.error();
            const bool card = std::any_of(attempts->begin(), attempts->end(), [](const Payment &p) {
                return p.status == PaymentStatus::Paid;
            });
            if (!card) {
                if (auto moved
                    = steps.moveOrder(*order, OrderStatus::Refunded, reason.trimmed(), actor,
                                      {{QStringLiteral("tenderId"), tender->id},
                                       {QStringLiteral("method"), QStringLiteral("cash")},
                                       {QStringLiteral("amountMinor"), tender->amount.minorUnits()},
                                       {QStringLiteral("currency"), tender->amount.currency()}});
                    !moved)
                    return moved.error();
            }
        }
        auto opening = m_shifts.recordDrawerOpening(steps, shift->id,
                                                    int(DrawerOpeningRepository::Reason::Refund),
                                                    reason.trimmed(), order->id, actor);
        if (!opening)
            return opening.error();
        openingId = *opening;
        CashOutcome result;
        result.tender = *tender;
        result.tender.refunded = true;
        result.remaining = Money::fromMinorUnits(order->status == OrderStatus::Created
                                                     ? order->total.minorUnits() - *cashLeft
                                                     : 0,
                                                 order->total.currency())
                               .value();
        return result;
    });
    access.auditRefusal(QStringLiteral("cash tender %1").arg(tenderId));
    if (!outcome)
        return outcome;
    outcome.value().drawer = m_shifts.openDrawer(openingId);
    return outcome;
}

Result<QList<CashTender>> TenderService::tendersOf(qint64 orderId) const
{
    return TenderRepository(m_flow.database()).forOrder(orderId);
}

Result<TenderService::OrderCashRefund> TenderService::refundOrderCash(qint64 orderId,
                                                                      const RefundPolicy &policy,
                                                                      const QString &reason,
                                                                      const Actor &actor)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(tr("Say why the cash goes back."));
    TillAccess access(m_flow.database(), m_flow.clock(), actor);
    qint64 openingId = 0;
    QString refusal; // the policy's, audited as a card refund's would be
    auto outcome = m_flow.transact([&](PurchaseSteps &steps) -> Result<OrderCashRefund> {
        openingId = 0;
        refusal.clear();
        Database &database = steps.database();
        // At the till (signed in, not disabled, not a customer) ...
        if (auto allowed = access.require(Permission::OperateTill); !allowed)
            return allowed.error();
        // ... and allowed to refund by the store's policy, with the role stored now.
        auto stored = UserRepository(database).findById(actor.userId.value_or(0));
        if (!stored)
            return stored.error();
        if (!*stored || !policy.allows((*stored)->role)) {
            refusal = policy.roleRefusal();
            return Error::forbidden(refusal);
        }
        auto order = OrderRepository(database).find(orderId);
        if (!order)
            return order.error();
        const auto refuse = [&refusal](const QString &why) {
            refusal = why;
            return Error::invalid(why);
        };
        if (order->status == OrderStatus::Refunded)
            return refuse(tr("Order %1 has already been refunded in full.").arg(order->id));
        if (order->status != OrderStatus::Paid)
            return refuse(tr("Order %1 is not paid: there is nothing to refund.").arg(order->id));
        auto attempts = PaymentRepository(database).findForOrder(order->id);
        if (!attempts)
            return attempts.error();
        for (const Payment &attempt : std::as_const(attempts.value())) {
            if (attempt.status == PaymentStatus::Paid || attempt.status == PaymentStatus::Refunded)
                return refuse(tr("Order %1 was paid partly by card: its cash cannot be given "
                                 "back here on its own.")
                                  .arg(order->id));
        }
        auto paidAt = database.exec(QStringLiteral("SELECT MIN(occurred_at) FROM events"
                                                   " WHERE aggregate_type = 'order'"
                                                   " AND aggregate_id = ? AND type = 'OrderPaid'"),
                                    {order->id});
        if (!paidAt)
            return paidAt.error();
        const qint64 paidMs = paidAt.value().next() && !paidAt.value().value(0).isNull()
                                  ? paidAt.value().value(0).toLongLong()
                                  : order->createdAt.toMSecsSinceEpoch();
        constexpr qint64 kDayMs = 24 * 3600 * 1000;
        if (steps.nowMs() - paidMs > qint64(policy.windowDays) * kDayMs)
            return refuse(
                tr("Refunds are possible within %1 days of payment; order %2 was paid on %3.")
                    .arg(policy.windowDays)
                    .arg(order->id)
                    .arg(QLocale().toString(
                        QDateTime::fromMSecsSinceEpoch(paidMs, Qt::UTC).toLocalTime().date(),
                        QLocale::ShortFormat)));
        auto shift = m_shifts.requireOpenShift(steps);
        if (!shift)
            return shift.error();
        auto tenders = TenderRepository(database).forOrder(order->id);
        if (!tenders)
            return tenders.error();
        OrderCashRefund result;
        qint64 back = 0;
        for (const CashTender &tender : std::as_const(tenders.value())) {
            if (tender.refunded)
                continue;
            if (auto given = giveBack(steps, tender, shift->id, reason.trimmed(), actor); !given)
                return given.error();
            back += tender.drawerMinor();
            result.tenders.append(tender);
            result.tenders.last().refunded = true;
        }
        if (result.tenders.isEmpty())
            return refuse(tr("Order %1 holds no cash to give back.").arg(order->id));
        result.amount = Money::fromMinorUnits(back, order->total.currency()).value();
        if (policy.restock) {
            StockRepository stock(database);
            QJsonArray returned;
            for (const OrderLine &line : std::as_const(order->lines)) {
                auto put = stock.putBack(line.isbn13, line.quantity);
                if (!put)
                    return put.error();
                if (!*put)
                    continue;
                returned.append(QJsonObject{{QStringLiteral("isbn13"), line.isbn13},
                                            {QStringLiteral("quantity"), line.quantity}});
            }
            // None when the order held only uncounted items (a bag, gift wrap).
            if (!returned.isEmpty()) {
                auto recorded = steps.recordEvent(
                    EventType::StockReturned, AggregateType::Order, order->id,
                    {{QStringLiteral("orderId"), order->id},
                     {QStringLiteral("method"), QStringLiteral("cash")},
                     {QStringLiteral("lines"), returned}},
                    QStringLiteral("copies of order %1 back in stock (cash refund)").arg(order->id),
                    actor);
                if (!recorded)
                    return recorded.error();
            }
        }
        if (auto moved = steps.moveOrder(*order, OrderStatus::Refunded, reason.trimmed(), actor,
                                         {{QStringLiteral("method"), QStringLiteral("cash")},
                                          {QStringLiteral("amountMinor"), back},
                                          {QStringLiteral("currency"), order->total.currency()},
                                          {QStringLiteral("restocked"), policy.restock}});
            !moved)
            return moved.error();
        auto opening = m_shifts.recordDrawerOpening(steps, shift->id,
                                                    int(DrawerOpeningRepository::Reason::Refund),
                                                    reason.trimmed(), order->id, actor);
        if (!opening)
            return opening.error();
        openingId = *opening;
        return result;
    });
    access.auditRefusal(QStringLiteral("cash refund of order %1").arg(orderId));
    if (!outcome) {
        if (!refusal.isEmpty()) {
            const auto entry
                = AuditEntry::refundRefused(m_flow.clock().nowUtc(), actor, orderId, refusal);
            if (auto audited = AuditLog(m_flow.database()).append(entry); !audited)
                qCWarning(lcTender) << "could not audit a refused cash refund:" << audited.error();
        }
        return outcome;
    }
    qCInfo(lcTender) << "order" << orderId << "cash refund of" << outcome->tenders.size()
                     << "tender(s)";
    outcome.value().drawer = m_shifts.openDrawer(openingId);
    return outcome;
}

} // namespace quire
