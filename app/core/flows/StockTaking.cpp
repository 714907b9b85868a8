#include "flows/StockTaking.h"

#include "flows/PurchaseSteps.h"
#include "flows/RefundTax.h"
#include "persistence/Database.h"
#include "persistence/OrderRepository.h"
#include "persistence/RefundLineRepository.h"
#include "persistence/RefundRepository.h"
#include "persistence/StockRepository.h"

#include <QJsonArray>

namespace quire {

Result<void> StockTaking::takeForPayment(PurchaseSteps &steps, const Payment &payment,
                                         const Actor &actor)
{
    Database &database = steps.database();
    // The lines only: the order's header was read and moved just before.
    // Lines are priced in the order's currency, which is the payment's.
    auto order = OrderRepository(database).find(payment.orderId);
    if (!order)
        return order.error();

    StockRepository stock(database);
    QList<RefundLine> unavailable;
    auto amount = Money::zero(payment.amount.currency());
    if (!amount)
        return amount.error();
    for (const OrderLine &line : std::as_const(order->lines)) {
        auto taken = stock.take(line.isbn13, line.quantity);
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        auto lineAmount = line.chargedTotal(); // what it charged, discounts taken off
        if (!lineAmount)
            return lineAmount.error();
        unavailable.append({line.lineNumber, line.isbn13, line.title, line.unitPrice, line.quantity,
                            *lineAmount, false, line.taxCategory, line.taxRate, Money()});
    }
    if (unavailable.isEmpty())
        return {};
    // The tax of those copies goes back with them (and with the price, when
    // prices excluded it).
    auto reversed = RefundLineRepository(database).reversedTaxes(payment.orderId);
    if (!reversed)
        return reversed.error();
    if (auto taxed = RefundTax::apply(*order, *reversed, unavailable); !taxed)
        return taxed;
    for (const RefundLine &line : std::as_const(unavailable)) {
        auto sum = amount->plus(line.amount);
        if (!sum)
            return sum.error();
        amount = *sum;
    }

    QJsonArray linePayload;
    QStringList titles;
    for (const RefundLine &line : std::as_const(unavailable)) {
        linePayload.append(QJsonObject{{QStringLiteral("lineNo"), line.lineNumber},
                                       {QStringLiteral("isbn13"), line.isbn13},
                                       {QStringLiteral("title"), line.title},
                                       {QStringLiteral("quantity"), line.quantity},
                                       {QStringLiteral("amountMinor"), line.amount.minorUnits()}});
        titles.append(line.title);
    }
    const qint64 now = steps.nowMs();
    // Not all of the order's copies may be gone (a free line costs nothing):
    // a refund of nothing is not asked for.
    std::optional<qint64> refundId;
    if (amount->minorUnits() > 0) {
        auto refund = RefundRepository(database).request(
            payment.id, *amount, kReason, QStringLiteral("quire-stock-refund-%1").arg(payment.id),
            now);
        if (!refund)
            return refund.error();
        if (auto stored
            = RefundLineRepository(database).insert(refund->id, payment.orderId, unavailable);
            !stored)
            return stored;
        refundId = refund->id;
    }

    QJsonObject payload{{QStringLiteral("orderId"), payment.orderId},
                        {QStringLiteral("paymentId"), payment.id},
                        {QStringLiteral("amountMinor"), amount->minorUnits()},
                        {QStringLiteral("currency"), amount->currency()},
                        {QStringLiteral("lines"), linePayload}};
    if (refundId)
        payload.insert(QStringLiteral("refundId"), *refundId);
    if (auto recorded = steps.recordEvent(
            EventType::StockUnavailable, AggregateType::Order, payment.orderId, payload,
            QStringLiteral("not in stock at payment: %1").arg(titles.join(QStringLiteral("; "))),
            actor);
        !recorded)
        return recorded;
    if (!refundId)
        return {};
    payload.insert(QStringLiteral("reason"), kReason);
    return steps.recordEvent(
        EventType::RefundRequested, AggregateType::Payment, payment.id, payload,
        QStringLiteral("refund %1 of the copies not in stock").arg(*refundId), actor);
}

} // namespace quire
