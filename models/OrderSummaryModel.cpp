#include "OrderSummaryModel.h"

#include "ModelTextRefresh.h"

namespace quire {

OrderSummaryModel::OrderSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    new ModelTextRefresh(this);
}

int OrderSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.lines.size());
}

int OrderSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine &line = m_order.lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == TitleColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn: {
        // Each discount under its line (docs/tax.md, "Discounts").
        QString text = line.title;
        const QString currency = line.unitPrice.currency();
        if (line.lineDiscountMinor > 0)
            text += u'\n'
                    + tr("Discount %1 (%2)")
                          .arg(QStringLiteral("\u2212")
                                   + Money::fromMinorUnits(line.lineDiscountMinor, currency)
                                         ->toString(m_locale),
                               line.discountReason);
        if (line.orderDiscountMinor > 0)
            text += u'\n'
                    + tr("Order discount %1 (%2)")
                          .arg(QStringLiteral("\u2212")
                                   + Money::fromMinorUnits(line.orderDiscountMinor, currency)
                                         ->toString(m_locale),
                               m_order.orderDiscountReason);
        return text;
    }
    case QuantityColumn:
        return m_locale.toString(line.quantity);
    case UnitPriceColumn:
        return line.unitPrice.toString(m_locale);
    case LineTotalColumn: {
        auto total = line.chargedTotal(); // what the line charges, discounts taken off
        return total ? total->toString(m_locale) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OrderSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Price");
    case LineTotalColumn:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

void OrderSummaryModel::setOrder(const Order &order)
{
    beginResetModel();
    m_order = order;
    endResetModel();
}

void OrderSummaryModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_order.lines.isEmpty())
        Q_EMIT dataChanged(index(0, QuantityColumn), index(rowCount() - 1, LineTotalColumn),
                           {Qt::DisplayRole});
}

QString OrderSummaryModel::totalText() const
{
    return m_order.total.isValid() ? m_order.total.toString(m_locale) : QString();
}

} // namespace quire
