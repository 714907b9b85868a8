#include "web/PaymentUrlPolicy.h"

#include <QTest>

using namespace quire;
using Verdict = PaymentUrlPolicy::Verdict;
using Request = PaymentUrlPolicy::Request;

Q_DECLARE_METATYPE(PaymentUrlPolicy::Verdict)
Q_DECLARE_METATYPE(PaymentUrlPolicy::Request)

namespace {

const QUrl
    kSuccess(QStringLiteral("https://quire.invalid/return/success?session={CHECKOUT_SESSION_ID}"));
const QUrl
    kCancel(QStringLiteral("https://quire.invalid/return/cancel?session={CHECKOUT_SESSION_ID}"));

void requestRow(const char *name, const char *url, Request request, const char *initiator,
                Verdict verdict)
{
    QTest::newRow(name) << QString::fromLatin1(url) << request << QString::fromLatin1(initiator)
                        << verdict;
}

} // namespace

// Protects: the one rule both the page and the interceptor apply: only the
// hosted page's exact origin loads, return URLs are recognised whatever
// their query, and nothing else gets through.
class PaymentUrlPolicyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Verdict>("verdict");
        const auto row = [](const char *name, const char *url, Verdict verdict) {
            QTest::newRow(name) << QString::fromLatin1(url) << verdict;
        };
        row("the page", "http://127.0.0.1:41234/pay/cs_test_1", Verdict::Allow);
        row("same origin, other path", "http://127.0.0.1:41234/pay.css", Verdict::Allow);
        row("host case", "http://127.0.0.1:41234/x", Verdict::Allow);
        row("other port", "http://127.0.0.1:41235/pay/cs_test_1", Verdict::Block);
        row("other scheme", "https://127.0.0.1:41234/pay/cs_test_1", Verdict::Block);
        row("other host", "http://localhost:41234/pay/cs_test_1", Verdict::Block);
        row("userinfo trick", "http://127.0.0.1:41234@evil.example/", Verdict::Block);
        row("file", "file:///etc/passwd", Verdict::Block);
        row("data", "data:text/html,<p>hi</p>", Verdict::Block);
        row("javascript", "javascript:alert(1)", Verdict::Block);
        row("about:blank", "about:blank", Verdict::Block);
        row("success", "https://quire.invalid/return/success?session=cs_test_1",
            Verdict::ReturnToSuccess);
        row("success, no query", "https://quire.invalid/return/success", Verdict::ReturnToSuccess);
        row("cancel", "https://quire.invalid/return/cancel?session=cs_test_1",
            Verdict::ReturnToCancel);
        row("success path elsewhere", "https://evil.example/return/success", Verdict::Block);
        row("return host, other path", "https://quire.invalid/other", Verdict::Block);
    }
    void classifies()
    {
        QFETCH(QString, url);
        QFETCH(Verdict, verdict);
        PaymentUrlPolicy policy(
            QUrl(QStringLiteral(
                "https://quire.invalid/return/success?session={CHECKOUT_SESSION_ID}")),
            QUrl(QStringLiteral(
                "https://quire.invalid/return/cancel?session={CHECKOUT_SESSION_ID}")));
        policy.allowOriginOf(QUrl(QStringLiteral("http://127.0.0.1:41234/pay/cs_test_1")));
        QCOMPARE(policy.classify(QUrl(url)), verdict);
    }

    // Stripe's hosted Checkout with a 3-D Secure challenge from an issuer's
    // own origin: what each kind of request may reach.
    void appliesTheStripePolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("initiator");
        QTest::addColumn<Verdict>("verdict");
        const char *checkout = "https://checkout.stripe.com";
        const char *acs = "https://acs.bank.example";
        // Main frame: pinned.
        requestRow("page", "https://checkout.stripe.com/c/pay/cs_live_1", Request::MainFrame, "",
                   Verdict::Allow);
        requestRow("main frame to a listed origin", "https://js.stripe.com/v3/", Request::MainFrame,
                   checkout, Verdict::Block);
        requestRow("main frame to the issuer", "https://acs.bank.example/challenge",
                   Request::MainFrame, acs, Verdict::Block);
        requestRow("main frame data", "data:text/html,<p>x</p>", Request::MainFrame, checkout,
                   Verdict::Block);
        requestRow("main frame javascript", "javascript:alert(1)", Request::MainFrame, checkout,
                   Verdict::Block);
        requestRow("main frame file", "file:///etc/passwd", Request::MainFrame, checkout,
                   Verdict::Block);
        requestRow("main frame success", "https://quire.invalid/return/success?session=cs_1",
                   Request::MainFrame, checkout, Verdict::ReturnToSuccess);
        // Sub-resources: the listed origins, from any frame.
        requestRow("script from js.stripe.com", "https://js.stripe.com/v3/", Request::SubResource,
                   checkout, Verdict::Allow);
        requestRow("confirm call", "https://api.stripe.com/v1/payment_pages/cs_1/confirm",
                   Request::SubResource, checkout, Verdict::Allow);
        requestRow("hcaptcha subdomain", "https://newassets.hcaptcha.com/c/x.js",
                   Request::SubResource, checkout, Verdict::Allow);
        requestRow("font from the cdn", "https://b.stripecdn.com/fonts/x.woff2",
                   Request::SubResource, checkout, Verdict::Allow);
        requestRow("unlisted script", "https://cdn.evil.example/x.js", Request::SubResource,
                   checkout, Verdict::Block);
        requestRow("beacon to the issuer from the page", "https://acs.bank.example/collect",
                   Request::SubResource, checkout, Verdict::Block);
        requestRow("plain http listed host", "http://js.stripe.com/v3/", Request::SubResource,
                   checkout, Verdict::Block);
        requestRow("no initiator", "https://cdn.evil.example/x.js", Request::SubResource, "",
                   Verdict::Block);
        requestRow("inline image", "data:image/png;base64,iVBORw0KGgo=", Request::SubResource,
                   checkout, Verdict::Allow);
        requestRow("blob of the page", "blob:https://checkout.stripe.com/0b1c",
                   Request::SubResource, checkout, Verdict::Allow);
        requestRow("blob of another origin", "blob:https://evil.example/0b1c", Request::SubResource,
                   checkout, Verdict::Block);
        // The challenge frame loads its own origin's scripts and styles, and
        // nothing else unlisted.
        requestRow("challenge frame's own script", "https://acs.bank.example/acs.js",
                   Request::SubResource, acs, Verdict::Allow);
        requestRow("challenge frame's own style, other path", "https://acs.bank.example:443/s.css",
                   Request::SubResource, acs, Verdict::Allow);
        requestRow("challenge frame to a third origin", "https://tracker.example/t.gif",
                   Request::SubResource, acs, Verdict::Block);
        requestRow("challenge frame to the issuer on another port",
                   "https://acs.bank.example:8443/x.js", Request::SubResource, acs, Verdict::Block);
        requestRow("opaque initiator", "https://acs.bank.example/acs.js", Request::SubResource,
                   "null", Verdict::Block);
        requestRow("http frame's own script", "http://acs.bank.example/acs.js",
                   Request::SubResource, "http://acs.bank.example", Verdict::Block);
        // Subframes: any https origin, never plain http or local schemes.
        requestRow("issuer challenge frame", "https://acs.bank.example/challenge",
                   Request::SubFrame, "https://js.stripe.com", Verdict::Allow);
        requestRow("stripe frame", "https://m.stripe.network/inner.html", Request::SubFrame,
                   checkout, Verdict::Allow);
        requestRow("plain http frame", "http://acs.bank.example/challenge", Request::SubFrame,
                   checkout, Verdict::Block);
        requestRow("loopback http frame", "http://127.0.0.1:8080/challenge", Request::SubFrame,
                   checkout, Verdict::Block);
        requestRow("about:blank frame", "about:blank", Request::SubFrame, checkout, Verdict::Allow);
        requestRow("about:srcdoc frame", "about:srcdoc", Request::SubFrame, checkout,
                   Verdict::Allow);
        requestRow("about:other frame", "about:version", Request::SubFrame, checkout,
                   Verdict::Block);
        requestRow("blob frame of the page", "blob:https://checkout.stripe.com/0b1c",
                   Request::SubFrame, checkout, Verdict::Allow);
        requestRow("blob frame of the issuer", "blob:https://acs.bank.example/0b1c",
                   Request::SubFrame, acs, Verdict::Block);
        requestRow("data frame", "data:text/html,<p>x</p>", Request::SubFrame, checkout,
                   Verdict::Block);
        requestRow("javascript frame", "javascript:alert(1)", Request::SubFrame, checkout,
                   Verdict::Block);
        requestRow("file frame", "file:///etc/passwd", Request::SubFrame, checkout, Verdict::Block);
        requestRow("success URL in a frame", "https://quire.invalid/return/success?session=cs_1",
                   Request::SubFrame, checkout, Verdict::Block);
        requestRow("success URL as a resource", "https://quire.invalid/return/success",
                   Request::SubResource, checkout, Verdict::Block);
    }
    void appliesTheStripePolicy()
    {
        QFETCH(QString, url);
        QFETCH(Request, request);
        QFETCH(QString, initiator);
        QFETCH(Verdict, verdict);
        PaymentUrlPolicy policy(kSuccess, kCancel, GatewayOriginPolicy::stripe());
        QVERIFY(policy.allowOriginOf(
            QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/cs_live_1"))));
        QCOMPARE(policy.classifyRequest(QUrl(url), request, QUrl(initiator)), verdict);
    }

    // The demo's simulator: everything on this machine, the challenge on a
    // second loopback port over plain http.
    void appliesTheSimulatorPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("initiator");
        QTest::addColumn<Verdict>("verdict");
        const char *checkout = "http://127.0.0.1:41234";
        const char *challenge = "http://127.0.0.1:41235";
        requestRow("page", "http://127.0.0.1:41234/pay/cs_test_1", Request::MainFrame, "",
                   Verdict::Allow);
        requestRow("main frame to the challenge origin", "http://127.0.0.1:41235/3ds/x",
                   Request::MainFrame, checkout, Verdict::Block);
        requestRow("challenge frame", "http://127.0.0.1:41235/3ds/x", Request::SubFrame, checkout,
                   Verdict::Allow);
        requestRow("challenge frame's script", "http://127.0.0.1:41235/assets/challenge.js",
                   Request::SubResource, challenge, Verdict::Allow);
        requestRow("page's request to the challenge origin",
                   "http://127.0.0.1:41235/assets/challenge.js", Request::SubResource, checkout,
                   Verdict::Block);
        requestRow("challenge frame to a third port", "http://127.0.0.1:41236/x.js",
                   Request::SubResource, challenge, Verdict::Block);
        requestRow("frame from another machine", "http://192.168.1.5:41235/3ds/x",
                   Request::SubFrame, checkout, Verdict::Block);
        requestRow("https frame", "https://acs.bank.example/challenge", Request::SubFrame, checkout,
                   Verdict::Allow);
        requestRow("a listed script is none", "https://js.stripe.com/v3/", Request::SubResource,
                   checkout, Verdict::Block);
    }
    void appliesTheSimulatorPolicy()
    {
        QFETCH(QString, url);
        QFETCH(Request, request);
        QFETCH(QString, initiator);
        QFETCH(Verdict, verdict);
        PaymentUrlPolicy policy(kSuccess, kCancel); // automatic: the simulator's, for loopback
        QVERIFY(policy.allowOriginOf(QUrl(QStringLiteral("http://127.0.0.1:41234/pay/cs_test_1"))));
        QCOMPARE(policy.activeOrigins().preset, GatewayOriginPolicy::Preset::Simulator);
        QCOMPARE(policy.classifyRequest(QUrl(url), request, QUrl(initiator)), verdict);
    }

    void aPageOutsideTheCheckoutOriginsIsNotAllowed()
    {
        PaymentUrlPolicy stripe(kSuccess, kCancel, GatewayOriginPolicy::stripe());
        QVERIFY(!stripe.allowOriginOf(QUrl(QStringLiteral("http://127.0.0.1:41234/pay/cs_1"))));
        QVERIFY(!stripe.allowOriginOf(
            QUrl(QStringLiteral("https://checkout.stripe.com.evil.example/c"))));
        QVERIFY(!stripe.allowOriginOf(QUrl(QStringLiteral("https://js.stripe.com/c/pay/cs_1"))));
        QVERIFY(stripe.allowedOrigin().isEmpty());
        QCOMPARE(stripe.classifyRequest(QUrl(QStringLiteral("https://js.stripe.com/v3/")),
                                        Request::SubResource,
                                        QUrl(QStringLiteral("https://checkout.stripe.com"))),
                 Verdict::Block);
        // Allowed once, then refused: the earlier origin is forgotten.
        QVERIFY(stripe.allowOriginOf(QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/x"))));
        QVERIFY(!stripe.allowOriginOf(QUrl(QStringLiteral("https://evil.example/c/pay/x"))));
        QCOMPARE(stripe.classify(QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/x"))),
                 Verdict::Block);
        // Automatic never takes another remote origin for Stripe's.
        PaymentUrlPolicy automatic(kSuccess, kCancel);
        QVERIFY(!automatic.allowOriginOf(QUrl(QStringLiteral("https://pay.evil.example/c"))));
    }

    void nothingIsAllowedBeforeAPage()
    {
        PaymentUrlPolicy policy;
        QVERIFY(policy.allowedOrigin().isEmpty());
        QCOMPARE(policy.classify(QUrl(QStringLiteral("http://127.0.0.1:41234/"))), Verdict::Block);
        policy.allowOriginOf(QUrl(QStringLiteral("https://checkout.stripe.com/c/pay/cs_live_x")));
        QCOMPARE(policy.allowedOrigin(), QStringLiteral("https://checkout.stripe.com:443"));
        QCOMPARE(policy.classify(QUrl(QStringLiteral("https://checkout.stripe.com:443/x"))),
                 Verdict::Allow);
        policy.clearAllowedOrigin();
        QCOMPARE(policy.classify(QUrl(QStringLiteral("https://checkout.stripe.com/x"))),
                 Verdict::Block);
    }
};

QTEST_APPLESS_MAIN(PaymentUrlPolicyTest)
#include "PaymentUrlPolicyTest.moc"
