#include "AuthFixture.h"
#include "TestPrinters.h"
#include "cart/Cart.h"
#include "flows/PurchaseFlow.h"
#include "persistence/BookRepository.h"
#include "services/RefundService.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kBerg = QStringLiteral("9783596294312"); // 12.99, a book (7 %)
const QString kCard = QStringLiteral("2000000000015"); // store code 1: 3.50 (19 %)

Money eur(qint64 minor)
{
    return *Money::fromMinorUnits(minor, QStringLiteral("EUR"));
}

QString messageOf(const Result<void> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

// Protects the discounts of issue 16 in the core: line and order discounts
// with a reason, audited in the change's transaction; the tax computed on the
// discounted amounts with the order discount spread to the cent; refunds
// giving back exactly what was charged; the [discounts] policy decided from
// the role stored in the database (a manager's override above the clerk's
// limit); and the German and French book-price laws refusing, with the title
// and the rule, what they do not allow.
class DiscountSaleTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::AuthFixture> m_auth;
    SignedInUser m_manager;
    SignedInUser m_clerk;

    Database &db() { return m_auth->db().database(); }
    qint64 count(const QString &table, const QString &where = QString())
    {
        return m_auth->db().count(table, where);
    }
    Cart openCart(BookPriceLaw law = BookPriceLaw::None, DiscountPolicy policy = {})
    {
        auto cart = Cart::open(db(), m_auth->clock(), QStringLiteral("counter-1"));
        if (!cart)
            qFatal("Cart::open: %s", qPrintable(cart.error().message));
        Cart opened = *cart;
        opened.setDiscountRules(policy, law);
        return opened;
    }
    qint64 lineOf(const Cart &cart, const QString &code)
    {
        const auto all = cart.lines();
        if (!all)
            return 0;
        for (const CartLine &line : *all) {
            if (line.isbn13 == code)
                return line.id;
        }
        return 0;
    }
    QString lastAuditDetail(const QString &action)
    {
        auto query = db().exec(QStringLiteral("SELECT actor_name, detail FROM audit_log WHERE "
                                              "action = ? ORDER BY id DESC LIMIT 1"),
                               {action});
        if (!query || !query.value().next())
            return QString();
        return query.value().value(0).toString() + u'|' + query.value().value(1).toString();
    }
    qint64 refusals()
    {
        return count(QStringLiteral("audit_log"),
                     QStringLiteral("action = 'access_refused' AND "
                                    "entity_id = 'give_large_discount'"));
    }

private Q_SLOTS:
    void init()
    {
        m_auth = std::make_unique<test::AuthFixture>();
        m_auth->db().addBook(kBerg, QStringLiteral("Der Zauberberg"), 1299, QStringLiteral("EUR"),
                             5);
        Book card;
        card.isbn13 = kCard;
        card.title = QStringLiteral("Greeting card");
        card.authors = QStringLiteral("");
        card.price = eur(350);
        card.taxCategory = TaxCategory::Standard;
        card.isItem = true;
        card.stockTracked = false;
        QVERIFY(BookRepository(db()).upsert(card, m_auth->clock().nowMs()).ok());
        m_manager = m_auth->owner();
        m_clerk = m_auth->addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
    }
    void cleanup() { m_auth.reset(); }

    void discountsAreTaxedSpreadAndRefundedExactly()
    {
        Cart cart = openCart();
        QVERIFY(cart.add(kBerg, 2).ok());
        QVERIFY(cart.add(kCard).ok());
        // No reason, no discount.
        QCOMPARE(
            cart.setLineDiscount(lineOf(cart, kBerg), Discount::percent(1000, {}), m_clerk.actor())
                .error()
                .kind,
            ErrorKind::Invalid);
        const auto line = cart.setLineDiscount(
            lineOf(cart, kBerg), Discount::percent(1000, QStringLiteral("loyal customer")),
            m_clerk.actor());
        QVERIFY2(line.ok(), qPrintable(line.ok() ? QString() : line.error().message));
        QCOMPARE(lastAuditDetail(QStringLiteral("discount_given")),
                 QStringLiteral("alex|9783596294312 Der Zauberberg x 2: 1000 bp = EUR 2.60 off, "
                                "reason: loyal customer"));
        const auto order = cart.setOrderDiscount(Discount::off(eur(100), QStringLiteral("voucher")),
                                                 m_clerk.actor());
        QVERIFY2(order.ok(), qPrintable(messageOf(order)));
        QCOMPARE(lastAuditDetail(QStringLiteral("order_discount_given")),
                 QStringLiteral("alex|order of cart %1: EUR 1.00 = EUR 1.00 off, reason: voucher")
                     .arg(cart.id()));
        // Stored with the cart: a restarted till has them again.
        Cart again = openCart();
        QCOMPARE(again.lines()->at(0).discount,
                 std::optional(Discount::percent(1000, QStringLiteral("loyal customer"))));
        QCOMPARE(**again.orderDiscount(), Discount::off(eur(100), QStringLiteral("voucher")));

        PurchaseFlow flow(db(), m_auth->clock());
        const auto made
            = flow.createOrder(*again.orderLines(), m_clerk.actor(), *again.orderDiscount());
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        const auto stored = flow.findOrder(made->id);
        QVERIFY(stored.ok());
        // The book: 25.98 less 2.60 and 0.87 of the voucher (1.00 over 23.38 and 3.50,
        // largest remainder); the card: 3.50 less 0.13.
        QCOMPARE(stored->lines.at(0).lineTotal()->minorUnits(), 2598);
        QCOMPARE(stored->lines.at(0).lineDiscountMinor, 260);
        QCOMPARE(stored->lines.at(0).orderDiscountMinor, 87);
        QCOMPARE(stored->lines.at(0).discountReason, QStringLiteral("loyal customer"));
        QCOMPARE(stored->lines.at(1).orderDiscountMinor, 13);
        QCOMPARE(stored->orderDiscountReason, QStringLiteral("voucher"));
        QCOMPARE(stored->total, eur(2251 + 337));
        QCOMPARE(stored->taxTotals.size(), 2);
        QCOMPARE(stored->taxTotals.at(0).gross, eur(337));  // A 19 %
        QCOMPARE(stored->taxTotals.at(0).tax, eur(54));     // 337 * 19 / 119 = 53.8
        QCOMPARE(stored->taxTotals.at(1).gross, eur(2251)); // B 7 %
        QCOMPARE(stored->taxTotals.at(1).tax, eur(147));    // 2251 * 7 / 107 = 147.3
        QCOMPARE(m_auth->auditCount(QStringLiteral("discount_charged")), 1);

        // Paid, then refunded in two parts: exactly what was charged comes back.
        const auto payment = flow.startPayment(made->id, m_clerk.actor());
        QVERIFY(payment.ok());
        QCOMPARE(payment->amount, eur(2588));
        QVERIFY(flow.confirmPaymentPaid(payment->id, Actor::system(QStringLiteral("gw"))).ok());
        RefundService refunds(flow, RefundPolicy());
        const auto first = refunds.requestRefund({made->id, {{1, 1}}}, m_manager.actor());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->amount, eur(1126));                       // half of 22.51, rounded up
        QCOMPARE(refunds.linesOf(first->id)->at(0).tax, eur(74)); // 1126 * 7 / 107 = 73.7
        const auto rest = refunds.requestRefund({made->id, {{1, 1}, {2, 1}}}, m_manager.actor());
        QVERIFY2(rest.ok(), qPrintable(rest.ok() ? QString() : rest.error().message));
        QCOMPARE(rest->amount, eur(1125 + 337));
        const auto restLines = refunds.linesOf(rest->id);
        QCOMPARE(restLines->at(0).tax, eur(147 - 74));
        QCOMPARE(restLines->at(1).tax, eur(54));
        QCOMPARE(first->amount.minorUnits() + rest->amount.minorUnits(),
                 payment->amount.minorUnits());
    }

    void whoMayGiveHowMuch()
    {
        DiscountPolicy policy;
        policy.clerkMaxBasisPoints = 1000;
        policy.managerMaxBasisPoints = 5000;
        Cart cart = openCart(BookPriceLaw::None, policy);
        QVERIFY(cart.add(kBerg).ok());
        const qint64 line = lineOf(cart, kBerg);
        const Discount large = Discount::percent(1500, QStringLiteral("regular"));

        // The clerk alone: up to 10 %.
        QVERIFY(cart.setLineDiscount(line, Discount::percent(1000, QStringLiteral("regular")),
                                     m_clerk.actor())
                    .ok());
        const auto refused = cart.setLineDiscount(line, large, m_clerk.actor());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("manager's approval")),
                 qPrintable(refused.error().message));
        QCOMPARE(refusals(), 1);
        QCOMPARE(cart.lines()->at(0).discount->basisPoints, 1000); // unchanged
        // An amount counts as its share: 1.31 of 12.99 is just over 10 %.
        QCOMPARE(cart.setLineDiscount(line, Discount::off(eur(131), QStringLiteral("regular")),
                                      m_clerk.actor())
                     .error()
                     .kind,
                 ErrorKind::Forbidden);
        QVERIFY(cart.setLineDiscount(line, Discount::off(eur(129), QStringLiteral("regular")),
                                     m_clerk.actor())
                    .ok());

        // The manager in place: both names on the audit row.
        const auto approval = m_auth->auth().approveOverride(
            m_clerk, Permission::GiveLargeDiscount, QStringLiteral("15 % off"),
            QStringLiteral("owner"), QStringLiteral("918273"));
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));
        QVERIFY(cart.setLineDiscount(line, large, approval->actor()).ok());
        QVERIFY2(lastAuditDetail(QStringLiteral("discount_given"))
                     .startsWith(QStringLiteral("owner (approved for alex)|")),
                 qPrintable(lastAuditDetail(QStringLiteral("discount_given"))));
        // Nobody gives more than the manager's limit.
        const auto tooMuch = cart.setLineDiscount(
            line, Discount::percent(5100, QStringLiteral("regular")), m_manager.actor());
        QCOMPARE(tooMuch.error().kind, ErrorKind::Forbidden);
        QVERIFY2(tooMuch.error().message.contains(QStringLiteral("50 %")),
                 qPrintable(tooMuch.error().message));
        // A demoted manager's stale session is refused by the stored role.
        const SignedInUser second
            = m_auth->addUser(QStringLiteral("sam"), Role::Manager, QStringLiteral("271828"));
        QVERIFY(
            db().exec(QStringLiteral("UPDATE users SET role = 'clerk' WHERE id = ?"), {second.id})
                .ok());
        QCOMPARE(cart.setLineDiscount(line, large, second.actor()).error().kind,
                 ErrorKind::Forbidden);
        QCOMPARE(refusals(), 3); // the amount over the limit was refused too
        // The same for the order discount.
        QCOMPARE(cart.setOrderDiscount(large, m_clerk.actor()).error().kind, ErrorKind::Forbidden);
        QVERIFY(cart.setOrderDiscount(large, m_manager.actor()).ok());

        // A store without amount discounts.
        policy.amountDiscounts = false;
        cart.setDiscountRules(policy, BookPriceLaw::None);
        QCOMPARE(cart.setLineDiscount(line, Discount::off(eur(10), QStringLiteral("regular")),
                                      m_manager.actor())
                     .error()
                     .kind,
                 ErrorKind::Invalid);
    }

    void germanBookPriceLaw()
    {
        Cart cart = openCart(BookPriceLaw::De);
        QVERIFY(cart.add(kBerg).ok());
        const qint64 book = lineOf(cart, kBerg);
        const auto refused = cart.setLineDiscount(
            book, Discount::percent(500, QStringLiteral("regular")), m_clerk.actor());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\u201cDer Zauberberg\u201d"))
                     && refused.error().message.contains(QStringLiteral("BuchPrG")),
                 qPrintable(refused.error().message));
        QVERIFY(!cart.lines()->at(0).discount);
        QCOMPARE(m_auth->auditCount(QStringLiteral("discount_given")), 0);
        // Only a book is bound: the card's discount is the store's to give.
        QVERIFY(cart.add(kCard).ok());
        QVERIFY(cart.setLineDiscount(lineOf(cart, kCard),
                                     Discount::percent(1000, QStringLiteral("bent corner")),
                                     m_clerk.actor())
                    .ok());
        // A documented exception, picked and audited.
        const auto damaged = cart.setLineDiscount(
            book,
            Discount::percent(1000, QStringLiteral("cover torn"), PriceLawException::DamagedCopy),
            m_clerk.actor());
        QVERIFY2(damaged.ok(), qPrintable(damaged.ok() ? QString() : damaged.error().message));
        QVERIFY2(lastAuditDetail(QStringLiteral("discount_given"))
                     .endsWith(QStringLiteral("reason: cover torn, book-price law exception: "
                                              "damaged_copy")),
                 qPrintable(lastAuditDetail(QStringLiteral("discount_given"))));

        // The order discount skips the price-bound book.
        QVERIFY(
            cart.setOrderDiscount(Discount::percent(1000, QStringLiteral("event")), m_clerk.actor())
                .ok());
        PurchaseFlow flow(db(), m_auth->clock());
        flow.setBookPriceLaw(BookPriceLaw::De);
        const auto order
            = flow.createOrder(*cart.orderLines(), m_clerk.actor(), *cart.orderDiscount());
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->lines.at(0).lineDiscountMinor, 130);
        QCOMPARE(order->lines.at(0).orderDiscountMinor, 0);
        QCOMPARE(order->lines.at(1).lineDiscountMinor, 35);
        QCOMPARE(order->lines.at(1).orderDiscountMinor, 32); // 10 % of 3.15 = 0.315
        // The flow checks the law again: a request that breaks it makes no order.
        OrderLineRequest bare{kBerg, 1};
        bare.discount = Discount::percent(100, QStringLiteral("regular"));
        QCOMPARE(flow.createOrder({bare}, m_clerk.actor()).error().kind, ErrorKind::Forbidden);

        // A cart of price-bound books only takes no order discount.
        QVERIFY(cart.clear().ok());
        QVERIFY(cart.add(kBerg).ok());
        const auto none = cart.setOrderDiscount(Discount::percent(1000, QStringLiteral("event")),
                                                m_clerk.actor());
        QCOMPARE(none.error().kind, ErrorKind::Forbidden);
        QVERIFY2(none.error().message.contains(QStringLiteral("price-bound")),
                 qPrintable(messageOf(none)));
        // A title the catalog marks as not bound (price_bound no) takes one.
        QVERIFY(
            db().exec(QStringLiteral("UPDATE books SET price_bound = 0 WHERE isbn13 = ?"), {kBerg})
                .ok());
        QVERIFY(
            cart.setOrderDiscount(Discount::percent(1000, QStringLiteral("event")), m_clerk.actor())
                .ok());
    }

    void frenchBookPriceLaw()
    {
        Cart cart = openCart(BookPriceLaw::Fr);
        QVERIFY(cart.add(kBerg).ok());
        const qint64 book = lineOf(cart, kBerg);
        QVERIFY(cart.setLineDiscount(book,
                                     Discount::percent(500, QStringLiteral("fid\u00e9lit\u00e9")),
                                     m_clerk.actor())
                    .ok());
        const auto refused = cart.setLineDiscount(
            book, Discount::percent(600, QStringLiteral("fid\u00e9lit\u00e9")), m_clerk.actor());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("loi Lang"))
                     && refused.error().message.contains(QStringLiteral("Der Zauberberg")),
                 qPrintable(refused.error().message));
        // 5 % of 12.99 is 0.6495, 0.65 to the cent: 0.66 is a cent too much.
        QCOMPARE(
            cart.setLineDiscount(book, Discount::off(eur(66), QStringLiteral("r")), m_clerk.actor())
                .error()
                .kind,
            ErrorKind::Forbidden);
        QVERIFY(
            cart.setLineDiscount(book, Discount::off(eur(65), QStringLiteral("r")), m_clerk.actor())
                .ok());
        QCOMPARE(cart.lines()->at(0).discount->amount, eur(65));
    }
};

QTEST_GUILESS_MAIN(DiscountSaleTest)
#include "DiscountSaleTest.moc"
