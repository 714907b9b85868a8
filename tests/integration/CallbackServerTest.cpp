#include "gateway/CallbackServer.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackProcessor.h"
#include "gateway/WebhookSignature.h"
#include "persistence/InstallationRepository.h"
#include "persistence/PaymentRepository.h"
#include "services/AlertCenter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace quire;

namespace {

const QByteArray kSecret = "whsec_server_test";

} // namespace

// Protects: the callback endpoint over real HTTP: concurrent duplicate
// deliveries from separate client processes move a payment exactly once;
// malformed, oversized, misrouted and slow requests change nothing and do
// not hold up legitimate callbacks.
class CallbackServerTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PurchaseFlow> m_flow;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<CallbackProcessor> m_processor;
    std::unique_ptr<CallbackServer> m_server;
    Payment m_payment;
    QString m_installationId;

    // `installationId` as Quire sends it; another store's for a foreign event.
    QByteArray completedBody(const QString &eventId, QString installationId = {})
    {
        if (installationId.isEmpty())
            installationId = m_installationId;
        const QJsonObject session{
            {QStringLiteral("id"), QStringLiteral("cs_test_%1").arg(m_payment.id)},
            {QStringLiteral("object"), QStringLiteral("checkout.session")},
            {QStringLiteral("status"), QStringLiteral("complete")},
            {QStringLiteral("payment_status"), QStringLiteral("paid")},
            {QStringLiteral("amount_total"), m_payment.amount.minorUnits()},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(m_payment.id)},
                         {QStringLiteral("quire_installation_id"), installationId}}}};
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("id"), eventId},
                       {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
                       {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), session}}}})
            .toJson(QJsonDocument::Compact);
    }
    QString url() const { return m_server->callbackUrl().toString(); }
    QString paymentStatus()
    {
        return toDatabaseText(PaymentRepository(m_db->database()).find(m_payment.id)->status);
    }
    // curl in its own process, as a gateway would be. Prints the status,
    // or with `withBody` the answer's body, a newline and the status.
    QProcess *startCurl(const QByteArray &body, const QByteArray &signature, bool withBody = false)
    {
        auto *curl = new QProcess(this);
        curl->start(QStringLiteral("curl"),
                    {QStringLiteral("-s"), QStringLiteral("-o"),
                     withBody ? QStringLiteral("-") : QStringLiteral("/dev/null"),
                     QStringLiteral("-w"),
                     withBody ? QStringLiteral("\n%{http_code}") : QStringLiteral("%{http_code}"),
                     QStringLiteral("-X"), QStringLiteral("POST"), QStringLiteral("-H"),
                     QStringLiteral("Content-Type: application/json"), QStringLiteral("-H"),
                     QStringLiteral("Stripe-Signature: ") + QString::fromLatin1(signature),
                     QStringLiteral("--data-binary"), QString::fromUtf8(body), url()});
        return curl;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QFAIL("curl is needed (scripts/bootstrap.sh installs it)");
    }
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY(m_db->isValid());
        m_db->addBook(QStringLiteral("9780141439518"), QStringLiteral("Pride and Prejudice"), 899);
        m_flow = std::make_unique<PurchaseFlow>(m_db->database(), m_db->clock());
        m_alerts = std::make_unique<AlertCenter>(m_db->database(), m_db->clock());
        m_processor
            = std::make_unique<CallbackProcessor>(*m_flow, *m_alerts, QByteArrayList{kSecret});
        HttpServerLimits limits;
        limits.maxBodyBytes = 16 * 1024;
        limits.requestDeadlineMs = 1000;
        m_server = std::make_unique<CallbackServer>(*m_processor, limits);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());
        const Actor clerk = Actor::system(QStringLiteral("test"));
        auto order = m_flow->createOrder({{QStringLiteral("9780141439518"), 1}}, clerk);
        QVERIFY(order.ok());
        auto payment = m_flow->startPayment(order->id, clerk);
        QVERIFY(payment.ok());
        m_payment = *payment;
        auto installation = InstallationRepository(m_db->database()).read();
        QVERIFY(installation.ok());
        m_installationId = installation->id;
    }
    void cleanup()
    {
        m_server.reset();
        m_processor.reset();
        m_alerts.reset();
        m_flow.reset();
        m_db.reset();
    }

    void concurrentDuplicatesFromSeparateProcessesApplyOnce()
    {
        // The test's clock is fixed; sign with its time so the tolerance holds.
        const QByteArray body = completedBody(QStringLiteral("evt_concurrent"));
        const QByteArray signature
            = WebhookSignature::sign(body, {kSecret}, m_db->clock().nowUtc().toSecsSinceEpoch());
        QList<QProcess *> clients;
        for (int i = 0; i < 6; ++i)
            clients.append(startCurl(body, signature));
        for (QProcess *client : std::as_const(clients)) {
            // The server runs on this thread's event loop: keep it turning.
            QTRY_VERIFY_WITH_TIMEOUT(client->state() == QProcess::NotRunning, 15000);
            QCOMPARE(client->readAllStandardOutput(), QByteArray("200"));
        }
        QCOMPARE(paymentStatus(), QStringLiteral("paid"));
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 1);
    }

    // Another store's event (same gateway account, a colliding payment id),
    // posted from another process: 200 "ignored", so the gateway stops
    // retrying it, and the database is exactly as it was.
    void anotherInstallationsEventIsAcknowledgedAndChangesNothing()
    {
        const QByteArray body = completedBody(QStringLiteral("evt_elsewhere"),
                                              QStringLiteral("0123456789abcdef0123456789abcdef"));
        const qint64 events = m_db->count(QStringLiteral("events"));
        const qint64 audit = m_db->count(QStringLiteral("audit_log"));
        QProcess *client = startCurl(
            body,
            WebhookSignature::sign(body, {kSecret}, m_db->clock().nowUtc().toSecsSinceEpoch()),
            true);
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == QProcess::NotRunning, 15000);
        const QByteArray answer = client->readAllStandardOutput();
        QVERIFY2(answer.endsWith("\n200"), answer.constData());
        const QJsonObject json
            = QJsonDocument::fromJson(answer.left(answer.lastIndexOf('\n'))).object();
        QCOMPARE(json.value(QStringLiteral("ignored")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("received")).toBool(), true);
        QCOMPARE(paymentStatus(), QStringLiteral("pending"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
        QCOMPARE(m_db->count(QStringLiteral("events")), events);
        QCOMPARE(m_db->count(QStringLiteral("audit_log")), audit);

        // The same payment's own event still applies.
        const QByteArray ours = completedBody(QStringLiteral("evt_ours"));
        QProcess *own
            = startCurl(ours, WebhookSignature::sign(ours, {kSecret},
                                                     m_db->clock().nowUtc().toSecsSinceEpoch()));
        QTRY_VERIFY_WITH_TIMEOUT(own->state() == QProcess::NotRunning, 15000);
        QCOMPARE(own->readAllStandardOutput(), QByteArray("200"));
        QCOMPARE(paymentStatus(), QStringLiteral("paid"));
    }

    // Forged requests from another process learn only that they failed.
    void aForgedCallbackIsToldNothingAboutWhichCheckFailed_data()
    {
        QTest::addColumn<bool>("stale");
        QTest::newRow("wrong secret") << false;
        QTest::newRow("stale timestamp") << true;
    }
    void aForgedCallbackIsToldNothingAboutWhichCheckFailed()
    {
        QFETCH(bool, stale);
        const QByteArray body = completedBody(QStringLiteral("evt_forged"));
        const qint64 now = m_db->clock().nowUtc().toSecsSinceEpoch();
        const QByteArray signature = stale ? WebhookSignature::sign(body, {kSecret}, now - 3600)
                                           : WebhookSignature::sign(body, {"whsec_guess"}, now);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 401")));
        QProcess *client = startCurl(body, signature, true);
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == QProcess::NotRunning, 15000);
        const QByteArray answer = client->readAllStandardOutput();
        QVERIFY2(answer.endsWith("\n401"), answer.constData());
        QVERIFY2(answer.contains("signature verification failed"), answer.constData());
        for (const char *detail : {"tolerance", "timestamp", "match", "secret"})
            QVERIFY2(!answer.contains(detail), answer.constData());
        QCOMPARE(paymentStatus(), QStringLiteral("pending"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
    }

    void misroutedAndOversizedRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        QTest::newRow("wrong method")
            << QByteArray("GET /webhooks/gateway HTTP/1.1\r\nHost: x\r\n\r\n") << QByteArray("405");
        QTest::newRow("unknown path")
            << QByteArray("POST /webhooks/other HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
            << QByteArray("404");
        QTest::newRow("oversized") << QByteArray(
            "POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nContent-Length: 999999\r\n\r\n")
                                   << QByteArray("413");
        QTest::newRow("chunked") << QByteArray("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << QByteArray("400");
        QTest::newRow("unsigned") << QByteArray("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\n"
                                                "Content-Length: 2\r\n\r\n{}")
                                  << QByteArray("401");
        QTest::newRow("garbage") << QByteArray("\x01\x02 nonsense\r\n\r\n") << QByteArray("400");
    }
    void misroutedAndOversizedRequestsChangeNothing()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status), answer.constData());
        QCOMPARE(paymentStatus(), QStringLiteral("pending"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
    }

    void aSlowClientDoesNotHoldUpCallbacks()
    {
        // Half a request, then nothing: the server must not wait on it.
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(slow.waitForConnected(5000));
        slow.write(
            "POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n{\"id\"");

        const QByteArray body = completedBody(QStringLiteral("evt_meanwhile"));
        QProcess *client
            = startCurl(body, WebhookSignature::sign(body, {kSecret},
                                                     m_db->clock().nowUtc().toSecsSinceEpoch()));
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == QProcess::NotRunning, 5000);
        QCOMPARE(client->readAllStandardOutput(), QByteArray("200"));
        QCOMPARE(paymentStatus(), QStringLiteral("paid"));

        // And the slow one is cut off at the request deadline with 408.
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += slow.readAll()).contains("\r\n"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    }

    void callbacksArrivingTogetherShareOneCommit()
    {
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < 3; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket->waitForConnected(5000));
            // A verified callback first (an event Quire records and ignores):
            // the server then holds the connection open. A health check no
            // longer does: it proves nothing about the client.
            const QByteArray warmUp
                = QJsonDocument(
                      QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_warm_up_%1").arg(i)},
                                  {QStringLiteral("type"), QStringLiteral("customer.created")},
                                  {QStringLiteral("data"),
                                   QJsonObject{{QStringLiteral("object"),
                                                QJsonObject{{QStringLiteral("object"),
                                                             QStringLiteral("customer")}}}}}})
                      .toJson(QJsonDocument::Compact);
            socket->write("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nStripe-Signature: "
                          + WebhookSignature::sign(warmUp, {kSecret},
                                                   m_db->clock().nowUtc().toSecsSinceEpoch())
                          + "\r\nContent-Length: " + QByteArray::number(warmUp.size()) + "\r\n\r\n"
                          + warmUp);
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll()).contains("received"), 5000);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
            sockets.append(socket);
        }
        QSignalSpy batches(m_server.get(), &CallbackServer::batchProcessed);
        for (int i = 0; i < sockets.size(); ++i) {
            const QByteArray body = completedBody(QStringLiteral("evt_together_%1").arg(i));
            const QByteArray signature = WebhookSignature::sign(
                body, {kSecret}, m_db->clock().nowUtc().toSecsSinceEpoch());
            sockets.at(i)->write("POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\n"
                                 "Content-Type: application/json\r\nStripe-Signature: "
                                 + signature + "\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            QVERIFY(sockets.at(i)->waitForBytesWritten(5000));
        }
        for (QTcpSocket *socket : std::as_const(sockets)) {
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll()).contains("\r\n"), 5000);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        }
        // One transaction (one disk sync) for all three; the first paid the
        // payment, the others found it paid.
        QCOMPARE(batches.count(), 1);
        QCOMPARE(batches.at(0).at(0).toInt(), 3);
        QCOMPARE(paymentStatus(), QStringLiteral("paid"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 3 + 3); // and the warm-ups
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
    }

    void healthAnswers()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("ok"), 5000);
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
        // A probe proves nothing about its sender: it keeps no slot.
        QVERIFY(answer.contains("Connection: close\r\n"));
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    // Protects: idle connections cannot starve the gateway. With every slot
    // held by connections that sent nothing (each from its own address, so
    // the per-peer cap does not help), a signed callback from curl in another
    // process is still admitted, committed and answered 200: the longest
    // idle connection is closed to make room. A connection that delivered a
    // verified callback is kept before those that never did.
    void aCallbackGetsThroughWhileIdleConnectionsFillTheServer()
    {
        HttpServerLimits limits;
        limits.maxConnections = 6;
        limits.requestDeadlineMs = 10000;
        limits.idleTimeoutMs = 10000;
        m_server = std::make_unique<CallbackServer>(*m_processor, limits);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0).ok());

        // The gateway first delivers one callback and keeps its connection.
        const QByteArray first = completedBody(QStringLiteral("evt_first"));
        QTcpSocket gateway;
        QVERIFY(gateway.bind(QHostAddress(QStringLiteral("127.0.0.50")), 0));
        gateway.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(gateway.waitForConnected(5000));
        gateway.write(
            "POST /webhooks/gateway HTTP/1.1\r\nHost: x\r\nStripe-Signature: "
            + WebhookSignature::sign(first, {kSecret}, m_db->clock().nowUtc().toSecsSinceEpoch())
            + "\r\nContent-Length: " + QByteArray::number(first.size()) + "\r\n\r\n" + first);
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += gateway.readAll()).contains("received"), 5000);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(!answer.contains("Connection: close"));

        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 5; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(idle.back()->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(60 + i)), 0));
            idle.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(idle.back()->waitForConnected(5000));
        }

        const QByteArray body = completedBody(QStringLiteral("evt_while_full"));
        const QByteArray signature
            = WebhookSignature::sign(body, {kSecret}, m_db->clock().nowUtc().toSecsSinceEpoch());
        QProcess *curl = startCurl(body, signature);
        QTRY_VERIFY_WITH_TIMEOUT(curl->state() == QProcess::NotRunning, 15000);
        QCOMPARE(curl->readAllStandardOutput(), QByteArray("200"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 2);
        // The connection closed for it was an idle one that never sent a
        // callback, not the gateway's own.
        QTRY_VERIFY(idle.front()->state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(gateway.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(CallbackServerTest)
#include "CallbackServerTest.moc"
