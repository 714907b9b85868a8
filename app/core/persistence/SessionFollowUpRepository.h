#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace quire {

class Database;

// Attempts that ended (failed, cancelled, timed out) with a gateway session
// the gateway has not yet confirmed closed. Nothing is written when an
// attempt ends: the ended status with its session id IS the follow-up, so
// it commits with the state change. markClosed() records the gateway's
// confirmation (session expired, or paid and handed to the late-capture
// refund), which takes the attempt off the list. Migration 0009.
class SessionFollowUpRepository final
{
public:
    struct FollowUp
    {
        qint64 paymentId = 0;
        QString sessionId;
    };

    explicit SessionFollowUpRepository(Database &database)
        : m_database(database)
    {}

    Result<QList<FollowUp>> open() const;
    // No-op for an attempt that is not (or no longer) followed.
    Result<void> markClosed(qint64 paymentId, qint64 nowMs);

private:
    Database &m_database;
};

} // namespace quire
