#include "persistence/Migrator.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "persistence/Database.h"
#include "persistence/InstallationRepository.h"
#include "persistence/SessionFollowUpRepository.h"
#include "persistence/SqlDialect.h"
#include "persistence/TaxRuleRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <tuple>

using namespace quire;

namespace {

QStringList tableNames(Database &database)
{
    QStringList names;
    auto query = database.exec(
        database.dialect().backend() == SqlDialect::Backend::Sqlite
            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables"
                             " WHERE table_schema = current_schema() ORDER BY table_name"));
    while (query.ok() && query.value().next())
        names.append(query.value().value(0).toString());
    return names;
}

// SQLite's plan for `sql`, one line per step ("SEARCH orders USING ...").
QString queryPlan(Database &database, const QString &sql)
{
    auto query = database.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QStringList steps;
    while (query.ok() && query.value().next())
        steps.append(query.value().value(3).toString());
    return steps.join(u'\n');
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

} // namespace

// Protects: an empty file becomes a full schema; migrations are all or
// nothing; a database from a newer Quire is refused and left untouched.
class MigratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migratesAnEmptyFileToTheLatestSchema()
    {
        test::TestDatabase empty(test::TestDatabase::Schema::Empty);
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        QVERIFY(tableNames(empty.database()).isEmpty());
        Migrator migrator(empty.database(), empty.clock());
        QVERIFY(migrator.latestVersion() >= 1);
        const auto version = migrator.migrate();
        QVERIFY2(version.ok(), qPrintable(version.ok() ? QString() : version.error().message));
        QCOMPARE(*version, migrator.latestVersion());

        const QStringList tables = tableNames(empty.database());
        for (const char *table : {"books", "users", "orders", "order_lines", "payments", "events",
                                  "audit_log", "schema_migrations"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
    }

    void openWorkAndHistoryAreFoundThroughIndexes()
    {
        // Migration 0007 keeps only the indexes these reads need; each must
        // still find its rows without reading the whole table.
        test::TestDatabase db;
        QVERIFY(db.isValid());
        if (db.database().dialect().backend() != SqlDialect::Backend::Sqlite)
            QSKIP("the plans are SQLite's");
        Database &database = db.database();
        const QString openOrders = queryPlan(
            database, QStringLiteral("SELECT id FROM orders WHERE status = 'created' ORDER BY id"));
        QVERIFY2(openOrders.contains(QStringLiteral("orders_open_idx")), qPrintable(openOrders));
        const QString pendingPayments = queryPlan(
            database,
            QStringLiteral("SELECT id FROM payments WHERE status = 'pending' ORDER BY id"));
        QVERIFY2(pendingPayments.contains(QStringLiteral("payments_pending_idx")),
                 qPrintable(pendingPayments));
        // Why the repositories write the status into the SQL: a bound value
        // cannot be matched against a partial index's condition.
        const QString bound = queryPlan(
            database, QStringLiteral("SELECT id FROM orders WHERE status = ? ORDER BY id"));
        QVERIFY2(!bound.contains(QStringLiteral("orders_open_idx")), qPrintable(bound));

        const QString events = queryPlan(
            database, QStringLiteral("SELECT id FROM events WHERE aggregate_type = 'order'"
                                     " AND aggregate_id = 7 ORDER BY id"));
        QVERIFY2(events.contains(QStringLiteral("events_aggregate_id_idx")), qPrintable(events));
        const QString audit = queryPlan(
            database, QStringLiteral("SELECT id FROM audit_log WHERE entity_type = 'payment'"
                                     " AND entity_id = '7' ORDER BY id"));
        QVERIFY2(audit.contains(QStringLiteral("audit_log_entity_id_idx")), qPrintable(audit));
        const QString ledger = queryPlan(
            database,
            QStringLiteral("SELECT outcome FROM gateway_events WHERE event_id = 'evt_1'"));
        QVERIFY2(ledger.contains(QStringLiteral("USING INDEX")), qPrintable(ledger));
    }

    void retriesMadeBeforeVersion8AreLinkedFromTheirEvents()
    {
        // A store at version 7 with a failed refund and its retry, whose link
        // was only in the retry's RefundRequested event.
        test::TestDatabase db(test::TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        Database &database = db.database();
        const auto all = Migrator::bundledMigrations();
        QVERIFY(all.size() >= 8);
        QVERIFY(Migrator(database, db.clock(), all.mid(0, 7)).migrate().ok());
        const auto run = [&](const QString &sql, const QVariantList &values = {}) {
            auto done = database.exec(sql, values);
            return done.ok() ? QString() : done.error().message;
        };
        QCOMPARE(
            run(QStringLiteral("INSERT INTO orders (id, status, total_minor, currency,"
                               " created_at, updated_at) VALUES (1, 'paid', 1800, 'EUR', 0, 0)")),
            QString());
        QCOMPARE(run(QStringLiteral(
                     "INSERT INTO payments (id, order_id, attempt, status, amount_minor, currency,"
                     " idempotency_key, created_at, updated_at)"
                     " VALUES (1, 1, 1, 'paid', 1800, 'EUR', 'k-pay', 0, 0)")),
                 QString());
        for (const auto &[id, status] :
             {std::pair{1, "failed"}, std::pair{2, "succeeded"}, std::pair{3, "succeeded"}}) {
            QCOMPARE(run(QStringLiteral("INSERT INTO refunds (id, payment_id, amount_minor,"
                                        " currency, status, reason, idempotency_key, created_at,"
                                        " updated_at) VALUES (?, 1, 900, 'EUR', ?,"
                                        " 'customer_request', ?, 0, 0)"),
                         {id, QString::fromLatin1(status), QStringLiteral("k-%1").arg(id)}),
                     QString());
        }
        // Refund 2 is another copy; refund 3 is refund 1 asked for again.
        const QString event = QStringLiteral(
            "INSERT INTO events (type, aggregate_type, aggregate_id, payload, occurred_at)"
            " VALUES ('RefundRequested', 'payment', 1, ?, 0)");
        QCOMPARE(run(event, {QStringLiteral(R"({"refundId":1,"amountMinor":900})")}), QString());
        QCOMPARE(run(event, {QStringLiteral(R"({"refundId":2,"amountMinor":900})")}), QString());
        QCOMPARE(run(event, {QStringLiteral(R"({"refundId":3,"amountMinor":900,"retryOf":1})")}),
                 QString());

        const auto migrated = Migrator(database, db.clock()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        auto links = database.exec(QStringLiteral("SELECT id, retry_of FROM refunds ORDER BY id"));
        QVERIFY(links.ok());
        QStringList found;
        while (links.value().next())
            found.append(links.value().value(0).toString() + u':'
                         + (links.value().value(1).isNull() ? QStringLiteral("-")
                                                            : links.value().value(1).toString()));
        QCOMPARE(found, QStringList(
                            {QStringLiteral("1:-"), QStringLiteral("2:-"), QStringLiteral("3:1")}));
        // One retry per failed refund, whatever asks.
        QVERIFY(!run(QStringLiteral("UPDATE refunds SET retry_of = 1 WHERE id = 2")).isEmpty());
    }

    // Migration 0011: books sold so far are books (reduced); orders made
    // before it keep no tax; the store starts with the German rates.
    void storesBeforeVersion11KeepTheirOrdersAndSellBooksReduced()
    {
        test::TestDatabase db(test::TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        Database &database = db.database();
        const auto all = Migrator::bundledMigrations();
        QVERIFY(all.size() >= 11);
        QVERIFY(Migrator(database, db.clock(), all.mid(0, 10)).migrate().ok());
        const auto run = [&](const QString &sql, const QVariantList &values = {}) {
            auto done = database.exec(sql, values);
            return done.ok() ? QString() : done.error().message;
        };
        QCOMPARE(run(QStringLiteral("INSERT INTO books (isbn13, title, authors, price_minor,"
                                    " currency, stock, updated_at) VALUES ('9780141439518',"
                                    " 'Pride and Prejudice', 'Jane Austen', 899, 'EUR', 3, 0)")),
                 QString());
        QCOMPARE(
            run(QStringLiteral("INSERT INTO orders (id, status, total_minor, currency,"
                               " created_at, updated_at) VALUES (1, 'paid', 899, 'EUR', 0, 0)")),
            QString());
        QCOMPARE(run(QStringLiteral("INSERT INTO order_lines (order_id, line_no, isbn13, title,"
                                    " unit_price_minor, quantity) VALUES (1, 1, '9780141439518',"
                                    " 'Pride and Prejudice', 899, 1)")),
                 QString());

        const auto migrated = Migrator(database, db.clock()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        auto book = database.exec(QStringLiteral("SELECT tax_category FROM books"));
        QVERIFY(book.ok() && book.value().next());
        QCOMPARE(book.value().value(0).toString(), QStringLiteral("reduced"));
        auto line = database.exec(
            QStringLiteral("SELECT tax_category, tax_rate_millipercent FROM order_lines"));
        QVERIFY(line.ok() && line.value().next());
        QVERIFY(line.value().value(0).isNull());
        QVERIFY(line.value().value(1).isNull());
        auto rules = TaxRuleRepository(database).read();
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
        QCOMPARE(rules->pricing, TaxPricing::Inclusive);
        QCOMPARE(rules->rates, *TaxRateTable::preset(QStringLiteral("de")));
        // The schema refuses what the code would never write.
        QVERIFY(!run(QStringLiteral("UPDATE books SET tax_category = 'luxury'")).isEmpty());
        QVERIFY(!run(QStringLiteral("INSERT INTO tax_rates VALUES ('zero', '2026-01-01', 0)"))
                     .isEmpty());
        QVERIFY(!run(QStringLiteral("INSERT INTO tax_pricing (pricing) VALUES ('exclusive')"))
                     .isEmpty());
    }

    // Migration 0009: one installation id per store, random, kept for good.
    void everyStoreGetsItsOwnInstallationIdOnce()
    {
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        auto first = InstallationRepository(db.database()).read();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(first->id).hasMatch(),
                 qPrintable(first->id));
        QCOMPARE(first->paymentsBefore, 0);
        QCOMPARE(first->refundsBefore, 0);

        QVERIFY(Migrator(db.database(), db.clock()).migrate().ok());
        QCOMPARE(InstallationRepository(db.database()).read()->id, first->id);
        // One row only, whoever tries.
        QVERIFY(!db.database()
                     .exec(QStringLiteral("INSERT INTO installation (id, payments_before,"
                                          " refunds_before) VALUES ('x', 0, 0)"))
                     .ok());

        test::TestDatabase other;
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        QVERIFY(InstallationRepository(other.database()).read()->id != first->id);
    }

    // Attempts that ended before version 9 are followed at the gateway only
    // while their session may still be open there (the gateway closes it
    // itself 30 minutes after the attempt's deadline); the installation
    // remembers which payments and refunds were asked for without its id.
    void attemptsEndedBeforeVersion9AreFollowedWhileTheirSessionMayBeOpen()
    {
        test::TestDatabase db(test::TestDatabase::Schema::Empty);
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        Database &database = db.database();
        const auto all = Migrator::bundledMigrations();
        QVERIFY(all.size() >= 9);
        QVERIFY(Migrator(database, db.clock(), all.mid(0, 8)).migrate().ok());
        const auto run = [&](const QString &sql, const QVariantList &values = {}) {
            auto done = database.exec(sql, values);
            return done.ok() ? QString() : done.error().message;
        };
        QCOMPARE(
            run(QStringLiteral("INSERT INTO orders (id, status, total_minor, currency,"
                               " created_at, updated_at) VALUES (1, 'created', 900, 'EUR', 0, 0)")),
            QString());
        // The gateway's clock, as the migration reads it.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<std::tuple<int, const char *, QVariant, QVariant>> attempts{
            {1, "timeout", QStringLiteral("cs_long_gone"), now - 3'600'000},
            {2, "failed", QStringLiteral("cs_maybe_open"), now - 60'000},
            {3, "cancelled", QVariant(QMetaType::fromType<QString>()), now},
            {4, "cancelled", QStringLiteral("cs_no_deadline"),
             QVariant(QMetaType::fromType<qint64>())},
            {5, "pending", QStringLiteral("cs_pending"), now + 60'000},
        };
        for (const auto &[id, status, session, expires] : attempts)
            QCOMPARE(
                run(QStringLiteral(
                        "INSERT INTO payments (id, order_id, attempt, status, amount_minor,"
                        " currency, idempotency_key, gateway_session_id, expires_at,"
                        " created_at, updated_at) VALUES (?, 1, ?, ?, 900, 'EUR', ?, ?, ?, 0, 0)"),
                    {id, id, QString::fromLatin1(status), QStringLiteral("k-%1").arg(id), session,
                     expires}),
                QString());
        QCOMPARE(run(QStringLiteral("INSERT INTO refunds (id, payment_id, amount_minor, currency,"
                                    " status, reason, idempotency_key, created_at, updated_at)"
                                    " VALUES (7, 1, 900, 'EUR', 'requested', 'x', 'r-7', 0, 0)")),
                 QString());

        const auto migrated = Migrator(database, db.clock()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message));
        auto open = SessionFollowUpRepository(database).open();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).paymentId, 2);
        QCOMPARE(open->at(0).sessionId, QStringLiteral("cs_maybe_open"));
        auto installation = InstallationRepository(database).read();
        QVERIFY(installation.ok());
        QCOMPARE(installation->paymentsBefore, 5);
        QCOMPARE(installation->refundsBefore, 7);

        // Closed once the gateway says so; and an attempt that ends now is
        // followed by its status alone.
        QVERIFY(SessionFollowUpRepository(database).markClosed(2, now).ok());
        QCOMPARE(run(QStringLiteral("UPDATE payments SET status = 'timeout' WHERE id = 5")),
                 QString());
        open = SessionFollowUpRepository(database).open();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->at(0).paymentId, 5);
    }

    void migratingTwiceChangesNothing()
    {
        test::TestDatabase db;
        QVERIFY(db.isValid());
        Migrator migrator(db.database(), db.clock());
        const auto again = migrator.migrate();
        QVERIFY(again.ok());
        QCOMPARE(*again, migrator.latestVersion());
        QCOMPARE(db.count(QStringLiteral("schema_migrations")), migrator.knownCount());
    }

    // Versions are written on branches: 12 (tenders) may be merged before 11.
    void aVersionMergedAfterALaterOneIsStillApplied()
    {
        QTemporaryDir dir;
        test::TestDatabase empty(test::TestDatabase::Schema::Empty);
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        const Migrator::Migration first{
            1, QStringLiteral("first"),
            writeFile(dir, QStringLiteral("1.sql"), "CREATE TABLE first_table (id INTEGER);\n")};
        const Migrator::Migration second{
            2, QStringLiteral("second"),
            writeFile(dir, QStringLiteral("2.sql"), "CREATE TABLE second_table (id INTEGER);\n")};
        const Migrator::Migration third{
            3, QStringLiteral("third"),
            writeFile(dir, QStringLiteral("3.sql"), "CREATE TABLE third_table (id INTEGER);\n")};

        // A build without 2: the store goes from nothing to 3.
        Migrator withoutSecond(empty.database(), empty.clock(), {third, first});
        auto migrated = withoutSecond.migrate();
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, 3);
        QVERIFY(!tableNames(empty.database()).contains(QStringLiteral("second_table")));

        // The next build has 2 as well: it is applied, the others are not run again.
        Migrator withSecond(empty.database(), empty.clock(), {first, second, third});
        migrated = withSecond.migrate();
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, 3);
        QVERIFY(tableNames(empty.database()).contains(QStringLiteral("second_table")));
        QCOMPARE(empty.count(QStringLiteral("schema_migrations")), 3);
        QCOMPARE(withSecond.migrate().value(), 3);
        QCOMPARE(empty.count(QStringLiteral("schema_migrations")), 3);
    }

    // The bundled files with a gap below the newest: a store at 10 goes to
    // the newest without what is missing.
    void aStoreAtTenMigratesPastAGap()
    {
        test::TestDatabase empty(test::TestDatabase::Schema::Empty);
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        QList<Migrator::Migration> upToTen;
        for (const auto &migration : Migrator::bundledMigrations()) {
            if (migration.version <= 10)
                upToTen.append(migration);
        }
        QCOMPARE(Migrator(empty.database(), empty.clock(), upToTen).migrate().value(), 10);
        Migrator bundled(empty.database(), empty.clock());
        auto migrated = bundled.migrate();
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, bundled.latestVersion());
        QVERIFY(bundled.latestVersion() >= 12);
        QVERIFY(tableNames(empty.database()).contains(QStringLiteral("z_reports")));
        QCOMPARE(empty.count(QStringLiteral("schema_migrations")), bundled.knownCount());
    }

    void refusesADatabaseFromANewerQuire()
    {
        test::TestDatabase db;
        QVERIFY(db.database()
                    .exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at)"
                                         " VALUES (999, 'from_the_future', 0)"))
                    .ok());
        // Untouched: on SQLite not a byte of the file changes; on PostgreSQL
        // no table appears or goes.
        const auto checkpoint = [&db] {
            return db.isPostgres()
                   || db.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();
        };
        QVERIFY(checkpoint());
        const QByteArray before = db.isPostgres() ? QByteArray() : fileHash(db.path());
        const QStringList tablesBefore = tableNames(db.database());

        Migrator migrator(db.database(), db.clock());
        const auto refused = migrator.migrate();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Database);
        QVERIFY2(refused.error().message.contains(QStringLiteral("999"))
                     && refused.error().message.contains(QStringLiteral("newer Quire")),
                 qPrintable(refused.error().message));

        QVERIFY(checkpoint());
        if (!db.isPostgres())
            QCOMPARE(fileHash(db.path()), before);
        QCOMPARE(tableNames(db.database()), tablesBefore);
        QCOMPARE(db.count(QStringLiteral("schema_migrations")), migrator.knownCount() + 1);
    }

    void aFailingMigrationLeavesNothingBehind()
    {
        QTemporaryDir dir;
        test::TestDatabase empty(test::TestDatabase::Schema::Empty);
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        Database *db = &empty.database();
        test::ManualClock &clock = empty.clock();
        const QList<Migrator::Migration> migrations{
            {1, QStringLiteral("good"),
             writeFile(dir, QStringLiteral("1.sql"), "CREATE TABLE first_table (id INTEGER);\n")},
            {2, QStringLiteral("bad"),
             writeFile(dir, QStringLiteral("2.sql"),
                       "CREATE TABLE second_table (id INTEGER);\nTHIS IS NOT SQL;\n")},
        };
        Migrator migrator(*db, clock, migrations);
        const auto failed = migrator.migrate();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("migration 2 (bad)")),
                 qPrintable(failed.error().message));
        QVERIFY(!tableNames(*db).contains(QStringLiteral("first_table")));
        QVERIFY(!tableNames(*db).contains(QStringLiteral("second_table")));
        const auto version = migrator.currentVersion();
        QVERIFY(version.ok());
        QCOMPARE(*version, 0);
    }

    void splitsStatementsAndKeepsTriggersWhole()
    {
        const QString script = QStringLiteral("-- a comment; with a semicolon\n"
                                              "CREATE TABLE a (x INTEGER);\n"
                                              "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                              "  INSERT INTO b VALUES (new.x);\n"
                                              "  DELETE FROM c;\n"
                                              "END;\n"
                                              "CREATE INDEX a_x ON a (x);\n");
        const QStringList statements = Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
        QVERIFY(statements.at(1).contains(QStringLiteral("DELETE FROM c;")));
    }

    void dialectsExpandTheirOwnSyntax()
    {
        const QString text = QStringLiteral("CREATE TABLE t (id ${IDENTITY_PRIMARY_KEY});\n"
                                            "-- @sqlite\nSQLITE ONLY;\n"
                                            "-- @postgresql\nPOSTGRES ONLY;\n"
                                            "-- @all\nBOTH;\n");
        const auto sqlite = SqlDialect::forDriver(QStringLiteral("QSQLITE"));
        const auto postgres = SqlDialect::forDriver(QStringLiteral("QPSQL"));
        QVERIFY(sqlite.ok() && postgres.ok());
        const QString forSqlite = sqlite->expandMigration(text);
        const QString forPostgres = postgres->expandMigration(text);
        QVERIFY(forSqlite.contains(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")));
        QVERIFY(forSqlite.contains(QStringLiteral("SQLITE ONLY")));
        QVERIFY(!forSqlite.contains(QStringLiteral("POSTGRES ONLY")));
        QVERIFY(forPostgres.contains(QStringLiteral("GENERATED BY DEFAULT AS IDENTITY")));
        QVERIFY(forPostgres.contains(QStringLiteral("POSTGRES ONLY")));
        QVERIFY(!forPostgres.contains(QStringLiteral("SQLITE ONLY")));
        QVERIFY(forSqlite.contains(QStringLiteral("BOTH"))
                && forPostgres.contains(QStringLiteral("BOTH")));
        QVERIFY(!SqlDialect::forDriver(QStringLiteral("QODBC")).ok());
    }

    void bundledMigrationsUseOnlyPortableSyntaxOutsideMarkedSections()
    {
        // SQLite-only words that PostgreSQL rejects must sit in `-- @sqlite` sections.
        const auto postgres = SqlDialect::forDriver(QStringLiteral("QPSQL"));
        const auto migrations = Migrator::bundledMigrations();
        QVERIFY(!migrations.isEmpty());
        for (const auto &migration : migrations) {
            QFile file(migration.resourcePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString expanded = postgres->expandMigration(QString::fromUtf8(file.readAll()));
            for (const char *word : {"AUTOINCREMENT", "PRAGMA", "VIRTUAL TABLE", "INSERT OR",
                                     "WITHOUT ROWID", "DATETIME(", "RANDOMBLOB(", "STRFTIME("})
                QVERIFY2(!expanded.contains(QLatin1String(word), Qt::CaseInsensitive),
                         qPrintable(migration.name + QStringLiteral(": ") + QLatin1String(word)));
        }
    }
};

QTEST_GUILESS_MAIN(MigratorTest)
#include "MigratorTest.moc"
