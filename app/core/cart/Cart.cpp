#include "cart/Cart.h"

#include "catalog/CatalogLogging.h"
#include "catalog/ProductCode.h"
#include "domain/DiscountCalculator.h"
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

// "10 % (1000 bp)" or "EUR 1.30": a discount for the audit log.
QString discountDetail(const Discount &discount, qint64 offMinor, const QString &currency)
{
    const QString given = discount.kind == Discount::Kind::Percent
                              ? QStringLiteral("%1 bp").arg(discount.basisPoints)
                              : auditAmount(discount.amount);
    QString text
        = QStringLiteral("%1 = %2 off, reason: %3") // notr: audit detail
              .arg(given, auditAmount(*Money::fromMinorUnits(offMinor, currency)), discount.reason);
    if (discount.exception != PriceLawException::None)
        text += QStringLiteral(", book-price law exception: %1") // notr: audit detail
                    .arg(toDatabaseText(discount.exception));
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
    return m_database->writeTransaction([&]() -> Result<void> {
        return CartRepository(*m_database).clear(m_cartId, m_clock->nowMs());
    });
}

Result<void> Cart::checkDiscountPolicy(TillAccess &access, const Discount &discount,
                                       qint64 discountMinor, qint64 baseMinor) const
{
    if (discount.kind == Discount::Kind::Amount && !m_discountPolicy.amountDiscounts)
        return Error::invalid(tr("The store gives discounts in percent only."));
    // A percent is its own measure (its rounding to the cent may make it a
    // hair more); an amount counts as its share of the base, rounded up.
    const qint64 points = discount.kind == Discount::Kind::Percent
                              ? discount.basisPoints
                              : DiscountCalculator::basisPointsOf(discountMinor, baseMinor);
    if (points > m_discountPolicy.managerMaxBasisPoints)
        return Error::forbidden(
            tr("The store's discounts go up to %1; this one is %2.")
                .arg(DiscountPolicy::percentText(m_discountPolicy.managerMaxBasisPoints),
                     DiscountPolicy::percentText(points)));
    if (points > m_discountPolicy.clerkMaxBasisPoints)
        return access.require(
            Permission::GiveLargeDiscount,
            tr("A discount above %1 needs a manager's approval.")
                .arg(DiscountPolicy::percentText(m_discountPolicy.clerkMaxBasisPoints)));
    return {};
}

Result<void> Cart::auditDiscount(const Actor &actor, const QString &action,
                                 const QString &detail) const
{
    AuditEntry entry;
    entry.at = m_clock->nowUtc();
    entry.actor = actor;
    entry.action = action;
    entry.entityType = QStringLiteral("cart");
    entry.entityId = QString::number(m_cartId);
    entry.detail = detail;
    return AuditLog(*m_database).append(entry);
}

Result<CartLine> Cart::setLineDiscount(qint64 lineId, const Discount &discount, const Actor &actor)
{
    if (discount.reason.trimmed().isEmpty())
        return Error::invalid(tr("Give a reason for the discount."));
    TillAccess access(*m_database, *m_clock, actor);
    auto given = m_database->writeTransaction([&]() -> Result<CartLine> {
        CartRepository carts(*m_database);
        auto line = carts.lineById(m_cartId, lineId);
        if (!line)
            return line.error();
        if (!line->has_value())
            return Error::notFound(tr("That line is not in the cart any more."));
        const CartLine &current = **line;
        auto base = current.lineTotal();
        if (!base)
            return base.error();
        auto off = DiscountCalculator::discountOf(base->minorUnits(), base->currency(), discount);
        if (!off)
            return off.error();
        auto book = BookRepository(*m_database).find(current.isbn13);
        if (!book)
            return book.error();
        if (auto lawful = checkBookPriceLaw(m_bookPriceLaw, book->title, book->isPriceBound(),
                                            base->minorUnits(), *off, discount.exception);
            !lawful)
            return lawful.error();
        // Decided from the role stored now, inside the change's transaction.
        if (auto allowed = checkDiscountPolicy(access, discount, *off, base->minorUnits());
            !allowed)
            return allowed.error();
        if (auto set = carts.setLineDiscount(m_cartId, lineId, discount, m_clock->nowMs()); !set)
            return set.error();
        if (auto audited
            = auditDiscount(actor, QStringLiteral("discount_given"),
                            QStringLiteral("%1 %2 x %3: %4") // notr: audit detail
                                .arg(current.isbn13, current.title)
                                .arg(current.quantity)
                                .arg(discountDetail(discount, *off, base->currency())));
            !audited)
            return audited.error();
        CartLine changed = current;
        changed.discount = discount;
        return changed;
    });
    if (!given)
        access.auditRefusal(QStringLiteral("cart %1 line %2: discount") // notr: audit target
                                .arg(m_cartId)
                                .arg(lineId));
    return given;
}

Result<void> Cart::removeLineDiscount(qint64 lineId, const Actor &actor)
{
    return m_database->writeTransaction([&]() -> Result<void> {
        CartRepository carts(*m_database);
        auto line = carts.lineById(m_cartId, lineId);
        if (!line)
            return line.error();
        if (!line->has_value() || !(*line)->discount)
            return {};
        if (auto set = carts.setLineDiscount(m_cartId, lineId, std::nullopt, m_clock->nowMs());
            !set)
            return set;
        return auditDiscount(actor, QStringLiteral("discount_removed"),
                             QStringLiteral("%1 %2") // notr: audit detail
                                 .arg((*line)->isbn13, (*line)->title));
    });
}

Result<std::optional<Discount>> Cart::orderDiscount() const
{
    auto all = lines();
    if (!all)
        return all.error();
    const QString currency
        = all->isEmpty() ? QStringLiteral("EUR") : all->constFirst().unitPrice.currency();
    return CartRepository(*m_database).orderDiscount(m_cartId, currency);
}

Result<void> Cart::setOrderDiscount(const Discount &discount, const Actor &actor)
{
    if (discount.reason.trimmed().isEmpty())
        return Error::invalid(tr("Give a reason for the discount."));
    TillAccess access(*m_database, *m_clock, actor);
    auto given = m_database->writeTransaction([&]() -> Result<void> {
        CartRepository carts(*m_database);
        auto all = carts.lines(m_cartId);
        if (!all)
            return all.error();
        if (all->isEmpty())
            return Error::invalid(tr("The cart is empty: there is nothing to discount."));
        const QString currency = all->constFirst().unitPrice.currency();
        QList<qint64> bases;
        QList<bool> eligible;
        qint64 eligibleBase = 0;
        for (const CartLine &line : std::as_const(all.value())) {
            auto total = line.lineTotal();
            if (!total)
                return total.error();
            qint64 base = total->minorUnits();
            if (line.discount) {
                auto off = DiscountCalculator::discountOf(base, currency, *line.discount);
                if (!off)
                    return off.error();
                base -= *off;
            }
            auto book = BookRepository(*m_database).find(line.isbn13);
            if (!book)
                return book.error();
            const bool counts = m_bookPriceLaw == BookPriceLaw::None || !book->isPriceBound();
            bases.append(base);
            eligible.append(counts);
            if (counts)
                eligibleBase += base;
        }
        if (!eligible.contains(true))
            return Error::forbidden(
                tr("Every title in this cart is price-bound: the book-price law allows no "
                   "order discount on them."));
        auto shares = DiscountCalculator::spread(bases, eligible, currency, discount);
        if (!shares)
            return shares.error();
        qint64 off = 0;
        for (qint64 share : std::as_const(shares.value()))
            off += share;
        if (auto allowed = checkDiscountPolicy(access, discount, off, eligibleBase); !allowed)
            return allowed.error();
        if (auto set = carts.setOrderDiscount(m_cartId, discount, m_clock->nowMs()); !set)
            return set;
        return auditDiscount(actor, QStringLiteral("order_discount_given"),
                             QStringLiteral("order of cart %1: %2") // notr: audit detail
                                 .arg(m_cartId)
                                 .arg(discountDetail(discount, off, currency)));
    });
    if (!given)
        access.auditRefusal(QStringLiteral("cart %1: order discount") // notr: audit target
                                .arg(m_cartId));
    return given;
}

Result<void> Cart::removeOrderDiscount(const Actor &actor)
{
    return m_database->writeTransaction([&]() -> Result<void> {
        CartRepository carts(*m_database);
        auto current = orderDiscount();
        if (!current)
            return current.error();
        if (!current->has_value())
            return {};
        if (auto set = carts.setOrderDiscount(m_cartId, std::nullopt, m_clock->nowMs()); !set)
            return set;
        return auditDiscount(actor, QStringLiteral("order_discount_removed"),
                             QStringLiteral("cart %1").arg(m_cartId)); // notr: audit detail
    });
}

Result<QList<OrderLineRequest>> Cart::orderLines() const
{
    auto all = lines();
    if (!all)
        return all.error();
    QList<OrderLineRequest> requests;
    requests.reserve(all->size());
    for (const CartLine &line : all.value()) {
        OrderLineRequest request{line.isbn13, line.quantity,
                                 line.priceEntered ? std::optional<Money>(line.unitPrice)
                                                   : std::nullopt};
        request.discount = line.discount;
        requests.append(request);
    }
    return requests;
}

} // namespace quire
