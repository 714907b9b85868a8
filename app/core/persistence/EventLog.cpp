#include "persistence/EventLog.h"

#include "persistence/Database.h"

#include <QJsonDocument>

namespace quire {

Result<DomainEvent> EventLog::append(const QString &type, const QString &aggregateType,
                                     qint64 aggregateId, const QJsonObject &payload, qint64 nowMs)
{
    auto inserted = m_database.execCached(
        QStringLiteral("INSERT INTO events (type, aggregate_type, aggregate_id, payload,"
                       " occurred_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {type, aggregateType, aggregateId,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), nowMs});
    if (!inserted)
        return inserted.error();
    QSqlQuery &row = *inserted.value();
    if (!row.next())
        return Error::database(QStringLiteral("the new event got no id"));
    DomainEvent event{row.value(0).toLongLong(),
                      type,
                      aggregateType,
                      aggregateId,
                      payload,
                      QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)};
    row.finish();
    return event;
}

Result<QList<DomainEvent>> EventLog::forAggregate(const QString &aggregateType,
                                                  qint64 aggregateId) const
{
    return select(QStringLiteral("WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY id"),
                  {aggregateType, aggregateId});
}

Result<QList<DomainEvent>> EventLog::after(qint64 afterId, int limit) const
{
    return select(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), {afterId, limit});
}

Result<QList<DomainEvent>> EventLog::select(const QString &tail, const QVariantList &bindings) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT id, type, aggregate_type, aggregate_id, payload, occurred_at"
                       " FROM events ")
            + tail,
        bindings);
    if (!query)
        return query.error();
    QList<DomainEvent> events;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        events.append({row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                       row.value(3).toLongLong(),
                       QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object(),
                       QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC)});
    }
    return events;
}

} // namespace quire
