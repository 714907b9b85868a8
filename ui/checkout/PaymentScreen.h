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
    // What a screen reader says when the screen or its state changes.
    QString announcement() const;

Q_SIGNALS:
    void cancelRequested();
    // Declined: the clerk wants a new attempt (a new page) instead.
    void startOverRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void onCancelTriggered();
    void onStartOverTriggered();

    std::unique_ptr<Ui::PaymentScreen> m_ui;
    PaymentWebView *m_webView;
    Mode m_mode = Mode::StartingPayment;
    QString m_detail;
    QString m_problem;
    QString m_amount;
    int m_attempt = 0;
};

} // namespace quire
