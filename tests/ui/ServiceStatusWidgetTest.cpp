#include "shell/ServiceStatusWidget.h"

#include "CheckoutRig.h"

#include <QLabel>
#include <QTest>

using namespace quire;

// Protects: the status bar shows whether the payment service answers and
// the open alerts (count and latest), following the core's signals; "not
// responding" after a real failed call to the real simulator process.
class ServiceStatusWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheGatewayAndTheAlerts()
    {
        test::CheckoutRig rig;
        QVERIFY(rig.isValid());
        ServiceStatusWidget status(*rig.payments, *rig.alerts);
        status.show();
        QVERIFY(QTest::qWaitForWindowExposed(&status));
        auto *gateway = status.findChild<QLabel *>(QStringLiteral("gatewayLabel"));
        auto *alerts = status.findChild<QLabel *>(QStringLiteral("alertsLabel"));
        QVERIFY(gateway && alerts);
        QCOMPARE(gateway->text(), QStringLiteral("Payment service: online"));
        QCOMPARE(alerts->text(), QStringLiteral("No open alerts"));

        rig.alerts->raise(QStringLiteral("refund_failed"), QStringLiteral("Refund 3 failed"));
        rig.alerts->raise(QStringLiteral("callback_mismatch"), QStringLiteral("Odd callback"));
        QCOMPARE(status.openAlertCount(), 2);
        QVERIFY(alerts->text().contains(QStringLiteral("2 open alerts, latest: Odd callback")));
        QVERIFY(alerts->text().contains(QStringLiteral("Odd callback")));

        QVERIFY(rig.alerts->resolve(QStringLiteral("callback_mismatch")).ok());
        QCOMPARE(status.openAlertCount(), 1);
        QVERIFY(alerts->text().contains(QStringLiteral("1 open alert:")));
        QVERIFY(alerts->text().contains(QStringLiteral("Refund 3 failed")));

        // The real path to "not responding": the simulator fails the call.
        QVERIFY(rig.sim.setFaults({{QStringLiteral("fail-next"), 3}}));
        auto order = rig.flow->createOrder({{QString::fromLatin1(test::CheckoutRig::kIsbn), 1}},
                                           Actor::system(QStringLiteral("t")));
        QVERIFY(order.ok());
        QVERIFY(rig.payments->beginPayment(order->id, Actor::system(QStringLiteral("t"))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(gateway->text(),
                                  QStringLiteral("Payment service: not responding"), 10000);
        QCOMPARE(status.openAlertCount(), 2); // gateway_unresponsive joined
        QVERIFY(alerts->toolTip().contains(QStringLiteral("not responding")));
    }
};

QTEST_MAIN(ServiceStatusWidgetTest)
#include "ServiceStatusWidgetTest.moc"
