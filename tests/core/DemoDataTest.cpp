#include "services/DemoData.h"

#include "TestDatabase.h"
#include "catalog/Isbn.h"
#include "persistence/BookRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
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
        QVERIFY(*seeded >= 200);
        QCOMPARE(db.count(QStringLiteral("books")), *seeded);
        QVERIFY(db.count(QStringLiteral("books"), QStringLiteral("stock = 0")) >= 1);
        QVERIFY(db.count(QStringLiteral("books"), QStringLiteral("stock = 1")) >= 1);
        const auto pride = BookRepository(db.database()).find(QStringLiteral("9780141439518"));
        QVERIFY(pride.ok());
        QCOMPARE(pride->title, QStringLiteral("Pride and Prejudice"));
        QCOMPARE(pride->price.minorUnits(), 899);
        // Books all (the demo sells no cards or bags yet): the reduced rate.
        QCOMPARE(pride->taxCategory, TaxCategory::Reduced);
        QCOMPARE(db.count(QStringLiteral("books"), QStringLiteral("tax_category = 'reduced'")),
                 *seeded);

        // Every title has its cover among the resources, and the covers are distinct.
        auto rows = db.database().exec(QStringLiteral("SELECT isbn13, cover_path FROM books"));
        QVERIFY(rows.ok());
        QSqlQuery &row = rows.value();
        QSet<QByteArray> coverHashes;
        qint64 coverBytes = 0;
        while (row.next()) {
            const QString isbn = row.value(0).toString();
            const QString cover = row.value(1).toString();
            QCOMPARE(cover, QStringLiteral(":/covers/%1.jpg").arg(isbn));
            QFile file(cover);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(cover));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("\xFF\xD8\xFF")); // a JPEG
            coverBytes += bytes.size();
            coverHashes.insert(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1));
            QVERIFY2(Isbn::parse(isbn).ok(), qPrintable(isbn));
        }
        QCOMPARE(coverHashes.size(), *seeded);
        QVERIFY2(coverBytes < 3 * 1024 * 1024, qPrintable(QString::number(coverBytes)));
        // Several titles per author, e.g. Dickens, and the original real editions.
        QVERIFY(db.count(QStringLiteral("books"), QStringLiteral("authors = 'Charles Dickens'"))
                >= 10);

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
