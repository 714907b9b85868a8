#include "persistence/GatewayEventRepository.h"

#include "persistence/Database.h"

namespace quire {

Result<bool> GatewayEventRepository::claim(const QString &eventId, const QString &type,
                                           qint64 nowMs)
{
    auto inserted = m_database.execCached(
        QStringLiteral("INSERT INTO gateway_events (event_id, type, outcome, received_at)"
                       " VALUES (?, ?, 'processing', ?) ON CONFLICT (event_id) DO NOTHING"),
        {eventId, type, nowMs});
    if (!inserted)
        return inserted.error();
    return inserted.value()->numRowsAffected() == 1;
}

Result<void> GatewayEventRepository::finish(const QString &eventId, std::optional<qint64> paymentId,
                                            const QString &outcome, const QString &detail)
{
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE gateway_events SET payment_id = ?, outcome = ?, detail = ?"
                       " WHERE event_id = ?"),
        {paymentId ? QVariant(*paymentId) : QVariant(QMetaType::fromType<qint64>()), outcome,
         detail.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(detail), eventId});
    if (!updated)
        return updated.error();
    return {};
}

Result<QString> GatewayEventRepository::outcomeOf(const QString &eventId) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT outcome FROM gateway_events WHERE event_id = ?"), {eventId});
    if (!query)
        return query.error();
    return query.value()->next() ? query.value()->value(0).toString() : QString();
}

} // namespace quire
