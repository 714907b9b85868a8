#pragma once

#include "domain/Money.h"
#include "domain/TaxCategory.h"
#include "domain/TaxRate.h"

namespace quire {

// One row of a receipt's tax table: what was sold at one rate. net + tax is
// gross, to the minor unit.
struct TaxTotal
{
    TaxCategory category = TaxCategory::Reduced;
    TaxRate rate;
    Money net;
    Money tax;
    Money gross;

    friend bool operator==(const TaxTotal &, const TaxTotal &) = default;
};

// An amount priced at one rate: a line's unit price times its quantity, as
// the store prices (gross when prices include tax, net when they do not).
struct TaxedAmount
{
    TaxCategory category = TaxCategory::Reduced;
    TaxRate rate;
    Money amount;
};

} // namespace quire
