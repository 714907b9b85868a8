#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackServer.h"
#include "gateway/GatewayClient.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/InstallationRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundRepository.h"
#include "services/AlertCenter.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "services/PaymentCoordinator.h"
#include "support/SystemClock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
const QByteArray kApiKey = "sk_test_roundtrip";
const QByteArray kWebhookSecret = "whsec_test_roundtrip";
const QString kGoodCard = QStringLiteral("4242424242424242");
const QString kDeclinedCard = QStringLiteral("4000000000000002");

} // namespace

// Protects: the whole purchase against the real simulator in its own process
// (which also delivers the signed callbacks over HTTP): success, decline and
// retry, cancel, timeout, duplicate callbacks, a lost create answer, a
// gateway that is down, a restart with a pending payment, a late capture.
class PaymentRoundTripTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<GatewaySimulatorProcess> m_simulator;
    std::unique_ptr<CoreServices> m_core;
    QNetworkAccessManager m_network;
    const Actor m_clerk = Actor::system(QStringLiteral("test-clerk"));
    int m_firstPollAfterMs = 400;

    QString databasePath() const { return m_dir.filePath(QStringLiteral("roundtrip.sqlite")); }

    CoreOptions options(int timeoutSeconds = 60) const
    {
        CoreOptions options;
        options.databasePath = databasePath();
        options.callbackPort = 0;
        options.payments.paymentTimeoutSeconds = timeoutSeconds;
        options.payments.firstPollAfterMs = m_firstPollAfterMs;
        options.payments.maxPollIntervalMs = 1500;
        options.payments.tickIntervalMs = 100;
        options.payments.unresponsiveAfterFailures = 2;
        return options;
    }

    // Starts the core; the first start also starts the simulator pointed at
    // the core's callback URL, later starts reuse it (a restart of the app).
    bool startCore(const QStringList &simulatorArguments = {}, int timeoutSeconds = 60)
    {
        auto started = CoreServices::start(
            options(timeoutSeconds), m_clock,
            [&](const QUrl &callbackUrl) -> Result<GatewayConfig> {
                if (!m_simulator) {
                    m_simulator = std::make_unique<GatewaySimulatorProcess>();
                    auto url = m_simulator->start(
                        QStringLiteral(QUIRE_GATEWAY_SIM_PATH), callbackUrl, kApiKey,
                        kWebhookSecret,
                        QStringList{QStringLiteral("--webhook-retry-ms"), QStringLiteral("200")}
                            + simulatorArguments);
                    if (!url)
                        return url.error();
                }
                return GatewayConfig(m_simulator->baseUrl(), kApiKey, {kWebhookSecret});
            });
        if (!started) {
            qWarning() << started.error();
            return false;
        }
        m_core = std::move(started).value();
        RetryPolicy fast;
        fast.maxAttempts = 3;
        fast.baseDelayMs = 50;
        fast.maxDelayMs = 200;
        fast.transferTimeoutMs = 1500;
        m_core->gateway().setRetryPolicy(fast);
        return true;
    }

    QJsonObject simRequest(const QByteArray &method, const QString &path,
                           const QByteArray &body = {}, int *status = nullptr)
    {
        QNetworkRequest request(m_simulator->baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + kApiKey);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }
    bool setFaults(const QJsonObject &faults)
    {
        QNetworkRequest request(
            m_simulator->baseUrl().resolved(QUrl(QStringLiteral("/_sim/faults"))));
        request.setRawHeader("Authorization", "Bearer " + kApiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply
            = m_network.post(request, QJsonDocument(faults).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        reply->deleteLater();
        return ok;
    }
    // Pays a session the way the hosted page's form does.
    int pay(const QString &sessionId, const QString &card)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("card_number"), card);
        int status = 0;
        simRequest("POST", QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId),
                   form.toString(QUrl::FullyEncoded).toUtf8(), &status);
        return status;
    }

    Payment payment(qint64 id) { return *PaymentRepository(m_core->database()).find(id); }
    QString sessionStatus(const QString &sessionId)
    {
        return simRequest("GET", QStringLiteral("/v1/checkout/sessions/") + sessionId)
            .value(QStringLiteral("status"))
            .toString();
    }
    // Refund events the simulator produced (it makes one for every refund).
    int simRefundEvents()
    {
        int refunds = 0;
        const QJsonArray events
            = simRequest("GET", QStringLiteral("/_sim/events")).value(u"data").toArray();
        for (const QJsonValue &event : events) {
            const QString type = event.toObject().value(u"type").toString();
            if (type.startsWith(u"refund.") || type == u"charge.refunded")
                ++refunds;
        }
        return refunds;
    }
    QString orderStatus(qint64 orderId)
    {
        auto query = m_core->database().exec(
            QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }
    qint64 count(const QString &table, const QString &where)
    {
        auto query = m_core->database().exec(QStringLiteral("SELECT COUNT(*) FROM ") + table
                                             + QStringLiteral(" WHERE ") + where);
        return query.ok() && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }

    Order newOrder()
    {
        auto order = m_core->flow().createOrder({{kIsbn, 1}}, m_clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        return *order;
    }
    // Begins an attempt and waits for its hosted page; returns the payment.
    Payment beginAndWaitForPage(qint64 orderId)
    {
        QSignalSpy ready(&m_core->payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = m_core->payments().beginPayment(orderId, m_clerk);
        if (!begun)
            qFatal("beginPayment: %s", qPrintable(begun.error().message));
        if (!ready.wait(15000))
            qFatal("no payment page for payment %lld", begun->id);
        return payment(begun->id);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(databasePath());
        QVERIFY(startCore());
        BookRepository books(m_core->database());
        QVERIFY(books
                    .upsert({kIsbn,
                             QStringLiteral("Pride and Prejudice"),
                             QStringLiteral("Jane Austen"),
                             *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                             10,
                             {}},
                            m_clock.nowMs())
                    .ok());
    }
    void cleanup()
    {
        m_firstPollAfterMs = 400;
        m_core.reset();
        m_simulator.reset();
        QFile::remove(databasePath());
    }

    void paidThroughTheCallback()
    {
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QVERIFY(attempt.gatewaySessionId.startsWith(QStringLiteral("cs_")));
        QVERIFY(m_core->payments().paymentPageUrl(attempt.id).isValid());
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("paid"));
        // It was the signed callback, not a poll, that settled it.
        QCOMPARE(count(QStringLiteral("gateway_events"),
                       QStringLiteral("event_id LIKE 'evt_%' AND outcome = 'applied'")),
                 1);
        // The session and its payment intent carry the store's installation id,
        // which the callback was checked against.
        const QString installation = InstallationRepository(m_core->database()).read()->id;
        const QJsonObject session = simRequest("GET", QStringLiteral("/v1/checkout/sessions/")
                                                          + attempt.gatewaySessionId);
        QCOMPARE(session.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("quire_installation_id"))
                     .toString(),
                 installation);
    }

    void declineThenRetryToSuccess()
    {
        const Order order = newOrder();
        const Payment first = beginAndWaitForPage(order.id);
        pay(first.gatewaySessionId, kDeclinedCard);
        QTRY_COMPARE_WITH_TIMEOUT(payment(first.id).status, PaymentStatus::Failed, 10000);
        QVERIFY(payment(first.id).failureReason.contains(QStringLiteral("declined")));
        QCOMPARE(orderStatus(order.id), QStringLiteral("created"));
        // The declined page stays open for another card...
        QVERIFY(m_core->payments().isDeclinedPageOpen(first.id));
        QCOMPARE(sessionStatus(first.gatewaySessionId), QStringLiteral("open"));

        // ...until a new attempt replaces it: then nobody can pay on it any more.
        const Payment second = beginAndWaitForPage(order.id);
        QCOMPARE(second.attempt, 2);
        QTRY_COMPARE_WITH_TIMEOUT(sessionStatus(first.gatewaySessionId), QStringLiteral("expired"),
                                  10000);
        QVERIFY(!m_core->payments().isDeclinedPageOpen(first.id));
        pay(second.gatewaySessionId, kGoodCard);
        QTRY_COMPARE_WITH_TIMEOUT(payment(second.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("paid"));
    }

    // The customer's second card on the page of a declined attempt pays it:
    // the sale is kept, nothing is refunded, at the gateway either.
    void aGoodCardAfterADeclineOnTheSamePageIsTheSale()
    {
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QCOMPARE(pay(attempt.gatewaySessionId, kDeclinedCard), 402);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Failed, 10000);
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("paid"));
        QCOMPARE(count(QStringLiteral("payments"), QStringLiteral("order_id = %1").arg(order.id)),
                 1);
        // Give a wrongly requested refund time to be made and sent.
        QTest::qWait(1000);
        QCOMPARE(count(QStringLiteral("refunds"), QStringLiteral("1 = 1")), 0);
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'LateCaptureDetected'")),
                 0);
        QCOMPARE(simRefundEvents(), 0);
        QCOMPARE(sessionStatus(attempt.gatewaySessionId), QStringLiteral("complete"));
    }

    // A session that comes back for another amount stops its attempt once:
    // no new session every tick, one alert, the session closed.
    void aSessionForAnotherAmountStopsTheAttemptOnce()
    {
        const Order order = newOrder();
        // The lines no longer add up to the total the attempt is for.
        QVERIFY(m_core->database()
                    .exec(QStringLiteral("UPDATE order_lines SET unit_price_minor = 1 WHERE "
                                         "order_id = ?"),
                          {order.id})
                    .ok());
        QSignalSpy unavailable(&m_core->payments(), &PaymentCoordinator::paymentPageUnavailable);
        QSignalSpy ready(&m_core->payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = m_core->payments().beginPayment(order.id, m_clerk);
        QVERIFY(begun.ok());
        QTRY_COMPARE_WITH_TIMEOUT(payment(begun->id).status, PaymentStatus::Failed, 10000);
        QVERIFY(payment(begun->id).failureReason.contains(QStringLiteral("different amount")));
        // Many ticks later: still one answer, one alert, no page.
        QTest::qWait(1500);
        QCOMPARE(unavailable.size(), 1);
        QVERIFY(unavailable.first().at(2).toBool()); // final
        QCOMPARE(ready.size(), 0);
        QCOMPARE(count(QStringLiteral("alerts"), QStringLiteral("kind = 'session_mismatch'")), 1);
        const QJsonArray sessions
            = simRequest("GET", QStringLiteral("/_sim/sessions")).value(u"data").toArray();
        QCOMPARE(sessions.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(
            sessionStatus(sessions.first().toObject().value(u"id").toString()),
            QStringLiteral("expired"), 10000);
        QCOMPARE(m_core->payments().trackedPayments(), 0);
    }

    void cancelExpiresTheSessionAndAllowsARetry()
    {
        const Order order = newOrder();
        const Payment first = beginAndWaitForPage(order.id);
        QVERIFY(m_core->payments().cancelPayment(first.id, m_clerk).ok());
        QCOMPARE(payment(first.id).status, PaymentStatus::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(
            simRequest("GET", QStringLiteral("/v1/checkout/sessions/") + first.gatewaySessionId)
                    .value(QStringLiteral("status"))
                    .toString()
                == u"expired",
            10000);
        const Payment second = beginAndWaitForPage(order.id);
        pay(second.gatewaySessionId, kGoodCard);
        QTRY_COMPARE_WITH_TIMEOUT(payment(second.id).status, PaymentStatus::Paid, 10000);
    }

    void timeoutCancelsTheOrder()
    {
        m_core.reset();
        QVERIFY(startCore({}, 2));
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::TimedOut, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("cancelled"));
        QCOMPARE(
            simRequest("GET", QStringLiteral("/v1/checkout/sessions/") + attempt.gatewaySessionId)
                .value(QStringLiteral("status"))
                .toString(),
            QStringLiteral("expired"));
        // Paying the expired page now is refused by the gateway.
        QVERIFY(pay(attempt.gatewaySessionId, kGoodCard) != 200);
        QCOMPARE(payment(attempt.id).status, PaymentStatus::TimedOut);
    }

    void paidJustBeforeTheDeadlineCountsAsPaid()
    {
        m_core.reset();
        m_firstPollAfterMs = 60'000; // no poll before the deadline
        QVERIFY(startCore({}, 2));
        // The callback is lost; only expiring at the deadline reveals the payment.
        QVERIFY(setFaults({{QStringLiteral("drop-webhooks"), true}}));
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("paid"));
        QCOMPARE(count(QStringLiteral("refunds"), QStringLiteral("1 = 1")), 0);
        QCOMPARE(count(QStringLiteral("gateway_events"),
                       QStringLiteral("event_id LIKE 'retrieved:%:complete'")),
                 1);
    }

    void duplicateCallbacksMoveThePaymentOnce()
    {
        QVERIFY(setFaults({{QStringLiteral("duplicate-webhooks"), true}}));
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QSignalSpy answered(&m_core->callbackServer(), &CallbackServer::callbackAnswered);
        pay(attempt.gatewaySessionId, kGoodCard);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        // Both deliveries of checkout.session.completed were answered 200.
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() >= 2, 10000);
        for (const auto &arguments : std::as_const(answered))
            QCOMPARE(arguments.at(0).toInt(), 200);
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'PaymentSucceeded'")), 1);
    }

    void aLostCreateAnswerIsRetriedWithTheSameKey()
    {
        QVERIFY(setFaults({{QStringLiteral("lose-response"), true}}));
        const Order order = newOrder();
        QSignalSpy ready(&m_core->payments(), &PaymentCoordinator::paymentPageReady);
        QSignalSpy retried(&m_core->gateway(), &GatewayClient::retryScheduled);
        auto begun = m_core->payments().beginPayment(order.id, m_clerk);
        QVERIFY(begun.ok());
        // The session was made but its answer lost: the client retries.
        QVERIFY(retried.wait(10000));
        QVERIFY(setFaults({{QStringLiteral("lose-response"), false}}));
        QVERIFY(ready.wait(15000));
        // One session at the gateway for this attempt, whatever the retries.
        const QJsonObject sessions = simRequest("GET", QStringLiteral("/_sim/sessions"));
        int forAttempt = 0;
        const auto list = sessions.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &session : list) {
            if (session.toObject()
                    .value(QStringLiteral("metadata"))
                    .toObject()
                    .value(QStringLiteral("quire_payment_id"))
                == QString::number(begun->id))
                ++forAttempt;
        }
        QCOMPARE(forAttempt, 1);
        pay(payment(begun->id).gatewaySessionId, kGoodCard);
        QTRY_COMPARE_WITH_TIMEOUT(payment(begun->id).status, PaymentStatus::Paid, 10000);
    }

    void anUnresponsiveGatewayRaisesAnAlertAndRecovers()
    {
        QVERIFY(setFaults({{QStringLiteral("unreachable"), true}}));
        QSignalSpy alerts(&m_core->alerts(), &AlertCenter::alertRaised);
        QSignalSpy reachability(&m_core->payments(),
                                &PaymentCoordinator::gatewayReachabilityChanged);
        const Order order = newOrder();
        QSignalSpy ready(&m_core->payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = m_core->payments().beginPayment(order.id, m_clerk);
        QVERIFY(begun.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!m_core->payments().isGatewayReachable(), 20000);
        QCOMPARE(count(QStringLiteral("alerts"),
                       QStringLiteral("kind = 'gateway_unresponsive' AND resolved_at IS NULL")),
                 1);
        QCOMPARE(payment(begun->id).status, PaymentStatus::Pending);

        QVERIFY(setFaults({{QStringLiteral("unreachable"), false}}));
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(m_core->payments().isGatewayReachable(), 5000);
        QCOMPARE(count(QStringLiteral("alerts"),
                       QStringLiteral("kind = 'gateway_unresponsive' AND resolved_at IS NULL")),
                 0);
        pay(payment(begun->id).gatewaySessionId, kGoodCard);
        QTRY_COMPARE_WITH_TIMEOUT(payment(begun->id).status, PaymentStatus::Paid, 10000);
    }

    void aRestartReconcilesAPaymentMadeWhileDown()
    {
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QVERIFY(setFaults({{QStringLiteral("drop-webhooks"), true}}));
        m_core.reset(); // the app goes away with the payment pending
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);

        QVERIFY(startCore());
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("paid"));
    }

    void aCaptureAfterTheTimeoutIsRefunded()
    {
        QVERIFY(setFaults({{QStringLiteral("drop-webhooks"), true}}));
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        // The gateway cannot be told to expire the session: it times out here,
        // while the customer still pays there.
        QVERIFY(setFaults({{QStringLiteral("unreachable"), true}}));
        QVERIFY(m_core->flow().recordPaymentTimedOut(attempt.id, m_clerk).ok());
        QVERIFY(setFaults(
            {{QStringLiteral("unreachable"), false}, {QStringLiteral("drop-webhooks"), false}}));
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);

        QTRY_VERIFY_WITH_TIMEOUT(
            count(QStringLiteral("refunds"),
                  QStringLiteral("reason = 'late_capture' AND status = 'succeeded'"))
                == 1,
            15000);
        QCOMPARE(payment(attempt.id).status, PaymentStatus::TimedOut);
        QCOMPARE(count(QStringLiteral("events"), QStringLiteral("type = 'LateCaptureRefunded'")),
                 1);
        // The refund names the store too, so its callbacks are told apart.
        const auto refunds = RefundRepository(m_core->database()).forPayment(attempt.id);
        QVERIFY(refunds.ok() && refunds->size() == 1);
        const QJsonObject refund
            = simRequest("GET", QStringLiteral("/v1/refunds/") + refunds->at(0).gatewayRefundId);
        QCOMPARE(refund.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("quire_installation_id"))
                     .toString(),
                 InstallationRepository(m_core->database()).read()->id);
    }
};

QTEST_GUILESS_MAIN(PaymentRoundTripTest)
#include "PaymentRoundTripTest.moc"
