#pragma once

#include "flows/OrderLineRequest.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class CartPage;
}

class QPushButton;

namespace quire {

class AccessPolicy;
class AuthService;
class CartModel;
class UserSession;

// The cart at the counter: its lines with +/- and remove, the total, why it
// cannot be ordered yet (empty, not enough stock), and "Confirm order",
// which hands the lines on. The page never creates an order itself.
class CartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartPage)

public:
    // The model is not owned and must outlive the page.
    explicit CartPage(CartModel *cart, QWidget *parent = nullptr);
    ~CartPage() override;

    // Line and order discounts at the counter (docs/tax.md, "Discounts"):
    // given by the signed-in user, a manager's override in place above the
    // clerk's limit. Without these (the kiosk) the discount buttons stay hidden.
    void setApproval(AccessPolicy *policy, AuthService *auth, UserSession *session);

Q_SIGNALS:
    // The clerk confirmed these lines; wire to PurchaseFlow::createOrder and
    // clear the cart (CartModel::clear) once the order exists.
    void orderRequested(const QList<quire::OrderLineRequest> &lines);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void onIncreaseClicked();
    void onDecreaseClicked();
    void onRemoveClicked();
    void onClearClicked();
    void onConfirmClicked();
    void onLineDiscountClicked();
    void onOrderDiscountClicked();
    // Gives `discount` (row -1: the order) as the signed-in user, asking a
    // manager in place when it is above the clerk's limit.
    void giveDiscount(int row, const Discount &discount);
    void changeQuantityBy(int delta);
    int selectedRow() const;
    void updateState();
    void showProblem(const QString &message);

    std::unique_ptr<Ui::CartPage> m_ui;
    CartModel *m_cart;
    QPushButton *m_lineDiscountButton;
    QPushButton *m_orderDiscountButton;
    AccessPolicy *m_policy = nullptr;
    AuthService *m_auth = nullptr;
    UserSession *m_session = nullptr;
    QString m_problem; // the last refused change, until the cart changes
};

} // namespace quire
