#pragma once

#include <QList>
#include <QObject>
#include <QStateMachine>

namespace quire {

// Which checkout screen shows, as a QStateMachine (see buildMachine() and
// docs/checkout.md for the diagram).
//
// Facts are posted as events rather than connected as signal transitions:
// a QStateMachine only listens to the signals of its active states, so a
// verdict emitted while the machine is still about to enter "payment" would
// be lost. Posted events queue up and are taken in order; one that does not
// fit the current screen (a stale verdict) is dropped.
class CheckoutScreenFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutScreenFlow)

public:
    enum class Screen {
        Confirm,
        StartingPayment,   // asking the gateway for a page
        PaymentPage,       // the hosted page shows
        Declined,          // a card was declined; the page stays for another card
        GatewayRetrying,   // no page yet, the coordinator keeps trying
        WaitingForVerdict, // the page returned; waiting for the callback
        Paid,
        Failed,
        Cancelled,
        TimedOut, // timed out, or the order was cancelled: it is over
        Refunded,
        GatewayUnavailable, // no page and no more tries
    };
    Q_ENUM(Screen)

    enum class Event {
        OrderConfirmed,
        PageReady,
        PageRetrying,
        ReturnedToSuccess,
        Declined,   // the attempt failed while its page shows, and the page stays open
        PageClosed, // the declined page was closed (Cancel, or idle past its deadline)
        StartOver,  // a new attempt from the declined page
        Paid,
        Failed,
        Cancelled,
        TimedOut,
        Refunded,
        PageUnavailable,
        OrderCancelled, // by anyone, for any reason: no attempt can follow
        Retry,
        Restart,
    };
    Q_ENUM(Event)

    explicit CheckoutScreenFlow(QObject *parent = nullptr);
    ~CheckoutScreenFlow() override;

    // Starts on the confirm screen (asynchronously, like every change).
    void start();
    void post(Event event);
    Screen screen() const { return m_screen; }
    bool isRunning() const { return m_machine.isRunning(); }

    static bool isOutcome(Screen screen);

Q_SIGNALS:
    void screenEntered(quire::CheckoutScreenFlow::Screen screen);

private:
    void buildMachine();

    QStateMachine m_machine;
    Screen m_screen = Screen::Confirm;
    QList<Event> m_pending; // posted before the machine was running
};

} // namespace quire
