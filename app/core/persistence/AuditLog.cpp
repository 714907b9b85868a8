#include "persistence/AuditLog.h"

#include "persistence/Database.h"

namespace quire {

namespace {

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<void> AuditLog::append(const AuditEntry &entry)
{
    auto done = m_database.execCached(
        QStringLiteral("INSERT INTO audit_log (at, actor_user_id, actor_name, action, entity_type,"
                       " entity_id, from_status, to_status, detail)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.at.toMSecsSinceEpoch(),
         entry.actor.userId ? QVariant(*entry.actor.userId)
                            : QVariant(QMetaType::fromType<qint64>()),
         entry.actor.name, entry.action, entry.entityType, entry.entityId,
         nullIfEmpty(entry.fromStatus), nullIfEmpty(entry.toStatus), nullIfEmpty(entry.detail)});
    if (!done)
        return done.error();
    return {};
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QString &entityType,
                                              const QString &entityId) const
{
    auto query = m_database.execCached(
        QStringLiteral("SELECT id, at, actor_user_id, actor_name, action, entity_type, entity_id,"
                       " from_status, to_status, detail FROM audit_log"
                       " WHERE entity_type = ? AND entity_id = ? ORDER BY id"),
        {entityType, entityId});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    QSqlQuery &row = *query.value();
    while (row.next()) {
        AuditEntry entry;
        entry.id = row.value(0).toLongLong();
        entry.at = QDateTime::fromMSecsSinceEpoch(row.value(1).toLongLong(), Qt::UTC);
        if (!row.value(2).isNull())
            entry.actor.userId = row.value(2).toLongLong();
        entry.actor.name = row.value(3).toString();
        entry.action = row.value(4).toString();
        entry.entityType = row.value(5).toString();
        entry.entityId = row.value(6).toString();
        entry.fromStatus = row.value(7).toString();
        entry.toStatus = row.value(8).toString();
        entry.detail = row.value(9).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace quire
