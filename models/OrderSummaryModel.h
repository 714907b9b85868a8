#pragma once

#include "domain/Order.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace quire {

// The lines of one order (or of an order about to be made) as a table:
// title, quantity, unit price and line total, money shown in the locale.
// Read-only: the confirm, outcome and receipt views all show the same rows.
class OrderSummaryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderSummaryModel)

public:
    enum Column { TitleColumn, QuantityColumn, UnitPriceColumn, LineTotalColumn, ColumnCount };

    explicit OrderSummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOrder(const Order &order);
    void clear() { setOrder(Order{}); }
    const Order &order() const { return m_order; }
    void setLocale(const QLocale &locale);
    const QLocale &locale() const { return m_locale; }

    // The order's total in the locale, or empty when there is none.
    QString totalText() const;

private:
    Order m_order;
    QLocale m_locale;
};

} // namespace quire
