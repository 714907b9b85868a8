#include "TestPrinters.h"
#include "flows/OrderStateMachine.h"
#include "flows/PaymentStateMachine.h"

#include <QSignalSpy>
#include <QTest>

using namespace quire;

Q_DECLARE_METATYPE(quire::OrderStatus)
Q_DECLARE_METATYPE(quire::PaymentStatus)

namespace {

const QList<OrderStatus> kOrderStatuses{OrderStatus::Created, OrderStatus::Paid,
                                        OrderStatus::Cancelled, OrderStatus::Refunded};
const QList<PaymentStatus> kPaymentStatuses{PaymentStatus::Pending,  PaymentStatus::Paid,
                                            PaymentStatus::Failed,   PaymentStatus::Cancelled,
                                            PaymentStatus::TimedOut, PaymentStatus::Refunded};

} // namespace

// Protects: the diagrams allow exactly the documented transitions, and a
// running machine follows them and nothing else.
class LifecycleMachineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderTransitions_data()
    {
        QTest::addColumn<OrderStatus>("from");
        QTest::addColumn<OrderStatus>("to");
        QTest::addColumn<bool>("legal");
        const QList<std::pair<OrderStatus, OrderStatus>> legal{
            {OrderStatus::Created, OrderStatus::Paid},
            {OrderStatus::Created, OrderStatus::Cancelled},
            {OrderStatus::Paid, OrderStatus::Refunded},
        };
        for (OrderStatus from : kOrderStatuses) {
            for (OrderStatus to : kOrderStatuses) {
                const QString name
                    = toDatabaseText(from) + QStringLiteral("->") + toDatabaseText(to);
                QTest::newRow(qPrintable(name))
                    << from << to << legal.contains(std::pair(from, to));
            }
        }
    }
    void orderTransitions()
    {
        QFETCH(OrderStatus, from);
        QFETCH(OrderStatus, to);
        QFETCH(bool, legal);
        OrderStateMachine machine(from);
        QCOMPARE(machine.allows(from, to), legal);
    }

    void paymentTransitions_data()
    {
        QTest::addColumn<PaymentStatus>("from");
        QTest::addColumn<PaymentStatus>("to");
        QTest::addColumn<bool>("legal");
        const QList<std::pair<PaymentStatus, PaymentStatus>> legal{
            {PaymentStatus::Pending, PaymentStatus::Paid},
            {PaymentStatus::Pending, PaymentStatus::Failed},
            {PaymentStatus::Pending, PaymentStatus::Cancelled},
            {PaymentStatus::Pending, PaymentStatus::TimedOut},
            // A second card on the page of a declined attempt (PurchaseFlow guards it).
            {PaymentStatus::Failed, PaymentStatus::Paid},
            {PaymentStatus::Paid, PaymentStatus::Refunded},
        };
        for (PaymentStatus from : kPaymentStatuses) {
            for (PaymentStatus to : kPaymentStatuses) {
                const QString name
                    = toDatabaseText(from) + QStringLiteral("->") + toDatabaseText(to);
                QTest::newRow(qPrintable(name))
                    << from << to << legal.contains(std::pair(from, to));
            }
        }
    }
    void paymentTransitions()
    {
        QFETCH(PaymentStatus, from);
        QFETCH(PaymentStatus, to);
        QFETCH(bool, legal);
        PaymentStateMachine machine(from);
        QCOMPARE(machine.allows(from, to), legal);
    }

    void runningMachineStartsInTheGivenStatusAndFollowsLegalEdges()
    {
        PaymentStateMachine machine(PaymentStatus::Paid);
        QSignalSpy entered(&machine, &LifecycleMachine::statusEntered);
        machine.start();
        QTRY_COMPARE(machine.status(), std::optional(PaymentStatus::Paid));
        QVERIFY(machine.advance(PaymentStatus::Refunded));
        QTRY_COMPARE(machine.status(), std::optional(PaymentStatus::Refunded));
        QCOMPARE(entered.size(), 2);
        QCOMPARE(entered.at(1).at(0).toInt(), int(PaymentStatus::Refunded));
    }

    void runningMachineRefusesIllegalEdges()
    {
        OrderStateMachine machine(OrderStatus::Cancelled);
        machine.start();
        QTRY_COMPARE(machine.status(), std::optional(OrderStatus::Cancelled));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("has no edge")));
        QVERIFY(!machine.advance(OrderStatus::Paid));
        QCoreApplication::processEvents();
        QCOMPARE(machine.status(), std::optional(OrderStatus::Cancelled));
    }

    void advancesQueuedBeforeTheEventLoopRunsAreCheckedInOrder()
    {
        OrderStateMachine machine(OrderStatus::Created);
        machine.start();
        QVERIFY(machine.advance(OrderStatus::Paid));
        QVERIFY(machine.advance(OrderStatus::Refunded)); // legal after paid, not after created
        QTRY_COMPARE(machine.status(), std::optional(OrderStatus::Refunded));
    }
};

QTEST_GUILESS_MAIN(LifecycleMachineTest)
#include "LifecycleMachineTest.moc"
