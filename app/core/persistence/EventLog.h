#pragma once

#include "domain/DomainEvent.h"
#include "domain/Result.h"

#include <QList>

namespace quire {

class Database;

// The `events` outbox: append inside the transaction that makes the change,
// read back in id order. A row whose type this version does not know is a
// database error (the store was written by a newer Quire).
class EventLog final
{
public:
    explicit EventLog(Database &database)
        : m_database(database)
    {}

    Result<DomainEvent> append(EventType type, AggregateType aggregateType, qint64 aggregateId,
                               const QJsonObject &payload, qint64 nowMs);
    Result<QList<DomainEvent>> forAggregate(AggregateType aggregateType, qint64 aggregateId) const;
    // Events with an id greater than `afterId`, oldest first, at most `limit`.
    Result<QList<DomainEvent>> after(qint64 afterId, int limit) const;

private:
    Result<QList<DomainEvent>> select(const QString &tail, const QVariantList &bindings) const;

    Database &m_database;
};

} // namespace quire
