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
        // The books at the reduced rate; a card, a bag and gift wrap at the
        // standard rate, not counted, the card at an open price.
        QCOMPARE(pride->taxCategory, TaxCategory::Reduced);
        const qint64 books = db.count(QStringLiteral("books"), QStringLiteral("kind = 'book'"));
        QCOMPARE(books, *seeded - 3);
        QCOMPARE(db.count(QStringLiteral("books"), QStringLiteral("tax_category = 'reduced'")),
                 books);
        QCOMPARE(db.count(QStringLiteral("books"),
                          QStringLiteral("kind = 'item' AND tax_category = 'standard' AND "
                                         "stock_tracked = 0 AND cover_path IS NULL")),
                 3);
        BookRepository repository(db.database());
        const auto card = repository.find(QLatin1String(DemoData::CardCode));
        QVERIFY(card.ok());
        QVERIFY(card->openPrice);
        QCOMPARE(card->title, QStringLiteral("Greeting card"));
        const auto bag = repository.find(QLatin1String(DemoData::BagCode));
        QVERIFY(bag.ok());
        QVERIFY(!bag->openPrice);
        QCOMPARE(bag->price.minorUnits(), 50);
        const auto wrap = repository.find(QLatin1String(DemoData::WrapCode));
        QVERIFY(wrap.ok());
        QCOMPARE(wrap->price.minorUnits(), 200);
        // The demo's keys sell exactly these three.
        const PricingSettings pricing = DemoData::pricing();
        QCOMPARE(pricing.quickKeys.size(), 3);
        QCOMPARE(pricing.quickKeys.at(0).code, card->isbn13);
        QCOMPARE(pricing.quickKeys.at(1).code, bag->isbn13);
        QCOMPARE(pricing.quickKeys.at(2).code, wrap->isbn13);
        QCOMPARE(pricing.approvalLimit(QStringLiteral("EUR"))->minorUnits(), 5000);

        // Every title has its cover among the resources, and the covers are distinct.
        auto rows = db.database().exec(
            QStringLiteral("SELECT isbn13, cover_path FROM books WHERE kind = 'book'"));
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
        QCOMPARE(coverHashes.size(), books);
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
