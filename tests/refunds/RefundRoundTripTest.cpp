#include "RefundRig.h"
#include "TestPrinters.h"
#include "flows/PurchaseFlow.h"
#include "flows/StockTaking.h"
#include "persistence/RefundRepository.h"
#include "services/AlertCenter.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace quire;
using test::RefundRig;

// Protects: refunds go through the real gateway (the simulator process) with
// their idempotency key and change the payment only once it confirms:
// partial then full, a refund the gateway fails (alerted, payment untouched)
// then retried, and the automatic refund of a title sold elsewhere while the
// customer paid.
class RefundRoundTripTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RefundRig> m_rig;

    Refund refund(qint64 id)
    {
        auto found = RefundRepository(m_rig->core().database()).find(id);
        return found ? *found : Refund{};
    }
    QJsonObject gatewayRefund(const Refund &refund)
    {
        return m_rig->simRequest("GET", QStringLiteral("/v1/refunds/") + refund.gatewayRefundId);
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<RefundRig>();
        QVERIFY2(m_rig->start(), qPrintable(m_rig->error()));
    }
    void cleanup() { m_rig.reset(); }

    void partialThenFullThroughTheGateway()
    {
        const auto order = m_rig->paidOrder({{RefundRig::kPride, 2}, {RefundRig::kMoby, 1}});
        QVERIFY(order);
        QCOMPARE(m_rig->stockOf(RefundRig::kPride), 8);
        auto refundable = m_rig->refunds().refundableOrder(order->id);
        QVERIFY(refundable.ok());
        const qint64 paymentId = refundable->payment.id;

        auto first
            = m_rig->refunds().requestRefund({order->id, {{1, 1}}}, m_rig->manager().actor());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(refund(first->id).status, RefundStatus::Succeeded, 15000);
        QCOMPARE(m_rig->status(QStringLiteral("payments"), paymentId), QStringLiteral("paid"));
        QCOMPARE(m_rig->stockOf(RefundRig::kPride), 9);
        const QJsonObject atGateway = gatewayRefund(refund(first->id));
        QCOMPARE(atGateway.value(QStringLiteral("amount")).toInteger(), 899);
        QCOMPARE(atGateway.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));

        auto rest = m_rig->refunds().requestRefund({order->id, {{1, 1}, {2, 1}}},
                                                   m_rig->manager().actor());
        QVERIFY(rest.ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->status(QStringLiteral("payments"), paymentId),
                                  QStringLiteral("refunded"), 15000);
        QCOMPARE(m_rig->status(QStringLiteral("orders"), order->id), QStringLiteral("refunded"));
        QCOMPARE(
            m_rig->count(
                QStringLiteral("events"),
                QStringLiteral("type = 'PaymentRefunded' AND aggregate_id = %1").arg(paymentId)),
            1);
        // The gateway returned exactly what was paid: nothing twice.
        qint64 atGatewayTotal = 0;
        for (qint64 id : {first->id, rest->id})
            atGatewayTotal += gatewayRefund(refund(id)).value(QStringLiteral("amount")).toInteger();
        QCOMPARE(atGatewayTotal, 2 * 899 + 1250);
        // Over-refund: nothing is left.
        QVERIFY(
            !m_rig->refunds().requestRefund({order->id, {{2, 1}}}, m_rig->manager().actor()).ok());
    }

    void failedRefundIsAlertedThenRetried()
    {
        const auto order = m_rig->paidOrder({{RefundRig::kMoby, 1}});
        QVERIFY(order);
        const qint64 paymentId = m_rig->refunds().refundableOrder(order->id)->payment.id;
        QVERIFY(m_rig->setFaults({{QStringLiteral("fail-refunds"), true}}));

        auto failing
            = m_rig->refunds().requestRefund({order->id, {{1, 1}}}, m_rig->manager().actor());
        QVERIFY(failing.ok());
        QTRY_COMPARE_WITH_TIMEOUT(refund(failing->id).status, RefundStatus::Failed, 15000);
        QCOMPARE(m_rig->status(QStringLiteral("payments"), paymentId), QStringLiteral("paid"));
        QCOMPARE(m_rig->stockOf(RefundRig::kMoby), 9); // not put back: no money went back
        const QString openAlert
            = QStringLiteral("kind = 'refund_failed' AND payment_id = %1 AND resolved_at IS NULL")
                  .arg(paymentId);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->count(QStringLiteral("alerts"), openAlert), 1, 5000);
        QSignalSpy resolvedSpy(&m_rig->core().alerts(), &AlertCenter::alertResolved);
        QCOMPARE(m_rig->count(QStringLiteral("events"), QStringLiteral("type = 'RefundFailed'")),
                 1);

        QVERIFY(m_rig->setFaults({{QStringLiteral("fail-refunds"), false}}));
        auto retry = m_rig->refunds().retryRefund(failing->id, m_rig->manager().actor());
        QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(refund(retry->id).status, RefundStatus::Succeeded, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rig->status(QStringLiteral("payments"), paymentId),
                                  QStringLiteral("refunded"), 15000);
        QCOMPARE(m_rig->stockOf(RefundRig::kMoby), 10);
        // The retry that succeeded closed the alert, in the refund's own commit.
        QCOMPARE(m_rig->count(QStringLiteral("alerts"), openAlert), 0);
        QCOMPARE(m_rig->count(QStringLiteral("alerts"),
                              QStringLiteral("kind = 'refund_failed' AND payment_id = %1"
                                             " AND resolved_at IS NOT NULL")
                                  .arg(paymentId)),
                 1);
        QTRY_VERIFY(!resolvedSpy.isEmpty());
        auto stillOpen = m_rig->core().alerts().openAlerts();
        QVERIFY(stillOpen.ok());
        for (const Alert &alert : std::as_const(stillOpen.value()))
            QVERIFY(alert.kind != u"refund_failed");
        QVERIFY(refund(retry->id).gatewayRefundId != refund(failing->id).gatewayRefundId);
    }

    void titleSoldElsewhereIsRefundedThroughTheGateway()
    {
        auto order = m_rig->core().flow().createOrder(
            {{RefundRig::kPride, 1}, {RefundRig::kMoby, 1}}, m_rig->clerk().actor());
        QVERIFY(order.ok());
        QVERIFY(m_rig->setStock(RefundRig::kMoby, 0)); // the last copy went elsewhere
        const auto paid = m_rig->payOrder(order->id);
        QVERIFY(paid);
        QCOMPARE(paid->status, PaymentStatus::Paid);
        QCOMPARE(m_rig->stockOf(RefundRig::kPride), 9);
        QCOMPARE(m_rig->stockOf(RefundRig::kMoby), 0);

        auto refunds = RefundRepository(m_rig->core().database()).forPayment(paid->id);
        QVERIFY(refunds.ok());
        QCOMPARE(refunds->size(), 1);
        QCOMPARE(refunds->constFirst().reason, StockTaking::kReason);
        QTRY_COMPARE_WITH_TIMEOUT(refund(refunds->constFirst().id).status, RefundStatus::Succeeded,
                                  15000);
        // charge.refunded may settle it before the create answer names the
        // gateway's refund; that answer still records the id.
        QTRY_VERIFY_WITH_TIMEOUT(!refund(refunds->constFirst().id).gatewayRefundId.isEmpty(),
                                 15000);
        QCOMPARE(gatewayRefund(refund(refunds->constFirst().id))
                     .value(QStringLiteral("amount"))
                     .toInteger(),
                 1250);
        // Partly refunded: the rest of the order stands.
        QCOMPARE(m_rig->status(QStringLiteral("payments"), paid->id), QStringLiteral("paid"));
        QCOMPARE(m_rig->status(QStringLiteral("orders"), order->id), QStringLiteral("paid"));
    }
};

QTEST_GUILESS_MAIN(RefundRoundTripTest)
#include "RefundRoundTripTest.moc"
