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
    // Taken off the line (docs/tax.md, "Discounts"), in minor units: its own
    // discount and its share of the order discount. lineTotal() stays the
    // gross before them; the line charged chargedTotal(), taxed on that.
    qint64 lineDiscountMinor = 0;
    qint64 orderDiscountMinor = 0;
    QString discountReason = {}; // the line discount's

    // Unit price times quantity: before any discount.
    Result<Money> lineTotal() const { return unitPrice.times(quantity); }
    qint64 discountMinor() const { return lineDiscountMinor + orderDiscountMinor; }
    // What the line charged: its total less its discounts.
    Result<Money> chargedTotal() const
    {
        auto total = lineTotal();
        if (!total)
            return total;
        return Money::fromMinorUnits(total->minorUnits() - discountMinor(), total->currency());
    }
};

} // namespace quire
