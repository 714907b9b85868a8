#include "SimulatedStore.h"
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
#include "services/PaymentCoordinator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
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
    std::unique_ptr<test::SimulatedStore> m_store;
    const Actor m_clerk = Actor::system(QStringLiteral("test-clerk"));

    CoreServices &core() { return m_store->core(); }

    // Starts the core; the first start also starts the simulator pointed at
    // the core's callback URL, later starts reuse it (a restart of the app).
    bool startCore(int timeoutSeconds = 60)
    {
        m_store->options().payments.paymentTimeoutSeconds = timeoutSeconds;
        auto started = m_store->start();
        if (!started)
            qWarning() << started.error();
        return started.ok();
    }

    QJsonObject simRequest(const QByteArray &method, const QString &path,
                           const QByteArray &body = {}, int *status = nullptr)
    {
        const auto reply = m_store->client().request(method, path, body);
        if (status)
            *status = reply.status;
        return reply.json();
    }
    bool setFaults(const QJsonObject &faults) { return m_store->client().setFaults(faults); }
    int pay(const QString &sessionId, const QString &card)
    {
        return m_store->client().pay(sessionId, card).status;
    }

    Payment payment(qint64 id) { return *PaymentRepository(core().database()).find(id); }
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
        auto query = core().database().exec(
            QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }
    qint64 count(const QString &table, const QString &where)
    {
        auto query = core().database().exec(QStringLiteral("SELECT COUNT(*) FROM ") + table
                                            + QStringLiteral(" WHERE ") + where);
        return query.ok() && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }

    Order newOrder()
    {
        auto order = core().flow().createOrder({{kIsbn, 1}}, m_clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        return *order;
    }
    // Begins an attempt and waits for its hosted page; returns the payment.
    Payment beginAndWaitForPage(qint64 orderId)
    {
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = core().payments().beginPayment(orderId, m_clerk);
        if (!begun)
            qFatal("beginPayment: %s", qPrintable(begun.error().message));
        if (!ready.wait(15000))
            qFatal("no payment page for payment %lld", begun->id);
        return payment(begun->id);
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::SimulatedStore>();
        CoreOptions &options = m_store->options();
        options.databasePath = m_store->dir().filePath(QStringLiteral("roundtrip.sqlite"));
        options.payments.firstPollAfterMs = 400;
        options.payments.maxPollIntervalMs = 1500;
        options.payments.tickIntervalMs = 100;
        options.payments.unresponsiveAfterFailures = 2;
        m_store->setSimulatorArguments(
            {QStringLiteral("--webhook-retry-ms"), QStringLiteral("200")});
        m_store->setRetryPolicy(test::SimulatedStore::fastRetries(1500));
        QVERIFY(startCore());
        BookRepository books(core().database());
        QVERIFY(books
                    .upsert({kIsbn,
                             QStringLiteral("Pride and Prejudice"),
                             QStringLiteral("Jane Austen"),
                             *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                             10,
                             {}},
                            m_store->clock().nowMs())
                    .ok());
    }
    void cleanup() { m_store.reset(); }

    void paidThroughTheCallback()
    {
        const Order order = newOrder();
        const Payment attempt = beginAndWaitForPage(order.id);
        QVERIFY(attempt.gatewaySessionId.startsWith(QStringLiteral("cs_")));
        QVERIFY(core().payments().paymentPageUrl(attempt.id).isValid());
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(orderStatus(order.id), QStringLiteral("paid"));
        // It was the signed callback, not a poll, that settled it.
        QCOMPARE(count(QStringLiteral("gateway_events"),
                       QStringLiteral("event_id LIKE 'evt_%' AND outcome = 'applied'")),
                 1);
        // The session and its payment intent carry the store's installation id,
        // which the callback was checked against.
        const QString installation = InstallationRepository(core().database()).read()->id;
        const QJsonObject session = simRequest("GET", QStringLiteral("/v1/checkout/sessions/")
                                                          + attempt.gatewaySessionId);
        QCOMPARE(session.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("quire_installation_id"))
                     .toString(),
                 installation);
    }

    // Issue 16: a store started with US sales tax ([tax] in its settings)
    // charges the shelf price plus the tax; the hosted page carries it as a
    // "Sales tax" line, so the page's total is the order's and the receipt's.
    void salesTaxFromTheSettingsReachesThePage()
    {
        m_store->stopCore();
        TaxRules salesTax;
        salesTax.pricing = TaxPricing::Exclusive;
        QVERIFY(salesTax.rates.add(TaxCategory::Reduced, TaxRate{8875}).ok());
        QVERIFY(salesTax.rates.add(TaxCategory::Standard, TaxRate{8875}).ok());
        m_store->options().tax = salesTax;
        QVERIFY(startCore());
        const Order order = newOrder();
        QCOMPARE(order.total.minorUnits(), 899 + 80); // 8.99 + 8.875 % (0.7979)
        const Payment attempt = beginAndWaitForPage(order.id);
        QCOMPARE(attempt.amount, order.total);
        const QJsonObject session = simRequest("GET", QStringLiteral("/v1/checkout/sessions/")
                                                          + attempt.gatewaySessionId);
        QCOMPARE(session.value(u"amount_total").toInteger(), order.total.minorUnits());
        const auto page = m_store->client().request(
            "GET", QStringLiteral("/pay/") + attempt.gatewaySessionId, {}, {}, false);
        QVERIFY2(page.body.contains("Sales tax"), page.body.constData());
        QCOMPARE(pay(attempt.gatewaySessionId, kGoodCard), 200);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
        QCOMPARE(core().flow().findOrder(order.id)->taxTotals.first().tax.minorUnits(), 80);
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
        QVERIFY(core().payments().isDeclinedPageOpen(first.id));
        QCOMPARE(sessionStatus(first.gatewaySessionId), QStringLiteral("open"));

        // ...until a new attempt replaces it: then nobody can pay on it any more.
        const Payment second = beginAndWaitForPage(order.id);
        QCOMPARE(second.attempt, 2);
        QTRY_COMPARE_WITH_TIMEOUT(sessionStatus(first.gatewaySessionId), QStringLiteral("expired"),
                                  10000);
        QVERIFY(!core().payments().isDeclinedPageOpen(first.id));
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
        QVERIFY(core()
                    .database()
                    .exec(QStringLiteral("UPDATE order_lines SET unit_price_minor = 1 WHERE "
                                         "order_id = ?"),
                          {order.id})
                    .ok());
        QSignalSpy unavailable(&core().payments(), &PaymentCoordinator::paymentPageUnavailable);
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = core().payments().beginPayment(order.id, m_clerk);
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
        QCOMPARE(core().payments().trackedPayments(), 0);
    }

    void cancelExpiresTheSessionAndAllowsARetry()
    {
        const Order order = newOrder();
        const Payment first = beginAndWaitForPage(order.id);
        QVERIFY(core().payments().cancelPayment(first.id, m_clerk).ok());
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
        m_store->stopCore();
        QVERIFY(startCore(2));
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
        m_store->stopCore();
        m_store->options().payments.firstPollAfterMs = 60'000; // no poll before the deadline
        QVERIFY(startCore(2));
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
        QSignalSpy answered(&core().callbackServer(), &CallbackServer::callbackAnswered);
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
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        QSignalSpy retried(&core().gateway(), &GatewayClient::retryScheduled);
        auto begun = core().payments().beginPayment(order.id, m_clerk);
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
        QSignalSpy alerts(&core().alerts(), &AlertCenter::alertRaised);
        QSignalSpy reachability(&core().payments(),
                                &PaymentCoordinator::gatewayReachabilityChanged);
        const Order order = newOrder();
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = core().payments().beginPayment(order.id, m_clerk);
        QVERIFY(begun.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!core().payments().isGatewayReachable(), 20000);
        QCOMPARE(count(QStringLiteral("alerts"),
                       QStringLiteral("kind = 'gateway_unresponsive' AND resolved_at IS NULL")),
                 1);
        QCOMPARE(payment(begun->id).status, PaymentStatus::Pending);

        QVERIFY(setFaults({{QStringLiteral("unreachable"), false}}));
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(core().payments().isGatewayReachable(), 5000);
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
        m_store->stopCore(); // the app goes away with the payment pending
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
        QVERIFY(core().flow().recordPaymentTimedOut(attempt.id, m_clerk).ok());
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
        const auto refunds = RefundRepository(core().database()).forPayment(attempt.id);
        QVERIFY(refunds.ok() && refunds->size() == 1);
        const QJsonObject refund
            = simRequest("GET", QStringLiteral("/v1/refunds/") + refunds->at(0).gatewayRefundId);
        QCOMPARE(refund.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("quire_installation_id"))
                     .toString(),
                 InstallationRepository(core().database()).read()->id);
    }
};

QTEST_GUILESS_MAIN(PaymentRoundTripTest)
#include "PaymentRoundTripTest.moc"
