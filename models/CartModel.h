#pragma once

#include "cart/Cart.h"

#include <QAbstractTableModel>
#include <QList>

namespace quire {

// The cart of this till as a table: title, quantity, unit price, line total.
// Every change goes through Cart, so it is committed before the view shows
// it; rows are only touched after the database agreed.
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    enum Column { TitleColumn, QuantityColumn, UnitPriceColumn, LineTotalColumn, ColumnCount };
    enum Role {
        IsbnRole = Qt::UserRole + 1,
        StockRole,
        ExceedsStockRole, // bool: fewer copies in stock than in the line
    };

    explicit CartModel(Cart cart, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Reads the cart from the database again (at start-up, or after another
    // screen changed it). Returns the error if it could not.
    Result<void> reload();

    // Adds one copy of the book; returns the row of its line.
    Result<int> addIsbn(const QString &isbnText);
    // Adds one of an open-price item at the entered price (Cart::addAtPrice).
    Result<int> addAtPrice(const QString &code, const Money &unitPrice, const Actor &actor);
    // The catalog's item for a code (Cart::item): a quick-sale key asks
    // whether its price is open before it adds it.
    Result<Book> item(const QString &code) const { return m_cart.item(code); }
    // Cart::setApprovalLimits.
    void setApprovalLimits(QHash<QString, qint64> limits)
    {
        m_cart.setApprovalLimits(std::move(limits));
    }
    // Cart::setDiscountRules.
    void setDiscountRules(DiscountPolicy policy, BookPriceLaw law)
    {
        m_cart.setDiscountRules(policy, law);
    }
    // Cart::setLineDiscount / removeLineDiscount for the line in `row`.
    Result<void> setLineDiscount(int row, const Discount &discount, const Actor &actor);
    Result<void> removeLineDiscount(int row, const Actor &actor);
    // Cart::setOrderDiscount / removeOrderDiscount / orderDiscount.
    Result<void> setOrderDiscount(const Discount &discount, const Actor &actor);
    Result<void> removeOrderDiscount(const Actor &actor);
    std::optional<Discount> orderDiscount() const;
    Cart &cart() { return m_cart; }
    Result<void> setQuantity(int row, int quantity);
    Result<void> removeLine(int row);
    Result<void> clear();

    bool isEmpty() const { return m_lines.isEmpty(); }
    const CartLine &line(int row) const { return m_lines.at(row); }
    // The sum of all lines; invalid Money for an empty cart.
    Result<Money> total() const;
    bool hasStockProblems() const;
    QList<OrderLineRequest> orderLines() const;
    // "−10 %" or "−€1.30", as the cart and the dialogs show a discount.
    static QString discountText(const Discount &discount);

Q_SIGNALS:
    void totalChanged();
    // An edit through setData() (a view's quantity editor) was refused.
    void changeRefused(const QString &reason);

private:
    int rowOfLine(qint64 lineId) const;
    Result<int> placeLine(const CartLine &line);

    Cart m_cart;
    QList<CartLine> m_lines;
    std::optional<Discount> m_orderDiscount;
};

} // namespace quire
