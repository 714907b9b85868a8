#pragma once

#include "domain/Result.h"
#include "services/PricingSettings.h"

namespace quire {

class Clock;
class Database;

// What the offline demo starts with: real public-domain classics (valid
// ISBN-13s, prices, stock levels including sold-out and last-copy titles),
// loaded from :/demo/catalog.csv into an empty catalog, and three non-book
// items at the standard rate that the store does not count: a greeting card
// at an open price (store code 1), a gift bag (2) and gift wrap (3), sold
// by the quick-sale keys of pricing().
class DemoData final
{
public:
    static constexpr const char *CardCode = "2000000000015";
    static constexpr const char *BagCode = "2000000000022";
    static constexpr const char *WrapCode = "2000000000039";

    // Imports the demo catalog and its items when the catalog is empty;
    // returns how many titles and items were added (0 when there already
    // was a catalog).
    static Result<qint64> seedCatalog(Database &database, const Clock &clock);

    // The demo's [pricing]: the keys "Card", "Bag" and "Wrap" (in the
    // language of the moment) and a manager's approval for an entered price
    // above 50.00 EUR.
    static PricingSettings pricing();
};

} // namespace quire
