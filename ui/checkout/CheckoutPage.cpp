#include "checkout/CheckoutPage.h"

#include "OrderSummaryModel.h"
#include "ScreenAnnouncer.h"
#include "UiLogging.h"
#include "checkout/ConfirmOrderScreen.h"
#include "checkout/InvoiceBuyerDialog.h"
#include "checkout/OutcomeScreen.h"
#include "checkout/PaymentScreen.h"
#include "checkout/Receipt.h"
#include "checkout/TenderPanel.h"
#include "flows/PurchaseFlow.h"
#include "services/PaymentCoordinator.h"
#include "services/PaymentSettings.h"
#include "services/ReceiptService.h"
#include "till/ShiftService.h"
#include "till/TenderService.h"
#include "web/PaymentWebView.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <utility>

namespace quire {

CheckoutPage::CheckoutPage(PurchaseFlow &flow, PaymentCoordinator &payments,
                           const PaymentSettings &paymentSettings, ReceiptSettings receiptSettings,
                           QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_payments(payments)
    , m_receiptSettings(std::move(receiptSettings))
    , m_summary(new OrderSummaryModel(this))
    , m_stack(new QStackedWidget(this))
    , m_webView(new PaymentWebView(QUrl(paymentSettings.successUrl),
                                   QUrl(paymentSettings.cancelUrl), paymentSettings.originPolicy))
{
    setObjectName(QStringLiteral("checkoutPage"));
    setAccessibleName(tr("Checkout"));
    m_summary->setLocale(m_receiptSettings.locale);
    m_confirmScreen = new ConfirmOrderScreen(m_summary, m_stack);
    m_paymentScreen = new PaymentScreen(m_webView, m_stack); // owns the view from here
    m_outcomeScreen = new OutcomeScreen(m_summary, m_stack);
    m_stack->addWidget(m_confirmScreen);
    m_stack->addWidget(m_paymentScreen);
    m_stack->addWidget(m_outcomeScreen);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_confirmScreen, &ConfirmOrderScreen::confirmRequested, this,
            &CheckoutPage::onConfirmRequested);
    connect(m_confirmScreen, &ConfirmOrderScreen::backRequested, this,
            &CheckoutPage::backToCartRequested);
    connect(m_paymentScreen, &PaymentScreen::cancelRequested, this,
            &CheckoutPage::onCancelPaymentRequested);
    connect(m_paymentScreen, &PaymentScreen::startOverRequested, this,
            &CheckoutPage::onStartOverRequested);
    connect(m_paymentScreen, &PaymentScreen::phonePaymentRequested, this,
            &CheckoutPage::onPhonePaymentRequested);
    connect(m_outcomeScreen, &OutcomeScreen::retryRequested, this, &CheckoutPage::onRetryRequested);
    connect(m_outcomeScreen, &OutcomeScreen::cancelOrderRequested, this,
            &CheckoutPage::onCancelOrderRequested);
    connect(m_outcomeScreen, &OutcomeScreen::doneRequested, this, &CheckoutPage::onDoneRequested);
    connect(m_outcomeScreen, &OutcomeScreen::printRequested, this, &CheckoutPage::onPrintRequested);
    connect(m_outcomeScreen, &OutcomeScreen::invoiceRequested, this,
            &CheckoutPage::onInvoiceRequested);
    connect(m_outcomeScreen, &OutcomeScreen::savePdfRequested, this,
            &CheckoutPage::onSavePdfRequested);

    connect(m_webView, &PaymentWebView::returnedToSuccess, this, [this] {
        m_returnedToSuccess = true;
        m_screens.post(CheckoutScreenFlow::Event::ReturnedToSuccess);
    });
    // Whatever the customer does on the page restarts the inactivity timeout.
    connect(m_webView, &PaymentWebView::customerActivity, this, [this] {
        if (m_paymentId != 0)
            m_payments.noteCustomerActivity(m_paymentId);
    });
    connect(m_webView, &PaymentWebView::returnedToCancel, this,
            &CheckoutPage::onCancelPaymentRequested);
    connect(m_webView, &PaymentWebView::pageLoaded, this, [this](bool ok) {
        if (!ok && (screen() == Screen::PaymentPage || screen() == Screen::Declined))
            m_paymentScreen->showPageProblem(
                tr("The payment page could not be loaded. Wait a moment, or cancel and try "
                   "again."));
    });

    connect(&m_flow, &PurchaseFlow::eventPublished, this, &CheckoutPage::onEventPublished);
    connect(&m_payments, &PaymentCoordinator::paymentPageReady, this,
            &CheckoutPage::onPaymentPageReady);
    connect(&m_payments, &PaymentCoordinator::paymentPageUnavailable, this,
            &CheckoutPage::onPaymentPageUnavailable);
    connect(&m_payments, &PaymentCoordinator::declinedPageExpired, this,
            &CheckoutPage::onDeclinedPageExpired);

    connect(&m_screens, &CheckoutScreenFlow::screenEntered, this, &CheckoutPage::onScreenEntered);
    m_confirmScreen->setConfirmEnabled(false);
    m_screens.start();
}

CheckoutPage::~CheckoutPage() = default;

void CheckoutPage::changeEvent(QEvent *event)
{
    // Money and dates on the screens and the receipt follow the language the
    // customer or clerk switched to.
    if (event->type() == QEvent::LanguageChange) {
        m_receiptSettings.locale = QLocale();
        m_summary->setLocale(m_receiptSettings.locale);
    }
    QWidget::changeEvent(event);
}

bool CheckoutPage::isBusy() const
{
    // A resumed order that was not confirmed again may be set aside.
    return m_orderId.has_value() && !m_orderPreExisting;
}

Result<void> CheckoutPage::showOrderFor(const QList<OrderLineRequest> &lines,
                                        const std::optional<Discount> &orderDiscount)
{
    if (isBusy() && !CheckoutScreenFlow::isOutcome(screen()))
        return Error::conflict(tr("Finish the current checkout first."));
    if (auto open = loadOrder(); isBusy() && open && open->status == OrderStatus::Created)
        return Error::conflict(tr("The current order is still open: try again or cancel it."));
    resetForNewOrder();
    m_lines = lines;
    m_orderDiscount = orderDiscount;
    auto preview = m_flow.previewOrder(lines, orderDiscount);
    if (!preview) {
        m_summary->clear();
        m_confirmScreen->setTotalText(QString());
        m_confirmScreen->setTax({}, std::nullopt);
        m_confirmScreen->setProblem(
            tr("This order cannot be made: %1").arg(preview.error().message));
        m_confirmScreen->setConfirmEnabled(false);
        return preview.error();
    }
    m_summary->setOrder(preview->order);
    m_confirmScreen->setTotalText(m_summary->totalText());
    m_confirmScreen->setTax(preview->order.taxTotals, preview->order.taxPricing,
                            m_summary->locale());
    const bool empty = preview->order.lines.isEmpty();
    m_confirmScreen->setProblem(empty ? tr("The cart is empty.") : QString());
    m_confirmScreen->setConfirmEnabled(!empty);
    if (screen() == Screen::Confirm)
        announceScreen(); // Confirm can take the focus now
    return {};
}

Result<void> CheckoutPage::resumeOrder(qint64 orderId)
{
    if (isBusy() && !CheckoutScreenFlow::isOutcome(screen()))
        return Error::conflict(tr("Finish the current checkout first."));
    auto order = m_flow.findOrder(orderId);
    if (!order)
        return order.error();
    if (order->status != OrderStatus::Created)
        return Error::illegalTransition(tr("Order %1 is no longer open.").arg(orderId));
    resetForNewOrder();
    m_orderId = orderId;
    m_orderPreExisting = true;
    m_summary->setOrder(*order);
    m_confirmScreen->setTotalText(m_summary->totalText());
    m_confirmScreen->setTax(order->taxTotals, order->taxPricing, m_summary->locale());
    m_confirmScreen->setProblem(QString());
    m_confirmScreen->setConfirmEnabled(true);
    if (screen() == Screen::Confirm)
        announceScreen();
    return {};
}

void CheckoutPage::setPhonePaymentAvailable(bool available)
{
    m_paymentScreen->setPhonePaymentAvailable(available);
}

QUrl CheckoutPage::phonePaymentUrl() const
{
    if (!m_phonePayment || m_paymentId == 0)
        return {};
    if (screen() != Screen::PaymentPage && screen() != Screen::Declined)
        return {};
    return m_pageUrl;
}

void CheckoutPage::setPhonePayment(bool onPhone)
{
    const QUrl before = phonePaymentUrl();
    m_phonePayment = onPhone;
    m_paymentScreen->setPhonePayment(onPhone);
    if (phonePaymentUrl() != before)
        Q_EMIT phonePaymentChanged();
}

void CheckoutPage::onPhonePaymentRequested()
{
    if (m_phonePayment || m_paymentId == 0 || !m_pageUrl.isValid())
        return;
    if (screen() != Screen::PaymentPage && screen() != Screen::Declined)
        return;
    qCInfo(lcUi) << "checkout: payment" << m_paymentId << "goes to the customer's phone";
    // The clerk's screen no longer holds the page: nobody types the
    // customer's card at the counter, and its success return cannot race
    // the phone's.
    m_webView->clear();
    // What the customer does on the phone is not seen here: the inactivity
    // deadline starts again from now, and then runs out as it would.
    m_payments.noteCustomerActivity(m_paymentId);
    setPhonePayment(true);
    announceScreen();
}

void CheckoutPage::resetForNewOrder()
{
    setPhonePayment(false);
    m_lines.clear();
    m_orderDiscount.reset();
    m_orderId.reset();
    m_orderPreExisting = false;
    m_paymentId = 0;
    m_pageUrl.clear();
    m_returnedToSuccess = false;
    m_detail.clear();
    m_lastVerdict.reset();
    m_summary->clear();
    if (screen() != Screen::Confirm)
        m_screens.post(CheckoutScreenFlow::Event::Restart);
}

void CheckoutPage::abandon(const QString &reason)
{
    bool awaitingVerdict = false;
    if (m_paymentId != 0) {
        auto payment = m_flow.findPayment(m_paymentId);
        const bool pending = payment && payment->status == PaymentStatus::Pending;
        // A declined attempt's page may have taken another card that paid.
        const bool payable = pending || m_payments.isDeclinedPageOpen(m_paymentId);
        if (payable && m_orderId
            && (m_returnedToSuccess || screen() == Screen::WaitingForVerdict)) {
            // The page came back from the gateway as paid: cancelling now
            // would turn a sale into a refund. The verdict decides.
            qCInfo(lcUi) << "checkout: abandoned payment" << m_paymentId
                         << "returned to the success page; waiting for its verdict";
            m_abandoned.insert(m_paymentId, {*m_orderId, reason});
            awaitingVerdict = true;
        } else if (pending) {
            if (auto cancelled = m_payments.cancelPayment(m_paymentId, m_actor); !cancelled)
                qCWarning(lcUi) << "checkout: abandoned payment" << m_paymentId
                                << "could not be cancelled:" << cancelled.error();
        }
    }
    if (m_orderId && !awaitingVerdict) {
        auto order = loadOrder();
        if (order && order->status == OrderStatus::Created) {
            if (auto cancelled = m_flow.cancelOrder(*m_orderId, reason, m_actor); !cancelled)
                qCWarning(lcUi) << "checkout: abandoned order" << *m_orderId
                                << "could not be cancelled:" << cancelled.error();
        }
    }
    m_webView->clear();
    resetForNewOrder();
    m_confirmScreen->setTotalText(QString());
    m_confirmScreen->setTax({}, std::nullopt);
    m_confirmScreen->setProblem(QString());
    m_confirmScreen->setConfirmEnabled(false);
}

void CheckoutPage::onConfirmRequested()
{
    // Exactly one order per confirmation, however often the button or its
    // shortcut is hit: the first press disables it and records the order;
    // presses already queued behind it find the order and stop here.
    if (m_creatingOrder || screen() != Screen::Confirm)
        return;
    if (m_orderId && !m_orderPreExisting)
        return;
    m_confirmScreen->setConfirmEnabled(false);
    if (!m_orderId) {
        m_creatingOrder = true;
        auto order = m_flow.createOrder(m_lines, m_actor, m_orderDiscount);
        m_creatingOrder = false;
        if (!order) {
            qCWarning(lcUi) << "the order could not be made:" << order.error();
            m_confirmScreen->setProblem(
                tr("The order could not be made: %1").arg(order.error().message));
            m_confirmScreen->setConfirmEnabled(true);
            return;
        }
        m_orderId = order->id;
        m_summary->setOrder(*order);
        qCInfo(lcUi) << "checkout: order" << order->id << "confirmed";
        Q_EMIT orderCreated(order->id);
    }
    m_orderPreExisting = false;
    if (showTenders())
        return;
    m_screens.post(CheckoutScreenFlow::Event::OrderConfirmed);
    startAttempt();
}

void CheckoutPage::setTill(TenderService &tenders, ShiftService &shifts)
{
    if (m_tenderPanel)
        return;
    m_shifts = &shifts;
    m_tenders = &tenders;
    m_outcomeScreen->setInvoicesOffered(true); // a counter: business customers buy here
    m_tenderPanel = new TenderPanel(tenders, this);
    m_stack->addWidget(m_tenderPanel);
    // Card, or the rest of a split: the card page as before, for what is left.
    connect(m_tenderPanel, &TenderPanel::cardRequested, this, [this](qint64 orderId) {
        if (!m_orderId || *m_orderId != orderId || screen() != Screen::Confirm)
            return;
        m_screens.post(CheckoutScreenFlow::Event::OrderConfirmed);
        startAttempt();
    });
    connect(m_tenderPanel, &TenderPanel::finished, this, [this](qint64 orderId) {
        if (!m_orderId || *m_orderId != orderId)
            return;
        // Still the confirm screen for the flow: show it again for the next sale.
        m_stack->setCurrentWidget(m_confirmScreen);
        onDoneRequested();
    });
    // The receipt of a sale paid in cash (or split, its card part paid).
    connect(m_tenderPanel, &TenderPanel::printReceiptRequested, this, [this](qint64 orderId) {
        if (m_orderId && *m_orderId == orderId)
            onPrintRequested();
    });
    connect(m_tenderPanel, &TenderPanel::saveReceiptRequested, this, [this](qint64 orderId) {
        if (m_orderId && *m_orderId == orderId)
            onSavePdfRequested();
    });
}

bool CheckoutPage::showTenders()
{
    if (!m_tenderPanel || !m_shifts || !m_orderId)
        return false;
    auto shift = m_shifts->currentShift();
    if (!shift || !*shift)
        return false;
    m_tenderPanel->setActor(m_actor);
    if (auto shown = m_tenderPanel->showOrder(*m_orderId); !shown) {
        qCWarning(lcUi) << "checkout: no tender screen for order" << *m_orderId << shown.error();
        return false;
    }
    m_stack->setCurrentWidget(m_tenderPanel);
    return true;
}

void CheckoutPage::settleAbandoned(const DomainEvent &event)
{
    if (event.aggregateType != AggregateType::Payment || !m_abandoned.contains(event.aggregateId))
        return;
    const bool paid = event.type == EventType::PaymentSucceeded;
    const bool ended = event.type == EventType::PaymentFailed
                       || event.type == EventType::PaymentCancelled
                       || event.type == EventType::PaymentTimedOut;
    if (paid || ended)
        finishAbandoned(event.aggregateId, paid);
}

void CheckoutPage::finishAbandoned(qint64 paymentId, bool paid)
{
    const Abandoned abandoned = m_abandoned.take(paymentId);
    if (paid) {
        qCInfo(lcUi) << "checkout: abandoned payment" << paymentId << "was paid";
        return;
    }
    auto order = m_flow.findOrderHeader(abandoned.orderId);
    if (order && order->status == OrderStatus::Created) {
        if (auto cancelled = m_flow.cancelOrder(abandoned.orderId, abandoned.reason, m_actor);
            !cancelled)
            qCWarning(lcUi) << "checkout: abandoned order" << abandoned.orderId
                            << "could not be cancelled:" << cancelled.error();
    }
}

void CheckoutPage::startAttempt()
{
    m_pageUrl.clear();
    m_returnedToSuccess = false;
    m_detail.clear();
    m_lastVerdict.reset();
    auto payment = m_payments.beginPayment(*m_orderId, m_actor);
    if (!payment) {
        qCWarning(lcUi) << "checkout: no payment attempt for order" << *m_orderId << ":"
                        << payment.error();
        m_paymentId = 0;
        m_detail = payment.error().message;
        m_screens.post(CheckoutScreenFlow::Event::Failed);
        return;
    }
    m_paymentId = payment->id;
    m_paymentScreen->setAttempt(payment->attempt);
}

void CheckoutPage::onRetryRequested()
{
    if (!m_orderId || !CheckoutScreenFlow::isOutcome(screen()))
        return;
    auto order = loadOrder();
    if (!order || order->status != OrderStatus::Created) {
        m_outcomeScreen->setNotice(tr("The order is no longer open."));
        return;
    }
    // A new attempt shows its page at the counter again; the clerk may send
    // it to the phone once more (a phone that could not open the page is
    // often why the last attempt ended).
    setPhonePayment(false);
    if (m_tenderPanel && m_shifts) {
        // At the till the clerk chooses again: more cash, or another card.
        if (auto shift = m_shifts->currentShift(); shift && *shift) {
            m_backToTenders = true;
            m_screens.post(CheckoutScreenFlow::Event::Restart);
            return;
        }
    }
    m_screens.post(CheckoutScreenFlow::Event::Retry);
    startAttempt();
}

void CheckoutPage::onCancelPaymentRequested()
{
    if (m_paymentId == 0)
        return;
    if (screen() == Screen::Declined) {
        // The attempt already failed: only its page is left to close.
        m_payments.closePaymentPage(m_paymentId);
        m_screens.post(CheckoutScreenFlow::Event::PageClosed);
        return;
    }
    m_paymentScreen->setCancelEnabled(false);
    // The verdict (PaymentCancelled) arrives as an event like any other; if
    // the attempt had already ended, its own verdict is on the way instead.
    if (auto cancelled = m_payments.cancelPayment(m_paymentId, m_actor); !cancelled) {
        qCInfo(lcUi) << "checkout: payment" << m_paymentId
                     << "could not be cancelled:" << cancelled.error();
        m_paymentScreen->setCancelEnabled(screen() != Screen::WaitingForVerdict);
    }
}

void CheckoutPage::onStartOverRequested()
{
    if (!m_orderId || screen() != Screen::Declined)
        return;
    auto order = loadOrder();
    if (!order || order->status != OrderStatus::Created)
        return; // the order's own verdict is on its way
    // The coordinator expires the declined page's session as the new attempt begins.
    m_screens.post(CheckoutScreenFlow::Event::StartOver);
    startAttempt();
}

void CheckoutPage::onDeclinedPageExpired(qint64 paymentId)
{
    if (m_abandoned.contains(paymentId)) {
        // Abandoned on a declined page that never paid: the order ends too.
        finishAbandoned(paymentId, false);
        return;
    }
    if (paymentId == m_paymentId && m_paymentId != 0)
        m_screens.post(CheckoutScreenFlow::Event::PageClosed);
}

void CheckoutPage::onCancelOrderRequested()
{
    if (!m_orderId)
        return;
    if (auto cancelled
        = m_flow.cancelOrder(*m_orderId, QStringLiteral("cancelled at the counter"), m_actor);
        !cancelled)
        m_outcomeScreen->setNotice(
            tr("The order could not be cancelled: %1").arg(cancelled.error().message));
}

void CheckoutPage::onDoneRequested()
{
    const qint64 finished = m_orderId.value_or(0);
    resetForNewOrder();
    m_confirmScreen->setTotalText(QString());
    m_confirmScreen->setTax({}, std::nullopt);
    m_confirmScreen->setProblem(QString());
    m_confirmScreen->setConfirmEnabled(false);
    Q_EMIT checkoutFinished(finished);
}

void CheckoutPage::onEventPublished(const DomainEvent &event)
{
    settleAbandoned(event);
    if (!m_orderId)
        return;
    const QString reason = event.payload.value(QStringLiteral("reason")).toString();
    using Event = CheckoutScreenFlow::Event;
    if (event.aggregateType == AggregateType::Payment && m_paymentId != 0
        && event.aggregateId == m_paymentId) {
        std::optional<Event> verdict;
        if (event.type == EventType::PaymentSucceeded)
            verdict = Event::Paid;
        else if (event.type == EventType::PaymentFailed)
            verdict = Event::Failed;
        else if (event.type == EventType::PaymentCancelled)
            verdict = Event::Cancelled;
        else if (event.type == EventType::PaymentTimedOut)
            verdict = Event::TimedOut;
        else if (event.type == EventType::PaymentRefunded)
            verdict = Event::Refunded;
        if (!verdict) {
            // The automatic refund of titles out of stock moved on.
            if (CheckoutScreenFlow::isOutcome(screen())
                && (event.type == EventType::PartialRefundSucceeded
                    || event.type == EventType::RefundFailed))
                showStockShortage();
            return;
        }
        // A decline while the page shows: the gateway keeps the page open
        // (it shows the decline itself) and the customer may try another card.
        if (*verdict == Event::Failed && screen() == Screen::PaymentPage && !m_returnedToSuccess
            && m_payments.isDeclinedPageOpen(m_paymentId))
            verdict = Event::Declined;
        m_lastVerdict = event.type;
        m_detail = reason;
        m_screens.post(*verdict);
    } else if (event.aggregateType == AggregateType::Order && event.aggregateId == *m_orderId
               && event.type == EventType::OrderCancelled) {
        if (m_lastVerdict != EventType::PaymentTimedOut) {
            m_lastVerdict = event.type;
            m_detail = reason;
        }
        m_screens.post(Event::OrderCancelled);
    }
}

void CheckoutPage::onPaymentPageReady(qint64 paymentId, const QUrl &url)
{
    if (paymentId != m_paymentId || m_paymentId == 0)
        return;
    const QUrl before = phonePaymentUrl();
    m_pageUrl = url;
    if (screen() == Screen::PaymentPage && !m_phonePayment)
        m_webView->showPaymentPage(m_pageUrl); // a new page for the same attempt
    if (phonePaymentUrl() != before)
        Q_EMIT phonePaymentChanged();
    m_screens.post(CheckoutScreenFlow::Event::PageReady);
}

void CheckoutPage::onPaymentPageUnavailable(qint64 paymentId, const QString &reason, bool final)
{
    if (paymentId != m_paymentId || m_paymentId == 0)
        return;
    m_detail = reason;
    if (screen() == Screen::GatewayRetrying)
        m_paymentScreen->setMode(PaymentScreen::Mode::GatewayRetrying, reason);
    m_screens.post(final ? CheckoutScreenFlow::Event::PageUnavailable
                         : CheckoutScreenFlow::Event::PageRetrying);
}

void CheckoutPage::onScreenEntered(Screen entered)
{
    switch (entered) {
    case Screen::Confirm:
        m_webView->clear();
        m_stack->setCurrentWidget(m_confirmScreen);
        if (std::exchange(m_backToTenders, false) && !showTenders()) {
            // The till closed meanwhile: the card page, as without one.
            m_screens.post(CheckoutScreenFlow::Event::OrderConfirmed);
            startAttempt();
        }
        break;
    case Screen::StartingPayment:
        m_webView->clear();
        m_paymentScreen->setAmountText(m_summary->totalText());
        m_paymentScreen->setMode(PaymentScreen::Mode::StartingPayment);
        m_paymentScreen->setCancelEnabled(true);
        m_stack->setCurrentWidget(m_paymentScreen);
        break;
    case Screen::PaymentPage:
        m_paymentScreen->setMode(PaymentScreen::Mode::ShowingPage);
        m_paymentScreen->setCancelEnabled(true);
        if (!m_phonePayment) {
            m_webView->showPaymentPage(m_pageUrl);
            m_webView->setFocus();
        }
        break;
    case Screen::Declined:
        // The hosted page stays as it is: it shows the decline and takes another card.
        m_paymentScreen->setMode(PaymentScreen::Mode::Declined, m_detail);
        m_paymentScreen->setCancelEnabled(true);
        break;
    case Screen::GatewayRetrying:
        m_paymentScreen->setMode(PaymentScreen::Mode::GatewayRetrying, m_detail);
        break;
    case Screen::WaitingForVerdict:
        // The customer is done on the page; cancelling now would race the
        // gateway's verdict, which the coordinator will get either way.
        m_paymentScreen->setMode(PaymentScreen::Mode::WaitingForVerdict);
        m_paymentScreen->setCancelEnabled(false);
        break;
    case Screen::Paid:
    case Screen::Failed:
    case Screen::Cancelled:
    case Screen::TimedOut:
    case Screen::Refunded:
    case Screen::GatewayUnavailable:
        showOutcome(entered);
        break;
    }
    announceScreen();
    Q_EMIT screenChanged(entered);
}

void CheckoutPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The screen may have changed while the page was in the background.
    // Once the window has finished switching pages: a QStackedWidget moves
    // the focus into the page it shows after the page's show event.
    QMetaObject::invokeMethod(this, &CheckoutPage::announceScreen, Qt::QueuedConnection);
}

void CheckoutPage::announceScreen()
{
    QWidget *current = m_stack->currentWidget();
    QWidget *target = nullptr;
    if (current == m_confirmScreen) {
        target = ScreenAnnouncer::firstControl(m_confirmScreen);
        m_announcement = m_confirmScreen->announcement();
    } else if (current == m_paymentScreen) {
        // The hosted page takes the keys while it shows (also after a
        // decline: it takes another card); otherwise Cancel, or the screen
        // itself while nothing can be done but wait.
        const bool pageShows
            = !m_phonePayment && (screen() == Screen::PaymentPage || screen() == Screen::Declined);
        target = pageShows ? m_webView : ScreenAnnouncer::firstControl(m_paymentScreen);
        if (!target)
            target = m_paymentScreen;
        m_announcement = m_paymentScreen->announcement();
    } else if (current == m_outcomeScreen) {
        target = ScreenAnnouncer::firstControl(m_outcomeScreen);
        m_announcement = m_outcomeScreen->announcement();
    }
    ScreenAnnouncer::announce(current, target, m_announcement);
}

Result<Order> CheckoutPage::loadOrder() const
{
    if (!m_orderId)
        return Error::notFound(QStringLiteral("no order"));
    return m_flow.findOrder(*m_orderId);
}

void CheckoutPage::showOutcome(Screen entered)
{
    // The page must not stay usable (or allowed) once the attempt is over.
    m_webView->clear();
    auto order = loadOrder();
    if (order)
        m_summary->setOrder(*order);
    const bool open = order && order->status == OrderStatus::Created;
    OutcomeScreen::Outcome outcome = OutcomeScreen::Outcome::Failed;
    switch (entered) {
    case Screen::Paid:
        outcome = OutcomeScreen::Outcome::Paid;
        break;
    case Screen::Failed:
        outcome = OutcomeScreen::Outcome::Failed;
        break;
    case Screen::Cancelled:
        outcome = OutcomeScreen::Outcome::Cancelled;
        break;
    case Screen::TimedOut:
        outcome = m_lastVerdict == EventType::PaymentTimedOut
                      ? OutcomeScreen::Outcome::TimedOut
                      : OutcomeScreen::Outcome::OrderCancelled;
        break;
    case Screen::Refunded:
        outcome = OutcomeScreen::Outcome::Refunded;
        break;
    case Screen::GatewayUnavailable:
        outcome = OutcomeScreen::Outcome::Unavailable;
        break;
    default:
        break;
    }
    m_outcomeScreen->showOutcome(outcome, m_detail, m_summary->totalText(), open);
    showStockShortage();
    m_stack->setCurrentWidget(m_outcomeScreen);
}

void CheckoutPage::showStockShortage()
{
    if (m_paymentId == 0)
        return;
    auto shortage = m_flow.stockShortage(m_paymentId);
    if (!shortage || !shortage->has_value())
        return;
    const StockShortage &refund = **shortage;
    QStringList titles;
    for (const RefundLine &line : refund.lines)
        titles.append(line.quantity > 1 ? tr("%1 (%2 copies)").arg(line.title).arg(line.quantity)
                                        : line.title);
    auto state = OutcomeScreen::ShortageRefund::Pending;
    if (refund.status == RefundStatus::Succeeded)
        state = OutcomeScreen::ShortageRefund::Returned;
    else if (refund.status == RefundStatus::Failed)
        state = OutcomeScreen::ShortageRefund::Failed;
    m_outcomeScreen->setUnavailable(titles, refund.amount.toString(m_receiptSettings.locale), state,
                                    refund.wholePayment);
}

std::optional<Receipt> CheckoutPage::currentReceipt()
{
    auto order = loadOrder();
    if (!order) {
        showReceiptNotice(tr("The receipt could not be made: %1").arg(order.error().message), true);
        return std::nullopt;
    }
    QList<CashTender> cash;
    if (m_tenders) {
        auto tenders = m_tenders->tendersOf(order->id);
        if (!tenders) {
            showReceiptNotice(tr("The receipt could not be made: %1").arg(tenders.error().message),
                              true);
            return std::nullopt;
        }
        cash = *tenders;
    }
    // Paid in cash only: no card attempt to name.
    Payment payment;
    if (m_paymentId != 0 || cash.isEmpty()) {
        auto found = m_flow.findPayment(m_paymentId);
        if (!found) {
            showReceiptNotice(tr("The receipt could not be made: %1").arg(found.error().message),
                              true);
            return std::nullopt;
        }
        payment = *found;
    }
    Receipt receipt(m_receiptSettings, *order, payment);
    receipt.setCashTenders(cash);
    const ReceiptService receipts(m_flow);
    auto number = receipts.saleNumber(order->id);
    auto buyer = receipts.invoiceBuyer(order->id);
    if (!number || !buyer) {
        showReceiptNotice(tr("The receipt could not be made: %1")
                              .arg((!number ? number.error() : buyer.error()).message),
                          true);
        return std::nullopt;
    }
    receipt.setNumber(*number);
    receipt.setInvoiceBuyer(*buyer);
    return receipt;
}

void CheckoutPage::showReceiptNotice(const QString &text, bool problem)
{
    if (m_tenderPanel && m_stack->currentWidget() == m_tenderPanel)
        m_tenderPanel->setNotice(text, problem);
    else
        m_outcomeScreen->setNotice(text);
}

void CheckoutPage::saveReceiptTo(const Receipt &receipt, const QString &path)
{
    if (path.isEmpty())
        return;
    if (auto written = receipt.writePdf(path); !written) {
        showReceiptNotice(written.error().message, true);
        return;
    }
    showReceiptNotice(tr("Receipt saved to %1").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT receiptSaved(path);
}

void CheckoutPage::onSavePdfRequested()
{
    auto receipt = currentReceipt();
    if (!receipt)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(receipt->suggestedFileName());
    if (m_savePathPrompt) {
        saveReceiptTo(*receipt, m_savePathPrompt(suggested));
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Save receipt"), suggested, tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("saveReceiptDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, receipt = *receipt](const QString &path) { saveReceiptTo(receipt, path); });
    dialog->open(); // not exec(): the screens keep running meanwhile
}

void CheckoutPage::onInvoiceRequested()
{
    if (!m_orderId)
        return;
    auto *dialog = new InvoiceBuyerDialog(m_flow, *m_orderId, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceBuyerDialog::buyerRecorded, this, [this](const InvoiceBuyer &buyer) {
        showReceiptNotice(tr("Invoice to %1: print it or save it as a PDF.").arg(buyer.name),
                          false);
    });
    dialog->open();
}

void CheckoutPage::onPrintRequested()
{
    auto receipt = currentReceipt();
    if (!receipt)
        return;
    receipt->printOnChosenPrinter(this, m_printerPrompt, QStringLiteral("printReceiptDialog"));
}

} // namespace quire
