#include "checkout/CheckoutScreenFlow.h"

#include "UiLogging.h"

#include <QAbstractTransition>
#include <QEvent>
#include <QState>

namespace quire {

namespace {

using Event = CheckoutScreenFlow::Event;
using Screen = CheckoutScreenFlow::Screen;

const QEvent::Type kCheckoutEventType = QEvent::Type(QEvent::registerEventType());

class CheckoutEvent final : public QEvent
{
public:
    explicit CheckoutEvent(Event event)
        : QEvent(kCheckoutEventType)
        , m_event(event)
    {}
    Event event() const { return m_event; }

private:
    Event m_event;
};

// Fires on one kind of CheckoutEvent.
class CheckoutTransition final : public QAbstractTransition
{
public:
    CheckoutTransition(Event event, QState *source, QAbstractState *target)
        : QAbstractTransition(source)
        , m_event(event)
    {
        setTargetState(target);
    }

protected:
    bool eventTest(QEvent *event) override
    {
        return event->type() == kCheckoutEventType
               && static_cast<CheckoutEvent *>(event)->event() == m_event;
    }
    void onTransition(QEvent *) override {}

private:
    Event m_event;
};

void on(QState *from, Event event, QAbstractState *to)
{
    new CheckoutTransition(event, from, to);
}

} // namespace

CheckoutScreenFlow::CheckoutScreenFlow(QObject *parent)
    : QObject(parent)
{
    buildMachine();
    connect(&m_machine, &QStateMachine::started, this, [this] {
        const QList<Event> pending = std::exchange(m_pending, {});
        for (Event event : pending)
            m_machine.postEvent(new CheckoutEvent(event));
    });
}

CheckoutScreenFlow::~CheckoutScreenFlow() = default;

void CheckoutScreenFlow::buildMachine()
{
    // States. `checkout` holds every screen so "new sale" leaves any of them.
    auto *checkout = new QState(&m_machine);
    auto *confirm = new QState(checkout);
    auto *payment = new QState(checkout);
    auto *starting = new QState(payment);
    auto *retrying = new QState(payment);
    auto *page = new QState(payment);
    auto *declined = new QState(payment);
    auto *waiting = new QState(payment);
    auto *paid = new QState(checkout);
    auto *failed = new QState(checkout);
    auto *cancelled = new QState(checkout);
    auto *timedOut = new QState(checkout);
    auto *refunded = new QState(checkout);
    auto *unavailable = new QState(checkout);
    m_machine.setInitialState(checkout);
    checkout->setInitialState(confirm);
    payment->setInitialState(starting);

    // Transitions, as in docs/checkout.md.
    on(confirm, Event::OrderConfirmed, payment);

    on(starting, Event::PageReady, page);
    on(starting, Event::PageRetrying, retrying);
    on(retrying, Event::PageReady, page);
    on(page, Event::ReturnedToSuccess, waiting);
    on(page, Event::PageRetrying, retrying);
    // A declined card: the page stays, the customer may try another card on
    // it (its success is a Paid verdict like any other), or start over.
    on(page, Event::Declined, declined);
    on(declined, Event::ReturnedToSuccess, waiting);
    on(declined, Event::StartOver, starting);
    on(declined, Event::PageClosed, failed);

    // A verdict ends the attempt on whichever payment screen shows.
    on(payment, Event::Paid, paid);
    on(payment, Event::Failed, failed);
    on(payment, Event::Cancelled, cancelled);
    on(payment, Event::TimedOut, timedOut);
    on(payment, Event::Refunded, refunded);
    on(payment, Event::PageUnavailable, unavailable);
    // The coordinator records a final "no page" as a failed attempt first.
    on(failed, Event::PageUnavailable, unavailable);

    // The order itself was cancelled (timeout comes as TimedOut first).
    for (QState *open : {payment, failed, cancelled, unavailable})
        on(open, Event::OrderCancelled, timedOut);

    // Another attempt on the same order while it is still open.
    on(failed, Event::Retry, payment);
    on(cancelled, Event::Retry, payment);
    on(unavailable, Event::Retry, payment);
    // Paying late on a page the app had given up on is refunded; the
    // order's outcome follows.
    on(paid, Event::Refunded, refunded);
    // The declined page was closed, but the second card had gone through
    // just before: with the order still open that is the sale.
    on(failed, Event::Paid, paid);

    on(checkout, Event::Restart, confirm);

    const QList<std::pair<QState *, Screen>> screens{
        {confirm, Screen::Confirm},
        {starting, Screen::StartingPayment},
        {retrying, Screen::GatewayRetrying},
        {page, Screen::PaymentPage},
        {declined, Screen::Declined},
        {waiting, Screen::WaitingForVerdict},
        {paid, Screen::Paid},
        {failed, Screen::Failed},
        {cancelled, Screen::Cancelled},
        {timedOut, Screen::TimedOut},
        {refunded, Screen::Refunded},
        {unavailable, Screen::GatewayUnavailable},
    };
    for (const auto &[state, screen] : screens) {
        connect(state, &QState::entered, this, [this, screen = screen] {
            m_screen = screen;
            qCDebug(lcUi) << "checkout screen" << screen;
            Q_EMIT screenEntered(screen);
        });
    }
}

void CheckoutScreenFlow::start()
{
    if (!m_machine.isRunning())
        m_machine.start();
}

void CheckoutScreenFlow::post(Event event)
{
    qCDebug(lcUi) << "checkout event" << event;
    // Until the machine runs (it starts on the event loop) postEvent()
    // would drop the event; keep it for then.
    if (!m_machine.isRunning()) {
        m_pending.append(event);
        return;
    }
    m_machine.postEvent(new CheckoutEvent(event));
}

bool CheckoutScreenFlow::isOutcome(Screen screen)
{
    switch (screen) {
    case Screen::Confirm:
    case Screen::StartingPayment:
    case Screen::PaymentPage:
    case Screen::Declined:
    case Screen::GatewayRetrying:
    case Screen::WaitingForVerdict:
        return false;
    case Screen::Paid:
    case Screen::Failed:
    case Screen::Cancelled:
    case Screen::TimedOut:
    case Screen::Refunded:
    case Screen::GatewayUnavailable:
        return true;
    }
    return false;
}

} // namespace quire
