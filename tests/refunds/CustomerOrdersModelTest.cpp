#include "CustomerOrdersModel.h"

#include "TestPrinters.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

namespace {

Money eur(qint64 minor)
{
    return *Money::fromMinorUnits(minor, QStringLiteral("EUR"));
}

QDateTime at(int day)
{
    return QDateTime(QDate(2026, 11, day), QTime(10, 30), Qt::UTC);
}

} // namespace

// Protects: the kiosk's "My orders" model — receipt number, date, total, a
// status that says when an order is partly refunded, the refunded amount,
// which orders can be opened for a refund (paid or refunded, not open or
// cancelled) — and that it is a well-behaved item model.
class CustomerOrdersModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOrdersWithWhatWasRefunded()
    {
        CustomerOrdersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::Ireland));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CustomerOrdersModel::ColumnCount));

        model.setOrders({{12, at(20), eur(2148), OrderStatus::Paid, eur(899)},
                         {11, at(18), eur(1250), OrderStatus::Refunded, eur(1250)},
                         {10, at(17), eur(899), OrderStatus::Paid, eur(0)},
                         {9, at(16), eur(899), OrderStatus::Created, eur(0)},
                         {8, at(15), eur(899), OrderStatus::Cancelled, eur(0)}});
        QCOMPARE(model.rowCount(), 5);
        auto text
            = [&](int row, int column) { return model.data(model.index(row, column)).toString(); };
        QCOMPARE(text(0, CustomerOrdersModel::ReceiptColumn), QStringLiteral("#12"));
        QCOMPARE(text(0, CustomerOrdersModel::TotalColumn), QStringLiteral("€21.48"));
        QCOMPARE(text(0, CustomerOrdersModel::StatusColumn),
                 QStringLiteral("paid, partly refunded"));
        QCOMPARE(text(0, CustomerOrdersModel::RefundedColumn), QStringLiteral("€8.99"));
        QVERIFY(text(0, CustomerOrdersModel::DateColumn).contains(QStringLiteral("20")));
        QCOMPARE(text(1, CustomerOrdersModel::StatusColumn), QStringLiteral("refunded"));
        QCOMPARE(text(1, CustomerOrdersModel::RefundedColumn), QStringLiteral("€12.50"));
        QCOMPARE(text(2, CustomerOrdersModel::StatusColumn), QStringLiteral("paid"));
        QCOMPARE(text(2, CustomerOrdersModel::RefundedColumn), QStringLiteral("—"));
        QCOMPARE(text(3, CustomerOrdersModel::StatusColumn), QStringLiteral("not paid"));
        QCOMPARE(text(4, CustomerOrdersModel::StatusColumn), QStringLiteral("cancelled"));
        QCOMPARE(model
                     .data(model.index(2, CustomerOrdersModel::StatusColumn),
                           CustomerOrdersModel::OrderIdRole)
                     .toLongLong(),
                 10);
        QCOMPARE(model.orderIdAt(0), 12);
        QCOMPARE(model.orderIdAt(5), 0);

        QVERIFY(model.isRefundable(0));
        QVERIFY(model.isRefundable(1));
        QVERIFY(model.isRefundable(2));
        QVERIFY(!model.isRefundable(3));
        QVERIFY(!model.isRefundable(4));
        QVERIFY(!model.isRefundable(-1));

        QCOMPARE(model.headerData(CustomerOrdersModel::RefundedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Refunded"));
        QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());
    }

    void localeChangeRewritesTheCells()
    {
        CustomerOrdersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders({{1, at(20), eur(2148), OrderStatus::Paid, eur(0)}});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, CustomerOrdersModel::TotalColumn)).toString(),
                 QStringLiteral("21,48\u00a0€"));
    }

    void clearEmptiesIt()
    {
        CustomerOrdersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrders({{1, at(20), eur(899), OrderStatus::Paid, eur(0)}});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.orderIdAt(0), 0);
    }
};

QTEST_GUILESS_MAIN(CustomerOrdersModelTest)
#include "CustomerOrdersModelTest.moc"
