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
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
