#include "persistence/RefundRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<Refund> RefundRepository::request(qint64 paymentId, const Money &amount,
                                         const QString &reason, const QString &idempotencyKey,
                                         qint64 nowMs, std::optional<qint64> retryOf)
{
    if (!amount.isValid() || amount.minorUnits() <= 0)
        return Error::invalid(QCoreApplication::translate("quire::RefundRepository",
                                                          "a refund needs a positive amount"));
    auto existing = select(QStringLiteral("idempotency_key = ?"), {idempotencyKey});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->constFirst();

    qint64 refundId = 0;
    {
        auto inserted = m_database.execCached(
            QStringLiteral("INSERT INTO refunds (payment_id, amount_minor, currency, status,"
                           " reason, idempotency_key, created_at, updated_at, retry_of)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {paymentId, amount.minorUnits(), amount.currency(),
             toDatabaseText(RefundStatus::Requested), reason, idempotencyKey, nowMs, nowMs,
             retryOf ? QVariant(*retryOf) : QVariant(QMetaType::fromType<qint64>())});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = *inserted.value();
        if (!row.next())
            return Error::database(
                QStringLiteral("the new refund got no id")); // notr: driver invariant
        refundId = row.value(0).toLongLong();
        row.finish();
    }
    return find(refundId);
}

Result<Refund> RefundRepository::find(qint64 refundId) const
{
    auto refunds = select(QStringLiteral("id = ?"), {refundId});
    if (!refunds)
        return refunds.error();
    if (refunds->isEmpty())
        return Error::notFound(
            QCoreApplication::translate("quire::RefundRepository", "refund %1 does not exist")
                .arg(refundId));
    return refunds->constFirst();
}

Result<std::optional<Refund>>
RefundRepository::findByGatewayId(const QString &gatewayRefundId) const
{
    auto refunds = select(QStringLiteral("gateway_refund_id = ?"), {gatewayRefundId});
    if (!refunds)
        return refunds.error();
    if (refunds->isEmpty())
        return std::optional<Refund>();
    return std::optional<Refund>(refunds->constFirst());
}

Result<QList<Refund>> RefundRepository::forPayment(qint64 paymentId) const
{
    return select(QStringLiteral("payment_id = ?"), {paymentId});
}

Result<QList<Refund>> RefundRepository::withStatus(RefundStatus status) const
{
    return select(QStringLiteral("status = ?"), {toDatabaseText(status)});
}

Result<void> RefundRepository::update(qint64 refundId, RefundStatus status,
                                      const QString &gatewayRefundId, const QString &failureReason,
                                      qint64 nowMs)
{
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE refunds SET status = ?,"
                       " gateway_refund_id = COALESCE(?, gateway_refund_id),"
                       " failure_reason = ?, updated_at = ? WHERE id = ?"),
        {toDatabaseText(status), textOrNull(gatewayRefundId), textOrNull(failureReason), nowMs,
         refundId});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("quire::RefundRepository", "refund %1 does not exist")
                .arg(refundId));
    return {};
}

Result<void> RefundRepository::recordGatewayRefundId(qint64 refundId,
                                                     const QString &gatewayRefundId)
{
    auto updated
        = m_database.execCached(QStringLiteral("UPDATE refunds SET gateway_refund_id = ?"
                                               " WHERE id = ? AND gateway_refund_id IS NULL"),
                                {gatewayRefundId, refundId});
    if (!updated)
        return updated.error();
    return {};
}

Result<QList<Refund>> RefundRepository::select(const QString &where,
                                               const QVariantList &bindings) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT id, payment_id, amount_minor, currency, status, reason,"
                       " idempotency_key, gateway_refund_id, failure_reason, created_at,"
                       " updated_at, retry_of FROM refunds WHERE ")
            + where + QStringLiteral(" ORDER BY id"),
        bindings);
    if (!query)
        return query.error();
    QList<Refund> refunds;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        const auto status = refundStatusFromDatabaseText(row.value(4).toString());
        auto amount = Money::fromMinorUnits(row.value(2).toLongLong(), row.value(3).toString());
        if (!status || !amount)
            return Error::database(
                QCoreApplication::translate("quire::RefundRepository",
                                            "refund %1 is damaged in the database")
                    .arg(row.value(0).toLongLong()));
        Refund refund;
        refund.id = row.value(0).toLongLong();
        refund.paymentId = row.value(1).toLongLong();
        refund.amount = *amount;
        refund.status = *status;
        refund.reason = row.value(5).toString();
        refund.idempotencyKey = row.value(6).toString();
        refund.gatewayRefundId = row.value(7).toString();
        refund.failureReason = row.value(8).toString();
        refund.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(9).toLongLong(), Qt::UTC);
        refund.updatedAt = QDateTime::fromMSecsSinceEpoch(row.value(10).toLongLong(), Qt::UTC);
        if (!row.value(11).isNull())
            refund.retryOf = row.value(11).toLongLong();
        refunds.append(refund);
    }
    return refunds;
}

} // namespace quire
