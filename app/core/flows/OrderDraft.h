#pragma once

#include "domain/Book.h"
#include "domain/BookPriceLaw.h"
#include "domain/Discount.h"
#include "domain/Order.h"
#include "domain/Result.h"
#include "flows/OrderLineRequest.h"

#include <QDate>
#include <QList>

namespace quire {

class BookRepository;
class TaxRuleRepository;

// The order a cart makes, before it is made: the same title asked for twice
// is one line with the copies added up, each line priced from the catalog as
// it is now and taxed at its category's rate of the sale's day, the tax
// table (TaxCalculator: one row per rate) and the total, which is the sum of
// the table's gross amounts. PurchaseFlow::createOrder makes exactly this
// order (after checking the stock inside its transaction); the confirm
// screen shows it. Reads the catalog, writes nothing.
struct OrderDraft
{
    Order order;       // no id, status or times yet
    QList<Book> books; // the catalog row of each line, in line order

    // An empty request list is an empty draft; a quantity below one, an
    // unknown title, a category without a rate on `day` or an overflowing
    // total is an error. Line discounts and the order discount
    // (DiscountCalculator) are taken off before the tax is computed; the
    // order discount skips price-bound lines when a book-price law applies,
    // and a line discount that breaks `law` is Forbidden.
    static Result<OrderDraft> of(const QList<OrderLineRequest> &requests,
                                 const BookRepository &books, const TaxRuleRepository &taxRules,
                                 QDate day, const std::optional<Discount> &orderDiscount = {},
                                 BookPriceLaw law = BookPriceLaw::None);
};

} // namespace quire
