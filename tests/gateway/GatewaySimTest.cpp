#include "SimulatorClient.h"
#include "SimulatorLaunch.h"
#include "WebhookReceiver.h"
#include "domain/TaxCalculator.h"
#include "gateway/CheckoutLineItems.h"
#include "gateway/CheckoutSessionRequest.h"
#include "gateway/WebhookSignature.h"
#include "services/GatewaySimulatorProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using quire::CheckoutSessionRequest;
using quire::GatewaySimulatorProcess;
using quire::WebhookSignature;
using quire::test::SimulatorClient;
using quire::test::WebhookReceiver;

Q_DECLARE_METATYPE(quire::TaxPricing)

namespace {

CheckoutSessionRequest bookOrder(qint64 expiresInSeconds = 3600)
{
    CheckoutSessionRequest request;
    request.currency = QStringLiteral("eur");
    request.lines = {{QStringLiteral("Der Zauberberg"), 899, 2},
                     {QStringLiteral("Tom & Jerry <b>Annual</b>"), 1150, 1}};
    request.clientReferenceId = QStringLiteral("42");
    request.quirePaymentId = QStringLiteral("7");
    request.successUrl = QStringLiteral("quire://payment/success?session_id={CHECKOUT_SESSION_ID}");
    request.cancelUrl = QStringLiteral("quire://payment/cancel?session_id={CHECKOUT_SESSION_ID}");
    request.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds);
    return request;
}

QByteArray form(const QString &card)
{
    return "card_number=" + card.toUtf8().toPercentEncoding();
}

// A request to any URL (the challenge origin is not the simulator's base URL).
SimulatorClient::Reply fetch(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(10000);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(12000);
    SimulatorClient::Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

// The challenge frame's address in a hosted page.
QUrl challengeFrameUrl(const QByteArray &html)
{
    static const QRegularExpression frame(
        QStringLiteral("<iframe id=\"challenge\" src=\"([^\"]+)\""));
    const auto match = frame.match(QString::fromUtf8(html));
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

// A book at 7 % and a card at 19 %, taxed as PurchaseFlow taxes them.
quire::Order taxedOrder(quire::TaxPricing pricing)
{
    using namespace quire;
    Order order;
    order.id = 42;
    const auto eur
        = [](qint64 cents) { return *Money::fromMinorUnits(cents, QStringLiteral("EUR")); };
    order.lines = {{1, QStringLiteral("9780141439518"), QStringLiteral("Der Zauberberg"), eur(899),
                    2, TaxCategory::Reduced, TaxRate{7000}},
                   {2, QStringLiteral("4006381333931"), QStringLiteral("Card"), eur(350), 1,
                    TaxCategory::Standard, TaxRate{19000}}};
    QList<TaxedAmount> amounts;
    for (const OrderLine &line : std::as_const(order.lines))
        amounts.append({*line.taxCategory, line.taxRate, *line.lineTotal()});
    order.taxPricing = pricing;
    order.taxTotals = *TaxCalculator::totals(amounts, pricing);
    order.total = *TaxCalculator::grossTotal(order.taxTotals);
    return order;
}

} // namespace

// Protects: the simulator speaks the contract of docs/gateway-protocol.md
// on a real socket in a real process: REST objects and errors, idempotency,
// the hosted page, signed webhooks with redelivery, and every fault switch
// the client and the demo depend on.
class GatewaySimTest : public QObject
{
    Q_OBJECT

private:
    WebhookReceiver m_receiver;

    QString createSession(const SimulatorClient &sim, const QByteArray &key,
                          const CheckoutSessionRequest &request = bookOrder())
    {
        const auto reply
            = sim.post(QStringLiteral("/v1/checkout/sessions"), request.toFormBody(), key);
        if (reply.status != 200)
            qWarning("create failed: %d %s", reply.status, reply.body.constData());
        return reply.json().value(u"id").toString();
    }

    // Starts `process` with `arguments` and points `client` at it.
    static bool start(GatewaySimulatorProcess &process, SimulatorClient &client,
                      const QStringList &arguments = {}, int timeoutMs = 15000)
    {
        auto started = quire::test::startSimulator(process, {}, arguments, timeoutMs);
        if (!started) {
            qWarning() << started.error().message;
            return false;
        }
        client = SimulatorClient(*started, process.apiKey());
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_receiver.listen()); }
    void init()
    {
        m_receiver.deliveries.clear();
        m_receiver.failNext = 0;
    }

    // Issue 16: the hosted page's line items are the receipt's: shelf prices
    // with the VAT in them, or, with prices excluding tax, a "Sales tax"
    // line; either way the page's total is the order's.
    void thePagesLineItemsAddUpToTheReceiptsTotal_data()
    {
        QTest::addColumn<quire::TaxPricing>("pricing");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("shown");
        QTest::newRow("VAT included")
            << quire::TaxPricing::Inclusive << qint64(2 * 899 + 350) << QStringLiteral("€21.48");
        // 17.98 + 7 % (1.2586 -> 1.26) and 3.50 + 19 % (0.665 -> 0.67).
        QTest::newRow("sales tax added")
            << quire::TaxPricing::Exclusive << qint64(2 * 899 + 350 + 126 + 67)
            << QStringLiteral("€23.41");
    }
    void thePagesLineItemsAddUpToTheReceiptsTotal()
    {
        QFETCH(quire::TaxPricing, pricing);
        QFETCH(qint64, total);
        QFETCH(QString, shown);
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        const quire::Order order = taxedOrder(pricing);
        QCOMPARE(order.total.minorUnits(), total);
        auto lines = quire::CheckoutLineItems::of(order);
        QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error().message));
        CheckoutSessionRequest request = bookOrder();
        request.lines = *lines;
        const auto created = sim.post(QStringLiteral("/v1/checkout/sessions"), request.toFormBody(),
                                      QByteArray("key-tax-") + QTest::currentDataTag());
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(u"amount_total").toInteger(), total);
        const QString id = created.json().value(u"id").toString();
        const QString html = QString::fromUtf8(
            sim.request("GET", QStringLiteral("/pay/") + id, {}, {}, false).body);
        QVERIFY2(html.contains(shown), qPrintable(html));
        QVERIFY(html.contains(u"Der Zauberberg"));
        QCOMPARE(html.contains(u"Sales tax"), pricing == quire::TaxPricing::Exclusive);
        QVERIFY(simProcess.stop());
    }

    void helpListsEveryFaultSwitch()
    {
        QProcess process;
        process.start(quire::test::simulatorExecutable(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *name :
             {"--delay-ms", "--drop-webhooks", "--duplicate-webhooks", "--reorder-webhooks",
              "--unreachable", "--fail-refunds", "--lose-response", "--force-decline",
              "--cancel-on-pay", "--expire-on-pay", "--fail-next", "--listen", "--webhook-url",
              "--secrets-file", "--challenge-port"})
            QVERIFY2(help.contains(QLatin1String(name)), name);
    }

    void refusesToStartWithoutAKey()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("QUIRE_SIM_API_KEY"));
        process.setProcessEnvironment(environment);
        process.start(quire::test::simulatorExecutable(),
                      {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("QUIRE_SIM_API_KEY"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    void stopsCleanlyOnSigtermAndSigint()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        QVERIFY(sim.baseUrl().port() > 0);
        QVERIFY(simProcess.stop());

        GatewaySimulatorProcess interruptedProcess;
        SimulatorClient interrupted;
        QVERIFY(start(interruptedProcess, interrupted));
        ::kill(pid_t(interruptedProcess.process().processId()), SIGINT);
        QVERIFY(interruptedProcess.process().waitForFinished(10000));
        QCOMPARE(interruptedProcess.process().exitCode(), 0);
    }

    void createRetrievePayAndDeliverASignedWebhook()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(
            start(simProcess, sim, {QStringLiteral("--webhook-url"), m_receiver.url().toString()}));

        const auto created = sim.post(QStringLiteral("/v1/checkout/sessions"),
                                      bookOrder().toFormBody(), "key-create-1");
        QCOMPARE(created.status, 200);
        const QJsonObject session = created.json();
        const QString id = session.value(u"id").toString();
        QVERIFY(id.startsWith(u"cs_test_"));
        QCOMPARE(session.value(u"object").toString(), QStringLiteral("checkout.session"));
        QCOMPARE(session.value(u"amount_total").toInteger(), 2 * 899 + 1150);
        QCOMPARE(session.value(u"status").toString(), QStringLiteral("open"));
        QCOMPARE(session.value(u"payment_status").toString(), QStringLiteral("unpaid"));
        QCOMPARE(session.value(u"client_reference_id").toString(), QStringLiteral("42"));
        QCOMPARE(session.value(u"metadata").toObject().value(u"quire_payment_id").toString(),
                 QStringLiteral("7"));
        QVERIFY(session.value(u"payment_intent").toString().startsWith(u"pi_test_"));
        QCOMPARE(QUrl(session.value(u"url").toString()).path(), QStringLiteral("/pay/") + id);

        const auto retrieved = sim.get(QStringLiteral("/v1/checkout/sessions/") + id);
        QCOMPARE(retrieved.status, 200);
        QCOMPARE(retrieved.json(), session);

        const auto paid = sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                                   form(QStringLiteral("4242 4242 4242 4242")));
        QCOMPARE(paid.status, 200);
        QCOMPARE(paid.json().value(u"outcome").toString(), QStringLiteral("paid"));

        QTRY_COMPARE(m_receiver.deliveries.size(), 1);
        const WebhookReceiver::Delivery delivery = m_receiver.deliveries.constFirst();
        QCOMPARE(delivery.type(), QStringLiteral("checkout.session.completed"));
        QCOMPARE(delivery.contentType, QByteArray("application/json"));
        QVERIFY(delivery.id().startsWith(u"evt_test_"));
        QCOMPARE(delivery.event.value(u"api_version").toString(), QStringLiteral("2024-06-20"));
        QCOMPARE(delivery.object().value(u"id").toString(), id);
        QCOMPARE(delivery.object().value(u"payment_status").toString(), QStringLiteral("paid"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(WebhookSignature::verify(delivery.signature, delivery.body,
                                         {quire::test::kSimulatorWebhookSecret}, now)
                    .ok());
        QVERIFY(!WebhookSignature::verify(delivery.signature, delivery.body, {"whsec_other"}, now)
                     .ok());

        const auto after = sim.get(QStringLiteral("/v1/checkout/sessions/") + id).json();
        QCOMPARE(after.value(u"status").toString(), QStringLiteral("complete"));
        QCOMPARE(after.value(u"payment_status").toString(), QStringLiteral("paid"));
        QVERIFY(after.value(u"url").isNull());
        QVERIFY(simProcess.stop());
    }

    void hostedPageShowsTheOrderAndHandlesCards()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(
            start(simProcess, sim, {QStringLiteral("--webhook-url"), m_receiver.url().toString()}));
        const QString id = createSession(sim, "key-page-1");
        QVERIFY(!id.isEmpty());
        const QString page = QStringLiteral("/pay/") + id;

        const auto shown = sim.request("GET", page, {}, {}, false);
        QCOMPARE(shown.status, 200);
        QVERIFY(shown.header("content-type").startsWith("text/html"));
        QCOMPARE(shown.header("cache-control"), QByteArray("no-store"));
        const QString html = QString::fromUtf8(shown.body);
        QVERIFY(html.contains(u"<title>Test payment</title>"));
        QVERIFY2(html.contains(u"€29.48"), qPrintable(html));
        QVERIFY(html.contains(u"Der Zauberberg"));
        QVERIFY(html.contains(u"Tom &amp; Jerry &lt;b&gt;Annual&lt;/b&gt;")); // escaped
        QVERIFY(html.contains(u"name=\"card_number\""));
        QVERIFY(html.contains(u"4242 4242 4242 4242"));

        // Not a test card: asked again, nothing announced.
        const auto invalid = sim.request("POST", page, form(QStringLiteral("1234")), {}, false);
        QCOMPARE(invalid.status, 200);
        QVERIFY(invalid.body.contains("test card"));

        const auto declined
            = sim.request("POST", page, "action=pay&card_number=4000+0000+0000+0002", {}, false);
        QCOMPARE(declined.status, 200);
        QVERIFY(declined.body.contains("Your card was declined."));
        QVERIFY(declined.body.contains("name=\"card_number\"")); // can try again
        QTRY_COMPARE(m_receiver.types(),
                     QStringList{QStringLiteral("payment_intent.payment_failed")});
        const QJsonObject intent = m_receiver.deliveries.constFirst().object();
        QCOMPARE(intent.value(u"object").toString(), QStringLiteral("payment_intent"));
        QCOMPARE(intent.value(u"metadata").toObject().value(u"quire_payment_id").toString(),
                 QStringLiteral("7"));
        QCOMPARE(intent.value(u"last_payment_error").toObject().value(u"message").toString(),
                 QStringLiteral("Your card was declined."));
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("open"));

        const auto cancelled = sim.request("POST", page, "action=cancel", {}, false);
        QCOMPARE(cancelled.status, 303);
        QCOMPARE(cancelled.header("location"),
                 QByteArray("quire://payment/cancel?session_id=") + id.toLatin1());

        const auto paid
            = sim.request("POST", page, "action=pay&card_number=4242424242424242", {}, false);
        QCOMPARE(paid.status, 303);
        QCOMPARE(paid.header("location"),
                 QByteArray("quire://payment/success?session_id=") + id.toLatin1());
        QTRY_COMPARE(m_receiver.deliveries.size(), 2);
        QCOMPARE(m_receiver.deliveries.at(1).type(), QStringLiteral("checkout.session.completed"));

        const auto again = sim.request("GET", page, {}, {}, false);
        QVERIFY(again.body.contains("already been paid"));
        QVERIFY(!again.body.contains("name=\"card_number\""));
        QCOMPARE(sim.request("GET", QStringLiteral("/pay/cs_test_nope"), {}, {}, false).status,
                 404);
    }

    // Protects: Stripe's 3-D Secure test card opens the issuer's challenge
    // on a second origin; failing it is a decline (webhook, session still
    // open for another card), completing it pays, and the page then goes
    // on to success_url. Nothing is announced before the answer.
    void threeDSecureChallengeOnASecondOrigin()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(
            start(simProcess, sim, {QStringLiteral("--webhook-url"), m_receiver.url().toString()}));
        // The second line of stdout names the challenge origin.
        QTRY_VERIFY(simProcess.process().canReadLine());
        const QString announced = QString::fromUtf8(simProcess.process().readLine()).trimmed();
        QVERIFY2(announced.startsWith(u"3-D Secure challenges on http://127.0.0.1:"),
                 qPrintable(announced));

        const QString id = createSession(sim, "key-3ds");
        const QString page = QStringLiteral("/pay/") + id;
        const auto challenged
            = sim.request("POST", page, "action=pay&card_number=4000+0027+6000+3184", {}, false);
        QCOMPARE(challenged.status, 200);
        QVERIFY(challenged.body.contains("Your bank asks you to confirm this payment."));
        QVERIFY(!challenged.body.contains("name=\"card_number\"")); // the challenge, not the form
        const QUrl frame = challengeFrameUrl(challenged.body);
        QVERIFY2(frame.isValid(), challenged.body.constData());
        QCOMPARE(frame.host(), sim.baseUrl().host());
        QVERIFY(frame.port() != sim.baseUrl().port()); // a second origin
        QCOMPARE(announced.section(u' ', -1), frame.adjusted(QUrl::RemovePath).toString());
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("open"));
        // Reloading the page shows the same challenge again.
        QCOMPARE(challengeFrameUrl(sim.request("GET", page, {}, {}, false).body), frame);

        const auto challenge = fetch("GET", frame);
        QCOMPARE(challenge.status, 200);
        QVERIFY(challenge.body.contains("id=\"complete\""));
        QVERIFY(challenge.body.contains("id=\"fail\""));
        QVERIFY(challenge.body.contains("€29.48"));
        QCOMPARE(challenge.header("content-security-policy"),
                 "frame-ancestors " + sim.baseUrl().toEncoded());
        QVERIFY(challenge.header("x-frame-options").isEmpty());
        QUrl script = frame;
        script.setPath(QStringLiteral("/assets/challenge.js"));
        const auto js = fetch("GET", script);
        QCOMPARE(js.status, 200);
        QVERIFY(js.body.contains("postMessage"));
        QVERIFY(m_receiver.deliveries.isEmpty());

        // Fail: a decline like a declined card, and the session stays open.
        const auto failed = fetch("POST", frame, "action=fail");
        QCOMPARE(failed.status, 200);
        QVERIFY(failed.body.contains("/assets/challenge.js"));
        QVERIFY(failed.body.contains(sim.baseUrl().toEncoded()));
        QTRY_COMPARE(m_receiver.types(),
                     QStringList{QStringLiteral("payment_intent.payment_failed")});
        const QJsonObject error
            = m_receiver.deliveries.constFirst().object().value(u"last_payment_error").toObject();
        QCOMPARE(error.value(u"code").toString(),
                 QStringLiteral("payment_intent_authentication_failure"));
        QVERIFY(error.value(u"message").toString().contains(u"unable to authenticate"));
        QCOMPARE(fetch("POST", frame, "action=complete").status, 404); // used up
        const auto afterFail
            = sim.request("GET", page + QStringLiteral("/challenge"), {}, {}, false);
        QCOMPARE(afterFail.status, 200);
        QVERIFY(afterFail.body.contains("unable to authenticate"));
        QVERIFY(afterFail.body.contains("name=\"card_number\"")); // can try again
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("open"));

        // Again, and complete: paid, and the page goes on to success_url.
        const auto second
            = sim.request("POST", page, "action=pay&card_number=4000002760003184", {}, false);
        const QUrl secondFrame = challengeFrameUrl(second.body);
        QVERIFY(secondFrame.isValid() && secondFrame != frame);
        QCOMPARE(fetch("POST", secondFrame, "action=maybe").status, 400);
        const auto completed = fetch("POST", secondFrame, "action=complete");
        QCOMPARE(completed.status, 200);
        QTRY_COMPARE(m_receiver.deliveries.size(), 2);
        QCOMPARE(m_receiver.deliveries.at(1).type(), QStringLiteral("checkout.session.completed"));
        QCOMPARE(m_receiver.deliveries.at(1).object().value(u"payment_status").toString(),
                 QStringLiteral("paid"));
        const auto result = sim.request("GET", page + QStringLiteral("/challenge"), {}, {}, false);
        QCOMPARE(result.status, 303);
        QCOMPARE(result.header("location"),
                 QByteArray("quire://payment/success?session_id=") + id.toLatin1());
        QCOMPARE(fetch("GET", secondFrame).status, 404);

        // Headless, as the demo panel and tests pay.
        const QString other = createSession(sim, "key-3ds-2");
        const auto headless = sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(other),
                                       form(QStringLiteral("4000002760003184")));
        QCOMPARE(headless.status, 202);
        QCOMPARE(headless.json().value(u"outcome").toString(), QStringLiteral("requires_action"));
        const QUrl headlessFrame(headless.json().value(u"challenge_url").toString());
        QCOMPARE(headlessFrame.port(), frame.port());
        QCOMPARE(fetch("POST", headlessFrame, "action=complete").status, 200);
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + other)
                     .json()
                     .value(u"payment_status")
                     .toString(),
                 QStringLiteral("paid"));
    }

    // Protects: Enter in the card field submits with the form's first
    // submit button, so that button must be Pay (a keyboard user must not
    // cancel by pressing Enter), and Cancel still cancels.
    void theFormsFirstSubmitButtonIsPay()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        const QString id = createSession(sim, "key-enter");
        const QString html = QString::fromUtf8(
            sim.request("GET", QStringLiteral("/pay/") + id, {}, {}, false).body);
        const qsizetype formStart = html.indexOf(u"id=\"pay-form\"");
        const qsizetype formEnd = html.indexOf(u"</form>", formStart);
        QVERIFY(formStart > 0 && formEnd > formStart);
        const QString payForm = html.mid(formStart, formEnd - formStart);
        // Submit buttons owned by the card form, in tree order.
        static const QRegularExpression submit(QStringLiteral("<button type=\"submit\"([^>]*)>"));
        QStringList owned;
        for (auto it = submit.globalMatch(payForm); it.hasNext();) {
            const QString attributes = it.next().captured(1);
            if (!attributes.contains(u" form="))
                owned << attributes;
        }
        QVERIFY(!owned.isEmpty());
        QVERIFY2(owned.constFirst().contains(u"value=\"pay\""), qPrintable(owned.constFirst()));
        QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"/pay/%1\" "
                                             "id=\"cancel-form\">")
                                  .arg(id)));
    }

    void insufficientFundsAndForcedDeclinesAreDeclines()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(
            start(simProcess, sim, {QStringLiteral("--webhook-url"), m_receiver.url().toString()}));
        const QString id = createSession(sim, "key-funds");
        const auto funds = sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                                    form(QStringLiteral("4000000000009995")));
        QCOMPARE(funds.status, 402);
        QVERIFY(funds.json().value(u"message").toString().contains(u"insufficient funds"));

        QVERIFY(sim.setFaults({{QStringLiteral("force-decline"), true}}));
        const auto forced = sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                                     form(QStringLiteral("4242424242424242")));
        QCOMPARE(forced.status, 402);
        QTRY_COMPARE(m_receiver.ofType(QStringLiteral("payment_intent.payment_failed")).size(), 2);
        QVERIFY(sim.setFaults({{QStringLiteral("force-decline"), false}}));
        QCOMPARE(sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                          form(QStringLiteral("4242424242424242")))
                     .status,
                 200);
    }

    // The demo panel's "customer cancels" and "timeout" endings.
    void cancelOnPayAndExpireOnPayEndThePaymentWithoutCharging()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(
            start(simProcess, sim, {QStringLiteral("--webhook-url"), m_receiver.url().toString()}));
        const QString id = createSession(sim, "key-cancel-on-pay");
        const QString page = QStringLiteral("/pay/") + id;
        QVERIFY(sim.setFaults({{QStringLiteral("cancel-on-pay"), true}}));
        const auto cancelled
            = sim.request("POST", page, "action=pay&card_number=4242424242424242", {}, false);
        QCOMPARE(cancelled.status, 303);
        QCOMPARE(cancelled.header("location"),
                 QByteArray("quire://payment/cancel?session_id=") + id.toLatin1());
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("open"));

        QVERIFY(sim.setFaults(
            {{QStringLiteral("cancel-on-pay"), false}, {QStringLiteral("expire-on-pay"), true}}));
        const auto expired = sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                                      form(QStringLiteral("4242424242424242")));
        QCOMPARE(expired.json().value(u"outcome").toString(), QStringLiteral("not_open"));
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"status")
                     .toString(),
                 QStringLiteral("expired"));
        QTRY_COMPARE(m_receiver.ofType(QStringLiteral("checkout.session.expired")).size(), 1);
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"payment_status")
                     .toString(),
                 QStringLiteral("unpaid"));
    }

    void idempotencyReplaysRefusesMismatchesAndReportsInFlight()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        const QByteArray body = bookOrder().toFormBody();
        const auto first = sim.post(QStringLiteral("/v1/checkout/sessions"), body, "key-idem");
        QCOMPARE(first.status, 200);
        QVERIFY(first.header("idempotent-replayed").isEmpty());

        const auto replay = sim.post(QStringLiteral("/v1/checkout/sessions"), body, "key-idem");
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replay.body, first.body);

        CheckoutSessionRequest other = bookOrder();
        other.lines[0].quantity = 3;
        const auto mismatch
            = sim.post(QStringLiteral("/v1/checkout/sessions"), other.toFormBody(), "key-idem");
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.json().value(u"error").toObject().value(u"type").toString(),
                 QStringLiteral("idempotency_error"));
        QCOMPARE(sim.get(QStringLiteral("/_sim/sessions")).json().value(u"data").toArray().size(),
                 1);

        // A second request while the first is still being processed.
        QVERIFY(sim.setFaults({{QStringLiteral("delay-ms"), 1500}}));
        QNetworkAccessManager network;
        QNetworkRequest slow(sim.baseUrl().resolved(QUrl(QStringLiteral("/v1/checkout/sessions"))));
        slow.setRawHeader("Authorization", "Bearer " + sim.apiKey());
        slow.setRawHeader("Idempotency-Key", "key-slow");
        slow.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *pending = network.post(slow, body);
        const auto second = sim.post(QStringLiteral("/v1/checkout/sessions"), body, "key-slow");
        QTRY_VERIFY_WITH_TIMEOUT(pending->isFinished(), 10000);
        // Whichever arrived first runs (1.5 s); the other finds its key in use.
        const int firstStatus
            = pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray busy = firstStatus == 409 ? pending->readAll() : second.body;
        QCOMPARE(QList<int>({firstStatus, second.status}).count(409), 1);
        QCOMPARE(QList<int>({firstStatus, second.status}).count(200), 1);
        QCOMPARE(QJsonDocument::fromJson(busy)
                     .object()
                     .value(u"error")
                     .toObject()
                     .value(u"code")
                     .toString(),
                 QStringLiteral("idempotency_key_in_use"));
        delete pending;
    }

    void authenticationAndUnknownIdsUseStripeErrors()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        const auto missing
            = sim.request("GET", QStringLiteral("/v1/checkout/sessions/cs_test_x"), {}, {}, false);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.json().value(u"error").toObject().value(u"type").toString(),
                 QStringLiteral("invalid_request_error"));
        const auto wrong = sim.request("GET", QStringLiteral("/v1/checkout/sessions/cs_test_x"), {},
                                       {{"Authorization", "Bearer sk_test_wrong"}}, false);
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.body.contains("sk_test_wrong"));
        QCOMPARE(sim.request("GET", QStringLiteral("/_sim/faults"), {}, {}, false).status, 401);

        const auto unknown = sim.get(QStringLiteral("/v1/checkout/sessions/cs_test_nope"));
        QCOMPARE(unknown.status, 404);
        const QJsonObject error = unknown.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), QStringLiteral("resource_missing"));
        QCOMPARE(error.value(u"message").toString(),
                 QStringLiteral("No such checkout.session: 'cs_test_nope'"));
        QCOMPARE(error.value(u"param").toString(), QStringLiteral("id"));
        QCOMPARE(sim.get(QStringLiteral("/v1/refunds/re_test_nope")).status, 404);
        QCOMPARE(sim.get(QStringLiteral("/v1/customers")).status, 404);
    }

    void rejectsBadParameters_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("param");
        const QByteArray good = bookOrder().toFormBody();
        QTest::newRow("no lines") << QByteArray("mode=payment&success_url=https%3A%2F%2Fx")
                                  << QStringLiteral("parameter_missing")
                                  << QStringLiteral("line_items");
        QTest::newRow("text amount")
            << QByteArray(good).replace("[unit_amount]=899", "[unit_amount]=8.99")
            << QStringLiteral("parameter_invalid_integer")
            << QStringLiteral("line_items[0][price_data][unit_amount]");
        QTest::newRow("unknown") << good + "&customer=cus_1" << QStringLiteral("parameter_unknown")
                                 << QStringLiteral("customer");
        QTest::newRow("no mode") << QByteArray(good).replace("mode=payment&", "")
                                 << QStringLiteral("parameter_missing") << QStringLiteral("mode");
    }

    void rejectsBadParameters()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, param);
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        const auto reply = sim.post(QStringLiteral("/v1/checkout/sessions"), body);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json().value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), code);
        QCOMPARE(error.value(u"param").toString(), param);
    }

    void expiresOnRequestAndWhenItsTimeComes()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(
            start(simProcess, sim, {QStringLiteral("--webhook-url"), m_receiver.url().toString()}));
        const QString id = createSession(sim, "key-expire");
        const auto expired
            = sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(id), {});
        QCOMPARE(expired.status, 200);
        QCOMPARE(expired.json().value(u"status").toString(), QStringLiteral("expired"));
        QTRY_COMPARE(m_receiver.types(), QStringList{QStringLiteral("checkout.session.expired")});
        QCOMPARE(m_receiver.deliveries.constFirst().object().value(u"id").toString(), id);
        // Paying an expired session is refused.
        QCOMPARE(sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                          form(QStringLiteral("4242424242424242")))
                     .json()
                     .value(u"outcome")
                     .toString(),
                 QStringLiteral("not_open"));

        const QString timed = createSession(sim, "key-timed", bookOrder(1));
        QVERIFY(!timed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(sim.get(QStringLiteral("/v1/checkout/sessions/") + timed)
                                      .json()
                                      .value(u"status")
                                      .toString(),
                                  QStringLiteral("expired"), 5000);
        QTRY_COMPARE(m_receiver.ofType(QStringLiteral("checkout.session.expired")).size(), 2);
    }

    void expiringACompletedSessionIsRefused()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim));
        const QString id = createSession(sim, "key-complete");
        QCOMPARE(sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                          form(QStringLiteral("4242424242424242")))
                     .status,
                 200);
        const auto refused
            = sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(id), {});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(u"error").toObject().value(u"type").toString(),
                 QStringLiteral("invalid_request_error"));
        QCOMPARE(sim.get(QStringLiteral("/v1/checkout/sessions/") + id)
                     .json()
                     .value(u"payment_status")
                     .toString(),
                 QStringLiteral("paid"));
    }

    void redeliversUntilTheReceiverAccepts()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim,
                      {QStringLiteral("--webhook-url"), m_receiver.url().toString(),
                       QStringLiteral("--webhook-retry-ms"), QStringLiteral("50")}));
        m_receiver.failNext = 2;
        const int attemptsBefore = m_receiver.attempts();
        const QString id = createSession(sim, "key-redeliver");
        sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(id), {});
        QTRY_COMPARE(m_receiver.deliveries.size(), 1);
        QCOMPARE(m_receiver.attempts() - attemptsBefore, 3);
        QVERIFY(WebhookSignature::verify(m_receiver.deliveries.constFirst().signature,
                                         m_receiver.deliveries.constFirst().body,
                                         {quire::test::kSimulatorWebhookSecret},
                                         QDateTime::currentSecsSinceEpoch())
                    .ok());
    }

    void duplicatesDropsAndReordersWebhooksOnRequest()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(simProcess, sim,
                      {QStringLiteral("--webhook-url"), m_receiver.url().toString(),
                       QStringLiteral("--duplicate-webhooks"), QStringLiteral("--reorder-hold-ms"),
                       QStringLiteral("300")}));
        const QString first = createSession(sim, "key-dup");
        sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(first), {});
        QTRY_COMPARE(m_receiver.deliveries.size(), 2);
        QCOMPARE(m_receiver.deliveries.at(0).id(), m_receiver.deliveries.at(1).id());
        QCOMPARE(m_receiver.deliveries.at(0).body, m_receiver.deliveries.at(1).body);

        // Dropped: recorded by the simulator, never delivered.
        QVERIFY(sim.setFaults({{QStringLiteral("duplicate-webhooks"), false},
                               {QStringLiteral("drop-webhooks"), true}}));
        m_receiver.deliveries.clear();
        const QString dropped = createSession(sim, "key-drop");
        sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(dropped), {});
        QTRY_VERIFY(sim.get(QStringLiteral("/_sim/events")).body.contains("\"dropped\""));

        // Reordered: two events arrive newest first.
        QVERIFY(sim.setFaults({{QStringLiteral("drop-webhooks"), false},
                               {QStringLiteral("reorder-webhooks"), true}}));
        const QString a = createSession(sim, "key-order-a");
        const QString b = createSession(sim, "key-order-b");
        sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(a), {});
        sim.post(QStringLiteral("/v1/checkout/sessions/%1/expire").arg(b), {});
        QTRY_COMPARE(m_receiver.deliveries.size(), 2);
        QCOMPARE(m_receiver.deliveries.at(0).object().value(u"id").toString(), b);
        QCOMPARE(m_receiver.deliveries.at(1).object().value(u"id").toString(), a);
        QVERIFY(m_receiver.ofType(QStringLiteral("checkout.session.expired")).size() == 2);
        for (const auto &delivery : std::as_const(m_receiver.deliveries))
            QVERIFY(delivery.object().value(u"id").toString() != dropped);
    }

    void keepsStateAcrossRestartsWithAStateFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString stateFile = dir.filePath(QStringLiteral("sim-state.json"));
        const QByteArray body = bookOrder().toFormBody();
        QString id;
        {
            GatewaySimulatorProcess simProcess;
            SimulatorClient sim;
            QVERIFY(start(simProcess, sim, {QStringLiteral("--state-file"), stateFile}));
            const auto created
                = sim.post(QStringLiteral("/v1/checkout/sessions"), body, "key-persist");
            id = created.json().value(u"id").toString();
            QCOMPARE(sim.post(QStringLiteral("/_sim/sessions/%1/pay").arg(id),
                              form(QStringLiteral("4242424242424242")))
                         .status,
                     200);
            QVERIFY(simProcess.stop());
        }
        GatewaySimulatorProcess restartedProcess;
        SimulatorClient restarted;
        QVERIFY(start(restartedProcess, restarted, {QStringLiteral("--state-file"), stateFile}));
        const QJsonObject session
            = restarted.get(QStringLiteral("/v1/checkout/sessions/") + id).json();
        QCOMPARE(session.value(u"payment_status").toString(), QStringLiteral("paid"));
        const auto replay
            = restarted.post(QStringLiteral("/v1/checkout/sessions"), body, "key-persist");
        QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(replay.json().value(u"id").toString(), id);
        QVERIFY(restartedProcess.stop());

        // A damaged file stops the start instead of silently forgetting.
        QFile damaged(stateFile);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("{not json");
        damaged.close();
        GatewaySimulatorProcess refusedProcess;
        SimulatorClient refused;
        QVERIFY(!start(refusedProcess, refused, {QStringLiteral("--state-file"), stateFile}, 5000));
        QTRY_VERIFY(!refusedProcess.isRunning());
        QCOMPARE(refusedProcess.process().exitCode(), 2);
    }

    void faultsCanBeReadAndRejectUnknownNames()
    {
        GatewaySimulatorProcess simProcess;
        SimulatorClient sim;
        QVERIFY(start(
            simProcess, sim,
            {QStringLiteral("--fail-refunds"), QStringLiteral("--delay-ms"), QStringLiteral("5")}));
        const QJsonObject faults = sim.get(QStringLiteral("/_sim/faults")).json();
        QCOMPARE(faults.value(u"fail-refunds").toBool(), true);
        QCOMPARE(faults.value(u"delay-ms").toInt(), 5);
        QVERIFY(!sim.setFaults({{QStringLiteral("explode"), true}}));
        QVERIFY(!sim.setFaults({{QStringLiteral("delay-ms"), QStringLiteral("soon")}}));
        QCOMPARE(sim.get(QStringLiteral("/_sim/faults")).json(), faults);
    }
};

QTEST_GUILESS_MAIN(GatewaySimTest)
#include "GatewaySimTest.moc"
