#pragma once

#include "domain/TaxPricing.h"
#include "domain/TaxRateTable.h"

namespace quire {

// How the store taxes a sale: its rates over time and whether its prices
// include them. Stored in `tax_rates` and `tax_pricing` (TaxRuleRepository),
// set from the settings' [tax] section (TaxSettings).
struct TaxRules
{
    TaxRateTable rates;
    TaxPricing pricing = TaxPricing::Inclusive;

    friend bool operator==(const TaxRules &, const TaxRules &) = default;
};

} // namespace quire
