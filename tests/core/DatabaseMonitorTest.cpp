#include "services/DatabaseMonitor.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "persistence/Database.h"
#include "services/AlertCenter.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace quire;

// Protects: a terminal whose PostgreSQL connection is cut notices it, says so
// (alert), fails fast meanwhile, reconnects with backoff once the server
// takes connections again, and carries on with nothing committed lost.
// PostgreSQL only (the -pg run); SQLite has no connection to lose.
class DatabaseMonitorTest : public QObject
{
    Q_OBJECT

    // Cuts this test database's connections from the server side, as a
    // server restart or a network cut would, and optionally keeps new ones out.
    static bool cutConnections(test::TestDatabase &db, bool keepOut)
    {
        auto admin = Database::open(test::TestDatabase::configuredPostgresUrl(),
                                    test::TestDatabase::configuredPostgresPassword());
        if (!admin)
            return false;
        const QString name = QUrl(db.path()).path().mid(1);
        if (!(*admin)->exec(
                QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS %2")
                    .arg(name, keepOut ? QStringLiteral("false") : QStringLiteral("true"))))
            return false;
        if (!keepOut)
            return true;
        return (*admin)
            ->exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                  " WHERE datname = ? AND pid <> pg_backend_pid()"),
                   {name})
            .ok();
    }

private Q_SLOTS:
    void init()
    {
        if (test::TestDatabase::configuredPostgresUrl().isEmpty())
            QSKIP("needs a PostgreSQL server (QUIRE_TEST_PG_URL): run DatabaseMonitorTest-pg");
    }

    void pausesAndRaisesAnAlertThenReconnectsAndCarriesOn()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        db.addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        AlertCenter alerts(db.database(), db.clock());
        DatabaseMonitor monitor(db.database(), alerts, db.clock());
        monitor.setIntervals(50, 200);
        QSignalSpy changes(&monitor, &DatabaseMonitor::availabilityChanged);
        QSignalSpy raised(&alerts, &AlertCenter::alertRaised);
        QSignalSpy resolved(&alerts, &AlertCenter::alertResolved);

        QVERIFY(cutConnections(db, true));
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).at(0).toBool(), false);
        QVERIFY(!monitor.isAvailable());
        QVERIFY(db.database().isConnectionLost());
        QVERIFY(raised.size() >= 1);
        QCOMPARE(raised.at(0).at(0).value<Alert>().kind, DatabaseMonitor::kAlertKind);
        // Meanwhile every statement fails at once, saying why.
        const auto refused = db.database().exec(QStringLiteral("SELECT COUNT(*) FROM books"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("lost")),
                 qPrintable(refused.error().message));
        // Reconnecting keeps failing while the server refuses us.
        QTRY_VERIFY(monitor.reconnectAttempts() >= 2);
        QVERIFY(!monitor.isAvailable());

        QVERIFY(cutConnections(db, false));
        QTRY_COMPARE(changes.size(), 2);
        QCOMPARE(changes.at(1).at(0).toBool(), true);
        QVERIFY(!db.database().isConnectionLost());
        QTRY_COMPARE(resolved.size(), 1);
        QCOMPARE(resolved.at(0).at(0).toString(), DatabaseMonitor::kAlertKind);

        // What was committed before is there, and writing works again.
        QCOMPARE(db.count(QStringLiteral("books")), 1);
        QVERIFY(db.database()
                    .writeTransaction([&]() -> Result<void> {
                        auto updated = db.database().exec(
                            QStringLiteral("UPDATE books SET stock = stock - 1"));
                        if (!updated)
                            return updated.error();
                        return {};
                    })
                    .ok());
        QCOMPARE(db.count(QStringLiteral("books"), QStringLiteral("stock = 9")), 1);
        // The outage is on record, closed.
        QCOMPARE(
            db.count(QStringLiteral("alerts"),
                     QStringLiteral("kind = 'database_unreachable' AND resolved_at IS NOT NULL")),
            1);
    }
};

QTEST_GUILESS_MAIN(DatabaseMonitorTest)
#include "DatabaseMonitorTest.moc"
