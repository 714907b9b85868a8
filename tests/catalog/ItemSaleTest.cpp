#include "AuthFixture.h"
#include "TestPrinters.h"
#include "cart/Cart.h"
#include "flows/PurchaseFlow.h"
#include "flows/RefundSettlement.h"
#include "persistence/BookRepository.h"
#include "persistence/RefundRepository.h"
#include "services/RefundService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kPride = QStringLiteral("9780141439518"); // 8.99, a book, 5 in stock
const QString kCard = QStringLiteral("2000000000015");  // store code 1: open price
const QString kBag = QStringLiteral("2000000000022");   // store code 2: 0.50, not counted

Money eur(qint64 minor)
{
    return *Money::fromMinorUnits(minor, QStringLiteral("EUR"));
}

} // namespace

// Protects the non-book items of issue 16 in the core: an open-price item
// is only sold at a price the clerk entered (audited, above the store's
// limit only with a manager's approval decided from the stored role), each
// price its own cart and order line; an item the store does not count sells
// with no stock, takes none and gets none back from a refund.
class ItemSaleTest : public QObject
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
    int stockOf(const QString &code)
    {
        auto book = BookRepository(db()).find(code);
        return book ? book->stock : -1;
    }
    void addItem(const QString &code, const QString &title, qint64 priceMinor, bool openPrice)
    {
        Book item;
        item.isbn13 = code;
        item.title = title;
        item.authors = QStringLiteral("");
        item.price = eur(priceMinor);
        item.taxCategory = TaxCategory::Standard;
        item.isItem = true;
        item.openPrice = openPrice;
        item.stockTracked = false;
        QVERIFY(BookRepository(db()).upsert(item, m_auth->clock().nowMs()).ok());
    }
    Cart openCart()
    {
        auto cart = Cart::open(db(), m_auth->clock(), QStringLiteral("counter-1"));
        if (!cart)
            qFatal("Cart::open: %s", qPrintable(cart.error().message));
        return *cart;
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

private Q_SLOTS:
    void init()
    {
        m_auth = std::make_unique<test::AuthFixture>();
        m_auth->db().addBook(kPride, QStringLiteral("Pride and Prejudice"), 899,
                             QStringLiteral("EUR"), 5);
        addItem(kCard, QStringLiteral("Greeting card"), 0, true);
        addItem(kBag, QStringLiteral("Gift bag"), 50, false);
        m_manager = m_auth->owner();
        m_clerk = m_auth->addUser(QStringLiteral("alex"), Role::Clerk, QStringLiteral("314159"));
    }
    void cleanup() { m_auth.reset(); }

    void anOpenPriceItemIsSoldOnlyAtAnEnteredPrice()
    {
        Cart cart = openCart();
        // Scanned or typed, it has no price to take.
        const auto scanned = cart.add(QStringLiteral("1"));
        QVERIFY(!scanned.ok());
        QCOMPARE(scanned.error().kind, ErrorKind::Invalid);
        QVERIFY2(scanned.error().message.contains(QStringLiteral("enter the price")),
                 qPrintable(scanned.error().message));
        QCOMPARE(cart.addAtPrice(QStringLiteral("1"), eur(0), m_clerk.actor()).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(cart.addAtPrice(QStringLiteral("1"),
                                 *Money::fromMinorUnits(350, QStringLiteral("CHF")),
                                 m_clerk.actor())
                     .error()
                     .kind,
                 ErrorKind::Invalid);
        // A fixed price is never typed over.
        QVERIFY(cart.addAtPrice(kBag, eur(10), m_clerk.actor())
                    .error()
                    .message.contains(QStringLiteral("fixed price")));
        QCOMPARE(count(QStringLiteral("cart_lines")), 0);
        QCOMPARE(m_auth->auditCount(QStringLiteral("open_price_entered")), 0);

        const auto card = cart.addAtPrice(QStringLiteral("1"), eur(350), m_clerk.actor());
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->isbn13, kCard);
        QCOMPARE(card->title, QStringLiteral("Greeting card"));
        QCOMPARE(card->unitPrice, eur(350));
        QCOMPARE(card->quantity, 1);
        QVERIFY(card->priceEntered);
        QVERIFY(!card->stockTracked);
        QCOMPARE(m_auth->auditCount(QStringLiteral("open_price_entered")), 1);
        QCOMPARE(lastAuditDetail(QStringLiteral("open_price_entered")),
                 QStringLiteral("alex|2000000000015 Greeting card x 1 EUR 3.50"));

        // The same price again is the same line; another price another line.
        const auto again
            = cart.addAtPrice(QStringLiteral("2000000000015"), eur(350), m_clerk.actor());
        QVERIFY(again.ok());
        QCOMPARE(again->id, card->id);
        QCOMPARE(again->quantity, 2);
        const auto dearer = cart.addAtPrice(QStringLiteral("1"), eur(495), m_clerk.actor());
        QVERIFY(dearer.ok());
        QVERIFY(dearer->id != card->id);
        QVERIFY(cart.add(kPride).ok());
        QCOMPARE(count(QStringLiteral("cart_lines")), 3);
        QCOMPARE(count(QStringLiteral("cart_lines"), QStringLiteral("unit_price_minor IS NULL")),
                 1);
        QCOMPARE(m_auth->auditCount(QStringLiteral("open_price_entered")), 3);

        // Lines by id: the dearer card alone changes and goes.
        QVERIFY(cart.setLineQuantity(dearer->id, 3).ok());
        QCOMPARE(cart.lines()->at(1).quantity, 3);
        QCOMPARE(cart.lines()->at(0).quantity, 2);
        QVERIFY(cart.removeLine(dearer->id).ok());
        QCOMPARE(cart.lines()->size(), 2);

        // The order keeps the entered prices, each line at its own.
        QVERIFY(cart.addAtPrice(QStringLiteral("1"), eur(495), m_clerk.actor()).ok());
        const auto requests = cart.orderLines();
        QVERIFY(requests.ok());
        QCOMPARE(requests->size(), 3);
        PurchaseFlow flow(db(), m_auth->clock());
        const auto order = flow.createOrder(*requests, m_clerk.actor());
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->lines.size(), 3);
        QCOMPARE(order->lines.at(0).unitPrice, eur(350));
        QCOMPARE(order->lines.at(0).quantity, 2);
        QCOMPARE(order->lines.at(1).unitPrice, eur(899));
        QCOMPARE(order->lines.at(2).unitPrice, eur(495));
        QCOMPARE(order->lines.at(2).taxCategory, TaxCategory::Standard);
        QCOMPARE(order->total, eur(2 * 350 + 899 + 495));

        // Without a price, or with one for a fixed-price item, no order.
        QVERIFY(flow.createOrder({{kCard, 1}}, m_clerk.actor())
                    .error()
                    .message.contains(QStringLiteral("needs a price")));
        QVERIFY(flow.createOrder({{kBag, 1, eur(10)}}, m_clerk.actor())
                    .error()
                    .message.contains(QStringLiteral("fixed price")));
    }

    void aPriceAboveTheLimitNeedsAManagersApproval()
    {
        Cart cart = openCart();
        cart.setApprovalLimits({{QStringLiteral("EUR"), 5000}});
        // Up to the limit the clerk's own.
        QVERIFY(cart.addAtPrice(QStringLiteral("1"), eur(5000), m_clerk.actor()).ok());

        const qint64 linesBefore = count(QStringLiteral("cart_lines"));
        const auto refused = cart.addAtPrice(QStringLiteral("1"), eur(5001), m_clerk.actor());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        QVERIFY2(refused.error().message.contains(QStringLiteral("manager's approval")),
                 qPrintable(refused.error().message));
        QCOMPARE(count(QStringLiteral("cart_lines")), linesBefore);
        QCOMPARE(count(QStringLiteral("audit_log"),
                       QStringLiteral("action = 'access_refused' AND "
                                      "entity_id = 'enter_price_above_limit'")),
                 1);
        QCOMPARE(m_auth->auditCount(QStringLiteral("open_price_entered")), 1);
        // Nobody signed in (the till itself) is nobody to approve.
        QCOMPARE(cart.addAtPrice(QStringLiteral("1"), eur(6000),
                                 Actor::system(QStringLiteral("counter")))
                     .error()
                     .kind,
                 ErrorKind::Forbidden);

        // The manager in place: both names on the line's audit row.
        const auto approval = m_auth->auth().approveOverride(
            m_clerk, Permission::EnterPriceAboveLimit, QStringLiteral("card at 60.00"),
            QStringLiteral("owner"), QStringLiteral("918273"));
        QVERIFY2(approval.ok(), qPrintable(approval.ok() ? QString() : approval.error().message));
        const auto approved = cart.addAtPrice(QStringLiteral("1"), eur(6000), approval->actor());
        QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
        QCOMPARE(lastAuditDetail(QStringLiteral("open_price_entered")),
                 QStringLiteral("owner (approved for alex)|2000000000015 Greeting card x 1 EUR "
                                "60.00 (above the approval limit)"));
        QCOMPARE(m_auth->auditCount(QStringLiteral("override_approved")), 1);
        // A manager's own price needs nobody else.
        QVERIFY(cart.addAtPrice(QStringLiteral("1"), eur(9000), m_manager.actor()).ok());

        // A demoted manager's stale session is refused by the stored role.
        const SignedInUser second
            = m_auth->addUser(QStringLiteral("sam"), Role::Manager, QStringLiteral("271828"));
        QVERIFY(
            db().exec(QStringLiteral("UPDATE users SET role = 'clerk' WHERE id = ?"), {second.id})
                .ok());
        QCOMPARE(cart.addAtPrice(QStringLiteral("1"), eur(7000), second.actor()).error().kind,
                 ErrorKind::Forbidden);
    }

    void anUncountedItemSellsWithoutStockAndIsNotRestocked()
    {
        QCOMPARE(stockOf(kBag), 0);
        Cart cart = openCart();
        const auto bags = cart.add(QStringLiteral("2"), 3);
        QVERIFY2(bags.ok(), qPrintable(bags.ok() ? QString() : bags.error().message));
        QVERIFY(!bags->exceedsStock());
        QVERIFY(cart.setLineQuantity(bags->id, 40).ok());
        QVERIFY(cart.setLineQuantity(bags->id, 3).ok());
        QVERIFY(cart.add(kPride, 2).ok());

        PurchaseFlow flow(db(), m_auth->clock());
        RefundService refunds(flow, RefundPolicy());
        const auto order = flow.createOrder(*cart.orderLines(), m_clerk.actor());
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        const auto payment = flow.startPayment(order->id, m_clerk.actor());
        QVERIFY(payment.ok());
        QVERIFY(flow.confirmPaymentPaid(payment->id, Actor::system(QStringLiteral("gw"))).ok());
        QCOMPARE(stockOf(kPride), 3); // the book is counted
        QCOMPARE(stockOf(kBag), 0);   // the bags are not
        QCOMPARE(count(QStringLiteral("orders"), QStringLiteral("status = 'paid'")), 1);

        // The whole order back: the books return to the shelf, the bags do not.
        const auto refund = refunds.requestRefund({order->id, {{1, 3}, {2, 2}}}, m_manager.actor());
        QVERIFY2(refund.ok(), qPrintable(refund.ok() ? QString() : refund.error().message));
        QCOMPARE(refund->amount, eur(3 * 50 + 2 * 899));
        auto stored = RefundRepository(db()).find(refund->id);
        QVERIFY(stored.ok());
        auto applied = flow.transact([&](PurchaseSteps &steps) {
            return RefundSettlement::apply(steps, *stored, RefundStatus::Succeeded,
                                           QStringLiteral("re_test_1"), QString(),
                                           Actor::system(QStringLiteral("gw")));
        });
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(stockOf(kPride), 5);
        QCOMPARE(stockOf(kBag), 0);
        auto returned
            = db().exec(QStringLiteral("SELECT payload FROM events WHERE type = 'StockReturned'"));
        QVERIFY(returned.ok());
        QVERIFY(returned.value().next());
        const QByteArray payload = returned.value().value(0).toByteArray();
        QVERIFY2(payload.contains(kPride.toUtf8()), payload.constData());
        QVERIFY2(!payload.contains(kBag.toUtf8()), payload.constData());
        QVERIFY(!returned.value().next());
    }
};

QTEST_GUILESS_MAIN(ItemSaleTest)
#include "ItemSaleTest.moc"
