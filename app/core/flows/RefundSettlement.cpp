#include "flows/RefundSettlement.h"

#include "flows/PurchaseSteps.h"
#include "persistence/AlertRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "persistence/ReceiptNumberRepository.h"
#include "persistence/RefundLineRepository.h"
#include "persistence/RefundRepository.h"
#include "persistence/StockRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace quire {

namespace {

// The refund's copies that go back on the shelf, now that the money is back.
Result<void> restock(PurchaseSteps &steps, const Refund &refund, qint64 orderId, const Actor &actor)
{
    auto lines = RefundLineRepository(steps.database()).forRefund(refund.id);
    if (!lines)
        return lines.error();
    StockRepository stock(steps.database());
    QJsonArray returned;
    for (const RefundLine &line : std::as_const(lines.value())) {
        if (!line.restock)
            continue;
        auto put = stock.putBack(line.isbn13, line.quantity);
        if (!put)
            return put.error();
        if (!*put)
            continue; // a bag or a card key: not counted, nothing returns
        returned.append(QJsonObject{{QStringLiteral("isbn13"), line.isbn13},
                                    {QStringLiteral("quantity"), line.quantity}});
    }
    if (returned.isEmpty())
        return {};
    return steps.recordEvent(EventType::StockReturned, AggregateType::Order, orderId,
                             {{QStringLiteral("orderId"), orderId},
                              {QStringLiteral("refundId"), refund.id},
                              {QStringLiteral("lines"), returned}},
                             QStringLiteral("copies of refund %1 back in stock").arg(refund.id),
                             actor);
}

// Whether every failed refund of the payment has since been answered: its
// retry, or a retry of that retry, succeeded (`refunds.retry_of` links them).
// Only then is the payment's `refund_failed` alert done with: a failure still
// waiting for its retry keeps it open, whatever other refunds succeeded.
bool everyFailureAnswered(const QList<Refund> &refunds, qint64 succeededId)
{
    QHash<qint64, const Refund *> retryOf; // a failed refund's id -> its retry
    for (const Refund &each : refunds) {
        if (each.retryOf)
            retryOf.insert(*each.retryOf, &each);
    }
    const auto succeeded = [&](const Refund &refund) {
        return refund.status == RefundStatus::Succeeded || refund.id == succeededId;
    };
    for (const Refund &failed : refunds) {
        if (failed.status != RefundStatus::Failed || failed.id == succeededId)
            continue;
        // Retries are newer than what they retry, so the chain ends.
        const Refund *next = retryOf.value(failed.id);
        while (next && !succeeded(*next))
            next = retryOf.value(next->id);
        if (!next)
            return false;
    }
    return true;
}

// Closes the payment's `refund_failed` alert in the transaction that settles
// its refund, so the alert and the money never disagree.
Result<void> resolveFailureAlert(PurchaseSteps &steps, const Refund &refund)
{
    auto all = RefundRepository(steps.database()).forPayment(refund.paymentId);
    if (!all)
        return all.error();
    if (!everyFailureAnswered(*all, refund.id))
        return {};
    auto resolved = AlertRepository(steps.database())
                        .resolve(RefundSettlement::kFailedAlert, refund.paymentId, steps.nowMs());
    if (!resolved)
        return resolved.error();
    return {};
}

} // namespace

Result<RefundSettlement::Outcome> RefundSettlement::apply(PurchaseSteps &steps,
                                                          const Refund &refund, RefundStatus status,
                                                          const QString &gatewayRefundId,
                                                          const QString &failureReason,
                                                          const Actor &actor)
{
    Database &database = steps.database();
    RefundRepository refunds(database);
    const bool settled
        = refund.status == RefundStatus::Succeeded || refund.status == RefundStatus::Failed;
    if (settled || status == refund.status || status == RefundStatus::Requested) {
        // Nothing moves, but an answer may still name the gateway's refund
        // that a callback settled first by amount: keep it, or the refund
        // could never be looked up at the gateway.
        if (!gatewayRefundId.isEmpty() && refund.gatewayRefundId.isEmpty())
            if (auto recorded = refunds.recordGatewayRefundId(refund.id, gatewayRefundId);
                !recorded)
                return recorded.error();
        return Outcome::Unchanged;
    }

    const qint64 now = steps.nowMs();
    if (auto updated = refunds.update(refund.id, status, gatewayRefundId, failureReason, now);
        !updated)
        return updated.error();

    const QJsonObject payload{{QStringLiteral("refundId"), refund.id},
                              {QStringLiteral("paymentId"), refund.paymentId},
                              {QStringLiteral("amountMinor"), refund.amount.minorUnits()},
                              {QStringLiteral("currency"), refund.amount.currency()},
                              {QStringLiteral("reason"), refund.reason}};
    if (status == RefundStatus::Pending)
        return Outcome::NowPending;

    if (status == RefundStatus::Failed) {
        if (auto recorded = steps.recordEvent(EventType::RefundFailed, AggregateType::Payment,
                                              refund.paymentId, payload, failureReason, actor);
            !recorded)
            return recorded.error();
        return Outcome::Failed;
    }

    // Succeeded. A paid payment whose refunds now cover it becomes refunded;
    // money returned after a late capture leaves the ended attempt as it was.
    auto payment = PaymentRepository(database).find(refund.paymentId);
    if (!payment)
        return payment.error();
    // The refund receipt's number, in the transaction that returns the money.
    auto number = ReceiptNumberRepository(database).assignRefund(payment->orderId, refund.id,
                                                                 steps.terminalId(), now);
    if (!number)
        return number.error();
    if (auto restocked = restock(steps, refund, payment->orderId, actor); !restocked)
        return restocked.error();
    if (auto closed = resolveFailureAlert(steps, refund); !closed)
        return closed.error();
    qint64 refunded = 0;
    if (payment->status == PaymentStatus::Paid) {
        auto all = refunds.forPayment(refund.paymentId);
        if (!all)
            return all.error();
        for (const Refund &each : all.value()) {
            if (each.status == RefundStatus::Succeeded || each.id == refund.id)
                refunded += each.amount.minorUnits();
        }
        if (refunded >= payment->amount.minorUnits()) {
            if (auto moved = steps.settlePayment(refund.paymentId, PaymentStatus::Refunded,
                                                 refund.reason, actor);
                !moved)
                return moved.error();
            return Outcome::Succeeded;
        }
    }
    QJsonObject succeeded = payload;
    succeeded.insert(QStringLiteral("receiptNumber"), number->text());
    if (payment->status == PaymentStatus::Paid)
        succeeded.insert(QStringLiteral("refundedMinor"), refunded); // the payment's total so far
    if (auto recorded = steps.recordEvent(
            payment->status == PaymentStatus::Paid ? EventType::PartialRefundSucceeded
                                                   : EventType::LateCaptureRefunded,
            AggregateType::Payment, refund.paymentId, succeeded, QString(), actor);
        !recorded)
        return recorded.error();
    return Outcome::Succeeded;
}

} // namespace quire
