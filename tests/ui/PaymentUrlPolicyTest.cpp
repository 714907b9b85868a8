#include "PaymentUrlPolicy.h"

#include <QTest>

using namespace quire;
using Verdict = PaymentUrlPolicy::Verdict;

Q_DECLARE_METATYPE(PaymentUrlPolicy::Verdict)

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
