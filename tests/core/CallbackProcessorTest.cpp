#include "gateway/CallbackProcessor.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/WebhookSignature.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundRepository.h"
#include "services/AlertCenter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace quire;

namespace {

const QByteArray kSecret = "whsec_test_current";
const QString kIsbn = QStringLiteral("9780141439518");

QByteArray eventBody(const QString &eventId, const QString &type, const QJsonObject &object)
{
    const QJsonObject event{
        {QStringLiteral("id"), eventId},
        {QStringLiteral("object"), QStringLiteral("event")},
        {QStringLiteral("type"), type},
        {QStringLiteral("created"), 1795000000},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

QJsonObject session(const Payment &payment, const QString &paymentStatus, qint64 amount,
                    const QString &currency = QStringLiteral("eur"))
{
    return {{QStringLiteral("id"), QStringLiteral("cs_test_%1").arg(payment.id)},
            {QStringLiteral("object"), QStringLiteral("checkout.session")},
            {QStringLiteral("status"),
             paymentStatus == u"paid" ? QStringLiteral("complete") : QStringLiteral("open")},
            {QStringLiteral("payment_status"), paymentStatus},
            {QStringLiteral("amount_total"), amount},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_test_%1").arg(payment.id)},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(payment.id)}}}};
}

} // namespace

// Protects: a callback changes state only when correctly signed, exactly
// once per event id, only along the lifecycle, and acknowledges after commit.
class CallbackProcessorTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<PurchaseFlow> m_flow;
    std::unique_ptr<AlertCenter> m_alerts;
    std::unique_ptr<CallbackProcessor> m_processor;
    Payment m_payment;

    CallbackVerdict deliver(const QByteArray &body, const QByteArrayList &secrets = {kSecret},
                            qint64 ageSeconds = 5)
    {
        const qint64 now = m_db->clock().nowUtc().toSecsSinceEpoch();
        return m_processor->process(WebhookSignature::sign(body, secrets, now - ageSeconds), body);
    }
    QString paymentStatus(qint64 id)
    {
        return toDatabaseText(PaymentRepository(m_db->database()).find(id)->status);
    }
    QString orderStatus()
    {
        auto query = m_db->database().exec(QStringLiteral("SELECT status FROM orders WHERE id = ?"),
                                           {m_payment.orderId});
        return query.ok() && query.value().next() ? query.value().value(0).toString() : QString();
    }
    QByteArray completed(const QString &eventId, qint64 amount = 1798,
                         const QString &currency = QStringLiteral("eur"))
    {
        return eventBody(eventId, QStringLiteral("checkout.session.completed"),
                         session(m_payment, QStringLiteral("paid"), amount, currency));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        m_db->addBook(kIsbn, QStringLiteral("Pride and Prejudice"), 899);
        m_flow = std::make_unique<PurchaseFlow>(m_db->database(), m_db->clock());
        m_alerts = std::make_unique<AlertCenter>(m_db->database(), m_db->clock());
        m_processor = std::make_unique<CallbackProcessor>(*m_flow, *m_alerts,
                                                          QByteArrayList{kSecret, "whsec_old"});
        const Actor clerk = Actor::system(QStringLiteral("test"));
        auto order = m_flow->createOrder({{kIsbn, 2}}, clerk);
        QVERIFY(order.ok());
        auto payment = m_flow->startPayment(order->id, clerk);
        QVERIFY(payment.ok());
        m_payment = *payment;
        QVERIFY(PaymentRepository(m_db->database())
                    .attachGatewaySession(m_payment.id,
                                          QStringLiteral("cs_test_%1").arg(m_payment.id), QString(),
                                          m_db->clock().nowMs() + 60000)
                    .ok());
    }
    void cleanup()
    {
        m_processor.reset();
        m_alerts.reset();
        m_flow.reset();
        m_db.reset();
    }

    void completedSessionPaysPaymentAndOrder()
    {
        const auto verdict = deliver(completed(QStringLiteral("evt_1")));
        QCOMPARE(verdict.httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));
        QCOMPARE(orderStatus(), QStringLiteral("paid"));
        QCOMPARE(
            m_db->count(QStringLiteral("gateway_events"), QStringLiteral("outcome = 'applied'")),
            1);
        // The payment intent learnt from the callback is kept for refunds.
        QCOMPARE(PaymentRepository(m_db->database()).find(m_payment.id)->gatewayPaymentIntent,
                 QStringLiteral("pi_test_%1").arg(m_payment.id));
    }

    void duplicateEventChangesNothing()
    {
        const QByteArray body = completed(QStringLiteral("evt_dup"));
        QCOMPARE(deliver(body).httpStatus, 200);
        const qint64 events = m_db->count(QStringLiteral("events"));
        const auto again = deliver(body);
        QCOMPARE(again.httpStatus, 200);
        QVERIFY(again.duplicate);
        QCOMPARE(m_db->count(QStringLiteral("events")), events);
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
    }

    void aSecondSuccessEventIsIgnored()
    {
        QCOMPARE(deliver(completed(QStringLiteral("evt_a"))).httpStatus, 200);
        const auto second = deliver(completed(QStringLiteral("evt_b")));
        QCOMPARE(second.httpStatus, 200);
        QVERIFY(second.message.contains(QStringLiteral("already paid")));
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
        QCOMPARE(
            m_db->count(QStringLiteral("gateway_events"), QStringLiteral("outcome = 'ignored'")),
            1);
    }

    void badSignaturesAreRejectedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArrayList>("secrets");
        QTest::addColumn<qint64>("age");
        QTest::newRow("forged") << QByteArrayList{"whsec_attacker"} << qint64(5);
        QTest::newRow("replayed after tolerance") << QByteArrayList{kSecret} << qint64(301);
        QTest::newRow("retired secret") << QByteArrayList{"whsec_retired"} << qint64(5);
    }
    void badSignaturesAreRejectedAndChangeNothing()
    {
        QFETCH(QByteArrayList, secrets);
        QFETCH(qint64, age);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 401")));
        const auto verdict = deliver(completed(QStringLiteral("evt_forged")), secrets, age);
        QCOMPARE(verdict.httpStatus, 401);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("pending"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
    }

    void rotatedSecretIsAccepted()
    {
        QCOMPARE(deliver(completed(QStringLiteral("evt_old")), {"whsec_old"}).httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));
    }

    void malformedBodyIs400()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 400")));
        QCOMPARE(deliver("{not json").httpStatus, 400);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 400")));
        QCOMPARE(deliver(R"({"id":"evt_x","type":"checkout.session.completed"})").httpStatus, 400);
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
    }

    void unknownPaymentIs404AndNotRecorded()
    {
        Payment stranger = m_payment;
        stranger.id = 4242;
        const QByteArray body
            = eventBody(QStringLiteral("evt_unknown"), QStringLiteral("checkout.session.completed"),
                        session(stranger, QStringLiteral("paid"), 1798));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 404")));
        QCOMPARE(deliver(body).httpStatus, 404);
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
    }

    void wrongAmountOrCurrencyIsRejectedAndAlerted_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("currency");
        QTest::newRow("amount") << qint64(1) << QStringLiteral("eur");
        QTest::newRow("currency") << qint64(1798) << QStringLiteral("usd");
    }
    void wrongAmountOrCurrencyIsRejectedAndAlerted()
    {
        QFETCH(qint64, amount);
        QFETCH(QString, currency);
        QSignalSpy alerts(m_alerts.get(), &AlertCenter::alertRaised);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("alert callback_mismatch")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 400")));
        const auto verdict = deliver(completed(QStringLiteral("evt_wrong"), amount, currency));
        QCOMPARE(verdict.httpStatus, 400);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("pending"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(
            m_db->count(QStringLiteral("alerts"), QStringLiteral("kind = 'callback_mismatch'")), 1);
    }

    void declinedCardFailsThePaymentWithTheReason()
    {
        const QJsonObject intent{
            {QStringLiteral("id"), QStringLiteral("pi_test_%1").arg(m_payment.id)},
            {QStringLiteral("object"), QStringLiteral("payment_intent")},
            {QStringLiteral("amount"), 1798},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("last_payment_error"),
             QJsonObject{{QStringLiteral("message"), QStringLiteral("Your card was declined.")}}},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(m_payment.id)}}}};
        QCOMPARE(deliver(eventBody(QStringLiteral("evt_fail"),
                                   QStringLiteral("payment_intent.payment_failed"), intent))
                     .httpStatus,
                 200);
        const auto payment = PaymentRepository(m_db->database()).find(m_payment.id);
        QCOMPARE(payment->status, PaymentStatus::Failed);
        QCOMPARE(payment->failureReason, QStringLiteral("Your card was declined."));
        QCOMPARE(orderStatus(), QStringLiteral("created")); // open for a retry
    }

    void expiredSessionTimesOutAndCancelsTheOrder()
    {
        QCOMPARE(
            deliver(eventBody(QStringLiteral("evt_exp"), QStringLiteral("checkout.session.expired"),
                              session(m_payment, QStringLiteral("unpaid"), 1798)))
                .httpStatus,
            200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("timeout"));
        QCOMPARE(orderStatus(), QStringLiteral("cancelled"));
    }

    void expiryAfterSuccessIsIgnored()
    {
        QCOMPARE(deliver(completed(QStringLiteral("evt_paid"))).httpStatus, 200);
        const auto late = deliver(eventBody(QStringLiteral("evt_exp_late"),
                                            QStringLiteral("checkout.session.expired"),
                                            session(m_payment, QStringLiteral("unpaid"), 1798)));
        QCOMPARE(late.httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));
        QCOMPARE(orderStatus(), QStringLiteral("paid"));
    }

    void successAfterTimeoutRequestsARefund()
    {
        QVERIFY(m_flow->recordPaymentTimedOut(m_payment.id, Actor::system(QStringLiteral("test")))
                    .ok());
        QSignalSpy refundRequested(m_processor.get(), &CallbackProcessor::refundRequested);
        QCOMPARE(deliver(completed(QStringLiteral("evt_late"))).httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("timeout"));
        QCOMPARE(refundRequested.size(), 1);
        const auto refunds = RefundRepository(m_db->database()).forPayment(m_payment.id);
        QCOMPARE(refunds->size(), 1);
        QCOMPARE(refunds->at(0).reason, QStringLiteral("late_capture"));
        QCOMPARE(refunds->at(0).amount.minorUnits(), 1798);
        QCOMPARE(refunds->at(0).status, RefundStatus::Requested);
        // Redelivery does not ask for a second refund.
        QVERIFY(deliver(completed(QStringLiteral("evt_late"))).duplicate);
        QVERIFY(deliver(completed(QStringLiteral("evt_late_again"))).httpStatus == 200);
        QCOMPARE(m_db->count(QStringLiteral("refunds")), 1);
    }

    // A declined card leaves the gateway's page open; the customer's next
    // card pays the same session. Nobody has moved on from the order, so
    // that is the sale, not a late capture to refund.
    void successAfterADeclineOnTheSamePageIsTheSale()
    {
        const Actor gateway = Actor::system(QStringLiteral("test"));
        QVERIFY(m_flow
                    ->recordPaymentFailed(m_payment.id, QStringLiteral("Your card was declined."),
                                          gateway)
                    .ok());
        QSignalSpy refundRequested(m_processor.get(), &CallbackProcessor::refundRequested);
        const auto verdict = deliver(completed(QStringLiteral("evt_second_card")));
        QCOMPARE(verdict.httpStatus, 200);
        QVERIFY2(verdict.message.contains(QStringLiteral("after a decline")),
                 qPrintable(verdict.message));
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));
        QCOMPARE(orderStatus(), QStringLiteral("paid"));
        QCOMPARE(refundRequested.size(), 0);
        QCOMPARE(m_db->count(QStringLiteral("refunds")), 0);
        QCOMPARE(
            m_db->count(QStringLiteral("events"), QStringLiteral("type = 'LateCaptureDetected'")),
            0);
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
        // The history says what happened: failed, then paid on the same attempt.
        QCOMPARE(
            m_db->count(QStringLiteral("audit_log"),
                        QStringLiteral("action = 'PaymentSucceeded' AND from_status = 'failed' "
                                       "AND to_status = 'paid' AND detail LIKE '%declined%'")),
            1);
        QCOMPARE(m_db->count(QStringLiteral("events"),
                             QStringLiteral("type = 'PaymentSucceeded' AND payload LIKE "
                                            "'%after a declined card%'")),
                 1);
        // The copies left the shelf with the sale.
        auto stock = m_db->database().exec(
            QStringLiteral("SELECT stock FROM books WHERE isbn13 = ?"), {kIsbn});
        QVERIFY(stock.ok() && stock.value().next());
        QCOMPARE(stock.value().value(0).toInt(), 8);
    }

    void successAfterADeclineOnACancelledOrderIsRefunded()
    {
        const Actor clerk = Actor::system(QStringLiteral("test"));
        QVERIFY(m_flow->recordPaymentFailed(m_payment.id, QStringLiteral("declined"), clerk).ok());
        QVERIFY(
            m_flow->cancelOrder(m_payment.orderId, QStringLiteral("customer left"), clerk).ok());
        QSignalSpy refundRequested(m_processor.get(), &CallbackProcessor::refundRequested);
        QCOMPARE(deliver(completed(QStringLiteral("evt_after_cancel"))).httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("failed"));
        QCOMPARE(orderStatus(), QStringLiteral("cancelled"));
        QCOMPARE(refundRequested.size(), 1);
        const auto refunds = RefundRepository(m_db->database()).forPayment(m_payment.id);
        QCOMPARE(refunds->size(), 1);
        QCOMPARE(refunds->at(0).reason, QStringLiteral("late_capture"));
        QCOMPARE(m_db->count(QStringLiteral("events"),
                             QStringLiteral("type = 'LateCaptureDetected' AND payload LIKE "
                                            "'%cancelled%'")),
                 1);
    }

    void successAfterADeclineIsRefundedWhenAnotherAttemptIsPending()
    {
        const Actor clerk = Actor::system(QStringLiteral("test"));
        QVERIFY(m_flow->recordPaymentFailed(m_payment.id, QStringLiteral("declined"), clerk).ok());
        auto second = m_flow->startPayment(m_payment.orderId, clerk);
        QVERIFY(second.ok());
        QCOMPARE(deliver(completed(QStringLiteral("evt_old_page"))).httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("failed"));
        QCOMPARE(paymentStatus(second->id), QStringLiteral("pending"));
        QCOMPARE(orderStatus(), QStringLiteral("created"));
        QCOMPARE(m_db->count(QStringLiteral("refunds"), QStringLiteral("reason = 'late_capture'")),
                 1);
        // The record says why this success was not the sale.
        QCOMPARE(m_db->count(QStringLiteral("events"),
                             QStringLiteral("type = 'LateCaptureDetected' AND payload LIKE "
                                            "'%attempt 2 pending%'")),
                 1);
    }

    void successAfterADeclineIsRefundedWhenAnotherAttemptPaid()
    {
        const Actor clerk = Actor::system(QStringLiteral("test"));
        QVERIFY(m_flow->recordPaymentFailed(m_payment.id, QStringLiteral("declined"), clerk).ok());
        auto second = m_flow->startPayment(m_payment.orderId, clerk);
        QVERIFY(second.ok());
        QVERIFY(m_flow->confirmPaymentPaid(second->id, clerk).ok());
        QCOMPARE(deliver(completed(QStringLiteral("evt_old_page"))).httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("failed"));
        QCOMPARE(paymentStatus(second->id), QStringLiteral("paid"));
        QCOMPARE(orderStatus(), QStringLiteral("paid"));
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 1);
        QCOMPARE(m_db->count(QStringLiteral("refunds"), QStringLiteral("reason = 'late_capture'")),
                 1);
        QCOMPARE(m_db->count(QStringLiteral("audit_log"),
                             QStringLiteral("action = 'LateCaptureDetected' AND detail LIKE "
                                            "'%order %1 is paid%'")
                                 .arg(m_payment.orderId)),
                 1);
        // The flow itself refuses the edge once the order moved on.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refused")));
        const auto direct = m_flow->confirmPaymentPaid(m_payment.id, clerk);
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().kind, ErrorKind::IllegalTransition);
    }

    void refundSucceededRefundsThePayment()
    {
        QCOMPARE(deliver(completed(QStringLiteral("evt_paid"))).httpStatus, 200);
        auto refund
            = RefundRepository(m_db->database())
                  .request(m_payment.id, m_payment.amount, QStringLiteral("customer_request"),
                           QStringLiteral("quire-refund-test"), m_db->clock().nowMs());
        QVERIFY(refund.ok());
        const QJsonObject refundObject{
            {QStringLiteral("id"), QStringLiteral("re_test_1")},
            {QStringLiteral("object"), QStringLiteral("refund")},
            {QStringLiteral("status"), QStringLiteral("succeeded")},
            {QStringLiteral("amount"), 1798},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_test_%1").arg(m_payment.id)},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("quire_payment_id"), QString::number(m_payment.id)},
                         {QStringLiteral("quire_refund_id"), QString::number(refund->id)}}}};
        QCOMPARE(deliver(eventBody(QStringLiteral("evt_ref"), QStringLiteral("refund.updated"),
                                   refundObject))
                     .httpStatus,
                 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("refunded"));
        QCOMPARE(orderStatus(), QStringLiteral("refunded"));
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'PaymentRefunded'")),
                 1);
        QCOMPARE(RefundRepository(m_db->database()).find(refund->id)->gatewayRefundId,
                 QStringLiteral("re_test_1"));
    }

    void aDatabaseFailureIs503AndTheRedeliveryApplies()
    {
        QVERIFY(m_db->injectInsertFailure(QStringLiteral("audit_log"), QString(),
                                          QStringLiteral("disk trouble")));
        const QByteArray body = completed(QStringLiteral("evt_retry"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("disk trouble")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 503")));
        QCOMPARE(deliver(body).httpStatus, 503);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("pending"));
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);

        QVERIFY(m_db->removeInjectedFailure(QStringLiteral("audit_log")));
        QCOMPARE(deliver(body).httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));
    }

    void aBatchCommitsTogetherAndKeepsEachVerdict()
    {
        // A second pending payment on its own order for the batch to settle.
        const Actor clerk = Actor::system(QStringLiteral("test"));
        auto order = m_flow->createOrder({{kIsbn, 1}}, clerk);
        QVERIFY(order.ok());
        auto second = m_flow->startPayment(order->id, clerk);
        QVERIFY(second.ok());

        const qint64 now = m_db->clock().nowUtc().toSecsSinceEpoch();
        auto signedCallback = [&](const QByteArray &body, const QByteArray &secret = kSecret) {
            return SignedCallback{WebhookSignature::sign(body, {secret}, now), body};
        };
        const QByteArray firstPaid = completed(QStringLiteral("evt_batch_1"));
        const QByteArray wrongAmount = completed(QStringLiteral("evt_batch_2"), 5);
        const QByteArray secondPaid
            = eventBody(QStringLiteral("evt_batch_3"), QStringLiteral("checkout.session.completed"),
                        session(*second, QStringLiteral("paid"), 899));

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 401")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("alert callback_mismatch")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 400")));
        const QList<CallbackVerdict> verdicts = m_processor->processBatch(
            {signedCallback(firstPaid), signedCallback(firstPaid, "whsec_forged"),
             signedCallback(wrongAmount), signedCallback(secondPaid), signedCallback(firstPaid)});
        QCOMPARE(verdicts.size(), 5);
        QCOMPARE(verdicts.at(0).httpStatus, 200);
        QCOMPARE(verdicts.at(1).httpStatus, 401);
        QCOMPARE(verdicts.at(2).httpStatus, 400);
        QCOMPARE(verdicts.at(3).httpStatus, 200);
        QCOMPARE(verdicts.at(4).httpStatus, 200);
        QVERIFY(verdicts.at(4).duplicate); // the same event earlier in the same batch
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));
        QCOMPARE(paymentStatus(second->id), QStringLiteral("paid"));
        // The rejected middle callback left nothing, not even its ledger claim.
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 2);
        QCOMPARE(m_db->count(QStringLiteral("events"), QStringLiteral("type = 'OrderPaid'")), 2);
    }

    void unusedEventTypesAreAcknowledged()
    {
        const auto verdict
            = deliver(eventBody(QStringLiteral("evt_other"), QStringLiteral("customer.created"),
                                {{QStringLiteral("object"), QStringLiteral("customer")}}));
        QCOMPARE(verdict.httpStatus, 200);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(CallbackProcessorTest)
#include "CallbackProcessorTest.moc"
