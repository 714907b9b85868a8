#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace quire {

// A committed fact, as stored in the `events` outbox and published afterwards.
struct DomainEvent
{
    qint64 id = 0;
    QString type;          // OrderCreated, OrderPaid, PaymentFailed, ...
    QString aggregateType; // "order" or "payment"
    qint64 aggregateId = 0;
    QJsonObject payload;
    QDateTime occurredAt;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::DomainEvent)
