#include "services/DemoData.h"

#include "TestDatabase.h"
#include "persistence/BookRepository.h"

#include <QTest>

using namespace quire;

// Protects: the demo starts with a real catalog (valid ISBNs, sold-out and
// last-copy titles to show those cases) and never overwrites a store's own.
class DemoDataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsAnEmptyCatalogOnce()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        const auto seeded = DemoData::seedCatalog(db.database(), db.clock());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        QVERIFY(*seeded >= 40);
        QCOMPARE(db.count(QStringLiteral("books")), *seeded);
        QVERIFY(db.count(QStringLiteral("books"), QStringLiteral("stock = 0")) >= 1);
        QVERIFY(db.count(QStringLiteral("books"), QStringLiteral("stock = 1")) >= 1);
        const auto pride = BookRepository(db.database()).find(QStringLiteral("9780141439518"));
        QVERIFY(pride.ok());
        QCOMPARE(pride->title, QStringLiteral("Pride and Prejudice"));
        QCOMPARE(pride->price.minorUnits(), 899);

        const auto again = DemoData::seedCatalog(db.database(), db.clock());
        QVERIFY(again.ok());
        QCOMPARE(*again, 0);
    }

    void leavesAStoresCatalogAlone()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780306406157"), QStringLiteral("A store's own book"), 1000);
        const auto seeded = DemoData::seedCatalog(db.database(), db.clock());
        QVERIFY(seeded.ok());
        QCOMPARE(*seeded, 0);
        QCOMPARE(db.count(QStringLiteral("books")), 1);
    }
};

QTEST_GUILESS_MAIN(DemoDataTest)
#include "DemoDataTest.moc"
