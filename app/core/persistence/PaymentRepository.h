#pragma once

#include "domain/Payment.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace quire {

class Database;

class PaymentRepository final
{
public:
    explicit PaymentRepository(Database &database)
        : m_database(database)
    {}

    // Records the order's next attempt (1, 2, ...) as pending. The caller
    // provides the transaction.
    Result<Payment> insertNextAttempt(qint64 orderId, const Money &amount,
                                      const QString &idempotencyKey, qint64 nowMs);
    Result<Payment> find(qint64 paymentId) const;
    Result<QList<Payment>> findForOrder(qint64 orderId) const;
    // Compare-and-set like OrderRepository::updateStatus; a Conflict when the
    // payment is no longer in `from`.
    Result<void> updateStatus(qint64 paymentId, PaymentStatus from, PaymentStatus to,
                              const QString &failureReason, qint64 nowMs);
    Result<QList<qint64>> idsWithStatus(PaymentStatus status) const;
    Result<QList<Payment>> withStatus(PaymentStatus status) const;

    // Remembers the gateway's ids for the attempt and its deadline.
    Result<void> attachGatewaySession(qint64 paymentId, const QString &sessionId,
                                      const QString &paymentIntent, qint64 expiresAtMs);
    // Remembers the gateway's payment (known once the customer paid) of an
    // attempt whose session is already attached.
    Result<void> attachPaymentIntent(qint64 paymentId, const QString &paymentIntent);
    Result<void> setExpiry(qint64 paymentId, qint64 expiresAtMs);
    Result<std::optional<Payment>> findByGatewaySession(const QString &sessionId) const;
    Result<std::optional<Payment>> findByPaymentIntent(const QString &paymentIntent) const;

private:
    Result<QList<Payment>> select(const QString &where, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
