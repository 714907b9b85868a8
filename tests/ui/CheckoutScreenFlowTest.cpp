#include "checkout/CheckoutScreenFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace quire;
using Screen = CheckoutScreenFlow::Screen;
using Event = CheckoutScreenFlow::Event;

// Protects: the screen diagram, and that facts posted back to back are all
// taken in order (a verdict right behind "order confirmed" is not lost, as
// it would be with signal transitions), while facts that do not fit the
// current screen change nothing.
class CheckoutScreenFlowTest : public QObject
{
    Q_OBJECT

private:
    static QList<Screen> screens(const QSignalSpy &spy)
    {
        QList<Screen> list;
        for (const auto &arguments : spy)
            list.append(arguments.at(0).value<Screen>());
        return list;
    }

private Q_SLOTS:
    void aVerdictRightBehindTheConfirmationIsTaken()
    {
        CheckoutScreenFlow flow;
        QSignalSpy entered(&flow, &CheckoutScreenFlow::screenEntered);
        flow.start();
        flow.post(Event::OrderConfirmed);
        flow.post(Event::Paid);
        QTRY_COMPARE(flow.screen(), Screen::Paid);
        QCOMPARE(screens(entered),
                 (QList<Screen>{Screen::Confirm, Screen::StartingPayment, Screen::Paid}));
    }

    void walksTheDiagram()
    {
        CheckoutScreenFlow flow;
        flow.start();
        QTRY_COMPARE(flow.screen(), Screen::Confirm);
        const QList<std::pair<Event, Screen>> steps{
            {Event::Paid, Screen::Confirm}, // no order yet: ignored
            {Event::OrderConfirmed, Screen::StartingPayment},
            {Event::PageRetrying, Screen::GatewayRetrying},
            {Event::PageReady, Screen::PaymentPage},
            {Event::Retry, Screen::PaymentPage}, // not an outcome: ignored
            {Event::ReturnedToSuccess, Screen::WaitingForVerdict},
            {Event::Failed, Screen::Failed},
            {Event::PageUnavailable, Screen::GatewayUnavailable},
            {Event::Retry, Screen::StartingPayment},
            {Event::Cancelled, Screen::Cancelled},
            {Event::OrderCancelled, Screen::TimedOut},
            {Event::Retry, Screen::TimedOut}, // over: no retry
            {Event::Restart, Screen::Confirm},
            {Event::OrderConfirmed, Screen::StartingPayment},
            {Event::PageReady, Screen::PaymentPage},
            {Event::Paid, Screen::Paid},
            {Event::Retry, Screen::Paid},
            {Event::Refunded, Screen::Refunded},
        };
        for (const auto &[event, expected] : steps) {
            // An ignored event is still taken before the next one, which
            // then only fits if the ignored one changed nothing.
            flow.post(event);
            QTRY_COMPARE(flow.screen(), expected);
        }
        QVERIFY(CheckoutScreenFlow::isOutcome(Screen::Refunded));
        QVERIFY(!CheckoutScreenFlow::isOutcome(Screen::WaitingForVerdict));
    }

    // A decline keeps the hosted page: another card on it is a verdict like
    // any other, Start over is a new attempt, closing the page shows Failed.
    void walksTheDeclineEdges()
    {
        CheckoutScreenFlow flow;
        flow.start();
        QTRY_COMPARE(flow.screen(), Screen::Confirm);
        const QList<std::pair<Event, Screen>> steps{
            {Event::OrderConfirmed, Screen::StartingPayment},
            {Event::Declined, Screen::StartingPayment}, // no page yet: ignored
            {Event::PageReady, Screen::PaymentPage},
            {Event::StartOver, Screen::PaymentPage}, // only from a declined page
            {Event::PageClosed, Screen::PaymentPage},
            {Event::Declined, Screen::Declined},
            {Event::StartOver, Screen::StartingPayment},
            {Event::PageReady, Screen::PaymentPage},
            {Event::Declined, Screen::Declined},
            {Event::ReturnedToSuccess, Screen::WaitingForVerdict},
            {Event::Paid, Screen::Paid},
            {Event::Restart, Screen::Confirm},
            {Event::OrderConfirmed, Screen::StartingPayment},
            {Event::PageReady, Screen::PaymentPage},
            {Event::Declined, Screen::Declined},
            {Event::Paid, Screen::Paid}, // the second card paid on the same page
            {Event::Restart, Screen::Confirm},
            {Event::OrderConfirmed, Screen::StartingPayment},
            {Event::PageReady, Screen::PaymentPage},
            {Event::Declined, Screen::Declined},
            {Event::PageClosed, Screen::Failed},
            {Event::Paid, Screen::Paid}, // paid just before the page closed
            {Event::Restart, Screen::Confirm},
            {Event::OrderConfirmed, Screen::StartingPayment},
            {Event::PageReady, Screen::PaymentPage},
            {Event::Declined, Screen::Declined},
            {Event::OrderCancelled, Screen::TimedOut},
        };
        for (const auto &[event, expected] : steps) {
            flow.post(event);
            QTRY_COMPARE(flow.screen(), expected);
        }
        QVERIFY(!CheckoutScreenFlow::isOutcome(Screen::Declined));
    }
};

QTEST_GUILESS_MAIN(CheckoutScreenFlowTest)
#include "CheckoutScreenFlowTest.moc"
