#pragma once

#include "domain/Money.h"
#include "domain/PriceLawException.h"

#include <QString>

namespace quire {

// A discount on a cart line or on the whole order (docs/tax.md,
// "Discounts"): a percent in integer basis points (10 % is 1000) or an
// amount of money off the line's (or the order's) total, always with the
// reason the clerk gave. `exception` is the documented case of the book-price
// law the discount relies on (DE: a damaged copy, own staff, teachers'
// copies), None otherwise.
struct Discount
{
    enum class Kind { Percent, Amount };

    Kind kind = Kind::Percent;
    qint64 basisPoints = 0; // Percent: 1 % is 100, the whole is 10000
    Money amount;           // Amount: off the line's or the order's total
    QString reason;
    PriceLawException exception = PriceLawException::None;

    static Discount percent(qint64 basisPoints, QString reason,
                            PriceLawException exception = PriceLawException::None)
    {
        return {Kind::Percent, basisPoints, Money(), std::move(reason), exception};
    }
    static Discount off(Money amount, QString reason,
                        PriceLawException exception = PriceLawException::None)
    {
        return {Kind::Amount, 0, std::move(amount), std::move(reason), exception};
    }

    friend bool operator==(const Discount &, const Discount &) = default;
};

// "percent" or "amount", as stored in cart_lines.discount_kind and carts.
QString toDatabaseText(Discount::Kind kind);

} // namespace quire
