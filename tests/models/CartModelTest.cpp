#include "CartModel.h"

#include "TestDatabase.h"
#include "TestPrinters.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

namespace {

std::unique_ptr<CartModel> openModel(test::TestDatabase &db,
                                     const QString &till = QStringLiteral("till-1"))
{
    auto cart = Cart::open(db.database(), db.clock(), till);
    if (!cart)
        return nullptr;
    return std::make_unique<CartModel>(std::move(cart).value());
}

} // namespace

// Protects: the cart table shows title, quantity, unit price and line total
// in the locale's money format, changes only what changed (one row's
// cells), keeps the model contract, and is rebuilt from the database.
class CartModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsLinesAndTotal()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("USD"), 5);
        db.addBook(QStringLiteral("9780262033848"), QStringLiteral("Algorithms"), 123450,
                   QStringLiteral("USD"), 5);
        auto model = openModel(db);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->isEmpty());
        QVERIFY(!model->total()->isValid());

        QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy totals(model.get(), &CartModel::totalChanged);
        QCOMPARE(model->addIsbn(QStringLiteral("9780141439518")).value(), 0);
        QCOMPARE(model->addIsbn(QStringLiteral("9780262033848")).value(), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model->addIsbn(QStringLiteral("978-0-14-143951-8")).value(), 0);
        QCOMPARE(inserted.size(), 2); // an increment changes the row, adds none
        QCOMPARE(changed.size(), 1);
        // Only quantity and line total of that row changed.
        QCOMPARE(changed.first().at(0).toModelIndex(), model->index(0, CartModel::QuantityColumn));
        QCOMPARE(changed.first().at(1).toModelIndex(), model->index(0, CartModel::LineTotalColumn));
        QCOMPARE(totals.size(), 3);

        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, CartModel::TitleColumn).data().toString(),
                 QStringLiteral("Pride and Prejudice"));
        QCOMPARE(model->index(0, CartModel::QuantityColumn).data().toInt(), 2);
        QCOMPARE(model->index(0, CartModel::UnitPriceColumn).data().toString(),
                 QStringLiteral("$8.99"));
        QCOMPARE(model->index(0, CartModel::LineTotalColumn).data().toString(),
                 QStringLiteral("$17.98"));
        QCOMPARE(model->index(1, CartModel::LineTotalColumn).data().toString(),
                 QStringLiteral("$1,234.50"));
        QCOMPARE(model->total()->toString(), QStringLiteral("$1,252.48"));
        QCOMPARE(model->index(1, 0).data(CartModel::IsbnRole).toString(),
                 QStringLiteral("9780262033848"));
        QCOMPARE(model->orderLines().size(), 2);
        QCOMPARE(model->orderLines().first().quantity, 2);
    }

    void editsQuantityRemovesAndClearsInTheDatabase()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("USD"), 5);
        db.addBook(QStringLiteral("9780262033848"), QStringLiteral("Algorithms"), 9500,
                   QStringLiteral("USD"), 5);
        auto model = openModel(db);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->addIsbn(QStringLiteral("9780141439518")).ok());
        QVERIFY(model->addIsbn(QStringLiteral("9780262033848")).ok());

        const QModelIndex quantity = model->index(1, CartModel::QuantityColumn);
        QVERIFY(model->flags(quantity) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(1, CartModel::TitleColumn)) & Qt::ItemIsEditable));
        QVERIFY(model->setData(quantity, 4));
        QCOMPARE(db.count(QStringLiteral("cart_lines"),
                          QStringLiteral("isbn13 = '9780262033848' AND quantity = 4")),
                 1);
        QSignalSpy refused(model.get(), &CartModel::changeRefused);
        QVERIFY(!model->setData(quantity, 6)); // only 5 in stock
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("Only 5")));
        QCOMPARE(quantity.data().toInt(), 4);

        QVERIFY(model->removeLine(0).ok());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(db.count(QStringLiteral("cart_lines")), 1);
        QVERIFY(!model->removeLine(5).ok());

        QVERIFY(model->clear().ok());
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(db.count(QStringLiteral("cart_lines")), 0);
    }

    void reportsRefusalsAndChangesNothing()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("USD"), 0);
        auto model = openModel(db);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->addIsbn(QStringLiteral("9780141439518")).error().kind, ErrorKind::Conflict);
        QCOMPARE(model->addIsbn(QStringLiteral("9780306406157")).error().kind, ErrorKind::NotFound);
        QCOMPARE(model->rowCount(), 0);
    }

    void isRebuiltFromTheDatabaseAndFlagsStockProblems()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899,
                   QStringLiteral("USD"), 5);
        {
            auto model = openModel(db);
            QVERIFY(model->addIsbn(QStringLiteral("9780141439518")).ok());
            QVERIFY(model->setQuantity(0, 3).ok());
        }
        QVERIFY(db.reopen());
        QVERIFY(db.database()
                    .exec(QStringLiteral("UPDATE books SET stock = 2 WHERE isbn13 = ?"),
                          {QStringLiteral("9780141439518")})
                    .ok());
        auto model = openModel(db);
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, CartModel::QuantityColumn).data().toInt(), 3);
        QVERIFY(model->hasStockProblems());
        QVERIFY(model->index(0, 0).data(CartModel::ExceedsStockRole).toBool());
        QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));
        QVERIFY(model->setQuantity(0, 2).ok());
        QVERIFY(!model->hasStockProblems());

        QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(model->reload().ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(CartModelTest)
#include "CartModelTest.moc"
