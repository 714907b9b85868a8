#pragma once

#include "domain/Actor.h"

#include <QDateTime>
#include <QString>

namespace quire {

// One line of the audit trail: who did what to which record, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    Actor actor;
    QString action;
    QString entityType;
    QString entityId;
    QString fromStatus;
    QString toStatus;
    QString detail;

    // A refund of order `orderId` refused (by the policy, the order's state):
    // the same row whether the card or the cash refund refused it.
    static AuditEntry refundRefused(const QDateTime &at, const Actor &actor, qint64 orderId,
                                    const QString &why)
    {
        AuditEntry entry;
        entry.at = at;
        entry.actor = actor;
        entry.action = QStringLiteral("refund_refused");
        entry.entityType = QStringLiteral("order");
        entry.entityId = QString::number(orderId);
        entry.detail = why;
        return entry;
    }
};

} // namespace quire
