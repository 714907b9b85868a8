#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>
#include <memory>

namespace Ui {
class CustomerDisplay;
}

namespace quire {

class CartModel;
class CheckoutPage;

// The window that faces the customer at the counter (docs/customer-display.md):
// a welcome; the cart's lines and total as the clerk scans, then the order's;
// while the customer pays on their phone, the payment page's address as a
// QR code with "Scan to pay on your phone"; then the verdict. It only reads
// (its table takes no edits and no focus): the cart model the counter's cart
// page edits and the checkout page's state, and follows both as they
// change. Placed by CustomerDisplayPlacement.
class CustomerDisplay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplay)

public:
    enum class State { Welcome, Lines, PayOnPhone, Paid, NotPaid };
    Q_ENUM(State)

    CustomerDisplay(CartModel &cart, CheckoutPage &checkout, QString storeName,
                    QWidget *parent = nullptr);
    ~CustomerDisplay() override;

    State state() const { return m_state; }
    // The address in the QR code shown now (PayOnPhone), else empty.
    QUrl shownPaymentUrl() const { return m_qrUrl; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void showLines();
    void showPhonePayment(const QUrl &url);
    void showVerdict(State state, const QString &heading, const QString &detail);
    void updateQrImage();

    std::unique_ptr<Ui::CustomerDisplay> m_ui;
    CartModel &m_cart;
    CheckoutPage &m_checkout;
    QString m_storeName;
    State m_state = State::Welcome;
    QUrl m_qrUrl; // carries the session token: never logged
};

} // namespace quire
