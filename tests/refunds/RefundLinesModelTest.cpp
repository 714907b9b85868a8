#include "RefundLinesModel.h"

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

// 2 × Pride (one already refunded), 1 × Moby (refunded), 3 × Emma.
RefundableOrder sampleOrder()
{
    RefundableOrder order;
    order.order.id = 42;
    order.payment.amount = eur(2 * 899 + 1250 + 3 * 500);
    order.lines = {
        {{1, QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), eur(899), 2,
          TaxCategory::Reduced, TaxRate{7000}},
         1},
        {{2, QStringLiteral("9780142437247"), QStringLiteral("Moby-Dick"), eur(1250), 1,
          TaxCategory::Reduced, TaxRate{7000}},
         1},
        {{3, QStringLiteral("9780141439587"), QStringLiteral("Emma"), eur(500), 3,
          TaxCategory::Reduced, TaxRate{7000}},
         0},
    };
    return order;
}

} // namespace

// Protects: the refund screen's lines model — what is left to refund per
// line, choosing by check box or by number of copies (never more than is
// left, nothing on a line already refunded), the total of the choice and the
// request it makes — and that it is a well-behaved item model.
class RefundLinesModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsWhatIsLeft()
    {
        RefundLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::Ireland));
        model.setOrder(sampleOrder());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(RefundLinesModel::ColumnCount));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.index(0, RefundLinesModel::TitleColumn).data().toString(),
                 QStringLiteral("Pride and Prejudice"));
        QCOMPARE(model.index(0, RefundLinesModel::BoughtColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(model.index(0, RefundLinesModel::RefundableColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(model.index(0, RefundLinesModel::UnitPriceColumn).data().toString(),
                 QStringLiteral("€8.99"));
        QCOMPARE(model.index(0, RefundLinesModel::TitleColumn).data(Qt::CheckStateRole),
                 QVariant(Qt::Unchecked));
        // A line refunded already can be neither checked nor edited.
        const QModelIndex moby = model.index(1, RefundLinesModel::RefundColumn);
        QVERIFY(!(model.flags(moby) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.index(1, 0).data(Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(moby, 1));
        QVERIFY(!model.hasChoice());
    }

    void choosingCopies()
    {
        RefundLinesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(QLocale(QLocale::English, QLocale::Ireland));
        model.setOrder(sampleOrder());
        QSignalSpy changed(&model, &RefundLinesModel::choiceChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex emma = model.index(2, RefundLinesModel::RefundColumn);
        QVERIFY(model.flags(emma) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(emma, 4)); // only 3 bought
        QVERIFY(!model.setData(emma, -1));
        QVERIFY(model.setData(emma, 2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(data.size(), 1);
        // The narrowest change: one row.
        QCOMPARE(data.constFirst().at(0).toModelIndex().row(), 2);
        QCOMPARE(data.constFirst().at(1).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, 0).data(Qt::CheckStateRole), QVariant(Qt::PartiallyChecked));
        QCOMPARE(model.index(2, RefundLinesModel::AmountColumn).data().toString(),
                 QStringLiteral("€10.00"));
        QCOMPARE(model.chosenMinor(), 1000);

        QVERIFY(model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, RefundLinesModel::RefundColumn).data(Qt::EditRole).toInt(), 1);
        QCOMPARE(model.chosenMinor(), 1000 + 899);
        QCOMPARE(model.chosenText(), QStringLiteral("€18.99"));
        const QList<RefundLineRequest> lines = model.chosenLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).lineNumber, 1);
        QCOMPARE(lines.at(0).quantity, 1);
        QCOMPARE(lines.at(1).lineNumber, 3);
        QCOMPARE(lines.at(1).quantity, 2);

        model.chooseAll(true);
        QCOMPARE(model.chosenMinor(), 899 + 3 * 500);
        model.chooseAll(false);
        QVERIFY(!model.hasChoice());
        QVERIFY(model.chosenLines().isEmpty());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.chosenText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(RefundLinesModelTest)
#include "RefundLinesModelTest.moc"
