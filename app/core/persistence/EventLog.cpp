#include "persistence/EventLog.h"

#include "persistence/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace quire {

Result<DomainEvent> EventLog::append(EventType type, AggregateType aggregateType,
                                     qint64 aggregateId, const QJsonObject &payload, qint64 nowMs)
{
    auto inserted = m_database.execCached(
        QStringLiteral("INSERT INTO events (type, aggregate_type, aggregate_id, payload,"
                       " occurred_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {toDatabaseText(type), toDatabaseText(aggregateType), aggregateId,
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), nowMs});
    if (!inserted)
        return inserted.error();
    QSqlQuery &row = *inserted.value();
    if (!row.next())
        return Error::database(QStringLiteral("the new event got no id")); // notr: driver invariant
    DomainEvent event{row.value(0).toLongLong(),
                      type,
                      aggregateType,
                      aggregateId,
                      payload,
                      QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)};
    row.finish();
    return event;
}

Result<QList<DomainEvent>> EventLog::forAggregate(AggregateType aggregateType,
                                                  qint64 aggregateId) const
{
    return select(QStringLiteral("WHERE aggregate_type = ? AND aggregate_id = ? ORDER BY id"),
                  {toDatabaseText(aggregateType), aggregateId});
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
        const qint64 id = row.value(0).toLongLong();
        const auto type = eventTypeFromDatabaseText(row.value(1).toString());
        const auto aggregateType = aggregateTypeFromDatabaseText(row.value(2).toString());
        if (!type || !aggregateType)
            return Error::database(
                QCoreApplication::translate(
                    "quire::EventLog", "event %1 has a type this version does not know (%2 of %3)")
                    .arg(id)
                    .arg(row.value(1).toString(), row.value(2).toString()));
        events.append({id, *type, *aggregateType, row.value(3).toLongLong(),
                       QJsonDocument::fromJson(row.value(4).toString().toUtf8()).object(),
                       QDateTime::fromMSecsSinceEpoch(row.value(5).toLongLong(), Qt::UTC)});
    }
    return events;
}

} // namespace quire
