#pragma once

#include "domain/Money.h"

#include <QString>

namespace quire {

// One title on an order, with the title and price as they were when ordered.
struct OrderLine
{
    int lineNumber = 0;
    QString isbn13;
    QString title;
    Money unitPrice;
    int quantity = 0;

    Result<Money> lineTotal() const { return unitPrice.times(quantity); }
};

} // namespace quire
