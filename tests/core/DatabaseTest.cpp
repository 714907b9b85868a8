#include "persistence/Database.h"

#include "TestDatabase.h"
#include "TestPrinters.h"

#include <QFile>
#include <QTest>

using namespace quire;

// Protects: the database is opened in its safe configuration, and a missing
// folder or a file that is not a database gives a clear error.
class DatabaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensInWalWithFullSyncAndForeignKeys()
    {
        test::TestDatabase db;
        if (db.isPostgres())
            QSKIP("SQLite settings");
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto pragma = [&](const QString &name) {
            auto query = db.database().exec(QStringLiteral("PRAGMA ") + name);
            return query.ok() && query.value().next() ? query.value().value(0).toString()
                                                      : QString();
        };
        QCOMPARE(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }

    void enforcesForeignKeys()
    {
        test::TestDatabase db;
        const auto orphan = db.database().exec(QStringLiteral(
            "INSERT INTO order_lines (order_id, line_no, isbn13, title,"
            " unit_price_minor, quantity) VALUES (999, 1, '9780000000000', 'x', 1, 1)"));
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.error().kind, ErrorKind::Database);
        QVERIFY2(
            orphan.error().message.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
            qPrintable(orphan.error().message));
    }

    void refusesAMissingFolder()
    {
        QTemporaryDir dir;
        const auto opened
            = Database::openSqlite(dir.filePath(QStringLiteral("nowhere/quire.sqlite")));
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message.contains(QStringLiteral("does not exist")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();

        const auto opened = Database::openSqlite(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Database);
        QVERIFY2(opened.error().message.contains(QStringLiteral("not a database")),
                 qPrintable(opened.error().message));
        // Nothing was written over the file.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(8192, 'x'));
    }

    void transactionRollsBackWhenWorkFails()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        auto result = db.database().writeTransaction([&]() -> Result<void> {
            auto updated = db.database().exec(
                QStringLiteral("UPDATE books SET stock = 0 WHERE isbn13 = '9780141439518'"));
            if (!updated)
                return updated.error();
            return Error::conflict(QStringLiteral("changed my mind"));
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("changed my mind"));
        QVERIFY(!db.database().inTransaction());
        QCOMPARE(db.count(QStringLiteral("books"), QStringLiteral("stock = 10")), 1);
    }

    void readsAPostgresUrlButRefusesAPasswordInIt()
    {
        QVERIFY(Database::isPostgresUrl(QStringLiteral("postgresql://quire@db.local:5433/store")));
        QVERIFY(Database::isPostgresUrl(QStringLiteral("postgres://quire@db.local/store")));
        QVERIFY(!Database::isPostgresUrl(QStringLiteral("/var/lib/quire/quire.sqlite")));

        const auto url
            = Database::parsePostgresUrl(QStringLiteral("postgresql://quire@db:5433/shop"));
        QVERIFY(url.ok());
        QCOMPARE(url->port(), 5433);

        const auto withPassword
            = Database::open(QStringLiteral("postgresql://quire:hunter2@127.0.0.1:1/shop"));
        QVERIFY(!withPassword.ok());
        QVERIFY(
            withPassword.error().message.contains(QStringLiteral("must not contain a password")));
        QVERIFY(!withPassword.error().message.contains(QStringLiteral("hunter2")));

        for (const char *incomplete :
             {"postgresql://127.0.0.1:5432/shop", "postgresql://quire@/shop",
              "postgresql://quire@127.0.0.1:5432/"}) {
            const auto refused = Database::open(QString::fromLatin1(incomplete));
            QVERIFY2(!refused.ok(), incomplete);
            QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        }
    }

    void reportsAServerThatDoesNotAnswer()
    {
        // Port 1 on loopback: nothing listens there.
        const auto opened = Database::open(QStringLiteral("postgresql://quire@127.0.0.1:1/shop"),
                                           QStringLiteral("not-logged"));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Database);
        QVERIFY2(opened.error().message.startsWith(
                     QStringLiteral("cannot open database postgresql://quire@127.0.0.1:1/shop")),
                 qPrintable(opened.error().message));
        QVERIFY(!opened.error().message.contains(QStringLiteral("not-logged")));
    }

    void errorsNameTheStatementButNotTheValues()
    {
        test::TestDatabase db;
        const auto failed
            = db.database().exec(QStringLiteral("INSERT INTO books (isbn13) VALUES (?)"),
                                 {QStringLiteral("secret-value")});
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.startsWith(QStringLiteral("INSERT INTO books")));
        QVERIFY(!failed.error().message.contains(QStringLiteral("secret-value")));
    }

    // The statement cache (execCached) behind every repository.

    void cachedStatementIsPreparedOnceAndReused()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        db.addBook(QStringLiteral("9780141439600"), QStringLiteral("Emma"), 799);
        Database &database = db.database();
        const quint64 before = database.statementsPrepared();
        const qsizetype cached = database.cachedStatementCount();
        const QString sql = QStringLiteral("SELECT title FROM books WHERE isbn13 = ?");
        for (const auto &[isbn, title] :
             {std::pair(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice")),
              std::pair(QStringLiteral("9780141439600"), QStringLiteral("Emma")),
              std::pair(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"))}) {
            auto query = database.execCached(sql, {isbn});
            QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().message));
            QVERIFY(query.value()->next());
            QCOMPARE(query.value()->value(0).toString(), title);
            QVERIFY(!query.value()->next());
        }
        QCOMPARE(database.statementsPrepared(), before + 1);
        QCOMPARE(database.cachedStatementCount(), cached + 1);
    }

    void nestedUseOfTheSameSqlGetsItsOwnStatement()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        db.addBook(QStringLiteral("9780141439600"), QStringLiteral("Emma"), 799);
        Database &database = db.database();
        const quint64 before = database.statementsPrepared();
        const qsizetype cached = database.cachedStatementCount();
        const QString sql = QStringLiteral("SELECT title FROM books WHERE price_minor >= ?"
                                           " ORDER BY title");
        QStringList outer;
        QStringList inner;
        {
            auto all = database.execCached(sql, {0});
            QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().message));
            QSqlQuery &row = *all.value();
            while (row.next()) {
                outer.append(row.value(0).toString());
                // Same SQL while the outer statement is still stepping.
                auto dear = database.execCached(sql, {800});
                QVERIFY2(dear.ok(), qPrintable(dear.ok() ? QString() : dear.error().message));
                while (dear.value()->next())
                    inner.append(dear.value()->value(0).toString());
            }
        }
        QCOMPARE(outer,
                 QStringList({QStringLiteral("Emma"), QStringLiteral("Pride and Prejudice")}));
        QCOMPARE(inner, QStringList({QStringLiteral("Pride and Prejudice"),
                                     QStringLiteral("Pride and Prejudice")}));
        // Two statements were needed at once, and both are kept.
        QCOMPARE(database.statementsPrepared(), before + 2);
        QCOMPARE(database.cachedStatementCount(), cached + 2);
        // And later calls use them.
        QVERIFY(database.execCached(sql, {0}).ok());
        QCOMPARE(database.statementsPrepared(), before + 2);
    }

    void failedStatementIsReportedAndPreparedAnew()
    {
        test::TestDatabase db;
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        Database &database = db.database();
        const QString sql = QStringLiteral("UPDATE books SET isbn13 = ? WHERE isbn13 = ?");
        QVERIFY(
            database
                .execCached(sql, {QStringLiteral("9780141439600"), QStringLiteral("9780000000000")})
                .ok());
        const quint64 before = database.statementsPrepared();

        db.addBook(QStringLiteral("9780141439600"), QStringLiteral("Emma"), 799);
        const qsizetype cached = database.cachedStatementCount();
        const auto clash = database.execCached(
            sql, {QStringLiteral("9780141439600"), QStringLiteral("9780141439518")});
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, ErrorKind::Database);
        QVERIFY2(clash.error().message.startsWith(QStringLiteral("UPDATE books SET")),
                 qPrintable(clash.error().message));
        // SQLite says "UNIQUE constraint failed", PostgreSQL "violates unique
        // constraint".
        QVERIFY2(clash.error().message.contains(QStringLiteral("unique"), Qt::CaseInsensitive),
                 qPrintable(clash.error().message));
        QVERIFY(!clash.error().message.contains(QStringLiteral("9780141439600")));
        QCOMPARE(database.cachedStatementCount(), cached - 1);

        auto moved = database.execCached(
            sql, {QStringLiteral("9780141439700"), QStringLiteral("9780141439518")});
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        QCOMPARE(moved.value()->numRowsAffected(), 1);
        QCOMPARE(database.statementsPrepared(), before + 1);

        const auto bad = database.execCached(QStringLiteral("SELEC nothing"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(QStringLiteral("SELEC nothing failed")),
                 qPrintable(bad.error().message));
    }

    void returnedStatementNoLongerHoldsASnapshot()
    {
        // An unfinished read keeps its snapshot, which blocks a checkpoint
        // from another connection; a statement back in the cache must not.
        test::TestDatabase db;
        if (db.isPostgres())
            QSKIP("The snapshot that blocks a WAL checkpoint is SQLite's; a PostgreSQL "
                  "statement buffers its result at exec and holds no read open");
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        db.addBook(QStringLiteral("9780141439600"), QStringLiteral("Emma"), 799);
        auto other = Database::openSqlite(db.path());
        QVERIFY2(other.ok(), qPrintable(other.ok() ? QString() : other.error().message));
        // Frames a passive checkpoint had to leave in the log for a reader.
        auto framesLeft = [&] {
            auto done = (*other)->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            return done.ok() && done.value().next()
                       ? done.value().value(1).toInt() - done.value().value(2).toInt()
                       : -1;
        };
        auto write = [&] {
            return (*other)->exec(QStringLiteral("UPDATE books SET stock = stock + 1")).ok();
        };
        {
            auto reading = db.database().execCached(QStringLiteral("SELECT isbn13 FROM books"));
            QVERIFY(reading.ok());
            QVERIFY(reading.value()->next()); // one of two rows read: still open
            QVERIFY(write());
            QVERIFY(framesLeft() > 0);
        }
        QVERIFY(write());
        QCOMPARE(framesLeft(), 0);
    }

    void closingDropsTheCachedStatements()
    {
        test::TestDatabase db;
        Database &database = db.database();
        // Bound values: on PostgreSQL a statement without values runs
        // unprepared and is never cached.
        const QString books = QStringLiteral("SELECT COUNT(*) FROM books WHERE price_minor >= ?");
        QVERIFY(database.execCached(books, {0}).ok());
        QVERIFY(database.cachedStatementCount() >= 1);
        {
            auto held = database.execCached(
                QStringLiteral("SELECT COUNT(*) FROM orders WHERE id >= ?"), {0});
            QVERIFY(held.ok());
            QVERIFY(database.cachedStatementCount() >= 1);
            database.close();
            QCOMPARE(database.cachedStatementCount(), 0);
        }
        // The statement held across the close does not come back either.
        QCOMPARE(database.cachedStatementCount(), 0);
        const auto after = database.execCached(books, {0});
        QVERIFY(!after.ok());
        QCOMPARE(after.error().kind, ErrorKind::Database);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
