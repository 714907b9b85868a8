#include "LifecycleAudit.h"
#include "QuireProcess.h"
#include "SimulatorClient.h"
#include "SimulatorLaunch.h"
#include "flows/PurchaseFlow.h"
#include "gateway/WebhookSignature.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/InstallationRepository.h"
#include "persistence/Migrator.h"
#include "persistence/PaymentRepository.h"
#include "support/SystemClock.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
// Every restart must settle an overdue payment within this long.
constexpr qint64 kPendingBoundMs = 8000;
constexpr int kPaymentTimeoutSeconds = 4;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct PaymentRow
{
    qint64 id = 0;
    qint64 amount = 0;
    QString currency;
    QString status;
    QString sessionId;
};

} // namespace

// Protects: a paid order is never lost and never charged or settled twice,
// whenever the app dies. The real `quire --headless` runs against the real
// gateway simulator while signed callbacks stream in (our own, plus the
// simulator's deliveries after /_sim/sessions/{id}/pay and its expiries);
// it is killed with SIGKILL at a random moment and restarted on the same
// database, and after every cycle:
//  - every callback answered 2xx (ours, and every event the simulator
//    marked delivered) is in gateway_events, and no claim is half-done;
//  - every order and payment has a legal event history (one start, at most
//    one outcome, OrderPaid at most once, at most one paid attempt per order)
//    and its status column equals what its last event says;
//  - no payment stays pending more than kPendingBoundMs past its deadline
//    (or past the start-up, when the deadline passed while the app was down);
//  - an attempt that ended while its session is open at the simulator is
//    still followed up (payments.session_closed_at unset), and after the
//    last start every such session is closed.
// QUIRE_CRASH_CYCLES (default 200) and QUIRE_CRASH_SEED make a run longer or
// repeatable; scripts/crash-harness.sh runs the long one.
class CrashHarnessTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<GatewaySimulatorProcess> m_simulator;
    test::SimulatorClient m_simulatorClient;
    std::unique_ptr<test::QuireProcess> m_app;
    std::unique_ptr<Database> m_database;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random;
    quint16 m_callbackPort = 0;
    QString m_installationId;
    const Actor m_clerk = Actor::system(QStringLiteral("crash-harness"));

    QSet<QString> m_acknowledged;            // event ids answered 2xx
    QHash<QString, QByteArray> m_sentBodies; // for duplicates
    QMap<int, int> m_statuses;               // answers by HTTP status (0: none)
    int m_inFlight = 0;
    qint64 m_sent = 0, m_acked = 0, m_duplicates = 0, m_cutOff = 0, m_simPays = 0;
    qint64 m_openAtKill = 0; // ended attempts with a session open at the simulator, summed

    QString databasePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }

    QStringList appArguments() const
    {
        return {QStringLiteral("--db"),
                databasePath(),
                QStringLiteral("--gateway-url"),
                m_simulator->baseUrl().toString(),
                QStringLiteral("--callback-listen"),
                QStringLiteral("127.0.0.1:%1").arg(m_callbackPort),
                QStringLiteral("--payment-timeout"),
                QString::number(kPaymentTimeoutSeconds)};
    }

    // New orders with a pending attempt each, written while the app is down
    // the way a till would have left them.
    void addPendingPayments(int count)
    {
        PurchaseFlow flow(*m_database, m_clock);
        for (int i = 0; i < count; ++i) {
            auto order = flow.createOrder({{kIsbn, 1 + int(m_random.bounded(3))}}, m_clerk);
            QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
            auto payment = flow.startPayment(order->id, m_clerk);
            QVERIFY2(payment.ok(), payment.ok() ? "" : qPrintable(payment.error().message));
            QVERIFY(PaymentRepository(*m_database)
                        .setExpiry(payment->id, m_clock.nowMs() + kPaymentTimeoutSeconds * 1000)
                        .ok());
        }
    }

    QList<PaymentRow> payments()
    {
        QList<PaymentRow> rows;
        auto query = m_database->exec(
            QStringLiteral("SELECT id, amount_minor, currency, status, "
                           "COALESCE(gateway_session_id, '') FROM payments ORDER BY id"));
        if (!query)
            qFatal("payments: %s", qPrintable(query.error().message));
        while (query.value().next())
            rows.append({query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
                         query.value().value(2).toString(), query.value().value(3).toString(),
                         query.value().value(4).toString()});
        return rows;
    }

    QByteArray eventBody(const QString &eventId, const PaymentRow &payment)
    {
        const QJsonObject metadata{
            {QStringLiteral("quire_payment_id"), QString::number(payment.id)},
            {QStringLiteral("quire_installation_id"), m_installationId}};
        const quint32 kind = m_random.bounded(4);
        QJsonObject object;
        QString type;
        if (kind <= 1) {
            type = QStringLiteral("checkout.session.completed");
            object = {{QStringLiteral("object"), QStringLiteral("checkout.session")},
                      {QStringLiteral("amount_total"), payment.amount},
                      {QStringLiteral("currency"), payment.currency.toLower()},
                      {QStringLiteral("status"), QStringLiteral("complete")},
                      {QStringLiteral("payment_status"), QStringLiteral("paid")},
                      {QStringLiteral("metadata"), metadata}};
        } else if (kind == 2) {
            type = QStringLiteral("payment_intent.payment_failed");
            object = {{QStringLiteral("object"), QStringLiteral("payment_intent")},
                      {QStringLiteral("amount"), payment.amount},
                      {QStringLiteral("currency"), payment.currency.toLower()},
                      {QStringLiteral("metadata"), metadata},
                      {QStringLiteral("last_payment_error"),
                       QJsonObject{{QStringLiteral("message"),
                                    QStringLiteral("Your card was declined.")}}}};
        } else {
            type = QStringLiteral("checkout.session.expired");
            object = {{QStringLiteral("object"), QStringLiteral("checkout.session")},
                      {QStringLiteral("amount_total"), payment.amount},
                      {QStringLiteral("currency"), payment.currency.toLower()},
                      {QStringLiteral("status"), QStringLiteral("expired")},
                      {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
                      {QStringLiteral("metadata"), metadata}};
        }
        const QJsonObject event{
            {QStringLiteral("id"), eventId},
            {QStringLiteral("object"), QStringLiteral("event")},
            {QStringLiteral("type"), type},
            {QStringLiteral("created"), m_clock.nowUtc().toSecsSinceEpoch()},
            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
        return QJsonDocument(event).toJson(QJsonDocument::Compact);
    }

    void sendCallback(const QString &eventId, const QByteArray &body)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/gateway").arg(m_callbackPort)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Stripe-Signature",
                             WebhookSignature::sign(body, {test::kSimulatorWebhookSecret},
                                                    m_clock.nowUtc().toSecsSinceEpoch()));
        request.setTransferTimeout(5000);
        QNetworkReply *reply = m_network.post(request, body);
        ++m_inFlight;
        ++m_sent;
        connect(reply, &QNetworkReply::finished, this, [this, reply, eventId] {
            --m_inFlight;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++m_statuses[status];
            if (status >= 200 && status < 300) {
                m_acknowledged.insert(eventId);
                ++m_acked;
            } else if (status == 0) {
                ++m_cutOff;
            }
            reply->deleteLater();
        });
    }

    // Pays an open session on the simulator, which then delivers (and
    // retries until 2xx) checkout.session.completed to the app.
    void paySession(const QString &sessionId)
    {
        QNetworkRequest request(m_simulator->baseUrl().resolved(
            QUrl(QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId))));
        request.setRawHeader("Authorization", "Bearer " + m_simulator->apiKey());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply
            = m_network.post(request, QByteArrayLiteral("card_number=4242424242424242"));
        ++m_inFlight;
        ++m_simPays;
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            --m_inFlight;
            reply->deleteLater();
        });
    }

    void sendBurst(int cycle)
    {
        const QList<PaymentRow> all = payments();
        QList<PaymentRow> pending;
        for (const PaymentRow &row : all)
            if (row.status == u"pending")
                pending.append(row);
        const int count = 6 + int(m_random.bounded(8));
        for (int i = 0; i < count; ++i) {
            if (!m_sentBodies.isEmpty() && m_random.bounded(4) == 0) {
                // The gateway redelivers an event: same id, same bytes.
                const auto keys = m_sentBodies.keys();
                const QString id = keys.at(int(m_random.bounded(keys.size())));
                ++m_duplicates;
                sendCallback(id, m_sentBodies.value(id));
                continue;
            }
            // Mostly pending attempts; some settled ones (late or contradicting).
            const bool late = pending.isEmpty() || m_random.bounded(5) == 0;
            const QList<PaymentRow> &from = late ? all : pending;
            if (from.isEmpty())
                continue;
            const PaymentRow &payment = from.at(int(m_random.bounded(from.size())));
            const QString id = QStringLiteral("evt_harness_%1_%2").arg(cycle).arg(i);
            const QByteArray body = eventBody(id, payment);
            m_sentBodies.insert(id, body);
            sendCallback(id, body);
        }
        for (const PaymentRow &row : pending)
            if (!row.sessionId.isEmpty() && m_random.bounded(6) == 0)
                paySession(row.sessionId);
    }

    // The ids of the sessions the simulator has open, or the error.
    QSet<QString> openSessions(QStringList &violations)
    {
        QSet<QString> open;
        const auto sessions = m_simulatorClient.get(QStringLiteral("/_sim/sessions"));
        if (sessions.status != 200) {
            violations << QStringLiteral("simulator sessions: HTTP %1").arg(sessions.status);
            return open;
        }
        for (const QJsonValue &value : sessions.json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject session = value.toObject();
            if (session.value(QStringLiteral("status")).toString() == u"open")
                open.insert(session.value(QStringLiteral("id")).toString());
        }
        return open;
    }

    // After a restart has had its time: no ended attempt's session is still
    // open at the simulator.
    QStringList sessionsStillOpen()
    {
        QStringList violations;
        const QSet<QString> open = openSessions(violations);
        return violations << test::LifecycleAudit::sessionsLeftOpen(*m_database, open, true);
    }

    QStringList checkInvariants(qint64 startedMs, qint64 killedMs)
    {
        QStringList violations = test::LifecycleAudit::run(*m_database);
        // Whatever the kill interrupted, an ended attempt whose session is
        // open at the gateway is still followed (the restart closes it).
        const QSet<QString> open = openSessions(violations);
        violations << test::LifecycleAudit::sessionsLeftOpen(*m_database, open);
        // How often there was something to follow (all of it followed, or
        // the line above reported it).
        m_openAtKill += test::LifecycleAudit::sessionsLeftOpen(*m_database, open, true).size();

        QSet<QString> recorded;
        auto ledger = m_database->exec(QStringLiteral("SELECT event_id FROM gateway_events"));
        if (!ledger)
            return violations << ledger.error().message;
        while (ledger.value().next())
            recorded.insert(ledger.value().value(0).toString());
        for (const QString &id : std::as_const(m_acknowledged))
            if (!recorded.contains(id))
                violations
                    << QStringLiteral("callback %1 was answered 2xx but is not stored").arg(id);

        const auto events = m_simulatorClient.get(QStringLiteral("/_sim/events"));
        if (events.status != 200)
            return violations << QStringLiteral("simulator events: HTTP %1").arg(events.status);
        for (const QJsonValue &value : events.json().value(QStringLiteral("data")).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(QStringLiteral("state")).toString() == u"delivered"
                && !recorded.contains(event.value(QStringLiteral("id")).toString()))
                violations << QStringLiteral("simulator event %1 was delivered but is not stored")
                                  .arg(event.value(QStringLiteral("id")).toString());
        }

        auto overdue = m_database->exec(
            QStringLiteral("SELECT id, expires_at FROM payments WHERE status = 'pending' "
                           "AND expires_at IS NOT NULL"));
        if (!overdue)
            return violations << overdue.error().message;
        while (overdue.value().next()) {
            const qint64 due = std::max(overdue.value().value(1).toLongLong(), startedMs);
            if (due + kPendingBoundMs < killedMs)
                violations << QStringLiteral("payment %1 still pending %2 ms after it was due")
                                  .arg(overdue.value().value(0).toLongLong())
                                  .arg(killedMs - due);
        }
        return violations;
    }

    qint64 overduePending()
    {
        auto query = m_database->exec(
            QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'pending' "
                           "AND expires_at < ?"),
            {m_clock.nowMs()});
        return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const quint32 seed = quint32(
            envInt("QUIRE_CRASH_SEED", int(QRandomGenerator::global()->bounded(1u << 30))));
        m_random.seed(seed);
        qInfo("crash harness seed %u (QUIRE_CRASH_SEED=%u repeats this run)", seed, seed);

        QTcpServer probe; // a free port for every restart of the app
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_callbackPort = probe.serverPort();
        probe.close();

        auto opened = Database::openSqlite(databasePath());
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_database = std::move(opened).value();
        QVERIFY(Migrator(*m_database, m_clock).migrate().ok());
        auto installation = InstallationRepository(*m_database).read();
        QVERIFY(installation.ok());
        m_installationId = installation->id;
        QVERIFY(BookRepository(*m_database)
                    .upsert({kIsbn,
                             QStringLiteral("Pride and Prejudice"),
                             QStringLiteral("Jane Austen"),
                             *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                             1'000'000,
                             {}},
                            m_clock.nowMs())
                    .ok());

        m_simulator = std::make_unique<GatewaySimulatorProcess>();
        m_simulator->process().setProcessChannelMode(QProcess::SeparateChannels);
        m_simulator->process().setStandardErrorFile(m_dir.filePath(QStringLiteral("sim.log")));
        // The simulator keeps redelivering while the app is down.
        auto started = test::startSimulator(
            *m_simulator,
            QUrl(QStringLiteral("http://127.0.0.1:%1/webhooks/gateway").arg(m_callbackPort)),
            {QStringLiteral("--webhook-retry-ms"), QStringLiteral("100"),
             QStringLiteral("--webhook-max-attempts"), QStringLiteral("10")});
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        m_simulatorClient = test::SimulatorClient(*started, m_simulator->apiKey());
        m_app = std::make_unique<test::QuireProcess>(m_dir.filePath(QStringLiteral("quire.log")),
                                                     m_simulator->apiKey(),
                                                     test::kSimulatorWebhookSecret);
    }

    void surviveKillsAtRandomMoments()
    {
        const int cycles = envInt("QUIRE_CRASH_CYCLES", 200);
        QElapsedTimer elapsed;
        elapsed.start();
        for (int cycle = 1; cycle <= cycles; ++cycle) {
            addPendingPayments(2);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(m_app->start(appArguments()), qPrintable(m_app->error()));
            const qint64 startedMs = m_clock.nowMs();

            const bool settleCycle = cycle % 25 == 0;
            if (settleCycle) {
                // Restart reconciliation must settle everything overdue, in bound.
                QTRY_VERIFY_WITH_TIMEOUT(overduePending() == 0, kPendingBoundMs);
            }
            sendBurst(cycle);
            const int killAfterMs = int(m_random.bounded(250u));
            bool killed = false;
            QTimer::singleShot(killAfterMs, this, [&] {
                m_app->kill();
                killed = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(killed, 10000);
            const qint64 killedMs = m_clock.nowMs();
            QTRY_COMPARE_WITH_TIMEOUT(m_inFlight, 0, 15000);

            const QStringList violations = checkInvariants(startedMs, killedMs);
            QVERIFY2(violations.isEmpty(),
                     qPrintable(QStringLiteral("cycle %1 (kill after %2 ms): %3")
                                    .arg(cycle)
                                    .arg(killAfterMs)
                                    .arg(violations.mid(0, 10).join(QStringLiteral("; ")))));
            if (cycle % 500 == 0)
                qInfo("%d cycles survived in %lld s", cycle, elapsed.elapsed() / 1000);
        }

        // Last start without a kill: every overdue payment ends, in bound,
        // and every session of an ended attempt is closed at the gateway.
        QVERIFY2(m_app->start(appArguments()), qPrintable(m_app->error()));
        QTRY_VERIFY_WITH_TIMEOUT(overduePending() == 0, kPendingBoundMs);
        QTRY_VERIFY2_WITH_TIMEOUT(sessionsStillOpen().isEmpty(),
                                  qPrintable(sessionsStillOpen().mid(0, 10).join(u"; ")),
                                  kPendingBoundMs);
        QVERIFY2(m_app->stop(), qPrintable(QStringLiteral("exit %1: %2")
                                               .arg(m_app->process().exitCode())
                                               .arg(m_app->logTail(1500))));
        const QStringList violations = checkInvariants(0, 0);
        QVERIFY2(violations.isEmpty(),
                 qPrintable(violations.mid(0, 10).join(QStringLiteral("; "))));

        auto count = [&](const QString &sql) {
            auto query = m_database->exec(sql);
            return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
        };
        qInfo("crash harness: %d kill/restart cycles in %lld s; %lld callbacks sent, %lld "
              "answered 2xx, %lld duplicates, %lld cut off by the kill, %lld simulator payments; "
              "%lld payments (%lld paid, %lld timeout, %lld failed), %lld gateway events stored",
              cycles, elapsed.elapsed() / 1000, m_sent, m_acked, m_duplicates, m_cutOff, m_simPays,
              count(QStringLiteral("SELECT COUNT(*) FROM payments")),
              count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'paid'")),
              count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'timeout'")),
              count(QStringLiteral("SELECT COUNT(*) FROM payments WHERE status = 'failed'")),
              count(QStringLiteral("SELECT COUNT(*) FROM gateway_events")));
        qInfo("ended attempts found with their session still open after a kill (each followed "
              "up): %lld",
              m_openAtKill);
        QStringList statuses;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
            statuses << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qInfo("answers by status (0: cut off): %s",
              qPrintable(statuses.join(QStringLiteral(", "))));
        // The run must have exercised what it claims to.
        QVERIFY(m_acked > cycles);
        QVERIFY(m_cutOff > 0);
    }

    void cleanupTestCase()
    {
        m_app.reset();
        if (m_simulator)
            m_simulator->stop();
        m_database.reset();
    }
};

QTEST_GUILESS_MAIN(CrashHarnessTest)
#include "CrashHarnessTest.moc"
