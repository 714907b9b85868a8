#include "gateway/CheckoutSession.h"
#include "gateway/GatewayError.h"
#include "gateway/GatewayRefund.h"

#include <QJsonDocument>
#include <QTest>

Q_DECLARE_METATYPE(quire::GatewayError)

using quire::CheckoutSession;
using quire::GatewayError;
using quire::GatewayRefund;

namespace {

QJsonObject sessionJson()
{
    return QJsonDocument::fromJson(
               "{ "
               "\"id\": \"cs_test_a1B2c3\", \"object\": \"checkout.session\", "
               "\"url\": \"http://127.0.0.1:41234/pay/cs_test_a1B2c3\", "
               "\"amount_total\": 2948, \"currency\": \"eur\", \"status\": \"open\", "
               "\"payment_status\": \"unpaid\", "
               "\"client_reference_id\": \"42\", \"metadata\": {\"quire_payment_id\": \"7\"}, "
               "\"payment_intent\": \"pi_test_x9Y8\", \"created\": 1795000000, \"expires_at\": "
               "1795001800, "
               "\"success_url\": \"quire://payment/success\", \"cancel_url\": "
               "\"quire://payment/cancel\"}")
        .object();
}

QJsonObject refundJson()
{
    return QJsonDocument::fromJson(
               "{\"id\": \"re_test_1\", \"object\": \"refund\", \"amount\": 2948, "
               "\"currency\": \"eur\", \"payment_intent\": \"pi_test_x9Y8\", \"status\": "
               "\"succeeded\", "
               "\"metadata\": {\"quire_payment_id\": \"7\"}}")
        .object();
}

} // namespace

// Protects: Quire acts only on gateway objects that are complete and
// well-typed; a malformed answer is an error, never a half-filled session
// that could mark an order paid.
class GatewayObjectsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheDocumentedSession()
    {
        const auto session = CheckoutSession::fromJson(sessionJson());
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
        QCOMPARE(session->id, QStringLiteral("cs_test_a1B2c3"));
        QCOMPARE(session->amountTotal, 2948);
        QCOMPARE(session->currency, QStringLiteral("eur"));
        QVERIFY(session->status == CheckoutSession::Status::Open);
        QVERIFY(!session->isPaid());
        QCOMPARE(session->metadata.value(QStringLiteral("quire_payment_id")), QStringLiteral("7"));
        QCOMPARE(session->paymentIntent, QStringLiteral("pi_test_x9Y8"));
        QCOMPARE(session->expiresAt.toSecsSinceEpoch(), 1'795'001'800);
        QCOMPARE(session->url.path(), QStringLiteral("/pay/cs_test_a1B2c3"));
    }

    void acceptsAClosedSessionWithoutUrl()
    {
        QJsonObject json = sessionJson();
        json.insert(QStringLiteral("status"), QStringLiteral("complete"));
        json.insert(QStringLiteral("payment_status"), QStringLiteral("paid"));
        json.insert(QStringLiteral("url"), QJsonValue::Null);
        const auto session = CheckoutSession::fromJson(json);
        QVERIFY(session.ok());
        QVERIFY(session->isPaid());
    }

    void rejectsMalformedSessions_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("wrong object")
            << QStringLiteral("object") << QJsonValue(QStringLiteral("refund"));
        QTest::newRow("no id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("amount as text")
            << QStringLiteral("amount_total") << QJsonValue(QStringLiteral("2948"));
        QTest::newRow("fractional amount") << QStringLiteral("amount_total") << QJsonValue(29.48);
        QTest::newRow("negative amount") << QStringLiteral("amount_total") << QJsonValue(-1);
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QJsonValue(QStringLiteral("pending"));
        QTest::newRow("unknown payment status")
            << QStringLiteral("payment_status") << QJsonValue(QStringLiteral("maybe"));
        QTest::newRow("no expiry")
            << QStringLiteral("expires_at") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("open without url") << QStringLiteral("url") << QJsonValue(QJsonValue::Null);
        QTest::newRow("bad url") << QStringLiteral("url")
                                 << QJsonValue(QStringLiteral("not a url"));
    }

    void rejectsMalformedSessions()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = sessionJson();
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const auto session = CheckoutSession::fromJson(json);
        QVERIFY(!session.ok());
        QVERIFY2(session.error().message.contains(field)
                     || session.error().message.contains(u"object")
                     || session.error().message.contains(u"refund"),
                 qPrintable(session.error().message));
    }

    void parsesRefunds()
    {
        const auto refund = GatewayRefund::fromJson(refundJson());
        QVERIFY(refund.ok());
        QCOMPARE(refund->amount, 2948);
        QVERIFY(refund->status == GatewayRefund::Status::Succeeded);
        QCOMPARE(refund->paymentIntent, QStringLiteral("pi_test_x9Y8"));

        QJsonObject failed = refundJson();
        failed.insert(QStringLiteral("status"), QStringLiteral("failed"));
        failed.insert(QStringLiteral("failure_reason"), QStringLiteral("declined"));
        const auto failedRefund = GatewayRefund::fromJson(failed);
        QVERIFY(failedRefund.ok());
        QVERIFY(failedRefund->status == GatewayRefund::Status::Failed);
        QCOMPARE(failedRefund->failureReason, QStringLiteral("declined"));
    }

    void rejectsMalformedRefunds()
    {
        QJsonObject noIntent = refundJson();
        noIntent.remove(QStringLiteral("payment_intent"));
        QVERIFY(!GatewayRefund::fromJson(noIntent).ok());
        QJsonObject zero = refundJson();
        zero.insert(QStringLiteral("amount"), 0);
        QVERIFY(!GatewayRefund::fromJson(zero).ok());
        QJsonObject status = refundJson();
        status.insert(QStringLiteral("status"), QStringLiteral("done"));
        QVERIFY(!GatewayRefund::fromJson(status).ok());
    }

    void readsStripeErrorObjects()
    {
        const GatewayError error = GatewayError::fromResponse(
            404,
            "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"resource_missing\", "
            "\"message\": \"No such checkout.session: 'cs_test_nope'\", \"param\": \"id\"}}");
        QCOMPARE(error.httpStatus, 404);
        QCOMPARE(error.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(error.code, QStringLiteral("resource_missing"));
        QCOMPARE(error.param, QStringLiteral("id"));
        QVERIFY(!error.isRetryable());
        QVERIFY(!error.outcomeUnknown);
        QVERIFY(error.toError().kind == quire::ErrorKind::NotFound);

        const GatewayError busy = GatewayError::fromResponse(
            409,
            "{\"error\": {\"type\": \"idempotency_error\", \"code\": \"idempotency_key_in_use\"}}");
        QVERIFY(busy.isRetryable());
        QVERIFY(busy.outcomeUnknown);

        const GatewayError garbage = GatewayError::fromResponse(502, "<html>Bad gateway</html>");
        QVERIFY(garbage.isRetryable());
        QVERIFY(garbage.message.contains(u"502"));
    }

    void summarisesErrorsForPeopleWithoutTheProtocolsWords_data()
    {
        QTest::addColumn<GatewayError>("error");
        QTest::addColumn<QString>("summary");
        GatewayError timedOut = GatewayError::network(QStringLiteral("timed out"), true);
        timedOut.attempts = 3;
        QTest::newRow("timed out, unknown outcome")
            << timedOut
            << QStringLiteral("The payment service did not answer in time. (attempts: 3)");
        QTest::newRow("refused") << GatewayError::network(QStringLiteral("connection refused"),
                                                          false)
                                 << QStringLiteral("The payment service cannot be reached.");
        QTest::newRow("503") << GatewayError::fromResponse(503,
                                                           "{\"error\": {\"type\": \"api_error\"}}")
                             << QStringLiteral("The payment service has a problem of its own.");
        QTest::newRow("429") << GatewayError::fromResponse(
            429, "{\"error\": {\"type\": \"rate_limit_error\"}}")
                             << QStringLiteral("The payment service is busy.");
        QTest::newRow("400") << GatewayError::fromResponse(
            400, "{\"error\": {\"type\": \"invalid_request_error\", \"param\": \"x\"}}")
                             << QStringLiteral("The payment service refused the request.");
        QTest::newRow("protocol") << GatewayError::protocol(QStringLiteral(
            "no id")) << QStringLiteral("The payment service sent an answer Quire cannot read.");
    }

    void summarisesErrorsForPeopleWithoutTheProtocolsWords()
    {
        QFETCH(GatewayError, error);
        QFETCH(QString, summary);
        QCOMPARE(error.summary(), summary);
        // The operator's line keeps what the summary leaves out.
        QVERIFY(error.describe() != error.summary());
    }
};

QTEST_GUILESS_MAIN(GatewayObjectsTest)
#include "GatewayObjectsTest.moc"
