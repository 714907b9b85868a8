#pragma once

#include "domain/Result.h"

#include <QString>

namespace quire {

class Database;

// Copies on the shelf, moved only by guarded updates: stock never goes below
// zero, whatever another terminal did since it was read. The caller provides
// the transaction.
class StockRepository final
{
public:
    explicit StockRepository(Database &database)
        : m_database(database)
    {}

    // Takes `quantity` copies when that many are left; false (and nothing
    // changed) when not.
    Result<bool> take(const QString &isbn13, int quantity);
    // Puts copies back (a refund that restocks). False for an item the
    // store does not count (stock_tracked 0): nothing goes back.
    Result<bool> putBack(const QString &isbn13, int quantity);

private:
    Database &m_database;
};

} // namespace quire
