#include "flows/RefundSettlement.h"

#include "flows/PurchaseSteps.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundRepository.h"

#include <QJsonObject>

namespace quire {

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
    if (settled || status == refund.status || status == RefundStatus::Requested)
        return Outcome::Unchanged;

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
        if (auto recorded
            = steps.recordEvent(QStringLiteral("RefundFailed"), QStringLiteral("payment"),
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
    if (payment->status == PaymentStatus::Paid) {
        auto all = refunds.forPayment(refund.paymentId);
        if (!all)
            return all.error();
        qint64 refunded = 0;
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
    if (auto recorded = steps.recordEvent(
            payment->status == PaymentStatus::Paid ? QStringLiteral("PartialRefundSucceeded")
                                                   : QStringLiteral("LateCaptureRefunded"),
            QStringLiteral("payment"), refund.paymentId, payload, QString(), actor);
        !recorded)
        return recorded.error();
    return Outcome::Succeeded;
}

} // namespace quire
