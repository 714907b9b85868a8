#include "persistence/StoreCopier.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "cart/Cart.h"
#include "flows/PurchaseFlow.h"
#include "persistence/Database.h"
#include "persistence/InstallationRepository.h"
#include "persistence/Migrator.h"
#include "services/AlertCenter.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace quire;

// Protects: a single-terminal SQLite store moves onto PostgreSQL whole: every
// row with its id, the money totals the same, new ids continuing after the
// copied ones, and never into a database that already holds a store.
// PostgreSQL only (the -pg run): the target is the test's server.
class StoreCopierTest : public QObject
{
    Q_OBJECT

    // A small store with some history: books, a cart, orders in several
    // states, payments, events, audit rows and an alert.
    static const QStringList &isbns()
    {
        static const QStringList list{QStringLiteral("9780141439518"),
                                      QStringLiteral("9780140449136"),
                                      QStringLiteral("9780143105428")};
        return list;
    }

    static void fillStore(Database &database, test::ManualClock &clock)
    {
        PurchaseFlow flow(database, clock);
        const Actor clerk = Actor::system(QStringLiteral("test"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(database
                        .exec(QStringLiteral("INSERT INTO books (isbn13, title, authors,"
                                             " price_minor, currency, stock, updated_at)"
                                             " VALUES (?, ?, 'Author', ?, 'EUR', 5, 0)"),
                              {isbns().at(i), QStringLiteral("Book %1").arg(i), 500 + i * 250})
                        .ok());
        }
        for (int i = 0; i < 5; ++i) {
            auto order = flow.createOrder({{isbns().at(i % 3), 1 + i % 2}}, clerk);
            QVERIFY(order.ok());
            auto payment = flow.startPayment(order->id, clerk);
            QVERIFY(payment.ok());
            if (i % 3 == 0)
                QVERIFY(flow.confirmPaymentPaid(payment->id, clerk).ok());
            else if (i % 3 == 1)
                QVERIFY(flow.recordPaymentTimedOut(payment->id, clerk).ok());
        }
        // A refund of one line of the first (paid) order.
        QVERIFY(database
                    .exec(QStringLiteral("INSERT INTO refunds (payment_id, amount_minor, currency,"
                                         " status, reason, idempotency_key, created_at,"
                                         " updated_at) VALUES (1, 500, 'EUR', 'requested',"
                                         " 'customer_request', 'copier-refund', 0, 0)"))
                    .ok());
        QVERIFY(database
                    .exec(QStringLiteral("INSERT INTO refund_lines (refund_id, order_id, line_no,"
                                         " quantity, amount_minor, restock)"
                                         " VALUES (1, 1, 1, 1, 500, 1)"))
                    .ok());
        auto cart = Cart::open(database, clock, QStringLiteral("counter-1"));
        QVERIFY(cart.ok());
        QVERIFY(cart.value().add(isbns().at(1), 2).ok());
        AlertCenter(database, clock).raise(QStringLiteral("test_alert"), QStringLiteral("x"));
        QVERIFY(database
                    .exec(QStringLiteral("INSERT INTO pepper_check (check_value, recorded_at)"
                                         " VALUES ('0123abcd', 0)"))
                    .ok());
    }

private Q_SLOTS:
    void init()
    {
        if (test::TestDatabase::configuredPostgresUrl().isEmpty())
            QSKIP("needs a PostgreSQL server (QUIRE_TEST_PG_URL): run StoreCopierTest-pg");
    }

    void copiesEveryRowAndKeepsTheTotals()
    {
        QTemporaryDir dir;
        test::ManualClock clock;
        auto source = Database::openSqlite(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(source.ok());
        QVERIFY(Migrator(**source, clock).migrate().ok());
        fillStore(**source, clock);
        if (QTest::currentTestFailed())
            return;

        test::TestDatabase target;
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        const QString installation = InstallationRepository(**source).read()->id;
        QVERIFY(InstallationRepository(target.database()).read()->id != installation);
        auto report = StoreCopier(**source, target.database()).copy();
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->tables.size(), StoreCopier::tables().size() - 1);
        for (const auto &table : std::as_const(report->tables))
            QCOMPARE(table.targetRows, table.sourceRows);
        QCOMPARE(target.count(QStringLiteral("orders")), 5);
        QCOMPARE(target.count(QStringLiteral("payments"), QStringLiteral("status = 'paid'")), 2);
        QVERIFY(!report->totals.isEmpty());
        // The store's gateway objects carry its installation id: it moves along.
        QCOMPARE(InstallationRepository(target.database()).read()->id, installation);
        QCOMPARE(target.count(QStringLiteral("installation")), 1);
        QCOMPARE(target.count(QStringLiteral("refund_lines")), 1);
        // The terminals must keep the pepper the store's PINs are hashed with.
        QCOMPARE(target.count(QStringLiteral("pepper_check"),
                              QStringLiteral("check_value = '0123abcd'")),
                 1);

        // The copied store works on: a new order gets the next id, and
        // catalog search finds the copied books.
        PurchaseFlow flow(target.database(), target.clock());
        auto next = flow.createOrder({{isbns().at(2), 1}}, Actor::system(QStringLiteral("test")));
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
        QCOMPARE(next->id, 6);
        QCOMPARE(target.searchIndexCount(), 3);

        // A second copy into the same database is refused, and changes nothing.
        auto again = StoreCopier(**source, target.database()).copy();
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QCOMPARE(target.count(QStringLiteral("orders")), 6);
    }

    void theMigrateCommandCopiesAndReports()
    {
        QTemporaryDir dir;
        test::ManualClock clock;
        const QString sqlitePath = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto source = Database::openSqlite(sqlitePath);
            QVERIFY(source.ok());
            QVERIFY(Migrator(**source, clock).migrate().ok());
            fillStore(**source, clock);
        }
        // An empty database on the server for the command to fill.
        test::TestDatabase target(test::TestDatabase::Schema::Empty);
        QVERIFY2(target.isValid(), qPrintable(target.error()));
        const QString passwordFile = dir.filePath(QStringLiteral("password"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(target.password().toUtf8() + '\n');
        file.close();

        QProcess quire;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QUIRE_DB_PASSWORD"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        quire.setProcessEnvironment(environment);
        quire.start(QStringLiteral(QUIRE_APP_PATH),
                    {QStringLiteral("--db"), sqlitePath, QStringLiteral("--db-password-file"),
                     passwordFile, QStringLiteral("--migrate-to"), target.path()});
        QVERIFY(quire.waitForFinished(60000));
        const QString out = QString::fromUtf8(quire.readAllStandardOutput());
        const QString err = QString::fromUtf8(quire.readAllStandardError());
        QVERIFY2(quire.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("counts and totals match")), qPrintable(out));
        QVERIFY(target.password().isEmpty()
                || (!out.contains(target.password()) && !err.contains(target.password())));
        QCOMPARE(target.count(QStringLiteral("orders")), 5);
        QCOMPARE(target.count(QStringLiteral("cart_lines")), 1);
        auto source = Database::openSqlite(sqlitePath);
        QVERIFY(source.ok());
        QCOMPARE(InstallationRepository(target.database()).read()->id,
                 InstallationRepository(**source).read()->id);
    }
};

QTEST_GUILESS_MAIN(StoreCopierTest)
#include "StoreCopierTest.moc"
