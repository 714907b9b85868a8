#pragma once

#include "domain/Money.h"
#include "domain/TaxCategory.h"

#include <QString>
#include <optional>

namespace quire {

struct Book
{
    QString isbn13;
    QString title;
    QString authors;
    Money price;
    int stock = 0;
    QString coverPath;
    TaxCategory taxCategory = TaxCategory::Reduced;
    // A non-book item (a card, a bag, a calendar; docs/catalog.md "Items")
    // shares the table and the key column; isbn13 then holds its EAN-13 or
    // store code (ProductCode).
    bool isItem = false;
    // The clerk enters the price of each sale (a quick-sale key such as
    // "Card"); `price` is then zero and unused.
    bool openPrice = false;
    // False: the store does not count it, a sale never takes or lacks stock.
    bool stockTracked = true;
    // The catalog's price_bound column; none: the default (a book is
    // price-bound, docs/tax.md "Book-price law").
    std::optional<bool> priceBoundFlag = std::nullopt;

    bool hasStockFor(int quantity) const { return !stockTracked || stock >= quantity; }
    // Under a book-price law: a book unless marked otherwise; an item never.
    bool isPriceBound() const { return !isItem && priceBoundFlag.value_or(true); }
};

} // namespace quire
