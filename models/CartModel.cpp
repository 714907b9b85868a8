#include "CartModel.h"

#include "ModelTextRefresh.h"
#include "domain/DiscountCalculator.h"

#include <QLocale>

namespace quire {

CartModel::CartModel(Cart cart, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cart(std::move(cart))
{
    new ModelTextRefresh(this);
    // A cart that cannot be read starts empty; reload() reports why.
    (void)reload();
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            if (line.discount)
                return tr("%1\nDiscount: %2 (%3)")
                    .arg(line.title, discountText(*line.discount), line.discount->reason);
            return line.title;
        case QuantityColumn:
            return line.quantity;
        case UnitPriceColumn:
            return line.unitPrice.toString(QLocale());
        case LineTotalColumn: {
            const auto total = line.lineTotal();
            if (!total)
                return QString();
            auto charged = Money::fromMinorUnits(total->minorUnits() - line.discountMinor(),
                                                 total->currency());
            return charged ? charged->toString(QLocale()) : QString();
        }
        }
        break;
    case Qt::EditRole:
        if (index.column() == QuantityColumn)
            return line.quantity;
        break;
    case Qt::ToolTipRole:
        if (line.exceedsStock())
            return line.stock == 0
                       ? tr("Out of stock: remove this line.")
                       : tr("Only %n cop(ies) in stock: lower the quantity.", nullptr, line.stock);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != TitleColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsbnRole:
        return line.isbn13;
    case StockRole:
        return line.stock;
    case ExceedsStockRole:
        return line.exceedsStock();
    }
    return {};
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != QuantityColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool isNumber = false;
    const int quantity = value.toInt(&isNumber);
    if (!isNumber) {
        Q_EMIT changeRefused(tr("Enter a number of copies."));
        return false;
    }
    if (auto set = setQuantity(index.row(), quantity); !set) {
        Q_EMIT changeRefused(set.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == QuantityColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case QuantityColumn:
        return tr("Qty");
    case UnitPriceColumn:
        return tr("Price");
    case LineTotalColumn:
        return tr("Total");
    }
    return {};
}

Result<void> CartModel::reload()
{
    auto lines = m_cart.lines();
    if (!lines)
        return lines.error();
    auto orderDiscount = m_cart.orderDiscount();
    if (!orderDiscount)
        return orderDiscount.error();
    beginResetModel();
    m_lines = std::move(lines).value();
    m_orderDiscount = *orderDiscount;
    endResetModel();
    Q_EMIT totalChanged();
    return {};
}

int CartModel::rowOfLine(qint64 lineId) const
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).id == lineId)
            return row;
    }
    return -1;
}

Result<int> CartModel::placeLine(const CartLine &line)
{
    int row = rowOfLine(line.id);
    if (row >= 0) {
        m_lines[row] = line;
        Q_EMIT dataChanged(index(row, QuantityColumn), index(row, LineTotalColumn));
    } else {
        row = int(m_lines.size());
        beginInsertRows({}, row, row);
        m_lines.append(line);
        endInsertRows();
    }
    Q_EMIT totalChanged();
    return row;
}

Result<int> CartModel::addIsbn(const QString &isbnText)
{
    auto line = m_cart.add(isbnText);
    if (!line)
        return line.error();
    return placeLine(*line);
}

Result<int> CartModel::addAtPrice(const QString &code, const Money &unitPrice, const Actor &actor)
{
    auto line = m_cart.addAtPrice(code, unitPrice, actor);
    if (!line)
        return line.error();
    return placeLine(*line);
}

Result<void> CartModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_lines.size())
        return Error::invalid(tr("No such cart line."));
    auto line = m_cart.setLineQuantity(m_lines.at(row).id, quantity);
    if (!line)
        return line.error();
    m_lines[row] = line.value();
    Q_EMIT dataChanged(index(row, QuantityColumn), index(row, LineTotalColumn));
    Q_EMIT totalChanged();
    return {};
}

Result<void> CartModel::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size())
        return Error::invalid(tr("No such cart line."));
    if (auto removed = m_cart.removeLine(m_lines.at(row).id); !removed)
        return removed;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    Q_EMIT totalChanged();
    return {};
}

Result<void> CartModel::clear()
{
    if (auto cleared = m_cart.clear(); !cleared)
        return cleared;
    if (m_lines.isEmpty())
        return {};
    m_orderDiscount.reset();
    beginRemoveRows({}, 0, int(m_lines.size()) - 1);
    m_lines.clear();
    endRemoveRows();
    Q_EMIT totalChanged();
    return {};
}

Result<Money> CartModel::total() const
{
    QList<Money> lineTotals;
    QList<qint64> bases;
    QList<bool> eligible;
    for (const CartLine &line : m_lines) {
        auto lineTotal = line.lineTotal();
        if (!lineTotal)
            return lineTotal.error();
        auto charged = Money::fromMinorUnits(lineTotal->minorUnits() - line.discountMinor(),
                                             lineTotal->currency());
        if (!charged)
            return charged.error();
        lineTotals.append(*charged);
        bases.append(charged->minorUnits());
        eligible.append(m_cart.bookPriceLaw() == BookPriceLaw::None || !line.priceBound);
    }
    auto sum = Money::sum(lineTotals);
    if (!sum || !m_orderDiscount || m_lines.isEmpty())
        return sum;
    // The same spread as the order's (OrderDraft), so the cart shows its total.
    auto shares = DiscountCalculator::spread(bases, eligible, sum->currency(), *m_orderDiscount);
    if (!shares)
        return sum;
    qint64 off = 0;
    for (qint64 share : std::as_const(shares.value()))
        off += share;
    return Money::fromMinorUnits(sum->minorUnits() - off, sum->currency());
}

QString CartModel::discountText(const Discount &discount)
{
    if (discount.kind == Discount::Kind::Percent)
        return QStringLiteral("\u2212") + DiscountPolicy::percentText(discount.basisPoints);
    return QStringLiteral("\u2212") + discount.amount.toString(QLocale());
}

Result<void> CartModel::setLineDiscount(int row, const Discount &discount, const Actor &actor)
{
    if (row < 0 || row >= m_lines.size())
        return Error::invalid(tr("No such cart line."));
    auto line = m_cart.setLineDiscount(m_lines.at(row).id, discount, actor);
    if (!line)
        return line.error();
    m_lines[row] = *line;
    Q_EMIT dataChanged(index(row, TitleColumn), index(row, LineTotalColumn));
    Q_EMIT totalChanged();
    return {};
}

Result<void> CartModel::removeLineDiscount(int row, const Actor &actor)
{
    if (row < 0 || row >= m_lines.size())
        return Error::invalid(tr("No such cart line."));
    if (auto removed = m_cart.removeLineDiscount(m_lines.at(row).id, actor); !removed)
        return removed;
    m_lines[row].discount.reset();
    Q_EMIT dataChanged(index(row, TitleColumn), index(row, LineTotalColumn));
    Q_EMIT totalChanged();
    return {};
}

Result<void> CartModel::setOrderDiscount(const Discount &discount, const Actor &actor)
{
    if (auto set = m_cart.setOrderDiscount(discount, actor); !set)
        return set;
    m_orderDiscount = discount;
    Q_EMIT totalChanged();
    return {};
}

Result<void> CartModel::removeOrderDiscount(const Actor &actor)
{
    if (auto removed = m_cart.removeOrderDiscount(actor); !removed)
        return removed;
    m_orderDiscount.reset();
    Q_EMIT totalChanged();
    return {};
}

std::optional<Discount> CartModel::orderDiscount() const
{
    return m_orderDiscount;
}

bool CartModel::hasStockProblems() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [](const CartLine &line) { return line.exceedsStock(); });
}

QList<OrderLineRequest> CartModel::orderLines() const
{
    QList<OrderLineRequest> requests;
    requests.reserve(m_lines.size());
    for (const CartLine &line : m_lines) {
        OrderLineRequest request{line.isbn13, line.quantity,
                                 line.priceEntered ? std::optional<Money>(line.unitPrice)
                                                   : std::nullopt};
        request.discount = line.discount;
        requests.append(request);
    }
    return requests;
}

} // namespace quire
