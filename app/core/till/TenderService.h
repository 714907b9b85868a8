#pragma once

#include "domain/Actor.h"
#include "domain/CashTender.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "services/RefundPolicy.h"
#include "till/ShiftService.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace quire {

class PurchaseFlow;

// Paying an order by one or more tenders at the counter (docs/tenders.md):
// cash here, the card through PaymentCoordinator as before. A card attempt
// asks only what the cash tenders left (PurchaseFlow::startPayment); the
// order is paid when the tenders cover its total, by the cash tender or the
// card that completes it.
//
// payCash() is one transaction: the tender row, its CashTendered event and
// audit row, and (when it covers the rest) the order's OrderPaid with its
// copies off the shelf, and the drawer opening; nothing of it without the
// rest. The tender carries the till's own id (a UUID made when the clerk
// began it), so a repeated submit returns the same tender and changes nothing.
class TenderService final
{
    Q_DECLARE_TR_FUNCTIONS(quire::TenderService)

public:
    TenderService(PurchaseFlow &flow, ShiftService &shifts);

    // What is left to pay of an open order, and what that is in cash
    // (rounded as the till's settings say).
    struct Due
    {
        Money total;
        Money paid; // by cash tenders so far
        Money remaining;
        Money cashDue; // `remaining` after cash rounding
    };
    Result<Due> due(qint64 orderId) const;

    struct CashRequest
    {
        qint64 orderId = 0;
        QString tenderKey; // the till's UUID for this tender
        Money handed;      // what the customer handed over
    };
    struct CashOutcome
    {
        CashTender tender;
        bool orderPaid = false;
        Money remaining;       // still to pay (by card, or more cash)
        bool repeated = false; // the same tender was submitted before: nothing changed
        ShiftService::DrawerResult drawer = ShiftService::DrawerResult::NotOpened;
    };
    // OperateTill, with an open shift at this counter, on an open order with
    // no card attempt pending.
    Result<CashOutcome> payCash(const CashRequest &request, const Actor &actor);

    // The cash of a tender goes back out of this counter's drawer
    // (IssueRefund, as for card refunds: a clerk needs a manager's
    // override). An open order stays open (another tender, or cancel it); an
    // order paid only in cash becomes refunded once none of its cash is left.
    Result<CashOutcome> refundCash(qint64 tenderId, const QString &reason, const Actor &actor);

    // The cash tenders of an order, oldest first (those given back too): what
    // a receipt lists and the refund screen gives back.
    Result<QList<CashTender>> tendersOf(qint64 orderId) const;

    // The refund screen's cash refund: all the cash of an order paid only in
    // cash goes back out of this counter's drawer, under the store's refund
    // policy as for card refunds (who may refund, read from the stored role;
    // within `windowDays` of payment; the copies back on the shelf when it
    // restocks). One transaction: every tender given back
    // (CashTenderRefunded), the order refunded (OrderRefunded), the drawer
    // opening, with their audit rows; the drawer gets its pulse after the
    // commit. A refusal changes nothing and leaves one audit row: Forbidden
    // when about who asks, Invalid when about the order.
    struct OrderCashRefund
    {
        Money amount; // what left the drawer
        QList<CashTender> tenders;
        ShiftService::DrawerResult drawer = ShiftService::DrawerResult::NotOpened;
    };
    Result<OrderCashRefund> refundOrderCash(qint64 orderId, const RefundPolicy &policy,
                                            const QString &reason, const Actor &actor);

    static QString newTenderKey();

private:
    PurchaseFlow &m_flow;
    ShiftService &m_shifts;
};

} // namespace quire
