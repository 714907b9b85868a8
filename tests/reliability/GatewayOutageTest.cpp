#include "LifecycleAudit.h"
#include "SimulatedStore.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackServer.h"
#include "gateway/GatewayClient.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "persistence/SessionFollowUpRepository.h"
#include "services/AlertCenter.h"
#include "services/CoreServices.h"
#include "services/PaymentCoordinator.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");
const QByteArray kGoodCard = "card_number=4242424242424242";

} // namespace

// Protects: when the gateway dies or cannot be reached for longer than the
// client's retries, every payment still ends in a defined state, the
// gateway_unresponsive alert is raised (and resolved once the gateway
// answers), and no paid money is lost: a payment made while Quire could not
// ask is either confirmed or refunded.
class GatewayOutageTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::SimulatedStore> m_store;
    const Actor m_clerk = Actor::system(QStringLiteral("outage-test"));

    CoreServices &core() { return m_store->core(); }
    const test::SimulatorClient &simulator() const { return m_store->client(); }

    qint64 openAlerts()
    {
        auto query = core().database().exec(
            QStringLiteral("SELECT COUNT(*) FROM alerts WHERE kind = 'gateway_unresponsive' "
                           "AND resolved_at IS NULL"));
        return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }
    PaymentStatus status(qint64 paymentId)
    {
        return PaymentRepository(core().database()).find(paymentId)->status;
    }
    qint64 count(const QString &sql)
    {
        auto query = core().database().exec(sql);
        return query && query.value().next() ? query.value().value(0).toLongLong() : -1;
    }

    Payment beginAndWaitForPage()
    {
        auto order = core().flow().createOrder({{kIsbn, 1}}, m_clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = core().payments().beginPayment(order->id, m_clerk);
        if (!begun || !ready.wait(15000))
            qFatal("no payment page");
        return *PaymentRepository(core().database()).find(begun->id);
    }

    void verifyLifecycles()
    {
        const QStringList violations = test::LifecycleAudit::run(core().database());
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("; "))));
    }

    // The core on the store's database; the simulator is started with it
    // unless one is running already (a restart of the core alone).
    bool startCore()
    {
        auto started = m_store->start();
        if (!started)
            qWarning() << started.error();
        return started.ok();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::SimulatedStore>();
        CoreOptions &options = m_store->options();
        options.payments.paymentTimeoutSeconds = 4;
        options.payments.firstPollAfterMs = 300;
        options.payments.maxPollIntervalMs = 600;
        options.payments.tickIntervalMs = 100;
        options.payments.unresponsiveAfterFailures = 2;
        m_store->setSimulatorArguments(
            {QStringLiteral("--webhook-retry-ms"), QStringLiteral("200")});
        // The client's retry window: about 1.5 s per call, 3 attempts.
        m_store->setRetryPolicy(test::SimulatedStore::fastRetries(500));
        QVERIFY(startCore());
        QVERIFY(BookRepository(core().database())
                    .upsert({kIsbn,
                             QStringLiteral("Persuasion"),
                             QStringLiteral("Jane Austen"),
                             *Money::fromMinorUnits(799, QStringLiteral("EUR")),
                             100,
                             {}},
                            m_store->clock().nowMs())
                    .ok());
    }

    void cleanup() { m_store.reset(); }

    // An attempt timed out while the gateway could not be reached, and the
    // app stopped before it could close the session: after the restart the
    // session is still followed. Once the gateway answers it is expired
    // there, or, if the customer paid on it meanwhile, the capture is
    // refunded. Webhooks are dropped, so only the follow-up can find out.
    void aSessionLeftOpenByAnOutageIsClosedAfterARestart_data()
    {
        QTest::addColumn<bool>("paidMeanwhile");
        QTest::newRow("not paid: expired at the gateway") << false;
        QTest::newRow("paid meanwhile: refunded") << true;
    }
    void aSessionLeftOpenByAnOutageIsClosedAfterARestart()
    {
        QFETCH(bool, paidMeanwhile);
        const Payment payment = beginAndWaitForPage();
        QVERIFY(simulator().setFaults(
            {{QStringLiteral("unreachable"), true}, {QStringLiteral("drop-webhooks"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(status(payment.id), PaymentStatus::TimedOut, 15000);
        m_store->stopCore();

        const QString sessionPath
            = QStringLiteral("/v1/checkout/sessions/") + payment.gatewaySessionId;
        if (paidMeanwhile)
            QCOMPARE(
                simulator()
                    .post(QStringLiteral("/_sim/sessions/%1/pay").arg(payment.gatewaySessionId),
                          kGoodCard)
                    .status,
                200);
        QVERIFY(simulator().setFaults({{QStringLiteral("unreachable"), false}}));
        QCOMPARE(simulator().get(sessionPath).json().value(QStringLiteral("status")).toString(),
                 paidMeanwhile ? QStringLiteral("complete") : QStringLiteral("open"));

        QVERIFY(startCore());
        if (paidMeanwhile) {
            QTRY_COMPARE_WITH_TIMEOUT(
                count(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status = 'succeeded' "
                                     "AND reason = 'late_capture'")),
                1, 20000);
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events "
                                          "WHERE type = 'LateCaptureDetected'")),
                     1);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(
                simulator().get(sessionPath).json().value(QStringLiteral("status")).toString(),
                QStringLiteral("expired"), 15000);
        }
        // Nothing left to follow, and the attempt stays timed out.
        QTRY_VERIFY_WITH_TIMEOUT(SessionFollowUpRepository(core().database()).open()->isEmpty(),
                                 10000);
        QCOMPARE(status(payment.id), PaymentStatus::TimedOut);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'OrderPaid'")), 0);
        verifyLifecycles();
    }

    // The gateway process dies (SIGKILL) with a session open and comes back
    // empty-handed (it keeps no state): the attempt times out at its deadline,
    // the order is cancelled, the alert comes and goes.
    void aKilledGatewayEndsThePaymentAndRaisesTheAlert()
    {
        const Payment payment = beginAndWaitForPage();
        m_store->simulator().process().kill();
        m_store->simulator().process().waitForFinished(5000);

        QTRY_COMPARE_WITH_TIMEOUT(openAlerts(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(status(payment.id), PaymentStatus::TimedOut, 15000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'cancelled'")),
                 1);

        QVERIFY(m_store->startSimulator().ok());
        // A new payment works against the restarted gateway, and its answers
        // resolve the alert.
        const Payment next = beginAndWaitForPage();
        QTRY_COMPARE_WITH_TIMEOUT(openAlerts(), 0, 15000);
        QCOMPARE(
            simulator()
                .post(QStringLiteral("/_sim/sessions/%1/pay").arg(next.gatewaySessionId), kGoodCard)
                .status,
            200);
        QTRY_COMPARE_WITH_TIMEOUT(status(next.id), PaymentStatus::Paid, 10000);
        verifyLifecycles();
    }

    // Killed and restarted before the deadline, with no new payment: the
    // gateway answers again (even if only to say it forgot the session), so
    // the alert must not stay up, and the attempt still ends.
    void aRestartedGatewayResolvesTheAlertByItself()
    {
        const Payment payment = beginAndWaitForPage();
        m_store->simulator().process().kill();
        m_store->simulator().process().waitForFinished(5000);
        QTRY_COMPARE_WITH_TIMEOUT(openAlerts(), 1, 15000);
        QVERIFY(m_store->startSimulator().ok());
        QTRY_COMPARE_WITH_TIMEOUT(status(payment.id), PaymentStatus::TimedOut, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(openAlerts(), 0, 15000);
        QVERIFY(core().payments().isGatewayReachable());
        verifyLifecycles();
    }

    // Unreachable for longer than every retry and past the deadline, while
    // the customer pays on the gateway's side: the attempt times out on time,
    // the capture that arrives by callback is refunded once the gateway
    // answers again. Nothing is lost, nothing is kept twice.
    void anUnreachableGatewayLongerThanTheRetryWindowLosesNothing()
    {
        const Payment payment = beginAndWaitForPage();
        QVERIFY(simulator().setFaults({{QStringLiteral("unreachable"), true}}));
        QTRY_COMPARE_WITH_TIMEOUT(openAlerts(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(status(payment.id), PaymentStatus::TimedOut, 15000);
        // The /_sim endpoints ignore the fault: the customer pays after all.
        QCOMPARE(simulator()
                     .post(QStringLiteral("/_sim/sessions/%1/pay").arg(payment.gatewaySessionId),
                           kGoodCard)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT COUNT(*) FROM events "
                                                       "WHERE type = 'LateCaptureDetected'")),
                                  1, 10000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status = 'succeeded'")),
                 0);

        QVERIFY(simulator().setFaults({{QStringLiteral("unreachable"), false}}));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(QStringLiteral("SELECT COUNT(*) FROM refunds WHERE status = 'succeeded'")), 1,
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(openAlerts(), 0, 15000);
        QCOMPARE(status(payment.id), PaymentStatus::TimedOut);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM events WHERE type = 'OrderPaid'")), 0);
        verifyLifecycles();
    }
};

QTEST_GUILESS_MAIN(GatewayOutageTest)
#include "GatewayOutageTest.moc"
