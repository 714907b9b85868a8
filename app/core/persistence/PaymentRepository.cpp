#include "persistence/PaymentRepository.h"

#include "persistence/Database.h"

#include <QCoreApplication>

namespace quire {

Result<Payment> PaymentRepository::insertNextAttempt(qint64 orderId, const Money &amount,
                                                     const QString &idempotencyKey, qint64 nowMs)
{
    qint64 paymentId = 0;
    {
        auto inserted = m_database.execCached(
            QStringLiteral(
                "INSERT INTO payments (order_id, attempt, status, amount_minor, currency,"
                " idempotency_key, created_at, updated_at)"
                " SELECT ?, COALESCE(MAX(attempt), 0) + 1, ?, ?, ?, ?, ?, ?"
                " FROM payments WHERE order_id = ? RETURNING id"),
            {orderId, toDatabaseText(PaymentStatus::Pending), amount.minorUnits(),
             amount.currency(), idempotencyKey, nowMs, nowMs, orderId});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = *inserted.value();
        if (!row.next())
            return Error::database(
                QStringLiteral("the new payment got no id")); // notr: driver invariant
        paymentId = row.value(0).toLongLong();
        row.finish();
    }
    return find(paymentId);
}

Result<Payment> PaymentRepository::find(qint64 paymentId) const
{
    auto payments = select(QStringLiteral("id = ?"), {paymentId});
    if (!payments)
        return payments.error();
    if (payments->isEmpty())
        return Error::notFound(
            QCoreApplication::translate("quire::PaymentRepository", "payment %1 does not exist")
                .arg(paymentId));
    return payments->constFirst();
}

Result<QList<Payment>> PaymentRepository::findForOrder(qint64 orderId) const
{
    return select(QStringLiteral("order_id = ?"), {orderId});
}

Result<QList<Payment>> PaymentRepository::select(const QString &where,
                                                 const QVariantList &bindings) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT id, order_id, attempt, status, amount_minor, currency,"
                       " idempotency_key, failure_reason, created_at, updated_at,"
                       " gateway_session_id, gateway_payment_intent, expires_at"
                       " FROM payments WHERE ")
            + where + QStringLiteral(" ORDER BY id"),
        bindings);
    if (!query)
        return query.error();
    QList<Payment> payments;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        const qint64 id = row.value(0).toLongLong();
        const auto status = paymentStatusFromDatabaseText(row.value(3).toString());
        auto amount = Money::fromMinorUnits(row.value(4).toLongLong(), row.value(5).toString());
        if (!status || !amount)
            return Error::database(
                QCoreApplication::translate("quire::PaymentRepository",
                                            "payment %1 is damaged in the database")
                    .arg(id));
        Payment payment;
        payment.id = id;
        payment.orderId = row.value(1).toLongLong();
        payment.attempt = row.value(2).toInt();
        payment.status = *status;
        payment.amount = *amount;
        payment.idempotencyKey = row.value(6).toString();
        payment.failureReason = row.value(7).toString();
        payment.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(8).toLongLong(), Qt::UTC);
        payment.updatedAt = QDateTime::fromMSecsSinceEpoch(row.value(9).toLongLong(), Qt::UTC);
        payment.gatewaySessionId = row.value(10).toString();
        payment.gatewayPaymentIntent = row.value(11).toString();
        if (!row.value(12).isNull())
            payment.expiresAt = QDateTime::fromMSecsSinceEpoch(row.value(12).toLongLong(), Qt::UTC);
        payments.append(payment);
    }
    return payments;
}

Result<void> PaymentRepository::updateStatus(qint64 paymentId, PaymentStatus from, PaymentStatus to,
                                             const QString &failureReason, qint64 nowMs)
{
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE payments SET status = ?, failure_reason = ?, updated_at = ?"
                       " WHERE id = ? AND status = ?"),
        {toDatabaseText(to), failureReason.isEmpty() ? QVariant() : QVariant(failureReason), nowMs,
         paymentId, toDatabaseText(from)});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1)
        return Error::conflict(
            QCoreApplication::translate("quire::PaymentRepository", "payment %1 is no longer %2")
                .arg(paymentId)
                .arg(toDatabaseText(from)));
    return {};
}

Result<QList<Payment>> PaymentRepository::withStatus(PaymentStatus status) const
{
    // The status is written into the SQL, not bound: only a literal lets
    // SQLite see that pending payments are in the partial index
    // payments_pending_idx (migration 0007). The text comes from the enum,
    // never from input.
    return select(QStringLiteral("status = '%1'").arg(toDatabaseText(status)), {});
}

Result<void> PaymentRepository::attachGatewaySession(qint64 paymentId, const QString &sessionId,
                                                     const QString &paymentIntent,
                                                     qint64 expiresAtMs)
{
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE payments SET gateway_session_id = ?, gateway_payment_intent = ?,"
                       " expires_at = ? WHERE id = ?"),
        {sessionId,
         paymentIntent.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                 : QVariant(paymentIntent),
         expiresAtMs, paymentId});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("quire::PaymentRepository", "payment %1 does not exist")
                .arg(paymentId));
    return {};
}

Result<void> PaymentRepository::attachPaymentIntent(qint64 paymentId, const QString &paymentIntent)
{
    // Only the one column: an index entry is rewritten for every indexed
    // column an UPDATE sets, even to the value it had.
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE payments SET gateway_payment_intent = ? WHERE id = ?"),
        {paymentIntent, paymentId});
    if (!updated)
        return updated.error();
    if (updated.value()->numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("quire::PaymentRepository", "payment %1 does not exist")
                .arg(paymentId));
    return {};
}

Result<void> PaymentRepository::setExpiry(qint64 paymentId, qint64 expiresAtMs)
{
    auto updated
        = m_database.execCached(QStringLiteral("UPDATE payments SET expires_at = ? WHERE id = ?"),
                                {expiresAtMs, paymentId});
    if (!updated)
        return updated.error();
    return {};
}

Result<std::optional<Payment>>
PaymentRepository::findByGatewaySession(const QString &sessionId) const
{
    auto payments = select(QStringLiteral("gateway_session_id = ?"), {sessionId});
    if (!payments)
        return payments.error();
    if (payments->isEmpty())
        return std::optional<Payment>();
    return std::optional<Payment>(payments->constFirst());
}

Result<std::optional<Payment>>
PaymentRepository::findByPaymentIntent(const QString &paymentIntent) const
{
    auto payments = select(QStringLiteral("gateway_payment_intent = ?"), {paymentIntent});
    if (!payments)
        return payments.error();
    if (payments->isEmpty())
        return std::optional<Payment>();
    return std::optional<Payment>(payments->constFirst());
}

Result<QList<qint64>> PaymentRepository::idsWithStatus(PaymentStatus status) const
{
    auto payments = withStatus(status);
    if (!payments)
        return payments.error();
    QList<qint64> ids;
    for (const Payment &payment : std::as_const(payments.value()))
        ids.append(payment.id);
    return ids;
}

} // namespace quire
