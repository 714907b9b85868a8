#pragma once

#include "checkout/CheckoutScreenFlow.h"
#include "checkout/ReceiptSettings.h"
#include "domain/Actor.h"
#include "domain/DomainEvent.h"
#include "domain/Order.h"
#include "domain/Result.h"
#include "flows/OrderLineRequest.h"

#include <QHash>
#include <QUrl>
#include <QWidget>
#include <functional>
#include <optional>

class QPrinter;
class QStackedWidget;

namespace quire {

class ConfirmOrderScreen;
class OrderSummaryModel;
class OutcomeScreen;
class PaymentCoordinator;
class PaymentScreen;
class PaymentWebView;
class PurchaseFlow;
class Receipt;
class ShiftService;
class TenderPanel;
class TenderService;
struct PaymentSettings;

// The second half of a sale at the counter: confirm the order, pay on the
// gateway's hosted page, see the outcome and the receipt.
//
// The screens follow CheckoutScreenFlow. The page turns what happens into
// its events: the clerk's buttons, the web view's returns, the coordinator's
// page signals and, for verdicts, only the flow's committed events for the
// current attempt. Nothing here waits: every step is a signal.
//
// Construct it at start-up (it pre-warms the web engine), then call
// showOrderFor() with the cart's lines (CartPage::orderRequested).
class CheckoutPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutPage)

public:
    using Screen = CheckoutScreenFlow::Screen;
    // Answers "where should the receipt PDF go?" (empty: nowhere). Tests set
    // one; by default a non-blocking file dialog asks.
    using SavePathPrompt = std::function<QString(const QString &suggestedPath)>;
    // Sets up the printer and says whether to print. By default a
    // non-blocking print dialog asks.
    using PrinterPrompt = std::function<bool(QPrinter *printer)>;

    // `paymentSettings` supplies the return URLs the web view must catch
    // (the same settings the coordinator was given).
    CheckoutPage(PurchaseFlow &flow, PaymentCoordinator &payments,
                 const PaymentSettings &paymentSettings, ReceiptSettings receiptSettings,
                 QWidget *parent = nullptr);
    ~CheckoutPage() override;

    // Who is selling (recorded with every change). Defaults to the counter.
    void setActor(const Actor &actor) { m_actor = actor; }
    void setReceiptSettings(const ReceiptSettings &settings) { m_receiptSettings = settings; }
    // The counter's till (docs/tenders.md): with a shift open here, Confirm
    // shows the tender screen (cash, card or split) before any card page;
    // without one (or without a till: the kiosk) it goes to the card page.
    // Retry after a card that did not pay shows the tender screen again.
    void setTill(TenderService &tenders, ShiftService &shifts);
    TenderPanel *tenderPanel() const { return m_tenderPanel; }

    // Shows the confirm screen for these lines (nothing is created yet).
    // Refused while another order's checkout is still open.
    // `orderDiscount`: the cart's (CartModel::orderDiscount), spread over the lines.
    Result<void> showOrderFor(const QList<OrderLineRequest> &lines,
                              const std::optional<Discount> &orderDiscount = {});
    // Takes up an order that already exists and is still open (e.g. after a
    // restart); Confirm then goes straight to payment.
    Result<void> resumeOrder(qint64 orderId);

    // The customer walked away (kiosk inactivity): an open payment is
    // cancelled, so the coordinator expires its session on the gateway and
    // nobody can pay on that page any more; an open order is cancelled with
    // `reason`; the page is ready for the next order. Paid orders stay paid.
    // A payment whose page already returned to the success URL is not
    // cancelled: the money may be on its way. Its verdict is awaited in the
    // background; only a verdict other than paid cancels the order.
    void abandon(const QString &reason);

    // A customer display shows (CounterApp): the payment screen offers
    // "Customer pays on their phone" (docs/customer-display.md).
    void setPhonePaymentAvailable(bool available);
    // The customer pays this order on their phone: the clerk's screen never
    // shows the page. Until the attempt ends; Start over after a decline
    // stays on the phone.
    bool isPhonePayment() const { return m_phonePayment; }
    // The page the customer's phone opens, while it is open for paying
    // (phone payment, page or declined screen); empty otherwise. Carries the
    // session token: show it to the customer only, never log it.
    QUrl phonePaymentUrl() const;
    // The order's lines and total as the checkout shows them (read-only).
    OrderSummaryModel *orderSummary() const { return m_summary; }
    // The last verdict of the open order (payment or order event), if any.
    std::optional<EventType> lastVerdict() const { return m_lastVerdict; }

    Screen screen() const { return m_screens.screen(); }
    std::optional<qint64> orderId() const { return m_orderId; }
    qint64 paymentId() const { return m_paymentId; }
    PaymentWebView *webView() const { return m_webView; }
    // What the current screen said to a screen reader when it showed (its
    // first control took the focus with this as its description).
    QString announcement() const { return m_announcement; }
    // True from the confirmed order until "New sale" (or another order).
    bool isBusy() const;

    void setSavePathPrompt(SavePathPrompt prompt) { m_savePathPrompt = std::move(prompt); }
    void setPrinterPrompt(PrinterPrompt prompt) { m_printerPrompt = std::move(prompt); }

Q_SIGNALS:
    // The order exists now: the cart can be cleared.
    void orderCreated(qint64 orderId);
    // The clerk left the confirm screen without ordering.
    void backToCartRequested();
    // "New sale" after the outcome: the lead shows the catalog again.
    void checkoutFinished(qint64 orderId);
    void screenChanged(quire::CheckoutScreenFlow::Screen screen);
    // A receipt PDF was written.
    void receiptSaved(const QString &filePath);
    // phonePaymentUrl() changed: phone payment chosen, a new page, or over.
    void phonePaymentChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onConfirmRequested();
    void onRetryRequested();
    void onCancelPaymentRequested();
    void onPhonePaymentRequested();
    void setPhonePayment(bool onPhone);
    void onStartOverRequested();
    void onDeclinedPageExpired(qint64 paymentId);
    // An abandoned attempt that was waiting for its verdict got one.
    void settleAbandoned(const quire::DomainEvent &event);
    void finishAbandoned(qint64 paymentId, bool paid);
    void onCancelOrderRequested();
    void onDoneRequested();
    void onPrintRequested();
    // "Invoice…": the business customer's details, then print or save.
    void onInvoiceRequested();
    void onSavePdfRequested();
    void onScreenEntered(Screen screen);
    // Focus to the current screen's first control, and tell a screen reader
    // what the screen says (ScreenAnnouncer).
    void announceScreen();
    void onEventPublished(const quire::DomainEvent &event);
    void onPaymentPageReady(qint64 paymentId, const QUrl &url);
    void onPaymentPageUnavailable(qint64 paymentId, const QString &reason, bool final);
    void startAttempt();
    void showOutcome(Screen screen);
    // Titles out of stock at payment, and where their refund stands.
    void showStockShortage();
    void saveReceiptTo(const Receipt &receipt, const QString &path);
    // The order's receipt, with its cash tenders when it was paid at the till.
    std::optional<Receipt> currentReceipt();
    // On the screen showing now: the tender screen or the outcome.
    void showReceiptNotice(const QString &text, bool problem);
    Result<Order> loadOrder() const;
    void resetForNewOrder();
    // True when the tender screen took the confirmed order.
    bool showTenders();

    PurchaseFlow &m_flow;
    PaymentCoordinator &m_payments;
    ReceiptSettings m_receiptSettings;
    Actor m_actor = Actor::system(QStringLiteral("counter"));

    CheckoutScreenFlow m_screens;
    OrderSummaryModel *m_summary;
    QStackedWidget *m_stack;
    ConfirmOrderScreen *m_confirmScreen;
    PaymentScreen *m_paymentScreen;
    OutcomeScreen *m_outcomeScreen;
    PaymentWebView *m_webView;

    QList<OrderLineRequest> m_lines;
    std::optional<Discount> m_orderDiscount;
    std::optional<qint64> m_orderId;
    bool m_orderPreExisting = false;
    bool m_creatingOrder = false;
    qint64 m_paymentId = 0;
    QUrl m_pageUrl; // carries the session token: never logged
    bool m_returnedToSuccess = false;
    bool m_phonePayment = false;
    struct Abandoned
    {
        qint64 orderId = 0;
        QString reason;
    };
    QHash<qint64, Abandoned> m_abandoned; // by payment: left waiting for the verdict
    QString m_detail;
    QString m_announcement;
    std::optional<EventType> m_lastVerdict;
    SavePathPrompt m_savePathPrompt;
    PrinterPrompt m_printerPrompt;
    TenderPanel *m_tenderPanel = nullptr;
    ShiftService *m_shifts = nullptr;
    TenderService *m_tenders = nullptr;
    bool m_backToTenders = false; // Retry at the till: the tender screen again
};

} // namespace quire
