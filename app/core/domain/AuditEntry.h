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
};

} // namespace quire
