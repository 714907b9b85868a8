#pragma once

#include "domain/PriceLawException.h"
#include "domain/Result.h"

#include <QString>
#include <optional>

namespace quire {

// Which book-price law the store sells under (`[pricing] bookPriceLaw`,
// docs/tax.md "Book-price law"):
// - None: discounts are the store's own policy.
// - De (Buchpreisbindungsgesetz): no discount on a price-bound book, except
//   the documented cases of §7 (PriceLawException).
// - Fr (loi Lang, prix unique du livre): at most 5 % off a price-bound book.
// Only books are ever price-bound; non-book items never are.
enum class BookPriceLaw { None, De, Fr };

QString toSettingsText(BookPriceLaw law); // none, de, fr
std::optional<BookPriceLaw> bookPriceLawFromSettingsText(const QString &text);

// The most the French law allows off a price-bound book, in basis points.
constexpr qint64 kFrenchBookDiscountLimitBasisPoints = 500;

// Whether `discountMinor` off a line of `baseMinor` (its total before the
// discount) of the title `title` keeps the law. Forbidden with the title
// and the rule in words otherwise.
Result<void> checkBookPriceLaw(BookPriceLaw law, const QString &title, bool priceBound,
                               qint64 baseMinor, qint64 discountMinor, PriceLawException exception);

} // namespace quire
