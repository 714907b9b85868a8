#include "CatalogModel.h"

#include "TestDatabase.h"
#include "persistence/BookRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

namespace {

QString isbnFrom(qint64 stem)
{
    const QString digits = QString::number(stem);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return digits + QString::number((10 - sum % 10) % 10);
}

} // namespace

// Protects: search results arrive a page at a time (a broad query never
// loads the catalog), show title, authors, price, stock and cover, and a
// new search replaces the old results; the model contract holds throughout.
class CatalogModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fetchesResultsPageByPage()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        BookRepository books(db.database());
        for (int i = 0; i < 25; ++i) {
            const auto price = Money::fromMinorUnits(1000 + i, QStringLiteral("USD"));
            QVERIFY(books
                        .upsert(Book{isbnFrom(978100000000 + i),
                                     QStringLiteral("Garden Poems %1").arg(i),
                                     QStringLiteral("Ann Lee"), *price, i % 3,
                                     QStringLiteral("covers/%1.jpg").arg(i)},
                                db.clock().nowMs())
                        .ok());
        }
        CatalogSearch search(db.database());
        // A second model under the tester gets the same searches.
        CatalogModel model(search, 10);
        CatalogModel tested(search, 10);
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));

        QSignalSpy finished(&model, &CatalogModel::searchFinished);
        model.setSearchText(QStringLiteral("gard poem"));
        tested.setSearchText(QStringLiteral("gard poem"));
        while (tested.canFetchMore({}))
            tested.fetchMore({});
        QCOMPARE(tested.rowCount(), 25);
        QCOMPARE(model.rowCount(), 10); // one page, not all 25
        QCOMPARE(finished.size(), 1);
        QCOMPARE(model.searchText(), QStringLiteral("gard poem"));
        QCOMPARE(finished.first().first().toInt(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore({}));

        const QModelIndex price = model.index(0, CatalogModel::PriceColumn);
        QVERIFY(price.data().toString().startsWith(u'$'));
        QVERIFY(model.index(0, CatalogModel::TitleColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Garden Poems")));
        QCOMPARE(model.index(0, CatalogModel::AuthorsColumn).data().toString(),
                 QStringLiteral("Ann Lee"));
        QVERIFY(model.index(0, CatalogModel::CoverColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(".jpg")));
        QCOMPARE(model.index(0, 0).data(CatalogModel::IsbnRole).toString().size(), 13);
        QCOMPARE(model.headerData(CatalogModel::StockColumn, Qt::Horizontal).toString(),
                 QStringLiteral("In stock"));

        model.setSearchText(QStringLiteral("9781000000009"));
        tested.setSearchText(QStringLiteral("9781000000009"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CatalogModel::TitleColumn).data().toString(),
                 QStringLiteral("Garden Poems 0"));
        QCOMPARE(model.index(0, CatalogModel::StockColumn).data().toInt(), 0);

        model.setSearchText(QStringLiteral("zebra"));
        tested.setSearchText(QStringLiteral("zebra"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.lastError().isEmpty());
    }

    // Issue 16: an open-price item shows no price to take, and an item the
    // store does not count no stock to run out of, found by words or code.
    void showsOpenPricesAndUncountedItems()
    {
        test::TestDatabase db;
        BookRepository books(db.database());
        Book card{QStringLiteral("2000000000015"),
                  QStringLiteral("Greeting card"),
                  QStringLiteral(""),
                  *Money::fromMinorUnits(0, QStringLiteral("USD")),
                  0,
                  QString(),
                  TaxCategory::Standard};
        card.isItem = true;
        card.openPrice = true;
        card.stockTracked = false;
        Book calendar{QStringLiteral("4006381333931"),
                      QStringLiteral("Greeting calendar"),
                      QStringLiteral(""),
                      *Money::fromMinorUnits(1499, QStringLiteral("USD")),
                      0,
                      QString(),
                      TaxCategory::Standard};
        calendar.isItem = true;
        QVERIFY(books.upsert(card, db.clock().nowMs()).ok());
        QVERIFY(books.upsert(calendar, db.clock().nowMs()).ok());
        CatalogSearch search(db.database());
        CatalogModel model(search);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearchText(QStringLiteral("greeting"));
        QCOMPARE(model.rowCount(), 2);
        const auto rowOf = [&](const QString &title) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, CatalogModel::TitleColumn).data().toString() == title)
                    return row;
            }
            return -1;
        };
        const int cardRow = rowOf(QStringLiteral("Greeting card"));
        const int calendarRow = rowOf(QStringLiteral("Greeting calendar"));
        QVERIFY(cardRow >= 0 && calendarRow >= 0);
        QCOMPARE(model.index(cardRow, CatalogModel::PriceColumn).data().toString(),
                 QStringLiteral("Open price"));
        QCOMPARE(model.index(cardRow, CatalogModel::StockColumn).data().toString(),
                 QStringLiteral("\u2013"));
        QCOMPARE(model.index(cardRow, CatalogModel::StockColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Not counted: always available"));
        // A counted item with none left is out of stock like a book.
        QCOMPARE(model.index(calendarRow, CatalogModel::PriceColumn).data().toString(),
                 QStringLiteral("$14.99"));
        QCOMPARE(model.index(calendarRow, CatalogModel::StockColumn).data().toInt(), 0);
        QCOMPARE(
            model.index(calendarRow, CatalogModel::StockColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Out of stock"));
        // By its store code, exactly.
        model.setSearchText(QStringLiteral("1"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CatalogModel::PriceColumn).data().toString(),
                 QStringLiteral("Open price"));
    }

    void reportsASearchErrorInsteadOfLoopingOnIt()
    {
        test::TestDatabase db;
        CatalogSearch search(db.database());
        CatalogModel model(search);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Break the search index: SQLite's FTS table, PostgreSQL's column.
        QVERIFY(db.database()
                    .exec(db.isPostgres()
                              ? QStringLiteral("ALTER TABLE books DROP COLUMN search_vector")
                              : QStringLiteral("DROP TABLE books_search"))
                    .ok());
        const QRegularExpression missing(QStringLiteral("no such table|does not exist"));
        QTest::ignoreMessage(QtWarningMsg, missing);
        model.setSearchText(QStringLiteral("garden"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.lastError().contains(missing));
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(CatalogModelTest)
#include "CatalogModelTest.moc"
