#include "cart/Cart.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"

#include <QTest>

using namespace quire;

// Protects: the cart's rules (catalogued books only, stock, one currency),
// that every change is in the database at once (a restart finds the same
// cart), that tills do not share carts, and that the cart's lines are what
// PurchaseFlow accepts.
class CartTest : public QObject
{
    Q_OBJECT

private:
    static void fill(test::TestDatabase &db)
    {
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("EUR"), 3);
        db.addBook(QStringLiteral("9780140449266"), QStringLiteral("Les Misérables"), 1400,
                   QStringLiteral("EUR"), 0);
        db.addBook(QStringLiteral("9784873117386"), QStringLiteral("Readable Code"), 3200,
                   QStringLiteral("JPY"), 5);
        db.addBook(QStringLiteral("9780262033848"), QStringLiteral("Algorithms"), 9500,
                   QStringLiteral("EUR"), 10);
    }

private Q_SLOTS:
    void addsAndIncrementsByIsbn()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        fill(db);
        auto cart = Cart::open(db.database(), db.clock(), QStringLiteral("till-1"));
        QVERIFY(cart.ok());
        auto first = cart.value().add(QStringLiteral("9780141439518"));
        QVERIFY(first.ok());
        QCOMPARE(first->quantity, 1);
        QCOMPARE(first->title, QStringLiteral("Pride and Prejudice"));
        QCOMPARE(first->unitPrice.minorUnits(), 899);
        // The same book typed as an ISBN-10 is the same line.
        auto again = cart.value().add(QStringLiteral("0-14-143951-3"));
        QVERIFY(again.ok());
        QCOMPARE(again->quantity, 2);
        QCOMPARE(again->lineTotal()->minorUnits(), 1798);
        QCOMPARE(db.count(QStringLiteral("cart_lines")), 1);
        QCOMPARE(db.count(QStringLiteral("cart_lines"), QStringLiteral("quantity = 2")), 1);
    }

    void explainsWhyABookCannotBeAdded()
    {
        test::TestDatabase db;
        fill(db);
        auto cart = Cart::open(db.database(), db.clock(), QStringLiteral("till-1")).value();

        const auto unknown = cart.add(QStringLiteral("9780306406157"));
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY2(
            unknown.error().message.contains(QStringLiteral("No book with ISBN 9780306406157")),
            qPrintable(unknown.error().message));

        const auto invalid = cart.add(QStringLiteral("9780306406158"));
        QCOMPARE(invalid.error().kind, ErrorKind::Invalid);
        QVERIFY(invalid.error().message.contains(QStringLiteral("check digit should be 7")));

        const auto soldOut = cart.add(QStringLiteral("9780140449266"));
        QCOMPARE(soldOut.error().kind, ErrorKind::Conflict);
        QVERIFY2(soldOut.error().message.contains(QStringLiteral("out of stock")),
                 qPrintable(soldOut.error().message));

        QVERIFY(cart.add(QStringLiteral("9780141439518"), 3).ok());
        const auto fourth = cart.add(QStringLiteral("9780141439518"));
        QCOMPARE(fourth.error().kind, ErrorKind::Conflict);
        QVERIFY2(fourth.error().message.contains(QStringLiteral("Only 3")),
                 qPrintable(fourth.error().message));

        const auto yen = cart.add(QStringLiteral("9784873117386"));
        QCOMPARE(yen.error().kind, ErrorKind::Conflict);
        QVERIFY(yen.error().message.contains(QStringLiteral("JPY")));

        QCOMPARE(db.count(QStringLiteral("cart_lines")), 1);
        QCOMPARE(db.count(QStringLiteral("cart_lines"), QStringLiteral("quantity = 3")), 1);
    }

    void changesRemovesAndClears()
    {
        test::TestDatabase db;
        fill(db);
        auto cart = Cart::open(db.database(), db.clock(), QStringLiteral("till-1")).value();
        QVERIFY(cart.add(QStringLiteral("9780141439518")).ok());
        QVERIFY(cart.add(QStringLiteral("9780262033848")).ok());

        const auto three = cart.setQuantity(QStringLiteral("9780262033848"), 3);
        QVERIFY(three.ok());
        QCOMPARE(three->quantity, 3);
        QCOMPARE(cart.setQuantity(QStringLiteral("9780262033848"), 11).error().kind,
                 ErrorKind::Conflict);
        QCOMPARE(cart.setQuantity(QStringLiteral("9780262033848"), 0).error().kind,
                 ErrorKind::Invalid);
        QCOMPARE(cart.setQuantity(QStringLiteral("9780306406157"), 1).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(db.count(QStringLiteral("cart_lines"), QStringLiteral("quantity = 3")), 1);

        QVERIFY(cart.remove(QStringLiteral("9780141439518")).ok());
        auto lines = cart.lines();
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().isbn13, QStringLiteral("9780262033848"));

        QVERIFY(cart.clear().ok());
        QCOMPARE(db.count(QStringLiteral("cart_lines")), 0);
        QCOMPARE(db.count(QStringLiteral("carts")), 1); // the cart itself stays for the till
    }

    void survivesARestartAndKeepsTillsApart()
    {
        test::TestDatabase db;
        fill(db);
        {
            auto till1 = Cart::open(db.database(), db.clock(), QStringLiteral("till-1")).value();
            QVERIFY(till1.add(QStringLiteral("9780262033848")).ok());
            db.clock().advanceMs(1000);
            QVERIFY(till1.add(QStringLiteral("9780141439518"), 2).ok());
            auto till2 = Cart::open(db.database(), db.clock(), QStringLiteral("till-2")).value();
            QVERIFY(till2.add(QStringLiteral("9780141439518")).ok());
        }
        QVERIFY(db.reopen()); // as after a crash: nothing in memory survives

        auto till1 = Cart::open(db.database(), db.clock(), QStringLiteral("till-1"));
        QVERIFY(till1.ok());
        const auto lines = till1->lines();
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(0).isbn13, QStringLiteral("9780262033848")); // scan order kept
        QCOMPARE(lines->at(1).quantity, 2);
        QCOMPARE(Cart::open(db.database(), db.clock(), QStringLiteral("till-2"))->lines()->size(),
                 1);
        QCOMPARE(db.count(QStringLiteral("carts")), 2);
    }

    void showsStockThatDroppedAfterAdding()
    {
        test::TestDatabase db;
        fill(db);
        auto cart = Cart::open(db.database(), db.clock(), QStringLiteral("till-1")).value();
        QVERIFY(cart.add(QStringLiteral("9780141439518"), 2).ok());
        // Another till sells copies meanwhile.
        QVERIFY(db.database()
                    .exec(QStringLiteral("UPDATE books SET stock = 1 WHERE isbn13 = ?"),
                          {QStringLiteral("9780141439518")})
                    .ok());
        const auto lines = cart.lines();
        QVERIFY(lines->first().exceedsStock());
        // Lowering the quantity is always allowed, raising it is not.
        QVERIFY(cart.setQuantity(QStringLiteral("9780141439518"), 1).ok());
        QVERIFY(!cart.lines()->first().exceedsStock());
    }

    void handsItsLinesToThePurchaseFlow()
    {
        test::TestDatabase db;
        fill(db);
        auto cart = Cart::open(db.database(), db.clock(), QStringLiteral("till-1")).value();
        QVERIFY(cart.add(QStringLiteral("9780141439518"), 2).ok());
        QVERIFY(cart.add(QStringLiteral("9780262033848")).ok());
        const auto requests = cart.orderLines();
        QVERIFY(requests.ok());
        QCOMPARE(requests->size(), 2);
        PurchaseFlow flow(db.database(), db.clock());
        const auto order = flow.createOrder(*requests, Actor::system(QStringLiteral("test")));
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));
        QCOMPARE(order->total.minorUnits(), 2 * 899 + 9500);
    }

    void refusesAnEmptySessionKey()
    {
        test::TestDatabase db;
        QCOMPARE(Cart::open(db.database(), db.clock(), QStringLiteral(" ")).error().kind,
                 ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(CartTest)
#include "CartTest.moc"
