#include "flows/OrderDraft.h"

#include "domain/DiscountCalculator.h"
#include "domain/TaxCalculator.h"
#include "persistence/BookRepository.h"
#include "persistence/TaxRuleRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace quire {

Result<OrderDraft> OrderDraft::of(const QList<OrderLineRequest> &requests,
                                  const BookRepository &books, const TaxRuleRepository &taxRules,
                                  QDate day, const std::optional<Discount> &orderDiscount,
                                  BookPriceLaw law)
{
    QList<OrderLineRequest> merged;
    for (const OrderLineRequest &request : requests) {
        if (request.quantity <= 0)
            return Error::invalid(QCoreApplication::translate("quire::OrderDraft",
                                                              "quantity for %1 must be at least 1")
                                      .arg(request.isbn13));
        auto same = std::find_if(merged.begin(), merged.end(), [&](const OrderLineRequest &line) {
            return line.isbn13 == request.isbn13 && line.unitPrice == request.unitPrice
                   && !line.discount && !request.discount;
        });
        if (same == merged.end())
            merged.append(request);
        else
            same->quantity += request.quantity;
    }

    auto rules = taxRules.read();
    if (!rules)
        return rules.error();
    OrderDraft draft;
    QList<TaxedAmount> lineTotals;
    for (const OrderLineRequest &request : std::as_const(merged)) {
        auto book = books.find(request.isbn13);
        if (!book)
            return book.error();
        if (book->openPrice && !request.unitPrice)
            return Error::invalid(
                QCoreApplication::translate("quire::OrderDraft", "\u201c%1\u201d needs a price")
                    .arg(book->title));
        if (!book->openPrice && request.unitPrice)
            return Error::invalid(
                QCoreApplication::translate("quire::OrderDraft", "\u201c%1\u201d has a fixed price")
                    .arg(book->title));
        if (request.unitPrice && request.unitPrice->currency() != book->price.currency())
            return Error::invalid(
                QCoreApplication::translate("quire::OrderDraft", "\u201c%1\u201d is sold in %2")
                    .arg(book->title, book->price.currency()));
        const Money unitPrice = request.unitPrice.value_or(book->price);
        auto rate = rules->rates.rateOn(book->taxCategory, day);
        if (!rate)
            return rate.error();
        const OrderLine line{int(draft.order.lines.size()) + 1,
                             book->isbn13,
                             book->title,
                             unitPrice,
                             request.quantity,
                             book->taxCategory,
                             *rate};
        OrderLine discounted = line;
        auto lineTotal = line.lineTotal();
        if (!lineTotal)
            return lineTotal.error();
        if (request.discount) {
            auto off = DiscountCalculator::discountOf(lineTotal->minorUnits(),
                                                      lineTotal->currency(), *request.discount);
            if (!off)
                return off.error();
            if (auto lawful
                = checkBookPriceLaw(law, book->title, book->isPriceBound(), lineTotal->minorUnits(),
                                    *off, request.discount->exception);
                !lawful)
                return lawful.error();
            discounted.lineDiscountMinor = *off;
            discounted.discountReason = request.discount->reason;
        }
        draft.order.lines.append(discounted);
        draft.books.append(*book);
    }
    if (orderDiscount && !draft.order.lines.isEmpty()) {
        QList<qint64> bases;
        QList<bool> eligible;
        for (qsizetype i = 0; i < draft.order.lines.size(); ++i) {
            auto charged = draft.order.lines.at(i).chargedTotal();
            if (!charged)
                return charged.error();
            bases.append(charged->minorUnits());
            // Under a book-price law the order discount leaves price-bound titles alone.
            eligible.append(law == BookPriceLaw::None || !draft.books.at(i).isPriceBound());
        }
        auto shares = DiscountCalculator::spread(
            bases, eligible, draft.order.lines.constFirst().unitPrice.currency(), *orderDiscount);
        if (!shares)
            return shares.error();
        for (qsizetype i = 0; i < draft.order.lines.size(); ++i)
            draft.order.lines[i].orderDiscountMinor = shares->at(i);
        draft.order.orderDiscountReason = orderDiscount->reason;
    }
    for (const OrderLine &line : std::as_const(draft.order.lines)) {
        auto charged = line.chargedTotal();
        if (!charged)
            return charged.error();
        lineTotals.append({*line.taxCategory, line.taxRate, *charged});
    }
    auto taxTotals = TaxCalculator::totals(lineTotals, rules->pricing);
    if (!taxTotals)
        return taxTotals.error();
    auto total = TaxCalculator::grossTotal(*taxTotals);
    if (!total)
        return total.error();
    draft.order.total = *total;
    draft.order.taxPricing = rules->pricing;
    draft.order.taxTotals = std::move(taxTotals).value();
    return draft;
}

} // namespace quire
