#pragma once

#include "domain/Result.h"

#include <QString>
#include <optional>

namespace quire {

class Database;

// The `gateway_events` ledger of callback events, keyed by the gateway's event id.
class GatewayEventRepository final
{
public:
    explicit GatewayEventRepository(Database &database)
        : m_database(database)
    {}

    // Claims `eventId` for this transaction. False when it was claimed before:
    // the event is a duplicate and must change nothing.
    Result<bool> claim(const QString &eventId, const QString &type, qint64 nowMs);
    Result<void> finish(const QString &eventId, std::optional<qint64> paymentId,
                        const QString &outcome, const QString &detail);
    // The stored outcome of an event, or an empty string when it was never seen.
    Result<QString> outcomeOf(const QString &eventId) const;

private:
    Database &m_database;
};

} // namespace quire
