#include "catalog/CartPage.h"

#include "CartModel.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace quire;

namespace {

struct Till
{
    test::TestDatabase db;
    std::unique_ptr<CartModel> cart;
    std::unique_ptr<CartPage> page;

    bool open()
    {
        if (!db.isValid())
            return false;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("USD"), 5);
        db.addBook(QStringLiteral("9780141439563"), QStringLiteral("Great Expectations"), 799,
                   QStringLiteral("USD"), 2);
        return show();
    }

    // Opens the cart from the database, as the till does when it starts.
    bool show()
    {
        page.reset();
        cart.reset();
        auto till = Cart::open(db.database(), db.clock(), QStringLiteral("till-1"));
        if (!till)
            return false;
        cart = std::make_unique<CartModel>(std::move(till).value());
        page = std::make_unique<CartPage>(cart.get());
        page->resize(600, 500);
        page->show();
        page->activateWindow();
        return QTest::qWaitForWindowActive(page.get());
    }

    template<typename T>
    T *find(const char *name)
    {
        return page->findChild<T *>(QLatin1String(name));
    }
    QString message() { return find<QLabel>("messageLabel")->text(); }
    QString total() { return find<QLabel>("totalLabel")->text(); }
    qint64 quantityInDatabase(const char *isbn)
    {
        auto query
            = db.database().exec(QStringLiteral("SELECT quantity FROM cart_lines WHERE isbn13 = ?"),
                                 {QString::fromLatin1(isbn)});
        return query.ok() && query.value().next() ? query.value().value(0).toLongLong() : 0;
    }
    void click(const char *button)
    {
        QTest::mouseClick(find<QAbstractButton>(button), Qt::LeftButton);
    }
};

} // namespace

// Protects: the cart page shows lines and the locale-formatted total, its
// buttons change the database as well as the screen, it explains an empty
// cart and missing stock (and then refuses to confirm), a restart shows the
// same cart, and Confirm hands over exactly the cart's lines.
class CartPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsAnEmptyCart()
    {
        Till till;
        QVERIFY(till.open());
        QVERIFY(till.message().contains(QStringLiteral("The cart is empty")));
        QVERIFY(!till.find<QAbstractButton>("confirmButton")->isEnabled());
        QVERIFY(!till.find<QAbstractButton>("clearButton")->isEnabled());
        QCOMPARE(till.total(), QString::fromUtf8("Total: \u2014"));
    }

    void changesQuantitiesOnScreenAndInTheDatabase()
    {
        Till till;
        QVERIFY(till.open());
        QVERIFY(till.cart->addIsbn(QStringLiteral("9780141439518")).ok());
        QVERIFY(till.cart->addIsbn(QStringLiteral("9780141439563")).ok());
        QCOMPARE(till.total(), QStringLiteral("Total: $16.98"));
        QVERIFY(till.message().isEmpty());
        QVERIFY(till.find<QAbstractButton>("confirmButton")->isEnabled());

        auto *view = till.find<QTableView>("linesView");
        view->selectRow(0);
        till.click("increaseButton");
        till.click("increaseButton");
        QCOMPARE(view->model()->index(0, CartModel::QuantityColumn).data().toInt(), 3);
        QCOMPARE(till.quantityInDatabase("9780141439518"), 3);
        QCOMPARE(till.total(), QStringLiteral("Total: $34.96"));
        till.click("decreaseButton");
        QCOMPARE(till.quantityInDatabase("9780141439518"), 2);
        QCOMPARE(view->model()->index(0, CartModel::LineTotalColumn).data().toString(),
                 QStringLiteral("$17.98"));

        // Only two copies of Great Expectations: the third is refused.
        view->selectRow(1);
        till.click("increaseButton");
        till.click("increaseButton");
        QVERIFY2(till.message().contains(QStringLiteral("Only 2")), qPrintable(till.message()));
        QCOMPARE(till.quantityInDatabase("9780141439563"), 2);

        // Keyboard: Delete removes the selected line.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(till.quantityInDatabase("9780141439563"), 0);

        till.click("clearButton");
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(till.db.count(QStringLiteral("cart_lines")), 0);
        QVERIFY(till.message().contains(QStringLiteral("The cart is empty")));
    }

    void refusesToConfirmWhatIsNotInStock()
    {
        Till till;
        QVERIFY(till.open());
        QVERIFY(till.cart->addIsbn(QStringLiteral("9780141439563")).ok());
        QVERIFY(till.cart->setQuantity(0, 2).ok());
        // The other till sold one meanwhile.
        QVERIFY(till.db.database()
                    .exec(QStringLiteral("UPDATE books SET stock = 1 WHERE isbn13 = ?"),
                          {QStringLiteral("9780141439563")})
                    .ok());
        QVERIFY(till.cart->reload().ok());
        QVERIFY2(till.message().contains(QStringLiteral("only 1 of")), qPrintable(till.message()));
        QVERIFY(!till.find<QAbstractButton>("confirmButton")->isEnabled());

        till.find<QTableView>("linesView")->selectRow(0);
        till.click("decreaseButton");
        QVERIFY(till.message().isEmpty());
        QVERIFY(till.find<QAbstractButton>("confirmButton")->isEnabled());
    }

    void comesBackAfterARestartAndConfirmsItsLines()
    {
        Till till;
        QVERIFY(till.open());
        QVERIFY(till.cart->addIsbn(QStringLiteral("9780141439518")).ok());
        QVERIFY(till.cart->addIsbn(QStringLiteral("9780141439518")).ok());
        QVERIFY(till.cart->addIsbn(QStringLiteral("9780141439563")).ok());
        QVERIFY(till.db.reopen());
        QVERIFY(till.show());
        auto *view = till.find<QTableView>("linesView");
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(till.total(), QStringLiteral("Total: $25.97"));

        QSignalSpy requested(till.page.get(), &CartPage::orderRequested);
        till.click("confirmButton");
        QCOMPARE(requested.size(), 1);
        const auto lines = requested.first().first().value<QList<OrderLineRequest>>();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).isbn13, QStringLiteral("9780141439518"));
        QCOMPARE(lines.at(0).quantity, 2);
        QCOMPARE(lines.at(1).quantity, 1);
        // Confirming asks for an order; the cart stays until one exists.
        QCOMPARE(till.db.count(QStringLiteral("cart_lines")), 2);
    }

    void isUsableByTouch()
    {
        Till till;
        QVERIFY(till.open());
        const auto buttons = till.page->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->objectName().startsWith(u"qt_") || button->objectName().isEmpty())
                continue; // the table's corner button
            QVERIFY2(button->height() >= 44, qPrintable(button->objectName()));
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        }
    }
};

QTEST_MAIN(CartPageTest)
#include "CartPageTest.moc"
