#include "persistence/AlertRepository.h"

#include "persistence/Database.h"

namespace quire {

namespace {

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<std::optional<Alert>> AlertRepository::findOpen(const QString &kind,
                                                       std::optional<qint64> paymentId) const
{
    auto existing
        = paymentId
              ? select(QStringLiteral("resolved_at IS NULL AND kind = ? AND payment_id = ?"),
                       {kind, *paymentId})
              : select(QStringLiteral("resolved_at IS NULL AND kind = ? AND payment_id IS NULL"),
                       {kind});
    if (!existing)
        return existing.error();
    if (existing->isEmpty())
        return std::optional<Alert>();
    return std::optional<Alert>(existing->constFirst());
}

Result<Alert> AlertRepository::insert(const QString &kind, const QString &message,
                                      std::optional<qint64> paymentId, qint64 nowMs)
{
    qint64 alertId = 0;
    {
        auto inserted = m_database.execCached(
            QStringLiteral("INSERT INTO alerts (kind, message, payment_id, raised_at)"
                           " VALUES (?, ?, ?, ?) RETURNING id"),
            {kind, message, idOrNull(paymentId), nowMs});
        if (!inserted)
            return inserted.error();
        QSqlQuery &row = *inserted.value();
        if (!row.next())
            return Error::database(
                QStringLiteral("the new alert got no id")); // notr: driver invariant
        alertId = row.value(0).toLongLong();
        row.finish();
    }
    return Alert{
        alertId,    kind, message, paymentId, QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC),
        QDateTime()};
}

Result<int> AlertRepository::resolve(const QString &kind, std::optional<qint64> paymentId,
                                     qint64 nowMs)
{
    auto updated
        = paymentId
              ? m_database.execCached(QStringLiteral("UPDATE alerts SET resolved_at = ?"
                                                     " WHERE resolved_at IS NULL AND kind = ?"
                                                     " AND payment_id = ?"),
                                      {nowMs, kind, *paymentId})
              : m_database.execCached(QStringLiteral("UPDATE alerts SET resolved_at = ?"
                                                     " WHERE resolved_at IS NULL AND kind = ?"),
                                      {nowMs, kind});
    if (!updated)
        return updated.error();
    return updated.value()->numRowsAffected();
}

Result<QList<Alert>> AlertRepository::open() const
{
    return select(QStringLiteral("resolved_at IS NULL"), {});
}

Result<QList<Alert>> AlertRepository::select(const QString &where,
                                             const QVariantList &bindings) const
{
    auto query
        = m_database.execCached(QStringLiteral("SELECT id, kind, message, payment_id, raised_at,"
                                               " resolved_at FROM alerts WHERE ")
                                    + where + QStringLiteral(" ORDER BY id"),
                                bindings);
    if (!query)
        return query.error();
    QList<Alert> alerts;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        Alert alert;
        alert.id = row.value(0).toLongLong();
        alert.kind = row.value(1).toString();
        alert.message = row.value(2).toString();
        if (!row.value(3).isNull())
            alert.paymentId = row.value(3).toLongLong();
        alert.raisedAt = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
        if (!row.value(5).isNull())
            alert.resolvedAt = QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC);
        alerts.append(alert);
    }
    return alerts;
}

} // namespace quire
