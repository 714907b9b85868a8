#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class PaymentScreen;
}

namespace quire {

class PaymentWebView;

// The payment in progress: the hosted page in the locked-down web view, or a
// waiting message (asking for a page, the service is retrying, waiting for
// the verdict after the page returned), and Cancel (Escape). After a decline
// the page stays (the customer may try another card on it) with the reason
// above it, and Start over (F12) offers a fresh attempt.
//
// With a customer display (docs/customer-display.md), "Customer pays on
// their phone" (F11) asks for the page's address to be shown there as a QR
// code; from then on this screen never shows the page (the clerk does not
// see or type the customer's card) but waits for the verdict, which arrives
// as for any payment. Cancel stays possible.
class PaymentScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentScreen)

public:
    enum class Mode { StartingPayment, ShowingPage, Declined, GatewayRetrying, WaitingForVerdict };

    // Takes the (pre-warmed) web view into its layout, and so owns it.
    explicit PaymentScreen(PaymentWebView *webView, QWidget *parent = nullptr);
    ~PaymentScreen() override;

    void setMode(Mode mode, const QString &detail = QString());
    Mode mode() const { return m_mode; }
    void setAmountText(const QString &amount);
    void setAttempt(int attempt);
    // The page failed to load: says so above the (empty) page.
    void showPageProblem(const QString &problem);
    void setCancelEnabled(bool enabled);
    // Whether "Customer pays on their phone" is offered (a customer display shows).
    void setPhonePaymentAvailable(bool available);
    // The customer pays on their phone: the page is not shown here.
    void setPhonePayment(bool onPhone);
    bool isPhonePayment() const { return m_onPhone; }
    // What a screen reader says when the screen or its state changes.
    QString announcement() const;

Q_SIGNALS:
    void cancelRequested();
    // Declined: the clerk wants a new attempt (a new page) instead.
    void startOverRequested();
    // The clerk asked for the customer to pay on their phone.
    void phonePaymentRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void onCancelTriggered();
    void onStartOverTriggered();
    void onPhonePaymentTriggered();

    std::unique_ptr<Ui::PaymentScreen> m_ui;
    PaymentWebView *m_webView;
    Mode m_mode = Mode::StartingPayment;
    QString m_detail;
    QString m_problem;
    QString m_amount;
    int m_attempt = 0;
    bool m_phoneAvailable = false;
    bool m_onPhone = false;
};

} // namespace quire
