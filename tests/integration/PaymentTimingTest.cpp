#include "ManualClock.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "persistence/BookRepository.h"
#include "persistence/Database.h"
#include "persistence/PaymentRepository.h"
#include "services/CoreServices.h"
#include "services/GatewaySimulatorProcess.h"
#include "services/PaymentCoordinator.h"

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
const QByteArray kApiKey = "sk_test_timing";
const QByteArray kWebhookSecret = "whsec_test_timing";

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
    QTemporaryDir m_dir;
    // Starts at the real time: the simulator checks expires_at with its own clock.
    test::ManualClock m_clock{QDateTime::currentDateTimeUtc()};
    std::unique_ptr<GatewaySimulatorProcess> m_simulator;
    std::unique_ptr<CoreServices> m_core;
    QNetworkAccessManager m_network;
    const Actor m_clerk = Actor::system(QStringLiteral("test-clerk"));

    QString databasePath() const { return m_dir.filePath(QStringLiteral("timing.sqlite")); }

    bool startCore(int timeoutSeconds, int maxSeconds, int firstPollAfterMs = 60'000)
    {
        CoreOptions options;
        options.databasePath = databasePath();
        options.callbackPort = 0;
        options.payments.paymentTimeoutSeconds = timeoutSeconds;
        options.payments.paymentMaxSeconds = maxSeconds;
        options.payments.firstPollAfterMs = firstPollAfterMs;
        options.payments.maxPollIntervalMs = firstPollAfterMs;
        options.payments.tickIntervalMs = 20;
        auto started = CoreServices::start(
            options, m_clock, [&](const QUrl &callbackUrl) -> Result<GatewayConfig> {
                if (!m_simulator) {
                    m_simulator = std::make_unique<GatewaySimulatorProcess>();
                    auto url = m_simulator->start(QStringLiteral(QUIRE_GATEWAY_SIM_PATH),
                                                  callbackUrl, kApiKey, kWebhookSecret, {});
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
        return BookRepository(m_core->database())
            .upsert({kIsbn,
                     QStringLiteral("Pride and Prejudice"),
                     QStringLiteral("Jane Austen"),
                     *Money::fromMinorUnits(899, QStringLiteral("EUR")),
                     10,
                     {}},
                    m_clock.nowMs())
            .ok();
    }

    int simPost(const QString &path, const QByteArray &body, const QByteArray &contentType)
    {
        QNetworkRequest request(m_simulator->baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + kApiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    int pay(const QString &sessionId)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("card_number"), QStringLiteral("4242424242424242"));
        return simPost(QStringLiteral("/_sim/sessions/%1/pay").arg(sessionId),
                       form.toString(QUrl::FullyEncoded).toUtf8(),
                       "application/x-www-form-urlencoded");
    }

    Payment payment(qint64 id) { return *PaymentRepository(m_core->database()).find(id); }
    Payment beginAndWaitForPage()
    {
        auto order = m_core->flow().createOrder({{kIsbn, 1}}, m_clerk);
        if (!order)
            qFatal("createOrder: %s", qPrintable(order.error().message));
        QSignalSpy ready(&m_core->payments(), &PaymentCoordinator::paymentPageReady);
        auto begun = m_core->payments().beginPayment(order->id, m_clerk);
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
        QVERIFY(m_dir.isValid());
        QFile::remove(databasePath());
    }
    void cleanup()
    {
        m_core.reset();
        m_simulator.reset();
        QFile::remove(databasePath());
    }

    void theTimeoutCountsInactivityNotTheStart()
    {
        QVERIFY(startCore(60, 600));
        const Payment attempt = beginAndWaitForPage();
        const QDateTime firstDeadline = payment(attempt.id).expiresAt;
        m_clock.advanceMs(50'000);
        m_core->payments().noteCustomerActivity(attempt.id); // e.g. typing the card number
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
            m_core->payments().noteCustomerActivity(attempt.id);
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
        QVERIFY(simPost(QStringLiteral("/_sim/faults"), R"({"drop-webhooks": true})",
                        "application/json")
                == 200);
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
        m_core.reset(); // the app stops with 40 s left
        m_clock.advanceMs(10'000);
        QVERIFY(startCore(60, 600)); // reconciles: 30 s left
        QCOMPARE(m_core->payments().trackedPayments(), 1);
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
