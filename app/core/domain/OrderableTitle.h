#pragma once

#include "domain/Money.h"
#include "domain/OrderableAvailability.h"
#include "domain/TaxCategory.h"

#include <QString>

namespace quire {

// A title the store can order from a supplier (a row of the orderable
// catalog, docs/customer-orders.md), not necessarily on its shelves.
struct OrderableTitle
{
    QString isbn13;
    QString title;
    QString contributors;
    QString publisher;
    Money price;
    OrderableAvailability availability = OrderableAvailability::Available;
    TaxCategory taxCategory = TaxCategory::Reduced;
    QString supplier;
};

} // namespace quire
