#pragma once

#include "domain/Money.h"
#include "domain/TaxCategory.h"
#include "domain/TaxRate.h"

#include <QString>
#include <optional>

namespace quire {

// One title on an order, with the title and price as they were when ordered.
struct OrderLine
{
    int lineNumber = 0;
    QString isbn13;
    QString title;
    Money unitPrice;
    int quantity = 0;
    // The category and the rate of the sale's day it was taxed at; none for
    // an order made before Quire had tax (schema version 11).
    std::optional<TaxCategory> taxCategory;
    TaxRate taxRate;

    Result<Money> lineTotal() const { return unitPrice.times(quantity); }
};

} // namespace quire
