#include "CustomerOrdersModel.h"

#include "ModelTextRefresh.h"

namespace quire {

CustomerOrdersModel::CustomerOrdersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    new ModelTextRefresh(this);
}

int CustomerOrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int CustomerOrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerOrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerOrderHistory::Entry &entry = m_orders.at(index.row());
    const auto column = Column(index.column());
    if (role == OrderIdRole)
        return entry.orderId;
    if (role == Qt::TextAlignmentRole)
        return column == TotalColumn || column == RefundedColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case ReceiptColumn:
        return tr("#%1").arg(entry.orderId);
    case DateColumn:
        return m_locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    case TotalColumn:
        return entry.total.toString(m_locale);
    case StatusColumn:
        return statusText(entry);
    case RefundedColumn:
        return entry.refunded.minorUnits() > 0 ? entry.refunded.toString(m_locale) : tr("—");
    case ColumnCount:
        break;
    }
    return {};
}

QString CustomerOrdersModel::statusText(const CustomerOrderHistory::Entry &entry) const
{
    switch (entry.status) {
    case OrderStatus::Created:
        return tr("not paid");
    case OrderStatus::Paid:
        return entry.refunded.minorUnits() > 0 ? tr("paid, partly refunded") : tr("paid");
    case OrderStatus::Cancelled:
        return tr("cancelled");
    case OrderStatus::Refunded:
        return tr("refunded");
    }
    return {};
}

QVariant CustomerOrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReceiptColumn:
        return tr("Receipt");
    case DateColumn:
        return tr("Date");
    case TotalColumn:
        return tr("Total");
    case StatusColumn:
        return tr("Status");
    case RefundedColumn:
        return tr("Refunded");
    case ColumnCount:
        break;
    }
    return {};
}

void CustomerOrdersModel::setOrders(const QList<CustomerOrderHistory::Entry> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

void CustomerOrdersModel::clear()
{
    if (m_orders.isEmpty())
        return;
    beginResetModel();
    m_orders.clear();
    endResetModel();
}

void CustomerOrdersModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_orders.isEmpty())
        Q_EMIT dataChanged(index(0, DateColumn), index(rowCount() - 1, RefundedColumn));
}

qint64 CustomerOrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_orders.size() ? m_orders.at(row).orderId : 0;
}

bool CustomerOrdersModel::isRefundable(int row) const
{
    if (row < 0 || row >= m_orders.size())
        return false;
    const OrderStatus status = m_orders.at(row).status;
    return status == OrderStatus::Paid || status == OrderStatus::Refunded;
}

} // namespace quire
