#pragma once

#include "flows/OrderLineRequest.h"

#include <QList>
#include <QWidget>
#include <memory>

namespace Ui {
class CartPage;
}

namespace quire {

class CartModel;

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
    void changeQuantityBy(int delta);
    int selectedRow() const;
    void updateState();
    void showProblem(const QString &message);

    std::unique_ptr<Ui::CartPage> m_ui;
    CartModel *m_cart;
    QString m_problem; // the last refused change, until the cart changes
};

} // namespace quire
