#include "ManualClock.h"
#include "SimulatedStore.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "services/CoreServices.h"
#include "services/PaymentCoordinator.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QString kIsbn = QStringLiteral("9780141439518");

} // namespace

// Protects: when a payment ends, measured on an injected clock against the
// real simulator process. The timeout counts the customer's inactivity, within
// an absolute bound; every duration runs on the monotonic clock, so setting
// the system time forwards does not time out a payment in progress and
// setting it back does not stall polling; after a restart the deadline is
// rebuilt from the time that was left.
class PaymentTimingTest : public QObject
{
    Q_OBJECT

private:
    // Starts at the real time: the simulator checks expires_at with its own clock.
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<test::SimulatedStore> m_store;
    const Actor m_clerk = Actor::system(QStringLiteral("test-clerk"));

    CoreServices &core() { return m_store->core(); }

    bool startCore(int timeoutSeconds, int maxSeconds, int firstPollAfterMs = 60'000)
    {
        CoreOptions &options = m_store->options();
        options.payments.paymentTimeoutSeconds = timeoutSeconds;
        options.payments.paymentMaxSeconds = maxSeconds;
        options.payments.firstPollAfterMs = firstPollAfterMs;
        options.payments.maxPollIntervalMs = firstPollAfterMs;
        options.payments.tickIntervalMs = 20;
        auto started = m_store->start();
        if (!started) {
            qWarning() << started.error();
            return false;
        }
        return BookRepository(core().database())
            .upsert({kIsbn,
                     QStringLiteral("Pride and Prejudice"),
                     QStringLiteral("Jane Austen"),
                     *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                     10,
                     {}},
                    m_clock.nowMs())
            .ok();
    }

    int pay(const QString &sessionId)
    {
        return m_store->client().pay(sessionId, QStringLiteral("4242424242424242")).status;
    }

    Payment payment(qint64 id) { return *PaymentRepository(core().database()).find(id); }
    Payment beginAndWaitForPage()
    {
        auto order = core().flow().createOrder({{kIsbn, 1}}, m_clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        QSignalSpy ready(&core().payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = core().payments().beginPayment(order->id, m_clerk);
        if (!begun)
            qFatal("beginPayment: %s", qPrintable(begun.error().message));
        if (!ready.wait(15000))
            qFatal("no payment page for payment %lld", begun->id);
        return payment(begun->id);
    }
    // Lets the coordinator's timer run a few ticks at the current time.
    void letItTick() { QTest::qWait(200); }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<test::SimulatedStore>(m_clock);
        m_store->options().databasePath = m_store->dir().filePath(QStringLiteral("timing.sqlite"));
    }
    void cleanup() { m_store.reset(); }

    void theTimeoutCountsInactivityNotTheStart()
    {
        QVERIFY(startCore(60, 600));
        const Payment attempt = beginAndWaitForPage();
        const QDateTime firstDeadline = payment(attempt.id).expiresAt;
        m_clock.advanceMs(50'000);
        core().payments().noteCustomerActivity(attempt.id); // e.g. typing the card number
        m_clock.advanceMs(50'000); // 100 s since the start, 50 s since the customer acted
        letItTick();
        QCOMPARE(payment(attempt.id).status, PaymentStatus::Pending);
        // The stored deadline (shown, and read after a restart) moved with it.
        QCOMPARE(payment(attempt.id).expiresAt, firstDeadline.addSecs(50));
        m_clock.advanceMs(10'001);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::TimedOut, 10000);
    }

    void anActivePageStillEndsAtTheAbsoluteBound()
    {
        QVERIFY(startCore(60, 120));
        const Payment attempt = beginAndWaitForPage();
        for (qint64 step : {40'000, 40'000, 39'999}) {
            m_clock.advanceMs(step);
            core().payments().noteCustomerActivity(attempt.id);
            letItTick();
            QCOMPARE(payment(attempt.id).status, PaymentStatus::Pending);
        }
        m_clock.advanceMs(1); // 120 s since the start, however busy the customer
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::TimedOut, 10000);
    }

    void settingTheClockForwardDoesNotTimeOutAPayment()
    {
        QVERIFY(startCore(60, 600));
        const Payment attempt = beginAndWaitForPage();
        m_clock.jumpWallClockMs(2 * 3600 * 1000); // NTP or an administrator sets the time
        letItTick();
        QCOMPARE(payment(attempt.id).status, PaymentStatus::Pending);
        m_clock.advanceMs(30'000);
        letItTick();
        QCOMPARE(payment(attempt.id).status, PaymentStatus::Pending);
        m_clock.advanceMs(30'001);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::TimedOut, 10000);
    }

    void settingTheClockBackDoesNotStallPolling()
    {
        QVERIFY(startCore(600, 1200, 5'000));
        QVERIFY(m_store->client().setFaults({{QStringLiteral("drop-webhooks"), true}}));
        const Payment attempt = beginAndWaitForPage();
        QCOMPARE(pay(attempt.gatewaySessionId), 200); // its callback is lost
        m_clock.jumpWallClockMs(-2 * 3600 * 1000);
        m_clock.advanceMs(5'001); // the first poll is due
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::Paid, 10000);
    }

    void aRestartRebuildsTheDeadlineFromTheTimeLeft()
    {
        QVERIFY(startCore(60, 600));
        const Payment attempt = beginAndWaitForPage();
        m_clock.advanceMs(20'000);
        m_store->stopCore(); // the app stops with 40 s left
        m_clock.advanceMs(10'000);
        QVERIFY(startCore(60, 600)); // reconciles: 30 s left
        QCOMPARE(core().payments().trackedPayments(), 1);
        // From here on the wall clock no longer matters.
        m_clock.jumpWallClockMs(3600 * 1000);
        letItTick();
        QCOMPARE(payment(attempt.id).status, PaymentStatus::Pending);
        m_clock.advanceMs(29'000);
        letItTick();
        QCOMPARE(payment(attempt.id).status, PaymentStatus::Pending);
        m_clock.advanceMs(1'001);
        QTRY_COMPARE_WITH_TIMEOUT(payment(attempt.id).status, PaymentStatus::TimedOut, 10000);
    }
};

QTEST_GUILESS_MAIN(PaymentTimingTest)
#include "PaymentTimingTest.moc"
