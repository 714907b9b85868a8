#include "RefundLinesModel.h"

#include "domain/DiscountCalculator.h"

namespace quire {

RefundLinesModel::RefundLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RefundLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int RefundLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefundLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RefundableLine &line = m_lines.at(index.row());
    const int chosen = m_chosen.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == TitleColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                     : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::CheckStateRole && column == TitleColumn && line.refundable() > 0) {
        if (chosen == 0)
            return Qt::Unchecked;
        return chosen == line.refundable() ? Qt::Checked : Qt::PartiallyChecked;
    }
    if (role == Qt::EditRole && column == RefundColumn)
        return chosen;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TitleColumn:
        return line.line.title;
    case BoughtColumn:
        return m_locale.toString(line.line.quantity);
    case RefundableColumn:
        return m_locale.toString(std::max(0, line.refundable()));
    case RefundColumn:
        return m_locale.toString(chosen);
    case UnitPriceColumn:
        return line.line.unitPrice.toString(m_locale);
    case AmountColumn: {
        auto amount = Money::fromMinorUnits(chosenMinorOf(index.row()), m_currency);
        return amount ? amount->toString(m_locale) : QString();
    }
    case ColumnCount:
        break;
    }
    return {};
}

bool RefundLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const RefundableLine &line = m_lines.at(index.row());
    if (line.refundable() <= 0)
        return false;
    if (role == Qt::CheckStateRole && index.column() == TitleColumn) {
        const bool checked = value.value<Qt::CheckState>() != Qt::Unchecked;
        setChosen(index.row(), checked ? line.refundable() : 0);
        return true;
    }
    if (role == Qt::EditRole && index.column() == RefundColumn) {
        bool ok = false;
        const int quantity = value.toInt(&ok);
        if (!ok || quantity < 0 || quantity > line.refundable())
            return false;
        setChosen(index.row(), quantity);
        return true;
    }
    return false;
}

Qt::ItemFlags RefundLinesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_lines.at(index.row()).refundable() <= 0)
        return flags;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == RefundColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RefundLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TitleColumn:
        return tr("Title");
    case BoughtColumn:
        return tr("Bought");
    case RefundableColumn:
        return tr("Refundable");
    case RefundColumn:
        return tr("Refund");
    case UnitPriceColumn:
        return tr("Price");
    case AmountColumn:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

void RefundLinesModel::setOrder(const RefundableOrder &order)
{
    beginResetModel();
    m_lines = order.lines;
    m_chosen = QList<int>(m_lines.size(), 0);
    m_currency = order.payment.amount.currency();
    endResetModel();
    Q_EMIT choiceChanged();
}

void RefundLinesModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_chosen.clear();
    m_currency.clear();
    endResetModel();
    Q_EMIT choiceChanged();
}

void RefundLinesModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RefundLinesModel::chooseAll(bool all)
{
    for (int row = 0; row < m_lines.size(); ++row)
        setChosen(row, all ? std::max(0, m_lines.at(row).refundable()) : 0);
}

void RefundLinesModel::setChosen(int row, int quantity)
{
    if (m_chosen.at(row) == quantity)
        return;
    m_chosen[row] = quantity;
    Q_EMIT dataChanged(index(row, TitleColumn), index(row, AmountColumn));
    Q_EMIT choiceChanged();
}

QList<RefundLineRequest> RefundLinesModel::chosenLines() const
{
    QList<RefundLineRequest> lines;
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_chosen.at(row) > 0)
            lines.append({m_lines.at(row).line.lineNumber, m_chosen.at(row)});
    }
    return lines;
}

int RefundLinesModel::chosenCopies() const
{
    int copies = 0;
    for (int chosen : m_chosen)
        copies += chosen;
    return copies;
}

qint64 RefundLinesModel::chosenMinorOf(int row) const
{
    // What RefundService gives back: a discounted line's share of what it
    // charged (DiscountCalculator::refundShare), the unit price otherwise.
    const RefundableLine &line = m_lines.at(row);
    auto charged = line.line.chargedTotal();
    if (!charged)
        return 0;
    const int chosen = std::min(m_chosen.at(row), std::max(0, line.refundable()));
    auto share = DiscountCalculator::refundShare(charged->minorUnits(), line.line.quantity,
                                                 line.claimed, chosen);
    return share ? *share : 0;
}

qint64 RefundLinesModel::chosenMinor() const
{
    qint64 total = 0;
    for (int row = 0; row < m_lines.size(); ++row)
        total += chosenMinorOf(row);
    return total;
}

QString RefundLinesModel::chosenText() const
{
    if (m_currency.isEmpty())
        return QString();
    auto total = Money::fromMinorUnits(chosenMinor(), m_currency);
    return total ? total->toString(m_locale) : QString();
}

} // namespace quire
