#include "persistence/SessionFollowUpRepository.h"

#include "persistence/Database.h"

namespace quire {

namespace {

// The statuses are literals so that SQLite uses the partial index
// payments_session_follow_up_idx, whose condition this repeats.
const QString kOpen = QStringLiteral("session_closed_at IS NULL AND gateway_session_id IS NOT NULL"
                                     " AND status IN ('failed', 'cancelled', 'timeout')");

} // namespace

Result<QList<SessionFollowUpRepository::FollowUp>> SessionFollowUpRepository::open() const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, gateway_session_id FROM payments WHERE %1 ORDER BY id")
            .arg(kOpen));
    if (!query)
        return query.error();
    QList<FollowUp> followUps;
    while (query.value().next())
        followUps.append({query->value(0).toLongLong(), query->value(1).toString()});
    return followUps;
}

Result<void> SessionFollowUpRepository::markClosed(qint64 paymentId, qint64 nowMs)
{
    auto updated = m_database.execCached(
        QStringLiteral("UPDATE payments SET session_closed_at = ? WHERE id = ? AND %1").arg(kOpen),
        {nowMs, paymentId});
    if (!updated)
        return updated.error();
    return {};
}

} // namespace quire
