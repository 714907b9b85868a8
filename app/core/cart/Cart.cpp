#include "cart/Cart.h"

#include "catalog/CatalogLogging.h"
#include "catalog/ProductCode.h"
#include "persistence/AuditLog.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "support/Clock.h"
#include "till/TillAccess.h"

#include <QLocale>

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

Result<Book> findItem(Database &database, const ProductCode &code)
{
    auto book = BookRepository(database).find(code.ean13());
    if (!book && book.error().kind == ErrorKind::NotFound)
        return Error::notFound(
            code.isIsbn() ? Cart::tr("No book with ISBN %1 in the catalog.").arg(code.ean13())
                          : Cart::tr("No item with code %1 in the catalog.")
                                .arg(code.storeCode().isEmpty() ? code.ean13() : code.storeCode()));
    return book;
}

Result<void> checkCurrency(CartRepository &carts, qint64 cartId, const Book &book)
{
    auto all = carts.lines(cartId);
    if (!all)
        return all.error();
    if (!all->isEmpty() && all->first().unitPrice.currency() != book.price.currency())
        return Error::conflict(
            Cart::tr("\u201c%1\u201d is priced in %2, but this cart is in %3: sell it separately.")
                .arg(book.title, book.price.currency(), all->first().unitPrice.currency()));
    return {};
}

// "EUR 3.50": an amount for the audit log, the same in every language.
QString auditAmount(const Money &amount)
{
    const int digits = Money::fractionDigits(amount.currency());
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;
    QString text = amount.currency() + u' ' + QString::number(amount.minorUnits() / divisor);
    if (digits > 0)
        text += u'.'
                + QStringLiteral("%1").arg(amount.minorUnits() % divisor, digits, 10,
                                           QLatin1Char('0'));
    return text;
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
    const auto isbn = ProductCode::parse(isbnText);
    if (!isbn)
        return isbn.error();

    // Read stock and write the line in one transaction, so two quick scans
    // cannot both pass the stock check on the same last copy.
    return m_database->writeTransaction([&]() -> Result<CartLine> {
        CartRepository carts(*m_database);
        auto book = findItem(*m_database, *isbn);
        if (!book)
            return book.error();
        if (book->openPrice)
            return Error::invalid(
                tr("\u201c%1\u201d has no fixed price: use its key and enter the price.")
                    .arg(book->title));

        auto existing = carts.line(m_cartId, book->isbn13);
        if (!existing)
            return existing.error();
        const int inCart = existing->has_value() ? (*existing)->quantity : 0;
        if (!book->hasStockFor(inCart + quantity))
            return notEnoughStock(*book, inCart + quantity);

        if (auto same = checkCurrency(carts, m_cartId, *book); !same)
            return same.error();

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
        if ((*line)->stockTracked && quantity > (*line)->quantity && quantity > (*line)->stock) {
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

Result<Book> Cart::item(const QString &codeText) const
{
    const auto code = ProductCode::parse(codeText);
    if (!code)
        return code.error();
    return findItem(*m_database, *code);
}

Result<CartLine> Cart::addAtPrice(const QString &codeText, const Money &unitPrice,
                                  const Actor &actor, int quantity)
{
    if (quantity < 1)
        return Error::invalid(tr("Add at least one."));
    const auto code = ProductCode::parse(codeText);
    if (!code)
        return code.error();
    if (!unitPrice.isValid() || unitPrice.minorUnits() <= 0)
        return Error::invalid(tr("Enter a price above zero."));
    const auto limit = m_approvalLimits.constFind(unitPrice.currency());
    const bool aboveLimit
        = limit != m_approvalLimits.cend() && unitPrice.minorUnits() > limit.value();
    TillAccess access(*m_database, *m_clock, actor);
    auto added = m_database->writeTransaction([&]() -> Result<CartLine> {
        // Decided from the role stored now, inside the change's transaction.
        if (aboveLimit) {
            const Money shown = *Money::fromMinorUnits(limit.value(), unitPrice.currency());
            if (auto allowed = access.require(
                    Permission::EnterPriceAboveLimit,
                    tr("A price above %1 needs a manager's approval.").arg(shown.toString()));
                !allowed)
                return allowed.error();
        }
        CartRepository carts(*m_database);
        auto book = findItem(*m_database, *code);
        if (!book)
            return book.error();
        if (!book->openPrice)
            return Error::invalid(
                tr("\u201c%1\u201d has a fixed price; its price cannot be entered.")
                    .arg(book->title));
        if (unitPrice.currency() != book->price.currency())
            return Error::invalid(
                tr("\u201c%1\u201d is sold in %2, not %3.")
                    .arg(book->title, book->price.currency(), unitPrice.currency()));
        if (auto same = checkCurrency(carts, m_cartId, *book); !same)
            return same.error();
        const qint64 now = m_clock->nowMs();
        auto lineId
            = carts.addAtPrice(m_cartId, book->isbn13, unitPrice.minorUnits(), quantity, now);
        if (!lineId)
            return lineId.error();
        AuditEntry entry;
        entry.at = m_clock->nowUtc();
        entry.actor = actor;
        entry.action = QStringLiteral("open_price_entered");
        entry.entityType = QStringLiteral("cart");
        entry.entityId = QString::number(m_cartId);
        entry.detail
            = QStringLiteral("%1 %2 x %3 %4%5") // notr: audit detail
                  .arg(book->isbn13, book->title)
                  .arg(quantity)
                  .arg(auditAmount(unitPrice),
                       aboveLimit ? QStringLiteral(" (above the approval limit)") : QString());
        if (auto audited = AuditLog(*m_database).append(entry); !audited)
            return audited.error();
        auto line = carts.lineById(m_cartId, *lineId);
        if (!line)
            return line.error();
        if (!line->has_value())
            return Error::database(tr("The cart line for %1 vanished.").arg(book->isbn13));
        qCDebug(lcCatalog) << "cart" << m_cartId << "open-price line" << *lineId << "now"
                           << (*line)->quantity;
        return **line;
    });
    if (!added)
        access.auditRefusal(QStringLiteral("cart %1: %2 at %3") // notr: audit target
                                .arg(m_cartId)
                                .arg(code->ean13(), auditAmount(unitPrice)));
    return added;
}

Result<CartLine> Cart::setLineQuantity(qint64 lineId, int quantity)
{
    if (quantity < 1)
        return Error::invalid(tr("A line needs at least one copy; remove it instead."));
    return m_database->writeTransaction([&]() -> Result<CartLine> {
        CartRepository carts(*m_database);
        auto line = carts.lineById(m_cartId, lineId);
        if (!line)
            return line.error();
        if (!line->has_value())
            return Error::notFound(tr("That line is not in the cart any more."));
        const CartLine &current = **line;
        if (current.stockTracked && quantity > current.quantity && quantity > current.stock) {
            auto book = BookRepository(*m_database).find(current.isbn13);
            if (!book)
                return book.error();
            return notEnoughStock(*book, quantity);
        }
        if (auto set = carts.setLineQuantity(m_cartId, lineId, quantity, m_clock->nowMs()); !set)
            return set.error();
        CartLine changed = current;
        changed.quantity = quantity;
        return changed;
    });
}

Result<void> Cart::removeLine(qint64 lineId)
{
    return CartRepository(*m_database).removeLine(m_cartId, lineId, m_clock->nowMs());
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
        requests.append({line.isbn13, line.quantity,
                         line.priceEntered ? std::optional<Money>(line.unitPrice) : std::nullopt});
    return requests;
}

} // namespace quire
