#pragma once

#include "domain/Discount.h"
#include "domain/Money.h"

#include <QString>
#include <optional>

namespace quire {

// What the cart asks for: a title or item by its code and how many; for an
// open-price item (docs/catalog.md "Quick-sale keys") the price the clerk
// entered, which an item with a fixed price must not have.
struct OrderLineRequest
{
    OrderLineRequest() = default;
    OrderLineRequest(QString code, int count, std::optional<Money> enteredPrice = std::nullopt)
        : isbn13(std::move(code))
        , quantity(count)
        , unitPrice(std::move(enteredPrice))
    {}

    QString isbn13;
    int quantity = 0;
    std::optional<Money> unitPrice;
    // The line's discount (Cart::setLineDiscount), checked there against
    // the store's policy and again here against the book-price law.
    std::optional<Discount> discount = std::nullopt;
};

} // namespace quire
