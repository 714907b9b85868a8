#include "flows/OrderDraft.h"

#include "persistence/BookRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace quire {

Result<OrderDraft> OrderDraft::of(const QList<OrderLineRequest> &requests,
                                  const BookRepository &books)
{
    QList<OrderLineRequest> merged;
    for (const OrderLineRequest &request : requests) {
        if (request.quantity <= 0)
            return Error::invalid(QCoreApplication::translate("quire::OrderDraft",
                                                              "quantity for %1 must be at least 1")
                                      .arg(request.isbn13));
        auto same = std::find_if(merged.begin(), merged.end(), [&](const OrderLineRequest &line) {
            return line.isbn13 == request.isbn13;
        });
        if (same == merged.end())
            merged.append(request);
        else
            same->quantity += request.quantity;
    }

    OrderDraft draft;
    QList<Money> lineTotals;
    for (const OrderLineRequest &request : std::as_const(merged)) {
        auto book = books.find(request.isbn13);
        if (!book)
            return book.error();
        const OrderLine line{int(draft.order.lines.size()) + 1, book->isbn13, book->title,
                             book->price, request.quantity};
        auto lineTotal = line.lineTotal();
        if (!lineTotal)
            return lineTotal.error();
        lineTotals.append(*lineTotal);
        draft.order.lines.append(line);
        draft.books.append(*book);
    }
    auto total = Money::sum(lineTotals);
    if (!total)
        return total.error();
    draft.order.total = *total;
    return draft;
}

} // namespace quire
