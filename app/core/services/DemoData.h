#pragma once

#include "domain/Result.h"

namespace quire {

class Clock;
class Database;

// What the offline demo starts with: real public-domain classics (valid
// ISBN-13s, prices, stock levels including sold-out and last-copy titles),
// loaded from :/demo/catalog.csv into an empty catalog.
class DemoData final
{
public:
    // Imports the demo catalog when the catalog is empty; returns how many
    // titles were added (0 when there already was a catalog).
    static Result<qint64> seedCatalog(Database &database, const Clock &clock);
};

} // namespace quire
