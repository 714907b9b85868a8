#pragma once

#include "domain/AggregateType.h"
#include "domain/EventType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace quire {

// A committed fact, as stored in the `events` outbox and published afterwards.
struct DomainEvent
{
    qint64 id = 0;
    EventType type = EventType::OrderCreated;
    AggregateType aggregateType = AggregateType::Order;
    qint64 aggregateId = 0;
    QJsonObject payload;
    QDateTime occurredAt;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::DomainEvent)
