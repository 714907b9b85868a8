#include "gateway/StripeFormEncoder.h"

#include "gateway/CheckoutSessionRequest.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using quire::CheckoutSessionRequest;
using quire::StripeFormEncoder;

// Protects: the request body the gateway receives means exactly what Quire
// meant: Stripe's bracket keys, and no title or URL able to split, add or
// change a parameter.
class StripeFormEncoderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattensNestedObjectsAndArraysWithBrackets()
    {
        const QJsonObject parameters{
            {QStringLiteral("mode"), QStringLiteral("payment")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("quire_payment_id"), QStringLiteral("7")}}},
            {QStringLiteral("line_items"),
             QJsonArray{QJsonObject{{QStringLiteral("quantity"), 2}},
                        QJsonObject{{QStringLiteral("quantity"), 1}}}},
        };
        QCOMPARE(StripeFormEncoder::encode(parameters),
                 QByteArray("line_items[0][quantity]=2&line_items[1][quantity]=1&"
                            "metadata[quire_payment_id]=7&mode=payment"));
    }

    void escapesValuesSoTheyCannotSplitParameters()
    {
        StripeFormEncoder form;
        form.add(QStringLiteral("name"), QStringLiteral("Tom & Jerry = 1+1 ? #50% café"));
        QCOMPARE(form.toByteArray(),
                 QByteArray("name=Tom%20%26%20Jerry%20%3D%201%2B1%20%3F%20%2350%25%20caf%C3%A9"));
        // Decoding as a server does gives the original text back.
        const QUrlQuery decoded(QString::fromLatin1(form.toByteArray()));
        QCOMPARE(decoded.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded),
                 QStringLiteral("Tom & Jerry = 1+1 ? #50% café"));
    }

    void encodesIntegersBooleansAndNullsAsStripeReadsThem()
    {
        const QJsonObject parameters{{QStringLiteral("amount"), 2948},
                                     {QStringLiteral("flag"), true},
                                     {QStringLiteral("unset"), QJsonValue::Null}};
        QCOMPARE(StripeFormEncoder::encode(parameters), QByteArray("amount=2948&flag=true&unset="));
    }

    void encodesACheckoutSessionRequestAsTheProtocolSays()
    {
        CheckoutSessionRequest request;
        request.currency = QStringLiteral("EUR");
        request.lines
            = {{QStringLiteral("Der Zauberberg"), 899, 2}, {QStringLiteral("Faust & Co"), 1150, 1}};
        request.clientReferenceId = QStringLiteral("42");
        request.quirePaymentId = QStringLiteral("7");
        request.successUrl
            = QStringLiteral("quire://payment/success?session_id={CHECKOUT_SESSION_ID}");
        request.cancelUrl
            = QStringLiteral("quire://payment/cancel?session_id={CHECKOUT_SESSION_ID}");
        request.expiresAt = QDateTime::fromSecsSinceEpoch(1'795'001'800, Qt::UTC);
        QVERIFY(request.validate().ok());

        const QByteArray body = request.toFormBody();
        QVERIFY(body.startsWith("mode=payment&"));
        QVERIFY(body.contains("&line_items[0][price_data][currency]=eur&"));
        QVERIFY(body.contains("&line_items[0][price_data][unit_amount]=899&"));
        QVERIFY(body.contains("&line_items[0][price_data][product_data][name]=Der%20Zauberberg&"));
        QVERIFY(body.contains("&line_items[0][quantity]=2&"));
        QVERIFY(body.contains("&line_items[1][price_data][product_data][name]=Faust%20%26%20Co&"));
        QVERIFY(body.contains("&metadata[quire_payment_id]=7&"));
        QVERIFY(body.contains("&payment_intent_data[metadata][quire_payment_id]=7&"));
        QVERIFY(body.contains("&client_reference_id=42&"));
        // The placeholder must arrive as the literal text the gateway replaces.
        const QUrlQuery decoded(QString::fromLatin1(body));
        QCOMPARE(decoded.queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded),
                 request.successUrl);
        QVERIFY(body.endsWith("&expires_at=1795001800"));
    }

    void refusesRequestsTheGatewayWouldReject_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("currency") << QStringLiteral("currency");
        QTest::newRow("no lines") << QStringLiteral("lines");
        QTest::newRow("zero quantity") << QStringLiteral("quantity");
        QTest::newRow("negative amount") << QStringLiteral("amount");
        QTest::newRow("relative url") << QStringLiteral("url");
        QTest::newRow("no expiry") << QStringLiteral("expiry");
    }

    void refusesRequestsTheGatewayWouldReject()
    {
        QFETCH(QString, field);
        CheckoutSessionRequest request;
        request.currency = QStringLiteral("eur");
        request.lines = {{QStringLiteral("Book"), 899, 1}};
        request.successUrl = QStringLiteral("quire://payment/success");
        request.cancelUrl = QStringLiteral("quire://payment/cancel");
        request.expiresAt = QDateTime::fromSecsSinceEpoch(1'795'001'800, Qt::UTC);
        QVERIFY(request.validate().ok());
        if (field == u"currency")
            request.currency = QStringLiteral("euro");
        else if (field == u"lines")
            request.lines.clear();
        else if (field == u"quantity")
            request.lines[0].quantity = 0;
        else if (field == u"amount")
            request.lines[0].unitAmount = -1;
        else if (field == u"url")
            request.successUrl = QStringLiteral("/success");
        else if (field == u"expiry")
            request.expiresAt = {};
        QVERIFY(!request.validate().ok());
    }
};

QTEST_GUILESS_MAIN(StripeFormEncoderTest)
#include "StripeFormEncoderTest.moc"
