#pragma once

#include "checkout/ReceiptSettings.h"

#include <QWidget>
#include <memory>

namespace Ui {
class MyOrdersPage;
}

namespace quire {

class AccessPolicy;
class AuthService;
class CustomerOrdersModel;
class PurchaseFlow;
class RefundPage;
class RefundService;
class UserSession;

// The kiosk customer's "My orders": the signed-in customer's own orders
// (date, total, status, refunded so far), large and touch-friendly. Opening
// one shows it on the refund screen (RefundPage without its order search),
// where the customer may ask for a refund; RefundService decides under the
// store's policy and the screen shows its reason when it refuses.
//
// For the kiosk window to embed: construct it with the core's services and
// call refresh() when it is shown. Signing out clears it.
class MyOrdersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyOrdersPage)

public:
    MyOrdersPage(RefundService &refunds, PurchaseFlow &flow, UserSession &session,
                 AccessPolicy &access, AuthService &auth, ReceiptSettings receiptSettings,
                 QWidget *parent = nullptr);
    ~MyOrdersPage() override;

    CustomerOrdersModel *ordersModel() const { return m_orders; }
    RefundPage *refundPage() const { return m_refundPage; }

public Q_SLOTS:
    // Reloads the signed-in customer's orders and shows the list (nothing
    // when no customer is signed in).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onOpenOrder();
    void onBack();
    void showList();
    void updateTexts();

    std::unique_ptr<Ui::MyOrdersPage> m_ui;
    RefundService &m_refunds;
    UserSession &m_session;
    CustomerOrdersModel *m_orders;
    RefundPage *m_refundPage;
};

} // namespace quire
