#pragma once

#include "domain/Result.h"
#include "domain/TaxRules.h"

namespace quire {

class Database;

// The store's tax rules (`tax_rates`, `tax_pricing`). The caller provides
// the transaction for replace().
class TaxRuleRepository final
{
public:
    explicit TaxRuleRepository(Database &database)
        : m_database(database)
    {}

    Result<TaxRules> read() const;
    // Makes the stored rules `rules`; true when that changed anything.
    Result<bool> replace(const TaxRules &rules);

private:
    Database &m_database;
};

} // namespace quire
