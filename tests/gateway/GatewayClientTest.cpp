#include "gateway/GatewayClient.h"

#include "ManualClock.h"
#include "SimulatorClient.h"
#include "SimulatorLaunch.h"
#include "TestPrinters.h"
#include "http/StrictHttpServer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>
#include <optional>

using quire::CheckoutSession;
using quire::CheckoutSessionRequest;
using quire::GatewayClient;
using quire::GatewayConfig;
using quire::GatewayError;
using quire::GatewayRefund;
using quire::GatewayResult;
using quire::RetryPolicy;
using quire::test::SimulatorClient;

namespace {

CheckoutSessionRequest bookOrder(const QString &paymentId = QStringLiteral("7"))
{
    CheckoutSessionRequest request;
    request.currency = QStringLiteral("EUR");
    request.lines
        = {{QStringLiteral("Der Zauberberg"), 899, 2}, {QStringLiteral("Faust"), 1150, 1}};
    request.clientReferenceId = QStringLiteral("42");
    request.quirePaymentId = paymentId;
    request.successUrl = QStringLiteral("quire://payment/success?session_id={CHECKOUT_SESSION_ID}");
    request.cancelUrl = QStringLiteral("quire://payment/cancel?session_id={CHECKOUT_SESSION_ID}");
    request.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return request;
}

// Waits for one callback and keeps its result.
template<typename T>
class Outcome
{
public:
    GatewayClient::Callback<T> callback()
    {
        return [this](const GatewayResult<T> &result) {
            m_result.emplace(result);
            ++m_calls;
        };
    }
    bool wait(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    const GatewayResult<T> &result() const { return *m_result; }
    int calls() const { return m_calls; }

private:
    std::optional<GatewayResult<T>> m_result;
    int m_calls = 0;
};

// Safe inside QVERIFY2, whose message is evaluated even when the check passes.
template<typename T>
QString why(const GatewayResult<T> &result)
{
    return result.ok() ? QString() : result.error().describe();
}

} // namespace

// Protects: the gateway client against the real simulator process: results
// arrive parsed and validated, retries reuse the idempotency key so nothing
// is charged or refunded twice, definite 4xx answers are not retried, and
// an answer that never came is reported as an unknown outcome to reconcile.
class GatewayClientTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<quire::GatewaySimulatorProcess> m_simProcess;
    SimulatorClient m_sim;
    quire::test::ManualClock m_clock;

    std::unique_ptr<GatewayClient> makeClient(const QByteArray &apiKey = {})
    {
        auto client = std::make_unique<GatewayClient>(GatewayConfig(
            m_sim.baseUrl(), apiKey.isEmpty() ? m_sim.apiKey() : apiKey, {"whsec_unused"}));
        RetryPolicy policy;
        policy.maxAttempts = 3;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        // Generous, so a loaded CI machine never turns a slow answer into a
        // retry; the tests about timeouts shorten it (shortTimeouts()).
        policy.transferTimeoutMs = 5000;
        client->setRetryPolicy(policy);
        // Always the ceiling: the schedule is exactly 20, 40, ... ms.
        client->setJitterSource([](qint64 upper) { return upper; });
        client->setClock(&m_clock);
        return client;
    }

    static void shortTimeouts(GatewayClient &client)
    {
        RetryPolicy policy = client.retryPolicy();
        policy.transferTimeoutMs = 600;
        client.setRetryPolicy(policy);
    }

    CheckoutSession createSession(GatewayClient &client, const QString &key)
    {
        Outcome<CheckoutSession> created;
        client.createCheckoutSession(bookOrder(), key, this, created.callback());
        if (!created.wait() || !created.result().ok()) {
            qWarning() << "create failed";
            return {};
        }
        return created.result().value();
    }

    QString pay(const CheckoutSession &session)
    {
        return m_sim
            .post(QStringLiteral("/_sim/sessions/%1/pay").arg(session.id),
                  "card_number=4242424242424242")
            .json()
            .value(u"outcome")
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_simProcess = std::make_unique<quire::GatewaySimulatorProcess>();
        auto started = quire::test::startSimulator(
            *m_simProcess, {}, {QStringLiteral("--refund-settle-ms"), QStringLiteral("50")});
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));
        m_sim = SimulatorClient(*started, m_simProcess->apiKey());
    }
    void cleanup()
    {
        QVERIFY(m_simProcess->stop());
        m_simProcess.reset();
    }

    void createsRetrievesAndSeesThePayment()
    {
        auto client = makeClient();
        const CheckoutSession session = createSession(*client, QStringLiteral("pay-7-attempt-1"));
        QVERIFY(session.id.startsWith(u"cs_test_"));
        QCOMPARE(session.amountTotal, 2948);
        QCOMPARE(session.currency, QStringLiteral("eur"));
        QVERIFY(session.status == CheckoutSession::Status::Open);
        QCOMPARE(session.url.path(), QStringLiteral("/pay/") + session.id);
        QCOMPARE(session.metadata.value(QStringLiteral("quire_payment_id")), QStringLiteral("7"));
        QCOMPARE(session.successUrl,
                 QStringLiteral("quire://payment/success?session_id={CHECKOUT_SESSION_ID}"));

        QCOMPARE(pay(session), QStringLiteral("paid"));
        Outcome<CheckoutSession> retrieved;
        client->retrieveCheckoutSession(session.id, this, retrieved.callback());
        QVERIFY(retrieved.wait());
        QVERIFY2(retrieved.result().ok(), qPrintable(why(retrieved.result())));
        QVERIFY(retrieved.result()->isPaid());
        QVERIFY(retrieved.result()->status == CheckoutSession::Status::Complete);
        QCOMPARE(retrieved.calls(), 1);
    }

    void expiresAnOpenSessionButNotAPaidOne()
    {
        auto client = makeClient();
        const CheckoutSession open = createSession(*client, QStringLiteral("expire-open"));
        Outcome<CheckoutSession> expired;
        client->expireCheckoutSession(open.id, this, expired.callback());
        QVERIFY(expired.wait());
        QVERIFY(expired.result().ok());
        QVERIFY(expired.result()->status == CheckoutSession::Status::Expired);

        const CheckoutSession paid = createSession(*client, QStringLiteral("expire-paid"));
        QCOMPARE(pay(paid), QStringLiteral("paid"));
        QSignalSpy retries(client.get(), &GatewayClient::retryScheduled);
        Outcome<CheckoutSession> refused;
        client->expireCheckoutSession(paid.id, this, refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!refused.result().ok());
        QCOMPARE(refused.result().error().httpStatus, 400);
        QCOMPARE(refused.result().error().type, QStringLiteral("invalid_request_error"));
        QVERIFY(!refused.result().error().outcomeUnknown);
        QCOMPARE(retries.count(), 0); // a 400 is final

        // What Quire then does: fetch it and treat it as paid.
        Outcome<CheckoutSession> fetched;
        client->retrieveCheckoutSession(paid.id, this, fetched.callback());
        QVERIFY(fetched.wait());
        QVERIFY(fetched.result().ok() && fetched.result()->isPaid());
    }

    void refundsFullyPartlyAndNotBeyondThePayment()
    {
        auto client = makeClient();
        const CheckoutSession session = createSession(*client, QStringLiteral("refund-session"));
        QCOMPARE(pay(session), QStringLiteral("paid"));
        const QMap<QString, QString> metadata{
            {QStringLiteral("quire_payment_id"), QStringLiteral("7")}};

        Outcome<GatewayRefund> part;
        client->createRefund(session.paymentIntent, 1000, QStringLiteral("refund-1"), metadata,
                             this, part.callback());
        QVERIFY(part.wait());
        QVERIFY2(part.result().ok(), qPrintable(why(part.result())));
        QCOMPARE(part.result()->amount, 1000);
        QVERIFY(part.result()->status == GatewayRefund::Status::Succeeded);
        QCOMPARE(part.result()->metadata, metadata);

        Outcome<GatewayRefund> tooMuch;
        client->createRefund(session.paymentIntent, 5000, QStringLiteral("refund-2"), metadata,
                             this, tooMuch.callback());
        QVERIFY(tooMuch.wait());
        QVERIFY(!tooMuch.result().ok());
        QCOMPARE(tooMuch.result().error().httpStatus, 400);
        QCOMPARE(tooMuch.result().error().param, QStringLiteral("amount"));

        Outcome<GatewayRefund> rest;
        client->createRefund(session.paymentIntent, std::nullopt, QStringLiteral("refund-3"),
                             metadata, this, rest.callback());
        QVERIFY(rest.wait());
        QVERIFY(rest.result().ok());
        QCOMPARE(rest.result()->amount, 2948 - 1000);

        Outcome<GatewayRefund> again;
        client->retrieveRefund(part.result()->id, this, again.callback());
        QVERIFY(again.wait());
        QVERIFY(again.result().ok());
        QCOMPARE(again.result()->id, part.result()->id);

        Outcome<GatewayRefund> unknown;
        client->createRefund(QStringLiteral("pi_test_nope"), std::nullopt,
                             QStringLiteral("refund-4"), {}, this, unknown.callback());
        QVERIFY(unknown.wait());
        QCOMPARE(unknown.result().error().httpStatus, 404);
        QCOMPARE(unknown.result().error().code, QStringLiteral("resource_missing"));
    }

    void refundsEndFailedWhenTheGatewayFailsThem()
    {
        auto client = makeClient();
        QVERIFY(m_sim.setFaults({{QStringLiteral("fail-refunds"), true}}));
        const CheckoutSession session = createSession(*client, QStringLiteral("failing-refund"));
        QCOMPARE(pay(session), QStringLiteral("paid"));
        Outcome<GatewayRefund> created;
        client->createRefund(session.paymentIntent, std::nullopt, QStringLiteral("refund-f"), {},
                             this, created.callback());
        QVERIFY(created.wait());
        QVERIFY(created.result().ok());
        QVERIFY(created.result()->status == GatewayRefund::Status::Pending);

        const QString id = created.result()->id;
        std::optional<GatewayRefund::Status> status;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                Outcome<GatewayRefund> polled;
                client->retrieveRefund(id, this, polled.callback());
                if (!polled.wait() || !polled.result().ok())
                    return false;
                status = polled.result()->status;
                return polled.result()->status == GatewayRefund::Status::Failed
                       && !polled.result()->failureReason.isEmpty();
            }(),
            5000);
    }

    void lostResponseIsAnUnknownOutcomeAndTheRetryReplaysIt()
    {
        auto client = makeClient();
        shortTimeouts(*client);
        QVERIFY(m_sim.setFaults({{QStringLiteral("lose-response"), true}}));
        QSignalSpy retries(client.get(), &GatewayClient::retryScheduled);
        // Kept: a retry must send the very same parameters (expires_at
        // included), or the gateway refuses the key as reused.
        const CheckoutSessionRequest request = bookOrder();
        Outcome<CheckoutSession> lost;
        client->createCheckoutSession(request, QStringLiteral("pay-9-attempt-1"), this,
                                      lost.callback());
        QVERIFY(lost.wait());
        QVERIFY(!lost.result().ok());
        const GatewayError &error = lost.result().error();
        QVERIFY2(error.outcomeUnknown, qPrintable(error.describe()));
        QVERIFY(error.source == GatewayError::Source::Network);
        QCOMPARE(error.attempts, 3);
        QCOMPARE(retries.count(), 2);

        // The gateway did create it, exactly once, despite three sends.
        const QJsonArray sessions
            = m_sim.get(QStringLiteral("/_sim/sessions")).json().value(u"data").toArray();
        QCOMPARE(sessions.size(), 1);

        // Reconciling by resending with the same key returns that session.
        QVERIFY(m_sim.setFaults({{QStringLiteral("lose-response"), false}}));
        Outcome<CheckoutSession> replayed;
        client->createCheckoutSession(request, QStringLiteral("pay-9-attempt-1"), this,
                                      replayed.callback());
        QVERIFY(replayed.wait());
        QVERIFY2(replayed.result().ok(), qPrintable(why(replayed.result())));
        QCOMPARE(replayed.result()->id, sessions.at(0).toObject().value(u"id").toString());
        QCOMPARE(m_sim.get(QStringLiteral("/_sim/sessions")).json().value(u"data").toArray().size(),
                 1);
    }

    void slowGatewayIsWaitedOutThroughKeyInUse()
    {
        // The first attempt times out while the gateway is still working on
        // it; retries see 409 (key in use) until the stored answer replays.
        auto client = makeClient();
        RetryPolicy policy = client->retryPolicy();
        policy.transferTimeoutMs = 500;
        policy.maxAttempts = 12;
        policy.maxDelayMs = 200;
        client->setRetryPolicy(policy);
        QVERIFY(m_sim.setFaults({{QStringLiteral("delay-ms"), 900}}));
        QSignalSpy retries(client.get(), &GatewayClient::retryScheduled);
        Outcome<CheckoutSession> created;
        client->createCheckoutSession(bookOrder(), QStringLiteral("slow-1"), this,
                                      created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(), qPrintable(why(created.result())));
        bool sawKeyInUse = false;
        for (const QList<QVariant> &retry : std::as_const(retries))
            sawKeyInUse |= retry.at(3).toString().contains(u"in-progress");
        QVERIFY(sawKeyInUse);
        QCOMPARE(m_sim.get(QStringLiteral("/_sim/sessions")).json().value(u"data").toArray().size(),
                 1);
    }

    void unreachableGatewayIsRetriedThenGivenUp()
    {
        auto client = makeClient();
        shortTimeouts(*client);
        QVERIFY(m_sim.setFaults({{QStringLiteral("unreachable"), true}}));
        QSignalSpy retries(client.get(), &GatewayClient::retryScheduled);
        Outcome<CheckoutSession> result;
        client->retrieveCheckoutSession(QStringLiteral("cs_test_whatever"), this,
                                        result.callback());
        QVERIFY(result.wait());
        QVERIFY(!result.result().ok());
        const GatewayError &error = result.result().error();
        QCOMPARE(error.attempts, 3);
        QVERIFY2(error.message.contains(u"unreachable"), qPrintable(error.message));
        QVERIFY(!error.outcomeUnknown); // a GET changes nothing
        QCOMPARE(retries.count(), 2);
        // The injected jitter returns the ceiling: 20 ms, then 40 ms.
        QCOMPARE(retries.at(0).at(2).toLongLong(), 20);
        QCOMPARE(retries.at(1).at(2).toLongLong(), 40);
    }

    void refusedConnectionMeansNothingWasSent()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        GatewayClient client(GatewayConfig(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)), "sk_test_x", {"whsec"}));
        RetryPolicy policy;
        policy.maxAttempts = 2;
        policy.baseDelayMs = 5;
        client.setRetryPolicy(policy);
        Outcome<CheckoutSession> result;
        client.createCheckoutSession(bookOrder(), QStringLiteral("refused-1"), this,
                                     result.callback());
        QVERIFY(result.wait());
        QVERIFY(!result.result().ok());
        QCOMPARE(result.result().error().attempts, 2);
        QVERIFY(!result.result().error().outcomeUnknown);
        QVERIFY(result.result().error().message.contains(u"refused"));
    }

    void serverErrorsAreRetriedWithTheSameKey()
    {
        auto client = makeClient();
        QVERIFY(m_sim.setFaults({{QStringLiteral("fail-next"), 2}}));
        QSignalSpy retries(client.get(), &GatewayClient::retryScheduled);
        const CheckoutSession session = createSession(*client, QStringLiteral("five-hundred"));
        QVERIFY(!session.id.isEmpty());
        QCOMPARE(retries.count(), 2);
        QCOMPARE(m_sim.get(QStringLiteral("/_sim/sessions")).json().value(u"data").toArray().size(),
                 1);
    }

    void retriesStopWhenTheTimeBudgetIsSpent()
    {
        auto client = makeClient();
        RetryPolicy policy = client->retryPolicy();
        policy.maxAttempts = 10;
        policy.maxElapsedMs = 30'000;
        client->setRetryPolicy(policy);
        // Each retry "takes" a minute on the injected clock.
        connect(client.get(), &GatewayClient::retryScheduled, this,
                [this] { m_clock.advanceMs(60'000); });
        QVERIFY(m_sim.setFaults({{QStringLiteral("fail-next"), 5}}));
        QSignalSpy retries(client.get(), &GatewayClient::retryScheduled);
        Outcome<CheckoutSession> result;
        client->createCheckoutSession(bookOrder(), QStringLiteral("budget-1"), this,
                                      result.callback());
        QVERIFY(result.wait());
        QVERIFY(!result.result().ok());
        QCOMPARE(result.result().error().httpStatus, 500);
        QCOMPARE(result.result().error().attempts, 2);
        QCOMPARE(retries.count(), 1);
        QVERIFY(result.result().error().outcomeUnknown);
    }

    // The budget is a duration: setting the system time forwards must not
    // spend it, setting it back must not extend it.
    void theTimeBudgetIgnoresTheWallClock()
    {
        auto client = makeClient();
        RetryPolicy policy = client->retryPolicy();
        policy.maxAttempts = 10;
        policy.maxElapsedMs = 30'000;
        client->setRetryPolicy(policy);
        connect(client.get(), &GatewayClient::retryScheduled, this,
                [this] { m_clock.jumpWallClockMs(3600 * 1000); });
        QVERIFY(m_sim.setFaults({{QStringLiteral("fail-next"), 2}}));
        Outcome<CheckoutSession> forward;
        client->createCheckoutSession(bookOrder(), QStringLiteral("budget-wall-forward"), this,
                                      forward.callback());
        QVERIFY(forward.wait());
        QVERIFY(forward.result().ok()); // third attempt, within the budget

        auto back = makeClient();
        back->setRetryPolicy(policy);
        // Each retry takes a minute and the wall clock is set back two.
        connect(back.get(), &GatewayClient::retryScheduled, this, [this] {
            m_clock.advanceMs(60'000);
            m_clock.jumpWallClockMs(-120'000);
        });
        QVERIFY(m_sim.setFaults({{QStringLiteral("fail-next"), 5}}));
        QSignalSpy retries(back.get(), &GatewayClient::retryScheduled);
        Outcome<CheckoutSession> result;
        back->createCheckoutSession(bookOrder(), QStringLiteral("budget-wall-back"), this,
                                    result.callback());
        QVERIFY(result.wait());
        QVERIFY(!result.result().ok());
        QCOMPARE(result.result().error().attempts, 2);
        QCOMPARE(retries.count(), 1);
        QVERIFY(m_sim.setFaults({{QStringLiteral("fail-next"), 0}}));
    }

    void definiteErrorsAreFinal()
    {
        auto badKey = makeClient("sk_test_wrong");
        QSignalSpy retries(badKey.get(), &GatewayClient::retryScheduled);
        Outcome<CheckoutSession> unauthorised;
        badKey->createCheckoutSession(bookOrder(), QStringLiteral("bad-key"), this,
                                      unauthorised.callback());
        QVERIFY(unauthorised.wait());
        QCOMPARE(unauthorised.result().error().httpStatus, 401);
        QCOMPARE(unauthorised.result().error().attempts, 1);
        QCOMPARE(retries.count(), 0);

        auto client = makeClient();
        Outcome<CheckoutSession> missing;
        client->retrieveCheckoutSession(QStringLiteral("cs_test_nope"), this, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.result().error().httpStatus, 404);
        QCOMPARE(missing.result().error().code, QStringLiteral("resource_missing"));
        QCOMPARE(missing.result().toResult().error().kind, quire::ErrorKind::NotFound);

        createSession(*client, QStringLiteral("reused-key"));
        Outcome<CheckoutSession> mismatch;
        client->createCheckoutSession(bookOrder(QStringLiteral("8")), QStringLiteral("reused-key"),
                                      this, mismatch.callback());
        QVERIFY(mismatch.wait());
        QCOMPARE(mismatch.result().error().httpStatus, 400);
        QCOMPARE(mismatch.result().error().type, QStringLiteral("idempotency_error"));

        Outcome<CheckoutSession> unsafe;
        client->retrieveCheckoutSession(QStringLiteral("../v1/refunds"), this, unsafe.callback());
        QVERIFY(unsafe.wait());
        QVERIFY(unsafe.result().error().source == GatewayError::Source::Client);
    }

    void logsNeitherSecretsNorBodiesNorPageUrls()
    {
        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("quire.gateway.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QLatin1String(context.category).startsWith(QLatin1String("quire.gateway")))
                    messages.append(message);
            });
        auto client = makeClient();
        const CheckoutSession session = createSession(*client, QStringLiteral("log-key-1"));
        Outcome<CheckoutSession> fetched;
        client->retrieveCheckoutSession(session.id, this, fetched.callback());
        QVERIFY(fetched.wait());
        auto badKey = makeClient("sk_test_wrong_and_secret");
        Outcome<CheckoutSession> refused;
        badKey->retrieveCheckoutSession(session.id, this, refused.callback());
        QVERIFY(refused.wait());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(messages.size() >= 3);
        const QString all = messages.join(u'\n');
        QVERIFY2(!all.contains(QString::fromUtf8(m_sim.apiKey())), qPrintable(all));
        QVERIFY(!all.contains(u"sk_test_wrong_and_secret"));
        QVERIFY(!all.contains(u"/pay/"));
        QVERIFY(!all.contains(u"Der Zauberberg")); // no request body
        QVERIFY(!all.contains(u"quire://"));       // no response body
        QVERIFY(!all.contains(session.id));
    }

    void refusesOversizedAnswersAndOddMetadataKeys()
    {
        quire::StrictHttpServer hostile;
        hostile.setHandler([](const quire::HttpRequest &, const quire::HttpResponder &responder) {
            responder.send(quire::HttpResponse::html(200, QByteArray(3 * 1024 * 1024, 'x')));
        });
        QVERIFY(hostile.listen(QHostAddress(QHostAddress::LocalHost), 0).ok());
        GatewayClient client(
            GatewayConfig(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(hostile.serverPort())),
                          "sk_test_x", {"whsec"}));
        Outcome<CheckoutSession> flooded;
        client.retrieveCheckoutSession(QStringLiteral("cs_test_big"), this, flooded.callback());
        QVERIFY(flooded.wait());
        QVERIFY(!flooded.result().ok());
        QVERIFY(flooded.result().error().source == GatewayError::Source::Protocol);
        QVERIFY2(flooded.result().error().message.contains(u"larger"),
                 qPrintable(why(flooded.result())));

        auto simClient = makeClient();
        Outcome<GatewayRefund> odd;
        simClient->createRefund(
            QStringLiteral("pi_test_x"), std::nullopt, QStringLiteral("odd-key"),
            {{QStringLiteral("a][b"), QStringLiteral("1")}}, this, odd.callback());
        QVERIFY(odd.wait());
        QVERIFY(odd.result().error().source == GatewayError::Source::Client);
    }

    void noCallbackAfterTheContextIsGone()
    {
        auto client = makeClient();
        QVERIFY(m_sim.setFaults({{QStringLiteral("delay-ms"), 300}}));
        auto context = std::make_unique<QObject>();
        int calls = 0;
        client->retrieveCheckoutSession(
            QStringLiteral("cs_test_x"), context.get(),
            [&calls](const GatewayResult<CheckoutSession> &) { ++calls; });
        context.reset();
        QTRY_COMPARE(client->pendingRequests(), 0);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(GatewayClientTest)
#include "GatewayClientTest.moc"
