#pragma once

#include "domain/Refund.h"
#include "domain/Result.h"

#include <QList>

namespace quire {

class Database;

class RefundRepository final
{
public:
    explicit RefundRepository(Database &database)
        : m_database(database)
    {}

    // Records a refund as requested. Returns the existing refund instead when
    // one with the same idempotency key exists, so asking twice refunds once.
    // `retryOf` names the failed refund a retry asks for again (at most one
    // retry per failed refund: the database refuses a second).
    Result<Refund> request(qint64 paymentId, const Money &amount, const QString &reason,
                           const QString &idempotencyKey, qint64 nowMs,
                           std::optional<qint64> retryOf = std::nullopt);
    Result<Refund> find(qint64 refundId) const;
    Result<std::optional<Refund>> findByGatewayId(const QString &gatewayRefundId) const;
    Result<QList<Refund>> forPayment(qint64 paymentId) const;
    Result<QList<Refund>> withStatus(RefundStatus status) const;
    // The gateway's id for a refund that was settled before the answer that
    // names it arrived (charge.refunded can beat the create call's answer).
    // Sets it only where none is recorded yet.
    Result<void> recordGatewayRefundId(qint64 refundId, const QString &gatewayRefundId);
    Result<void> update(qint64 refundId, RefundStatus status, const QString &gatewayRefundId,
                        const QString &failureReason, qint64 nowMs);

private:
    Result<QList<Refund>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
