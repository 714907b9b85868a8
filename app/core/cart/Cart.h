#pragma once

#include "cart/CartLine.h"
#include "cart/CartRepository.h"
#include "domain/Actor.h"
#include "domain/Book.h"
#include "domain/BookPriceLaw.h"
#include "domain/Discount.h"
#include "domain/Result.h"
#include "flows/OrderLineRequest.h"
#include "services/DiscountPolicy.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace quire {

class Clock;
class Database;
class TillAccess;

// The cart of one till or kiosk session, kept in the database: every change
// is committed before it returns, so a crash or a power cut loses nothing and
// the cart is there again when the till restarts. Enforces the counter's
// rules: only catalogued books, never more copies than in stock, one
// currency per cart.
class Cart
{
    Q_DECLARE_TR_FUNCTIONS(quire::Cart)

public:
    // Opens (or creates) the cart for `sessionKey`, e.g. "till-1".
    static Result<Cart> open(Database &database, const Clock &clock, const QString &sessionKey);

    const QString &sessionKey() const { return m_sessionKey; }
    qint64 id() const { return m_cartId; }

    Result<QList<CartLine>> lines() const;

    // Adds copies of the book with this ISBN (any accepted form), or more
    // copies when it is already in the cart. Returns the line as it is now.
    // Invalid: not an ISBN. NotFound: not in the catalog. Conflict: not
    // enough stock, or another currency than the cart's.
    // Any ProductCode works (an item's EAN-13, UPC-A or store code); an
    // open-price item is refused here: it needs addAtPrice().
    Result<CartLine> add(const QString &isbnText, int quantity = 1);

    // Adds an open-price item (a quick-sale key) at the price the clerk
    // entered, in the item's currency, with an `open_price_entered` audit
    // row naming `actor` (the approving manager when the price needed one)
    // in the same transaction. The same price again adds to its line; two
    // prices are two lines. A price above the approval limit of its
    // currency needs an actor whose stored role may EnterPriceAboveLimit (a
    // manager, or a clerk's override: the manager): Forbidden otherwise,
    // with an `access_refused` audit row.
    Result<CartLine> addAtPrice(const QString &codeText, const Money &unitPrice, const Actor &actor,
                                int quantity = 1);

    // The store's open-price approval limits: currency -> minor units
    // (PricingSettings). None: any entered price is allowed.
    void setApprovalLimits(QHash<QString, qint64> limits) { m_approvalLimits = std::move(limits); }

    // Who may give how much discount, and the book-price law
    // (DiscountPolicy, [pricing] bookPriceLaw). Defaults: a clerk up to
    // 10 %, no law.
    void setDiscountRules(DiscountPolicy policy, BookPriceLaw law)
    {
        m_discountPolicy = policy;
        m_bookPriceLaw = law;
    }
    const DiscountPolicy &discountPolicy() const { return m_discountPolicy; }
    BookPriceLaw bookPriceLaw() const { return m_bookPriceLaw; }

    // Gives line `lineId` `discount` (replacing one it had), with a
    // `discount_given` audit row naming `actor`, the amount and the reason in
    // the same transaction. Invalid: no reason, an amount discount when the
    // store allows none, more than the line's total. Forbidden: above the
    // largest discount anyone may give; above the clerk's limit without an
    // actor whose stored role may GiveLargeDiscount (audited as
    // access_refused); a discount the book-price law does not allow, saying
    // which title and which rule.
    Result<CartLine> setLineDiscount(qint64 lineId, const Discount &discount, const Actor &actor);
    Result<void> removeLineDiscount(qint64 lineId, const Actor &actor);
    // The order discount: off the lines' total after their own discounts,
    // spread over them (OrderDraft). Under a book-price law it skips
    // price-bound titles; refused when no line may take it. Same rules and
    // audit as a line's.
    Result<void> setOrderDiscount(const Discount &discount, const Actor &actor);
    Result<void> removeOrderDiscount(const Actor &actor);
    Result<std::optional<Discount>> orderDiscount() const;

    // The catalog's item for a code, as a quick-sale key needs it (is its
    // price open?). NotFound says so in words.
    Result<Book> item(const QString &codeText) const;

    // By line id: the only way to reach a line at an entered price.
    Result<CartLine> setLineQuantity(qint64 lineId, int quantity);
    Result<void> removeLine(qint64 lineId);

    // Sets the copies of a line (at least 1; remove() takes it out).
    Result<CartLine> setQuantity(const QString &isbn13, int quantity);
    Result<void> remove(const QString &isbn13);
    Result<void> clear();

    // What to hand to PurchaseFlow::createOrder.
    Result<QList<OrderLineRequest>> orderLines() const;

private:
    Cart(Database &database, const Clock &clock, QString sessionKey, qint64 cartId);

    // Policy and law for a discount of `discountMinor` off `baseMinor`;
    // inside the change's transaction.
    Result<void> checkDiscountPolicy(TillAccess &access, const Discount &discount,
                                     qint64 discountMinor, qint64 baseMinor) const;
    Result<void> auditDiscount(const Actor &actor, const QString &action,
                               const QString &detail) const;

    Database *m_database;
    const Clock *m_clock;
    QString m_sessionKey;
    qint64 m_cartId;
    QHash<QString, qint64> m_approvalLimits;
    DiscountPolicy m_discountPolicy;
    BookPriceLaw m_bookPriceLaw = BookPriceLaw::None;
};

} // namespace quire
