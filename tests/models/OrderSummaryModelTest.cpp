#include "OrderSummaryModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

// Protects: the order's lines as the confirm and outcome screens show them,
// money in the chosen locale, and a well-behaved model.
class OrderSummaryModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLinesInTheLocale()
    {
        OrderSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QLocale german(QLocale::German, QLocale::Germany);
        model.setLocale(german);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.totalText().isEmpty());

        Order order;
        order.id = 3;
        order.total = *Money::fromMinorUnits(123450, QStringLiteral("EUR"));
        order.lines = {{1,
                        QStringLiteral("9780141439518"),
                        QStringLiteral("Pride and Prejudice"),
                        *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                        2,
                        std::nullopt,
                        {}},
                       {2,
                        QStringLiteral("9780261103573"),
                        QStringLiteral("Atlas"),
                        *Money::fromMinorUnits(121652, QStringLiteral("EUR")),
                        1,
                        std::nullopt,
                        {}}};
        model.setOrder(order);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(OrderSummaryModel::ColumnCount));
        QCOMPARE(model.index(0, OrderSummaryModel::TitleColumn).data().toString(),
                 QStringLiteral("Pride and Prejudice"));
        QCOMPARE(model.index(0, OrderSummaryModel::QuantityColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(0, OrderSummaryModel::LineTotalColumn).data().toString(),
                 Money::fromMinorUnits(1798, QStringLiteral("EUR"))->toString(german));
        QCOMPARE(model.totalText(), order.total.toString(german));
        QVERIFY(model.totalText().startsWith(QStringLiteral("1.234,50")));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLocale(QLocale(QLocale::English, QLocale::Ireland));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.totalText(), QStringLiteral("€1,234.50"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OrderSummaryModelTest)
#include "OrderSummaryModelTest.moc"
