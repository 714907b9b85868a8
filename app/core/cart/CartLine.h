#pragma once

#include "domain/Discount.h"
#include "domain/Money.h"

#include <QString>
#include <optional>

namespace quire {

// A cart line as shown: what the cart stores (code, quantity, an entered
// price) joined with what the catalog says now (title, price, stock).
struct CartLine
{
    qint64 id = 0; // orders lines by when they were first added
    QString isbn13;
    QString title;
    Money unitPrice;
    int quantity = 0;
    int stock = 0;
    bool stockTracked = true;
    // The clerk entered unitPrice (an open-price item); otherwise it is the
    // catalog's price of now.
    bool priceEntered = false;
    // The line's discount (Cart::setLineDiscount), if it has one.
    std::optional<Discount> discount = std::nullopt;
    // A book the book-price law binds (Book::isPriceBound).
    bool priceBound = false;

    // Before any discount.
    Result<Money> lineTotal() const { return unitPrice.times(quantity); }
    // The line's own discount in minor units (0 without one or when it no
    // longer fits the line).
    qint64 discountMinor() const;
    // Another till may have sold copies since this line was added.
    bool exceedsStock() const { return stockTracked && quantity > stock; }
};

} // namespace quire
