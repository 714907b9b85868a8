#include "catalog/CatalogImporter.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "catalog/CatalogSearch.h"
#include "persistence/BookRepository.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace quire;

namespace {

QString reasonOnLine(const ImportReport &report, qint64 line)
{
    for (const ImportProblem &problem : report.problems) {
        if (problem.line == line)
            return problem.reason;
    }
    return QStringLiteral("<no problem on line %1>").arg(line);
}

} // namespace

// Protects: a store's CSV catalog arrives exactly (prices to the minor unit,
// quoting, UTF-8, ISBN-10 converted), bad rows are named with line and
// reason, strict mode is all or nothing, and imported books are searchable.
class CatalogImporterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPricesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor"); // -1: refused
        QTest::addColumn<QString>("reason");
        QTest::newRow("two decimals") << "12.50"
                                      << "EUR" << qint64(1250) << "";
        QTest::newRow("one decimal") << "12.5"
                                     << "EUR" << qint64(1250) << "";
        QTest::newRow("whole") << "12"
                               << "EUR" << qint64(1200) << "";
        QTest::newRow("cents") << "0.07"
                               << "EUR" << qint64(7) << "";
        QTest::newRow("0.1 is exact") << "0.1"
                                      << "USD" << qint64(10) << "";
        QTest::newRow("spaces") << " 8.99 "
                                << "EUR" << qint64(899) << "";
        QTest::newRow("trailing zeros") << "12.500"
                                        << "EUR" << qint64(1250) << "";
        QTest::newRow("yen") << "1500"
                             << "JPY" << qint64(1500) << "";
        QTest::newRow("yen with .00") << "1500.00"
                                      << "JPY" << qint64(1500) << "";
        QTest::newRow("dinar") << "3.125"
                               << "KWD" << qint64(3125) << "";
        QTest::newRow("large") << "92233720368547758.07"
                               << "EUR" << qint64(9223372036854775807) << "";
        QTest::newRow("too many decimals") << "12.505"
                                           << "EUR" << qint64(-1) << "only 2 decimals";
        QTest::newRow("yen decimals") << "1500.5"
                                      << "JPY" << qint64(-1) << "JPY has no decimals";
        QTest::newRow("comma") << "12,50"
                               << "EUR" << qint64(-1) << "like 12.50";
        QTest::newRow("negative") << "-1.00"
                                  << "EUR" << qint64(-1) << "cannot be negative";
        QTest::newRow("exponent") << "1e3"
                                  << "EUR" << qint64(-1) << "like 12.50";
        QTest::newRow("empty") << ""
                               << "EUR" << qint64(-1) << "like 12.50";
        QTest::newRow("dot only") << "12."
                                  << "EUR" << qint64(-1) << "like 12.50";
        QTest::newRow("symbol") << "€12"
                                << "EUR" << qint64(-1) << "like 12.50";
        QTest::newRow("overflow") << "92233720368547758.08"
                                  << "EUR" << qint64(-1) << "too large";
    }

    void parsesPricesExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        QFETCH(QString, reason);
        const auto price = CatalogImporter::parsePrice(text, currency);
        if (minor < 0) {
            QVERIFY(!price.ok());
            QVERIFY2(price.error().message.contains(reason), qPrintable(price.error().message));
        } else {
            QVERIFY2(price.ok(), qPrintable(price.ok() ? QString() : price.error().message));
            QCOMPARE(price->minorUnits(), minor);
            QCOMPARE(price->currency(), currency);
        }
    }

    void importsAWellFormedFile()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        CatalogImporter importer(db.database(), db.clock());
        QSignalSpy progress(&importer, &CatalogImporter::progressChanged);
        const ImportReport report = importer.importFile(QFINDTESTDATA("data/catalog-good.csv"));
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(report.rowsRead, 6);
        QCOMPARE(report.imported, 6);
        QCOMPARE(db.count(QStringLiteral("books")), 6);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0), progress.constLast().at(1)); // done == total

        BookRepository books(db.database());
        const auto pride = books.find(QStringLiteral("9780141439518"));
        QVERIFY(pride.ok());
        QCOMPARE(pride->price.minorUnits(), 899);
        QCOMPARE(pride->stock, 12);
        QCOMPARE(pride->coverPath, QStringLiteral("covers/9780141439518.jpg"));

        const auto tea = books.find(QStringLiteral("9780804429573")); // from ISBN-10 0-8044-2957-X
        QVERIFY(tea.ok());
        QCOMPARE(tea->title, QStringLiteral("The Book of Tea, Illustrated"));
        QCOMPARE(tea->authors, QString::fromUtf8("Okakura, Kakuzō"));
        QCOMPARE(tea->price.minorUnits(), 1250);
        QVERIFY(tea->coverPath.isEmpty());

        QCOMPARE(books.find(QStringLiteral("9784873117386"))->title,
                 QString::fromUtf8("リーダブルコード"));
        QCOMPARE(books.find(QStringLiteral("9784873117386"))->price.minorUnits(), 3200);
        const auto clrs = books.find(QStringLiteral("9780262033848"));
        QCOMPARE(clrs->title, QStringLiteral("Introduction to Algorithms, \"CLRS\""));
        QCOMPARE(clrs->price.minorUnits(), 95125);
        QCOMPARE(clrs->price.currency(), QStringLiteral("KWD"));
        QCOMPARE(books.find(QStringLiteral("9791090636071"))->title,
                 QStringLiteral("A title\non two lines"));

        CatalogSearch search(db.database());
        const auto found = search.search(QStringLiteral("miserab"), 10);
        QVERIFY(found.ok() && found->size() == 1);
        QCOMPARE(found->first().stock, 0);
    }

    void reportsEachBadRowWithItsLineAndReason()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        const ImportReport report = importer.importFile(QFINDTESTDATA("data/catalog-bad-rows.csv"),
                                                        CatalogImporter::Mode::Lenient);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QCOMPARE(report.rowsRead, 10);
        QCOMPARE(report.imported, 2);
        QCOMPARE(report.problems.size(), 8);
        QVERIFY(reasonOnLine(report, 3).contains(QStringLiteral("check digit should be 7")));
        QVERIFY(reasonOnLine(report, 4).contains(QStringLiteral("bad price \"12,50\"")));
        QCOMPARE(reasonOnLine(report, 5), QStringLiteral("missing title"));
        QVERIFY(reasonOnLine(report, 6).contains(QStringLiteral("bad currency \"EURO\"")));
        QCOMPARE(reasonOnLine(report, 7), QStringLiteral("negative stock (-3)"));
        QCOMPARE(reasonOnLine(report, 8), QStringLiteral("expected 6 fields, found 4"));
        QVERIFY(reasonOnLine(report, 9).contains(QStringLiteral("check digit should be 1")));
        QVERIFY(reasonOnLine(report, 10).contains(QStringLiteral("already on line 2")));
        QCOMPARE(report.problems.at(0).isbn, QStringLiteral("9780306406158"));

        QCOMPARE(db.count(QStringLiteral("books")), 2);
        BookRepository books(db.database());
        QCOMPARE(books.find(QStringLiteral("9780141439518"))->title,
                 QStringLiteral("Pride and Prejudice")); // the first of two lines wins
    }

    void aCancelledImportRollsBackAndAnAuditedOneIsRecorded()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Old Title"), 100);
        CatalogImporter importer(db.database(), db.clock());
        std::atomic_bool cancel = true; // set before the first row: stops at once
        importer.setCancelFlag(&cancel);
        ImportReport report = importer.importFile(QFINDTESTDATA("data/catalog-good.csv"));
        QVERIFY(report.cancelled);
        QVERIFY(!report.committed);
        QCOMPARE(report.imported, 0);
        QCOMPARE(db.count(QStringLiteral("books")), 1);
        QCOMPARE(BookRepository(db.database()).find(QStringLiteral("9780141439518"))->title,
                 QStringLiteral("Old Title"));

        cancel = false;
        importer.setActor(
            Actor{std::nullopt, QStringLiteral("morgan")}); // no users table row needed
        report = importer.importFile(QFINDTESTDATA("data/catalog-good.csv"));
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QVERIFY(!report.cancelled);
        QCOMPARE(db.count(QStringLiteral("books")), 6);
        QCOMPARE(db.count(QStringLiteral("audit_log"),
                          QStringLiteral("action = 'catalog_imported' AND actor_name = 'morgan'")),
                 1);
    }

    void strictImportChangesNothingWhenARowIsBad()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Old Title"), 100);
        CatalogImporter importer(db.database(), db.clock());
        const ImportReport report = importer.importFile(QFINDTESTDATA("data/catalog-bad-rows.csv"),
                                                        CatalogImporter::Mode::Strict);
        QVERIFY(!report.committed);
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.problems.size(), 8); // every problem is still reported
        QVERIFY(report.fatalError.contains(QStringLiteral("strict")));
        QCOMPARE(db.count(QStringLiteral("books")), 1);
        QCOMPARE(BookRepository(db.database()).find(QStringLiteral("9780141439518"))->title,
                 QStringLiteral("Old Title"));

        const ImportReport good = importer.importFile(QFINDTESTDATA("data/catalog-good.csv"),
                                                      CatalogImporter::Mode::Strict);
        QVERIFY(good.committed);
        QCOMPARE(db.count(QStringLiteral("books")), 6);
    }

    void refusesAFileWithAWrongHeader()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        const ImportReport report
            = importer.importFile(QFINDTESTDATA("data/catalog-bad-header.csv"));
        QVERIFY(!report.committed);
        QVERIFY2(report.fatalError.contains(QStringLiteral("unknown column \"titel\"")),
                 qPrintable(report.fatalError));
        QCOMPARE(db.count(QStringLiteral("books")), 0);

        QBuffer missing;
        missing.setData("isbn,title,price\n9780141439518,Pride,1.00\n");
        QVERIFY(missing.open(QIODevice::ReadOnly));
        const ImportReport lacking = importer.importFrom(missing);
        QVERIFY(!lacking.committed);
        QVERIFY2(lacking.fatalError.contains(QStringLiteral("authors, currency, stock")),
                 qPrintable(lacking.fatalError));

        const ImportReport absent
            = importer.importFile(db.dir().filePath(QStringLiteral("no.csv")));
        QVERIFY(!absent.committed);
        QVERIFY(absent.fatalError.contains(QStringLiteral("cannot read")));
    }

    void reportsBrokenQuotingAndGoesOn()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        const ImportReport report
            = importer.importFile(QFINDTESTDATA("data/catalog-broken-quotes.csv"));
        QVERIFY(report.committed);
        QCOMPARE(report.imported, 1);
        QVERIFY(reasonOnLine(report, 3).contains(QStringLiteral("after a closing quote")));
        QVERIFY(reasonOnLine(report, 4).contains(QStringLiteral("quote inside an unquoted")));
        QVERIFY(reasonOnLine(report, 5).contains(QStringLiteral("never closed")));
    }

    void acceptsColumnsInAnyOrderAByteOrderMarkAndRejectsBadUtf8()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        QBuffer file;
        file.setData("\xEF\xBB\xBF"
                     "Stock,Currency,Price,Authors,Title,ISBN\n"
                     "2,EUR,9.99,Jane Austen,Emma,9780141439587\n"
                     "1,EUR,9.99,Bad \xC3\x28 Bytes,Broken,9780140449266\n");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportReport report = importer.importFrom(file);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QCOMPARE(report.imported, 1);
        QCOMPARE(reasonOnLine(report, 3), QStringLiteral("the row is not valid UTF-8 text"));
        const auto emma = BookRepository(db.database()).find(QStringLiteral("9780141439587"));
        QVERIFY(emma.ok());
        QCOMPARE(emma->stock, 2);
    }

    void updatesBooksAlreadyInTheCatalog()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 100,
                   QStringLiteral("EUR"), 1);
        CatalogImporter importer(db.database(), db.clock());
        QVERIFY(importer.importFile(QFINDTESTDATA("data/catalog-good.csv")).committed);
        const auto pride = BookRepository(db.database()).find(QStringLiteral("9780141439518"));
        QCOMPARE(pride->price.minorUnits(), 899);
        QCOMPARE(pride->stock, 12);
        QCOMPARE(db.count(QStringLiteral("books")), 6);
        QCOMPARE(db.searchIndexCount(), 6);
    }
    // Issue 16: an optional tax_category column; catalogs without it keep
    // working, and a title's category is kept when a row does not name one.
    void readsAnOptionalTaxCategoryColumn()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        CatalogImporter importer(db.database(), db.clock());
        const QByteArray csv = "isbn,title,authors,price,currency,stock,tax_category\n"
                               "9780141439518,Pride and Prejudice,Jane Austen,8.99,EUR,3,standard\n"
                               "9780140449266,Les Misérables,Victor Hugo,14.00,EUR,1,luxury\n"
                               "9780262033848,Algorithms,Cormen,95.00,EUR,1,\n"
                               "9791090636071,Anonyme,Anonyme,7,EUR,5,Zero\n";
        const auto categoryOf = [&](const char *isbn) {
            auto book = BookRepository(db.database()).find(QString::fromLatin1(isbn));
            return book ? toDatabaseText(book->taxCategory) : book.error().message;
        };
        {
            QBuffer file;
            file.setData(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ImportReport strict = importer.importFrom(file, CatalogImporter::Mode::Strict);
            QVERIFY(!strict.committed);
            QCOMPARE(strict.problems.size(), 1);
            QCOMPARE(strict.problems.first().line, 3);
            QCOMPARE(strict.problems.first().reason,
                     QStringLiteral("bad tax category \"luxury\": use reduced, standard, zero or "
                                    "exempt"));
            QCOMPARE(db.count(QStringLiteral("books")), 1);
            QCOMPARE(categoryOf("9780141439518"), QStringLiteral("reduced"));
        }
        {
            QBuffer file;
            file.setData(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ImportReport lenient = importer.importFrom(file);
            QVERIFY2(lenient.committed, qPrintable(lenient.fatalError));
            QCOMPARE(lenient.imported, 3);
            QCOMPARE(reasonOnLine(lenient, 3).left(16), QStringLiteral("bad tax category"));
        }
        QCOMPARE(categoryOf("9780141439518"), QStringLiteral("standard"));
        QCOMPARE(categoryOf("9780262033848"), QStringLiteral("reduced")); // empty: a book
        QCOMPARE(categoryOf("9791090636071"), QStringLiteral("zero"));

        // A catalog without the column updates prices and keeps the categories.
        QVERIFY(importer.importFile(QFINDTESTDATA("data/catalog-good.csv")).committed);
        QCOMPARE(categoryOf("9780141439518"), QStringLiteral("standard"));
        QCOMPARE(categoryOf("9791090636071"), QStringLiteral("zero"));
        QCOMPARE(categoryOf("9780140449266"), QStringLiteral("reduced"));
        QCOMPARE(BookRepository(db.database()).find(QStringLiteral("9780141439518"))->stock, 12);
    }

    // Issue 16: the book-price law's flag. `price_bound` (or `priceBound`) is
    // optional: a book is bound unless its row says no, an item never is and
    // may not be marked bound, and a catalog without the column keeps the flags.
    void readsAnOptionalPriceBoundColumn()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        QBuffer file;
        file.setData("code,title,authors,price,currency,stock,priceBound\n"
                     "9780141439518,Pride and Prejudice,Jane Austen,8.99,EUR,12,no\n"
                     "9780140449266,The Count of Monte Cristo,Alexandre Dumas,12.99,EUR,3,\n"
                     "9791090636071,Le Petit Prince,Saint-Exup\xc3\xa9ry,7.50,EUR,2,YES\n"
                     "42,Gift bag,,0.50,EUR,40,yes\n"
                     "43,Wrap,,1.00,EUR,40,maybe\n");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportReport report = importer.importFrom(file, CatalogImporter::Mode::Lenient);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QCOMPARE(report.imported, 3);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems.at(0).line, 5);
        QVERIFY2(report.problems.at(0).reason.contains(QStringLiteral("only books")),
                 qPrintable(report.problems.at(0).reason));
        QCOMPARE(report.problems.at(1).line, 6);
        QVERIFY2(report.problems.at(1).reason.contains(QStringLiteral("bad price_bound")),
                 qPrintable(report.problems.at(1).reason));
        BookRepository books(db.database());
        QVERIFY(!books.find(QStringLiteral("9780141439518"))->isPriceBound());
        QCOMPARE(books.find(QStringLiteral("9780140449266"))->priceBoundFlag, std::nullopt);
        QVERIFY(books.find(QStringLiteral("9780140449266"))->isPriceBound());
        QCOMPARE(books.find(QStringLiteral("9791090636071"))->priceBoundFlag, std::optional(true));

        // Without the column the flags stay as they were.
        QVERIFY(importer.importFile(QFINDTESTDATA("data/catalog-good.csv")).committed);
        QVERIFY(!books.find(QStringLiteral("9780141439518"))->isPriceBound());
    }

    // Issue 16: non-book items. A `code` column (or `isbn`) takes any EAN-13,
    // UPC-A or store code; `kind` is optional and inferred from the code; a
    // new item is `standard` unless its row names a category.
    void importsItemRowsWithTheirKindAndTaxCategory()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        QBuffer file;
        file.setData("code,title,authors,price,currency,stock,tax_category,kind\n"
                     "9780141439518,Pride and Prejudice,Jane Austen,8.99,EUR,12,,\n"
                     "4006381333931,Stabilo pen,,1.20,EUR,100,,\n"
                     "036000291452,Greeting card,,3.50,EUR,20,,ITEM\n"
                     "9783161484100,Wall calendar 2027,,14.99,EUR,5,standard,item\n"
                     "42,Gift bag,,0.50,EUR,40,zero,item\n");
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportReport report = importer.importFrom(file, CatalogImporter::Mode::Strict);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QCOMPARE(report.imported, 5);
        QVERIFY(report.problems.isEmpty());

        BookRepository books(db.database());
        const auto expect = [&](const char *code, bool isItem, const char *category) {
            const auto book = books.find(QString::fromLatin1(code));
            QVERIFY2(book.ok(), code);
            QCOMPARE(book->isItem, isItem);
            QCOMPARE(toDatabaseText(book->taxCategory), QString::fromLatin1(category));
            QVERIFY(!book->openPrice);
            QVERIFY(book->stockTracked);
        };
        expect("9780141439518", false, "reduced");
        expect("4006381333931", true, "standard"); // inferred from the code
        expect("0036000291452", true, "standard"); // UPC-A as its EAN-13
        expect("9783161484100", true, "standard"); // a calendar with an ISBN
        expect("2000000000428", true, "zero");     // store code 42
        QCOMPARE(books.find(QStringLiteral("0036000291452"))->price.minorUnits(), 350);

        // Items are searchable like titles; the code finds them exactly.
        CatalogSearch search(db.database());
        QCOMPARE(search.search(QStringLiteral("stabilo"), 10)->size(), 1);
        QCOMPARE(search.search(QStringLiteral("036000291452"), 10)->first().title,
                 QStringLiteral("Greeting card"));
        QCOMPARE(search.search(QStringLiteral("42"), 10)->first().title,
                 QStringLiteral("Gift bag"));
    }

    void refusesBadKindsAndCodesWithTheirLinesAndStrictImportsNothing()
    {
        test::TestDatabase db;
        CatalogImporter importer(db.database(), db.clock());
        const QByteArray csv = "code,title,authors,price,currency,stock,kind\n"
                               "4006381333931,Pen,,1.20,EUR,1,book\n"
                               "5901234123457,Mug,,7.00,EUR,1,gadget\n"
                               "036000291453,Card,,3.50,EUR,1,item\n"
                               "9780140449266,Les Misérables,Victor Hugo,14,EUR,2,\n"
                               "1234567,Too long a store code,,1,EUR,1,item\n"
                               "042,Bag,,0.20,EUR,1,item\n"
                               "42,Same bag again,,0.20,EUR,1,item\n";
        {
            QBuffer file;
            file.setData(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const ImportReport strict = importer.importFrom(file, CatalogImporter::Mode::Strict);
            QVERIFY(!strict.committed);
            QCOMPARE(strict.imported, 0);
            QCOMPARE(strict.problems.size(), 5);
            QCOMPARE(db.count(QStringLiteral("books")), 0);
        }
        QBuffer file;
        file.setData(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ImportReport report = importer.importFrom(file);
        QVERIFY2(report.committed, qPrintable(report.fatalError));
        QCOMPARE(report.imported, 2);
        QCOMPARE(reasonOnLine(report, 2),
                 QStringLiteral("4006381333931 is not a book barcode: ISBNs start with 978 or 979 "
                                "(write kind item for other goods)"));
        QCOMPARE(reasonOnLine(report, 3), QStringLiteral("bad kind \"gadget\": use book or item"));
        QVERIFY(reasonOnLine(report, 4).contains(QStringLiteral("check digit should be 2")));
        QVERIFY(reasonOnLine(report, 6).contains(QStringLiteral("up to 6 digits")));
        QCOMPARE(reasonOnLine(report, 8),
                 QStringLiteral("code 2000000000428 is already on line 7"));
        QCOMPARE(db.count(QStringLiteral("books"), QStringLiteral("kind = 'item'")), 1);
        QCOMPARE(db.count(QStringLiteral("books"), QStringLiteral("kind = 'book'")), 1);
    }
};

QTEST_GUILESS_MAIN(CatalogImporterTest)
#include "CatalogImporterTest.moc"
