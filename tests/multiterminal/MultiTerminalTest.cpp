#include "SimulatorClient.h"
#include "SimulatorLaunch.h"
#include "TestDatabase.h"
#include "TestPrinters.h"
#include "persistence/Database.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <memory>

using namespace quire;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

// Protects: several terminals share one PostgreSQL store safely. Three real
// core processes (quire-test-terminal: CoreServices plus a robot at the
// till) sell the same few titles at once for a bounded time, paying through
// one gateway simulator whose callbacks all reach terminal 1, so terminals 2
// and 3 depend on another process applying their callbacks. Stock is taken
// at payment, so a sale paid after another terminal took the last copy is
// refunded automatically (a `stock_unavailable` refund of the missing lines).
// Afterwards (issue 8): no negative stock; every payment that was paid is
// either fulfilled (order paid, its copies taken) or refunded (its refund
// succeeded at the gateway); no duplicate order, payment or event; stock =
// initial - fulfilled quantities; and the store's paid sessions, paid total
// and refunds equal the gateway's.
//
// The second run drops every terminal's connection from the server side
// mid-sale: sales under way may fail, but the same checks hold and every
// terminal sells again afterwards.
class MultiTerminalTest : public QObject
{
    Q_OBJECT

    qint64 scalar(test::TestDatabase &db, const QString &sql)
    {
        auto query = db.database().exec(sql);
        if (!query || !query.value().next()) {
            qWarning() << "query failed:" << sql;
            return -1;
        }
        return query->value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::TestDatabase::configuredPostgresUrl().isEmpty())
            QSKIP("needs a PostgreSQL server (QUIRE_TEST_PG_URL): run MultiTerminalTest-pg");
    }

    void threeTerminalsSellShortStockAtOnce_data()
    {
        QTest::addColumn<bool>("cut");
        QTest::newRow("undisturbed") << false;
        // A server restart or failover: every terminal's connection is
        // dropped mid-sale; each must notice, reconnect and sell on.
        QTest::newRow("server drops every connection mid-sale") << true;
    }

    void threeTerminalsSellShortStockAtOnce()
    {
        QFETCH(bool, cut);
        test::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(db.error()));
        const int initialStock = 3;
        const int restock = cut ? 20 : 0; // copies per title added at the cut
        const QStringList isbns{QStringLiteral("9780141439518"), QStringLiteral("9780140449136"),
                                QStringLiteral("9780143105428"), QStringLiteral("9780486280615")};
        for (int i = 0; i < isbns.size(); ++i)
            db.addBook(isbns.at(i), QStringLiteral("Title %1").arg(i), 500 + 100 * i,
                       QStringLiteral("EUR"), initialStock);

        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(QStringLiteral("db-password"));
        {
            QFile file(passwordFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(db.password().toUtf8() + '\n');
        }

        QTcpServer probe; // terminal 1's callback port, known to the simulator
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 callbackPort = probe.serverPort();
        probe.close();
        const QString simulatorState = dir.filePath(QStringLiteral("sim-state.json"));
        GatewaySimulatorProcess simulator;
        simulator.process().setProcessChannelMode(QProcess::SeparateChannels);
        simulator.process().setStandardErrorFile(dir.filePath(QStringLiteral("sim.log")));
        auto simulated = test::startSimulator(
            simulator,
            QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/gateway").arg(callbackPort)),
            {QStringLiteral("--webhook-retry-ms"), QStringLiteral("100"),
             // Every refund the simulator made, read at the end.
             QStringLiteral("--state-file"), simulatorState});
        QVERIFY2(simulated.ok(), simulated.ok() ? "" : qPrintable(simulated.error().message));
        const test::SimulatorClient simulatorClient(*simulated, simulator.apiKey());

        // With a cut, the terminals sell twice as long and the cut comes
        // within the first half, so each has time left to sell after it
        // (on a loaded machine the tenth sale can take most of 8 s).
        const int cutWithinSeconds = envInt("QUIRE_MULTI_TERMINAL_SECONDS", 8);
        const int seconds = cut ? 2 * cutWithinSeconds : cutWithinSeconds;
        std::vector<std::unique_ptr<QProcess>> terminals;
        for (int t = 1; t <= 3; ++t) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"),
                               QString::fromUtf8(simulator.apiKey()));
            environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"),
                               QString::fromUtf8(test::kSimulatorWebhookSecret));
            environment.remove(QStringLiteral("QUIRE_DB_PASSWORD"));
            environment.remove(QStringLiteral("PGPASSWORD"));
            process->setProcessEnvironment(environment);
            process->setStandardErrorFile(dir.filePath(QStringLiteral("t%1.log").arg(t)));
            process->start(QStringLiteral(QUIRE_TEST_TERMINAL_PATH),
                           {QStringLiteral("--db"), db.path(), QStringLiteral("--db-password-file"),
                            passwordFile, QStringLiteral("--terminal-id"),
                            QStringLiteral("t%1").arg(t), QStringLiteral("--callback-listen"),
                            QStringLiteral("127.0.0.1:%1").arg(t == 1 ? callbackPort : 0),
                            QStringLiteral("--gateway-url"), simulator.baseUrl().toString(),
                            QStringLiteral("--isbns"), isbns.join(u','),
                            QStringLiteral("--sell-seconds"), QString::number(seconds),
                            QStringLiteral("--in-flight"), QStringLiteral("2"),
                            QStringLiteral("--seed"), QString::number(t)});
            terminals.push_back(std::move(process));
        }

        qint64 cutMs = 0;
        if (cut) {
            QTRY_VERIFY_WITH_TIMEOUT(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments"
                                          " WHERE status IN ('paid', 'refunded')"))
                    >= 10,
                cutWithinSeconds * 1000);
            auto admin = Database::open(test::TestDatabase::configuredPostgresUrl(),
                                        test::TestDatabase::configuredPostgresPassword());
            QVERIFY(admin.ok());
            cutMs = QDateTime::currentMSecsSinceEpoch();
            auto cutOff = (*admin)->exec(
                QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                               " WHERE datname = ? AND application_name IN ('quire-t1', 'quire-t2',"
                               " 'quire-t3')"),
                {QUrl(db.path()).path().mid(1)});
            QVERIFY(cutOff.ok() && cutOff.value().next());
            QCOMPARE(cutOff.value().value(0).toInt(), 3);
            // A delivery arrives meanwhile: the short stock may be sold out
            // by now, and each terminal must have copies to sell once back.
            QVERIFY(db.database()
                        .exec(QStringLiteral("UPDATE books SET stock = stock + ?"), {restock})
                        .ok());
        }

        QList<QJsonObject> summaries;
        qint64 reportedPaid = 0;
        for (int t = 0; t < 3; ++t) {
            QProcess &process = *terminals.at(t);
            QVERIFY(process.waitForFinished((seconds + 90) * 1000));
            QFile log(dir.filePath(QStringLiteral("t%1.log").arg(t + 1)));
            QVERIFY(log.open(QIODevice::ReadOnly));
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     log.readAll().right(3000).constData());
            const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
            QVERIFY(lines.size() >= 2);
            const QJsonObject summary = QJsonDocument::fromJson(lines.constLast()).object();
            qInfo().noquote() << "terminal" << t + 1 << lines.constLast();
            log.seek(0);
            // Sales under way when the connection dropped may fail; none otherwise.
            if (!cut)
                QVERIFY2(summary.value(QStringLiteral("errors")).toInteger() == 0,
                         log.readAll().right(3000).constData());
            // Every terminal got sales through, including the two whose
            // callbacks are applied by terminal 1.
            QVERIFY(summary.value(QStringLiteral("paid")).toInteger() > 0);
            reportedPaid += summary.value(QStringLiteral("paid")).toInteger();
            summaries.append(summary);
        }

        // Refunds of sold-out lines go to the gateway after the sale's
        // commit; the last ones may still be on their way.
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds"
                                      " WHERE status IN ('requested', 'pending')")),
            0, 30000);

        // A payment that reached paid: paid now, or refunded since (only a
        // paid payment is refunded).
        const QString reachedPaid = QStringLiteral("p.status IN ('paid', 'refunded')");
        const QString stockRefund = QStringLiteral("r.reason = 'stock_unavailable'");

        // No negative stock.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM books WHERE stock < 0")), 0);
        // Nothing pending is left behind, and no other refunds than the
        // automatic ones were made.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'pending'")),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds r WHERE NOT (%1)")
                                .arg(stockRefund)),
                 0);
        // Every payment that was paid is fulfilled or refunded. Fulfilled:
        // no refund, payment and order paid (its copies were taken in the
        // payment's transaction).
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments p JOIN orders o"
                                           " ON o.id = p.order_id WHERE %1 AND NOT EXISTS"
                                           " (SELECT 1 FROM refunds r WHERE r.payment_id = p.id)"
                                           " AND (p.status <> 'paid' OR o.status <> 'paid')")
                                .arg(reachedPaid)),
                 0);
        // Refunded: one refund, succeeded, whose lines add up to it; all of
        // the payment refunded makes payment and order refunded, part of it
        // leaves both paid (the lines in stock were served).
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds r JOIN payments p ON"
                                           " p.id = r.payment_id WHERE NOT (%1)")
                                .arg(reachedPaid)),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds"
                                           " WHERE status <> 'succeeded'")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT payment_id FROM refunds"
                                           " GROUP BY payment_id HAVING COUNT(*) > 1) d")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds r WHERE r.amount_minor"
                                           " <> (SELECT COALESCE(SUM(l.amount_minor), 0) FROM"
                                           " refund_lines l WHERE l.refund_id = r.id)")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds r JOIN payments p ON"
                                           " p.id = r.payment_id JOIN orders o ON o.id ="
                                           " p.order_id WHERE CASE WHEN r.amount_minor ="
                                           " p.amount_minor THEN p.status <> 'refunded' OR"
                                           " o.status <> 'refunded' ELSE p.status <> 'paid' OR"
                                           " o.status <> 'paid' END")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments p WHERE p.status ="
                                           " 'refunded' AND NOT EXISTS (SELECT 1 FROM refunds r"
                                           " WHERE r.payment_id = p.id)")),
                 0);
        // Every order that was paid has exactly one payment that was.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.status IN"
                                           " ('paid', 'refunded') AND (SELECT COUNT(*) FROM"
                                           " payments p WHERE p.order_id = o.id AND %1) <> 1")
                                .arg(reachedPaid)),
                 0);

        // The terminals saw what the database holds: every payment that
        // reached paid has its PaymentSucceeded event, and the other way round.
        const qint64 paid = scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM payments p WHERE %1").arg(reachedPaid));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments p WHERE (%1) <>"
                                           " EXISTS (SELECT 1 FROM events e WHERE e.type ="
                                           " 'PaymentSucceeded' AND e.aggregate_id = p.id)")
                                .arg(reachedPaid)),
                 0);
        qInfo() << "payments that reached paid:" << paid << "of which refunded in full:"
                << scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments"
                                             " WHERE status = 'refunded'"))
                << "refunds:" << scalar(db, QStringLiteral("SELECT COUNT(*) FROM refunds"));
        if (cut)
            QVERIFY(paid >= reportedPaid); // a sale that failed may still have been paid
        else
            QCOMPARE(paid, reportedPaid);

        // No duplicates: sessions, payment and order events.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT gateway_session_id FROM"
                                           " payments WHERE gateway_session_id IS NOT NULL GROUP BY"
                                           " gateway_session_id HAVING COUNT(*) > 1) d")),
                 0);
        for (const char *type : {"PaymentSucceeded", "PaymentRefunded", "OrderCreated", "OrderPaid",
                                 "OrderRefunded", "StockUnavailable"})
            QVERIFY2(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT aggregate_id FROM"
                                               " events WHERE type = '%1' GROUP BY aggregate_id"
                                               " HAVING COUNT(*) > 1) d")
                                    .arg(QString::fromLatin1(type)))
                         == 0,
                     type);

        // Stock = initial (plus the delivery at the cut) - fulfilled
        // quantities: the copies of every order that was paid, less the
        // lines its refund gave back as unavailable.
        for (const QString &isbn : isbns) {
            const qint64 sold = scalar(
                db, QStringLiteral("SELECT COALESCE(SUM(l.quantity), 0) FROM order_lines l JOIN"
                                   " payments p ON p.order_id = l.order_id WHERE %1 AND"
                                   " l.isbn13 = '%2'")
                        .arg(reachedPaid, isbn));
            const qint64 unserved = scalar(
                db, QStringLiteral("SELECT COALESCE(SUM(rl.quantity), 0) FROM refund_lines rl"
                                   " JOIN refunds r ON r.id = rl.refund_id JOIN order_lines l ON"
                                   " l.order_id = rl.order_id AND l.line_no = rl.line_no WHERE"
                                   " %1 AND l.isbn13 = '%2'")
                        .arg(stockRefund, isbn));
            QVERIFY2(sold >= unserved, qPrintable(isbn));
            QCOMPARE(
                scalar(db, QStringLiteral("SELECT stock FROM books WHERE isbn13 = '%1'").arg(isbn)),
                initialStock + restock - (sold - unserved));
        }

        // Each terminal's payments were settled, whoever received the callback.
        for (int t = 1; t <= 3; ++t)
            QVERIFY(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN payments p"
                                          " ON a.entity_type = 'payment' AND a.entity_id ="
                                          " CAST(p.id AS TEXT) WHERE a.action = 'PaymentStarted'"
                                          " AND a.actor_name = 'system:seller-t%1' AND %2")
                               .arg(t)
                               .arg(reachedPaid))
                > 0);

        if (cut) {
            // Each terminal sold on after the cut: it reconnected by itself.
            for (int t = 1; t <= 3; ++t)
                QVERIFY2(
                    scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN payments p"
                                              " ON a.entity_type = 'payment' AND a.entity_id ="
                                              " CAST(p.id AS TEXT) WHERE a.action ="
                                              " 'PaymentStarted' AND a.actor_name ="
                                              " 'system:seller-t%1' AND %2"
                                              " AND p.created_at > %3")
                                   .arg(t)
                                   .arg(reachedPaid)
                                   .arg(cutMs))
                        > 0,
                    qPrintable(QStringLiteral("terminal %1 sold nothing after the cut").arg(t)));
            // The outage is on record, and closed.
            QVERIFY(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE kind ="
                                          " 'database_unreachable' AND resolved_at IS NOT NULL"))
                >= 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM alerts WHERE kind ="
                                               " 'database_unreachable' AND resolved_at IS NULL")),
                     0);
        }

        // Totals reconcile with the gateway: the same sessions paid, the same sum.
        const auto sessions = simulatorClient.get(QStringLiteral("/_sim/sessions"));
        QCOMPARE(sessions.status, 200);
        QSet<QString> gatewayPaid;
        qint64 gatewayTotal = 0;
        for (const QJsonValue &value : sessions.json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject session = value.toObject();
            if (session.value(QStringLiteral("payment_status")).toString() != u"paid")
                continue;
            gatewayPaid.insert(session.value(QStringLiteral("id")).toString());
            gatewayTotal += session.value(QStringLiteral("amount_total")).toInteger();
        }
        auto stored = db.database().exec(
            QStringLiteral("SELECT gateway_session_id, amount_minor FROM payments p WHERE %1")
                .arg(reachedPaid));
        QVERIFY(stored.ok());
        QSet<QString> storePaid;
        qint64 storeTotal = 0;
        while (stored.value().next()) {
            storePaid.insert(stored->value(0).toString());
            storeTotal += stored->value(1).toLongLong();
        }
        QCOMPARE(storePaid, gatewayPaid);
        QCOMPARE(storeTotal, gatewayTotal);

        // And the refunds: the gateway refunded each payment what the store
        // recorded, and all its refunds succeeded. (Matched by payment, not
        // by refund id: a refund settled by the charge.refunded callback,
        // when the gateway's answer to the request itself was not recorded,
        // has no gateway refund id.)
        QVERIFY(simulator.stop());
        QFile stateFile(simulatorState);
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QJsonObject store = QJsonDocument::fromJson(stateFile.readAll())
                                      .object()
                                      .value(QStringLiteral("store"))
                                      .toObject();
        QVERIFY(store.contains(QStringLiteral("refunds")));
        QHash<QString, qint64> gatewayRefunds; // payment intent -> refunded
        qint64 gatewayRefunded = 0;
        for (const QJsonValue &value : store.value(QStringLiteral("refunds")).toArray()) {
            const QJsonObject refund = value.toObject();
            QCOMPARE(refund.value(QStringLiteral("status")).toString(),
                     QStringLiteral("succeeded"));
            const qint64 amount = refund.value(QStringLiteral("amount")).toInteger();
            gatewayRefunds[refund.value(QStringLiteral("payment_intent")).toString()] += amount;
            gatewayRefunded += amount;
        }
        auto recorded = db.database().exec(
            QStringLiteral("SELECT p.gateway_payment_intent, r.amount_minor FROM refunds r"
                           " JOIN payments p ON p.id = r.payment_id"));
        QVERIFY(recorded.ok());
        QHash<QString, qint64> storeRefunds;
        qint64 storeRefunded = 0;
        while (recorded.value().next()) {
            storeRefunds[recorded->value(0).toString()] += recorded->value(1).toLongLong();
            storeRefunded += recorded->value(1).toLongLong();
        }
        QCOMPARE(storeRefunds, gatewayRefunds);
        QCOMPARE(storeRefunded, gatewayRefunded);
    }
};

QTEST_GUILESS_MAIN(MultiTerminalTest)
#include "MultiTerminalTest.moc"
