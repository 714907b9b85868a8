#include "till/TenderService.h"

#include "flows/PurchaseFlow.h"
#include "flows/PurchaseSteps.h"
#include "persistence/Database.h"
#include "persistence/DrawerOpeningRepository.h"
#include "persistence/OrderRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/StockRepository.h"
#include "persistence/TenderRepository.h"
#include "support/Clock.h"
#include "till/TillAccess.h"

#include <QCoreApplication>
#include <QJsonObject>
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
        if (auto marked = tenders.markRefunded(tender->id, actor.userId, shift->id, steps.nowMs());
            !marked)
            return marked.error();
        QJsonObject payload = tenderPayload(*tender);
        payload.insert(QStringLiteral("refundShiftId"), shift->id);
        payload.insert(QStringLiteral("reason"), reason.trimmed());
        if (auto recorded = steps.recordChange(
                EventType::CashTenderRefunded, AggregateType::Tender, tender->id, payload,
                QStringLiteral("paid"), QStringLiteral("refunded"),
                QStringLiteral("cash %1 back for order %2: %3")
                    .arg(Money::fromMinorUnits(tender->drawerMinor(), tender->amount.currency())
                             ->toString())
                    .arg(tender->orderId)
                    .arg(reason.trimmed()),
                actor);
            !recorded)
            return recorded.error();

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

} // namespace quire
