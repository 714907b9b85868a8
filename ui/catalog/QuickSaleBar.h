#pragma once

#include "domain/Money.h"
#include "services/PricingSettings.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace quire {

class AccessPolicy;
class AuthService;
class CartModel;
class UserSession;

// The counter's quick-sale keys (department buttons such as "Card", "Bag",
// "Wrap"; PricingSettings, docs/catalog.md): one press adds one of the
// key's item. An item with a fixed price goes straight into the cart; an
// open-price one asks for its price first (OpenPriceDialog), and a price
// above the store's approval limit asks a manager to approve it in place
// (ManagerOverrideDialog), as a paid-out does. The cart line's audit row
// names who entered the price, or the approving manager for the clerk.
class QuickSaleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickSaleBar)

public:
    // The cart is not owned and must outlive the bar.
    QuickSaleBar(PricingSettings pricing, CartModel *cart, QWidget *parent = nullptr);
    ~QuickSaleBar() override;

    // Who is selling, and how a manager approves a price above the limit.
    // Without them the bar sells as the till and refuses such prices.
    void setApproval(AccessPolicy *policy, AuthService *auth, UserSession *session);

    // The button of the key labelled `label`, or none.
    QPushButton *keyButton(const QString &label) const;
    const QList<QPushButton *> &keyButtons() const { return m_buttons; }

Q_SIGNALS:
    // A key put its item into the cart: the row of its line.
    void itemAdded(int row, const QString &code);
    // Why a key's item could not be added.
    void addRefused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onKeyPressed(int index);
    void addAtPrice(const QString &code, const QString &title, const Money &price);
    void retranslate();

    PricingSettings m_pricing;
    CartModel *m_cart;
    AccessPolicy *m_policy = nullptr;
    AuthService *m_auth = nullptr;
    UserSession *m_session = nullptr;
    QLabel *m_label;
    QList<QPushButton *> m_buttons;
};

} // namespace quire
