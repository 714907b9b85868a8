#pragma once

#include "persistence/CustomerOrderHistory.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace quire {

// The signed-in customer's own orders at the kiosk ("My orders"): receipt
// number, date, total, status and what has been refunded so far.
class CustomerOrdersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerOrdersModel)

public:
    enum Column {
        ReceiptColumn,
        DateColumn,
        TotalColumn,
        StatusColumn,
        RefundedColumn,
        ColumnCount
    };
    enum Role { OrderIdRole = Qt::UserRole + 1 };

    explicit CustomerOrdersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOrders(const QList<CustomerOrderHistory::Entry> &orders);
    void clear();
    void setLocale(const QLocale &locale);

    qint64 orderIdAt(int row) const;
    // Whether the order can be opened for a refund (paid, or refunded in part or whole).
    bool isRefundable(int row) const;

private:
    QString statusText(const CustomerOrderHistory::Entry &entry) const;

    QList<CustomerOrderHistory::Entry> m_orders;
    QLocale m_locale;
};

} // namespace quire
