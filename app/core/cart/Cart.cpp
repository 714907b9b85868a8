#include "cart/Cart.h"

#include "catalog/CatalogLogging.h"
#include "catalog/Isbn.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "support/Clock.h"

namespace quire {

namespace {

Error notEnoughStock(const Book &book, int wanted)
{
    if (book.stock == 0)
        return Error::conflict(Cart::tr("\u201c%1\u201d is out of stock.").arg(book.title));
    return Error::conflict(
        Cart::tr("Only %n cop(ies) of \u201c%1\u201d in stock, %2 wanted.", nullptr, book.stock)
            .arg(book.title)
            .arg(wanted));
}

} // namespace

Cart::Cart(Database &database, const Clock &clock, QString sessionKey, qint64 cartId)
    : m_database(&database)
    , m_clock(&clock)
    , m_sessionKey(std::move(sessionKey))
    , m_cartId(cartId)
{}

Result<Cart> Cart::open(Database &database, const Clock &clock, const QString &sessionKey)
{
    if (sessionKey.trimmed().isEmpty())
        return Error::invalid(tr("A cart needs a session key."));
    auto cartId = CartRepository(database).open(sessionKey, clock.nowMs());
    if (!cartId)
        return cartId.error();
    return Cart(database, clock, sessionKey, *cartId);
}

Result<QList<CartLine>> Cart::lines() const
{
    return CartRepository(*m_database).lines(m_cartId);
}

Result<CartLine> Cart::add(const QString &isbnText, int quantity)
{
    if (quantity < 1)
        return Error::invalid(tr("Add at least one copy."));
    const auto isbn = Isbn::parse(isbnText);
    if (!isbn)
        return isbn.error();

    // Read stock and write the line in one transaction, so two quick scans
    // cannot both pass the stock check on the same last copy.
    return m_database->writeTransaction([&]() -> Result<CartLine> {
        CartRepository carts(*m_database);
        auto book = BookRepository(*m_database).find(isbn->isbn13());
        if (!book && book.error().kind == ErrorKind::NotFound)
            return Error::notFound(tr("No book with ISBN %1 in the catalog.").arg(isbn->isbn13()));
        if (!book)
            return book.error();

        auto existing = carts.line(m_cartId, book->isbn13);
        if (!existing)
            return existing.error();
        const int inCart = existing->has_value() ? (*existing)->quantity : 0;
        if (inCart + quantity > book->stock)
            return notEnoughStock(*book, inCart + quantity);

        auto all = carts.lines(m_cartId);
        if (!all)
            return all.error();
        if (!all->isEmpty() && all->first().unitPrice.currency() != book->price.currency())
            return Error::conflict(
                tr("\u201c%1\u201d is priced in %2, but this cart is in %3: sell it separately.")
                    .arg(book->title, book->price.currency(), all->first().unitPrice.currency()));

        if (auto added = carts.addQuantity(m_cartId, book->isbn13, quantity, m_clock->nowMs());
            !added)
            return added.error();
        auto line = carts.line(m_cartId, book->isbn13);
        if (!line)
            return line.error();
        if (!line->has_value())
            return Error::database(tr("The cart line for %1 vanished.").arg(book->isbn13));
        qCDebug(lcCatalog) << "cart" << m_cartId << "line" << book->isbn13 << "now"
                           << (*line)->quantity;
        return **line;
    });
}

Result<CartLine> Cart::setQuantity(const QString &isbn13, int quantity)
{
    if (quantity < 1)
        return Error::invalid(tr("A line needs at least one copy; remove it instead."));
    return m_database->writeTransaction([&]() -> Result<CartLine> {
        CartRepository carts(*m_database);
        auto line = carts.line(m_cartId, isbn13);
        if (!line)
            return line.error();
        if (!line->has_value())
            return Error::notFound(tr("%1 is not in the cart.").arg(isbn13));
        if (quantity > (*line)->quantity && quantity > (*line)->stock) {
            auto book = BookRepository(*m_database).find(isbn13);
            if (!book)
                return book.error();
            return notEnoughStock(*book, quantity);
        }
        if (auto set = carts.setQuantity(m_cartId, isbn13, quantity, m_clock->nowMs()); !set)
            return set.error();
        CartLine changed = **line;
        changed.quantity = quantity;
        return changed;
    });
}

Result<void> Cart::remove(const QString &isbn13)
{
    return CartRepository(*m_database).remove(m_cartId, isbn13, m_clock->nowMs());
}

Result<void> Cart::clear()
{
    return CartRepository(*m_database).clear(m_cartId, m_clock->nowMs());
}

Result<QList<OrderLineRequest>> Cart::orderLines() const
{
    auto all = lines();
    if (!all)
        return all.error();
    QList<OrderLineRequest> requests;
    requests.reserve(all->size());
    for (const CartLine &line : all.value())
        requests.append({line.isbn13, line.quantity});
    return requests;
}

} // namespace quire
