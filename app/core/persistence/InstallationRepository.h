#pragma once

#include "domain/Result.h"

#include <QString>

namespace quire {

class Database;

// The store's installation (table `installation`, one row, made by
// migration 0009). Its id names this store in the gateway metadata it
// sends, so that events for other stores on the same gateway account are
// told apart from this store's.
class InstallationRepository final
{
public:
    struct Installation
    {
        QString id;
        // The last payment and refund made before the installation id was:
        // their gateway requests are repeated without it (same parameters
        // for the same idempotency key).
        qint64 paymentsBefore = 0;
        qint64 refundsBefore = 0;
    };

    explicit InstallationRepository(const Database &database)
        : m_database(database)
    {}

    Result<Installation> read() const;

private:
    const Database &m_database;
};

} // namespace quire
