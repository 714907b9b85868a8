#include "gateway/CallbackProcessor.h"

#include "TestDatabase.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "gateway/CallbackLogging.h"
#include "gateway/WebhookSignature.h"
#include "persistence/InstallationRepository.h"
#include "persistence/PaymentRepository.h"
#include "persistence/RefundRepository.h"
#include "services/AlertCenter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
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

// Quire's metadata: the payment id and, since migration 0009, the store's
// installation id (empty: a session made before it was sent).
QJsonObject metadata(qint64 paymentId, const QString &installationId)
{
    QJsonObject object{{QStringLiteral("quire_payment_id"), QString::number(paymentId)}};
    if (!installationId.isEmpty())
        object.insert(QStringLiteral("quire_installation_id"), installationId);
    return object;
}

QJsonObject session(const Payment &payment, const QString &paymentStatus, qint64 amount,
                    const QString &currency, const QString &installationId)
{
    return {{QStringLiteral("id"), QStringLiteral("cs_test_%1").arg(payment.id)},
            {QStringLiteral("object"), QStringLiteral("checkout.session")},
            {QStringLiteral("status"),
             paymentStatus == u"paid" ? QStringLiteral("complete") : QStringLiteral("open")},
            {QStringLiteral("payment_status"), paymentStatus},
            {QStringLiteral("amount_total"), amount},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_test_%1").arg(payment.id)},
            {QStringLiteral("metadata"), metadata(payment.id, installationId)}};
}

// Collects what is logged while it lives, and passes everything on to the
// handler before it (QTest's, so that ignoreMessage() still works).
class LogCapture
{
public:
    struct Line
    {
        QtMsgType type;
        QString category;
        QString text;
    };
    LogCapture()
    {
        s_lines.clear();
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    Q_DISABLE_COPY_MOVE(LogCapture)

    static QList<Line> lines(QtMsgType type, const QString &category)
    {
        QList<Line> found;
        for (const Line &line : std::as_const(s_lines))
            if (line.type == type && line.category == category)
                found.append(line);
        return found;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        s_lines.append({type, QString::fromLatin1(context.category), text});
        if (s_previous)
            s_previous(type, context, text);
    }
    static inline QList<Line> s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

const QString kOtherInstallation = QStringLiteral("0123456789abcdef0123456789abcdef");

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
    QString m_installationId;
    // For the collision tests: a pending attempt whose session is not
    // attached yet, and a paid one with a refund requested.
    Payment m_unattached;
    qint64 m_paidId = 0;
    qint64 m_refundId = 0;

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
        return eventBody(
            eventId, QStringLiteral("checkout.session.completed"),
            session(m_payment, QStringLiteral("paid"), amount, currency, m_installationId));
    }
    // Every table an event could change, as one comparable picture.
    QString snapshot()
    {
        QStringList parts;
        for (const char *table : {"events", "audit_log", "gateway_events", "refunds", "alerts"})
            parts << QStringLiteral("%1=%2")
                         .arg(QLatin1String(table))
                         .arg(m_db->count(QLatin1String(table)));
        auto rows = m_db->database().exec(QStringLiteral(
            "SELECT id, status, COALESCE(gateway_session_id, '-'),"
            " COALESCE(gateway_payment_intent, '-'), updated_at FROM payments ORDER BY id"));
        while (rows.ok() && rows.value().next()) {
            QStringList values;
            for (int i = 0; i < 5; ++i)
                values << rows.value().value(i).toString();
            parts << values.join(u'/');
        }
        auto refunds = m_db->database().exec(
            QStringLiteral("SELECT id, status, COALESCE(gateway_refund_id, '-') FROM refunds"));
        while (refunds.ok() && refunds.value().next())
            parts << refunds.value().value(0).toString() + u'/'
                         + refunds.value().value(1).toString() + u'/'
                         + refunds.value().value(2).toString();
        return parts.join(u' ');
    }
    // A pending attempt whose session is not attached yet (its create answer
    // not yet written), so only its id could name it; and a paid attempt
    // with a refund requested.
    void addCollisionTargets()
    {
        const Actor clerk = Actor::system(QStringLiteral("test"));
        auto second = m_flow->createOrder({{kIsbn, 1}}, clerk);
        QVERIFY(second.ok());
        auto unattached = m_flow->startPayment(second->id, clerk);
        QVERIFY(unattached.ok());
        m_unattached = *unattached;
        auto third = m_flow->createOrder({{kIsbn, 2}}, clerk);
        QVERIFY(third.ok());
        auto paid = m_flow->startPayment(third->id, clerk);
        QVERIFY(paid.ok());
        QVERIFY(m_flow->confirmPaymentPaid(paid->id, clerk).ok());
        m_paidId = paid->id;
        auto refund = RefundRepository(m_db->database())
                          .request(paid->id, paid->amount, QStringLiteral("customer_request"),
                                   QStringLiteral("quire-refund-collide"), m_db->clock().nowMs());
        QVERIFY(refund.ok());
        m_refundId = refund->id;
    }
    QJsonObject foreignObject(const QString &kind)
    {
        const QJsonObject foreignSession{
            {QStringLiteral("id"), QStringLiteral("cs_test_elsewhere")},
            {QStringLiteral("object"), QStringLiteral("checkout.session")},
            {QStringLiteral("status"), QStringLiteral("complete")},
            {QStringLiteral("payment_status"), QStringLiteral("paid")},
            {QStringLiteral("amount_total"), 1798},
            {QStringLiteral("currency"), QStringLiteral("eur")},
            {QStringLiteral("payment_intent"), QStringLiteral("pi_test_elsewhere")}};
        auto withMetadata = [](QJsonObject object, const QJsonObject &metadata) {
            object.insert(QStringLiteral("metadata"), metadata);
            return object;
        };
        if (kind == u"other installation")
            return withMetadata(foreignSession, metadata(m_payment.id, kOtherInstallation));
        if (kind == u"other installation, our session")
            return withMetadata(
                session(m_payment, QStringLiteral("unpaid"), 1798, QStringLiteral("eur"), {}),
                metadata(m_payment.id, kOtherInstallation));
        if (kind == u"no metadata")
            return foreignSession;
        if (kind == u"old metadata")
            return withMetadata(foreignSession, metadata(m_unattached.id, {}));
        if (kind == u"intent")
            return {{QStringLiteral("id"), QStringLiteral("pi_test_elsewhere")},
                    {QStringLiteral("object"), QStringLiteral("payment_intent")},
                    {QStringLiteral("amount"), 899},
                    {QStringLiteral("currency"), QStringLiteral("eur")},
                    {QStringLiteral("metadata"), metadata(m_unattached.id, {})}};
        if (kind == u"charge")
            return {{QStringLiteral("id"), QStringLiteral("ch_test_elsewhere")},
                    {QStringLiteral("object"), QStringLiteral("charge")},
                    {QStringLiteral("payment_intent"), QStringLiteral("pi_test_elsewhere")},
                    {QStringLiteral("amount_refunded"), 1798},
                    {QStringLiteral("currency"), QStringLiteral("eur")},
                    {QStringLiteral("metadata"), metadata(m_paidId, kOtherInstallation)}};
        QJsonObject refund{{QStringLiteral("id"), QStringLiteral("re_test_elsewhere")},
                           {QStringLiteral("object"), QStringLiteral("refund")},
                           {QStringLiteral("status"), QStringLiteral("failed")},
                           {QStringLiteral("amount"), 1798},
                           {QStringLiteral("currency"), QStringLiteral("eur")},
                           {QStringLiteral("payment_intent"), QStringLiteral("pi_test_elsewhere")}};
        QJsonObject refundMetadata{{QStringLiteral("quire_refund_id"), QString::number(m_refundId)},
                                   {QStringLiteral("quire_payment_id"), QString::number(m_paidId)}};
        if (kind == u"refund, other installation")
            refundMetadata.insert(QStringLiteral("quire_installation_id"), kOtherInstallation);
        return withMetadata(refund, refundMetadata);
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
        auto installation = InstallationRepository(m_db->database()).read();
        QVERIFY(installation.ok());
        m_installationId = installation->id;
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

    // The 401 tells a forger nothing about which check failed.
    void forgedCallbacksAreAnsweredWithoutNamingTheFailedCheck_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray body = eventBody(QStringLiteral("evt_forged"),
                                          QStringLiteral("checkout.session.completed"), {});
        const qint64 now = 1795000000; // near the fixture's clock; exactness does not matter
        QTest::newRow("no header") << QByteArray();
        QTest::newRow("malformed") << QByteArray("garbage");
        QTest::newRow("no timestamp") << QByteArray("v1=00");
        QTest::newRow("no v1") << QByteArray("t=1795000000");
        QTest::newRow("stale") << WebhookSignature::sign(body, {kSecret}, 1000);
        QTest::newRow("wrong secret") << WebhookSignature::sign(body, {"whsec_attacker"}, now);
    }
    void forgedCallbacksAreAnsweredWithoutNamingTheFailedCheck()
    {
        QFETCH(QByteArray, header);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("rejected callback: 401")));
        const auto verdict = m_processor->process(header, completed(QStringLiteral("evt_forged")));
        QCOMPARE(verdict.httpStatus, 401);
        QCOMPARE(verdict.message, QStringLiteral("signature verification failed"));
        for (const char *detail :
             {"missing", "malformed", "timestamp", "tolerance", "v1", "match", "header", "secret"})
            QVERIFY2(!verdict.message.contains(QLatin1String(detail)), detail);
        QCOMPARE(m_db->count(QStringLiteral("gateway_events")), 0);
    }

    // A flood of forged requests costs a bounded number of warning lines:
    // one when the first arrives, one summary with the count per minute.
    // What failed is still there at debug level.
    void forgedCallbacksLogABoundedNumberOfWarnings()
    {
        const QByteArray body = completed(QStringLiteral("evt_flood"));
        auto forge = [&] {
            const qint64 now = m_db->clock().nowUtc().toSecsSinceEpoch();
            return m_processor->process(WebhookSignature::sign(body, {"whsec_attacker"}, now),
                                        body);
        };
        // On for this test, whatever QT_LOGGING_RULES says (ctest turns debug off).
        auto &category = const_cast<QLoggingCategory &>(lcCallback());
        category.setEnabled(QtDebugMsg, true);
        auto warnings
            = [] { return LogCapture::lines(QtWarningMsg, QStringLiteral("quire.callback")); };
        {
            LogCapture log;
            for (int i = 0; i < 50; ++i)
                QCOMPARE(forge().httpStatus, 401);
            QCOMPARE(warnings().size(), 1);
            QVERIFY(warnings().at(0).text.startsWith(QStringLiteral("rejected callback: 401")));
            const auto details = LogCapture::lines(QtDebugMsg, QStringLiteral("quire.callback"));
            QCOMPARE(details.size(), 50);
            QVERIFY2(details.at(0).text.contains(QStringLiteral("does not match")),
                     qPrintable(details.at(0).text));

            // A minute later: the summary of the other 49, and the next one.
            m_db->clock().advanceMs(61'000);
            QCOMPARE(forge().httpStatus, 401);
            QCOMPARE(warnings().size(), 3);
            QVERIFY2(warnings().at(1).text.contains(QStringLiteral("rejected 49 more")),
                     qPrintable(warnings().at(1).text));
        }
        category.setEnabled(QtDebugMsg, false);
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

    // Events for sessions, payments and refunds this store did not make
    // (another till or store on the same account, a Payment Link, the
    // dashboard) are acknowledged, so the gateway stops sending them, and
    // leave nothing behind: no status, event, audit, refund or ledger row.
    void foreignAndUnknownEventsAreIgnoredAndChangeNothing_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("kind");
        QTest::newRow("another installation, colliding payment id")
            << QStringLiteral("checkout.session.completed") << QStringLiteral("other installation");
        QTest::newRow("another installation, our session id")
            << QStringLiteral("checkout.session.expired")
            << QStringLiteral("other installation, our session");
        QTest::newRow("payment link, no metadata")
            << QStringLiteral("checkout.session.completed") << QStringLiteral("no metadata");
        QTest::newRow("made before installation ids, colliding payment id")
            << QStringLiteral("checkout.session.completed") << QStringLiteral("old metadata");
        QTest::newRow("unknown payment intent declined, colliding payment id")
            << QStringLiteral("payment_intent.payment_failed") << QStringLiteral("intent");
        QTest::newRow("another installation's charge refunded")
            << QStringLiteral("charge.refunded") << QStringLiteral("charge");
        QTest::newRow("refund made before installation ids, colliding refund id")
            << QStringLiteral("refund.updated") << QStringLiteral("refund, old metadata");
        QTest::newRow("another installation's refund, colliding refund id")
            << QStringLiteral("refund.updated") << QStringLiteral("refund, other installation");
    }
    void foreignAndUnknownEventsAreIgnoredAndChangeNothing()
    {
        QFETCH(QString, type);
        QFETCH(QString, kind);
        addCollisionTargets();
        if (QTest::currentTestFailed())
            return;
        const QString before = snapshot();
        const QByteArray body = eventBody(QStringLiteral("evt_foreign"), type, foreignObject(kind));
        LogCapture log;
        const auto verdict = deliver(body);
        QCOMPARE(verdict.httpStatus, 200);
        QCOMPARE(verdict.message, QStringLiteral("ignored"));
        QVERIFY(verdict.ignored);
        QVERIFY(!verdict.duplicate);
        QCOMPARE(snapshot(), before);
        // Said once, at info: it is not this store's business.
        const auto infos = LogCapture::lines(QtInfoMsg, QStringLiteral("quire.callback"));
        QCOMPARE(infos.size(), 1);
        QVERIFY2(infos.at(0).text.contains(QStringLiteral("ignored event evt_foreign")),
                 qPrintable(infos.at(0).text));
        QVERIFY(LogCapture::lines(QtWarningMsg, QStringLiteral("quire.callback")).isEmpty());
        // Not recorded, so a second delivery is looked at afresh, and ignored again.
        QVERIFY(deliver(body).ignored);
        QCOMPARE(snapshot(), before);
    }

    // An event with this store's installation id whose payment is not here
    // (a database restored from an older backup): nothing can be done with
    // it either, but it is worth a warning.
    void anEventOfThisInstallationForAMissingPaymentIsIgnoredWithAWarning()
    {
        Payment stranger = m_payment;
        stranger.id = 4242;
        const QString before = snapshot();
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ignored event evt_missing.*this "
                                                               "installation")));
        const auto verdict = deliver(eventBody(QStringLiteral("evt_missing"),
                                               QStringLiteral("checkout.session.completed"),
                                               session(stranger, QStringLiteral("paid"), 1798,
                                                       QStringLiteral("eur"), m_installationId)));
        QCOMPARE(verdict.httpStatus, 200);
        QVERIFY(verdict.ignored);
        QCOMPARE(snapshot(), before);
    }

    // Sessions made before Quire sent its installation id are still matched,
    // by the gateway's own session and payment intent ids.
    void eventsWithoutTheInstallationIdAreMatchedByTheGatewaysIds()
    {
        addCollisionTargets();
        if (QTest::currentTestFailed())
            return;
        const auto paid = deliver(
            eventBody(QStringLiteral("evt_legacy"), QStringLiteral("checkout.session.completed"),
                      session(m_payment, QStringLiteral("paid"), 1798, QStringLiteral("eur"), {})));
        QCOMPARE(paid.httpStatus, 200);
        QVERIFY(!paid.ignored);
        QCOMPARE(paymentStatus(m_payment.id), QStringLiteral("paid"));

        // A declined card names only the payment intent, attached at creation.
        QVERIFY(PaymentRepository(m_db->database())
                    .attachGatewaySession(m_unattached.id, QStringLiteral("cs_test_legacy"),
                                          QStringLiteral("pi_test_legacy"),
                                          m_db->clock().nowMs() + 60000)
                    .ok());
        const QJsonObject intent{{QStringLiteral("id"), QStringLiteral("pi_test_legacy")},
                                 {QStringLiteral("object"), QStringLiteral("payment_intent")},
                                 {QStringLiteral("amount"), 899},
                                 {QStringLiteral("currency"), QStringLiteral("eur")},
                                 {QStringLiteral("metadata"), metadata(m_unattached.id, {})}};
        QCOMPARE(deliver(eventBody(QStringLiteral("evt_legacy_fail"),
                                   QStringLiteral("payment_intent.payment_failed"), intent))
                     .httpStatus,
                 200);
        QCOMPARE(paymentStatus(m_unattached.id), QStringLiteral("failed"));
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
            {QStringLiteral("metadata"), metadata(m_payment.id, m_installationId)}};
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
                              session(m_payment, QStringLiteral("unpaid"), 1798,
                                      QStringLiteral("eur"), m_installationId)))
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
                                            session(m_payment, QStringLiteral("unpaid"), 1798,
                                                    QStringLiteral("eur"), m_installationId)));
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
                         {QStringLiteral("quire_refund_id"), QString::number(refund->id)},
                         {QStringLiteral("quire_installation_id"), m_installationId}}}};
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
        const QByteArray secondPaid = eventBody(
            QStringLiteral("evt_batch_3"), QStringLiteral("checkout.session.completed"),
            session(*second, QStringLiteral("paid"), 899, QStringLiteral("eur"), m_installationId));

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
