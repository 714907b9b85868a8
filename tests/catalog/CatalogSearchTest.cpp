#include "catalog/CatalogSearch.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "persistence/BookRepository.h"
#include "persistence/SqlDialect.h"

#include <QSet>
#include <QTest>

using namespace quire;

namespace {

void addBook(test::TestDatabase &db, const QString &isbn13, const QString &title,
             const QString &authors, qint64 priceMinor = 999)
{
    BookRepository books(db.database());
    auto price = Money::fromMinorUnits(priceMinor, QStringLiteral("EUR"));
    QVERIFY(price.ok());
    QVERIFY(books.upsert(Book{isbn13, title, authors, *price, 3, {}}, db.clock().nowMs()).ok());
}

QStringList titles(const Result<QList<Book>> &books)
{
    QStringList found;
    if (!books.ok()) {
        qWarning() << books.error();
        return {QStringLiteral("<error>")};
    }
    for (const Book &book : books.value())
        found.append(book.title);
    return found;
}

// A valid ISBN-13 from a 12-digit stem.
QString isbnFrom(qint64 stem)
{
    QString digits = QString::number(stem);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += (digits.at(i).unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    return digits + QString::number((10 - sum % 10) % 10);
}

QStringList words(std::initializer_list<const char *> utf8)
{
    QStringList list;
    for (const char *word : utf8)
        list.append(QString::fromUtf8(word));
    return list;
}

} // namespace

// Protects: search-as-you-type finds books by word prefixes in title,
// authors and ISBN regardless of accents, ranks title matches first, pages
// without repeats, follows catalog changes, and treats whatever the user
// types as words, never as query syntax.
class CatalogSearchTest : public QObject
{
    Q_OBJECT

private:
    void fillSmallCatalog(test::TestDatabase &db)
    {
        addBook(db, QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"),
                QStringLiteral("Jane Austen"));
        addBook(db, QStringLiteral("9780140449266"), QStringLiteral("Les Misérables"),
                QStringLiteral("Victor Hugo"));
        addBook(db, QStringLiteral("9780060883287"),
                QStringLiteral("One Hundred Years of Solitude"),
                QStringLiteral("Gabriel García Márquez"));
        addBook(db, QStringLiteral("9783518368550"), QStringLiteral("Die Blechtrommel"),
                QStringLiteral("Günter Grass"));
        addBook(db, QStringLiteral("9780141439563"), QStringLiteral("Great Expectations"),
                QStringLiteral("Charles Dickens"));
        addBook(db, QStringLiteral("9780306406157"), QStringLiteral("Dickens Country"),
                QStringLiteral("Frederic George Kitton"));
    }

private Q_SLOTS:
    void turnsTextIntoSearchWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << "pride prej" << words({"pride", "prej"});
        QTest::newRow("punctuation splits") << "o'brien, flann" << words({"brien", "flann"});
        QTest::newRow("fts syntax is just words")
            << "title:foo* OR \"bar\" NEAR(x y)" << words({"title", "foo", "OR", "bar", "NEAR"});
        QTest::newRow("one letter waits") << "p" << QStringList();
        QTest::newRow("isbn being typed") << "978-0-14" << words({"978014"});
        QTest::newRow("accents kept for the tokenizer") << "Márquez" << words({"Márquez"});
        QTest::newRow("only symbols") << "\"*()^:-" << QStringList();
    }

    void turnsTextIntoSearchWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(CatalogSearch::searchWords(text), expected);
    }

    void findsByWordPrefixesInTitleAndAuthors()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        fillSmallCatalog(db);
        CatalogSearch search(db.database());
        QCOMPARE(titles(search.search(QStringLiteral("prid prej"), 10)),
                 QStringList{QStringLiteral("Pride and Prejudice")});
        QCOMPARE(titles(search.search(QStringLiteral("AUST"), 10)),
                 QStringList{QStringLiteral("Pride and Prejudice")});
        QCOMPARE(titles(search.search(QStringLiteral("hundred sol"), 10)),
                 QStringList{QStringLiteral("One Hundred Years of Solitude")});
        QCOMPARE(titles(search.search(QStringLiteral("pride zebra"), 10)), QStringList{});
    }

    void ignoresAccentsBothWays()
    {
        test::TestDatabase db;
        fillSmallCatalog(db);
        CatalogSearch search(db.database());
        QCOMPARE(titles(search.search(QStringLiteral("miserables"), 10)),
                 QStringList{QStringLiteral("Les Misérables")});
        QCOMPARE(titles(search.search(QStringLiteral("garcia marq"), 10)),
                 QStringList{QStringLiteral("One Hundred Years of Solitude")});
        QCOMPARE(titles(search.search(QStringLiteral("Grässe"), 10)), QStringList{});
        QCOMPARE(titles(search.search(QStringLiteral("gúnter"), 10)),
                 QStringList{QStringLiteral("Die Blechtrommel")});
    }

    void ranksTitleMatchesAboveAuthorMatches()
    {
        test::TestDatabase db;
        fillSmallCatalog(db);
        CatalogSearch search(db.database());
        QCOMPARE(
            titles(search.search(QStringLiteral("dickens"), 10)),
            (QStringList{QStringLiteral("Dickens Country"), QStringLiteral("Great Expectations")}));
    }

    void treatsQuerySyntaxAsPlainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << "\"";
        QTest::newRow("unbalanced quote") << "pride \"prej";
        QTest::newRow("column filter") << "title:pride";
        QTest::newRow("operators") << "pride AND OR NOT";
        QTest::newRow("near") << "NEAR(pride prejudice, 2)";
        QTest::newRow("star and caret") << "^pride*";
        QTest::newRow("braces") << "{title authors}: pride";
        QTest::newRow("sql") << "'; DROP TABLE books; --";
    }

    void treatsQuerySyntaxAsPlainText()
    {
        QFETCH(QString, text);
        test::TestDatabase db;
        fillSmallCatalog(db);
        CatalogSearch search(db.database());
        const auto found = search.search(text, 10);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(db.count(QStringLiteral("books")), 6);
    }

    void wordsThatLookLikeOperatorsAreSearchedFor()
    {
        test::TestDatabase db;
        addBook(db, QStringLiteral("9780141439518"), QStringLiteral("Not Quite Dead Enough"),
                QStringLiteral("Rex Stout"));
        CatalogSearch search(db.database());
        QCOMPARE(titles(search.search(QStringLiteral("not quite"), 10)),
                 QStringList{QStringLiteral("Not Quite Dead Enough")});
    }

    void findsByIsbnExactlyAndByPrefix()
    {
        test::TestDatabase db;
        fillSmallCatalog(db);
        CatalogSearch search(db.database());
        QCOMPARE(titles(search.search(QStringLiteral("978-0-14-143951-8"), 10)),
                 QStringList{QStringLiteral("Pride and Prejudice")});
        QCOMPARE(titles(search.search(QStringLiteral("0141439513"), 10)),
                 QStringList{QStringLiteral("Pride and Prejudice")});
        QCOMPARE(titles(search.search(QStringLiteral("97801414395"), 10)).size(), 2);

        const auto book = search.findByIsbn(QStringLiteral("978-0-306-40615-7"));
        QVERIFY(book.ok());
        QCOMPARE(book->title, QStringLiteral("Dickens Country"));
        QCOMPARE(search.findByIsbn(QStringLiteral("9780262033848")).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(search.findByIsbn(QStringLiteral("9780262033849")).error().kind,
                 ErrorKind::Invalid);
    }

    void pagesThroughManyMatchesWithoutRepeats()
    {
        test::TestDatabase db;
        for (int i = 0; i < 45; ++i)
            addBook(db, isbnFrom(978100000000 + i),
                    QStringLiteral("Chronicle of the North, volume %1").arg(i + 1),
                    QStringLiteral("Anna Author"));
        CatalogSearch search(db.database());
        QSet<QString> seen;
        for (int offset = 0; offset < 60; offset += 10) {
            const auto page = search.search(QStringLiteral("chron north"), 10, offset);
            QVERIFY(page.ok());
            QCOMPARE(page->size(), qBound(0, 45 - offset, 10));
            for (const Book &book : page.value())
                seen.insert(book.isbn13);
        }
        QCOMPARE(seen.size(), 45);
    }

    void listsABroadQueryByTitleWithinTheWindow()
    {
        // With a window of 5, "chron" (12 matches) is broad: its first
        // matches are listed by title; "north" (3 matches) stays ranked.
        test::TestDatabase db;
        for (int i = 0; i < 12; ++i)
            addBook(db, isbnFrom(978100000000 + i),
                    QStringLiteral("Chronicle %1").arg(QChar(u'L' - i)),
                    QStringLiteral("Anna Author"));
        addBook(db, QStringLiteral("9780141439518"), QStringLiteral("North and South"),
                QStringLiteral("Elizabeth Gaskell"));
        addBook(db, QStringLiteral("9780141439563"), QStringLiteral("Chronicle of the North"),
                QStringLiteral("Someone"));
        addBook(db, QStringLiteral("9780306406157"), QStringLiteral("A Long Way"),
                QStringLiteral("Peter North"));
        CatalogSearch search(db.database(), 5);
        const QStringList broad = titles(search.search(QStringLiteral("chron"), 3));
        QCOMPARE(broad.size(), 3);
        QVERIFY(std::is_sorted(broad.begin(), broad.end()));
        const QStringList ranked = titles(search.search(QStringLiteral("north"), 10));
        QCOMPARE(ranked.size(), 3);
        QCOMPARE(ranked.constLast(), QStringLiteral("A Long Way")); // an author match ranks last
        // Paging a broad query still visits each match of the window once.
        QSet<QString> seen;
        for (int offset = 0; offset < 10; offset += 2) {
            for (const QString &title : titles(search.search(QStringLiteral("chron"), 2, offset)))
                seen.insert(title);
        }
        QCOMPARE(seen.size(), 5);
    }

    void followsCatalogChanges()
    {
        test::TestDatabase db;
        fillSmallCatalog(db);
        CatalogSearch search(db.database());
        addBook(db, QStringLiteral("9780141439518"), QStringLiteral("Emma"),
                QStringLiteral("Jane Austen"));
        QCOMPARE(titles(search.search(QStringLiteral("pride"), 10)), QStringList{});
        QCOMPARE(titles(search.search(QStringLiteral("emma"), 10)),
                 QStringList{QStringLiteral("Emma")});
        // A price change alone keeps the index entry and the search works on.
        addBook(db, QStringLiteral("9780141439518"), QStringLiteral("Emma"),
                QStringLiteral("Jane Austen"), 1299);
        const auto repriced = search.search(QStringLiteral("emma"), 10);
        QVERIFY(repriced.ok() && repriced->size() == 1);
        QCOMPARE(repriced->first().price.minorUnits(), 1299);

        QVERIFY(db.database()
                    .exec(QStringLiteral("DELETE FROM books WHERE isbn13 = ?"),
                          {QStringLiteral("9780141439518")})
                    .ok());
        QCOMPARE(titles(search.search(QStringLiteral("emma"), 10)), QStringList{});
        QCOMPARE(db.searchIndexCount(), 5);
    }

    void indexesBooksThatExistedBeforeTheMigration()
    {
        // The migration fills the index from the books already stored: a
        // store upgrading Quire can search its catalog at once.
        test::TestDatabase db;
        if (db.isPostgres())
            QSKIP("PostgreSQL computes the generated search column for every existing row");
        fillSmallCatalog(db);
        QVERIFY(db.database().exec(QStringLiteral("DELETE FROM books_search")).ok());
        QVERIFY(db.database()
                    .exec(QStringLiteral(
                        "INSERT INTO books_search (rowid, title, authors, isbn13)"
                        " SELECT CAST(isbn13 AS INTEGER), title, authors, isbn13 FROM books"))
                    .ok());
        QCOMPARE(db.count(QStringLiteral("books_search")), 6);
        CatalogSearch search(db.database());
        QCOMPARE(titles(search.search(QStringLiteral("blech"), 10)),
                 QStringList{QStringLiteral("Die Blechtrommel")});
    }

    void buildsThePostgresQueryFromWords()
    {
        const auto postgres = SqlDialect::forDriver(QStringLiteral("QPSQL"));
        const auto sqlite = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
        QVERIFY(postgres.ok() && sqlite.ok());
        const QStringList words{QStringLiteral("pride"), QStringLiteral("o'b")};
        QCOMPARE(postgres->catalogSearchQuery(words), QStringLiteral("'pride':* & 'o''b':*"));
        QCOMPARE(sqlite->catalogSearchQuery({QStringLiteral("pri\"de")}),
                 QStringLiteral("\"pri\"\"de\"*"));
        QVERIFY(postgres->catalogSearchSql().contains(QStringLiteral("ts_rank")));
        QVERIFY(sqlite->catalogSearchSql().contains(QStringLiteral("bm25")));
        QVERIFY(!sqlite->catalogSearchSql(SqlDialect::CatalogOrder::Title)
                     .contains(QStringLiteral("bm25")));
        QVERIFY(postgres->catalogMatchCountSql().contains(QStringLiteral("LIMIT ?")));
    }
};

QTEST_GUILESS_MAIN(CatalogSearchTest)
#include "CatalogSearchTest.moc"
