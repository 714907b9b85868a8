#include "catalog/CatalogPage.h"

#include "CartModel.h"
#include "CatalogModel.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace quire;

namespace {

// Everything one page needs, on a fresh database with a few books.
struct Counter
{
    test::TestDatabase db;
    std::unique_ptr<CatalogSearch> search;
    std::unique_ptr<CatalogModel> catalog;
    std::unique_ptr<CartModel> cart;
    std::unique_ptr<CatalogPage> page;

    bool open()
    {
        if (!db.isValid())
            return false;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("EUR"), 5);
        db.addBook(QStringLiteral("9780140449266"), QStringLiteral("Les Misérables"), 1400,
                   QStringLiteral("EUR"), 0);
        db.addBook(QStringLiteral("9780141439563"), QStringLiteral("Great Expectations"), 799,
                   QStringLiteral("EUR"), 2);
        auto till = Cart::open(db.database(), db.clock(), QStringLiteral("till-1"));
        if (!till)
            return false;
        search = std::make_unique<CatalogSearch>(db.database());
        catalog = std::make_unique<CatalogModel>(*search);
        cart = std::make_unique<CartModel>(std::move(till).value());
        page = std::make_unique<CatalogPage>(catalog.get(), cart.get());
        page->resize(800, 600);
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

    void scan(const QString &code)
    {
        auto *field = find<QLineEdit>("scanField");
        field->setFocus();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }
};

} // namespace

// Protects: at the counter, a scanned book lands in the cart (screen and
// database) at once, a bad scan says why and adds nothing, search works as
// the clerk types, and the page is usable by touch and keyboard.
class CatalogPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scanningABookAddsItAtOnce()
    {
        Counter counter;
        QVERIFY(counter.open());
        counter.scan(QStringLiteral("9780141439518"));
        QCOMPARE(counter.cart->rowCount(), 1);
        QVERIFY2(counter.message().contains(QStringLiteral("Pride and Prejudice")),
                 qPrintable(counter.message()));
        QVERIFY(counter.find<QLineEdit>("scanField")->text().isEmpty());
        QCOMPARE(counter.db.count(QStringLiteral("cart_lines"),
                                  QStringLiteral("isbn13 = '9780141439518' AND quantity = 1")),
                 1);

        counter.scan(QStringLiteral("9780141439518"));
        QVERIFY(counter.message().contains(QStringLiteral("2 in the cart")));
        QCOMPARE(counter.db.count(QStringLiteral("cart_lines"), QStringLiteral("quantity = 2")), 1);
    }

    void aBadScanExplainsAndAddsNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("misread") << "9780141439519"
                                 << "check digit should be 8";
        QTest::newRow("unknown item") << "4006381333931"
                                      << "No item with code 4006381333931";
        QTest::newRow("short read") << "97801414395"
                                    << "this has 11";
        QTest::newRow("unknown store code") << "42"
                                            << "No item with code 42";
        QTest::newRow("unknown book") << "9780306406157"
                                      << "No book with ISBN 9780306406157";
        QTest::newRow("sold out") << "9780140449266"
                                  << "out of stock";
    }

    void aBadScanExplainsAndAddsNothing()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        Counter counter;
        QVERIFY(counter.open());
        counter.scan(code);
        QVERIFY2(counter.message().contains(message), qPrintable(counter.message()));
        QCOMPARE(counter.cart->rowCount(), 0);
        QCOMPARE(counter.db.count(QStringLiteral("cart_lines")), 0);
        QVERIFY(counter.find<QLineEdit>("scanField")->text().isEmpty());
    }

    void searchesAsTheClerkTypesAndAddsTheChosenBook()
    {
        Counter counter;
        QVERIFY(counter.open());
        auto *search = counter.find<QLineEdit>("searchField");
        auto *results = counter.find<QTableView>("resultsView");
        auto *add = counter.find<QAbstractButton>("addButton");
        QVERIFY(!add->isEnabled());

        QTest::keyClick(counter.page.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("great exp"));
        QTRY_COMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->model()->index(0, CatalogModel::TitleColumn).data().toString(),
                 QStringLiteral("Great Expectations"));

        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTRY_COMPARE(results->model()->rowCount(), 0);
        QTRY_VERIFY(counter.message().contains(QStringLiteral("No book matches")));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("misera"));
        QTest::keyClick(search, Qt::Key_Return); // Enter searches at once
        QCOMPARE(results->model()->rowCount(), 1);
        QVERIFY(add->isEnabled()); // Enter selected the first result
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(counter.message().contains(QStringLiteral("out of stock")));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("prid"));
        QTRY_COMPARE(results->model()->index(0, CatalogModel::TitleColumn).data().toString(),
                     QStringLiteral("Pride and Prejudice"));
        results->selectRow(0);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(counter.cart->rowCount(), 1);
        QCOMPARE(counter.db.count(QStringLiteral("cart_lines"),
                                  QStringLiteral("isbn13 = '9780141439518'")),
                 1);
    }

    void aScannerTypingIntoTheSearchFieldStillAddsTheBook()
    {
        Counter counter;
        QVERIFY(counter.open());
        auto *search = counter.find<QLineEdit>("searchField");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("9780141439563"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(counter.cart->rowCount(), 1);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(counter.db.count(QStringLiteral("cart_lines")), 1);
    }

    void isUsableByTouchAndByKeyboard()
    {
        Counter counter;
        QVERIFY(counter.open());
        const auto widgets = counter.page->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!qobject_cast<QAbstractButton *>(widget) && !qobject_cast<QLineEdit *>(widget)
                && !qobject_cast<QTableView *>(widget))
                continue;
            // Qt's own parts (a line edit's clear button, a table's corner
            // button) are not ours to name.
            if (widget->objectName().startsWith(u"qt_")
                || qobject_cast<QLineEdit *>(widget->parentWidget())
                || qobject_cast<QTableView *>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            if (!qobject_cast<QTableView *>(widget))
                QVERIFY2(widget->height() >= 44, qPrintable(widget->objectName()));
        }
        QTest::keyClick(counter.page.get(), Qt::Key_B, Qt::ControlModifier);
        QTRY_VERIFY(counter.find<QLineEdit>("scanField")->hasFocus());
    }
};

QTEST_MAIN(CatalogPageTest)
#include "CatalogPageTest.moc"
