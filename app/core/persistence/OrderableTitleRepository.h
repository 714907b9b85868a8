#pragma once

#include "domain/OrderableTitle.h"
#include "domain/Result.h"

namespace quire {

class Database;

// The orderable catalog's rows (`orderable_titles`, docs/customer-orders.md).
class OrderableTitleRepository final
{
public:
    explicit OrderableTitleRepository(Database &database)
        : m_database(database)
    {}

    // The orderable title with this ISBN-13, or NotFound.
    Result<OrderableTitle> find(const QString &isbn13) const;

private:
    Database &m_database;
};

} // namespace quire
