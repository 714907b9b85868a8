#include "GatewaySimProcess.h"
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
// and 3 depend on another process applying their callbacks. Afterwards:
// nothing negative in stock, every paid payment's order paid (or refunded),
// no duplicate payment, session, event or callback, and the store's paid
// total equals the gateway's.
//
// The second run drops every terminal's connection from the server side
// mid-sale: sales under way may fail, but the same checks hold and every
// terminal sells again afterwards.
//
// Not checked yet: fulfilment (stock taken after payment) is built on the
// refunds branch; once merged, add "every paid order fulfilled or refunded"
// and "stock = initial - fulfilled quantities".
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
        const QStringList isbns{QStringLiteral("9780141439518"), QStringLiteral("9780140449136"),
                                QStringLiteral("9780143105428"), QStringLiteral("9780486280615")};
        for (int i = 0; i < isbns.size(); ++i)
            db.addBook(isbns.at(i), QStringLiteral("Title %1").arg(i), 500 + 100 * i,
                       QStringLiteral("EUR"), 3);

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
        test::GatewaySimProcess simulator;
        simulator.process().setProcessChannelMode(QProcess::SeparateChannels);
        simulator.process().setStandardErrorFile(dir.filePath(QStringLiteral("sim.log")));
        QVERIFY2(simulator.start(
                     {QStringLiteral("--webhook-url"),
                      QStringLiteral("http://127.0.0.1:%1/webhooks/gateway").arg(callbackPort),
                      QStringLiteral("--webhook-retry-ms"), QStringLiteral("100")}),
                 qPrintable(simulator.error()));

        const int seconds = envInt("QUIRE_MULTI_TERMINAL_SECONDS", 8);
        std::vector<std::unique_ptr<QProcess>> terminals;
        for (int t = 1; t <= 3; ++t) {
            auto process = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QUIRE_GATEWAY_API_KEY"),
                               QString::fromUtf8(simulator.apiKey()));
            environment.insert(QStringLiteral("QUIRE_WEBHOOK_SECRETS"),
                               QString::fromUtf8(simulator.webhookSecret()));
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
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'paid'"))
                    >= 10,
                seconds * 1000);
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

        // No negative stock.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM books WHERE stock < 0")), 0);
        // Every paid payment's order is paid or refunded; every paid order
        // has exactly one paid payment.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments p JOIN orders o"
                                           " ON o.id = p.order_id WHERE p.status = 'paid'"
                                           " AND o.status NOT IN ('paid', 'refunded')")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.status = 'paid'"
                                           " AND (SELECT COUNT(*) FROM payments p WHERE"
                                           " p.order_id = o.id AND p.status = 'paid') <> 1")),
                 0);
        // Nothing pending is left behind, and the terminals saw what the
        // database holds.
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'pending'")),
            0);
        const qint64 paid = scalar(db, QStringLiteral("SELECT COUNT(*) FROM payments"
                                                      " WHERE status = 'paid'"));
        if (cut)
            QVERIFY(paid >= reportedPaid); // a sale that failed may still have been paid
        else
            QCOMPARE(paid, reportedPaid);
        // No duplicates: sessions, payment events, applied callbacks.
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT gateway_session_id FROM"
                                           " payments WHERE gateway_session_id IS NOT NULL GROUP BY"
                                           " gateway_session_id HAVING COUNT(*) > 1) d")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT aggregate_id FROM events"
                                           " WHERE type = 'PaymentSucceeded' GROUP BY aggregate_id"
                                           " HAVING COUNT(*) > 1) d")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM events"
                                           " WHERE type = 'PaymentSucceeded'")),
                 paid);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT aggregate_id FROM events"
                                           " WHERE type = 'OrderCreated' GROUP BY aggregate_id"
                                           " HAVING COUNT(*) > 1) d")),
                 0);
        // Each terminal's payments were settled, whoever received the callback.
        for (int t = 1; t <= 3; ++t)
            QVERIFY(
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN payments p"
                                          " ON a.entity_type = 'payment' AND a.entity_id ="
                                          " CAST(p.id AS TEXT) WHERE a.action = 'PaymentStarted'"
                                          " AND a.actor_name = 'system:seller-t%1'"
                                          " AND p.status = 'paid'")
                               .arg(t))
                > 0);

        if (cut) {
            // Each terminal sold on after the cut: it reconnected by itself.
            for (int t = 1; t <= 3; ++t)
                QVERIFY2(
                    scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN payments p"
                                              " ON a.entity_type = 'payment' AND a.entity_id ="
                                              " CAST(p.id AS TEXT) WHERE a.action ="
                                              " 'PaymentStarted' AND a.actor_name ="
                                              " 'system:seller-t%1' AND p.status = 'paid'"
                                              " AND p.created_at > %2")
                                   .arg(t)
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
        const auto sessions = simulator.get(QStringLiteral("/_sim/sessions"));
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
        auto stored = db.database().exec(QStringLiteral(
            "SELECT gateway_session_id, amount_minor FROM payments WHERE status = 'paid'"));
        QVERIFY(stored.ok());
        QSet<QString> storePaid;
        qint64 storeTotal = 0;
        while (stored.value().next()) {
            storePaid.insert(stored->value(0).toString());
            storeTotal += stored->value(1).toLongLong();
        }
        QCOMPARE(storePaid, gatewayPaid);
        QCOMPARE(storeTotal, gatewayTotal);
        QVERIFY(simulator.stop());
    }
};

QTEST_GUILESS_MAIN(MultiTerminalTest)
#include "MultiTerminalTest.moc"
